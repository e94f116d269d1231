//! Two numbers joined as a range are one amount: "10-20 dollars",
//! "between 2 and 3 million people", "from 10 dollars to 20 dollars",
//! "$10-20 million", "20-30%". The rules read the amount that carries the
//! unit; this widens it to the number that opens the range.
//!
//! A change is not a range: in "prices rose from 10 to 20 dollars" the
//! price is 20 dollars, and the claim stays so.

use super::interval::{Amount, Interval};
use super::numerals::{self, ends_with_word};
use super::{Claim, Kind};
use crate::rules::{normalize_words, HedgeConvention, Lexicon};

/// Words before "from" that make "from X to Y" a change, not a range.
const CHANGES: &[&str] = &[
    "rose",
    "risen",
    "rises",
    "rising",
    "fell",
    "fallen",
    "falls",
    "falling",
    "increased",
    "increases",
    "increasing",
    "decreased",
    "decreases",
    "decreasing",
    "dropped",
    "drops",
    "jumped",
    "jumps",
    "climbed",
    "climbs",
    "grew",
    "grown",
    "grows",
    "soared",
    "slipped",
    "declined",
    "declines",
    "cut",
    "raised",
    "raises",
    "reduced",
    "reduces",
    "lowered",
    "doubled",
    "tripled",
    "halved",
    "up",
    "down",
    "went",
    "gone",
    "moved",
    "revised",
    "extended",
    "extends",
    "shortened",
    "lengthened",
];

/// Whether a claim's amount may close a range: a length of time that is a
/// window ("the past 10 to 12 days") keeps the dates it was read with.
fn ranged(c: &Claim) -> bool {
    match c.kind {
        Kind::Money | Kind::Quantity | Kind::Count | Kind::Percent => true,
        Kind::Duration => c.date.is_none(),
        _ => false,
    }
}

/// Each amount claim widened to the range it closes (or opens).
pub(super) fn join_amount_ranges(prose: &str, found: Vec<Claim>, lexicon: &Lexicon) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::with_capacity(found.len());
    for c in found {
        let joined = backward(prose, &c, out.last(), lexicon);
        match joined {
            Some((c, replaces_last)) => {
                if replaces_last {
                    out.pop();
                }
                out.push(about_a_range(prose, c, lexicon));
            }
            None => out.push(match forward(prose, &c, lexicon) {
                Some(j) => about_a_range(prose, j, lexicon),
                None => c,
            }),
        }
    }
    // A range read forward may have reached over the next claim.
    let mut kept: Vec<Claim> = Vec::with_capacity(out.len());
    for c in out {
        if kept.last().is_some_and(|k| c.span.start < k.span.end) {
            continue;
        }
        kept.push(c);
    }
    kept
}

/// "about 20 to 30 people", "some 2,000-3,000": a range said to be
/// approximate reaches a tenth further each way, as "about 20" does
/// ([18, 33]): "32 killed" is no contradiction of it. Other hedges on a
/// range ("up to 20-30") leave it as written.
fn about_a_range(prose: &str, mut c: Claim, lexicon: &Lexicon) -> Claim {
    let Some(amount) = c.amount.as_mut() else {
        return c;
    };
    let (Some(lo), Some(hi)) = (amount.interval.min, amount.interval.max) else {
        return c;
    };
    let words: Vec<&str> = prose[c.span.clone()].split_whitespace().take(3).collect();
    let hedge = (1..words.len()).rev().find_map(|n| {
        let phrase = words[..n].join(" ");
        (lexicon.hedges.get(&normalize_words(&phrase)) == Some(&HedgeConvention::Approximately))
            .then_some(phrase)
    });
    let Some(hedge) = hedge else {
        return c;
    };
    // Outwards on either side of zero: "about -18 to -34 °C" is [-37.4, -16.2].
    let round = |x: f64| (x * 1e6).round() / 1e6;
    amount.interval = Interval::between(round(lo - 0.1 * lo.abs()), round(hi + 0.1 * hi.abs()));
    c.hedge = Some(normalize_words(&hedge));
    c
}

/// The connector a text ends with ("-", "to", "and"), and the text
/// before it.
fn ends_with_connector(text: &str) -> Option<(&'static str, &str)> {
    let t = text.trim_end();
    for dash in ['-', '–'] {
        if let Some(r) = t.strip_suffix(dash) {
            return Some(("-", r.trim_end()));
        }
    }
    for w in ["to", "and"] {
        if ends_with_word(t, w) {
            return Some((w, t[..t.len() - w.len()].trim_end()));
        }
    }
    None
}

