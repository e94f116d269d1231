//! Titles held at a date: "Former President X" in an article of the same
//! weeks as "President X" elsewhere contradicts it; with a fact file, a
//! title is also checked against the terms of office it lists.

use super::{rule, ClaimRef, Context, Finding};
use crate::claims::Title;

/// Articles at most this many days apart speak of the same time.
const SAME_WEEKS: i64 = 45;

fn last_name(t: &Title) -> String {
    t.holder
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase()
}

fn title_label(t: &Title) -> String {
    let status = if t.former { "former " } else { "" };
    format!("{}: {status}{}", t.holder, t.office)
}

pub(crate) fn check(ctx: &Context) -> Vec<Finding> {
    let mut titles: Vec<(ClaimRef, &Title)> = Vec::new();
    for (d, dc) in ctx.docs.iter().enumerate() {
        for (i, c) in dc.claims.iter().enumerate() {
            if let Some(t) = &c.title {
                titles.push((ClaimRef { doc: d, claim: i }, t));
            }
        }
    }
    let published = |r: ClaimRef| ctx.docs[r.doc].document.meta.published;
    let mut out = Vec::new();
    for &(f, ft) in titles.iter().filter(|(_, t)| t.former) {
        let Some(fd) = published(f) else { continue };
        // Current holdings of the same office by the same person, in the
        // same weeks (or later: a former holder is not current again).
        let current: Vec<ClaimRef> = titles
            .iter()
            .filter(|(r, t)| {
                !t.former
                    && t.office == ft.office
                    && last_name(t) == last_name(ft)
                    && published(*r).is_some_and(|d| {
                        (d - fd).get_days() as i64 >= -SAME_WEEKS
                            && (d - fd).get_days() as i64 <= SAME_WEEKS
                    })
            })
            .map(|(r, _)| *r)
            .collect();
        if !current.is_empty() {
            let mut claims = vec![f];
            claims.extend(&current);
            let sources = ctx.sources(&current);
            out.push(Finding {
                rule: rule("CG110"),
                severity: rule("CG110").severity,
                message: format!("{} is called former {} here, but current {} in {} source(s) of the same weeks", ft.holder, ft.office, ft.office, sources),
                why: format!(
                    "a title is a dated claim: at {fd} this article says the office is no longer {}'s, while articles published within {SAME_WEEKS} days say it is",
                    ft.holder
                ),
                event: Some(format!("{} {} around {fd}", ft.office, ft.holder)),
                labels: claims.iter().map(|r| title_label(ctx.claim(*r).title.as_ref().unwrap())).collect(),
                claims,
                independent_sources: None,
            });
        }
    }
    let Some(facts) = ctx.facts else { return out };
    for &(r, t) in &titles {
        let Some(day) = published(r) else { continue };
        let tenures = facts.tenures_of(&t.office, &t.holder);
        if tenures.is_empty() {
            continue;
        }
        let holds = tenures.iter().any(|x| x.holds_on(day));
        if t.former && holds {
            out.push(Finding {
                rule: rule("CG111"),
                severity: rule("CG111").severity,
                message: format!(
                    "{} held the office of {} on {day}; the article calls them former",
                    t.holder, t.office
                ),
                why: "the fact file's terms of office include the article's publication date"
                    .into(),
                event: Some(format!("{} {} on {day}", t.office, t.holder)),
                claims: vec![r],
                labels: vec![title_label(t)],
                independent_sources: None,
            });
        }
    }
    out
}
