//! Every number in a text, counted or not: the scan behind `extract
//! --numbers` (and the number suites of `claimgraph eval`). Rules read the
//! numbers that carry a claim ("88 injured"); this reads any numeral,
//! written in digits ("1,234.5", "12,34,567", "1.3e6", "10k", "3/4"), in
//! words ("twenty-one trillion and three hundred", "two thirds", "one and a
//! half", "nine point nought four"), as an ordinal ("21st", "twenty-fifth"),
//! with a hedge ("more than thirty", "< = 100", "500 or more") or as a range
//! ("between 20 and 30", "5k-20k").
//!
//! Bare numbers never enter `check`: a page number or "one major sticking
//! point" is not a claim. The scan only reports what is there.

mod bounds;
mod grammar;
mod tokens;
pub(crate) use tokens::{GROUP_SPACES, SPACED_GROUPS};
mod words;

use super::interval::Amount;
use crate::rules::Lexicon;
use std::ops::Range;

pub(super) use words::ordinal_word;

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// Byte range, hedge and range words included.
    pub span: Range<usize>,
    pub ordinal: bool,
    pub amount: Amount,
    /// The hedge or comparison that made it an interval ("more than").
    pub hedge: Option<String>,
}

/// The numerals of `text`, in order, none overlapping.
pub fn scan(text: &str, lexicon: &Lexicon) -> Vec<Numeral> {
    let toks = tokens::tokenize(text);
    let p = grammar::Parser { toks: &toks, text };
    let mut found: Vec<Numeral> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match grammar::read(&p, text, i) {
            Some((n, end)) => {
                found.push(n);
                i = end;
            }
            None => i += 1,
        }
    }
    let found = bounds::ranges(text, found);
    // A hedge never reaches into the numeral before it.
    let mut hedged: Vec<Numeral> = Vec::with_capacity(found.len());
    for n in found {
        let prev_end = hedged.last().map_or(0, |p: &Numeral| p.span.end);
        let h = bounds::hedge(text, n.clone(), lexicon);
        hedged.push(if h.span.start < prev_end { n } else { h });
    }
    // ... nor a suffix into the numeral after it.
    for k in 1..hedged.len() {
        if hedged[k - 1].span.end > hedged[k].span.start {
            let start = hedged[k].span.start;
            let prev = &mut hedged[k - 1];
            if let Some(v) = prev.amount.nominal {
                prev.amount = Amount::exact(v);
                prev.hedge = None;
                let end = text[..start].trim_end().len();
                prev.span.end = prev.span.end.min(end).max(prev.span.start + 1);
            }
        }
    }
    // "1e999" overflows: no number.
    bounds::bounds(text, hedged)
        .into_iter()
        .filter(|n| {
            let i = &n.amount.interval;
            [i.min, i.max, n.amount.nominal]
                .into_iter()
                .flatten()
                .all(f64::is_finite)
        })
        .collect()
}

