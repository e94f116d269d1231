//! `--format jsonl`: one claim per line, each a complete `ClaimRecord` with
//! `schema_version`, for streaming into other tools.

use super::{ClaimRecord, SCHEMA_VERSION};
use crate::claims::DocumentClaims;
use serde::Serialize;

#[derive(Serialize)]
struct Line<'a> {
    schema_version: u32,
    #[serde(flatten)]
    claim: &'a ClaimRecord,
}

pub fn render(docs: &[DocumentClaims]) -> String {
    let mut out = String::new();
    for dc in docs {
        for c in &dc.claims {
            let record = ClaimRecord::new(dc, c);
            let line = Line {
                schema_version: SCHEMA_VERSION,
                claim: &record,
            };
            out.push_str(&serde_json::to_string(&line).expect("claim records serialize"));
            out.push('\n');
        }
    }
    out
}
