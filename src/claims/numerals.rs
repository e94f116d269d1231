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

use super::interval::{Amount, Interval};
use super::numbers::tens_word;
use crate::rules::{HedgeConvention, Lexicon};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

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

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    /// Digits, with a scale suffix already applied ("10k").
    Num {
        value: f64,
        integer: bool,
        scaled: bool,
    },
    /// "21st".
    Ordinal(f64),
    /// "3/4", "½".
    Fraction(f64),
    Sym(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    range: Range<usize>,
}

fn digits_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"^(?:",
            // 1.111,11 (a decimal comma after dot groups)
            r"(?P<euro>\d{1,3}(?:\.\d{3})+,\d+)",
            // 12,34,567.89 (Indian grouping)
            r"|(?P<indian>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?)",
            r"|(?P<comma>\d{1,3}(?:,\d{3})+(?:\.\d+)?)",
            // 1 234 567, 40 000 (narrow or plain spaces between groups of three)
            r"|(?P<spaced>\d{1,3}(?:[ \u{202f}\u{a0}]\d{3})+(?:\.\d+)?)",
            // 1.3x10^6, 1.1^23, 1e10
            r"|(?P<sci>\d+(?:\.\d+)?(?:[eE][+-]?\d+|x10\^[+-]?\d+|\^[+-]{0,2}\d+))",
            r"|(?P<fraction>\d+/\d+)",
            // 5,00 and 1,3: a decimal comma
            r"|(?P<deccomma>\d+,\d{1,2})",
            r"|(?P<plain>\d+(?:\.\d+)?|\.\d+)",
            r")"
        ))
        .expect("the numeral pattern compiles")
    })
}

/// Suffixes glued to digits or one space after them: "10k", "1.2M",
/// "2.33 k", "10 bln". Case matters: "1m" is a metre, "1M" a million.
fn suffix_scale(s: &str) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "M" | "MM" | "mil" | "mn" | "mln" => 1e6,
        "G" | "b" | "B" | "bn" | "bln" => 1e9,
        "tln" | "tn" | "trn" | "T" => 1e12,
        _ => return None,
    })
}

