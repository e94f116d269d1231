//! The Hindu calendars, computed for New Delhi (28.61° N, 77.21° E,
//! Indian Standard Time, UTC+5:30), as the almanacs most Indian news
//! follows reckon them:
//!
//! - **lunar** (amanta): a month runs from one new moon to the next and is
//!   named by the sidereal sign the Sun is in at the new moon that begins
//!   it (in Pisces: Chaitra, month 1; in Aries: Vaishakha, 2; ... in
//!   Aquarius: Phalguna, 12). A month whose new moon and the next fall in
//!   the same sign is a leap month (adhika) and never the one a festival
//!   names. Its days are tithis, thirtieths of the Moon's elongation from
//!   the Sun (12° each: 1–15 waxing, 16–30 waning, 30 the new moon's).
//!   A festival falls on the day its tithi holds at the moment its rites
//!   are kept: sunrise, midday, the afternoon, the evening after sunset,
//!   or midnight; when the tithi holds at that moment on no day (a
//!   skipped tithi), on the day it began.
//! - **solar**: a month begins when the Sun enters a sidereal sign (Aries:
//!   1, ... Capricorn: 10), on that day if before sunset, else the next
//!   (the Tamil and Punjabi rule: Pongal, Makar Sankranti, Vaisakhi);
//! - **bengali**: the same months, each beginning the day after the Sun
//!   enters the sign (25 Boishakh: Rabindra Jayanti).
//!
//! Sidereal longitudes use the Lahiri (Chitrapaksha) ayanamsa, the one the
//! Indian Calendar Reform Committee adopted (1955): 23.857° at J2000,
//! growing 50.28″ a year. Positions of the Sun and the Moon from
//! src/claims/astro.rs; sunrise and sunset for the Sun's upper limb with
//! 34′ of refraction. Years 1901 to 2100.

use super::astro::{
    moon_longitude, new_moon, solar_longitude, to_date, to_day, when_sun_at, SYNODIC_MONTH,
    UNIX_EPOCH_JD,
};
use jiff::civil::Date;

/// Days from 1970-01-01 to an Indian calendar day.
type Day = i64;

const IST: f64 = 5.5 / 24.0;
const LATITUDE: f64 = 28.6139;
const LONGITUDE: f64 = 77.2090;

/// When a festival's rites are kept: the moment whose tithi decides its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    Sunrise,
    /// Midday (madhyahna): halfway from sunrise to sunset.
    Midday,
    /// The afternoon (aparahna): seven tenths of the way to sunset.
    Afternoon,
    /// The evening (pradosh): an hour after sunset.
    Evening,
    /// Midnight (nishita): halfway from sunset to the next sunrise.
    Midnight,
}

impl Moment {
    pub fn parse(name: &str) -> Option<Moment> {
        Some(match name {
            "sunrise" => Moment::Sunrise,
            "midday" => Moment::Midday,
            "afternoon" => Moment::Afternoon,
            "evening" => Moment::Evening,
            "midnight" => Moment::Midnight,
            _ => return None,
        })
    }
}

/// How a solar month's first day follows the Sun's entry into its sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolarRule {
    /// That day if the entry is before sunset, else the next.
    BeforeSunset,
    /// The day after the entry (Bengal).
    NextDay,
}

fn ayanamsa(jd: f64) -> f64 {
    23.857 + (jd - 2_451_545.0) / 365.25 * (50.28 / 3600.0)
}

fn sidereal_sun(jd: f64) -> Option<f64> {
    Some((solar_longitude(jd)? - ayanamsa(jd)).rem_euclid(360.0))
}

/// The Moon's elongation from the Sun in degrees [0, 360).
fn elongation(jd: f64) -> Option<f64> {
    Some((moon_longitude(jd)? - solar_longitude(jd)?).rem_euclid(360.0))
}

/// The tithi (1 to 30) at an instant.
fn tithi(jd: f64) -> Option<i64> {
    Some((elongation(jd)? / 12.0).floor() as i64 + 1)
}

fn ist_day(jd: f64) -> Day {
    (jd - UNIX_EPOCH_JD + IST).floor() as Day
}

/// Sunrise and sunset (Julian Days, UT) in New Delhi on `day`.
fn sun_times(day: Day) -> Option<(f64, f64)> {
    let jd0 = day as f64 + UNIX_EPOCH_JD; // 0h UT of the same calendar day
    let noon = jd0 + 0.5 - LONGITUDE / 360.0;
    let t = (noon - 2_451_545.0) / 36_525.0;
    let lambda = solar_longitude(noon)?.to_radians();
    let epsilon = (23.439_291 - 0.013_004_2 * t).to_radians();
    let declination = (epsilon.sin() * lambda.sin()).asin();
    let right_ascension = (epsilon.cos() * lambda.sin())
        .atan2(lambda.cos())
        .to_degrees();
    let mean = 280.466_46 + 36_000.769_83 * t;
    // The equation of time, in degrees of rotation.
    let eot = (mean - 0.005_718_3 - right_ascension + 180.0).rem_euclid(360.0) - 180.0;
    let transit = jd0 + 0.5 - LONGITUDE / 360.0 - eot / 360.0;
    let phi = LATITUDE.to_radians();
    let cos_h = ((-0.833_f64).to_radians().sin() - phi.sin() * declination.sin())
        / (phi.cos() * declination.cos());
    let h = cos_h.clamp(-1.0, 1.0).acos().to_degrees() / 360.0;
    Some((transit - h, transit + h))
}

