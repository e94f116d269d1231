//! A corpus manifest: a TOML file that names article files with their
//! publication dates, for plain-text exports that carry no metadata.
//!
//! ```toml
//! [[article]]
//! path = "000_sumy.txt"          # relative to the manifest's folder
//! published = "2025-03-24"
//! title = "..."                   # optional, as are source, url
//! region = "CA"                   # and region (ISO 3166, for holidays)
//! ```

use super::front_matter::parse_iso_day;
use crate::error::{line_col, toml_error, Error, Result};
use jiff::civil::Date;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    article: Vec<Spanned<EntryFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    path: String,
    published: Option<Spanned<String>>,
    title: Option<String>,
    #[serde(alias = "outlet")]
    source: Option<String>,
    url: Option<String>,
    region: Option<Spanned<String>>,
}

/// One article named by a manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestEntry {
    /// The manifest's folder joined with the entry's path.
    pub path: PathBuf,
    pub published: Option<Date>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub region: Option<String>,
    /// Line of the entry in the manifest, for errors.
    pub line: usize,
}

/// A loaded manifest.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub path: PathBuf,
    pub entries: Vec<ManifestEntry>,
    /// Canonical path of each entry → its index (the first, when a file is
    /// listed twice), so looking a file up costs one `canonicalize`.
    by_canonical: std::collections::HashMap<PathBuf, usize>,
}

impl Manifest {
    /// Reads and checks a manifest: bad TOML, unknown keys, impossible dates
    /// and files that do not exist are errors naming the manifest and line.
    pub fn load(path: &Path) -> Result<Manifest> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        Manifest::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Manifest> {
        let file: ManifestFile =
            toml::from_str(text).map_err(|e| toml_error(path, text, "manifest", &e))?;
        let dir = path.parent().unwrap_or(Path::new(""));
        let mut entries = Vec::new();
        for spanned in file.article {
            let line = line_col(text, spanned.span().start).0;
            let entry = spanned.into_inner();
            let published = match entry.published {
                Some(p) => {
                    let l = line_col(text, p.span().start).0;
                    Some(parse_iso_day(p.get_ref()).map_err(|why| {
                        Error::in_file(path, format!("`published` is not a date: {why}"))
                            .at(l, None)
                    })?)
                }
                None => None,
            };
            let region = match entry.region {
                Some(r) => {
                    let l = line_col(text, r.span().start).0;
                    Some(super::parse_region(r.get_ref()).map_err(|why| {
                        Error::in_file(path, format!("`region` {why}")).at(l, None)
                    })?)
                }
                None => None,
            };
            let file_path = dir.join(&entry.path);
            if !file_path.is_file() {
                return Err(Error::in_file(
                    path,
                    format!(
                        "article `{}` does not exist (looked for {})",
                        entry.path,
                        file_path.display()
                    ),
                )
                .at(line, None));
            }
            entries.push(ManifestEntry {
                path: file_path,
                published,
                title: entry.title,
                source: entry.source,
                url: entry.url,
                region,
                line,
            });
        }
        let mut by_canonical = std::collections::HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if let Ok(c) = std::fs::canonicalize(&e.path) {
                by_canonical.entry(c).or_insert(i);
            }
        }
        Ok(Manifest {
            path: path.to_path_buf(),
            entries,
            by_canonical,
        })
    }

    /// The entry for `file`, compared by canonical path.
    pub fn entry_for(&self, file: &Path) -> Option<&ManifestEntry> {
        let want = std::fs::canonicalize(file).ok()?;
        self.by_canonical.get(&want).map(|&i| &self.entries[i])
    }
}
