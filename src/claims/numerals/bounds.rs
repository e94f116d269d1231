//! What surrounds a numeral: a range ("between 20 and 30"), a hedge or
//! comparison ("more than thirty", "< = 100", "500 or more"), and a lower
//! and an upper bound joined ("greater than 100 and smaller than 300").

use super::{ends_with_word, Numeral};
use crate::claims::interval::{Amount, Interval};
use crate::rules::{HedgeConvention, Lexicon};

/// "between 20 and 30", "from 200 to 3000000", "1000-5000", "5k-20k".
pub(super) fn ranges(text: &str, found: Vec<Numeral>) -> Vec<Numeral> {
    let mut out: Vec<Numeral> = Vec::with_capacity(found.len());
    let mut k = 0;
    while k < found.len() {
        let a = &found[k];
        if let Some(b) = found.get(k + 1) {
            if let (Some(x), Some(y), false, false) = (
                a.amount.interval.point(),
                b.amount.interval.point(),
                a.ordinal,
                b.ordinal,
            ) {
                let mid = text[a.span.end..b.span.start]
                    .trim()
                    .to_lowercase()
                    .replace(['–', '—', '~'], "-");
                let before = text[..a.span.start].trim_end();
                let lead = |w: &str| ends_with_word(before, w);
                let start = if lead("between") && mid == "and" {
                    Some(before.len() - "between".len())
                } else if lead("from")
                    && matches!(mid.as_str(), "to" | "through" | "until" | "till" | "-")
                {
                    Some(before.len() - "from".len())
                } else if matches!(mid.as_str(), "-" | "to" | "through") && x < y {
                    Some(a.span.start)
                } else {
                    None
                };
                if let Some(start) = start.filter(|_| x < y) {
                    out.push(Numeral {
                        span: start..b.span.end,
                        ordinal: false,
                        amount: Amount {
                            nominal: None,
                            interval: Interval::between(x, y),
                        },
                        hedge: Some("range".into()),
                    });
                    k += 2;
                    continue;
                }
            }
        }
        out.push(a.clone());
        k += 1;
    }
    out
}

/// Comparisons the lexicon's hedges do not hold, as symbols or phrases of
/// comparison rather than of estimate.
const COMPARISONS: [(&str, HedgeConvention); 30] = [
    ("higher or equal than", HedgeConvention::AtLeast),
    ("bigger or equal than", HedgeConvention::AtLeast),
    ("greater or equal than", HedgeConvention::AtLeast),
    ("larger or equal than", HedgeConvention::AtLeast),
    ("equal to or more than", HedgeConvention::AtLeast),
    ("equal to or greater than", HedgeConvention::AtLeast),
    ("smaller or equal than", HedgeConvention::AtMost),
    ("less or equal than", HedgeConvention::AtMost),
    ("lower or equal than", HedgeConvention::AtMost),
    ("equal to or less than", HedgeConvention::AtMost),
    (">=", HedgeConvention::AtLeast),
    ("> =", HedgeConvention::AtLeast),
    ("<=", HedgeConvention::AtMost),
    ("< =", HedgeConvention::AtMost),
    (">", HedgeConvention::Above),
    ("<", HedgeConvention::Below),
    ("greater than", HedgeConvention::Above),
    ("larger than", HedgeConvention::Above),
    ("bigger than", HedgeConvention::Above),
    ("higher than", HedgeConvention::Above),
    ("exceeding", HedgeConvention::Above),
    ("exceed", HedgeConvention::Above),
    ("exceeds", HedgeConvention::Above),
    ("surpass", HedgeConvention::Above),
    ("smaller than", HedgeConvention::Below),
    ("lower than", HedgeConvention::Below),
    ("less than or equal to", HedgeConvention::AtMost),
    ("greater than or equal to", HedgeConvention::AtLeast),
    ("more than or equal to", HedgeConvention::AtLeast),
    ("at least or equal to", HedgeConvention::AtLeast),
];

