//! Claims that make one claim together, joined after each sentence's
//! rules have run: two dates as a range ("from January to April 2015"), a
//! length in parts as one length ("2 years and 3 months"), and a length
//! before or after a date as a date ("three days after Easter"), and the
//! week of a day ("the week of March 10").

use super::{Claim, DateRange, Kind};
use regex::Regex;
use std::sync::LazyLock;

/// Two dates joined as a range are one date claim: "from 26 June 2020 to
/// 28 June 2020", "between March 2024 and May 2025", "from January to
/// April 2015" (a first date without its year takes the second's); a day
/// of the month before a date, "from 4 to January 22, 1995"; and a date to
/// publication, "between Jan 2019 and now", "from March to date".
pub(super) fn join_date_ranges(
    prose: &str,
    found: Vec<Claim>,
    anchor: Option<jiff::civil::Date>,
) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::with_capacity(found.len());
    let mut it = found.into_iter().map(|c| from_day_to(prose, c)).peekable();
    while let Some(a) = it.next() {
        let joined = it.peek().and_then(|b| join_two(prose, &a, b));
        match joined {
            Some(c) => {
                it.next();
                out.push(c);
            }
            None => out.push(a),
        }
    }
    out.into_iter()
        .map(|c| until_now(prose, c, anchor))
        .collect()
}

/// "from 4 to January 22, 1995", "between 2 and 7 Feb 2018": a day of the
/// month before a day is the range from that day of its month.
fn from_day_to(prose: &str, b: Claim) -> Claim {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(from|between)\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:[\s-][a-z]+)?)\s*(-|–|to|till|until|through|thru|and)\s*(?:the\s+)?$",
        )
        .expect("a valid pattern")
    });
    let Some(day) = b.date.filter(|d| b.kind == Kind::Date && d.start == d.end) else {
        return b;
    };
    let before = &prose[b.sentence.start..b.span.start];
    let Some(caps) = LEAD.captures(before) else {
        return b;
    };
    let between = caps[1].eq_ignore_ascii_case("between");
    if between != caps[3].eq_ignore_ascii_case("and") {
        return b;
    }
    let n = caps[2].trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n = n
        .parse::<i8>()
        .ok()
        .or_else(|| super::numbers::parse_ordinal(&caps[2]).map(|v| v as i8));
    let Some(first) =
        n.and_then(|n| jiff::civil::Date::new(day.start.year(), day.start.month(), n).ok())
    else {
        return b;
    };
    if first >= day.start {
        return b;
    }
    let mut c = b;
    c.rule = "date.range".into();
    c.span.start = c.sentence.start + caps.get(0).map_or(0, |m| m.start());
    c.date = Some(DateRange::span(first, day.end, super::Precision::Span));
    c
}

/// "between Jan 2019 and now", "from March to date": from a date to
/// publication.
fn until_now(prose: &str, c: Claim, anchor: Option<jiff::civil::Date>) -> Claim {
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(and|to|till|until|through)\s+(?:now|date|the\s+present(?:\s+day)?|(?:the\s+)?current\s+date)\b",
        )
        .expect("a valid pattern")
    });
    let (Some(a), Some(d)) = (anchor, c.date) else {
        return c;
    };
    if c.kind != Kind::Date || d.start > a {
        return c;
    }
    let rest = &prose[c.span.end..c.sentence.end.max(c.span.end)];
    let Some(caps) = TAIL.captures(rest) else {
        return c;
    };
    let before = prose[c.sentence.start..c.span.start].trim_end();
    let text = prose[c.span.clone()].to_ascii_lowercase();
    let lead =
        |w: &str| text.starts_with(&format!("{w} ")) || super::numerals::ends_with_word(before, w);
    let ok = if caps[1].eq_ignore_ascii_case("and") {
        lead("between")
    } else {
        lead("from") || lead("since")
    };
    if !ok {
        return c;
    }
    let mut j = c;
    if !text.starts_with("from ") && !text.starts_with("between ") && !text.starts_with("since ") {
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        j.span.start = j.sentence.start + before.len() - word.len();
    }
    j.span.end += caps.get(0).map_or(0, |m| m.end());
    j.rule = "date.range".into();
    j.date = Some(DateRange::span(d.start, a, super::Precision::Span));
    j
}

fn join_two(prose: &str, a: &Claim, b: &Claim) -> Option<Claim> {
    if a.kind != Kind::Date || b.kind != Kind::Date || a.span.end > b.span.start {
        return None;
    }
    let (da, db) = (a.date?, b.date?);
    let mid = prose[a.span.end..b.span.start].trim().to_lowercase();
    let before = prose[a.sentence.start..a.span.start].trim_end();
    let lead = |w: &str| super::numerals::ends_with_word(before, w);
    let a_text = prose[a.span.clone()].to_lowercase();
    let start = match mid.as_str() {
        "and" if lead("between") => before.len() - "between".len() + a.sentence.start,
        "and" if a_text.starts_with("between ") => a.span.start,
        "to" | "till" | "until" | "through" | "-" | "–" if lead("from") => {
            before.len() - "from".len() + a.sentence.start
        }
        "to" | "till" | "until" | "through" if a_text.starts_with("from ") => a.span.start,
        "-" | "–" | "to" | "through" => a.span.start,
        _ => return None,
    };
    // A first date with no year of its own ("January" of "from January to
    // April 2015", "Feb 1st" of "from Feb 1st to March 2019") is in the
    // second's year, or the year before when it would come after it.
    let mut first = da;
    let shift = |r: &mut DateRange, years: i16| -> Option<()> {
        let by = |d: jiff::civil::Date| d.checked_sub(jiff::Span::new().years(years)).ok();
        r.start = by(r.start)?;
        r.end = by(r.end)?;
        Some(())
    };
    let a_yearless = yearless(a, &a_text);
    let years = first.start.year() - db.start.year();
    if a_yearless && years != 0 {
        shift(&mut first, years)?;
    }
    let mut db = db;
    if first.start > db.start && a_yearless {
        let years = first.start.year() - db.start.year();
        shift(&mut first, years)?;
        if first.start > db.start {
            shift(&mut first, 1)?;
        }
    }
    if first.start > db.start {
        // "from Friday the 11th until Tuesday the 15th": a weekday and a
        // day with no month end on the first such day after the start.
        let b_text = prose[b.span.clone()].to_lowercase();
        db = DateRange::day(next_weekday_day(&b_text, first.start)?);
    }
    if first.start > db.start {
        return None;
    }
    let mut c = a.clone();
    c.rule = "date.range".into();
    c.span = start..b.span.end;
    c.date = Some(DateRange::span(
        first.start,
        db.end.max(first.end),
        super::Precision::Span,
    ));
    c.unresolved = a.unresolved.clone().or(b.unresolved.clone());
    Some(c)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edge {
    Start,
    End,
}

/// "the end of December", "beginning of this year": a claim of the first
/// or last part of a period.
fn edge_of_period(text: &str) -> Option<Edge> {
    let lower = text.to_ascii_lowercase();
    let rest = lower.strip_prefix("the ").unwrap_or(&lower);
    if rest.starts_with("end of ") {
        Some(Edge::End)
    } else if rest.starts_with("beginning of ") || rest.starts_with("start of ") {
        Some(Edge::Start)
    } else {
        None
    }
}

/// A date of a weekday and a day of the month alone ("Tuesday the 15th"):
/// the first such day after `after`, within fourteen months.
fn next_weekday_day(text: &str, after: jiff::civil::Date) -> Option<jiff::civil::Date> {
    let words: Vec<&str> = text
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| {
        super::dates::month_number(w).is_some()
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    }) {
        return None;
    }
    let weekday = words.iter().find_map(|w| super::dates::weekday_named(w))?;
    let day: i8 = words.iter().find_map(|w| {
        let figures = w.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
        figures.parse().ok()
    })?;
    let mut month = after.first_of_month();
    for _ in 0..14 {
        if let Ok(d) = jiff::civil::Date::new(month.year(), month.month(), day) {
            if d > after && d.weekday() == weekday {
                return Some(d);
            }
        }
        month = month.checked_add(jiff::Span::new().months(1)).ok()?;
    }
    None
}

