//! Findings as reports show them: every claim with its path:line:col, its
//! exact text and its normalized value. Shared by the `check` formats.

use crate::claims::DocumentClaims;
use crate::findings::{Analysis, Finding};
use serde::Serialize;

/// A claim of a finding.
#[derive(Debug, Clone, Serialize)]
pub struct FindingClaim {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub text: String,
    pub kind: &'static str,
    /// The extraction rule that read the claim.
    pub rule: String,
    /// The normalized value, in words.
    pub value: String,
    pub hedged_by: Option<String>,
}

/// A finding with everything a report shows.
#[derive(Debug, Clone, Serialize)]
pub struct FindingRecord {
    pub rule: &'static str,
    pub name: &'static str,
    pub kind: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub why: String,
    pub event: Option<String>,
    pub independent_sources: Option<usize>,
    pub claims: Vec<FindingClaim>,
}

impl FindingRecord {
    pub fn new(docs: &[DocumentClaims], f: &Finding) -> Self {
        let claims = f
            .claims
            .iter()
            .zip(&f.labels)
            .map(|(r, label)| {
                let dc = &docs[r.doc];
                let c = &dc.claims[r.claim];
                let doc = &dc.document;
                let (line, column) = doc.lines.line_col(&doc.raw, c.span.start);
                let (end_line, end_column) = doc.lines.line_col(&doc.raw, c.span.end);
                FindingClaim {
                    path: doc.display_path(),
                    line,
                    column,
                    end_line,
                    end_column,
                    text: doc.raw[c.span.clone()].to_string(),
                    kind: c.kind.as_str(),
                    rule: c.rule.clone(),
                    value: label.trim().to_string(),
                    hedged_by: c.hedged_by.clone(),
                }
            })
            .collect();
        FindingRecord {
            rule: f.rule.code,
            name: f.rule.name,
            kind: f.rule.kind.as_str(),
            severity: f.severity.as_str(),
            message: f.message.clone(),
            why: f.why.clone(),
            event: f.event.clone(),
            independent_sources: f.independent_sources,
            claims,
        }
    }
}

/// A finding about a place in a file rather than about claims (an unused
/// suppression comment).
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    pub rule: &'static str,
    pub name: &'static str,
    pub severity: crate::findings::Severity,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Derived sources, as reports show them.
#[derive(Debug, Clone, Serialize)]
pub struct DerivationRecord {
    pub copy: String,
    pub original: String,
    pub shared_claims: usize,
    pub shared_wording: f64,
}

pub fn derivation_records(docs: &[DocumentClaims], a: &Analysis) -> Vec<DerivationRecord> {
    a.derivations
        .iter()
        .map(|d| DerivationRecord {
            copy: docs[d.copy].document.display_path(),
            original: docs[d.original].document.display_path(),
            shared_claims: d.shared_claims,
            shared_wording: (d.shared_wording * 1000.0).round() / 1000.0,
        })
        .collect()
}