/// The instant of `moment` on `day`.
fn moment_on(day: Day, moment: Moment) -> Option<f64> {
    let (rise, set) = sun_times(day)?;
    let daylight = set - rise;
    Some(match moment {
        Moment::Sunrise => rise,
        Moment::Midday => rise + 0.5 * daylight,
        Moment::Afternoon => rise + 0.7 * daylight,
        Moment::Evening => set + 1.0 / 24.0,
        Moment::Midnight => {
            let (next_rise, _) = sun_times(day + 1)?;
            (set + next_rise) / 2.0
        }
    })
}

/// The sidereal sign (0 = Aries ... 11 = Pisces) the Sun is in.
fn sign(jd: f64) -> Option<i64> {
    Some((sidereal_sun(jd)? / 30.0).floor() as i64)
}

/// The lunation (as astro::new_moon counts them) whose new moon is the
/// last before `jd`.
fn lunation_before(jd: f64) -> Option<i64> {
    let mut k = ((jd - 2_451_550.1) / SYNODIC_MONTH).floor() as i64;
    while new_moon(k + 1)? <= jd {
        k += 1;
    }
    while new_moon(k)? > jd {
        k -= 1;
    }
    Some(k)
}

/// The amanta month (1 = Chaitra ... 12 = Phalguna) lunation `k` begins,
/// or None for a leap month.
fn month_of(k: i64) -> Option<Option<i8>> {
    let s = sign(new_moon(k)?)?;
    if s == sign(new_moon(k + 1)?)? {
        return Some(None);
    }
    Some(Some(((s + 1) % 12 + 1) as i8))
}

/// The day tithi `tithi` of lunation `k` is kept at `moment`.
fn festival_in(k: i64, tithi_wanted: i64, moment: Moment) -> Option<Day> {
    let (start, end) = (new_moon(k)?, new_moon(k + 1)?);
    let mut began: Option<Day> = None;
    for day in ist_day(start) - 1..=ist_day(end) + 1 {
        let at = moment_on(day, moment)?;
        if at < start || at >= end {
            continue;
        }
        let t = tithi(at)?;
        if t == tithi_wanted {
            return Some(day);
        }
        if t > tithi_wanted && began.is_none() {
            // Held at no day's moment: it began after the previous day's
            // moment and ended before this one, so it is kept the day
            // before, the day it began.
            began = Some(day - 1);
        }
    }
    began
}

/// The first day in Gregorian `year` of tithi `tithi` (1 to 30) of
/// amanta month `month` (1 = Chaitra), kept at `moment`, moved `offset`
/// days: `lunar_in_year(2019, 7, 30, Moment::Evening, 0)` is Diwali,
/// 27 October 2019.
pub fn lunar_in_year(year: i16, month: i8, tithi: i8, moment: Moment, offset: i16) -> Option<Date> {
    if !(1901..=2100).contains(&year) || !(1..=12).contains(&month) || !(1..=30).contains(&tithi) {
        return None;
    }
    let from = midnight_ut(to_day(Date::new(year - 1, 11, 1).ok()?));
    let to = midnight_ut(to_day(Date::new(year, 12, 31).ok()?));
    let mut k = lunation_before(from)?;
    while new_moon(k)? < to {
        if month_of(k)? == Some(month) {
            let day = festival_in(k, i64::from(tithi), moment)? + i64::from(offset);
            let date = to_date(day)?;
            if date.year() == year {
                return Some(date);
            }
        }
        k += 1;
    }
    None
}

fn midnight_ut(day: Day) -> f64 {
    day as f64 + UNIX_EPOCH_JD - IST
}

/// The instant in `year` the Sun enters sidereal longitude `target`.
fn entry(year: i16, target: f64) -> Option<f64> {
    let new_year = midnight_ut(to_day(Date::new(year, 1, 1).ok()?));
    let ahead = (target - sidereal_sun(new_year)?).rem_euclid(360.0);
    when_sun_at(new_year + ahead * 365.2422 / 360.0, target, sidereal_sun)
}