/// Whether a date was written without a year: a month, or a day of one,
/// with no year in its text.
fn yearless(c: &Claim, text: &str) -> bool {
    const RULES: [&str; 7] = [
        "date.month",
        "date.month-day-figures",
        "date.month-day",
        "date.day-month",
        "date.day-word",
        "date.month-dash-day",
        "date.day-range",
    ];
    RULES.contains(&c.rule.as_str())
        && text.chars().filter(char::is_ascii_digit).nth(2).is_none()
        && !["thousand", "hundred", "nineteen", "twenty "]
            .iter()
            .any(|w| text.contains(w))
}

/// A length of time in parts is one duration, in its smallest unit: "2
/// years and 3 months" is 27 months, "1 hour, 30 minutes" 90 minutes; "an
/// hour and a half" is 1.5 hours.
pub(super) fn join_durations(
    prose: &str,
    found: Vec<Claim>,
    lexicon: &crate::rules::Lexicon,
) -> Vec<Claim> {
    let out = fold_pairs(found, |a, c| {
        let mid = prose.get(a.span.end..c.span.start)?.trim();
        matches!(mid, "" | "and" | "," | ", and")
            .then(|| add_durations(a, c, lexicon))
            .flatten()
    });
    let mut out = fold_pairs(out, |a, c| {
        let mid = prose.get(a.span.end..c.span.start)?.trim();
        // Not after a comma: "it lasted 3 years, 2 days ago it ended".
        matches!(mid, "" | "and")
            .then(|| further_ago(prose, a, c))
            .flatten()
    });
    for c in out.iter_mut().filter(|c| c.kind == Kind::Duration) {
        let rest = &prose[c.span.end..c.sentence.end.max(c.span.end)];
        // "1 hour thirty", "2 hours and 10": a number under sixty that ends
        // the clause is the minutes.
        if let (Some("hours"), Some(caps)) = (c.unit.as_deref(), BARE_CENTS.captures(rest)) {
            let hours = c.amount.and_then(|a| a.interval.point());
            let n = &caps[1];
            let minutes = n
                .parse::<f64>()
                .ok()
                .or_else(|| super::numbers::parse_number(n)?.value);
            if let (Some(h), Some(m), None) = (hours, minutes, caps.name("cents")) {
                if h.fract() == 0.0 && (1.0..60.0).contains(&m) && m.fract() == 0.0 {
                    c.amount = Some(super::Amount::exact(h * 60.0 + m));
                    c.unit = Some("minutes".into());
                    c.rule = "duration.compound".into();
                    c.span.end += caps.get(1).map_or(0, |g| g.end());
                    continue;
                }
            }
        }
        let lower = rest.trim_start().to_ascii_lowercase();
        let gap = rest.len() - lower.len();
        // "two years and a half", "an hour and a quarter"; not "and a
        // quarter of the budget".
        let part = [
            ("and a half", 0.5),
            ("and half", 0.5),
            ("and a quarter", 0.25),
            ("and three quarters", 0.75),
        ]
        .into_iter()
        .find(|(h, _)| {
            lower.strip_prefix(*h).is_some_and(|after| {
                !after.starts_with(char::is_alphanumeric) && !after.trim_start().starts_with("of ")
            })
        });
        if let (Some((h, part)), Some(a)) = (part, c.amount.as_mut()) {
            if let Some(n) = a.interval.point() {
                *a = super::Amount::exact(n + part);
                c.span.end += gap + h.len();
            }
        }
    }
    out
}

/// "1 month 21 days ago": a length before an "ago" date in a smaller unit
/// moves that date back by it.
fn further_ago(prose: &str, a: &Claim, b: &Claim) -> Option<Claim> {
    if a.kind != Kind::Duration || a.event.is_some() || a.hedge.is_some() || b.rule != "date.ago" {
        return None;
    }
    let n = a.amount?.interval.point()?;
    let unit = a.unit.as_deref()?;
    let (da, _) = super::period_days(unit)?;
    let db = prose[b.span.clone()]
        .split_whitespace()
        .find_map(super::period_days)
        .map(|(d, _)| d)?;
    if db >= da {
        return None;
    }
    let date = b.date?;
    let mut c = b.clone();
    c.span = a.span.start..b.span.end;
    c.date = Some(DateRange {
        start: super::shift(date.start, -n, unit)?,
        end: super::shift(date.end, -n, unit)?,
        nominal: None,
        ..date
    });
    Some(c)
}

