//! The grammar of a numeral, over tokens: cardinals in digits and words,
//! scales, fractions, mixed numbers, decimals in words, ordinals and signs.

use super::tokens::{Tok, Token};
use super::words::{denominator, ordinal_word, scale_word, tens_word, unit_word};
use super::Numeral;
use crate::claims::interval::{Amount, Interval};

/// A text's tokens, and the text.
pub(super) struct Parser<'a> {
    pub(super) toks: &'a [Token],
    pub(super) text: &'a str,
}

/// How a cardinal ended, for what may follow it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Digits,
    Unit,
    Tens,
    Hundred,
    Scale(f64),
}

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        match self.toks.get(i).map(|t| &t.tok) {
            Some(Tok::Word(w)) => Some(w.as_str()),
            _ => None,
        }
    }

    fn sym(&self, i: usize) -> Option<char> {
        match self.toks.get(i).map(|t| &t.tok) {
            Some(Tok::Sym(c)) => Some(*c),
            _ => None,
        }
    }

    /// Whether tokens i-1 and i have nothing but blanks between them.
    fn touching(&self, text: &str, i: usize) -> bool {
        i > 0
            && text[self.toks[i - 1].range.end..self.toks[i].range.start]
                .chars()
                .all(char::is_whitespace)
    }

    /// Below a hundred in words: "seven", "fifteen", "fifty-two", "fifty two".
    fn below_hundred(&self, i: usize) -> Option<(f64, usize, Last)> {
        let w = self.word(i)?;
        if let Some(v) = unit_word(w) {
            return Some((v, i + 1, Last::Unit));
        }
        let t = tens_word(w)?;
        let j = if self.sym(i + 1) == Some('-') {
            i + 2
        } else {
            i + 1
        };
        match self.word(j).and_then(unit_word) {
            Some(u) if (1.0..10.0).contains(&u) => Some((t + u, j + 1, Last::Unit)),
            _ => Some((t, i + 1, Last::Tens)),
        }
    }

    /// A group below a thousand, or digits: "three hundred and twelve",
    /// "3 hundred and 21", "a hundred", "2.12 hundred".
    fn group(&self, i: usize) -> Option<(f64, usize, Last)> {
        let (mut g, mut j, mut last) = match &self.toks.get(i)?.tok {
            Tok::Num { value, scaled, .. } => {
                if *scaled {
                    return Some((*value, i + 1, Last::Scale(1e3)));
                }
                (*value, i + 1, Last::Digits)
            }
            Tok::Word(w) if w == "a" || w == "an" => {
                let next = self.word(i + 1)?;
                if next == "hundred" || scale_word(next).is_some() {
                    (1.0, i + 1, Last::Unit)
                } else {
                    return None;
                }
            }
            Tok::Word(_) => self.below_hundred(i)?,
            _ => return None,
        };
        if matches!(self.word(j), Some("hundred" | "hundreds")) && g < 100.0
            || self.word(j) == Some("hundred") && last == Last::Digits
        {
            g *= 100.0;
            j += 1;
            last = Last::Hundred;
            let k = if self.word(j) == Some("and") {
                j + 1
            } else {
                j
            };
            let rest = match &self.toks.get(k).map(|t| &t.tok) {
                Some(Tok::Num {
                    value,
                    integer: true,
                    scaled: false,
                }) if *value < 100.0 => Some((*value, k + 1, Last::Digits)),
                _ => self.below_hundred(k),
            };
            if let Some((r, end, l)) = rest {
                // "3 hundred and 2 hundred" is two numbers.
                if !matches!(self.word(end), Some("hundred" | "hundreds")) {
                    g += r;
                    j = end;
                    last = l;
                }
            }
        }
        Some((g, j, last))
    }

    /// A whole cardinal: groups joined by scales ("twenty-one trillion and
    /// three hundred", "4 thousand 3 hundred and 21", "three lakh crore").
    fn cardinal(&self, i: usize) -> Option<(f64, usize, Last)> {
        let (mut g, mut j, mut last) = self.group(i)?;
        let mut total = 0.0;
        let mut last_scale = f64::INFINITY;
        if let Last::Scale(_) = last {
            // Digits with a scale suffix ("10k") end the number.
            return Some((g, j, last));
        }
        loop {
            let scale = self.word(j).and_then(scale_word);
            match scale {
                Some(s) if s < last_scale => {
                    let mut value = g * s;
                    j += 1;
                    let mut s = s;
                    // "three lakh crore": a scale of a scale.
                    while let Some(s2) = self.word(j).and_then(scale_word).filter(|s2| *s2 > s) {
                        value *= s2;
                        s *= s2;
                        j += 1;
                    }
                    total += value;
                    last_scale = s;
                    last = Last::Scale(s);
                    let k = if matches!(self.word(j), Some("and")) || self.sym(j) == Some(',') {
                        j + 1
                    } else {
                        j
                    };
                    match self.group(k) {
                        Some((g2, end, l)) if g2 < s && !self.starts_fraction(end) => {
                            g = g2;
                            j = end;
                            last = l;
                        }
                        _ => return Some((total, j, last)),
                    }
                }
                _ => {
                    if matches!(self.word(j), Some("dozen" | "dozens" | "dzs" | "dozs"))
                        && last_scale > 12.0
                    {
                        return Some((total + g * 12.0, j + 1, Last::Scale(12.0)));
                    }
                    return Some((total + g, j, last));
                }
            }
        }
    }

    /// Whether a fraction word follows ("and a half" is not a group).
    fn starts_fraction(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| denominator(w).is_some())
    }

    /// "point seven five", "point 77", "point seventy-one".
    fn decimals(&self, i: usize) -> Option<(f64, usize)> {
        if let Some(Tok::Num {
            integer: true,
            scaled: false,
            ..
        }) = self.toks.get(i).map(|t| &t.tok)
        {
            let s = self.text_of(i)?;
            return format!("0.{s}").parse().ok().map(|v| (v, i + 1));
        }
        let mut digits = String::new();
        let mut j = i;
        while let Some(v) = self.word(j).and_then(unit_word).filter(|v| *v < 10.0) {
            digits.push(char::from(b'0' + v as u8));
            j += 1;
        }
        if digits.len() > 1 || (digits.len() == 1 && self.word(j).and_then(tens_word).is_none()) {
            return format!("0.{digits}").parse().ok().map(|v| (v, j));
        }
        let (v, end, _) = self.below_hundred(i)?;
        format!("0.{}", v as u64).parse().ok().map(|d| (d, end))
    }

    fn text_of(&self, i: usize) -> Option<&str> {
        self.text.get(self.toks.get(i)?.range.clone())
    }
}

