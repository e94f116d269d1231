//! `lint --format github`: GitHub Actions workflow commands, so findings
//! show as annotations on the pull request's files:
//! `::error file=a.md,line=4,col=12,endLine=4,endColumn=21,title=CG100 value-contradiction::...`

use super::findings::{FindingRecord, Notice};
use crate::claims::DocumentClaims;
use crate::findings::{Finding, Severity};

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escapes a message (data) of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(docs: &[DocumentClaims], findings: &[Finding], notices: &[Notice]) -> String {
    let mut out = String::new();
    for f in findings {
        let r = FindingRecord::new(docs, f);
        let c = &r.claims[0];
        let others: Vec<String> = r.claims[1..]
            .iter()
            .map(|o| {
                format!(
                    "{}:{}:{} “{}” ({})",
                    o.path, o.line, o.column, o.text, o.value
                )
            })
            .collect();
        let mut msg = format!("{}: {} — {}", r.kind, r.message, r.why);
        if !others.is_empty() {
            msg.push_str(&format!("\nSee also: {}", others.join("; ")));
        }
        out.push_str(&format!(
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            command(f.severity),
            property(&c.path),
            c.line,
            c.column,
            c.end_line,
            c.end_column,
            property(&format!("{} {}", r.rule, r.name)),
            data(&msg)
        ));
    }
    for n in notices {
        out.push_str(&format!(
            "::{} file={},line={},col={},title={}::{}\n",
            command(n.severity),
            property(&n.path),
            n.line,
            n.column,
            property(&format!("{} {}", n.rule, n.name)),
            data(&n.message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
