//! Dates anchored inside the article: an event mentioned again later ("his
//! recent visit" after "a visit to Kursk on Wednesday") takes the date given
//! at its first mention, and "two days prior to the attack on Sumy" is
//! resolved through the date the article gives that attack.
//!
//! Only day-precise dates from sentences that name the same place (or, with
//! no place, the same event noun) are used; anything thinner stays
//! unresolved, since a wrong date is worse than none.

use super::dates::{add_days, period_days, DateRange, Precision};
use super::{Claim, Kind};
use crate::rules::normalize_words;

/// Resolves event-anchored claims of one document in place.
pub fn resolve(prose: &str, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let Some(event) = claims[i].event.clone() else {
            continue;
        };
        match (claims[i].kind, event.relation.as_str()) {
            (Kind::Date, "recent") => {
                let window = claims[i].date;
                let noun = normalize_words(&event.phrase);
                let found = day_dates(claims, i).find(|(j, d)| {
                    *j < i
                        && window.is_none_or(|w| w.start <= d.start && d.end <= w.end)
                        && sentence_has_word(prose, &claims[*j], &noun)
                });
                if let Some((_, d)) = found {
                    claims[i].date = Some(d);
                    if let Some(e) = claims[i].event.as_mut() {
                        e.window = Some(d);
                    }
                }
            }
            (Kind::Duration, "before" | "after") => {
                let Some(days) = offset_days(&claims[i]) else {
                    continue;
                };
                let places: Vec<String> = claims[i].places.clone();
                let phrase = event.phrase.clone();
                let named: Vec<&String> = places
                    .iter()
                    .filter(|p| phrase.contains(p.as_str()))
                    .collect();
                let head = normalize_words(phrase.split_whitespace().next().unwrap_or(""));
                let own = claims[i].sentence.clone();
                let found = day_dates(claims, i).find(|(j, _)| {
                    let c = &claims[*j];
                    c.sentence != own
                        && if named.is_empty() {
                            sentence_has_word(prose, c, &head)
                        } else {
                            named.iter().all(|p| c.places.contains(p))
                        }
                });
                if let Some((_, d)) = found {
                    let sign = if event.relation == "before" { -1 } else { 1 };
                    if let Some(day) = add_days(d.start, sign * days) {
                        claims[i].date = Some(DateRange::day(day));
                        if let Some(e) = claims[i].event.as_mut() {
                            e.window = Some(d);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Day-precise dates of the document, other than claim `skip`.
fn day_dates(claims: &[Claim], skip: usize) -> impl Iterator<Item = (usize, DateRange)> + '_ {
    claims.iter().enumerate().filter_map(move |(j, c)| {
        let d = c.date?;
        (j != skip
            && c.kind.is_date()
            && d.precision == Precision::Day
            && d.start == d.end
            && !d.approximate)
            .then_some((j, d))
    })
}

/// A whole number of days, for exact offsets in days or weeks.
fn offset_days(c: &Claim) -> Option<i64> {
    let n = c.amount?.interval.point()?;
    let (per, _) = period_days(c.unit.as_deref()?)?;
    let days = n * per;
    (days >= 1.0 && days.fract() == 0.0).then_some(days as i64)
}

fn sentence_has_word(prose: &str, c: &Claim, word: &str) -> bool {
    !word.is_empty()
        && prose[c.sentence.clone()]
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(word))
}
