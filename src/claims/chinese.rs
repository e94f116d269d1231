//! The Chinese lunisolar calendar, from the positions of the Sun and the
//! Moon: a month begins on the day (Beijing time, UTC+8) of a new moon;
//! the month holding the December solstice is the 11th; a year with 13
//! months from one 11th month to the next repeats the first month that
//! holds no major solar term (a multiple of 30° of the Sun's longitude) as
//! a leap month. New Year's Day is the first day of the 1st month.
//!
//! Sources: J. Meeus, *Astronomical Algorithms* (2nd ed., 1998): the true
//! new moon (chapter 49, with its periodic and planetary terms) and the
//! Sun's apparent longitude (chapter 25, low accuracy, about 0.01°); ΔT
//! (TT − UT) from the polynomials of F. Espenak and J. Meeus (NASA, "Five
//! Millennium Canon of Solar Eclipses", 2006). The rules of the calendar
//! as set out by E. M. Reingold and N. Dershowitz, *Calendrical
//! Calculations* (the "chinese" calendar). Years 1901 to 2100 only.
//!
//! Unlike the tabular Islamic calendar, this gives the day itself: the
//! calendar is computed and published in advance, not sighted.

use jiff::civil::Date;

/// Days from 1970-01-01 (the Unix epoch) to a Beijing calendar day.
type Day = i64;

const UNIX_EPOCH_JD: f64 = 2_440_587.5;
const SYNODIC_MONTH: f64 = 29.530_588_861;
const BEIJING: f64 = 8.0 / 24.0;

fn sin_deg(x: f64) -> f64 {
    x.to_radians().sin()
}

/// TT − UT in seconds (Espenak and Meeus), for 1860 to 2150.
fn delta_t(year: f64) -> Option<f64> {
    let y = year;
    Some(if (1860.0..1900.0).contains(&y) {
        let t = y - 1860.0;
        7.62 + 0.5737 * t - 0.251_754 * t.powi(2) + 0.016_806_68 * t.powi(3)
            - 0.000_447_362_4 * t.powi(4)
            + t.powi(5) / 233_174.0
    } else if (1900.0..1920.0).contains(&y) {
        let t = y - 1900.0;
        -2.79 + 1.494_119 * t - 0.059_893_9 * t.powi(2) + 0.006_196_6 * t.powi(3)
            - 0.000_197 * t.powi(4)
    } else if (1920.0..1941.0).contains(&y) {
        let t = y - 1920.0;
        21.20 + 0.844_93 * t - 0.076_100 * t.powi(2) + 0.002_093_6 * t.powi(3)
    } else if (1941.0..1961.0).contains(&y) {
        let t = y - 1950.0;
        29.07 + 0.407 * t - t.powi(2) / 233.0 + t.powi(3) / 2547.0
    } else if (1961.0..1986.0).contains(&y) {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t.powi(2) / 260.0 - t.powi(3) / 718.0
    } else if (1986.0..2005.0).contains(&y) {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060_374 * t.powi(2)
            + 0.001_727_5 * t.powi(3)
            + 0.000_651_814 * t.powi(4)
            + 0.000_023_735_99 * t.powi(5)
    } else if (2005.0..2050.0).contains(&y) {
        let t = y - 2000.0;
        62.92 + 0.322_17 * t + 0.005_589 * t.powi(2)
    } else if (2050.0..=2150.0).contains(&y) {
        -20.0 + 32.0 * ((y - 1820.0) / 100.0).powi(2) - 0.5628 * (2150.0 - y)
    } else {
        return None;
    })
}

/// The year (with its fraction) of a Julian Day.
fn year_of(jd: f64) -> f64 {
    2000.0 + (jd - 2_451_545.0) / 365.2425
}

