//! `lint --format sarif`: SARIF 2.1.0, as GitHub code scanning reads it.
//! Rules carry stable ids and their descriptions; each result's first
//! claim is its location and the other claims are `relatedLocations`;
//! fingerprints let code scanning track a finding across edits. Columns
//! count Unicode code points (`columnKind`).

use super::findings::{FindingRecord, Notice};
use crate::claims::DocumentClaims;
use crate::findings::{Finding, Severity, RULES};
use crate::lint::baseline::fingerprint;
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference: `/` separators, reserved
/// characters and spaces percent-encoded (a JSON Lines record's `#id` is
/// kept as the fragment).
pub fn uri(path: &str) -> String {
    let (file, fragment) = match path.rsplit_once('#') {
        Some((f, id)) if f.ends_with(".jsonl") || f.ends_with(".ndjson") => (f, Some(id)),
        _ => (path, None),
    };
    let mut out = String::new();
    for b in file.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if let Some(id) = fragment {
        out.push('#');
        out.push_str(id);
    }
    out
}

fn location(path: &str, line: usize, column: usize, end_line: usize, end_column: usize) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(path) },
            "region": { "startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column }
        }
    })
}

fn rules() -> Vec<Value> {
    let mut rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": format!("{} Kind: {}.", r.summary, r.kind.as_str()) },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "kind": r.kind.as_str() }
            })
        })
        .collect();
    rules.push(json!({
        "id": "CG900",
        "name": "unused-suppression",
        "shortDescription": { "text": "A claimgraph suppression comment that silences no finding." },
        "defaultConfiguration": { "level": "warning" }
    }));
    rules
}

fn result(docs: &[DocumentClaims], f: &Finding) -> Value {
    let r = FindingRecord::new(docs, f);
    let first = &r.claims[0];
    let related: Vec<Value> = r.claims[1..]
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut loc = location(&c.path, c.line, c.column, c.end_line, c.end_column);
            loc["id"] = json!(i + 1);
            loc["message"] = json!({ "text": format!("{} ({})", c.text.split_whitespace().collect::<Vec<_>>().join(" "), c.value) });
            loc
        })
        .collect();
    let mut text = format!("{}: {}. Why: {}", r.kind, r.message, r.why);
    if let Some(e) = &r.event {
        text.push_str(&format!(" Event: {e}."));
    }
    let mut res = json!({
        "ruleId": r.rule,
        "ruleIndex": RULES.iter().position(|x| x.code == r.rule).unwrap_or(0),
        "level": level(f.severity),
        "message": { "text": text },
        "locations": [location(&first.path, first.line, first.column, first.end_line, first.end_column)],
        "partialFingerprints": { "claimgraph/v1": fingerprint(docs, f) }
    });
    if !related.is_empty() {
        res["relatedLocations"] = Value::Array(related);
    }
    res
}

pub fn render(docs: &[DocumentClaims], findings: &[Finding], notices: &[Notice]) -> String {
    let mut results: Vec<Value> = findings.iter().map(|f| result(docs, f)).collect();
    for n in notices {
        results.push(json!({
            "ruleId": n.rule,
            "ruleIndex": RULES.len(),
            "level": level(n.severity),
            "message": { "text": n.message },
            "locations": [location(&n.path, n.line, n.column, n.line, n.column)]
        }));
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "claimgraph",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules()
            }},
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    s.push('\n');
    s
}
