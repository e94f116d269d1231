//! Values about one event: contradictions (intervals that cannot both
//! hold), superseded counts (a later toll that rose), corroborations.
//!
//! Claims are bucketed by what they measure, so work stays within a bucket.
//! A contradiction needs strong evidence of one event (same place, dates
//! within a day or a night); agreement pairs each claim with its closest match in
//! another source only, so that three different 30-day ceasefires of one
//! month do not chain into one.

use super::{components, components_where, rule, ClaimRef, Context, Finding};
use crate::claims::{Claim, Interval, Kind};
use crate::graph::events::{
    agreement, candidate_pairs, day_numbers, describe, distinct_events, span_days, strong,
    Agreement, Signature, MAX_CONTRADICTION_DAYS,
};
use crate::reports::{fmt_num, interval_text};
use std::collections::{BTreeMap, HashSet};

pub(crate) struct ValueFindings {
    pub findings: Vec<Finding>,
    /// Claims that an independent source agrees with.
    pub backed: HashSet<ClaimRef>,
    /// Claims that other articles repeat only in the same party's account.
    pub echoed: HashSet<ClaimRef>,
}

/// An article with more figures of one measure than this is a table, not a
/// story of one day's events: no sums of parts are looked for in it, nor
/// a figure that agrees with another article's claim.
const MAX_FIGURES: usize = 64;

/// Metrics that only grow as reports come in.
const CUMULATIVE: &[&str] = &[
    "killed",
    "injured",
    "casualties",
    "missing",
    "displaced",
    "detained",
];

pub(crate) fn label(c: &Claim) -> String {
    let mut s = match (c.amount, c.date) {
        (Some(a), _) => interval_text(&a.interval),
        (None, Some(d)) => d.display(),
        _ => String::new(),
    };
    let unit = c.unit.as_deref().map(|u| match c.amount {
        Some(a) => crate::reports::unit_text(&a.interval, u),
        None => u,
    });
    if let Some(u) = crate::graph::events::specific_group(c).or(unit) {
        s = format!("{s} {u}");
    }
    if let Some(m) = &c.metric {
        s = format!("{s} {m}");
    }
    // "over 115" with its number; a vague amount ("dozens", "several
    // hundred") has none.
    if let Some(h) = &c.hedge {
        s = match c.amount.and_then(|a| a.nominal) {
            Some(n) => format!(
                "{s} (“{}”)",
                crate::claims::hedge_with_number(h, &fmt_num(n))
            ),
            None => format!("{s} (“{h}”)"),
        };
    }
    s
}

