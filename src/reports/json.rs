//! `--format json`: one document with every article and its claims.
//! The schema is versioned (`schema_version`) and documented in docs/JSON.md.

use super::{ClaimRecord, SCHEMA_VERSION};
use crate::claims::DocumentClaims;
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    tool: Tool,
    documents: Vec<DocumentRecord<'a>>,
}

#[derive(Serialize)]
pub(crate) struct Tool {
    name: &'static str,
    version: &'static str,
}

impl Tool {
    pub(crate) fn this() -> Tool {
        Tool {
            name: "claimgraph",
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

#[derive(Serialize)]
struct DocumentRecord<'a> {
    path: String,
    format: crate::documents::Format,
    published: Option<String>,
    published_from: Option<&'static str>,
    title: Option<&'a str>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    region: Option<&'a str>,
    boilerplate: Vec<BoilerplateLine<'a>>,
    claims: Vec<ClaimRecord>,
}

#[derive(Serialize)]
struct BoilerplateLine<'a> {
    line: usize,
    rule: &'a str,
}

/// The JSON report of `extract`, pretty-printed, with a final newline.
pub fn render(docs: &[DocumentClaims]) -> String {
    let report = Report {
        schema_version: SCHEMA_VERSION,
        tool: Tool::this(),
        documents: docs
            .iter()
            .map(|dc| {
                let m = &dc.document.meta;
                DocumentRecord {
                    path: dc.document.display_path(),
                    format: dc.document.format,
                    published: m.published.map(|d| d.to_string()),
                    published_from: m.published_from,
                    title: m.title.as_deref(),
                    source: m.source.as_deref(),
                    url: m.url.as_deref(),
                    region: m.region.as_deref(),
                    boilerplate: dc
                        .document
                        .boilerplate
                        .iter()
                        .map(|(line, rule)| BoilerplateLine { line: *line, rule })
                        .collect(),
                    claims: dc.claims.iter().map(|c| ClaimRecord::new(dc, c)).collect(),
                }
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&report).expect("claim records serialize");
    s.push('\n');
    s
}