/// Day `day` of solar month `month` (1 = Aries ... 12 = Pisces), moved
/// `offset` days, in Gregorian `year`, the month beginning as `rule` says:
/// `solar_in_year(2019, 10, 1, SolarRule::BeforeSunset, 0)` is Pongal,
/// 15 January 2019.
pub fn solar_in_year(year: i16, month: i8, day: i8, rule: SolarRule, offset: i16) -> Option<Date> {
    if !(1901..=2100).contains(&year) || !(1..=12).contains(&month) || !(1..=32).contains(&day) {
        return None;
    }
    let at = entry(year, f64::from(month - 1) * 30.0)?;
    let on = ist_day(at);
    let first = match rule {
        SolarRule::BeforeSunset if at < sun_times(on)?.1 => on,
        _ => on + 1,
    };
    let date = to_date(first + i64::from(day) - 1 + i64::from(offset))?;
    (date.year() == year).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn sunrise_in_new_delhi() {
        // Sunrise on 21 June 2024 in New Delhi: 05:24 IST; sunset 19:22.
        let (rise, set) = sun_times(to_day(d("2024-06-21"))).unwrap();
        let ist = |jd: f64| ((jd - UNIX_EPOCH_JD + IST).rem_euclid(1.0) * 1440.0).round();
        assert!(
            (ist(rise) - (5.0 * 60.0 + 24.0)).abs() <= 2.0,
            "{}",
            ist(rise)
        );
        assert!(
            (ist(set) - (19.0 * 60.0 + 22.0)).abs() <= 2.0,
            "{}",
            ist(set)
        );
    }

    #[test]
    fn tithi_at_new_and_full_moons() {
        // The instant of a new moon ends tithi 30 and begins tithi 1.
        for k in [-100, 0, 150, 300] {
            let nm = new_moon(k).unwrap();
            assert_eq!(tithi(nm + 0.01).unwrap(), 1, "lunation {k}");
            assert_eq!(tithi(nm - 0.01).unwrap(), 30, "lunation {k}");
        }
    }

    /// Festival days as Indian almanacs for New Delhi and the central
    /// government's holiday lists give them.
    #[test]
    fn lunar_festivals() {
        let cases = [
            // Dhanteras: Ashvin's 28th, in the evening; in 2019 it began
            // after the evening of the 25th and ended before the next.
            ((2019, 7, 28, Moment::Evening, 0), "2019-10-25"),
            // Diwali (Lakshmi Puja): Ashvin's new moon, in the evening.
            ((2019, 7, 30, Moment::Evening, 0), "2019-10-27"),
            ((2023, 7, 30, Moment::Evening, 0), "2023-11-12"),
            // Holi: the day after Phalguna's full moon.
            ((2019, 12, 15, Moment::Evening, 1), "2019-03-21"),
            ((2024, 12, 15, Moment::Evening, 1), "2024-03-25"),
            // Ganesh Chaturthi: Bhadrapada's 4th, at midday.
            ((2019, 6, 4, Moment::Midday, 0), "2019-09-02"),
            // Maha Shivaratri: Magha's 29th, at midnight.
            ((2020, 11, 29, Moment::Midnight, 0), "2020-02-21"),
            // Janmashtami: Shravana's 23rd, at midnight.
            ((2019, 5, 23, Moment::Midnight, 0), "2019-08-23"),
            // Ugadi: Chaitra's 1st, at sunrise.
            ((2018, 1, 1, Moment::Sunrise, 0), "2018-03-18"),
        ];
        for ((year, month, t, moment, offset), want) in cases {
            assert_eq!(
                lunar_in_year(year, month, t, moment, offset),
                Some(d(want)),
                "{year} {month}/{t}"
            );
        }
    }

    /// 2023 had a leap Shravana (18 July to 16 August): Raksha Bandhan,
    /// on the full moon of Shravana proper, fell on 30 August.
    #[test]
    fn the_leap_month_is_skipped() {
        assert_eq!(
            lunar_in_year(2023, 5, 15, Moment::Afternoon, 0),
            Some(d("2023-08-30"))
        );
    }

    #[test]
    fn solar_months() {
        // Makar Sankranti / Pongal: the Sun entered Capricorn on
        // 14 January 2018 by day, on 14 January 2019 after sunset.
        assert_eq!(
            solar_in_year(2018, 10, 1, SolarRule::BeforeSunset, 0),
            Some(d("2018-01-14"))
        );
        assert_eq!(
            solar_in_year(2019, 10, 1, SolarRule::BeforeSunset, 0),
            Some(d("2019-01-15"))
        );
        // Vaisakhi.
        assert_eq!(
            solar_in_year(2018, 1, 1, SolarRule::BeforeSunset, 0),
            Some(d("2018-04-14"))
        );
        // 25 Boishakh (Rabindra Jayanti): 9 May 2019, 8 May 2024.
        assert_eq!(
            solar_in_year(2019, 1, 25, SolarRule::NextDay, 0),
            Some(d("2019-05-09"))
        );
        assert_eq!(
            solar_in_year(2024, 1, 25, SolarRule::NextDay, 0),
            Some(d("2024-05-08"))
        );
    }

    #[test]
    fn outside_the_supported_years_is_none() {
        assert_eq!(lunar_in_year(1850, 7, 30, Moment::Evening, 0), None);
        assert_eq!(solar_in_year(2200, 10, 1, SolarRule::BeforeSunset, 0), None);
        assert_eq!(lunar_in_year(2024, 13, 1, Moment::Sunrise, 0), None);
    }
}
