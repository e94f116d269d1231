//! Numbers as news writes them: digits with separators and decimals, scale
//! words ("1.5 million", "$2bn"), number words ("thirty-five", "three hundred
//! and twelve", "a dozen") and vague plurals ("dozens", "hundreds").

use super::interval::Interval;
use regex::Regex;
use std::sync::LazyLock;

/// A parsed number: its value, or for vague plurals the interval they stand for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// `None` for vague words ("hundreds").
    pub value: Option<f64>,
    /// Set for vague words: "dozens" → [24, 99].
    pub vague: Option<Interval>,
}

/// "zero" to "nineteen".
pub(super) fn unit_word(word: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    UNITS.iter().position(|w| *w == word).map(|i| i as f64)
}

/// "twenty" to "ninety".
pub(super) fn tens_word(word: &str) -> Option<f64> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    TENS.iter()
        .position(|w| *w == word)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

fn small(word: &str) -> Option<f64> {
    unit_word(word).or_else(|| tens_word(word))
}

pub(super) fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mm" | "mln" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" | "trn" | "t" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// Vague plurals: "dozens" of something is at least two dozen and fewer than
/// a hundred; "hundreds" at least two hundred and fewer than a thousand.
fn vague(word: &str) -> Option<Interval> {
    // "several hundred", "a few thousand", "a couple of million": the
    // vague multiplier times the scale; "many thousand" and "multimillion"
    // as the plural ("thousands", "millions").
    const FEW: [&str; 5] = ["a few ", "few ", "several ", "a couple of ", "a couple "];
    let multiplied = FEW
        .iter()
        .find_map(|f| Some((f.trim_end(), word.strip_prefix(f)?)))
        .and_then(|(few, scales)| {
            // "several hundred thousand": the scales multiply.
            let mut k = 1.0;
            for w in scales.split(' ') {
                k *= match w {
                    "hundred" | "thousand" | "million" | "billion" => scale(w)?,
                    _ => return None,
                };
            }
            let i = vague(few.trim_end_matches(" of"))?;
            let (lo, hi) = (i.min?, i.max?);
            Some(Interval::between(lo * k, hi * k))
        });
    if multiplied.is_some() {
        return multiplied;
    }
    let (lo, hi) = match word {
        "many hundred" => (200.0, 999.0),
        "many thousand" => (2000.0, 9999.0),
        "multi-million" | "multimillion" | "multi million" => (2e6, 999_999_999.0),
        "multi-billion" | "multibillion" | "multi billion" => (2e9, 999_999_999_999.0),
        "a few" | "few" => (2.0, 5.0),
        "several" => (3.0, 9.0),
        "a couple" | "couple" => (2.0, 3.0),
        "dozens" => (24.0, 99.0),
        "scores" => (40.0, 99.0),
        "hundreds" => (200.0, 999.0),
        "thousands" => (2000.0, 9999.0),
        "tens of thousands" => (20000.0, 99999.0),
        "hundreds of thousands" => (200000.0, 999999.0),
        "millions" => (2e6, 999_999_999.0),
        _ => return None,
    };
    Some(Interval::between(lo, hi))
}

/// Parses a number expression; `None` if it is not one.
pub fn parse_number(text: &str) -> Option<Number> {
    let lower = text.trim().to_lowercase().replace(['‑', '–'], "-");
    let s = lower
        .trim_start_matches(['$', '€', '£', '¥'])
        .trim_start_matches("us$")
        .trim();
    // "tens of thousands" keeps its "of"; "hundreds of" (before a noun)
    // loses it.
    let spoken: Vec<&str> = s.split_whitespace().collect();
    let spoken = match spoken.split_last() {
        Some((&"of", rest)) => rest,
        _ => &spoken[..],
    };
    if let Some(v) = vague(&spoken.join(" ")) {
        return Some(Number {
            value: None,
            vague: Some(v),
        });
    }
    if let Some(v) = parse_digits(s) {
        return Some(Number {
            value: Some(v),
            vague: None,
        });
    }
    if let Some(v) = figure_fraction(s) {
        return Some(Number {
            value: Some(v),
            vague: None,
        });
    }
    parse_words(s)
        .or_else(|| mixed(s))
        .or_else(|| one_numeral(s))
        .map(|v| Number {
            value: Some(v),
            vague: None,
        })
}

/// What the numeral scanner reads, when the whole text is one number
/// ("half a million", "a quarter of a million").
/// Only for numbers in words: figures keep the strict reading above ("4,00"
/// is no number).
fn one_numeral(s: &str) -> Option<f64> {
    if !s.contains(|c: char| c.is_alphabetic()) {
        return None;
    }
    let lexicon = crate::rules::Lexicon::default();
    match super::numerals::scan(s, &lexicon).as_slice() {
        [n] if !n.ordinal && n.span == (0..s.len()) => {
            n.amount.interval.point().filter(|v| v.is_finite())
        }
        _ => None,
    }
}