/// The second part of a length in parts is exact; a hedge on the first
/// ("more than 1 hour and 30 minutes") holds for the whole, and so does
/// what lasted it, named before ("the siege lasted 2 years and 3 months").
fn add_durations(a: &Claim, b: &Claim, lexicon: &crate::rules::Lexicon) -> Option<Claim> {
    if a.kind != Kind::Duration
        || b.kind != Kind::Duration
        || (a.event.is_some() && a.rule != "duration.lasted")
        || b.event.is_some()
        || b.hedge.is_some()
    {
        return None;
    }
    let (da, _) = super::period_days(a.unit.as_deref()?)?;
    let (db, _) = super::period_days(b.unit.as_deref()?)?;
    let (x, hedge) = stated(a, lexicon)?;
    let y = b.amount?.interval.point()?;
    if db >= da {
        return None;
    }
    let mut c = b.clone();
    c.rule = "duration.compound".into();
    c.span = a.span.start..b.span.end;
    c.hedge = a.hedge.clone();
    c.event = a.event.clone();
    // Calendar units do not divide evenly: keep what the text adds up to
    // to the nearest hundredth.
    let total = ((x * da / db + y) * 100.0).round() / 100.0;
    c.amount = Some(under(total, hedge));
    Some(c)
}

/// The number a claim states, and the hedge that made it an interval: "more
/// than 1 hour" states 1 under "above"; an unhedged claim its one value.
fn stated(
    c: &Claim,
    lexicon: &crate::rules::Lexicon,
) -> Option<(f64, Option<crate::rules::HedgeConvention>)> {
    match c.hedge.as_deref().and_then(|h| lexicon.hedge(h)) {
        Some(h) => Some((c.amount?.nominal?, Some(h))),
        None => Some((c.amount?.interval.point()?, None)),
    }
}

/// `total` under a hedge, or exact.
fn under(total: f64, hedge: Option<crate::rules::HedgeConvention>) -> super::Amount {
    match hedge {
        Some(h) => super::Amount {
            nominal: Some(total),
            interval: super::Interval::hedged(total, h),
        },
        None => super::Amount::exact(total),
    }
}

/// An amount and its hundredths are one amount: "20 dollars 43 cents",
/// "$20 and 43 cents", "3 GBP 1 pence" (20.43 and 3.01).
pub(super) fn join_cents(
    prose: &str,
    found: Vec<Claim>,
    lexicon: &crate::rules::Lexicon,
) -> Vec<Claim> {
    let hundredths = |c: &Claim| matches!(c.unit.as_deref(), Some("cents" | "pence"));
    let joined = fold_pairs(found, |a, b| {
        if a.kind != Kind::Money || b.kind != Kind::Money || hundredths(a) || !hundredths(b) {
            return None;
        }
        let mid = prose.get(a.span.end..b.span.start)?.trim();
        // Not a comma: "$20, 43 cents of which went to tax".
        if !matches!(mid, "" | "and") {
            return None;
        }
        let y = b.amount?.interval.point()?;
        with_cents(a, y, b.span.end, lexicon)
    });
    // "15 dollars 50.", "twenty ringgit and 43", "$20 and 43c": a number
    // under a hundred that ends the clause is the hundredths.
    joined
        .into_iter()
        .map(|a| {
            // "$3 million 50" is no $3,000,000.50.
            if a.kind != Kind::Money
                || hundredths(&a)
                || super::amount_ranges::scale_in(&prose[a.span.clone()]).is_some()
            {
                return a;
            }
            let rest = &prose[a.span.end..a.sentence.end.max(a.span.end)];
            let Some(caps) = BARE_CENTS.captures(rest) else {
                return a;
            };
            let n = &caps[1];
            let y = n
                .parse::<f64>()
                .ok()
                .or_else(|| super::numbers::parse_number(n)?.value);
            // "$20 and 43c": the mark is part of the amount.
            let last = caps.name("cents").or(caps.get(1));
            let end = a.span.end + last.map_or(0, |m| m.end());
            y.and_then(|y| with_cents(&a, y, end, lexicon)).unwrap_or(a)
        })
        .collect()
}

static BARE_CENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:and\s+)?(\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?P<cents>c|¢)?\s*(?:$|[.!?;)])",
    )
    .expect("a valid pattern")
});

/// An amount in whole units and its hundredths, `y`, as one amount ending
/// at `end`; a hedge on the whole amount ("more than $1 and 42 cents")
/// holds for the sum.
fn with_cents(a: &Claim, y: f64, end: usize, lexicon: &crate::rules::Lexicon) -> Option<Claim> {
    let (x, hedge) = stated(a, lexicon)?;
    if x.fract() != 0.0 || !(0.0..100.0).contains(&y) || y.fract() != 0.0 {
        return None;
    }
    let total = ((x * 100.0 + y).round()) / 100.0;
    let mut j = a.clone();
    j.span = a.span.start..end;
    j.amount = Some(under(total, hedge));
    Some(j)
}

/// A length or a mass in parts is one, in its smallest unit: "7 feet 10
/// inches" is 94 inches, "2 km and 1 metre" 2,001 metres, "2 yards 7 feet
/// 10 inches" 166 inches. After a comma each part must be less than one of
/// the unit before it ("2 km, 5,000 metres" are two).
pub(super) fn join_measures(prose: &str, found: Vec<Claim>) -> Vec<Claim> {
    // "5 ft 2 in": inches after feet, where "in" ends the measure.
    static INCHES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?i)^\s+(\d{1,2})\s*(?P<mark>in\b|")(?:\s*$|\s*[.,;:!?)]|\s+(?:tall|long|wide|high|deep)\b)"#,
        )
        .expect("a valid pattern")
    });
    let found = found
        .into_iter()
        .map(|a| {
            if a.kind != Kind::Quantity || a.unit.as_deref() != Some("feet") {
                return a;
            }
            let rest = &prose[a.span.end..a.sentence.end.max(a.span.end)];
            let (Some(caps), Some(feet)) = (
                INCHES.captures(rest),
                a.amount.and_then(|x| x.interval.point()),
            ) else {
                return a;
            };
            let Ok(inches) = caps[1].parse::<f64>() else {
                return a;
            };
            if inches >= 12.0 || feet < 0.0 {
                return a;
            }
            let mut j = a.clone();
            j.rule = "quantity.compound".into();
            j.span.end = a.span.end + caps.name("mark").map_or(0, |m| m.end());
            j.unit = Some("inches".into());
            j.noun = caps.name("mark").map(|m| m.as_str().to_string());
            j.amount = Some(super::Amount::exact(feet * 12.0 + inches));
            j
        })
        .collect();
    fold_pairs(found, |a, b| {
        if a.kind != Kind::Quantity || b.kind != Kind::Quantity {
            return None;
        }
        let mid = prose.get(a.span.end..b.span.start)?.trim();
        if !matches!(mid, "" | "and" | "," | ", and") {
            return None;
        }
        let (da, sa) = super::unit_size(a.unit.as_deref()?)?;
        let (db, sb) = super::unit_size(b.unit.as_deref()?)?;
        let (x, y) = (a.amount?.interval.point()?, b.amount?.interval.point()?);
        // A part as large as one of the unit before is a second measure
        // after a comma ("2 km, 5,000 metres"), but adds to the first
        // with no comma ("2 yards 7 feet" is 13 feet).
        let listed = mid.contains(',');
        if da != db || sb >= sa || (listed && y * sb >= sa) || y < 0.0 || x < 0.0 {
            return None;
        }
        let mut j = b.clone();
        j.rule = "quantity.compound".into();
        j.span = a.span.start..b.span.end;
        let total = x * sa / sb + y;
        j.amount = Some(super::Amount::exact((total * 1e6).round() / 1e6));
        Some(j)
    })
}

