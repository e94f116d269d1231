//! The Shahenshahi calendar of the Parsis of India: twelve months of 30
//! days and five Gatha days, 365 days every year, never a leap day, so
//! that its New Year (Navroz, 1 Farvardin) comes a day earlier in the
//! Gregorian calendar every fourth year. Its days are counted from New
//! Year 15 August 2024 (the Government of Maharashtra's holiday list for
//! Parsi New Year 2024).

use jiff::civil::Date;

/// The first day in Gregorian `year` that is `day` of month `month` (both
/// from 1; months of 30 days).
pub fn first_in_year(year: i16, month: i8, day: i8) -> Option<Date> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let epoch = Date::constant(2024, 8, 15);
    let into_year = i64::from(month - 1) * 30 + i64::from(day - 1);
    let start = Date::new(year, 1, 1).ok()?;
    // Whole 365-day years from the epoch's day to the start of `year`.
    let from_epoch = (start - epoch).get_days() as i64 - into_year;
    let k = from_epoch.div_euclid(365) + i64::from(from_epoch.rem_euclid(365) != 0);
    let d = crate::claims::add_days(epoch, k * 365 + into_year)?;
    (d.year() == year).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_years_days() {
        // Parsi New Year in the holiday lists of Maharashtra.
        for (year, want) in [
            (2018, "2018-08-17"),
            (2019, "2019-08-17"),
            (2020, "2020-08-16"),
            (2022, "2022-08-16"),
            (2024, "2024-08-15"),
        ] {
            assert_eq!(
                first_in_year(year, 1, 1),
                Some(want.parse().unwrap()),
                "{year}"
            );
        }
        assert_eq!(first_in_year(2024, 13, 1), None);
    }
}