/// A year in words: "nineteen ninety-nine", "two thousand and eighteen",
/// "nineteen oh five", "seventeen hundred thirty three", "twenty twenty".
pub fn year_in_words(s: &str) -> Option<i16> {
    let lower = s.to_lowercase().replace('-', " ");
    let words: Vec<&str> = lower.split_whitespace().filter(|w| *w != "and").collect();
    let below_100 = |ws: &[&str]| -> Option<f64> {
        if ws.is_empty() {
            return Some(0.0);
        }
        parse_words(&ws.join(" ")).filter(|v| *v < 100.0)
    };
    let year = match words.as_slice() {
        ["two", "thousand", rest @ ..] => 2000.0 + below_100(rest)?,
        [first, "hundred", rest @ ..] => {
            unit_word(first).or_else(|| tens_word(first))? * 100.0 + below_100(rest)?
        }
        [first, "oh", unit] => {
            unit_word(first).or_else(|| tens_word(first))? * 100.0 + unit_word(unit)?
        }
        [first, rest @ ..] if !rest.is_empty() => {
            let century = unit_word(first).or_else(|| tens_word(first))?;
            let tail = below_100(rest)?;
            if tail < 10.0 {
                return None;
            }
            century * 100.0 + tail
        }
        _ => return None,
    };
    (1000.0..=2999.0).contains(&year).then_some(year as i16)
}

/// A fraction in figures, with a whole number before it or not: "1/4",
/// "10 1/2", "½", "2½".
fn figure_fraction(s: &str) -> Option<f64> {
    let vulgar = |c: char| match c {
        '½' => Some(0.5),
        '¼' => Some(0.25),
        '¾' => Some(0.75),
        '⅓' => Some(1.0 / 3.0),
        '⅔' => Some(2.0 / 3.0),
        _ => None,
    };
    let (whole, part) = match s.rsplit_once(char::is_whitespace) {
        Some((w, p)) => (Some(w.trim()), p),
        None => (None, s),
    };
    let frac = if let Some((a, b)) = part.split_once('/') {
        let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
        if b == 0.0 || !a.is_finite() || !b.is_finite() {
            return None;
        }
        a / b
    } else {
        let last = part.chars().next_back()?;
        let f = vulgar(last)?;
        let head = &part[..part.len() - last.len_utf8()];
        if head.is_empty() {
            f
        } else {
            if whole.is_some() {
                return None;
            }
            return Some(head.parse::<u32>().ok()? as f64 + f);
        }
    };
    let whole = match whole {
        Some(w) => w.parse::<u32>().ok()? as f64,
        None => 0.0,
    };
    Some(((whole + frac) * 1e6).round() / 1e6)
}

/// "one and a half", "2 and a quarter", "five and three quarters".
fn mixed(s: &str) -> Option<f64> {
    let (whole, part) = s.split_once(" and ")?;
    let whole = parse_digits(whole.trim()).or_else(|| parse_words(whole.trim()))?;
    let part = match part.split_whitespace().collect::<Vec<_>>().as_slice() {
        ["a" | "an" | "one", "half"] | ["half"] => 0.5,
        ["a" | "one", "quarter"] | ["quarter"] => 0.25,
        ["three", "quarters"] => 0.75,
        _ => return None,
    };
    Some(whole + part)
}

/// "40,000", "1.5", "1.5 million", "2bn", "3.2m", "2 dozen".
fn parse_digits(s: &str) -> Option<f64> {
    // Groups of three apart by a space ("12 000", "1 234 567"): as commas.
    static SPACED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^{}\b", super::numerals::SPACED_GROUPS)).expect("a valid pattern")
    });
    let joined;
    let s = match SPACED.find(s) {
        Some(m) => {
            joined = format!(
                "{}{}",
                m.as_str().replace(super::numerals::GROUP_SPACES, ","),
                &s[m.end()..]
            );
            joined.as_str()
        }
        None => s,
    };
    let end = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == ',' || *c == '.'))
        .map_or(s.len(), |(i, _)| i);
    let (digits, rest) = s.split_at(end);
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let base = parse_separated(digits)?;
    let rest = rest.trim().trim_start_matches('-').trim();
    if rest.is_empty() {
        return Some(base);
    }
    if rest == "dozen" {
        return Some(base * 12.0);
    }
    let mut total = base;
    for word in rest.split([' ', '-']).filter(|w| !w.is_empty()) {
        total *= scale(word)?;
    }
    finite(total)
}

