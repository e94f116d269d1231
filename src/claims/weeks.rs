//! Weeks counted within a month or a year: "the first week of October
//! 2014", "the second last week of October", "the last week of July",
//! "week 31 of 2018"; and its first or last day ("the last day of March"). A week is Monday to Sunday. In a month, the weeks
//! counted are those wholly in it; in a year, ISO 8601 weeks (week 1 holds
//! the year's first Thursday), so "the first week of 2015" begins on 29
//! December 2014.

use super::{add_days, Claim, DateRange, Kind, Precision};
use jiff::civil::{Date, ISOWeekDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// The words before "of <month or year>" that name a week in it.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\bthe\s+)?(?:\b(?P<nth>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+)?(?:\b(?P<last>last)\s+)?\b(?P<unit>week|day)\s+(?:(?P<num>\d{1,2})\s+)?(?P<of>of\s+|in\s+)?$",
    )
    .expect("week pattern")
});

/// Each month or year claim with a week named before it becomes that week;
/// a claim the lead words held ("last week" of "the last week of July") is
/// dropped.
pub(super) fn weeks_in_periods(prose: &str, found: Vec<Claim>) -> Vec<Claim> {
    super::leads::replace_led(found, |c| week_of_period(prose, c))
}

fn week_of_period(prose: &str, c: &Claim) -> Option<Claim> {
    if c.kind != Kind::Date {
        return None;
    }
    let d = c.date?;
    if !matches!(d.precision, Precision::Month | Precision::Year) {
        return None;
    }
    let (caps, lead_start) = super::leads::lead_before(prose, c, &LEAD)?;
    // "of" before the month or year, or as the first word of its claim
    // ("of 2015").
    let own = prose[c.span.clone()].get(..3).map(str::to_ascii_lowercase);
    if caps.name("of").is_none() && !matches!(own.as_deref(), Some("of " | "in ")) {
        return None;
    }
    let nth = caps.name("nth").map(|m| ordinal(m.as_str()));
    let last = caps.name("last").is_some();
    let num = caps.name("num").and_then(|m| m.as_str().parse::<i8>().ok());
    if &caps["unit"].to_ascii_lowercase() == "day" {
        // "the first day of March", "the last day of 2024".
        let day = match (nth, last, num) {
            (Some(Some(1)), false, None) => d.start,
            (None, true, None) => d.end,
            _ => return None,
        };
        let mut j = c.clone();
        j.rule = "date.day-in".into();
        j.span.start = lead_start;
        j.date = Some(DateRange::day(day));
        return Some(j);
    }
    let week = match (nth, last, num, d.precision) {
        // "week 31 of 2018": the ISO week of that number.
        (None, false, Some(n), Precision::Year) => iso_week(d.start.year(), n as i32)?,
        // "the first week", "the second last week", "the last week".
        (Some(n), false, None, _) => nth_week(d, n?)?,
        (n, true, None, _) => nth_week(d, -n.unwrap_or(Some(1))?)?,
        _ => return None,
    };
    let mut j = c.clone();
    j.rule = "date.week-in".into();
    j.span.start = lead_start;
    j.date = Some(week);
    Some(j)
}

fn ordinal(w: &str) -> Option<i32> {
    super::numbers::parse_ordinal(w)
        .filter(|n| (1.0..=5.0).contains(n))
        .map(|n| n as i32)
}

/// The `n`th week of a month (wholly in it) or of a year (ISO), counted
/// from the end when `n` is negative.
fn nth_week(period: DateRange, n: i32) -> Option<DateRange> {
    if period.precision == Precision::Year {
        let year = period.start.year();
        let weeks = if ISOWeekDate::new(year, 53, Weekday::Monday).is_ok() {
            53
        } else {
            52
        };
        let k = if n > 0 { n } else { weeks + 1 + n };
        return iso_week(year, k);
    }
    let first_monday = add_days(
        period.start,
        period.start.weekday().until(Weekday::Monday) as i64,
    )?;
    let mondays: Vec<Date> = (0..5)
        .filter_map(|k| add_days(first_monday, 7 * k))
        .filter(|m| add_days(*m, 6).is_some_and(|sun| sun <= period.end))
        .collect();
    let idx = if n > 0 {
        n as usize - 1
    } else {
        mondays.len().checked_sub((-n) as usize)?
    };
    let m = *mondays.get(idx)?;
    Some(DateRange::span(m, add_days(m, 6)?, Precision::Week))
}

fn iso_week(year: i16, n: i32) -> Option<DateRange> {
    let w = i8::try_from(n).ok()?;
    let m = ISOWeekDate::new(year, w, Weekday::Monday).ok()?.date();
    Some(DateRange::span(m, add_days(m, 6)?, Precision::Week))
}

#[cfg(test)]
mod tests {
    use crate::claims::test_dates as dates;

    #[test]
    fn weeks_of_a_month_are_wholly_in_it() {
        // October 2014 began on a Wednesday: its first whole week is 6–12.
        let got = dates("Fighting peaked in the first week of October 2014.");
        assert_eq!(
            got,
            [(
                "the first week of October 2014".into(),
                "2014-10-06..2014-10-12".into()
            )]
        );
        let got = dates("The second last week of October 2018 was calm.");
        assert_eq!(got[0].1, "2018-10-15..2018-10-21", "{got:?}");
        // Not last week (relative to publication): the last week of July.
        let got = dates("Talks resume in the last week of July 2016.");
        assert_eq!(
            got,
            [(
                "the last week of July 2016".into(),
                "2016-07-25..2016-07-31".into()
            )]
        );
    }

    #[test]
    fn the_first_and_last_day_of_a_month() {
        let got = dates("The mandate ends on the last day of October 2015.");
        assert_eq!(
            got,
            [("the last day of October 2015".into(), "2015-10-31".into())]
        );
        let got = dates("It began on the first day of 2024.");
        assert_eq!(got[0].1, "2024-01-01", "{got:?}");
    }

    #[test]
    fn weeks_of_a_year_are_iso_weeks() {
        let got = dates("Sales fell in the first week of 2015.");
        assert_eq!(got[0].1, "2014-12-29..2015-01-04", "{got:?}");
        let got = dates("Output rose in week 31 of 2018.");
        assert_eq!(
            got,
            [("week 31 of 2018".into(), "2018-07-30..2018-08-05".into())]
        );
        // 2015 has 53 ISO weeks.
        let got = dates("Prices eased in the last week of 2015.");
        assert_eq!(got[0].1, "2015-12-28..2016-01-03", "{got:?}");
    }
}