/// The rule for "in a week" in a clause about the future: its claims are
/// dates after publication or nothing.
const IN_A: &str = "date.in-a";

/// A length of time before or after a date is a date: "three days after
/// Easter", "2 weeks before May 13 1999", "4 months from tomorrow"; and
/// after publication, "three weeks hence", "two years from now".
pub(super) fn join_offsets(
    prose: &str,
    found: Vec<Claim>,
    anchor: Option<jiff::civil::Date>,
) -> Vec<Claim> {
    let found = found
        .into_iter()
        .map(|d| from_now(prose, d, anchor))
        // "in a year" that is no date is no length either: "the deadliest
        // attack in a year".
        .filter(|c| !(c.rule == IN_A && c.kind == Kind::Duration))
        .collect();
    let found = fold_pairs(found, |a, b| lasting(prose, a, b));
    fold_pairs(found, |d, c| {
        if d.kind != Kind::Duration || d.event.is_some() || d.date.is_some() || !c.kind.is_date() {
            return None;
        }
        let mid = prose
            .get(d.span.end..c.span.start)?
            .trim()
            .to_ascii_lowercase();
        let sign = match mid.as_str() {
            "before" | "prior to" => -1.0,
            "after" | "from" | "following" => 1.0,
            _ => return None,
        };
        let n = d.amount?.interval.point()?;
        let unit = d.unit.as_deref()?;
        let date = c.date?;
        let mut j = c.clone();
        j.kind = Kind::Date;
        j.rule = "date.offset".into();
        j.span = d.span.start..c.span.end;
        j.date = Some(DateRange {
            start: super::shift(date.start, sign * n, unit)?,
            end: super::shift(date.end, sign * n, unit)?,
            nominal: None,
            ..date
        });
        Some(j)
    })
}

/// "the Labor Day weekend", "the weekend of Halloween": the weekend the
/// holiday falls on or next to, with the holiday: Saturday to Monday for a
/// Monday, the holiday to Sunday from Wednesday to Friday.
pub(super) fn holiday_weekends(prose: &str, found: Vec<Claim>) -> Vec<Claim> {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:the\s+)?weekend\s+(?:of|after)\s+$").expect("a valid pattern")
    });
    static AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\s+weekend\b").expect("a valid pattern"));
    found
        .into_iter()
        .map(|c| {
            let Some(day) = c
                .date
                .filter(|d| c.rule == "date.holiday" && d.start == d.end)
            else {
                return c;
            };
            let before = &prose[c.sentence.start..c.span.start];
            let after = &prose[c.span.end..c.sentence.end.max(c.span.end)];
            let (start, end) = match (BEFORE.find(before), AFTER.find(after)) {
                (Some(m), _) => (c.sentence.start + m.start(), c.span.end),
                (None, Some(m)) => (c.span.start, c.span.end + m.end()),
                _ => return c,
            };
            let d = day.start;
            let from_monday = i64::from(d.weekday().to_monday_zero_offset());
            let (first, last) = match from_monday {
                // Monday, Tuesday: from the Saturday before.
                0 | 1 => (super::add_days(d, -2 - from_monday), Some(d)),
                // Wednesday to Friday: to the Sunday after.
                2..=4 => (Some(d), super::add_days(d, 6 - from_monday)),
                5 => (Some(d), super::add_days(d, 1)),
                _ => (super::add_days(d, -1), Some(d)),
            };
            let (Some(first), Some(last)) = (first, last) else {
                return c;
            };
            let mut j = c;
            j.rule = "date.holiday-weekend".into();
            j.span = start..end;
            j.date = Some(DateRange::span(first, last, super::Precision::Span));
            j
        })
        .collect()
}

/// A length of time that runs from a date is the range of its days: "for
/// 90 days from March 1" (not the day 90 days after it), "2 weeks starting
/// May 20th", "18th Dec for 10 days".
fn lasting(prose: &str, a: &Claim, b: &Claim) -> Option<Claim> {
    let mid = prose
        .get(a.span.end..b.span.start)?
        .trim()
        .trim_start_matches(',')
        .trim()
        .to_ascii_lowercase();
    let (d, c) = match (a.kind, b.kind) {
        (Kind::Duration, k) if k.is_date() => {
            let starting = matches!(
                mid.as_str(),
                "starting" | "starting from" | "starting on" | "beginning" | "beginning on"
            );
            let for_before = super::numerals::ends_with_word(
                prose[a.sentence.start..a.span.start].trim_end(),
                "for",
            );
            if !(starting || (for_before && matches!(mid.as_str(), "from" | "as of"))) {
                return None;
            }
            (a, b)
        }
        (k, Kind::Duration) if k.is_date() && mid == "for" => (b, a),
        _ => return None,
    };
    if d.event.is_some() || d.date.is_some() || d.hedge.is_some() {
        return None;
    }
    let n = d.amount?.interval.point()?;
    let unit = d.unit.as_deref()?;
    let date = c.date?;
    let end = super::add_days(super::shift(date.start, n, unit)?, -1)?;
    if end < date.start {
        return None;
    }
    let mut j = c.clone();
    j.kind = Kind::Date;
    j.rule = "date.range".into();
    j.span = a.span.start.min(b.span.start)..a.span.end.max(b.span.end);
    j.date = Some(DateRange::span(date.start, end, super::Precision::Span));
    Some(j)
}