/// Words after which "one" is a pronoun: "the one you mentioned", "the
/// first one", "a big one" is past reading; these are the plain cases.
const DETERMINERS: [&str; 16] = [
    "the",
    "this",
    "that",
    "which",
    "each",
    "any",
    "every",
    "no",
    "another",
    "whichever",
    "last",
    "next",
    "only",
    "same",
    "other",
    "little",
];

/// The numeral starting at token `i`, and the token after it.
pub(super) fn read(p: &Parser, text: &str, i: usize) -> Option<(Numeral, usize)> {
    let toks = p.toks;
    let start = toks[i].range.start;
    let done = |value: f64, end: usize, ordinal: bool| {
        (
            Numeral {
                span: start..toks[end - 1].range.end,
                ordinal,
                amount: Amount::exact(value),
                hedge: None,
            },
            end,
        )
    };
    // A sign: "minus five", "negative one", "-504", "- 1 4/5".
    let (sign, from) = match (&toks[i].tok, toks.get(i + 1).map(|t| &t.tok)) {
        (Tok::Word(w), Some(Tok::Word(_) | Tok::Num { .. }))
            if (w == "minus" || w == "negative") =>
        {
            (-1.0, i + 1)
        }
        (Tok::Sym('-'), Some(Tok::Num { .. } | Tok::Fraction(_)))
            if !(i > 0 && matches!(toks[i - 1].tok, Tok::Num { .. }))
                && text[..toks[i].range.start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || "(<>=".contains(c)) =>
        {
            (-1.0, i + 1)
        }
        _ => (1.0, i),
    };
    match &toks[from].tok {
        Tok::Ordinal(v) if sign > 0.0 => return Some(done(*v, from + 1, true)),
        Tok::Fraction(v) => return Some(done(sign * v, from + 1, false)),
        _ => {}
    }
    let word = p.word(from);
    // "half a dozen", "half million", "quarter million", "a half", "half".
    if let Some(w) = word {
        let lead = if w == "a" || w == "an" {
            from + 1
        } else {
            from
        };
        // The word after a part, past "of" and "a": "half [of] [a] million".
        let after_part = |k: usize| {
            let k = k + usize::from(p.word(k) == Some("of"));
            k + usize::from(matches!(p.word(k), Some("a" | "an")))
        };
        // The part, and whether it is a number without a scale after it.
        let fraction = match p.word(lead) {
            Some("half") => Some((0.5, true)),
            Some("quarter") => Some((0.25, true)),
            // "a third of a million"; "a third" alone is left to the
            // ordinal reading below ("a third time").
            Some("third") if lead > from => Some((1.0 / 3.0, false)),
            _ => None,
        };
        if let Some((part, stands_alone)) = fraction {
            // "half a million", "a quarter of a million".
            let k = after_part(lead + 1);
            if let Some(s) = p.word(k).and_then(scale_word) {
                return Some(done(sign * part * s, k + 1, false));
            }
            if stands_alone {
                if p.word(k) == Some("dozen") {
                    return Some(done(sign * part * 12.0, k + 1, false));
                }
                if lead > from || w == "half" {
                    return Some(done(sign * part, lead + 1, false));
                }
                return None;
            }
        }
        match (w, p.word(from + 1)) {
            ("a", Some("pair")) => return Some(done(2.0, from + 2, false)),
            // "a couple (of)", "a dozen (of)".
            ("a", Some(word @ ("couple" | "dozen"))) => {
                let value = if word == "couple" { 2.0 } else { 12.0 };
                let end = if p.word(from + 2) == Some("of") {
                    from + 3
                } else {
                    from + 2
                };
                return Some(done(value, end, false));
            }
            ("a" | "an", Some(_)) => {
                // "a fifth", "a twenty-first", "a hundredth".
                if let Some((den, end)) = compound_ordinal(p, from + 1).filter(|(d, _)| *d >= 3.0) {
                    return Some(done(sign / den, end, false));
                }
            }
            _ => {}
        }
        if (w == "few") && sign > 0.0 {
            let mut n = done(3.0, from + 1, false).0;
            let a = from > 0 && p.word(from - 1) == Some("a");
            if a {
                n.span.start = toks[from - 1].range.start;
            }
            n.amount = Amount {
                nominal: None,
                interval: Interval::between(2.0, 5.0),
            };
            return Some((n, from + 1));
        }
        if w == "a" && p.word(from + 1) == Some("few") {
            return None; // read at "few"
        }
        // An ordinal alone: "first", "twenty-fifth".
        if unit_word(w).is_none() && tens_word(w).is_none() && w != "a" && w != "an" {
            if let Some((v, end)) = compound_ordinal(p, from) {
                if sign > 0.0 && !toks_plural(p, from, end) {
                    return Some(done(v, end, true));
                }
            }
            if w != "point" {
                return None;
            }
        }
    }
    // "point 77".
    if word == Some("point") {
        let (d, end) = p.decimals(from + 1)?;
        return Some(done(sign * d, end, false));
    }
    let (mut value, mut end, last) = p.cardinal(from)?;
    // "one" after a determiner is a pronoun: "the one you mentioned".
    if word == Some("one") && end == from + 1 {
        let before = from.checked_sub(1).and_then(|k| p.word(k));
        if before.is_some_and(|b| DETERMINERS.contains(&b) || ordinal_word(b).is_some()) {
            return None;
        }
    }
    let words = word.is_some();
    // Digits then a fraction: "2 1/4"; with decimals: "1 point 1".
    if let Some(Tok::Fraction(f)) = toks.get(end).map(|t| &t.tok) {
        if last == Last::Digits && value.fract() == 0.0 && p.touching(text, end) {
            value += f;
            end += 1;
            return Some(done(sign * value, end, false));
        }
    }
    if p.word(end) == Some("point") {
        if let Some((d, e)) = p.decimals(end + 1) {
            value += d;
            end = e;
            if let Some(s) = p.word(end).and_then(scale_word) {
                value *= s;
                end += 1;
            }
        }
        return Some(done(sign * value, end, false));
    }
    // "one over three", "2000 over 3": a fraction when nothing is counted
    // after it ("over 3 years" is a hedge).
    if p.word(end) == Some("over") {
        if let Some((d, e, _)) = p.cardinal(end + 1) {
            let counted = matches!(toks.get(e).map(|t| &t.tok), Some(Tok::Word(_)));
            if d != 0.0 && !counted {
                return Some(done(sign * value / d, e, false));
            }
        }
    }
    // "twenty-first", "one hundred twenty fifth": an ordinal whose last
    // word is one.
    if words && matches!(last, Last::Tens | Last::Hundred | Last::Scale(_)) {
        let k = if p.sym(end) == Some('-') && last == Last::Tens {
            end + 1
        } else {
            end
        };
        if let Some((o, plural)) = p.word(k).and_then(ordinal_word) {
            let fits = match last {
                Last::Tens => (1.0..10.0).contains(&o),
                _ => o < 100.0,
            };
            if fits && !plural {
                return Some(done(sign * (value + o), k + 1, true));
            }
        }
    }
    // "two thirds", "five - eighths", "one hundred and thirty fifths".
    if words || last == Last::Digits {
        let k = if p.sym(end) == Some('-') {
            end + 1
        } else {
            end
        };
        if let Some((den, e)) = denominator_at(p, k) {
            // "the two hundredth anniversary", "a hundred trillionth": a
            // scale's ordinal, singular, after more than one is a rank (the
            // 200th); the fraction would be "two hundredths".
            let singular_scale = e == k + 1
                && den >= 100.0
                && p.word(k)
                    .and_then(denominator)
                    .is_some_and(|(_, plural)| !plural);
            if words && singular_scale && value > 1.0 && value.fract() == 0.0 {
                return Some(done(sign * value * den, e, true));
            }
            // "one hundred and three quarters": the words after the last
            // "and" are the fraction's, the hundred whole (100.75, not
            // 103 quarters).
            let and_at = (from + 1..end).rev().find(|&k| p.word(k) == Some("and"));
            if let Some(and) = and_at.filter(|_| words) {
                if let Some((n, n_end, Last::Unit)) = p.cardinal(and + 1) {
                    if n_end == end && (1.0..10.0).contains(&n) {
                        return Some(done(sign * (value - n + n / den), e, false));
                    }
                }
            }
            if words && value >= 1.0 && value.fract() == 0.0 {
                let mut v = value / den;
                let mut e = e;
                // "two thirds of a million".
                if p.word(e) == Some("of") && p.word(e + 1) == Some("a") {
                    if let Some(s) = p.word(e + 2).and_then(scale_word) {
                        v *= s;
                        e += 3;
                    }
                }
                return Some(done(sign * v, e, false));
            }
        }
    }
    // "one and a half", "3 million and a half", "twenty and three fifths".
    if p.word(end) == Some("and") {
        let k = end + 1;
        let (num, d_at) = match p.word(k) {
            Some("a" | "an") => (Some(1.0), k + 1),
            Some("half") => (Some(1.0), k),
            _ => match p.cardinal(k) {
                Some((n, e, Last::Unit | Last::Tens | Last::Digits)) if n >= 1.0 => (Some(n), e),
                _ => (None, k),
            },
        };
        if let Some(num) = num {
            let d_at = if p.sym(d_at) == Some('-') {
                d_at + 1
            } else {
                d_at
            };
            if let Some((den, e)) = denominator_at(p, d_at) {
                let scale = match last {
                    Last::Scale(s) if s >= 1e3 => s,
                    _ => 1.0,
                };
                end = e;
                match p.word(e).and_then(scale_word) {
                    // "five and a half million".
                    Some(s) if scale == 1.0 => {
                        value = (value + num / den) * s;
                        end += 1;
                    }
                    // "one billion and a half million": a smaller scale
                    // is the fraction's own.
                    Some(s) if s < scale => {
                        value += num / den * s;
                        end += 1;
                    }
                    _ => value += num / den * scale,
                }
            }
        }
    }
    Some(done(sign * value, end, false))
}

