//! `check --format json`: the findings and derived sources of a corpus, in
//! a versioned schema (docs/JSON.md).

use super::findings::{derivation_records, DerivationRecord, FindingRecord};
use super::SCHEMA_VERSION;
use crate::claims::DocumentClaims;
use crate::findings::Analysis;
use serde::Serialize;

#[derive(Serialize)]
struct Report {
    schema_version: u32,
    tool: super::json::Tool,
    documents: Vec<String>,
    derived: Vec<DerivationRecord>,
    findings: Vec<FindingRecord>,
}

pub fn render(docs: &[DocumentClaims], analysis: &Analysis) -> String {
    let report = Report {
        schema_version: SCHEMA_VERSION,
        tool: super::json::Tool::this(),
        documents: docs.iter().map(|d| d.document.display_path()).collect(),
        derived: derivation_records(docs, analysis),
        findings: analysis
            .findings
            .iter()
            .map(|f| FindingRecord::new(docs, f))
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&report).expect("findings serialize");
    s.push('\n');
    s
}
