//! A date an article states as its present (a full date in its opening
//! sentences) that cannot be: measured from it, the article's own durations
//! ("nearly four years ago", since the invasion) would place the event where
//! no other source (or the fact file) does, while measured from the
//! publication date they fit. With a fact file, the titles the article gives
//! are checked at the stated date too.

use super::values::label;
use super::{rule, ClaimRef, Context, Finding};
use crate::claims::{DateRange, Kind};
use jiff::civil::Date;

/// Opening sentences searched for a stated date.
const LEDE_SENTENCES: usize = 3;
/// A stated date this close to publication is the article's own date.
const SAME_DAYS: i64 = 30;

/// Rule ids of full dates with a year.
fn is_full_date(rule: &str) -> bool {
    matches!(
        rule,
        "date.month-day-year" | "date.day-month-year" | "date.iso"
    )
}

fn shift(r: DateRange, days: i64) -> Option<DateRange> {
    let add = |d: Date| d.checked_add(jiff::Span::new().try_days(days).ok()?).ok();
    Some(DateRange {
        start: add(r.start)?,
        end: add(r.end)?,
        ..r
    })
}

fn intersect(a: DateRange, b: DateRange) -> Option<DateRange> {
    let start = a.start.max(b.start);
    let end = a.end.min(b.end);
    (start <= end).then(|| DateRange::span(start, end, crate::claims::Precision::Span))
}

pub(crate) fn check(ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for (d, dc) in ctx.docs.iter().enumerate() {
        let Some(published) = dc.document.meta.published else {
            continue;
        };
        let sentences: Vec<_> = {
            let mut s: Vec<_> = dc.claims.iter().map(|c| c.sentence.start).collect();
            s.dedup();
            s
        };
        let lede_end = sentences.get(LEDE_SENTENCES).copied().unwrap_or(usize::MAX);
        let Some((si, stated)) = dc.claims.iter().enumerate().find(|(_, c)| {
            is_full_date(&c.rule) && c.sentence.start < lede_end && c.date.is_some()
        }) else {
            continue;
        };
        let sd = stated.date.unwrap();
        let offset = (sd.start - published).get_days() as i64;
        if offset.abs() <= SAME_DAYS {
            continue;
        }
        let stated_ref = ClaimRef { doc: d, claim: si };
        for (ci, c) in dc.claims.iter().enumerate() {
            let Some(event) = &c.event else { continue };
            let Some(window) = event.window else { continue };
            if !matches!(event.relation.as_str(), "since" | "elapsed") {
                continue;
            }
            let Some(consensus) = consensus(ctx, d, &event.phrase) else {
                continue;
            };
            let Some(restated) = shift(window, offset) else {
                continue;
            };
            let fits_published = intersect(window, consensus.0).is_some();
            let fits_stated = intersect(restated, consensus.0).is_some();
            let stated_is_event = consensus.0.start <= sd.start && sd.start <= consensus.0.end;
            if fits_published && !fits_stated && !stated_is_event {
                out.push(Finding {
                    rule: rule("CG200"),
                    severity: rule("CG200").severity,
                    message: format!(
                        "the article states {}, but “{}” only fits its publication date {published}",
                        sd.display(),
                        dc.document.raw[c.span.clone()].trim()
                    ),
                    why: format!(
                        "measured from {}, {} would fall in {}..{}, but {} date it {}; measured from {published} it falls in {}..{}, which fits",
                        sd.display(),
                        event.phrase,
                        restated.start,
                        restated.end,
                        consensus.1,
                        if consensus.0.start == consensus.0.end { format!("on {}", consensus.0.start) } else { format!("in {}..{}", consensus.0.start, consensus.0.end) },
                        window.start,
                        window.end
                    ),
                    event: Some(format!("{} ({})", event.phrase, consensus.1)),
                    claims: vec![stated_ref, ClaimRef { doc: d, claim: ci }],
                    labels: vec![label(stated), label(c)],
                    independent_sources: None,
                });
            }
        }
        if let Some(facts) = ctx.facts {
            for (ci, c) in dc.claims.iter().enumerate() {
                let Some(t) = &c.title else { continue };
                if t.former || c.kind != Kind::Title {
                    continue;
                }
                let tenures = facts.tenures_of(&t.office, &t.holder);
                if tenures.is_empty() {
                    continue;
                }
                let at_stated = tenures.iter().any(|x| x.holds_on(sd.start));
                let at_published = tenures.iter().any(|x| x.holds_on(published));
                if at_published && !at_stated {
                    out.push(Finding {
                        rule: rule("CG201"),
                        severity: rule("CG201").severity,
                        message: format!(
                            "the article states {}, when {} did not hold the office of {} it gives",
                            sd.display(),
                            t.holder,
                            t.office
                        ),
                        why: format!("by the fact file's terms of office, {} held it on the publication date {published} but not on {}", t.holder, sd.display()),
                        event: Some(format!("{} {}", t.office, t.holder)),
                        claims: vec![stated_ref, ClaimRef { doc: d, claim: ci }],
                        labels: vec![label(stated), format!("{}: {}", t.holder, t.office)],
                        independent_sources: None,
                    });
                }
            }
        }
    }
    out
}

/// Where the event a duration hangs on happened, by the fact file or else
/// by the windows that other articles' durations give it (intersected).
fn consensus(ctx: &Context, doc: usize, phrase: &str) -> Option<(DateRange, String)> {
    if let Some(ev) = ctx.facts.and_then(|f| f.event(phrase)) {
        return Some((
            DateRange::day(ev.date),
            "the fact file and its events".to_string(),
        ));
    }
    let topics = ctx.lex.topics_in(phrase);
    if topics.is_empty() {
        return None;
    }
    let mut window: Option<DateRange> = None;
    let mut sources = Vec::new();
    for (d, dc) in ctx.docs.iter().enumerate() {
        if d == doc || !ctx.independent(d, doc) {
            continue;
        }
        for c in &dc.claims {
            let Some(e) = &c.event else { continue };
            let Some(w) = e.window else { continue };
            if !matches!(e.relation.as_str(), "since" | "elapsed")
                || !ctx
                    .lex
                    .topics_in(&e.phrase)
                    .iter()
                    .any(|t| topics.contains(t))
            {
                continue;
            }
            window = match window {
                None => Some(w),
                Some(acc) => Some(intersect(acc, w)?),
            };
            sources.push(ctx.path(d));
        }
    }
    sources.dedup();
    Some((window?, format!("{} other article(s)", sources.len())))
}
