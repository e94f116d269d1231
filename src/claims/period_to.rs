//! A period that ends with a named month or day, as economic reports
//! write it: "in the 12 months to March" (April to March), "the three
//! months to June 2024", "the year to March 2024", "the quarter to
//! September", "the week to Sunday". Without this, "12 months" is a
//! length and "March" a month apart from it.

use super::{add_days, shift, Claim, DateRange, Kind, Precision};
use regex::Regex;
use std::sync::LazyLock;

/// The words before "<date>" that count a period back from it.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\bthe\s+)?(?:\b(?P<num>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<units>days|weeks|months|years)|\b(?P<one>year|quarter|month|week))\s+(?:to|ending|ended|through)\s+(?:(?:the\s+)?end\s+of\s+)?$",
    )
    .expect("period-to pattern")
});

/// Each month or day with a period counted back from it becomes that
/// period; the length the lead words held ("12 months") is dropped.
pub(super) fn periods_to(prose: &str, found: Vec<Claim>) -> Vec<Claim> {
    super::leads::replace_led(found, |c| period_to(prose, c))
}

fn period_to(prose: &str, c: &Claim) -> Option<Claim> {
    // A weekday is a day: "in the week to Sunday".
    if !c.kind.is_date() {
        return None;
    }
    let d = c.date?;
    // "the end of September" is a part of the month, whose last day ends
    // the period too.
    let text = prose[c.span.clone()].to_ascii_lowercase();
    let end_of = d.precision == Precision::Span
        && (text.starts_with("the end of ") || text.starts_with("end of "));
    if !(matches!(d.precision, Precision::Month | Precision::Day) || end_of) || d.approximate {
        return None;
    }
    let (caps, lead_start) = super::leads::lead_before(prose, c, &LEAD)?;
    let (n, units) = match caps.name("one") {
        Some(one) => match one.as_str().to_ascii_lowercase().as_str() {
            "year" => (12.0, "months"),
            "quarter" => (3.0, "months"),
            "month" => (1.0, "months"),
            _ => (1.0, "weeks"),
        },
        None => {
            let n = super::numbers::parse_number(&caps["num"])?.value?;
            (n, &caps["units"])
        }
    };
    if n < 1.0 || n.fract() != 0.0 {
        return None;
    }
    let end = d.end;
    let start = shift(add_days(end, 1)?, -n, units)?;
    if start > end {
        return None;
    }
    let mut j = c.clone();
    j.kind = Kind::Date;
    j.rule = "date.period-to".into();
    j.span.start = lead_start;
    j.date = Some(DateRange::span(start, end, Precision::Span));
    Some(j)
}

#[cfg(test)]
mod tests {
    use crate::claims::test_dates as dates;

    fn one(span: &str, days: &str) -> Vec<(String, String)> {
        vec![(span.to_string(), days.to_string())]
    }

    #[test]
    fn a_week_counted_back_from_a_weekday() {
        // Published Wednesday 2025-03-12: Sunday is the 9th.
        assert_eq!(
            dates("In the week to Sunday, 50 strikes were reported."),
            one("the week to Sunday", "2025-03-03..2025-03-09")
        );
    }

    #[test]
    fn periods_counted_back_from_a_month() {
        // Published 2025-03-12: "March" alone is March 2025.
        assert_eq!(
            dates("Prices rose 2.6% in the 12 months to March 2024."),
            one("the 12 months to March 2024", "2023-04-01..2024-03-31")
        );
        assert_eq!(
            dates("Exports rose in the three months to June 2024."),
            one("the three months to June 2024", "2024-04-01..2024-06-30")
        );
        assert_eq!(
            dates("Output fell in the year to March 2024."),
            one("the year to March 2024", "2023-04-01..2024-03-31")
        );
        assert_eq!(
            dates("Sales fell in the quarter to the end of September 2024."),
            one(
                "the quarter to the end of September 2024",
                "2024-07-01..2024-09-30"
            )
        );
    }

    #[test]
    fn a_count_to_a_date_that_is_no_period_stays() {
        let got = dates("Turnout rose from 10 to March 2024 levels.");
        assert!(got.iter().all(|(s, _)| !s.contains("10 to")), "{got:?}");
    }
}