/// A length of time followed by "hence" or "from now" is the date that
/// far after publication (so is "in" a length in a clause about the
/// future); "within" a length in such a clause is every day up to it.
fn from_now(prose: &str, d: Claim, anchor: Option<jiff::civil::Date>) -> Claim {
    if d.kind != Kind::Duration || d.event.is_some() || d.date.is_some() {
        return d;
    }
    let rest = &prose[d.span.end..d.sentence.end.max(d.span.end)];
    let lower = rest.trim_start().to_ascii_lowercase();
    let gap = rest.len() - lower.len();
    let after = ["hence", "from now"]
        .into_iter()
        .find(|w| lower.starts_with(w) && !lower[w.len()..].starts_with(char::is_alphanumeric));
    // "will expire in 30 days": "in" a length, in a sentence that speaks of
    // the future before it. Without that, "captured in two weeks" is a
    // length of time.
    let before = prose[d.sentence.start..d.span.start].trim_end();
    // "in two weeks' time", "in a month's time" say the future themselves.
    let in_time = ["'s time", "’s time", "' time", "’ time"]
        .iter()
        .any(|w| lower.starts_with(w));
    let future_in = after.is_none()
        && super::numerals::ends_with_word(before, "in")
        && (in_time || speaks_of_the_future(&before[..before.len() - 2]));
    // "will be back within 5 days": every day from publication to then.
    let within = after.is_none()
        && !future_in
        && super::numerals::ends_with_word(before, "within")
        && speaks_of_the_future(&before[..before.len() - "within".len()]);
    if after.is_none() && !future_in && !within {
        return d;
    }
    let (Some(a), Some(n), Some(unit)) = (
        anchor,
        d.amount.and_then(|a| a.interval.point()),
        d.unit.as_deref(),
    ) else {
        return d;
    };
    let Some(day) = super::shift(a, n, unit) else {
        return d;
    };
    let mut j = d.clone();
    j.kind = Kind::Date;
    if d.rule != IN_A {
        j.rule = "date.from-now".into();
    }
    j.amount = None;
    j.unit = None;
    j.noun = None;
    j.hedge = None;
    match after {
        Some(word) => j.span.end += gap + word.len(),
        None if within => j.span.start = d.sentence.start + before.len() - "within".len(),
        None => j.span.start = d.sentence.start + before.len() - 2,
    }
    j.date = Some(if within {
        j.rule = "date.within".into();
        DateRange::span(a, day, super::Precision::Span)
    } else {
        DateRange::day(day)
    });
    j
}

/// Whether a clause says what will be: "will", "'ll", "is due to", "is
/// expected to", "is set to", "is scheduled to", "plans to", "is going to",
/// "wants to", "hopes to", "aims to", "is scheduled for", "is due on"; or
/// asks for it ("schedule a meeting").
pub(super) fn speaks_of_the_future(text: &str) -> bool {
    // The clause the length belongs to: after the last comma or semicolon.
    let clause = text
        .rsplit([',', ';'])
        .next()
        .unwrap_or(text)
        .to_ascii_lowercase();
    let clause = clause.replace('’', "'");
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    // A request to arrange something ("schedule a meeting in 10 days",
    // "please book a room ..."): the clause's first verb, bare.
    // The verb takes an object ("Schedule a meeting", "book us a room");
    // "Schedule changes in 10 days angered fans" is the noun.
    // Before it: "please", "so", "help me", "can you", "let's".
    let mut at = words.iter().position(|w| *w != "please" && *w != "so");
    if let Some(i) = at {
        let skip = match (words[i], words.get(i + 1).copied()) {
            ("help", Some("me" | "us")) | ("can" | "could", Some("you")) | ("let", Some("us")) => 2,
            ("let's", _) => 1,
            _ => 0,
        };
        at = Some(i + skip).filter(|&j| j < words.len());
        if let Some(j) = at {
            if words[j] == "please" {
                at = Some(j + 1).filter(|&k| k < words.len());
            }
        }
    }
    let object = |i: usize| {
        words.get(i + 1).is_some_and(|w| {
            matches!(
                *w,
                "a" | "an"
                    | "the"
                    | "another"
                    | "me"
                    | "us"
                    | "him"
                    | "her"
                    | "them"
                    | "it"
                    | "my"
                    | "our"
                    | "your"
                    | "their"
                    | "this"
                    | "that"
            )
        })
    };
    let request = at.is_some_and(|i| {
        matches!(
            words[i],
            "schedule" | "reschedule" | "book" | "arrange" | "organize" | "organise"
        ) && object(i)
            // "set up a call".
            || (words[i] == "set" && words.get(i + 1) == Some(&"up") && object(i + 1))
    });
    request
        || words.iter().enumerate().any(|(i, w)| {
            let next = words.get(i + 1).copied();
            matches!(*w, "will" | "shall") && next != Some("not")
                || w.ends_with("'ll")
                || (matches!(
                    *w,
                    "due"
                        | "expected"
                        | "set"
                        | "scheduled"
                        | "going"
                        | "plans"
                        | "planned"
                        | "plan"
                        | "planning"
                        | "want"
                        | "wants"
                        | "hope"
                        | "hopes"
                        | "intend"
                        | "intends"
                        | "aim"
                        | "aims"
                ) && next == Some("to"))
                // "is scheduled for", "is due on".
                || (matches!(*w, "scheduled" | "slated" | "set" | "planned" | "due")
                    && next == Some("for"))
                || (*w == "due" && matches!(next, Some("on" | "in" | "by")))
        })
}

/// Nouns of what has happened: the weekday after one is its day, whatever
/// the tense of the clause.
pub(super) const PAST_EVENTS: &[&str] = &[
    "strike",
    "strikes",
    "attack",
    "attacks",
    "shelling",
    "bombing",
    "raid",
    "raids",
    "explosion",
    "blast",
    "assault",
    "killing",
    "killings",
    "massacre",
    "crash",
    "fire",
    "incident",
];

