//! Unverified assertions: claims hedged ("claimed", "reportedly",
//! "according to", an anonymous official) that no independent source backs.
//! A derived copy repeating the claim is listed with it, and does not count
//! as backing.

use super::values::label;
use super::{rule, ClaimRef, Context, Finding};
use crate::claims::Kind;
use std::collections::HashSet;

/// `echoed`: claims other articles repeat only in the same party's
/// account (src/findings/values.rs).
pub(crate) fn check(
    ctx: &Context,
    backed: &HashSet<ClaimRef>,
    echoed: &HashSet<ClaimRef>,
) -> Vec<Finding> {
    // The dates that time a backed figure ("30 detained in Harbourton on
    // Tuesday, according to a rights group", with "45 detained on Tuesday"
    // elsewhere): backed with it, by a source of the same day.
    type Timed = (usize, usize, jiff::civil::Date, jiff::civil::Date);
    let timed: HashSet<Timed> = backed
        .iter()
        .filter_map(|r| {
            let c = ctx.claim(*r);
            let when = c.when.filter(|_| !c.kind.is_date() && !c.total)?;
            Some((r.doc, c.sentence.start, when.start, when.end))
        })
        .collect();
    let restated = Restated::new(ctx);
    // Hedged claims, grouped by sentence.
    let mut groups: Vec<Vec<ClaimRef>> = Vec::new();
    for (d, dc) in ctx.docs.iter().enumerate() {
        for (i, c) in dc.claims.iter().enumerate() {
            let r = ClaimRef { doc: d, claim: i };
            if c.hedged_by.is_none()
                || c.outdated.is_some()
                || c.kind == Kind::Title
                || backed.contains(&r)
                || restated.backs(ctx, r)
            {
                continue;
            }
            if let (true, Some(date)) = (c.kind.is_date(), c.date) {
                if timed.contains(&(d, c.sentence.start, date.start, date.end)) {
                    continue;
                }
            }
            match groups.last_mut() {
                Some(g) if g[0].doc == d && ctx.claim(g[0]).sentence == c.sentence => g.push(r),
                _ => groups.push(vec![r]),
            }
        }
    }
    // A derived copy's group joins its original's when they state the same
    // kinds of claim with compatible values.
    let mut merged: Vec<Vec<ClaimRef>> = Vec::new();
    // Groups by document, so a copy looks only at its original's groups.
    let mut of_doc: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for g in groups {
        let doc = g[0].doc;
        let partners = &ctx.partners[doc];
        let twin = partners
            .iter()
            .flat_map(|p| of_doc.get(p).into_iter().flatten().copied())
            .find(|&m| same_claims(ctx, &merged[m], &g));
        match twin {
            Some(m) => merged[m].extend(g),
            None => {
                of_doc.entry(doc).or_default().push(merged.len());
                merged.push(g);
            }
        }
    }
    merged
        .into_iter()
        .map(|g| {
            let first = ctx.claim(g[0]);
            let hedge = first.hedged_by.clone().unwrap_or_default();
            // "(Witkoff claimed)", "(according to Russian media)".
            let who = first
                .attribution
                .as_ref()
                .map(|a| match a.verb.as_str() {
                    "according to" => format!(" (according to {})", a.source),
                    _ => format!(" ({} {})", a.source, a.verb),
                })
                .unwrap_or_default();
            let copies = g.iter().map(|r| r.doc).collect::<HashSet<_>>().len();
            let why = if copies > 1 {
                format!("hedged by “{hedge}”; the only other source repeating it is a rewrite of this one, which is not independent support")
            } else if first.party.is_some() && g.iter().any(|r| echoed.contains(r)) {
                format!("hedged by “{hedge}”; the other articles that give it give it only as the account of a party to the fighting, which is not independent support")
            } else {
                format!("hedged by “{hedge}”, and no independent source in the corpus backs it")
            };
            Finding {
                rule: rule("CG300"),
                severity: rule("CG300").severity,
                message: format!("{}{who}", summary(ctx, &g)),
                why,
                event: None,
                labels: g.iter().map(|r| label(ctx.claim(*r)).trim().to_string()).map(|l| if l.is_empty() { "hedged".to_string() } else { l }).collect(),
                independent_sources: Some(ctx.sources(&g)),
                claims: g,
            }
        })
        .collect()
}