/// "twenty-first", "twenty firsts" at `i` (a tens word): the value and
/// the token after it.
fn tens_ordinal(p: &Parser, i: usize, t: f64) -> Option<(f64, usize)> {
    let k = if p.sym(i + 1) == Some('-') {
        i + 2
    } else {
        i + 1
    };
    let (o, _) = p.word(k).and_then(ordinal_word)?;
    (1.0..10.0).contains(&o).then_some((t + o, k + 1))
}

/// "fifth", "twenty-first", "twenty first", "hundredth" at `i`: the value
/// and the token after it.
fn compound_ordinal(p: &Parser, i: usize) -> Option<(f64, usize)> {
    let w = p.word(i)?;
    match tens_word(w) {
        Some(t) => tens_ordinal(p, i, t),
        None => ordinal_word(w).map(|(v, _)| (v, i + 1)),
    }
}

fn toks_plural(p: &Parser, from: usize, end: usize) -> bool {
    p.word(end - 1)
        .is_some_and(|w| ordinal_word(w).is_some_and(|(_, pl)| pl))
        && end > from
}

/// A denominator at `i`: "thirds", "twenty-firsts", "hundredths".
fn denominator_at(p: &Parser, i: usize) -> Option<(f64, usize)> {
    let w = p.word(i)?;
    match tens_word(w) {
        Some(t) => tens_ordinal(p, i, t),
        None => denominator(w).map(|(v, _)| (v, i + 1)),
    }
}
