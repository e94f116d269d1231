//! The Chinese lunisolar calendar, from the positions of the Sun and the
//! Moon: a month begins on the day (Beijing time, UTC+8) of a new moon;
//! the month holding the December solstice is the 11th; a year with 13
//! months from one 11th month to the next repeats the first month that
//! holds no major solar term (a multiple of 30° of the Sun's longitude) as
//! a leap month. New Year's Day is the first day of the 1st month.
//!
//! Sources: the true new moons and the Sun's longitude of
//! src/claims/astro.rs (J. Meeus, *Astronomical Algorithms*). The rules of the calendar
//! as set out by E. M. Reingold and N. Dershowitz, *Calendrical
//! Calculations* (the "chinese" calendar). Years 1901 to 2100 only.
//!
//! Unlike the tabular Islamic calendar, this gives the day itself: the
//! calendar is computed and published in advance, not sighted.

use jiff::civil::Date;

/// Days from 1970-01-01 (the Unix epoch) to a Beijing calendar day.
type Day = i64;

use super::astro::{
    new_moon, solar_longitude, to_date, to_day, when_sun_at, SYNODIC_MONTH, UNIX_EPOCH_JD,
};

const BEIJING: f64 = 8.0 / 24.0;

/// The Beijing day an instant (UT) falls on.
fn beijing_day(jd_ut: f64) -> Day {
    (jd_ut - UNIX_EPOCH_JD + BEIJING).floor() as Day
}

/// The instant (UT) a Beijing day begins.
fn midnight(day: Day) -> f64 {
    day as f64 + UNIX_EPOCH_JD - BEIJING
}

/// The Beijing day of the December solstice of `year` (longitude 270°).
fn december_solstice(year: i16) -> Option<Day> {
    let guess = midnight(to_day(Date::new(year, 12, 21).ok()?)) + 0.5;
    Some(beijing_day(when_sun_at(guess, 270.0, solar_longitude)?))
}

/// The lunation whose new moon is the last on or before Beijing `day`.
fn lunation_on_or_before(day: Day) -> Option<i64> {
    let mut k = ((midnight(day) - 2_451_550.1) / SYNODIC_MONTH).floor() as i64;
    while beijing_day(new_moon(k + 1)?) <= day {
        k += 1;
    }
    while beijing_day(new_moon(k)?) > day {
        k -= 1;
    }
    Some(k)
}

/// Whether the Sun reaches a multiple of 30° (a major solar term) on a
/// Beijing day from `start` up to, not including, `end`.
fn has_major_term(start: Day, end: Day) -> Option<bool> {
    let a = (solar_longitude(midnight(start))? / 30.0).floor();
    let b = (solar_longitude(midnight(end))? / 30.0).floor();
    Some(a != b)
}

/// A month: its first Beijing day, its number (1 to 12) and whether it is
/// a leap month.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Month {
    first: Day,
    number: i8,
    leap: bool,
    days: i64,
}

/// The months from the 11th month holding the December solstice of
/// `year` up to the next 11th month.
fn months_from_solstice(year: i16) -> Option<Vec<Month>> {
    let k0 = lunation_on_or_before(december_solstice(year)?)?;
    let k1 = lunation_on_or_before(december_solstice(year + 1)?)?;
    let starts: Vec<Day> = (k0..=k1)
        .map(|k| new_moon(k).map(beijing_day))
        .collect::<Option<_>>()?;
    let leap_year = k1 - k0 == 13;
    let mut months = Vec::with_capacity(13);
    let mut leap_taken = false;
    let mut number = 10;
    for w in starts.windows(2) {
        let leap = leap_year && !leap_taken && !months.is_empty() && !has_major_term(w[0], w[1])?;
        if leap {
            leap_taken = true;
        } else {
            number = number % 12 + 1;
        }
        months.push(Month {
            first: w[0],
            number,
            leap,
            days: w[1] - w[0],
        });
    }
    Some(months)
}

/// The first day in Gregorian `year` that is `day` of (non-leap) month
/// `month` of the Chinese calendar: `first_in_year(2024, 1, 1)` is New
/// Year's Day, 10 February 2024.
pub fn first_in_year(year: i16, month: i8, day: i8) -> Option<Date> {
    if !(1901..=2100).contains(&year) || !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let mut found: Option<Date> = None;
    for from in [year - 2, year - 1, year] {
        for m in months_from_solstice(from)? {
            if m.number != month || m.leap || i64::from(day) > m.days {
                continue;
            }
            let d = to_date(m.first + i64::from(day) - 1)?;
            if d.year() == year && found.is_none_or(|f| d < f) {
                found = Some(d);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// New Year's Days as the Hong Kong Observatory's Gregorian–Lunar
    /// calendar conversion tables give them.
    #[test]
    fn new_years_days() {
        let known = [
            "1985-02-20",
            "1990-01-27",
            "2000-02-05",
            "2001-01-24",
            "2002-02-12",
            "2003-02-01",
            "2004-01-22",
            "2005-02-09",
            "2006-01-29",
            "2007-02-18",
            "2008-02-07",
            "2009-01-26",
            "2010-02-14",
            "2011-02-03",
            "2012-01-23",
            "2013-02-10",
            "2014-01-31",
            "2015-02-19",
            "2016-02-08",
            "2017-01-28",
            "2018-02-16",
            "2019-02-05",
            "2020-01-25",
            "2021-02-12",
            "2022-02-01",
            "2023-01-22",
            "2024-02-10",
            "2025-01-29",
            "2026-02-17",
            "2027-02-06",
            "2028-01-26",
            "2029-02-13",
            "2030-02-03",
        ];
        for k in known {
            let want = d(k);
            assert_eq!(first_in_year(want.year(), 1, 1), Some(want), "{k}");
        }
    }

    /// Festivals later in the year, across leap months (2020 repeated its
    /// 4th month, 2023 its 2nd).
    #[test]
    fn festivals_after_leap_months() {
        // Dragon Boat Festival (5th month, 5th day).
        assert_eq!(first_in_year(2020, 5, 5), Some(d("2020-06-25")));
        assert_eq!(first_in_year(2023, 5, 5), Some(d("2023-06-22")));
        assert_eq!(first_in_year(2025, 5, 5), Some(d("2025-05-31")));
        // Mid-Autumn Festival (8th month, 15th day).
        assert_eq!(first_in_year(2020, 8, 15), Some(d("2020-10-01")));
        assert_eq!(first_in_year(2023, 8, 15), Some(d("2023-09-29")));
        assert_eq!(first_in_year(2024, 8, 15), Some(d("2024-09-17")));
        assert_eq!(first_in_year(2025, 8, 15), Some(d("2025-10-06")));
        // Lantern Festival (1st month, 15th day).
        assert_eq!(first_in_year(2024, 1, 15), Some(d("2024-02-24")));
    }

    #[test]
    fn outside_the_supported_years_is_none() {
        assert_eq!(first_in_year(1850, 1, 1), None);
        assert_eq!(first_in_year(2200, 1, 1), None);
        assert_eq!(first_in_year(2024, 13, 1), None);
    }
}
