//! Dates that sources agree on: the same event (a topic of both sentences),
//! dates no coarser than a week that overlap, in different articles.

use super::values::{derived_note, label};
use super::{components, rule, ClaimRef, Context, Finding};
use crate::graph::events::{agreement, candidate_pairs, distinct_events, span_days, Signature};

/// Dates spanning more days than this ("last week") are too coarse to
/// corroborate one another.
const MAX_DAYS: i64 = 3;

pub(crate) fn check(ctx: &Context) -> Vec<Finding> {
    // Dates coarser than a few days cannot corroborate one another.
    let dated: Vec<(ClaimRef, &crate::graph::events::Signature)> = ctx
        .signed()
        .filter(|(r, _)| {
            let c = ctx.claim(*r);
            c.kind.is_date()
                && c.date
                    .is_some_and(|d| !d.approximate && span_days(&d) <= MAX_DAYS)
        })
        .collect();
    let by_ref: std::collections::BTreeMap<ClaimRef, &crate::graph::events::Signature> =
        dated.iter().map(|(r, s)| (*r, *s)).collect();
    // Only dates that share a topic and a day are compared.
    let keyed = dated.iter().flat_map(|(r, s)| {
        s.topics
            .iter()
            .map(move |t| (*r, t.clone(), s.times.clone()))
    });
    let mut edges = Vec::new();
    for (a, b) in candidate_pairs(keyed) {
        if a.doc == b.doc || edges.last() == Some(&(a, b)) {
            continue;
        }
        if let Some((_, coarseness, _)) = agreement(by_ref[&a], by_ref[&b]) {
            if coarseness <= MAX_DAYS {
                edges.push((a, b));
            }
        }
    }
    // A date of a strike agreeing with dates of two strikes told apart
    // ("a strike on a hospital", "a strike on a market"; "Monday morning",
    // "Monday evening") could be either's: it joins neither.
    // Only dates that name a target or a part of the day are told apart.
    let mut matched: std::collections::BTreeMap<ClaimRef, Vec<&Signature>> = Default::default();
    for (x, y) in &edges {
        for (r, o) in [(x, y), (y, x)] {
            let so = by_ref[o];
            if !so.targets.is_empty() || so.part.is_some() {
                matched.entry(*r).or_default().push(so);
            }
        }
    }
    let ambiguous: std::collections::BTreeSet<ClaimRef> = matched
        .into_iter()
        .filter(|(_, t)| {
            t.iter()
                .enumerate()
                .any(|(k, x)| t[k + 1..].iter().any(|y| distinct_events(x, y)))
        })
        .map(|(r, _)| r)
        .collect();
    edges.retain(|(x, y)| !ambiguous.contains(x) && !ambiguous.contains(y));
    components(&edges)
        .into_iter()
        .map(|group| {
            let sources = ctx.sources(&group);
            let sig = by_ref[&group[0]];
            let topics: Vec<String> = sig.topics.clone();
            let days: Vec<_> = group.iter().filter_map(|r| ctx.claim(*r).date).collect();
            let (mut start, mut end) = (days.iter().map(|d| d.start).max().unwrap(), days.iter().map(|d| d.end).min().unwrap());
            if start > end {
                (start, end) = (end, start);
            }
            let when = if start == end { start.to_string() } else { format!("{start}..{end}") };
            Finding {
                rule: rule("CG401"),
                severity: rule("CG401").severity,
                message: format!("{} date the {} to {when} ({})", group.len(), topics.join("/"), super::sources_text(sources)),
                why: format!(
                    "each date is resolved from its own article's publication date and they overlap on the same topic; {}",
                    if sources > 1 { "the sources are independent".to_string() } else { derived_note(ctx, &group) }
                ),
                event: Some(format!("{} on {when}", topics.join("/"))),
                labels: group.iter().map(|r| label(ctx.claim(*r))).collect(),
                claims: group,
                independent_sources: Some(sources),
            }
        })
        .collect()
}
