//! Dates listed after one another that share what the first or the last
//! says: "in 2014 and 2022" (the second year has no preposition of its
//! own), "on 18 and 19 June" (the first day has no month), "June 18 and
//! 19". Each listed date becomes a claim of its own.

use super::{Claim, DateRange, Kind};
use regex::Regex;
use std::sync::LazyLock;

/// What may follow a listed year or day: the end of the clause or a word
/// that starts a new phrase, never a noun it counts ("in 2014 and 2000
/// people", "June 18 and 19 others").
static FREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\s*(?:$|[.;:!?)\]—–]|,)|\s+(?:and|or|but|when|while|as|with|the|a|an|to|in|on|at|for|from|that|which|who|he|she|they|it|we|is|was|were|are|will|would|has|have|had|after|before|amid|despite|respectively)\b)",
    )
    .expect("a valid pattern")
});

/// Years after a year: ", 2020", " and 2021", ", and 2022", " or 2015".
static NEXT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<year>1[6-9]\d\d|20\d\d)\b")
        .expect("a valid pattern")
});

/// A day before a day-month claim: "18 and ", "18th, 19th and ".
static DAYS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:on\s+)?(?P<days>(?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*\d{1,2}(?:st|nd|rd|th)?)\s*(?:,\s*)?(?:and|&)\s+$")
        .expect("a valid pattern")
});

/// Days after a month-day claim: " and 19", ", 20 and 21st".
static DAYS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<days>(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*(?:\s*,)?\s+(?:and|&)\s+\d{1,2}(?:st|nd|rd|th)?)\b")
        .expect("a valid pattern")
});

static DAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,2}").expect("a valid pattern"));

/// Each date claim, followed by the claims its list adds.
pub(super) fn listed_dates(prose: &str, found: Vec<Claim>) -> Vec<Claim> {
    let mut out = Vec::with_capacity(found.len());
    for (i, c) in found.iter().enumerate() {
        let next_start = found.get(i + 1).map_or(usize::MAX, |n| n.span.start);
        let before: Vec<Claim> = days_before(prose, c);
        out.extend(before);
        out.push(c.clone());
        let after = match c.rule.as_str() {
            "date.year" => years_after(prose, c),
            "date.month-day" | "date.month-day-year" => days_after(prose, c),
            _ => Vec::new(),
        };
        out.extend(after.into_iter().filter(|a| a.span.end <= next_start));
    }
    out
}

fn years_after(prose: &str, c: &Claim) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let end = c.sentence.end.max(c.span.end);
    let mut at = c.span.end;
    while let Some(caps) = NEXT_YEAR.captures(&prose[at..end]) {
        let y = caps.name("year").expect("a group");
        let (start, stop) = (at + y.start(), at + y.end());
        if !FREE.is_match(&prose[stop..end]) {
            break;
        }
        let Some(year) = y.as_str().parse().ok().and_then(DateRange::year) else {
            break;
        };
        let mut j = c.clone();
        j.span = start..stop;
        j.date = Some(year);
        j.rule = "date.listed".into();
        out.push(j);
        at = stop;
    }
    out
}

fn with_day(c: &Claim, day: i8, span: std::ops::Range<usize>) -> Option<Claim> {
    let d = c.date?;
    if d.start != d.end {
        return None;
    }
    let date = jiff::civil::Date::new(d.start.year(), d.start.month(), day).ok()?;
    let mut j = c.clone();
    j.span = span;
    j.date = Some(DateRange::day(date));
    j.rule = "date.listed".into();
    Some(j)
}

/// "on 18 and 19 June": the days before a day-month claim.
fn days_before(prose: &str, c: &Claim) -> Vec<Claim> {
    if c.kind != Kind::Date || !matches!(c.rule.as_str(), "date.day-month" | "date.day-month-year")
    {
        return Vec::new();
    }
    let text = &prose[c.span.clone()];
    if !text.starts_with(|ch: char| ch.is_ascii_digit()) {
        return Vec::new();
    }
    let before = &prose[c.sentence.start..c.span.start];
    let Some(caps) = DAYS_BEFORE.captures(before) else {
        return Vec::new();
    };
    let days = caps.name("days").expect("a group");
    each_day(prose, c, c.sentence.start + days.start(), days.as_str())
}

/// "June 18 and 19": the days after a month-day claim.
fn days_after(prose: &str, c: &Claim) -> Vec<Claim> {
    let end = c.sentence.end.max(c.span.end);
    let Some(caps) = DAYS_AFTER.captures(&prose[c.span.end..end]) else {
        return Vec::new();
    };
    let days = caps.name("days").expect("a group");
    let stop = c.span.end + days.end();
    if !FREE.is_match(&prose[stop..end]) || !prose[c.span.clone()].ends_with(char::is_alphanumeric)
    {
        return Vec::new();
    }
    // "March 3, 2024 and 5": the day list belongs to a date without a year.
    if c.rule != "date.month-day" {
        return Vec::new();
    }
    each_day(prose, c, c.span.end + days.start(), days.as_str())
}

/// A claim for each day in `days` (found at byte `from` of `prose`), its
/// span the figures and their suffix ("19", "7th").
fn each_day(prose: &str, c: &Claim, from: usize, days: &str) -> Vec<Claim> {
    DAY.find_iter(days)
        .filter_map(|m| {
            let at = from + m.start();
            let mut stop = at + m.len();
            stop += prose[stop..]
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .map(char::len_utf8)
                .sum::<usize>();
            with_day(c, m.as_str().parse().ok()?, at..stop)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::claims::test_dates as dates;

    #[test]
    fn years_in_a_list() {
        // Published 2025-03-12.
        let got = dates("Fighting flared in 2014, 2019 and 2022.");
        let years: Vec<&str> = got.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(years, ["2014", "2019", "2022"], "{got:?}");
        assert_eq!(dates("Prices fell in 2014 or 2015.").len(), 2);
        // A number that counts something is no year.
        assert_eq!(dates("It was hit in 2014 and 2000 people fled.").len(), 1);
    }

    #[test]
    fn days_in_a_list() {
        let got = dates("The vote was held on 18 and 19 June.");
        assert_eq!(
            got,
            [
                ("18".to_string(), "2024-06-18".to_string()),
                ("19 June".to_string(), "2024-06-19".to_string())
            ]
        );
        let got = dates("Strikes hit the port on February 3, 5 and 7th.");
        let days: Vec<&str> = got.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(days, ["2025-02-03", "2025-02-05", "2025-02-07"], "{got:?}");
        // Counted nouns and a date with its year are no list.
        assert_eq!(dates("On March 3 and 40 others died.").len(), 1);
        assert_eq!(dates("On March 3, 2024 and 5 more days.").len(), 1);
    }
}