/// The instant (Julian Day, UT) of the true new moon of lunation `k`
/// (k = 0 is the new moon of 6 January 2000).
fn new_moon(k: i64) -> Option<f64> {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = 2_451_550.097_66 + SYNODIC_MONTH * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let m = 2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3;
    let mp =
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4;
    let f =
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4;
    let om = 124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3;
    let periodic = -0.40720 * sin_deg(mp)
        + 0.17241 * e * sin_deg(m)
        + 0.01608 * sin_deg(2.0 * mp)
        + 0.01039 * sin_deg(2.0 * f)
        + 0.00739 * e * sin_deg(mp - m)
        - 0.00514 * e * sin_deg(mp + m)
        + 0.00208 * e * e * sin_deg(2.0 * m)
        - 0.00111 * sin_deg(mp - 2.0 * f)
        - 0.00057 * sin_deg(mp + 2.0 * f)
        + 0.00056 * e * sin_deg(2.0 * mp + m)
        - 0.00042 * sin_deg(3.0 * mp)
        + 0.00042 * e * sin_deg(m + 2.0 * f)
        + 0.00038 * e * sin_deg(m - 2.0 * f)
        - 0.00024 * e * sin_deg(2.0 * mp - m)
        - 0.00017 * sin_deg(om)
        - 0.00007 * sin_deg(mp + 2.0 * m)
        + 0.00004 * sin_deg(2.0 * mp - 2.0 * f)
        + 0.00004 * sin_deg(3.0 * m)
        + 0.00003 * sin_deg(mp + m - 2.0 * f)
        + 0.00003 * sin_deg(2.0 * mp + 2.0 * f)
        - 0.00003 * sin_deg(mp + m + 2.0 * f)
        + 0.00003 * sin_deg(mp - m + 2.0 * f)
        - 0.00002 * sin_deg(mp - m - 2.0 * f)
        - 0.00002 * sin_deg(3.0 * mp + m)
        + 0.00002 * sin_deg(4.0 * mp);
    // The planetary arguments A1 to A14 and their coefficients.
    const PLANETARY: [(f64, f64, f64); 14] = [
        (299.77, 0.107_408, 0.000_325),
        (251.88, 0.016_321, 0.000_165),
        (251.83, 26.651_886, 0.000_164),
        (349.42, 36.412_478, 0.000_126),
        (84.66, 18.206_239, 0.000_110),
        (141.74, 53.303_771, 0.000_062),
        (207.14, 2.453_732, 0.000_060),
        (154.84, 7.306_860, 0.000_056),
        (34.52, 27.261_239, 0.000_047),
        (207.19, 0.121_824, 0.000_042),
        (291.34, 1.844_379, 0.000_040),
        (161.72, 24.198_154, 0.000_037),
        (239.56, 25.513_099, 0.000_035),
        (331.55, 3.592_518, 0.000_023),
    ];
    let planetary: f64 = PLANETARY
        .iter()
        .enumerate()
        .map(|(i, &(a, b, c))| {
            let arg = a + b * k - if i == 0 { 0.009_173 * t2 } else { 0.0 };
            c * sin_deg(arg)
        })
        .sum();
    let tt = jde + periodic + planetary;
    Some(tt - delta_t(year_of(tt))? / 86_400.0)
}

/// The Sun's apparent longitude in degrees [0, 360) at an instant (UT).
fn solar_longitude(jd_ut: f64) -> Option<f64> {
    let jde = jd_ut + delta_t(year_of(jd_ut))? / 86_400.0;
    let t = (jde - 2_451_545.0) / 36_525.0;
    let l0 = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let m = 357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t;
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin_deg(m)
        + (0.019_993 - 0.000_101 * t) * sin_deg(2.0 * m)
        + 0.000_289 * sin_deg(3.0 * m);
    let om = 125.04 - 1934.136 * t;
    let apparent = l0 + c - 0.005_69 - 0.004_78 * sin_deg(om);
    Some(apparent.rem_euclid(360.0))
}

/// The Beijing day an instant (UT) falls on.
fn beijing_day(jd_ut: f64) -> Day {
    (jd_ut - UNIX_EPOCH_JD + BEIJING).floor() as Day
}

/// The instant (UT) a Beijing day begins.
fn midnight(day: Day) -> f64 {
    day as f64 + UNIX_EPOCH_JD - BEIJING
}

fn to_day(d: Date) -> Day {
    (d - Date::constant(1970, 1, 1)).get_days() as Day
}

fn to_date(day: Day) -> Option<Date> {
    crate::claims::add_days(Date::constant(1970, 1, 1), day)
}

/// The Beijing day of the December solstice of `year` (longitude 270°).
fn december_solstice(year: i16) -> Option<Day> {
    let mut jd = midnight(to_day(Date::new(year, 12, 21).ok()?)) + 0.5;
    for _ in 0..6 {
        let off = (270.0 - solar_longitude(jd)? + 180.0).rem_euclid(360.0) - 180.0;
        jd += off * 365.2422 / 360.0;
    }
    Some(beijing_day(jd))
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