pub(crate) fn check(ctx: &Context) -> ValueFindings {
    let sigs: BTreeMap<ClaimRef, &Signature> = ctx.signed().collect();
    // Only claims of one measure that share a day are compared.
    let pairs = candidate_pairs(
        sigs.iter()
            .filter(|(_, s)| s.family != "date")
            .map(|(r, s)| (*r, s.family.clone(), s.times.clone())),
    );
    // The figures of each measure in each article, for `a_sum_of_parts`.
    let mut by_measure: BTreeMap<(usize, &str), Vec<ClaimRef>> = BTreeMap::new();
    for (r, s) in &sigs {
        by_measure
            .entry((r.doc, s.family.as_str()))
            .or_default()
            .push(*r);
    }
    let mut tell_apart = TellApart::new(&sigs);
    let mut findings = Vec::new();
    // Candidate agreements per claim: (score, other).
    let mut best: BTreeMap<ClaimRef, Vec<(Agreement, ClaimRef)>> = BTreeMap::new();
    for (a, b) in pairs {
        let (ca, cb) = (ctx.claim(a), ctx.claim(b));
        if a.doc == b.doc && ca.sentence == cb.sentence {
            continue; // "35 civilians, including two children"
        }
        // "A missile strike killed five ... Later on Monday, a drone attack
        // killed seven": the later sentence tells of an event of its own.
        if a.doc == b.doc {
            let later = if ca.sentence.start > cb.sentence.start {
                sigs[&a]
            } else {
                sigs[&b]
            };
            if later.new_event {
                continue;
            }
        }
        let (sa, sb) = (sigs[&a], sigs[&b]);
        let Some(score) = agreement(sa, sb) else {
            continue;
        };
        let (ia, ib) = (ca.compared_value().unwrap(), cb.compared_value().unwrap());
        let integer = ca.kind == Kind::Count;
        if ia.overlaps(&ib, integer) {
            if a.doc != b.doc {
                best.entry(a).or_default().push((score, b));
                best.entry(b).or_default().push((score, a));
            }
        } else {
            let sum_of_parts = || {
                a.doc == b.doc
                    && a_sum_of_parts(ctx, &sigs, &by_measure[&(a.doc, sa.family.as_str())], a, b)
            };
            let mut ambiguous = || tell_apart.ambiguous(a) || tell_apart.ambiguous(b);
            let told_by_the_other = || {
                a.doc != b.doc
                    && (agrees_in_article(ctx, &sigs, &by_measure, a, b)
                        || agrees_in_article(ctx, &sigs, &by_measure, b, a))
            };
            if strong(sa, sb, score) && !ambiguous() && !sum_of_parts() && !told_by_the_other() {
                findings.push(disagreement(ctx, a, b, sa, sb));
            }
        }
    }
    // Keep an agreement only when each claim is the other's closest match.
    let closest = |r: &ClaimRef| -> Vec<ClaimRef> {
        let list = &best[r];
        let min = list.iter().map(|(s, _)| *s).min().unwrap();
        list.iter()
            .filter(|(s, _)| *s == min)
            .map(|(_, o)| *o)
            .collect()
    };
    let mut edges = Vec::new();
    for (a, list) in &best {
        for b in closest(a) {
            if a < &b && closest(&b).contains(a) {
                edges.push((*a, b));
            }
        }
        // A rewrite's copy of a claim is listed with it (it does not count
        // as an independent source).
        for (_, b) in list {
            if a < b && !ctx.independent(a.doc, b.doc) {
                edges.push((*a, *b));
            }
        }
    }
    // A claim an independent source agrees with is backed: one of another
    // article, and of another voice (a party's account repeated by many
    // articles is still one account).
    let mut backed = HashSet::new();
    let mut echoed = HashSet::new();
    for group in components(&edges) {
        if ctx.sources(&group) > 1 {
            if ctx.voices(&group) > 1 {
                backed.extend(group.iter().copied());
            } else {
                echoed.extend(group.iter().copied());
            }
        }
    }
    // A finding of agreement names values that all agree: "at least 40"
    // agrees with 112 and with 163, but 112 and 163 do not agree, so a
    // group grows only while some value lies in all its intervals.
    let value = |r: ClaimRef| {
        let c = ctx.claim(r);
        (c.compared_value().unwrap(), c.kind == Kind::Count)
    };
    let join = |(a, ia): &(Interval, bool), (b, ib): &(Interval, bool)| {
        let integer = *ia && *ib;
        a.overlaps(b, integer).then(|| (a.intersection(b), integer))
    };
    // Groups grow edge by edge, so the edges go in an order of the articles'
    // paths: "13 to 15 killed" agreeing with a 13 and a 14 that do not
    // agree with each other joins the same one whatever the input order.
    edges.sort_by(|(a, b), (c, d)| {
        let key = |x: &ClaimRef, y: &ClaimRef| {
            let (kx, ky) = (ctx.order_key(*x), ctx.order_key(*y));
            if kx <= ky {
                (kx, ky)
            } else {
                (ky, kx)
            }
        };
        key(a, b).cmp(&key(c, d)).then((a, b).cmp(&(c, d)))
    });
    for group in components_where(&edges, value, join) {
        let sources = ctx.sources(&group);
        let first = group[0];
        let sig = sigs[&first];
        let other = sigs[&group[1]];
        // A party's account counts once, however many articles give it.
        let (independent, count, why_sources) = match (sources > 1, ctx.only_parties(&group)) {
            (true, Some(parties)) => (
                format!("not independent: all give the account of {parties}"),
                1,
                format!(
                    "the articles all give the account of {parties}, {}, which none of them verifies",
                    if parties.contains(" and ") {
                        "parties to the fighting"
                    } else {
                        "a party to the fighting"
                    }
                ),
            ),
            (true, None) => {
                let voices = ctx.voices(&group).min(sources);
                let why = if voices < sources {
                    "the sources are independent, and a party to the fighting counts once however many of them give its account".to_string()
                } else {
                    "the sources are independent".to_string()
                };
                (super::sources_text(voices), voices, why)
            }
            (false, _) => (
                "not independent: one source and its rewrite".to_string(),
                sources,
                derived_note(ctx, &group),
            ),
        };
        findings.push(Finding {
            rule: rule("CG400"),
            severity: rule("CG400").severity,
            message: format!(
                "{} agree on {} ({independent})",
                group.len(),
                label(ctx.claim(first)).trim()
            ),
            why: format!(
                "same {} and overlapping dates; {}",
                if sig.places.is_empty() {
                    "measure".to_string()
                } else {
                    "measure and place".to_string()
                },
                why_sources
            ),
            event: Some(describe(sig, other)),
            labels: group.iter().map(|r| label(ctx.claim(*r))).collect(),
            claims: group,
            independent_sources: Some(count),
        });
    }
    ValueFindings {
        findings,
        backed,
        echoed,
    }
}