/// Whether `text` ends with the word `w` (any case), a whole word.
pub(crate) fn ends_with_word(text: &str, w: &str) -> bool {
    let Some(at) = text.len().checked_sub(w.len()) else {
        return false;
    };
    text.is_char_boundary(at)
        && text[at..].eq_ignore_ascii_case(w)
        && text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Interval;

    fn values(text: &str) -> Vec<(String, f64, bool)> {
        let lex = Lexicon::default();
        scan(text, &lex)
            .into_iter()
            .map(|n| {
                let v = n
                    .amount
                    .nominal
                    .or(n.amount.interval.min)
                    .unwrap_or(f64::NAN);
                (text[n.span].to_string(), v, n.ordinal)
            })
            .collect()
    }

    fn one(text: &str) -> f64 {
        let v = values(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].1
    }

    fn near(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9_f64.max(b.abs() * 1e-9)
    }

    #[test]
    fn digits() {
        for (t, v) in [
            ("1,234,567", 1_234_567.0),
            ("12,34,567.89", 1_234_567.89),
            ("1.111,11", 1111.11),
            ("1 234 567", 1_234_567.0),
            ("40\u{202f}000", 40_000.0),
            (".77", 0.77),
            ("0033", 33.0),
            ("1.3e6", 1.3e6),
            ("6.23x10^-4", 6.23e-4),
            ("10k", 1e4),
            ("1.2M", 1.2e6),
            ("2.33 k", 2330.0),
            ("3/4", 0.75),
            ("2  1/4", 2.25),
            ("-504", -504.0),
            ("½", 0.5),
            ("5,00", 5.0),
        ] {
            assert!(near(one(t), v), "{t}: {} != {v}", one(t));
        }
    }

    #[test]
    fn words() {
        for (t, v) in [
            ("one hundred and sixty-one", 161.0),
            ("fifty - two", 52.0),
            (
                "twenty-one trillion and three hundred",
                21_000_000_000_300.0,
            ),
            ("two hundred and two thousand", 202_000.0),
            ("two  thousand  and  two hundred", 2200.0),
            ("4 thousand 3 hundred and 21", 4321.0),
            ("322 hundred", 32_200.0),
            ("two thirds", 2.0 / 3.0),
            ("two hundredths", 0.02),
            ("one hundredth", 0.01),
            ("one hundred and three quarters", 100.75),
            ("a third of a million", 1e6 / 3.0),
            ("two thirds of a million", 2e6 / 3.0),
            ("one hundred and thirty fifths", 26.0),
            ("a fifth", 0.2),
            ("three and a fifth", 3.2),
            ("one and a half", 1.5),
            ("3 million and a half", 3_500_000.0),
            ("five and a half million", 5_500_000.0),
            ("one billion and a half million", 1_000_500_000.0),
            ("one billion and three quarters million", 1_000_750_000.0),
            ("half a dozen", 6.0),
            ("a dozen", 12.0),
            ("three dozens", 36.0),
            ("quarter million", 250_000.0),
            ("two hundred point zero three", 200.03),
            ("nine point nought four", 9.04),
            ("point 77", 0.77),
            ("negative five hundred and four", -504.0),
            ("minus one", -1.0),
            ("three lakh crore", 3e12),
            ("two thirds of a million", 2e6 / 3.0),
        ] {
            assert!(near(one(t), v), "{t}: {} != {v}", one(t));
        }
    }

    #[test]
    fn ordinals() {
        for (t, v) in [
            ("21st", 21.0),
            ("twenty-fifth", 25.0),
            ("one hundred twenty fifth", 125.0),
            ("eleventh", 11.0),
            // A scale's ordinal, singular, after more than one is a rank;
            // "two hundredths" and "one hundredth" are fractions (words).
            ("two hundredth", 200.0),
            ("a hundred trillionth", 1e14),
            ("two hundred thousandth", 200_000.0),
        ] {
            let got = values(t);
            assert_eq!(got.len(), 1, "{t}");
            assert!(got[0].2 && near(got[0].1, v), "{t}: {got:?}");
        }
    }

    #[test]
    fn not_numbers() {
        for t in [
            "The one you mentioned",
            "Which one do you prefer?",
            "29km Road",
            "A1B2C3",
            "5/17/2018",
        ] {
            assert!(values(t).is_empty(), "{t}: {:?}", values(t));
        }
        // Two numbers, not one.
        assert_eq!(values("3 hundred and 2 hundred").len(), 2);
        assert_eq!(values("Exercises nrs. 22,24,26,31.").len(), 4);
    }

    #[test]
    fn overflowing_numbers_are_none() {
        assert!(values("1e999").is_empty());
        assert!(values("9.9^999999").is_empty());
    }

    #[test]
    fn words_at_the_end_of_multibyte_text() {
        assert!(ends_with_word("prices from", "from"));
        assert!(!ends_with_word("pricesfrom", "from"));
        // A multi-byte character where the word would start: no panic.
        assert!(!ends_with_word("ab—ééé", "from"));
        assert!(scan("—ééé 20 and 30 ½ ⅔", &Lexicon::default()).len() >= 2);
    }

    #[test]
    fn comparisons_and_ranges() {
        let lex = crate::rules::load(&[]).expect("rules").lexicon;
        let got = scan("The number is between 20 and 30.", &lex);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].amount.interval, Interval::between(20.0, 30.0));
        let got = scan("He is more than thirty years old.", &lex);
        assert_eq!(got[0].amount.interval.min, Some(30.0));
        assert!(got[0].amount.interval.min_exclusive);
        let got = scan("five hundred or more", &lex);
        assert_eq!(
            (got[0].amount.interval.min, got[0].amount.interval.max),
            (Some(500.0), None)
        );
        let got = scan("x < = 100", &lex);
        assert_eq!(got[0].amount.interval.max, Some(100.0));
    }
}
