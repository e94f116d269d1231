//! The tabular Islamic (Hijri) calendar: 30-year cycles of 354- and
//! 355-day years, months of 30 and 29 days by turns. It is arithmetic, so
//! it needs no tables; the days observed in a country, set by sighting the
//! new moon, may fall a day or two either side. Holidays on it are
//! therefore approximate ranges (see `HolidayDate::Lunar`).
//!
//! The epoch is 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622
//! (proleptic Gregorian), the "civil" epoch; leap years are years 2, 5, 7,
//! 10, 13, 16, 18, 21, 24, 26 and 29 of each cycle. Source: the
//! arithmetic of E. M. Reingold and N. Dershowitz, *Calendrical
//! Calculations* (the "islamic" calendar).

use jiff::civil::Date;

/// Days from the epoch to the first of month `m` of Hijri year `y`.
fn days_before(y: i32, m: i32) -> i64 {
    let (y, m) = (y as i64, m as i64);
    // Months alternate 30 and 29 days: ceil(29.5 × (m − 1)).
    (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30)
}

/// The Gregorian day of `day` `month` of Hijri year `year`.
pub fn to_gregorian(year: i32, month: i8, day: i8) -> Option<Date> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let epoch = Date::new(622, 7, 19).ok()?;
    let n = days_before(year, month as i32) + day as i64 - 1;
    epoch.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

/// The first day in Gregorian `year` that is `day` `month` in the Hijri
/// calendar (a Hijri year is 11 days shorter: some Gregorian years hold a
/// date twice, as 1974 did Eid al-Adha).
pub fn first_in_year(year: i16, month: i8, day: i8) -> Option<Date> {
    // The Hijri year that starts near the Gregorian one.
    let approx = ((year as i32 - 622) * 33) / 32;
    (approx - 1..=approx + 2)
        .filter_map(|y| to_gregorian(y, month, day))
        .find(|d| d.year() == year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn known_days() {
        // 1 Muharram 1 AH is the epoch.
        assert_eq!(to_gregorian(1, 1, 1), Some(date(622, 7, 19)));
        // 1 Ramadan 1445 AH: 11 March 2024 in the tabular calendar.
        assert_eq!(to_gregorian(1445, 9, 1), Some(date(2024, 3, 11)));
        // 1 Muharram 1446 AH: 8 July 2024 in the tabular calendar (Saudi
        // Arabia observed it a day earlier: why holidays are ranges).
        assert_eq!(to_gregorian(1446, 1, 1), Some(date(2024, 7, 8)));
    }

    #[test]
    fn a_day_in_a_gregorian_year() {
        // 10 Dhu al-Hijjah fell twice in 1974: the first is taken.
        let d = first_in_year(1974, 12, 10).unwrap();
        assert_eq!((d.year(), d.month()), (1974, 1));
        assert!(first_in_year(2025, 9, 1).is_some_and(|d| d.month() == 3));
        assert_eq!(to_gregorian(1446, 13, 1), None);
    }

    #[test]
    fn holidays_on_it_are_approximate_ranges() {
        let rules = crate::rules::load(&[]).expect("rules");
        let text = "The truce held through Ramadan 2018 and ended on Eid al-Adha.";
        let (_, claims) = crate::claims::extract_text(text, "2025-03-12".parse().ok(), &rules);
        let dates: Vec<_> = claims.iter().filter_map(|c| c.date).collect();
        assert_eq!(dates.len(), 2, "{claims:?}");
        // Tabular 1 Ramadan 1439 is 16 May 2018; 30 days, a day either side.
        assert!(dates[0].approximate);
        assert_eq!(
            (dates[0].start, dates[0].end),
            (date(2018, 5, 15), date(2018, 6, 15))
        );
        // The last Eid al-Adha before publication: June 2024.
        assert_eq!((dates[1].start.year(), dates[1].start.month()), (2024, 6));
    }
}
