//! Numerals' tokens: words, runs of digits read with their grouping,
//! scale suffix or ordinal ending, fractions and symbols. Digits that name
//! rather than count (phone numbers, addresses, codes) are no token.

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
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
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) range: Range<usize>,
}

/// Groups of three digits apart by a space, narrow or not ("40 000",
/// "1 234 567"), and the spaces that may part them: the numeral scanner's
/// reading and the rules' number parser's (numbers.rs).
pub(crate) const SPACED_GROUPS: &str = r"\d{1,3}(?:[ \x{202f}\x{a0}]\d{3})+";
pub(crate) const GROUP_SPACES: [char; 3] = [' ', '\u{202f}', '\u{a0}'];

fn digits_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            &concat!(
                r"^(?:",
                // 1.111,11 (a decimal comma after dot groups)
                r"(?P<euro>\d{1,3}(?:\.\d{3})+,\d+)",
                // 12,34,567.89 (Indian grouping)
                r"|(?P<indian>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?)",
                r"|(?P<comma>\d{1,3}(?:,\d{3})+(?:\.\d+)?)",
                // 1 234 567, 40 000 (narrow or plain spaces between groups of three)
                r"|(?P<spaced>{SPACED_GROUPS}(?:\.\d+)?)",
                // 1.3x10^6, 1.1^23, 1e10
                r"|(?P<sci>\d+(?:\.\d+)?(?:[eE][+-]?\d+|x10\^[+-]?\d+|\^[+-]{0,2}\d+))",
                r"|(?P<fraction>\d+/\d+)",
                // 5,00 and 1,3: a decimal comma
                r"|(?P<deccomma>\d+,\d{1,2})",
                r"|(?P<plain>\d+(?:\.\d+)?|\.\d+)",
                r")"
            )
            .replace("{SPACED_GROUPS}", SPACED_GROUPS),
        )
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
        let s: String = m
            .as_str()
            .chars()
            .filter(|c| *c != ',' && !GROUP_SPACES.contains(c))
            .collect();
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

/// A run of plain digits read alone ("22" of "22,24,26"; "423" of "423
/// 0000").
fn whole_digits(text: &str, range: Range<usize>) -> Token {
    Token {
        tok: Tok::Num {
            value: text[range.clone()].parse().unwrap_or(0.0),
            integer: true,
            scaled: false,
        },
        range,
    }
}

pub(super) fn tokenize(text: &str) -> Vec<Token> {
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
                out.push(whole_digits(text, i..i + first));
                i += first;
                continue;
            }
            // "423 0000": groups of three must end the run of digits.
            if caps.name("spaced").is_some() && rest.starts_with(|c: char| c.is_ascii_digit()) {
                let len = text[i..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(text.len() - i);
                out.push(whole_digits(text, i..i + len));
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