/// Digits with optional thousands separators (groups of three) and decimals.
fn parse_separated(digits: &str) -> Option<f64> {
    let digits = digits.trim_end_matches(['.', ',']);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) if !f.contains(['.', ',']) => (i, Some(f)),
        Some(_) => return None,
        None => (digits, None),
    };
    if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let (first, rest) = groups.split_first()?;
        let thousands = rest.iter().all(|g| g.len() == 3);
        // The Indian grouping: lakhs and crores in pairs ("12,34,567").
        let (last, pairs) = rest.split_last()?;
        let indian = first.len() <= 2 && last.len() == 3 && pairs.iter().all(|g| g.len() == 2);
        if first.is_empty() || first.len() > 3 || !(thousands || indian) {
            return None;
        }
    }
    let mut plain: String = int.chars().filter(|c| *c != ',').collect();
    if let Some(f) = frac {
        plain.push('.');
        plain.push_str(f);
    }
    finite(plain.parse().ok()?)
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// "thirty-five", "three hundred and twelve", "a dozen", "two million".
fn parse_words(s: &str) -> Option<f64> {
    let tokens: Vec<&str> = s
        .split([' ', '-', '\n', '\t'])
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    if tokens.is_empty() {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen_any = false;
    for (i, tok) in tokens.iter().enumerate() {
        if (*tok == "a" || *tok == "an") && i == 0 && tokens.len() > 1 {
            current = 1.0;
            continue;
        }
        if let Some(v) = small(tok) {
            // A word adds to tens or to a scale ("twenty five", "a hundred
            // and five"), never to another: "two and three" is no number.
            let low = current % 100.0;
            if low != 0.0 && !(low >= 20.0 && low % 10.0 == 0.0 && v < 10.0) {
                return None;
            }
            current += v;
        } else if i == 0
            && (*tok == "dozen" || scale(tok).is_some())
            && !(*tok == "hundred"
                && tokens
                    .get(1)
                    .and_then(|t| scale(t))
                    .is_some_and(|k| k >= 1e3))
        {
            // A scale word with no number before it is none: "several
            // hundred people" are no hundred, "the million-dollar question"
            // names no sum ("a hundred" is one, and "hundred thousand" a
            // hundred thousand).
            return None;
        } else if *tok == "dozen" {
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
        } else if *tok == "hundred" {
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
        } else if let Some(k) = scale(tok).filter(|k| *k >= 1e3 && tok.len() > 2) {
            total += if current == 0.0 { k } else { current * k };
            current = 0.0;
        } else {
            return None;
        }
        seen_any = true;
    }
    seen_any.then_some(total + current)
}

/// "first" → 1, "third" → 3, "twentieth" → 20, "twenty-first" → 21,
/// "21st" → 21.
pub fn parse_ordinal(text: &str) -> Option<f64> {
    let t = text.trim().to_lowercase();
    // "twenty-first" and "twenty first" as "twentyfirst".
    let joined = t.replace(['-', ' '], "");
    if let Some((v, false)) = super::numerals::ordinal_word(&joined) {
        return Some(v);
    }
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.len() < t.len() && ["st", "nd", "rd", "th"].contains(&&t[digits.len()..]) {
        return digits.parse().ok();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_word_adds_only_to_tens_or_a_scale() {
        assert_eq!(v("twenty five"), Some(25.0));
        assert_eq!(v("three hundred and twelve"), Some(312.0));
        assert_eq!(v("two hundred thousand and forty"), Some(200_040.0));
        assert_eq!(v("two and three"), None);
        assert_eq!(v("twenty thirty"), None);
        assert_eq!(v("five twenty"), None);
    }

    #[test]
    fn years_in_words() {
        assert_eq!(year_in_words("nineteen ninety-nine"), Some(1999));
        assert_eq!(year_in_words("two thousand and eighteen"), Some(2018));
        assert_eq!(year_in_words("nineteen oh five"), Some(1905));
        assert_eq!(year_in_words("seventeen hundred thirty three"), Some(1733));
        assert_eq!(year_in_words("twenty twenty one"), Some(2021));
        assert_eq!(year_in_words("twenty one"), None);
    }

    #[test]
    fn fractions_in_figures() {
        assert_eq!(v("1/4"), Some(0.25));
        assert_eq!(v("10 1/2"), Some(10.5));
        assert_eq!(v("½"), Some(0.5));
        assert_eq!(v("2½"), Some(2.5));
        assert_eq!(v("3/0"), None);
        assert_eq!(v("2 3½"), None);
    }

    #[test]
    fn a_vague_multiplier_times_a_scale() {
        let vague = |s: &str| parse_number(s).and_then(|n| n.vague);
        assert_eq!(
            vague("several hundred"),
            Some(Interval::between(300.0, 900.0))
        );
        assert_eq!(
            vague("a few thousand"),
            Some(Interval::between(2000.0, 5000.0))
        );
        assert_eq!(
            vague("several hundred thousand"),
            Some(Interval::between(300_000.0, 900_000.0))
        );
        assert_eq!(
            vague("a couple of hundred"),
            Some(Interval::between(200.0, 300.0))
        );
        assert_eq!(
            vague("many thousand"),
            Some(Interval::between(2000.0, 9999.0))
        );
        assert_eq!(
            vague("multi-million"),
            Some(Interval::between(2e6, 999_999_999.0))
        );
        // A scale word alone is no number; "a hundred" and "hundred
        // thousand" are.
        assert_eq!(v("hundred"), None);
        assert_eq!(v("million"), None);
        assert_eq!(v("a hundred"), Some(100.0));
        assert_eq!(v("hundred thousand"), Some(100_000.0));
    }

    #[test]
    fn groups_of_three_apart_by_a_space() {
        assert_eq!(v("12 000"), Some(12_000.0));
        assert_eq!(v("1 234 567.5"), Some(1_234_567.5));
        assert_eq!(v("40\u{202f}000 million"), Some(40e9));
        // A group of another length is no grouping.
        assert_eq!(v("12 0000"), None);
        assert_eq!(v("10 1/2"), Some(10.5));
    }

    fn v(s: &str) -> Option<f64> {
        parse_number(s).and_then(|n| n.value)
    }

    #[test]
    fn thousands_and_the_indian_grouping() {
        assert_eq!(v("1,234,567"), Some(1234567.0));
        assert_eq!(v("12,34,567.89"), Some(1234567.89));
        assert_eq!(v("1,23,456"), Some(123456.0));
        assert_eq!(v("1,23,45"), None);
        assert_eq!(v("123,45,678"), None);
        assert_eq!(v("1,2345"), None);
    }

    #[test]
    fn parts_of_scales_and_indian_scales() {
        // "Half a million people" is 500,000, never a million.
        assert_eq!(v("half a million"), Some(500_000.0));
        assert_eq!(v("a quarter of a million"), Some(250_000.0));
        assert_eq!(v("35 lakh"), Some(3_500_000.0));
        assert_eq!(v("2 crore"), Some(20_000_000.0));
        assert_eq!(v("one and a half"), Some(1.5));
        // Figures before "hundred": "3 hundred" is 300, never 3.
        assert_eq!(v("3 hundred"), Some(300.0));
        assert_eq!(v("3 hundred and 21"), Some(321.0));
        assert_eq!(v("5 hundred thousand"), Some(500_000.0));
    }

    #[test]
    fn digits_and_scales() {
        assert_eq!(v("88"), Some(88.0));
        assert_eq!(v("40,000"), Some(40000.0));
        assert_eq!(v("1.5 million"), Some(1_500_000.0));
        assert_eq!(v("$2bn"), Some(2e9));
        assert_eq!(v("3.2m"), Some(3_200_000.0));
        assert_eq!(v("2 dozen"), Some(24.0));
        assert_eq!(v("4,00"), None);
    }

    #[test]
    fn words() {
        assert_eq!(v("two"), Some(2.0));
        assert_eq!(v("thirty-five"), Some(35.0));
        assert_eq!(v("three hundred and twelve"), Some(312.0));
        assert_eq!(v("a dozen"), Some(12.0));
        assert_eq!(v("two million"), Some(2e6));
        assert_eq!(v("a hundred"), Some(100.0));
        assert_eq!(v("one thousand two hundred"), Some(1200.0));
        assert_eq!(v("sticking"), None);
    }

    #[test]
    fn vague_plurals_are_intervals() {
        let n = parse_number("dozens").unwrap();
        assert_eq!(n.value, None);
        assert_eq!(n.vague, Some(Interval::between(24.0, 99.0)));
        assert!(parse_number("hundreds of").unwrap().vague.is_some());
        // "Tens of thousands" is no "thousands".
        assert_eq!(
            parse_number("Tens of thousands").unwrap().vague,
            Some(Interval::between(20000.0, 99999.0))
        );
    }

    #[test]
    fn huge_numbers_are_not_numbers() {
        assert_eq!(v(&"9".repeat(400)), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(parse_ordinal("third"), Some(3.0));
        assert_eq!(parse_ordinal("21st"), Some(21.0));
        assert_eq!(parse_ordinal("twenty-first"), Some(21.0));
        assert_eq!(parse_ordinal("thirty first"), Some(31.0));
        assert_eq!(parse_ordinal("the"), None);
    }
}