/// "Talks will resume on Saturday", "will meet over the weekend": a weekday
/// or weekend in a clause about the future is the first on or after
/// publication, where the past reading takes the last ("talks resumed on
/// Saturday"). A modifier ("last", "next", "this") has already chosen.
pub(super) fn future_weekdays(
    prose: &str,
    mut found: Vec<Claim>,
    anchor: Option<jiff::civil::Date>,
) -> Vec<Claim> {
    let Some(a) = anchor else {
        return found;
    };
    for c in found
        .iter_mut()
        .filter(|c| matches!(c.rule.as_str(), "date.weekday" | "date.relative"))
    {
        let text = prose[c.span.clone()].to_ascii_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        let open = c.rule == "date.weekday" || words.last().is_some_and(|w| *w == "weekend");
        let chosen = words.iter().any(|w| {
            matches!(
                *w,
                "last" | "next" | "this" | "past" | "previous" | "coming"
            )
        });
        let Some(d) = c.date.filter(|d| open && !chosen && d.end < a) else {
            continue;
        };
        let before = &prose[c.sentence.start..c.span.start];
        // "will investigate the strike on Saturday": the day of something
        // that happened, named after the future verb.
        let of_an_event = before
            .split_whitespace()
            .next_back()
            .map(|w| w.trim_end_matches([',', '’', '\'']).to_ascii_lowercase())
            .is_some_and(|w| PAST_EVENTS.contains(&w.as_str()));
        // "Monday's attack".
        let possessive = prose[c.span.end..].starts_with(['\'', '’']);
        if of_an_event || possessive || !speaks_of_the_future(before) {
            continue;
        }
        if let (Some(start), Some(end)) = (super::add_days(d.start, 7), super::add_days(d.end, 7)) {
            c.date = Some(DateRange { start, end, ..d });
        }
    }
    found
}

/// A time of day, as written between "from" or "until" and a weekday:
/// "6pm", "18:00 Moscow time", "midnight".
const TIME_OF_DAY: &str = r"(?:midnight|noon|midday|dawn|dusk|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)(?:\s+[A-Z][a-z]+\s+time)?";

/// "from Saturday to Monday", "from 6pm on Saturday until midnight on
/// Sunday", "between Friday and Sunday": the days from the first weekday
/// to the second. Read back, the second is the last such day and the
/// first the last such one before it ("went on from Tuesday to Monday",
/// published on a Wednesday, is the week up to Monday); read ahead, the
/// first is the next and the second the first such after it. Runs after
/// `future_weekdays`, so that a range in a clause about the future is
/// ahead ("will run from Saturday to Monday").
pub(super) fn weekday_ranges(
    prose: &str,
    found: Vec<Claim>,
    anchor: Option<jiff::civil::Date>,
) -> Vec<Claim> {
    static MID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^\s*(?P<w>to|till|until|through|thru|and|-|–)\s+(?:{TIME_OF_DAY}\s+)?$"
        ))
        .expect("weekday-range middle")
    });
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b(?P<w>from|between)\s+(?:{TIME_OF_DAY}\s+)?$"
        ))
        .expect("weekday-range lead")
    });
    fold_pairs(found, |a, b| {
        if a.kind != Kind::Weekday || b.kind != Kind::Weekday || a.span.end > b.span.start {
            return None;
        }
        let mid = MID.captures(&prose[a.span.end..b.span.start])?;
        let lead = LEAD.captures(&prose[a.sentence.start..a.span.start])?;
        let between = lead["w"].eq_ignore_ascii_case("between");
        if between != mid["w"].eq_ignore_ascii_case("and") {
            return None;
        }
        let (da, db) = (a.date?, b.date?);
        let (mut start, mut end) = (da.start, db.end);
        let back = anchor.is_none_or(|p| end <= p);
        while end < start {
            if back {
                start = super::add_days(start, -7)?;
            } else {
                end = super::add_days(end, 7)?;
            }
        }
        let mut c = a.clone();
        c.kind = Kind::Date;
        c.rule = "date.weekday-range".into();
        c.span = a.sentence.start + lead.get(0)?.start()..b.span.end;
        c.date = Some(DateRange::span(start, end, super::Precision::Span));
        Some(c)
    })
}

/// "the week of March 10", "the week starting on February 4": the Monday
/// to Sunday week holding that day.
pub(super) fn weeks_of(prose: &str, mut found: Vec<Claim>) -> Vec<Claim> {
    for c in found.iter_mut().filter(|c| c.kind == Kind::Date) {
        let Some(d) = c.date.filter(|d| d.start == d.end) else {
            continue;
        };
        let before = prose[c.sentence.start..c.span.start].trim_end();
        let lead = [
            "the week of",
            "week of",
            "the week starting on",
            "the week starting",
            "the week beginning on",
            "the week beginning",
            "the week commencing",
            "w/c",
        ]
        .into_iter()
        .find(|w| super::numerals::ends_with_word(before, w));
        let Some(week) = super::week_of(d.start) else {
            continue;
        };
        // "week of" inside the claim ("(the) week of the 18th"): the span
        // takes a "the" before it.
        let own = prose[c.span.clone()].get(..8).map(str::to_ascii_lowercase);
        match (lead, own.as_deref()) {
            (Some(lead), _) => c.span.start = c.sentence.start + before.len() - lead.len(),
            (None, Some("week of ")) => {
                if super::numerals::ends_with_word(before, "the") {
                    c.span.start = c.sentence.start + before.len() - "the".len();
                }
            }
            (None, _) => continue,
        }
        c.rule = "date.week-of".into();
        c.date = Some(week);
    }
    found
}

/// "the first Monday of March 2025", "the last Sunday in this month": the
/// nth such weekday of the month the second claim names.
///
/// "Tuesday of last week", "Monday of next week": that weekday of the week
/// the second claim names.
///
/// A weekday after an ordinal that names no month ("the second Sunday",
/// "his first Sunday in office", "the first Monday of the month") is no
/// claim: the nearest such weekday would ignore the ordinal, and which
/// month is meant (or whether it is a routine) the sentence does not say.
pub(super) fn nth_weekdays(prose: &str, found: Vec<Claim>) -> Vec<Claim> {
    let joined = fold_pairs(found, |w, c| {
        nth_weekday(prose, w, c).or_else(|| weekday_of_week(prose, w, c))
    });
    joined
        .into_iter()
        .filter(|c| c.kind != Kind::Weekday || !after_ordinal(prose, c))
        .collect()
}

