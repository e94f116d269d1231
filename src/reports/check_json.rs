//! `check --format json`: the findings and derived sources of a corpus, in
//! a versioned schema (docs/JSON.md).

use super::findings::{derivation_records, DerivationRecord, FindingRecord, Notice};
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    notices: Vec<Notice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressed: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baselined: Option<usize>,
}

/// What a lint run adds to the report.
#[derive(Debug, Default)]
pub struct LintExtras<'a> {
    pub notices: &'a [Notice],
    pub suppressed: Option<usize>,
    pub baselined: Option<usize>,
}

pub fn render(docs: &[DocumentClaims], analysis: &Analysis) -> String {
    render_with(docs, analysis, LintExtras::default())
}

pub fn render_with(docs: &[DocumentClaims], analysis: &Analysis, extras: LintExtras) -> String {
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
        notices: extras.notices.to_vec(),
        suppressed: extras.suppressed,
        baselined: extras.baselined,
    };
    let mut s = serde_json::to_string_pretty(&report).expect("findings serialize");
    s.push('\n');
    s
}