/// How a range opens, given what stands before its first number: the
/// start of the lead word ("between", "from"), or `None` when the
/// connector needs a lead it does not have ("5 and 20 people"), or when
/// the lead is a change ("rose from 10 to 20").
fn lead_start(before: &str, connector: &str) -> Option<usize> {
    let t = before.trim_end();
    let lead = ["between", "from"]
        .into_iter()
        .find(|w| ends_with_word(t, w));
    let ok = match (connector, lead) {
        ("and", Some("between")) => true,
        ("and", _) => false,
        // "between 44 mg to 50 mg": loose, but a range all the same.
        ("to", Some("between")) => true,
        (_, Some("from")) => {
            let rest = t[..t.len() - 4].trim_end();
            !CHANGES.iter().any(|w| ends_with_word(rest, w))
        }
        // "rose by 5% to 20%", "cut 10 to 20 dollars": a change and where
        // it ended.
        ("to", None) => !CHANGES.iter().chain(&["by"]).any(|w| ends_with_word(t, w)),
        _ => true,
    };
    if !ok {
        return None;
    }
    Some(lead.map_or(before.len(), |w| t.len() - w.len()))
}

/// The scale a written amount carries: "20 million" → 10⁶, "$3bn" → 10⁹.
pub(super) fn scale_in(text: &str) -> Option<f64> {
    text.rsplit(|c: char| !c.is_alphanumeric())
        .filter_map(|w| {
            let w = w.trim_start_matches(|c: char| c.is_ascii_digit());
            // Scales of a thousand and up: "3 hundred" is no shared scale.
            super::numbers::scale(&w.to_ascii_lowercase()).filter(|s| *s >= 1e3)
        })
        .next()
}

/// The low end takes the high end's scale when written without its own
/// ("between 2 and 3 million": 2 million).
fn scaled_low(lo: f64, lo_text: &str, hi: f64, hi_text: &str) -> f64 {
    match (scale_in(lo_text), scale_in(hi_text)) {
        (None, Some(s)) if lo * s <= hi => lo * s,
        _ => lo,
    }
}

fn widen(c: &Claim, start: usize, end: usize, lo: f64, hi: f64) -> Option<Claim> {
    // Below zero a range may run downwards: "from -18 °C to -34 °C".
    let (lo, hi) = if hi < lo && lo <= 0.0 {
        (hi, lo)
    } else {
        (lo, hi)
    };
    if lo.partial_cmp(&hi) != Some(std::cmp::Ordering::Less) {
        return None;
    }
    let mut j = c.clone();
    j.span = start..end;
    j.hedge = None;
    j.amount = Some(Amount {
        nominal: None,
        interval: Interval::between(lo, hi),
    });
    Some(j)
}

/// "10-20 dollars", "between 10 dollars and 20 dollars": the claim closes
/// a range whose first number stands before it, bare or as the claim
/// before (then replaced: `true`).
fn backward(
    prose: &str,
    c: &Claim,
    prev: Option<&Claim>,
    lexicon: &Lexicon,
) -> Option<(Claim, bool)> {
    if !ranged(c) {
        return None;
    }
    let hi = c.amount?.nominal?;
    let before = &prose[c.sentence.start..c.span.start];
    let (connector, rest) = ends_with_connector(before)?;
    let hi_text = &prose[c.span.clone()];
    // A suspended hyphen: "a 5- to 10-year sentence", "an 8- to 16-meter
    // telescope" (the first number shares the second's unit).
    let rest = match rest.strip_suffix(['-', '–']) {
        Some(r) if connector == "to" && hi_text.contains(['-', '–']) => r,
        _ => rest,
    };
    let rest_end = c.sentence.start + rest.len();
    // A hedge on the first amount ("about 3km-5km") is the range's, as
    // before a bare first number.
    if let Some(p) = prev.filter(|p| p.kind == c.kind && p.unit == c.unit && p.span.end == rest_end)
    {
        let lo = p.amount?.nominal?;
        let lead = lead_start(&prose[c.sentence.start..p.span.start], connector)?;
        let j = widen(c, c.sentence.start + lead, c.span.end, lo, hi)?;
        return Some((j, true));
    }
    let n = numerals::scan(rest, lexicon).pop()?;
    // A hedge before the first number ("some 20-30%", "about 10-20")
    // is the range's (`about_a_range`).
    if n.span.end != rest.len() || n.ordinal {
        return None;
    }
    // The number before belongs to another claim.
    if prev.is_some_and(|p| p.span.end > c.sentence.start + n.span.start) {
        return None;
    }
    let lo_text = &rest[n.span.clone()];
    let lo = scaled_low(n.amount.nominal?, lo_text, hi, hi_text);
    let mut start = n.span.start;
    // "$10-$20": the sign before the first number.
    if let Some(sign) = rest[..start]
        .chars()
        .next_back()
        .filter(|ch| "$€£¥₹₴₽".contains(*ch))
    {
        start -= sign.len_utf8();
    }
    let lead = lead_start(&rest[..start], connector)?;
    widen(c, c.sentence.start + lead, c.span.end, lo, hi).map(|j| (j, false))
}