/// Whether another figure of `other`'s article, of the same measure, day
/// and place, agrees with `claim`: then that figure is the one `claim` is
/// about, and `other` tells of another event of that day ("At least 30
/// were hurt when a missile hit ... The strike came hours after a drone
/// attack injured 2": 30 elsewhere is the missile's, not against the 2).
/// An article that contradicts itself is reported on its own.
fn agrees_in_article(
    ctx: &Context,
    sigs: &BTreeMap<ClaimRef, &Signature>,
    by_measure: &BTreeMap<(usize, &str), Vec<ClaimRef>>,
    claim: ClaimRef,
    other: ClaimRef,
) -> bool {
    let sc = sigs[&claim];
    let c = ctx.claim(claim);
    let integer = c.kind == Kind::Count;
    let interval = c.compared_value().unwrap();
    // The figure that agrees must match as closely as the one that does
    // not: a strike on the hospital that Monday morning, told as 4 and as
    // 40, is not explained by "On Monday, 4 people were killed".
    let so = sigs[&other];
    let closeness = |s: &Signature, score: Option<Agreement>| {
        let target = !sc.targets.is_empty() && sc.targets.iter().any(|t| s.targets.contains(t));
        let part = sc.part.is_some() && sc.part == s.part;
        (u8::from(target) + u8::from(part), std::cmp::Reverse(score))
    };
    let against = closeness(so, agreement(sc, so));
    let figures = &by_measure[&(other.doc, sc.family.as_str())];
    if figures.len() > MAX_FIGURES {
        return false;
    }
    figures.iter().filter(|&&y| y != other).any(|y| {
        let sy = sigs[y];
        let score = agreement(sc, sy);
        score.is_some_and(|score| strong(sc, sy, score))
            && closeness(sy, score) >= against
            && ctx
                .claim(*y)
                .compared_value()
                .is_some_and(|m| m.overlaps(&interval, integer))
    })
}

/// The claims told apart from others of their day by what was struck ("a
/// strike on a hospital") or the part of the day ("Monday morning"), by
/// measure and day: a claim that matches two such claims told apart from
/// each other could be about either.
struct TellApart<'a> {
    sigs: &'a BTreeMap<ClaimRef, &'a Signature>,
    by_day: BTreeMap<(&'a str, i32), Vec<ClaimRef>>,
    known: BTreeMap<ClaimRef, bool>,
}

