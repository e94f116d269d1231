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
            let Some(e) = c.event.as_ref().filter(|_| c.outdated.is_none()) else {
                continue;
            };
            let Some(w) = e.window else { continue };
            if matches!(e.relation.as_str(), "since" | "elapsed") {
                windows.push((ClaimRef { doc: d, claim: i }, e.phrase.clone(), w));
            }
        }
    }
    let mut out = Vec::new();
    for (a, pa, wa) in &windows {
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
    }
    // Per event: the day most windows cover; a window that misses it is
    // set against the first window that has it (a sweep, not all pairs).
    let mut by_event: std::collections::BTreeMap<String, Vec<&(ClaimRef, String, DateRange)>> =
        Default::default();
    for w in &windows {
        by_event.entry(head(&w.1)).or_default().push(w);
    }
    for (event, group) in by_event {
        let mut edges: Vec<(jiff::civil::Date, i32)> = group
            .iter()
            .flat_map(|(_, _, w)| [(w.start, 1), (w.end, -1)])
            .collect();
        edges.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
        let (mut depth, mut best, mut day) = (0, 0, None);
        for (d, step) in edges {
            depth += step;
            if depth > best {
                best = depth;
                day = Some(d);
            }
        }
        let Some(day) = day else { continue };
        let holds = |w: &DateRange| w.start <= day && day <= w.end;
        for (b, _, wb) in group.iter().filter(|(_, _, w)| !holds(w)) {
            let other = group
                .iter()
                .find(|(r, _, w)| holds(w) && r.doc != b.doc && !w.overlaps(wb));
            let Some(other) = other else { continue };
            let (x, y) = if other.0 < *b {
                (other.0, *b)
            } else {
                (*b, other.0)
            };
            let (wx, wy) = (
                ctx.claim(x).event.as_ref().and_then(|e| e.window).unwrap(),
                ctx.claim(y).event.as_ref().and_then(|e| e.window).unwrap(),
            );
            out.push(Finding {
                rule: rule("CG210"),
                severity: rule("CG210").severity,
                message: format!("the {event} began in {} by one article and in {} by another", range(&wx), range(&wy)),
                why: "both durations hang on the same event, measured from each article's own publication date, and their windows for its date do not meet".into(),
                event: Some(event.clone()),
                claims: vec![x, y],
                labels: vec![label(ctx.claim(x)), label(ctx.claim(y))],
                independent_sources: None,
            });
        }
    }
    out
}