/// A comparison after the numeral ("500 or more"), else a hedge before it
/// ("more than thirty"), from the lexicon's hedges and the comparisons
/// above. The longest phrase wins.
pub(super) fn hedge(text: &str, mut n: Numeral, lexicon: &Lexicon) -> Numeral {
    let Some(v) = n.amount.interval.point() else {
        return n;
    };
    let set = |n: &mut Numeral, conv: HedgeConvention, words: &str| {
        let mut interval = Interval::hedged(v, conv);
        // An upper bound on a number that may be negative has no floor:
        // "<= -30". (Counts and amounts start at zero: "under 170" is
        // [0, 170).)
        if v <= 0.0 && matches!(conv, HedgeConvention::AtMost | HedgeConvention::Below) {
            interval = Interval {
                min: None,
                max: Some(v),
                min_exclusive: false,
                max_exclusive: conv == HedgeConvention::Below,
            };
        }
        n.hedge = Some(crate::rules::normalize_words(words));
        n.amount = Amount {
            nominal: Some(v),
            interval,
        };
    };
    let after = text[n.span.end..].to_ascii_lowercase();
    let after = after.trim_start();
    for (phrase, conv) in [
        ("or more", HedgeConvention::AtLeast),
        ("and more", HedgeConvention::AtLeast),
        ("or greater", HedgeConvention::AtLeast),
        ("or above", HedgeConvention::AtLeast),
        ("or less", HedgeConvention::AtMost),
        ("or fewer", HedgeConvention::AtMost),
        ("or below", HedgeConvention::AtMost),
    ] {
        // "200 or greater than 190" compares with the next number.
        let Some(rest) = after.strip_prefix(phrase) else {
            continue;
        };
        if rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
            && !rest.trim_start().starts_with("than")
        {
            let gap = text.len() - n.span.end - after.len();
            n.span.end += gap + phrase.len();
            set(&mut n, conv, phrase);
            return n;
        }
    }
    let before = text[..n.span.start].trim_end();
    // ASCII lower case keeps byte offsets.
    let lower = before.to_ascii_lowercase();
    let boundary = |len: usize| {
        lower[..lower.len() - len]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut best: Option<(usize, HedgeConvention)> = None;
    let starts: Vec<usize> = lower
        .char_indices()
        .filter(|(i, c)| {
            !c.is_whitespace()
                && lower[..*i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)
        .collect();
    for &i in starts.iter().rev().take(5) {
        if let Some(conv) = lexicon.hedge(&lower[i..]) {
            let len = lower.len() - i;
            if best.is_none_or(|(l, _)| len > l) {
                best = Some((len, conv));
            }
        }
    }
    for (phrase, conv) in COMPARISONS {
        let symbol = phrase.starts_with(['<', '>']);
        // "<>30", "=>30": not a comparison this reads.
        if lower.ends_with(phrase)
            && (!symbol
                || !lower[..lower.len() - phrase.len()]
                    .trim_end()
                    .ends_with(['<', '>', '=', '!']))
            && (symbol || boundary(phrase.len()))
            && best.is_none_or(|(len, _)| phrase.len() > len)
        {
            best = Some((phrase.len(), conv));
        }
    }
    if let Some((len, conv)) = best {
        let start = before.len() - len;
        n.span.start = start;
        set(&mut n, conv, &before[start..]);
    }
    n
}

/// "greater than 100 and smaller than 300", "at most 100 and at least 20":
/// a lower and an upper bound joined by "and" or "but" are one range.
pub(super) fn bounds(text: &str, found: Vec<Numeral>) -> Vec<Numeral> {
    let mut out: Vec<Numeral> = Vec::with_capacity(found.len());
    let mut k = 0;
    let lower_bound = |n: &Numeral| n.hedge.is_some() && n.amount.interval.max.is_none();
    let upper_bound = |n: &Numeral| {
        n.hedge.is_some()
            && n.amount.interval.max.is_some()
            && n.amount.nominal.is_some()
            && n.amount.interval.min.is_none_or(|m| m <= 0.0)
    };
    while k < found.len() {
        if let Some(b) = found.get(k + 1) {
            let a = &found[k];
            let mid = text[a.span.end..b.span.start].trim().to_lowercase();
            let joined = matches!(mid.as_str(), "and" | "but" | "," | "but less" | ", and");
            let pair = if lower_bound(a) && upper_bound(b) {
                Some((a, b))
            } else if upper_bound(a) && lower_bound(b) {
                Some((b, a))
            } else {
                None
            };
            if let (true, Some((lo, hi))) = (joined, pair) {
                let (l, h) = (lo.amount.interval, hi.amount.interval);
                if l.min < h.max {
                    out.push(Numeral {
                        span: a.span.start..b.span.end,
                        ordinal: false,
                        amount: Amount {
                            nominal: None,
                            interval: Interval {
                                min: l.min,
                                max: h.max,
                                min_exclusive: l.min_exclusive,
                                max_exclusive: h.max_exclusive,
                            },
                        },
                        hedge: Some(format!(
                            "{} and {}",
                            lo.hedge.clone().unwrap_or_default(),
                            hi.hedge.clone().unwrap_or_default()
                        )),
                    });
                    k += 2;
                    continue;
                }
            }
        }
        out.push(found[k].clone());
        k += 1;
    }
    out
}
