//! Inline suppressions in Markdown and HTML comments:
//!
//! - `<!-- claimgraph: ignore CG100 -->` silences the rule (or every rule,
//!   when none is named) for the next paragraph;
//! - `<!-- claimgraph: off CG300 -->` ... `<!-- claimgraph: on -->` for a
//!   passage.
//!
//! A suppression that silences nothing is reported (CG900), so stale ones
//! do not pile up.

use crate::claims::DocumentClaims;
use crate::findings::{Finding, RULES};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*claimgraph:\s*(ignore|off|on)\b((?:[\s,]+[A-Za-z0-9-]+)*)\s*-->").unwrap()
});

/// One suppression comment and what it covers.
#[derive(Debug, Clone)]
pub struct Suppression {
    pub doc: usize,
    /// Byte range of the comment.
    pub comment: Range<usize>,
    /// Byte range it silences.
    pub covers: Range<usize>,
    /// Rule codes; empty for every rule.
    pub rules: Vec<String>,
    pub used: bool,
}

/// The suppressions of every document.
pub fn find(docs: &[DocumentClaims]) -> Vec<Suppression> {
    let mut out = Vec::new();
    for (d, dc) in docs.iter().enumerate() {
        let doc = &dc.document;
        let mut open: Option<(Range<usize>, Vec<String>)> = None;
        for c in COMMENT.captures_iter(&doc.raw) {
            let whole = c.get(0).unwrap();
            let rules: Vec<String> = c[2]
                .split([' ', ',', '\t', '\n'])
                .filter(|s| !s.is_empty())
                .map(|s| {
                    RULES
                        .iter()
                        .find(|r| r.name == s)
                        .map_or(s.to_ascii_uppercase(), |r| r.code.to_string())
                })
                .collect();
            match &c[1] {
                "ignore" => {
                    let next = doc.blocks.iter().find(|b| b.start >= whole.end());
                    let covers = next.cloned().unwrap_or(whole.end()..whole.end());
                    out.push(Suppression {
                        doc: d,
                        comment: whole.range(),
                        covers,
                        rules,
                        used: false,
                    });
                }
                "off" => open = Some((whole.range(), rules)),
                _ => {
                    if let Some((comment, rules)) = open.take() {
                        let covers = comment.end..whole.start();
                        out.push(Suppression {
                            doc: d,
                            comment,
                            covers,
                            rules,
                            used: false,
                        });
                    }
                }
            }
        }
        if let Some((comment, rules)) = open {
            let covers = comment.end..doc.raw.len();
            out.push(Suppression {
                doc: d,
                comment,
                covers,
                rules,
                used: false,
            });
        }
    }
    out
}

/// Drops the findings a suppression silences, marking it used; returns
/// how many were dropped.
pub fn apply(
    docs: &[DocumentClaims],
    findings: &mut Vec<Finding>,
    sups: &mut [Suppression],
) -> usize {
    let before = findings.len();
    findings.retain(|f| {
        let mut silenced = false;
        for s in sups.iter_mut() {
            if !s.rules.is_empty() && !s.rules.iter().any(|r| r == f.rule.code) {
                continue;
            }
            let hit = f.claims.iter().any(|r| {
                let span = &docs[r.doc].claims[r.claim].span;
                r.doc == s.doc && s.covers.start <= span.start && span.end <= s.covers.end
            });
            if hit {
                s.used = true;
                silenced = true;
            }
        }
        !silenced
    });
    before - findings.len()
}