impl<'a> TellApart<'a> {
    fn new(sigs: &'a BTreeMap<ClaimRef, &'a Signature>) -> Self {
        let mut by_day: BTreeMap<(&str, i32), Vec<ClaimRef>> = BTreeMap::new();
        for (r, s) in sigs
            .iter()
            .filter(|(_, s)| !s.targets.is_empty() || s.part.is_some())
        {
            for t in s
                .times
                .iter()
                .filter(|t| span_days(t) <= MAX_CONTRADICTION_DAYS)
            {
                for day in day_numbers(t) {
                    by_day.entry((s.family.as_str(), day)).or_default().push(*r);
                }
            }
        }
        TellApart {
            sigs,
            by_day,
            known: BTreeMap::new(),
        }
    }

    /// Whether a claim matches two claims of different events ("a strike
    /// on a hospital killed five", "a strike on a market killed eight":
    /// "a strike killed eight"; "on Monday morning, five killed", "on
    /// Monday evening, three": "six killed on Monday"): which it counts is
    /// unknown, so its differing values contradict nothing.
    fn ambiguous(&mut self, r: ClaimRef) -> bool {
        if let Some(k) = self.known.get(&r) {
            return *k;
        }
        // A crowded day is looked at up to this many claims of it, so the
        // work per claim stays bounded.
        const MAX_LOOKED_AT: usize = 256;
        let s = self.sigs[&r];
        // The claims it matches, one of each target and part, until two of
        // them are told apart.
        let mut matched: Vec<&Signature> = Vec::new();
        let mut ambiguous = false;
        'days: for t in &s.times {
            for day in day_numbers(t).take(MAX_CONTRADICTION_DAYS as usize) {
                for o in self
                    .by_day
                    .get(&(s.family.as_str(), day))
                    .into_iter()
                    .flatten()
                    .take(MAX_LOOKED_AT)
                {
                    let so = self.sigs[o];
                    let seen = |m: &&Signature| m.targets == so.targets && m.part == so.part;
                    if *o == r || matched.iter().any(seen) {
                        continue;
                    }
                    if agreement(s, so).is_some_and(|g| strong(s, so, g)) {
                        if matched.iter().any(|m| distinct_events(m, so)) {
                            ambiguous = true;
                            break 'days;
                        }
                        matched.push(so);
                    }
                }
            }
        }
        self.known.insert(r, ambiguous);
        ambiguous
    }
}

/// Whether, in one article, the larger of two figures is the sum of the
/// smaller and other figures of that event: "a missile strike killed five
/// ... a drone attack killed seven ... Of the 12 people killed on Monday".
fn a_sum_of_parts(
    ctx: &Context,
    sigs: &BTreeMap<ClaimRef, &Signature>,
    measure: &[ClaimRef],
    a: ClaimRef,
    b: ClaimRef,
) -> bool {
    let point = |r: ClaimRef| ctx.claim(r).amount.and_then(|x| x.interval.point());
    let (Some(va), Some(vb)) = (point(a), point(b)) else {
        return false;
    };
    if measure.len() > MAX_FIGURES {
        return false;
    }
    let (small, big, vs, vbig) = if va < vb {
        (a, b, va, vb)
    } else {
        (b, a, vb, va)
    };
    // The other figures of the same event in the article (as `check`
    // would compare with the larger), smaller than it.
    let others: Vec<f64> = measure
        .iter()
        .filter(|r| **r != small && **r != big)
        .filter(|r| {
            let s = sigs[*r];
            ctx.claim(**r).sentence != ctx.claim(big).sentence
                && agreement(s, sigs[&big]).is_some_and(|g| strong(s, sigs[&big], g))
        })
        .filter_map(|r| point(*r))
        .filter(|v| *v > 0.0 && *v < vbig)
        .take(12)
        .collect();
    // Some of them, with the smaller, add up to the larger.
    let target = vbig - vs;
    (1u32..1 << others.len()).any(|mask| {
        let sum: f64 = (0..others.len())
            .filter(|k| mask & (1 << k) != 0)
            .map(|k| others[k])
            .sum();
        (sum - target).abs() < 1e-9
    })
}