fn unicode_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// The value of a run of digits the pattern matched.
fn digits_value(caps: &regex::Captures) -> Option<(f64, bool)> {
    let clean =
        |s: &str, drop: &[char]| -> String { s.chars().filter(|c| !drop.contains(c)).collect() };
    if let Some(m) = caps.name("euro") {
        let s = clean(m.as_str(), &['.']).replace(',', ".");
        return s.parse().ok().map(|v| (v, false));
    }
    if let Some(m) = caps.name("deccomma") {
        let s = m.as_str().replace(',', ".");
        return s.parse().ok().map(|v: f64| (v, v.fract() == 0.0));
    }
    if let Some(m) = caps
        .name("indian")
        .or(caps.name("comma"))
        .or(caps.name("spaced"))
    {
        let s = clean(m.as_str(), &[',', ' ', '\u{202f}', '\u{a0}']);
        return s.parse().ok().map(|v: f64| (v, !s.contains('.')));
    }
    if let Some(m) = caps.name("sci") {
        let s = m.as_str();
        if let Some((base, exp)) = s.split_once("x10^").or_else(|| s.split_once(['e', 'E'])) {
            let v = format!("{base}e{exp}").parse::<f64>().ok()?;
            return Some((v, v.fract() == 0.0));
        }
        let (base, exp) = s.split_once('^')?;
        let minus = exp.matches('-').count() % 2 == 1;
        let e: f64 = exp.trim_start_matches(['+', '-']).parse().ok()?;
        let v = base.parse::<f64>().ok()?.powf(if minus { -e } else { e });
        return Some((v, false));
    }
    if let Some(m) = caps.name("fraction") {
        let (a, b) = m.as_str().split_once('/')?;
        let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
        return (b != 0.0).then(|| (a / b, false));
    }
    let s = caps.name("plain")?.as_str();
    s.parse().ok().map(|v| (v, !s.contains('.')))
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let starts_number =
            c.is_ascii_digit() || (c == '.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        if starts_number {
            // A digit glued to a letter before it is part of a code ("A1B2").
            let glued_before = text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic);
            let Some(caps) = digits_re().captures(&text[i..]) else {
                i += 1;
                continue;
            };
            let m = caps.get(0).map_or(0, |m| m.end());
            let mut end = i + m;
            let rest = &text[end..];
            // "22,24,26": commas between groups that are not thousands.
            let in_a_list =
                text[..i].ends_with(',') && text[..i - 1].ends_with(|c: char| c.is_ascii_digit());
            let more_commas = caps.name("deccomma").is_some()
                && (in_a_list
                    || rest.starts_with(',')
                        && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
            // "5/17/2018": a date, not a fraction.
            let a_date = (caps.name("fraction").is_some() || caps.name("plain").is_some())
                && (rest.starts_with('/')
                    || rest.starts_with('-') && caps.name("fraction").is_some())
                && rest[1..].starts_with(|c: char| c.is_ascii_digit());
            if a_date || glued_before || a_code(&text[i..], &text[..i]) {
                // Skip the whole run of digits and separators.
                let skip = text[i..]
                    .find(|c: char| !(c.is_ascii_digit() || "/.-,".contains(c)))
                    .unwrap_or(text.len() - i);
                i += skip.max(1);
                continue;
            }
            if more_commas {
                // Read the first group alone.
                let first = text[i..].find(',').unwrap_or(m);
                let v: f64 = text[i..i + first].parse().unwrap_or(0.0);
                out.push(Token {
                    tok: Tok::Num {
                        value: v,
                        integer: true,
                        scaled: false,
                    },
                    range: i..i + first,
                });
                i += first;
                continue;
            }
            // "423 0000": groups of three must end the run of digits.
            if caps.name("spaced").is_some() && rest.starts_with(|c: char| c.is_ascii_digit()) {
                let len = text[i..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(text.len() - i);
                let v: f64 = text[i..i + len].parse().unwrap_or(0.0);
                out.push(Token {
                    tok: Tok::Num {
                        value: v,
                        integer: true,
                        scaled: false,
                    },
                    range: i..i + len,
                });
                i += len;
                continue;
            }
            let Some((mut value, mut integer)) = digits_value(&caps) else {
                i = end;
                continue;
            };
            if caps.name("fraction").is_some() {
                out.push(Token {
                    tok: Tok::Fraction(value),
                    range: i..end,
                });
                i = end;
                continue;
            }
            let letters: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            let after_letters = rest[letters.len()..].chars().next();
            let word_ends = after_letters.is_none_or(|c| !c.is_alphanumeric());
            let mut scaled = false;
            let mut tok = None;
            if !letters.is_empty() {
                let lower = letters.to_ascii_lowercase();
                if let (Some(s), true) = (suffix_scale(&letters), word_ends) {
                    value *= s;
                    integer = value.fract() == 0.0;
                    scaled = true;
                    end += letters.len();
                } else if matches!(lower.as_str(), "st" | "nd" | "rd" | "th")
                    && integer
                    && word_ends
                {
                    end += letters.len();
                    tok = Some(Tok::Ordinal(value));
                } else {
                    // "29km", "10D", "1m": a unit or a code, not a number.
                    i = end + letters.len();
                    continue;
                }
            } else if let Some(sp) = rest.strip_prefix(' ').map(|r| r.trim_start_matches(' ')) {
                // "2.33 k", "1,674.5 G": a lone scale letter after a space.
                let letters: String = sp.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
                let ends = sp[letters.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if ends
                    && matches!(
                        letters.as_str(),
                        "k" | "K" | "M" | "G" | "bn" | "bln" | "tln"
                    )
                {
                    if let Some(s) = suffix_scale(&letters) {
                        value *= s;
                        integer = value.fract() == 0.0;
                        scaled = true;
                        end = text.len() - sp.len() + letters.len();
                    }
                }
            }
            out.push(Token {
                tok: tok.unwrap_or(Tok::Num {
                    value,
                    integer,
                    scaled,
                }),
                range: i..end,
            });
            i = end;
            continue;
        }
        if c.is_alphabetic() {
            let len = text[i..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - i);
            let word = &text[i..i + len];
            out.push(Token {
                tok: Tok::Word(word.to_lowercase()),
                range: i..i + len,
            });
            i += len;
            continue;
        }
        if let Some(v) = unicode_fraction(c) {
            out.push(Token {
                tok: Tok::Fraction(v),
                range: i..i + c.len_utf8(),
            });
        } else if !c.is_whitespace() {
            let c = if matches!(c, '–' | '‑' | '—') {
                '-'
            } else {
                c
            };
            out.push(Token {
                tok: Tok::Sym(c),
                range: i..i + text[i..].chars().next().map_or(1, char::len_utf8),
            });
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Digits that name rather than count: a phone number ("+1-222-2222"), an
/// IP address ("192.168.1.2"), a year and month ("1995-01"), a version
/// ("1.2.3").
fn a_code(from: &str, before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"^(?:\d+(?:[-/]\d+){2,}|\d+(?:\.\d+){2,}|\d{4}-\d{2}\b|\d{3}-\d{4}\b|\d+-\d+[-/])",
        )
        .expect("the code pattern compiles")
    });
    before.ends_with('+') || re.is_match(from)
}

/// A number word below twenty ("nought" and "nil" are zero too).
fn unit_word(w: &str) -> Option<f64> {
    match w {
        "nought" | "naught" | "nil" => Some(0.0),
        _ => super::numbers::unit_word(w),
    }
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "thousands" => 1e3,
        "lakh" | "lakhs" | "lkh" | "lkhs" | "lac" | "lacs" => 1e5,
        "million" | "millions" => 1e6,
        "crore" | "crores" | "krore" | "krores" | "cr" | "koti" => 1e7,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// "fifth" → 5; "thirds" → 3 (plural); "half" → 2; "quarters" → 4.
pub(super) fn ordinal_word(w: &str) -> Option<(f64, bool)> {
    const ORD: [&str; 20] = [
        "zeroth",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let (base, plural) = match w.strip_suffix('s') {
        Some(b) if w != "halves" => (b, true),
        _ => (w, false),
    };
    // "twentyfifth", "thirtyfirst".
    for (k, t) in [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    .iter()
    .enumerate()
    {
        if let Some(rest) = base.strip_prefix(t).filter(|r| !r.is_empty() && *r != "th") {
            let (o, _) = ordinal_word(rest)?;
            return (o < 10.0).then_some(((k as f64 + 2.0) * 10.0 + o, plural));
        }
    }
    let v = match base {
        "nineth" => 9.0,
        "hundredth" => 1e2,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => {
            if let Some(i) = ORD.iter().position(|o| *o == base) {
                i as f64
            } else {
                (TENS.iter().position(|o| *o == base)? as f64 + 2.0) * 10.0
            }
        }
    };
    Some((v, plural))
}

/// Denominators: "half" / "halves", "quarter(s)", and ordinals from "third".
fn denominator(w: &str) -> Option<(f64, bool)> {
    match w {
        "half" => Some((2.0, false)),
        "halves" => Some((2.0, true)),
        "quarter" => Some((4.0, false)),
        "quarters" => Some((4.0, true)),
        _ => ordinal_word(w).filter(|(v, _)| *v >= 3.0),
    }
}

struct Parser<'a> {
    toks: &'a [Token],
    text: &'a str,
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

/// The numerals of `text`, in order, none overlapping.
pub fn scan(text: &str, lexicon: &Lexicon) -> Vec<Numeral> {
    let toks = tokenize(text);
    let p = Parser { toks: &toks, text };
    let mut found: Vec<Numeral> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match read(&p, text, i) {
            Some((n, end)) => {
                found.push(n);
                i = end;
            }
            None => i += 1,
        }
    }
    let found = ranges(text, found);
    // A hedge never reaches into the numeral before it.
    let mut hedged: Vec<Numeral> = Vec::with_capacity(found.len());
    for n in found {
        let prev_end = hedged.last().map_or(0, |p: &Numeral| p.span.end);
        let h = hedge(text, n.clone(), lexicon);
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
    bounds(text, hedged)
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
fn read(p: &Parser, text: &str, i: usize) -> Option<(Numeral, usize)> {
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
        if let Some(fraction @ ("half" | "quarter")) = p.word(lead) {
            let part = if fraction == "half" { 0.5 } else { 0.25 };
            // "half a million", "a quarter of a million".
            let mut k = lead + 1;
            if p.word(k) == Some("of") {
                k += 1;
            }
            if matches!(p.word(k), Some("a" | "an")) {
                k += 1;
            }
            if let Some(s) = p.word(k).and_then(scale_word) {
                return Some(done(sign * part * s, k + 1, false));
            }
            if p.word(k) == Some("dozen") {
                return Some(done(sign * part * 12.0, k + 1, false));
            }
            if lead > from || w == "half" {
                return Some(done(sign * part, lead + 1, false));
            }
            return None;
        }
        match (w, p.word(from + 1)) {
            ("a", Some("pair")) => return Some(done(2.0, from + 2, false)),
            ("a", Some("couple")) => {
                let end = if p.word(from + 2) == Some("of") {
                    from + 3
                } else {
                    from + 2
                };
                return Some(done(2.0, end, false));
            }
            ("a", Some("dozen")) => {
                let end = if p.word(from + 2) == Some("of") {
                    from + 3
                } else {
                    from + 2
                };
                return Some(done(12.0, end, false));
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
                value += num / den * scale;
                end = e;
                // "five and a half million".
                if scale == 1.0 {
                    if let Some(s) = p.word(end).and_then(scale_word) {
                        value *= s;
                        end += 1;
                    }
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

/// "between 20 and 30", "from 200 to 3000000", "1000-5000", "5k-20k".
fn ranges(text: &str, found: Vec<Numeral>) -> Vec<Numeral> {
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
fn hedge(text: &str, mut n: Numeral, lexicon: &Lexicon) -> Numeral {
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
fn bounds(text: &str, found: Vec<Numeral>) -> Vec<Numeral> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
            ("a fifth", 0.2),
            ("three and a fifth", 3.2),
            ("one and a half", 1.5),
            ("3 million and a half", 3_500_000.0),
            ("five and a half million", 5_500_000.0),
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
