//! The Hebrew calendar, from its arithmetic rules: 19-year cycles of 12-
//! and 13-month years, the molad (mean new moon) of Tishri and the four
//! postponements that keep Rosh Hashanah off Sunday, Wednesday and Friday.
//! Months are numbered from Nisan (1) to Adar (12) and, in leap years,
//! Adar II (13); the year begins with Tishri (7).
//!
//! Source: E. M. Reingold and N. Dershowitz, *Calendrical Calculations*
//! (the "hebrew" calendar). Days are counted as "fixed" day numbers, day 1
//! being 1 January of year 1 (proleptic Gregorian).

use jiff::civil::Date;

/// The fixed day number of 1 Tishri, AM 1.
const EPOCH: i64 = -1_373_427;

fn is_leap(year: i64) -> bool {
    (7 * year + 1).rem_euclid(19) < 7
}

fn last_month(year: i64) -> i64 {
    if is_leap(year) {
        13
    } else {
        12
    }
}

/// Days from the epoch to the molad of Tishri of `year`, with the first
/// postponement (a molad at or after noon, or on a forbidden weekday).
fn elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let day = 29 * months + parts.div_euclid(25_920);
    if (3 * (day + 1)).rem_euclid(7) < 3 {
        day + 1
    } else {
        day
    }
}

/// The other postponements, which keep a year 353 to 355 days long (383
/// to 385 in leap years).
fn year_length_correction(year: i64) -> i64 {
    let (a, b, c) = (
        elapsed_days(year - 1),
        elapsed_days(year),
        elapsed_days(year + 1),
    );
    if c - b == 356 {
        2
    } else if b - a == 382 {
        1
    } else {
        0
    }
}

fn new_year(year: i64) -> i64 {
    EPOCH + elapsed_days(year) + year_length_correction(year)
}

fn month_length(year: i64, month: i64) -> i64 {
    let days_in_year = new_year(year + 1) - new_year(year);
    match month {
        2 | 4 | 6 | 10 | 13 => 29,
        12 if !is_leap(year) => 29,
        // Marheshvan is long, and Kislev short, in some years.
        8 if days_in_year % 10 != 5 => 29,
        9 if days_in_year % 10 == 3 => 29,
        _ => 30,
    }
}

fn fixed(year: i64, month: i64, day: i64) -> i64 {
    let before: i64 = if month < 7 {
        (7..=last_month(year))
            .chain(1..month)
            .map(|m| month_length(year, m))
            .sum()
    } else {
        (7..month).map(|m| month_length(year, m)).sum()
    };
    new_year(year) + before + day - 1
}

/// The Gregorian day of `day` `month` of Hebrew year `year` (AM). Adar (12)
/// in a leap year is read as Adar II (13), where Purim falls.
pub fn to_gregorian(year: i32, month: i8, day: i8) -> Option<Date> {
    let (y, mut m, d) = (year as i64, month as i64, day as i64);
    if !(1..=13).contains(&m) || !(1..=30).contains(&d) || y < 1 {
        return None;
    }
    if m == 12 && is_leap(y) {
        m = 13;
    }
    if m > last_month(y) || d > month_length(y, m) {
        return None;
    }
    let n = fixed(y, m, d) - 1;
    Date::new(1, 1, 1)
        .ok()?
        .checked_add(jiff::Span::new().try_days(n).ok()?)
        .ok()
}

/// The first day in Gregorian `year` that is `day` `month` in the Hebrew
/// calendar.
pub fn first_in_year(year: i16, month: i8, day: i8) -> Option<Date> {
    let am = year as i32 + 3760;
    (am..=am + 1)
        .filter_map(|y| to_gregorian(y, month, day))
        .filter(|d| d.year() == year)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn known_days() {
        // Rosh Hashanah 5779 was 10 September 2018; Yom Kippur 19
        // September; Passover 5778 began 31 March 2018; Hanukkah 5779
        // 3 December 2018; Purim 5773 (not a leap year) 24 February 2013,
        // Purim 5784 (a leap year: Adar II) 24 March 2024.
        assert_eq!(to_gregorian(5779, 7, 1), Some(date(2018, 9, 10)));
        assert_eq!(to_gregorian(5779, 7, 10), Some(date(2018, 9, 19)));
        assert_eq!(to_gregorian(5778, 1, 15), Some(date(2018, 3, 31)));
        assert_eq!(to_gregorian(5779, 9, 25), Some(date(2018, 12, 3)));
        assert_eq!(to_gregorian(5773, 12, 14), Some(date(2013, 2, 24)));
        assert_eq!(to_gregorian(5784, 12, 14), Some(date(2024, 3, 24)));
        assert_eq!(to_gregorian(5779, 14, 1), None);
    }

    #[test]
    fn a_day_in_a_gregorian_year() {
        assert_eq!(first_in_year(2018, 7, 1), Some(date(2018, 9, 10)));
        assert_eq!(first_in_year(2018, 1, 15), Some(date(2018, 3, 31)));
    }

    #[test]
    fn holidays_on_it_start_the_evening_before() {
        let rules = crate::rules::load(&[]).expect("rules");
        let text = "Shelling paused over Passover 2018.";
        let (_, claims) = crate::claims::extract_text(text, "2025-03-12".parse().ok(), &rules);
        let d = claims.iter().find_map(|c| c.date).expect("a date");
        // 15–21 Nisan 5778 is 31 March to 6 April 2018; from the evening
        // before, to the eighth day kept outside Israel.
        assert!(d.approximate);
        assert_eq!((d.start, d.end), (date(2018, 3, 30), date(2018, 4, 7)));
    }
}