/// Exact figures by unit and value, to find a hedged figure restated by an
/// independent source under another verb or none ("the air force said it
/// launched 147 drones"; "of the 147 drones sent at Harbourton on Sunday
/// night, 90 were shot down, the mayor said"): the same number of the same
/// things, in the same place, on an overlapping day, backs it though no
/// metric matches.
struct Restated {
    by_value: std::collections::HashMap<(String, u64), Vec<ClaimRef>>,
}

impl Restated {
    fn key(c: &crate::claims::Claim) -> Option<(String, u64)> {
        if c.kind.is_date()
            || matches!(c.kind, Kind::Statement | Kind::Title)
            || c.outdated.is_some()
        {
            return None;
        }
        let v = c.compared_value()?;
        let (lo, hi) = (v.min?, v.max?);
        (lo == hi && c.when.is_some() && !c.places.is_empty())
            .then(|| (c.unit.clone().unwrap_or_default(), lo.to_bits()))
    }

    fn new(ctx: &Context) -> Self {
        let mut by_value: std::collections::HashMap<(String, u64), Vec<ClaimRef>> =
            Default::default();
        for (doc, dc) in ctx.docs.iter().enumerate() {
            for (claim, c) in dc.claims.iter().enumerate() {
                if let Some(k) = Self::key(c) {
                    by_value.entry(k).or_default().push(ClaimRef { doc, claim });
                }
            }
        }
        Restated { by_value }
    }

    fn backs(&self, ctx: &Context, r: ClaimRef) -> bool {
        let c = ctx.claim(r);
        let (Some(k), Some(when)) = (Self::key(c), c.when) else {
            return false;
        };
        self.by_value.get(&k).into_iter().flatten().any(|o| {
            let other = ctx.claim(*o);
            // Another article, and a voice that is no party's when this
            // is a party's (src/findings/mod.rs, `voices`).
            ctx.independent(r.doc, o.doc)
                && (c.party.is_none() || other.party.is_none())
                && other.kind == c.kind
                && other
                    .when
                    .is_some_and(|w| w.start <= when.end && when.start <= w.end)
                && other.places.iter().any(|p| c.places.contains(p))
        })
    }
}

fn same_claims(ctx: &Context, a: &[ClaimRef], b: &[ClaimRef]) -> bool {
    let kinds = |g: &[ClaimRef]| {
        let mut k: Vec<Kind> = g.iter().map(|r| ctx.claim(*r).kind).collect();
        k.sort();
        k
    };
    if kinds(a) != kinds(b) || a.iter().all(|r| ctx.claim(*r).kind == Kind::Statement) {
        return false;
    }
    a.iter().all(|ra| {
        let ca = ctx.claim(*ra);
        b.iter().any(|rb| {
            let cb = ctx.claim(*rb);
            ca.kind == cb.kind
                && match (ca.compared_value(), cb.compared_value()) {
                    (Some(x), Some(y)) => x.overlaps(&y, ca.kind == Kind::Count),
                    _ => ca.date == cb.date,
                }
        })
    })
}

fn summary(ctx: &Context, g: &[ClaimRef]) -> String {
    let texts: Vec<String> = g
        .iter()
        .filter(|r| r.doc == g[0].doc)
        .map(|r| {
            let dc = &ctx.docs[r.doc];
            let t: String = dc.document.raw[dc.claims[r.claim].span.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if t.chars().count() > 60 {
                format!("“{}…”", t.chars().take(59).collect::<String>())
            } else {
                format!("“{t}”")
            }
        })
        .collect();
    texts.join(", ")
}
