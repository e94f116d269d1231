//! `check --format human`: rustc-style diagnostics. Each finding shows its
//! rule, the source line of every claim with the claim underlined and
//! labelled with its normalized value, the event it was matched on and why.

use super::findings::{FindingClaim, FindingRecord};
use crate::claims::DocumentClaims;
use crate::findings::Analysis;
use std::fmt::Write;

/// Characters of a long line shown on each side of a claim.
const CONTEXT: usize = 50;

pub fn render(docs: &[DocumentClaims], analysis: &Analysis) -> String {
    let mut out = String::new();
    for d in &analysis.derivations {
        let _ = writeln!(
            out,
            "note: {} is derived from {} ({} claims in the same order, {:.0}% shared wording): agreement between them is not corroboration\n",
            docs[d.copy].document.display_path(),
            docs[d.original].document.display_path(),
            d.shared_claims,
            100.0 * d.shared_wording
        );
    }
    for f in &analysis.findings {
        render_one(&mut out, docs, &FindingRecord::new(docs, f));
    }
    let count = |s: &str| {
        analysis
            .findings
            .iter()
            .filter(|f| f.rule.severity.as_str() == s)
            .count()
    };
    let _ = writeln!(
        out,
        "{} findings: {} errors, {} warnings, {} info",
        analysis.findings.len(),
        count("error"),
        count("warning"),
        count("info")
    );
    out
}

fn render_one(out: &mut String, docs: &[DocumentClaims], f: &FindingRecord) {
    let _ = writeln!(out, "{}[{}]: {}: {}", f.severity, f.rule, f.kind, f.message);
    let width = f
        .claims
        .iter()
        .map(|c| c.line.to_string().len())
        .max()
        .unwrap_or(1);
    for (i, c) in f.claims.iter().enumerate() {
        let arrow = if i == 0 { "-->" } else { ":::" };
        let _ = writeln!(
            out,
            "{:width$} {arrow} {}:{}:{}",
            "", c.path, c.line, c.column
        );
        let _ = writeln!(out, "{:width$} |", "");
        let (shown, start, len) = excerpt(docs, c);
        let _ = writeln!(out, "{:>width$} | {shown}", c.line);
        let mark = if i == 0 { "^" } else { "-" };
        let _ = writeln!(
            out,
            "{:width$} | {}{} {}",
            "",
            " ".repeat(start),
            mark.repeat(len.max(1)),
            c.value
        );
    }
    let _ = writeln!(out, "{:width$} |", "");
    if let Some(e) = &f.event {
        let _ = writeln!(out, "{:width$} = event: {e}", "");
    }
    let _ = writeln!(out, "{:width$} = why: {}", "", f.why);
    out.push('\n');
}

/// The claim's line (cut around the claim when long), the column the claim
/// starts at in what is shown, and its width, both in characters.
fn excerpt(docs: &[DocumentClaims], c: &FindingClaim) -> (String, usize, usize) {
    let doc = docs
        .iter()
        .find(|d| d.document.display_path() == c.path)
        .map(|d| &d.document);
    let line = doc.map(|d| d.lines.line(&d.raw, c.line)).unwrap_or("");
    let chars: Vec<char> = line
        .chars()
        .map(|ch| if ch == '\t' { ' ' } else { ch })
        .collect();
    let start = (c.column - 1).min(chars.len());
    let len = if c.end_line == c.line {
        (c.end_column - c.column).min(chars.len() - start)
    } else {
        chars.len() - start
    };
    let from = start.saturating_sub(CONTEXT);
    let to = (start + len + CONTEXT).min(chars.len());
    let mut shown: String = chars[from..to].iter().collect();
    let mut offset = start - from;
    if from > 0 {
        shown = format!("…{shown}");
        offset += 1;
    }
    if to < chars.len() {
        shown.push('…');
    }
    (shown, offset, len)
}
