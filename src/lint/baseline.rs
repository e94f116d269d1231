//! Baselines: findings accepted once, so CI reports only new ones. Each is
//! keyed by rule, path and a fingerprint of its claims' normalized values
//! and texts, never by line numbers, so editing an article does not bring
//! accepted findings back. Written atomically (a temporary file renamed).

use crate::claims::DocumentClaims;
use crate::error::{toml_error, Error, Result};
use crate::findings::Finding;
use crate::reports::findings::FindingRecord;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    schema_version: u32,
    #[serde(default)]
    finding: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub rule: String,
    pub path: String,
    pub fingerprint: String,
    /// For people reading the file; not compared.
    pub message: String,
}

/// FNV-1a, 64 bits: stable across runs, platforms and versions.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The fingerprint of a finding: its rule and, for each claim (sorted),
/// path, kind, normalized value and text with white space folded.
pub fn fingerprint(docs: &[DocumentClaims], f: &Finding) -> String {
    let record = FindingRecord::new(docs, f);
    let mut parts: Vec<String> = record
        .claims
        .iter()
        .map(|c| {
            let text: Vec<&str> = c.text.split_whitespace().collect();
            format!(
                "{}\u{1f}{}\u{1f}{}\u{1f}{}",
                c.path,
                c.kind,
                c.value,
                text.join(" ")
            )
        })
        .collect();
    parts.sort();
    format!(
        "{:016x}",
        fnv1a(format!("{}\u{1e}{}", f.rule.code, parts.join("\u{1e}")).as_bytes())
    )
}

pub fn entry(docs: &[DocumentClaims], f: &Finding) -> Entry {
    let first = f.claims[0];
    Entry {
        rule: f.rule.code.to_string(),
        path: docs[first.doc].document.display_path(),
        fingerprint: fingerprint(docs, f),
        message: f.message.clone(),
    }
}

/// Reads a baseline: the (rule, path, fingerprint) keys it accepts.
pub fn read(path: &Path) -> Result<BTreeSet<(String, String, String)>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
    let file: BaselineFile =
        toml::from_str(&text).map_err(|e| toml_error(path, &text, "baseline", &e))?;
    if file.schema_version != 1 {
        return Err(Error::in_file(
            path,
            format!("baseline schema_version {} is not 1", file.schema_version),
        ));
    }
    Ok(file
        .finding
        .into_iter()
        .map(|e| (e.rule, e.path, e.fingerprint))
        .collect())
}

/// Writes a baseline of `entries` atomically.
pub fn write(path: &Path, mut entries: Vec<Entry>) -> Result<()> {
    entries.sort();
    entries.dedup();
    let file = BaselineFile {
        schema_version: 1,
        finding: entries,
    };
    let mut text = String::from("# claimgraph baseline: accepted findings, keyed by rule, path and a\n# fingerprint of their claims (not by line). Regenerate with --write-baseline.\n\n");
    text.push_str(
        &toml::to_string(&file)
            .map_err(|e| Error::in_file(path, format!("cannot write the baseline: {e}")))?,
    );
    write_atomically(path, &text)
}

/// Writes `text` to a temporary file beside `path` and renames it over
/// `path`, so a reader never sees half a file.
pub fn write_atomically(path: &Path, text: &str) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    // Errors name the file asked for; the temporary name means nothing to
    // the user, and is removed whatever happens.
    if let Err(e) = std::fs::write(&tmp, text) {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, &e));
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, &e)
    })
}