/// "$10-20 million", "€5 to €7": a money claim opens a range whose second
/// number follows it with no unit of its own.
fn forward(prose: &str, c: &Claim, lexicon: &Lexicon) -> Option<Claim> {
    if c.kind != Kind::Money {
        return None;
    }
    let lo = c.amount?.nominal?;
    let after = &prose[c.span.end..c.sentence.end];
    let t = after.trim_start();
    let (connector, rest) = if let Some(r) = t.strip_prefix(['-', '–']) {
        ("-", r)
    } else if t.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("to ")) {
        ("to", &t[3..])
    } else {
        return None;
    };
    let rest = rest.trim_start();
    let sign = prose[c.span.clone()]
        .chars()
        .find(|ch| "$€£¥₹₴₽".contains(*ch));
    let rest = match sign {
        Some(s) => rest.strip_prefix(s).unwrap_or(rest).trim_start(),
        None => rest,
    };
    let n = numerals::scan(rest, lexicon).into_iter().next()?;
    if n.span.start != 0 || n.ordinal || n.hedge.is_some() {
        return None;
    }
    // "$10 to 20 people": the second number counts something else.
    let tail = rest[n.span.end..].trim_start();
    if tail.starts_with(|ch: char| ch.is_alphanumeric())
        && scale_in(&rest[n.span.clone()]).is_none()
    {
        return None;
    }
    let hi_text = &rest[n.span.clone()];
    let hi = n.amount.nominal?;
    let lo = scaled_low(lo, &prose[c.span.clone()], hi, hi_text);
    let end = rest.as_ptr() as usize - prose.as_ptr() as usize + n.span.end;
    let lead = lead_start(&prose[c.sentence.start..c.span.start], connector)?;
    widen(c, c.sentence.start + lead, end, lo, hi)
}

#[cfg(test)]
mod tests {
    use crate::claims::extract_text;

    /// (span, [min, max], unit) of each amount claim.
    fn amounts(text: &str) -> Vec<(String, Option<f64>, Option<f64>, String)> {
        let rules = crate::rules::load(&[]).expect("rules");
        let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
        claims
            .iter()
            .filter_map(|c| {
                let i = c.amount?.interval;
                Some((
                    text[c.span.clone()].to_string(),
                    i.min,
                    i.max,
                    c.unit.clone().unwrap_or_default(),
                ))
            })
            .collect()
    }

    fn one(text: &str) -> (String, Option<f64>, Option<f64>, String) {
        let got = amounts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got[0].clone()
    }

    #[test]
    fn two_numbers_and_one_unit() {
        let (span, lo, hi, unit) = one("It costs between 10 and 20 dollars.");
        assert_eq!(
            (span.as_str(), lo, hi, unit.as_str()),
            ("between 10 and 20 dollars", Some(10.0), Some(20.0), "USD")
        );
        let (span, lo, hi, _) = one("Between 20 and 30 people were killed.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("Between 20 and 30 people", Some(20.0), Some(30.0))
        );
        let (_, lo, hi, unit) = one("They carried 100 - 1000 g of flour.");
        assert_eq!((lo, hi, unit.as_str()), (Some(100.0), Some(1000.0), "g"));
        // Said to be approximate: a tenth further each way.
        let (span, lo, hi, _) = one("Some 20-30% of voters agreed.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("Some 20-30%", Some(18.0), Some(33.0))
        );
        let (_, lo, hi, _) = one("About 20 to 30 people died.");
        assert_eq!((lo, hi), (Some(18.0), Some(33.0)));
        // Other hedges leave a range as written.
        let (_, lo, hi, _) = one("Up to 20-30 people died.");
        assert_eq!((lo, hi), (Some(20.0), Some(30.0)));
    }