/// The weekday claim `w` follows an ordinal ("first", "second", "5th").
fn after_ordinal(prose: &str, w: &Claim) -> bool {
    let before = prose[w.sentence.start..w.span.start].trim_end();
    let last = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let figures = last.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
    let suffix = &last[figures.len()..];
    let in_figures = !figures.is_empty()
        && figures.bytes().all(|b| b.is_ascii_digit())
        && ["st", "nd", "rd", "th"].contains(&suffix);
    in_figures || super::numerals::ordinal_word(&last).is_some_and(|(_, plural)| !plural)
}

/// "Tuesday of last week", "on Friday next week", "next week Sunday": the
/// weekday `w` (bare, "on" at most) beside `c`, a claim of one whole week,
/// Monday to Sunday: nothing between them, or "of" after the weekday.
fn weekday_of_week(prose: &str, a: &Claim, b: &Claim) -> Option<Claim> {
    let (w, c, week_first) = match (a.kind, b.kind) {
        (Kind::Weekday, Kind::Date) => (a, b, false),
        (Kind::Date, Kind::Weekday) => (b, a, true),
        _ => return None,
    };
    let (first, second) = if week_first { (c, w) } else { (w, c) };
    if first.span.end > second.span.start {
        return None;
    }
    let mid = prose[first.span.end..second.span.start]
        .trim()
        .to_ascii_lowercase();
    let joined = if week_first {
        mid.is_empty()
    } else {
        mid == "of" || mid.is_empty()
    };
    if !joined {
        return None;
    }
    let w_text = prose[w.span.clone()].to_ascii_lowercase();
    let bare = w_text.strip_prefix("on ").unwrap_or(&w_text);
    if bare.contains(char::is_whitespace) {
        return None; // "last Tuesday of next week": the weekday has its own week
    }
    let week = c.date?;
    let monday = week.start;
    if monday.weekday() != jiff::civil::Weekday::Monday
        || Some(week.end) != super::add_days(monday, 6)
    {
        return None;
    }
    let offset = w.date?.start.weekday().to_monday_zero_offset();
    let day = super::add_days(monday, i64::from(offset))?;
    let mut j = c.clone();
    j.rule = "date.weekday-of-week".into();
    j.span = first.span.start..second.span.end;
    j.date = Some(DateRange::day(day));
    Some(j)
}

/// Each claim in turn, joined with the one before it (itself perhaps
/// already a join) when `join` makes one claim of the two.
fn fold_pairs(found: Vec<Claim>, join: impl Fn(&Claim, &Claim) -> Option<Claim>) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::with_capacity(found.len());
    for c in found {
        match out.last().and_then(|prev| join(prev, &c)) {
            Some(j) => {
                out.pop();
                out.push(j);
            }
            None => out.push(c),
        }
    }
    out
}

fn nth_weekday(prose: &str, w: &Claim, c: &Claim) -> Option<Claim> {
    if w.kind != Kind::Weekday || !c.kind.is_date() || w.span.end > c.span.start {
        return None;
    }
    // "of March", or a month claim that took its "in" ("in February").
    let mid = prose[w.span.end..c.span.start].trim().to_ascii_lowercase();
    let c_text = prose[c.span.clone()].to_ascii_lowercase();
    let joined_by = mid == "of"
        || mid == "in"
        || (mid.is_empty() && (c_text.starts_with("in ") || c_text.starts_with("of ")));
    if !joined_by {
        return None;
    }
    // The month named, whole: "March 2025", "this month".
    let month = c.date?;
    let first = month.start;
    if first.day() != 1 || (month.end.year(), month.end.month()) != (first.year(), first.month()) {
        return None;
    }
    let before = prose[w.sentence.start..w.span.start].trim_end();
    let w_text = prose[w.span.clone()].to_ascii_lowercase();
    // "the last Sunday": the weekday rule may have read "last" itself.
    let (nth, mut start) = if w_text.starts_with("last ") {
        (-1, w.span.start)
    } else {
        let (word, nth) = [
            ("first", 1),
            ("second", 2),
            ("third", 3),
            ("fourth", 4),
            ("last", -1),
        ]
        .into_iter()
        .find(|(word, _)| super::numerals::ends_with_word(before, word))?;
        (nth, w.sentence.start + before.len() - word.len())
    };
    let lead = prose[w.sentence.start..start].trim_end();
    if super::numerals::ends_with_word(lead, "the") {
        start = w.sentence.start + lead.len() - 3;
    }
    let day = first
        .nth_weekday_of_month(nth, w.date?.start.weekday())
        .ok()?;
    let mut j = c.clone();
    j.kind = Kind::Date;
    j.rule = "date.nth-weekday".into();
    j.span = start..c.span.end;
    j.date = Some(DateRange::day(day));
    Some(j)
}

