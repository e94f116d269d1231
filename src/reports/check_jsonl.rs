//! `check --format jsonl`: one finding per line, with `schema_version`.

use super::findings::{FindingRecord, Notice};
use super::SCHEMA_VERSION;
use crate::claims::DocumentClaims;
use crate::findings::Analysis;
use serde::Serialize;

#[derive(Serialize)]
struct Line<'a> {
    schema_version: u32,
    #[serde(flatten)]
    finding: &'a FindingRecord,
}

pub fn render(docs: &[DocumentClaims], analysis: &Analysis) -> String {
    render_with(docs, analysis, &[])
}

/// Findings, then notices (one object per line each).
pub fn render_with(docs: &[DocumentClaims], analysis: &Analysis, notices: &[Notice]) -> String {
    let mut out = String::new();
    for f in &analysis.findings {
        let record = FindingRecord::new(docs, f);
        out.push_str(
            &serde_json::to_string(&Line {
                schema_version: SCHEMA_VERSION,
                finding: &record,
            })
            .expect("findings serialize"),
        );
        out.push('\n');
    }
    for n in notices {
        out.push_str(
            &serde_json::to_string(&NoticeLine {
                schema_version: SCHEMA_VERSION,
                notice: n,
            })
            .expect("notices serialize"),
        );
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct NoticeLine<'a> {
    schema_version: u32,
    #[serde(flatten)]
    notice: &'a Notice,
}
