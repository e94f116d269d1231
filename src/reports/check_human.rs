//! `check --format human`: rustc-style diagnostics. Each finding shows its
//! rule, the source line of every claim with the claim underlined and
//! labelled with its normalized value, the event it was matched on and why.

use super::findings::{FindingClaim, FindingRecord, Notice};
use crate::claims::DocumentClaims;
use crate::findings::{Analysis, Finding, Severity};
use crate::graph::Derivation;
use std::fmt::Write;

/// Characters of a long line shown on each side of a claim.
const CONTEXT: usize = 50;

pub fn render(docs: &[DocumentClaims], analysis: &Analysis) -> String {
    render_with(docs, &analysis.derivations, &analysis.findings, &[], false)
}

/// Renders findings and notices; `color` adds ANSI colours to severities
/// (the caller decides: a terminal, and no `NO_COLOR`).
pub fn render_with(
    docs: &[DocumentClaims],
    derivations: &[Derivation],
    findings: &[Finding],
    notices: &[Notice],
    color: bool,
) -> String {
    let mut out = String::new();
    for d in derivations {
        let _ = writeln!(
            out,
            "note: {} is derived from {} ({} claims in the same sentence order, {:.0}% shared wording): agreement between them is not corroboration\n",
            docs[d.copy].document.display_path(),
            docs[d.original].document.display_path(),
            d.shared_claims,
            100.0 * d.shared_wording
        );
    }
    for f in findings {
        render_one(&mut out, docs, &FindingRecord::new(docs, f), color);
    }
    for n in notices {
        let _ = writeln!(
            out,
            "{}[{}]: {}\n  --> {}:{}:{}\n",
            paint(n.severity.as_str(), color),
            n.rule,
            n.message,
            n.path,
            n.line,
            n.column
        );
    }
    let count = |s: Severity| {
        findings.iter().filter(|f| f.severity == s).count()
            + notices.iter().filter(|n| n.severity == s).count()
    };
    // "1 finding: 1 error, 0 warnings, 0 info".
    let counted = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let _ = writeln!(
        out,
        "{}: {}, {}, {} info",
        counted(findings.len() + notices.len(), "finding"),
        counted(count(Severity::Error), "error"),
        counted(count(Severity::Warning), "warning"),
        count(Severity::Info)
    );
    out
}

fn paint(severity: &str, color: bool) -> String {
    if !color {
        return severity.to_string();
    }
    let code = match severity {
        "error" => "1;31",
        "warning" => "1;33",
        _ => "1;36",
    };
    format!("\x1b[{code}m{severity}\x1b[0m")
}

fn render_one(out: &mut String, docs: &[DocumentClaims], f: &FindingRecord, color: bool) {
    let _ = writeln!(
        out,
        "{}[{}]: {}: {}",
        paint(f.severity, color),
        f.rule,
        f.kind,
        f.message
    );
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
