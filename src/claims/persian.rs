//! The Solar Hijri (Persian) calendar of Iran and Afghanistan: the year
//! begins (Nowruz, 1 Farvardin) on the day of the March equinox in Tehran
//! time (UTC+3:30) if the equinox comes before noon, else the day after;
//! its first six months have 31 days, the next five 30, the last 29 or 30.
//! The equinox from the Sun's longitude of src/claims/astro.rs.

use super::astro::{solar_longitude, to_date, to_day, when_sun_at, UNIX_EPOCH_JD};
use jiff::civil::Date;

const TEHRAN: f64 = 3.5 / 24.0;

/// Nowruz of Gregorian `year`.
fn new_year(year: i16) -> Option<Date> {
    let guess = to_day(Date::new(year, 3, 20).ok()?) as f64 + UNIX_EPOCH_JD + 0.5;
    let jd = when_sun_at(guess, 0.0, solar_longitude)?;
    let local = jd - UNIX_EPOCH_JD + TEHRAN;
    let day = local.floor() as i64;
    let before_noon = local - local.floor() < 0.5;
    to_date(if before_noon { day } else { day + 1 })
}

/// The first day in Gregorian `year` that is `day` of month `month` (both
/// from 1): `first_in_year(2025, 1, 1)` is Nowruz, 21 March 2025.
pub fn first_in_year(year: i16, month: i8, day: i8) -> Option<Date> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || (month > 6 && day > 30) {
        return None;
    }
    let into_year = i64::from(month - 1) * 31 - i64::from((month - 7).max(0)) + i64::from(day - 1);
    [year - 1, year].into_iter().find_map(|from| {
        let d = crate::claims::add_days(new_year(from)?, into_year)?;
        (d.year() == year).then_some(d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nowruz() {
        // The Iranian calendar's New Year's Days (Institute of Geophysics,
        // University of Tehran): 20 March in 2024, 21 March in 2025.
        for (year, want) in [
            (2016, "2016-03-20"),
            (2017, "2017-03-21"),
            (2020, "2020-03-20"),
            (2023, "2023-03-21"),
            (2024, "2024-03-20"),
            (2025, "2025-03-21"),
        ] {
            assert_eq!(
                first_in_year(year, 1, 1),
                Some(want.parse().unwrap()),
                "{year}"
            );
        }
        // Sizdah Bedar, 13 Farvardin; 1 Mehr (month 7) after six 31-day months.
        assert_eq!(
            first_in_year(2025, 1, 13),
            Some("2025-04-02".parse().unwrap())
        );
        assert_eq!(
            first_in_year(2025, 7, 1),
            Some("2025-09-23".parse().unwrap())
        );
        assert_eq!(first_in_year(2025, 7, 31), None);
    }
}