    #[test]
    fn two_amounts_with_their_units() {
        let (span, lo, hi, _) = one("Tickets cost from 10 dollars to 20 dollars.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("from 10 dollars to 20 dollars", Some(10.0), Some(20.0))
        );
        let (span, lo, hi, _) = one("Tickets cost about $10-$20.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("about $10-$20", Some(9.0), Some(22.0))
        );
    }

    #[test]
    fn loose_hedged_and_downward_ranges() {
        let (span, lo, hi, _) = one("They were given between 44 mg to 50 mg ethanol.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("between 44 mg to 50 mg", Some(44.0), Some(50.0))
        );
        // A hedge on the first amount is the range's.
        let (span, lo, hi, _) = one("The front moved about 3km-5km.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("about 3km-5km", Some(2.7), Some(5.5))
        );
        // Below zero a range may run downwards; above it, "from 30 to 20" is
        // a fall and no range.
        let (_, lo, hi, _) = one("Temperatures ranged from -18 °C to -34 °C.");
        assert_eq!((lo, hi), (Some(-34.0), Some(-18.0)));
        // Said to be approximate, such a range still widens.
        let (_, lo, hi, _) = one("Temperatures of about -18 °C to -34 °C were forecast.");
        assert_eq!((lo, hi), (Some(-37.4), Some(-16.2)));
        assert_eq!(
            amounts("Tickets went from 30 dollars to 20 dollars.").len(),
            2
        );
        // "and" still needs "between", hedge or not.
        assert_eq!(
            amounts("At least 35 dead and 117 injured, rescuers said.").len(),
            2
        );
    }

    #[test]
    fn the_low_end_takes_the_high_ends_scale() {
        let (span, lo, hi, _) = one("The deal is worth $10-20 million.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("$10-20 million", Some(1e7), Some(2e7))
        );
        let (_, lo, hi, _) = one("Between 2 and 3 million people fled.");
        assert_eq!((lo, hi), (Some(2e6), Some(3e6)));
        // A low end already larger than the scale would make it keeps its own.
        let (_, lo, hi, _) = one("It cost $500,000 to 1 million.");
        assert_eq!((lo, hi), (Some(5e5), Some(1e6)));
    }

    #[test]
    fn an_amount_and_its_hundredths() {
        let (span, lo, _, unit) = one("It cost 20 dollars 43 cents.");
        assert_eq!(
            (span.as_str(), lo, unit.as_str()),
            ("20 dollars 43 cents", Some(20.43), "USD")
        );
        let (_, lo, _, unit) = one("It cost 3 GBP and 1 pence.");
        assert_eq!((lo, unit.as_str()), (Some(3.01), "GBP"));
        // A comma parts two amounts.
        assert_eq!(amounts("He paid $20, 43 cents of it in tax.").len(), 2);
    }

    #[test]
    fn a_measure_in_parts() {
        let (span, lo, _, unit) = one("He is 7 feet 10 inches tall.");
        assert_eq!(
            (span.as_str(), lo, unit.as_str()),
            ("7 feet 10 inches", Some(94.0), "inches")
        );
        let (_, lo, _, unit) = one("The road is 2 km and 1 metre long.");
        assert_eq!((lo, unit.as_str()), (Some(2001.0), "metres"));
        // A part as large as the unit before it is another measure.
        assert_eq!(
            amounts("They advanced 2 km, 5,000 metres from the town.").len(),
            2
        );
    }

    #[test]
    fn what_is_not_a_range() {
        // A change: the price is now 20 dollars.
        let (span, lo, hi, _) = one("Prices rose from 10 to 20 dollars.");
        assert_eq!(
            (span.as_str(), lo, hi),
            ("20 dollars", Some(20.0), Some(20.0))
        );
        // A change by an amount, and where it ended.
        let got = amounts("Inflation rose by 5% to 20%.");
        assert_eq!(got.len(), 2, "{got:?}");
        // "and" without "between" joins two statements.
        let (span, ..) = one("Officials said 5 and 20 people were hurt.");
        assert_eq!(span, "20 people");
        // The second number counts something else.
        let got = amounts("He paid $10 to 20 people.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[0].1, got[0].2), (Some(10.0), Some(10.0)));
        // Found by proptest: a wide character after an amount.
        assert_eq!(amounts("$2bn \u{11366}").len(), 1);
        // A falling pair is a score, not a range.
        let got = amounts("The vote was 30-20 members.");
        assert!(got.iter().all(|(_, lo, hi, _)| lo == hi), "{got:?}");
    }
}
