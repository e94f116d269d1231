//! Durations that hang on one event imply a window for its date ("a
//! three-year war" in March 2025: it began between 2021-03-25 and
//! 2022-06-24). Windows of the same event must intersect; a window that
//! misses the date a fact file gives is wrong.

use super::values::label;
use super::{rule, ClaimRef, Context, Finding};
use crate::claims::DateRange;

fn head(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase()
}

fn range(r: &DateRange) -> String {
    format!("{}..{}", r.start, r.end)
}

pub(crate) fn check(ctx: &Context) -> Vec<Finding> {
    let mut windows: Vec<(ClaimRef, String, DateRange)> = Vec::new();
    for (d, dc) in ctx.docs.iter().enumerate() {
        for (i, c) in dc.claims.iter().enumerate() {
            let Some(e) = &c.event else { continue };
            let Some(w) = e.window else { continue };
            if matches!(e.relation.as_str(), "since" | "elapsed") {
                windows.push((ClaimRef { doc: d, claim: i }, e.phrase.clone(), w));
            }
        }
    }
    let mut out = Vec::new();
    for (k, (a, pa, wa)) in windows.iter().enumerate() {
        if let Some(ev) = ctx.facts.and_then(|f| f.event(pa)) {
            if ev.date < wa.start || wa.end < ev.date {
                out.push(Finding {
                    rule: rule("CG211"),
                    severity: rule("CG211").severity,
                    message: format!("“{pa}” would have begun in {}, but the fact file dates it {}", range(wa), ev.date),
                    why: format!("the duration, measured from the article's publication date, places {pa} in {}", range(wa)),
                    event: Some(format!("{} ({})", ev.name, ev.date)),
                    claims: vec![*a],
                    labels: vec![label(ctx.claim(*a))],
                    independent_sources: None,
                });
            }
        }
        for (b, pb, wb) in &windows[k + 1..] {
            if a.doc == b.doc || head(pa) != head(pb) || wa.overlaps(wb) {
                continue;
            }
            out.push(Finding {
                rule: rule("CG210"),
                severity: rule("CG210").severity,
                message: format!("the {} began in {} by one article and in {} by another", head(pa), range(wa), range(wb)),
                why: "both durations hang on the same event, measured from each article's own publication date, and their windows for its date do not meet".into(),
                event: Some(head(pa)),
                claims: vec![*a, *b],
                labels: vec![label(ctx.claim(*a)), label(ctx.claim(*b))],
                independent_sources: None,
            });
        }
    }
    out
}