/// A date after "after", "before", "later than", "no later than"..., or
/// before "or later", "onwards"..., is open at one end: "after 2018" is
/// from 2019 on, "before March 2010" up to 28 February 2010, "2012 or
/// later" from 2012 on, "no later than 2020" up to its end. Only dates of
/// the calendar (a day, month, year or part of one), never a date that
/// belongs to a noun ("after 2018 elections", "before March 3's vote"),
/// nor one that a length measures from ("the day before Christmas").
pub(super) fn open_ended(
    prose: &str,
    found: Vec<Claim>,
    ctx: &super::normalize::Ctx,
) -> Vec<Claim> {
    const AT_OR_BEFORE: &str = r"no\s+later\s+than|not\s+later\s+than|not\s+after|on\s+or\s+(?:before|earlier\s+than)|(?:before|earlier\s+than)\s+or\s+(?:on|in|at)";
    const AT_OR_AFTER: &str = r"no\s+earlier\s+than|not\s+earlier\s+than|not\s+before|on\s+or\s+(?:after|later\s+than)|(?:after|later\s+than)\s+or\s+(?:on|in|at|equal\s+to)";
    const AFTER: &str = r"after|later\s+than";
    const BEFORE: &str = r"before|earlier\s+than|sooner\s+than|prior\s+to";
    // Longest first: "no later than" before "later than".
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^(?:(?P<at_or_before>{AT_OR_BEFORE})|(?P<at_or_after>{AT_OR_AFTER})|(?P<after>{AFTER})|(?P<before>{BEFORE}))\s+"
        ))
        .expect("a valid pattern")
    });
    static LEAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?:^|[^\w\s]|\s)(?P<word>{AT_OR_BEFORE}|{AT_OR_AFTER}|{AFTER}|{BEFORE})\s+(?:the\s+year\s+)?$"
        ))
        .expect("a valid pattern")
    });
    // A length or a moment before the word measures from the date ("two
    // days after", "shortly before", "the eve before").
    static MEASURED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|nights?|eve|mornings?|evenings?|weekends?|moments?|shortly|soon|just|right|long|immediately|quarters?|seasons?)\s*$",
        )
        .expect("a valid pattern")
    });
    // "or later" just after the date, or at the end of a rule's span
    // ("2012 or later").
    const LATER: &str = r"(?:or|and)\s+(?:later|after|beyond|greater|onwards?)|onwards?";
    const EARLIER: &str = r"(?:or|and)\s+(?:earlier|before)";
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^\s+(?:(?P<later>{LATER})|(?P<earlier>{EARLIER}))\b"
        ))
        .expect("a valid pattern")
    });
    static TAIL_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\s(?:(?P<later>{LATER})|(?P<earlier>{EARLIER}))$"
        ))
        .expect("a valid pattern")
    });
    // What may follow a date that is not a noun's: the end of the clause or
    // a word that starts a new phrase.
    static FREE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:\s*(?:$|[.,;:!?)\]—–]|-\s)|\s+(?:and|or|but|when|while|as|with|the|a|an|to|in|on|at|for|from|that|which|who|he|she|they|it|we|i|you|his|her|their|its|our|is|was|were|are|will|would|has|have|had|can|could|should|must|may|might|until|because|if|then|so|no|not|there|this|these|those|after|before|amid|despite|under|over|by|of)\b)",
        )
        .expect("a valid pattern")
    });
    found
        .into_iter()
        .map(|c| {
            let Some(d) = c.date.filter(|d| {
                c.kind == Kind::Date
                    && !d.approximate
                    && !d.is_open()
                    && (matches!(
                        d.precision,
                        super::Precision::Day | super::Precision::Month | super::Precision::Year
                    ) || c.rule == "date.part"
                        || edge_of_period(&prose[c.span.clone()]).is_some())
            }) else {
                return c;
            };
            let text = &prose[c.span.clone()];
            let edge = edge_of_period(text);
            let before = &prose[c.sentence.start.min(c.span.start)..c.span.start];
            let after_end = c.sentence.end.max(c.span.end);
            // The word inside the span ("after 2018", a rule's preposition)
            // or just before it ("after Feb 2018").
            let (lead, lead_start) = match LEAD.captures(text) {
                Some(m) => (Some(m), c.span.start),
                None => match LEAD_BEFORE.captures(before) {
                    Some(m) => {
                        let at = m.name("word").expect("a group").start();
                        (
                            LEAD.captures(&before[at..]),
                            c.sentence.start.min(c.span.start) + at,
                        )
                    }
                    None => (None, c.span.start),
                },
            };
            // "or later" inside the span or just after it, and then the
            // end of the phrase ("2018 or before 2019" is no tail).
            let free = |at: usize| {
                FREE.is_match(&prose[at..after_end])
                    && !prose[at..after_end].starts_with(['\'', '’'])
            };
            // A figure may follow the date itself ("After March 40 people
            // were hurt"), not a tail ("before 2010 or after 2018" has none).
            let figure_next = |at: usize| {
                let rest = &prose[at..after_end];
                let figure = rest.trim_start();
                figure.len() < rest.len() && figure.starts_with(|c: char| c.is_ascii_digit())
            };
            let (tail, tail_end) = match TAIL_IN.captures(text) {
                Some(m) => (Some(m), c.span.end),
                None => match TAIL.captures(&prose[c.span.end..after_end]) {
                    Some(m) => {
                        let end = c.span.end + m.get(0).expect("a match").end();
                        (Some(m), end)
                    }
                    None => (None, c.span.end),
                },
            };
            let (tail, tail_end) = if tail.is_some() && free(tail_end) {
                (tail, tail_end)
            } else {
                (None, c.span.end)
            };
            if (lead.is_none() && tail.is_none())
                || MEASURED.is_match(&prose[c.sentence.start.min(lead_start)..lead_start])
                || !(free(tail_end) || (tail.is_none() && figure_next(tail_end)))
            {
                return c;
            }
            // "Talks will resume after July 9", published in January: the
            // next July 9, as "on July 9" would be.
            let d = match (&lead, ctx.anchor) {
                (Some(_), Some(a)) => {
                    let lead_clause = &prose[c.sentence.start.min(lead_start)..lead_start];
                    let noun = super::year_after::bare_words(lead_clause).pop();
                    super::year_after::ahead_in_future(prose, &c, d, noun.as_deref(), a, ctx)
                        .unwrap_or(d)
                }
                _ => d,
            };
            let range = match (&lead, &tail) {
                // "before the end of December" is by its last day; "after
                // the beginning of March" from its first.
                (Some(m), None) if m.name("before").is_some() && edge == Some(Edge::End) => {
                    Some(DateRange::up_to(d.end))
                }
                (Some(m), None) if m.name("after").is_some() && edge == Some(Edge::Start) => {
                    Some(DateRange::from_on(d.start))
                }
                (Some(m), None) if m.name("after").is_some() => {
                    super::add_days(d.end, 1).map(DateRange::from_on)
                }
                (Some(m), None) if m.name("before").is_some() => {
                    super::add_days(d.start, -1).map(DateRange::up_to)
                }
                (Some(m), None) if m.name("at_or_after").is_some() => {
                    Some(DateRange::from_on(d.start))
                }
                (Some(_), None) => Some(DateRange::up_to(d.end)),
                (None, Some(t)) if t.name("later").is_some() => Some(DateRange::from_on(d.start)),
                (None, Some(_)) => Some(DateRange::up_to(d.end)),
                // "after 2010 or later" says it twice; leave it.
                (Some(_), Some(_)) | (None, None) => None,
            };
            let Some(range) = range else {
                return c;
            };
            let mut j = c;
            j.rule = "date.open-ended".into();
            j.span = lead_start..tail_end;
            j.date = Some(range);
            j
        })
        .collect()
}