pub(crate) fn derived_note(ctx: &Context, group: &[ClaimRef]) -> String {
    let docs: std::collections::BTreeSet<usize> = group.iter().map(|r| r.doc).collect();
    let mut notes: Vec<String> = Vec::new();
    for &doc in &docs {
        for &other in &ctx.partners[doc] {
            if !docs.contains(&other) {
                continue;
            }
            if let Some(d) = ctx.derivation(doc, other) {
                notes.push(format!(
                    "{} is a rewrite of {} ({} claims in the same sentence order, {:.0}% shared wording)",
                    ctx.path(d.copy),
                    ctx.path(d.original),
                    d.shared_claims,
                    100.0 * d.shared_wording
                ));
            }
        }
    }
    notes.dedup();
    if notes.is_empty() {
        "they come from one article".to_string()
    } else {
        notes.join("; ")
    }
}

/// Two values that cannot both hold: a contradiction, or a superseded
/// count when a later article reports a higher cumulative toll.
fn disagreement(
    ctx: &Context,
    a: ClaimRef,
    b: ClaimRef,
    sa: &Signature,
    sb: &Signature,
) -> Finding {
    let (ca, cb) = (ctx.claim(a), ctx.claim(b));
    let date = |r: ClaimRef| ctx.docs[r.doc].document.meta.published;
    // A total since a date only grows too ("since March 11, 32 killed").
    let cumulative = sa.total
        || ca
            .metric
            .as_deref()
            .is_some_and(|m| CUMULATIVE.contains(&m));
    // In one article, the figure told later is the later one.
    let later_in_text = |x: ClaimRef, y: ClaimRef| {
        if x.doc == y.doc {
            ctx.claim(x).span.start > ctx.claim(y).span.start
        } else {
            date(x) > date(y)
        }
    };
    let (early, late) = if later_in_text(a, b) { (b, a) } else { (a, b) };
    let rises = {
        let (ie, il) = (
            ctx.claim(early).compared_value().unwrap(),
            ctx.claim(late).compared_value().unwrap(),
        );
        match (ie.max, il.min) {
            (Some(hi), Some(lo)) => lo >= hi,
            _ => false,
        }
    };
    let event = describe(sa, sb);
    let sig = |r: ClaimRef| if r == a { sa } else { sb };
    // "On Monday, a strike killed five ... the toll had risen to seven".
    let risen_in_article = a.doc == b.doc && sig(late).risen;
    if (a.doc != b.doc && date(a) != date(b) || risen_in_article) && cumulative && rises {
        let why = if risen_in_article {
            format!("same event ({event}); the article later says the count rose to it")
        } else {
            format!(
                "same event ({event}); the later article ({}) reports a higher cumulative count",
                date(late).map(|d| d.to_string()).unwrap_or_default()
            )
        };
        return Finding {
            rule: rule("CG101"),
            severity: rule("CG101").severity,
            message: format!(
                "{} updates {}",
                label(ctx.claim(late)).trim(),
                label(ctx.claim(early)).trim()
            ),
            why,
            event: Some(event),
            claims: vec![late, early],
            labels: vec![label(ctx.claim(late)), label(ctx.claim(early))],
            independent_sources: None,
        };
    }
    let scope = if a.doc == b.doc {
        "inside one article"
    } else {
        "across sources"
    };
    Finding {
        rule: rule("CG100"),
        severity: rule("CG100").severity,
        message: format!("{} vs {} ({scope})", label(ca).trim(), label(cb).trim()),
        why: format!(
            "same metric, place and date ({event}), and the values share no possible number"
        ),
        event: Some(event),
        claims: vec![b, a],
        labels: vec![label(cb), label(ca)],
        independent_sources: None,
    }
}

#[cfg(test)]
mod tests {
    fn label_of(text: &str) -> String {
        let rules = crate::rules::load(&[]).expect("rules");
        let (_, claims) = crate::claims::extract_text(text, "2025-03-24".parse().ok(), &rules);
        super::label(&claims[0])
    }

    #[test]
    fn a_hedge_is_shown_with_its_number_and_a_vague_amount_alone() {
        assert_eq!(
            label_of("Over 115 people were injured."),
            "(115, ∞) people injured (“over 115”)"
        );
        assert_eq!(
            label_of("Several hundred people were injured."),
            "[300, 900] people injured (“several hundred”)"
        );
    }
}
