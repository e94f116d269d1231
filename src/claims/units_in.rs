//! Units counted within a named period: "the first six months of 2024",
//! "the last four months of 2021", "the first ten days of last year", "the
//! third month of 2021". Without this, "the last four months" is a window
//! up to publication and "of 2021" a year apart from it.
//!
//! The period is a whole year, month or run of months ("the first quarter
//! of 2024"); the units are days, weeks or months. The first N units begin
//! on the period's first day, the last N end on its last; N units longer
//! than the period name nothing.

use super::{add_days, shift, Claim, DateRange, Kind, Precision};
use regex::Regex;
use std::sync::LazyLock;

/// The words before "of <period>" that count units in it.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\bthe\s+)?\b(?:(?P<side>first|last|final|opening|closing)\s+(?P<num>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<units>days|weeks|months)|(?P<nth>[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+(?P<unit>month|day))\s+(?P<of>of\s+)?$",
    )
    .expect("units-in pattern")
});

/// Each period claim with units counted before it becomes those units;
/// the claims the lead words held ("the last four months" as a window,
/// "six months" as a length) are dropped.
pub(super) fn units_in_periods(prose: &str, found: Vec<Claim>) -> Vec<Claim> {
    super::leads::replace_led(found, |c| units_of_period(prose, c))
}

/// Whether a date is a whole year, month or run of whole months.
fn whole_months(d: &DateRange) -> bool {
    match d.precision {
        Precision::Month | Precision::Year => true,
        Precision::Span => d.start.day() == 1 && add_days(d.end, 1).is_some_and(|n| n.day() == 1),
        _ => false,
    }
}

fn units_of_period(prose: &str, c: &Claim) -> Option<Claim> {
    if c.kind != Kind::Date {
        return None;
    }
    let d = c.date?;
    if !whole_months(&d) || d.approximate {
        return None;
    }
    let (caps, lead_start) = super::leads::lead_before(prose, c, &LEAD)?;
    // "of" before the period, or as the first word of its claim ("of 2024").
    let own = prose[c.span.clone()].get(..3).map(str::to_ascii_lowercase);
    if caps.name("of").is_none() && own.as_deref() != Some("of ") {
        return None;
    }
    let range = if let Some(side) = caps.name("side") {
        let n = super::numbers::parse_number(&caps["num"])?.value?;
        if n < 1.0 || n.fract() != 0.0 {
            return None;
        }
        let units = caps["units"].to_ascii_lowercase();
        let first = matches!(
            side.as_str().to_ascii_lowercase().as_str(),
            "first" | "opening"
        );
        let (start, end) = if first {
            (d.start, add_days(shift(d.start, n, &units)?, -1)?)
        } else {
            (shift(add_days(d.end, 1)?, -n, &units)?, d.end)
        };
        // More units than the period holds: not a part of it.
        if start < d.start || end > d.end || start > end {
            return None;
        }
        DateRange::span(start, end, Precision::Span)
    } else {
        let n = super::numbers::parse_ordinal(&caps["nth"])?;
        if n < 1.0 || n.fract() != 0.0 {
            return None;
        }
        match caps["unit"].to_ascii_lowercase().as_str() {
            // "the third month of 2021": of a year only.
            "month" if d.precision == Precision::Year && n <= 12.0 => {
                DateRange::month(d.start.year(), n as i8)?
            }
            // "the 100th day of 2024", "the fifth day of March".
            "day" => {
                let day = add_days(d.start, n as i64 - 1)?;
                if day > d.end {
                    return None;
                }
                DateRange::day(day)
            }
            _ => return None,
        }
    };
    let mut j = c.clone();
    j.rule = "date.units-in".into();
    j.span.start = lead_start;
    j.date = Some(range);
    Some(j)
}

#[cfg(test)]
mod tests {
    use crate::claims::test_dates as dates;

    fn one(span: &str, days: &str) -> Vec<(String, String)> {
        vec![(span.to_string(), days.to_string())]
    }

    #[test]
    fn first_and_last_units_of_a_period() {
        assert_eq!(
            dates("Exports fell in the first six months of 2024."),
            one("the first six months of 2024", "2024-01-01..2024-06-30")
        );
        assert_eq!(
            dates("Results for the last four months of 2021 are in."),
            one("the last four months of 2021", "2021-09-01..2021-12-31")
        );
        assert_eq!(
            dates("They toured the first ten days of last year."),
            one("the first ten days of last year", "2024-01-01..2024-01-10")
        );
        assert_eq!(
            dates("Rain fell in the final two weeks of March 2024."),
            one(
                "the final two weeks of March 2024",
                "2024-03-18..2024-03-31"
            )
        );
        // Longer than the year: no part of it.
        let got = dates("In the first 14 months of 2021 it rained.");
        assert!(
            got.iter().all(|(span, _)| !span.contains("first")),
            "{got:?}"
        );
    }

    #[test]
    fn nth_month_and_day_of_a_period() {
        assert_eq!(
            dates("They will leave the third month of 2021."),
            one("the third month of 2021", "2021-03")
        );
        assert_eq!(
            dates("It was the 100th day of 2024."),
            one("the 100th day of 2024", "2024-04-09")
        );
    }
}
