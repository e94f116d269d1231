//! `check --format jsonl`: one finding per line, with `schema_version`.

use super::findings::{FindingRecord, Notice};
use super::SCHEMA_VERSION;
use crate::claims::DocumentClaims;
use crate::findings::Analysis;
use serde::Serialize;
use std::io::Write;

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
    let mut out = Vec::new();
    write(&mut out, docs, analysis, notices).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Writes the lines of [`render_with`] one finding at a time, so a large
/// corpus's report is never held in memory whole.
pub fn write(
    out: &mut dyn Write,
    docs: &[DocumentClaims],
    analysis: &Analysis,
    notices: &[Notice],
) -> std::io::Result<()> {
    for f in &analysis.findings {
        let record = FindingRecord::new(docs, f);
        serde_json::to_writer(
            &mut *out,
            &Line {
                schema_version: SCHEMA_VERSION,
                finding: &record,
            },
        )?;
        out.write_all(b"\n")?;
    }
    for n in notices {
        serde_json::to_writer(
            &mut *out,
            &NoticeLine {
                schema_version: SCHEMA_VERSION,
                notice: n,
            },
        )?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[derive(Serialize)]
struct NoticeLine<'a> {
    schema_version: u32,
    #[serde(flatten)]
    notice: &'a Notice,
}
