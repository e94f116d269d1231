//! Calendar arithmetic for dates as news writes them, always resolved against
//! the article's publication date (the anchor), never the clock. Each result
//! is an interval of days with the precision it was stated to.
//!
//! The conventions (docs/RULES.md#dates): a weekday is the most recent such
//! day on or before the anchor; "last week" is the previous Monday–Sunday
//! week; "last month"/"last year" the previous calendar month/year; "last
//! August" the most recent August before the anchor's month; a date without
//! a year is its most recent occurrence no later than 30 days after the
//! anchor (ahead in a clause about the future: year_after.rs); "N weeks
//! ago" is anchor − 7N ± 3 days.

use jiff::civil::{Date, Weekday};
use serde::{Serialize, Serializer};

/// How precisely a date was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    /// Two adjacent days: "overnight", "over the weekend".
    Night,
    Week,
    Month,
    Year,
    Decade,
    /// Any other span of days: "earlier this week", "recently".
    Span,
    /// Open at one end: "after 2018", "2012 or later", "before March 2010".
    /// The open end is `Date::MIN` or `Date::MAX`, written as null.
    Open,
}

/// A resolved date: the days it may be, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    #[serde(serialize_with = "iso")]
    pub start: Date,
    #[serde(serialize_with = "iso")]
    pub end: Date,
    pub precision: Precision,
    /// The most likely day, where the text implies one ("two weeks ago").
    #[serde(serialize_with = "iso_opt", skip_serializing_if = "Option::is_none")]
    pub nominal: Option<Date>,
    /// The range is a convention for a vague expression ("recently").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
}

/// Whether a range's end is its open end ("after 2018" has no last day).
pub fn is_open_end(d: Date) -> bool {
    d == Date::MIN || d == Date::MAX
}

fn iso<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    if is_open_end(*d) {
        // The open end of a range ("after 2018").
        return s.serialize_none();
    }
    s.collect_str(d)
}

fn iso_opt<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

impl DateRange {
    pub fn day(d: Date) -> Self {
        DateRange {
            start: d,
            end: d,
            precision: Precision::Day,
            nominal: None,
            approximate: false,
        }
    }

    pub fn span(start: Date, end: Date, precision: Precision) -> Self {
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        DateRange {
            start,
            end,
            precision,
            nominal: None,
            approximate: false,
        }
    }

    pub fn month(year: i16, month: i8) -> Option<Self> {
        let first = Date::new(year, month, 1).ok()?;
        Some(DateRange::span(
            first,
            first.last_of_month(),
            Precision::Month,
        ))
    }

    pub fn year(year: i16) -> Option<Self> {
        Some(DateRange::span(
            Date::new(year, 1, 1).ok()?,
            Date::new(year, 12, 31).ok()?,
            Precision::Year,
        ))
    }

    /// The days from `start` on, with no end: "after 2018" (from 2019).
    pub fn from_on(start: Date) -> Self {
        DateRange {
            start,
            end: Date::MAX,
            precision: Precision::Open,
            nominal: None,
            approximate: false,
        }
    }

    /// The days up to `end`, with no start: "before 2010" (to 2009).
    pub fn up_to(end: Date) -> Self {
        DateRange {
            start: Date::MIN,
            end,
            precision: Precision::Open,
            nominal: None,
            approximate: false,
        }
    }

    /// Whether one end is open ("after 2018").
    pub fn is_open(&self) -> bool {
        is_open_end(self.start) || is_open_end(self.end)
    }

    /// Whether the two ranges share a day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// A short human form: `2025-03-24`, `2025-03`, `2025-03-17..2025-03-23`.
    pub fn display(&self) -> String {
        match self.precision {
            Precision::Day if self.start == self.end => self.start.to_string(),
            Precision::Month => format!("{:04}-{:02}", self.start.year(), self.start.month()),
            Precision::Year => format!("{:04}", self.start.year()),
            _ => self.bounds(),
        }
    }

    /// First and last day, `2025-03-17..2025-03-23`; an open end is left
    /// blank: `2019-01-01..`, `..2010-02-28`.
    pub fn bounds(&self) -> String {
        let day = |d: Date| {
            if is_open_end(d) {
                String::new()
            } else {
                d.to_string()
            }
        };
        format!("{}..{}", day(self.start), day(self.end))
    }
}

pub fn add_days(d: Date, n: i64) -> Option<Date> {
    // Out-of-range spans ("20000 years ago") are no date, not a panic.
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

pub fn month_number(name: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let n = name.trim_end_matches('.').to_lowercase();
    if n.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| n.starts_with(m))?;
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][i];
    (full.starts_with(&n) || n == "sept").then_some(i as i8 + 1)
}

/// A weekday's full name, as holiday tables give it ("thursday").
pub fn weekday_named(name: &str) -> Option<Weekday> {
    let n = name.to_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .position(|d| *d == n)
    .and_then(|_| weekday(&n))
}

pub fn weekday(name: &str) -> Option<Weekday> {
    let n = name.to_lowercase();
    let days = [
        ("mon", Weekday::Monday),
        ("tue", Weekday::Tuesday),
        ("wed", Weekday::Wednesday),
        ("thu", Weekday::Thursday),
        ("fri", Weekday::Friday),
        ("sat", Weekday::Saturday),
        ("sun", Weekday::Sunday),
    ];
    days.iter().find(|(p, _)| n.starts_with(p)).map(|(_, w)| *w)
}

/// A weekday: the most recent on or before the anchor; with `coming` the
/// first after it, with `past` the most recent strictly before it.
/// `next` and `last` also pass over the day beside publication, which a
/// writer would have called tomorrow or yesterday, unless that day lies in
/// the next or the last week: "next Wednesday" said on a Tuesday is eight
/// days on, "last Wednesday" said on a Thursday eight days back, but "last
/// Sunday" said on a Monday is yesterday. With `this`, the one in
/// publication's week, Monday to Sunday.
pub fn resolve_weekday(wd: Weekday, anchor: Date, modifier: Option<&str>) -> Option<Date> {
    let back = (anchor.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7)
        as i64;
    let fwd = (7 - back) % 7;
    let days = match modifier.map(str::to_lowercase).as_deref() {
        Some("next") if fwd == 0 || (fwd == 1 && anchor.weekday() != Weekday::Sunday) => fwd + 7,
        Some("next") | Some("coming") | Some("this coming") if fwd == 0 => 7,
        Some("next") | Some("coming") | Some("this coming") => fwd,
        Some("last") | Some("previous")
            if back == 0 || (back == 1 && anchor.weekday() != Weekday::Monday) =>
        {
            -(back + 7)
        }
        Some("last") | Some("previous") | Some("past") | Some("this past") if back == 0 => -7,
        Some("last") | Some("previous") | Some("past") | Some("this past") => -back,
        Some("this") => {
            (wd.to_monday_zero_offset() - anchor.weekday().to_monday_zero_offset()) as i64
        }
        _ => -back,
    };
    add_days(anchor, days)
}

/// How far ahead of publication a date without a year may fall: news looks
/// back, but announces the near future ("talks are set for April 20").
pub const LOOK_AHEAD_DAYS: i64 = 30;

/// A month and day without a year: the most recent occurrence no later than
/// `LOOK_AHEAD_DAYS` after the anchor.
pub fn yearless(month: i8, day: i8, anchor: Date) -> Option<Date> {
    let limit = add_days(anchor, LOOK_AHEAD_DAYS)?;
    for year in [anchor.year() + 1, anchor.year(), anchor.year() - 1] {
        if let Ok(d) = Date::new(year, month, day) {
            if d <= limit {
                return Some(d);
            }
        }
    }
    // 29 February in a year without one.
    None
}

/// "Wednesday, July 18" without a year: of the day `yearless` gives and
/// the same day a year either side, the one that falls on that weekday,
/// the nearest to publication, preferring those no later than `yearless`
/// looks ahead (the weekday outweighs the past reading: "Fri, Sep 20" in
/// February 2013 is 20 September 2013); none when none does (a date would
/// contradict its weekday).
pub fn yearless_on(wd: Weekday, month: i8, day: i8, anchor: Date) -> Option<Date> {
    let plain = yearless(month, day, anchor)?;
    if plain.weekday() == wd {
        return Some(plain);
    }
    let limit = add_days(anchor, LOOK_AHEAD_DAYS)?;
    let distance = |d: &Date| ((*d > limit), (*d - anchor).get_days().abs());
    [plain.year() - 1, plain.year() + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day).ok())
        .filter(|d| d.weekday() == wd)
        .min_by_key(distance)
}

/// "Friday the 13th": the most recent 13th that is a Friday, up to a week
/// after publication, within the 28 months before it.
pub fn day_on(wd: Weekday, day: i8, anchor: Date) -> Option<Date> {
    let limit = add_days(anchor, 7)?;
    let mut month = limit.first_of_month();
    for _ in 0..28 {
        if let Ok(d) = Date::new(month.year(), month.month(), day) {
            if d <= limit && d.weekday() == wd {
                return Some(d);
            }
        }
        month = month.checked_sub(jiff::Span::new().months(1)).ok()?;
    }
    None
}

/// A year written in two digits ("31/10/74"): in the publication's
/// century when that makes it at most ten years after publication, else
/// in the century before. Without a publication date, 1900s above 30.
pub fn full_year(yy: i16, anchor: Option<Date>) -> i16 {
    let (century, limit) = match anchor {
        Some(a) => {
            let c = a.year() - a.year().rem_euclid(100);
            (c, a.year() + 10)
        }
        None => (2000, 2030),
    };
    if century + yy <= limit {
        century + yy
    } else {
        century - 100 + yy
    }
}

/// A month without a year, by the same rule as `yearless`.
pub fn yearless_month(month: i8, anchor: Date) -> Option<DateRange> {
    let first = yearless(month, 1, anchor)?;
    DateRange::month(first.year(), month)
}

/// Monday of the week that holds `d`.
pub fn monday_of(d: Date) -> Option<Date> {
    add_days(d, -(d.weekday().to_monday_zero_offset() as i64))
}

/// The Monday-to-Sunday week holding `d`.
pub fn week_of(d: Date) -> Option<DateRange> {
    let mon = monday_of(d)?;
    Some(DateRange::span(mon, add_days(mon, 6)?, Precision::Week))
}

/// The whole month `delta` months from `d`'s (0: `d`'s own).
pub(super) fn month_containing(d: Date, delta: i32) -> Option<DateRange> {
    let first = d
        .first_of_month()
        .checked_add(jiff::Span::new().try_months(delta as i64).ok()?)
        .ok()?;
    DateRange::month(first.year(), first.month())
}

/// The first, middle or last third a part word names: "early",
/// "beginning", "start"; "mid", "middle"; "late", "end".
fn third(part: &str) -> Option<u8> {
    Some(match part {
        "early" | "beginning" | "start" => 0,
        "mid" | "middle" => 1,
        "late" | "end" => 2,
        _ => return None,
    })
}

/// Part of a month: days 1–10, 11–20, 21–end.
pub fn part_of_month(m: DateRange, part: &str) -> Option<DateRange> {
    let (a, b) = match third(part)? {
        0 => (1, 10),
        1 => (11, 20),
        _ => (21, m.end.day()),
    };
    let y = m.start.year();
    let mo = m.start.month();
    Some(DateRange::span(
        Date::new(y, mo, a).ok()?,
        Date::new(y, mo, b).ok()?,
        Precision::Span,
    ))
}

/// Part of a year: January–April, May–August, September–December.
pub fn part_of_year(year: i16, part: &str) -> Option<DateRange> {
    let (a, b) = match third(part)? {
        0 => (1, 4),
        1 => (5, 8),
        _ => (9, 12),
    };
    let end = DateRange::month(year, b)?.end;
    Some(DateRange::span(
        Date::new(year, a, 1).ok()?,
        end,
        Precision::Span,
    ))
}

/// Quarter `q` (1–4) of `year`.
pub fn quarter(year: i16, q: i8) -> Option<DateRange> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let first = (q - 1) * 3 + 1;
    let end = DateRange::month(year, first + 2)?.end;
    Some(DateRange::span(
        Date::new(year, first, 1).ok()?,
        end,
        Precision::Span,
    ))
}

/// The quarter containing `d`, moved by `delta` quarters.
fn quarter_containing(d: Date, delta: i32) -> Option<DateRange> {
    let index = d.year() as i32 * 4 + (d.month() as i32 - 1) / 3 + delta;
    quarter(
        i16::try_from(index.div_euclid(4)).ok()?,
        (index.rem_euclid(4) + 1) as i8,
    )
}

/// A season of the northern hemisphere, as the widest of its two common
/// readings, so approximate: meteorological (whole months: summer is June
/// to August) and astronomical (solstice to equinox: about 21 June to 22
/// September). Summer is therefore 1 June to 23 September; winter, which
/// starts in `year`, 1 December to 21 March.
pub fn season(name: &str, year: i16) -> Option<DateRange> {
    let (m1, d1, m2, d2, next) = match name {
        // Each ends on the latest day (UTC) its solstice or equinox falls
        // on from 1970 to 2100: the widest reading (tested below).
        "spring" => (3, 1, 6, 22, false),
        "summer" => (6, 1, 9, 23, false),
        "autumn" | "fall" => (9, 1, 12, 22, false),
        "winter" => (12, 1, 3, 21, true),
        _ => return None,
    };
    Some(DateRange {
        approximate: true,
        ..DateRange::span(
            Date::new(year, m1, d1).ok()?,
            Date::new(year + i16::from(next), m2, d2).ok()?,
            Precision::Span,
        )
    })
}

/// A season named from publication: "this summer" is the one under way
/// or, if none is, the next to come; "last winter" the latest that ended
/// before publication; "next spring" the first to begin after it.
pub fn season_from(name: &str, modifier: &str, anchor: Date) -> Option<DateRange> {
    let y = anchor.year();
    let around: Vec<DateRange> = (y - 2..=y + 1).filter_map(|y| season(name, y)).collect();
    match modifier {
        "last" | "past" | "previous" => around.into_iter().rev().find(|s| s.end < anchor),
        "next" | "coming" | "upcoming" => around.into_iter().find(|s| s.start > anchor),
        _ => around.into_iter().find(|s| s.end >= anchor),
    }
}

/// A century: "the 21st century" is 2000–2099, as the word is used (not
/// the strict 2001–2100).
pub fn century(n: i16) -> Option<DateRange> {
    if !(1..=21).contains(&n) {
        return None;
    }
    let start = (n - 1) * 100;
    Some(DateRange::span(
        Date::new(start.max(1), 1, 1).ok()?,
        Date::new(start + 99, 12, 31).ok()?,
        Precision::Span,
    ))
}

/// Words that say next, this or last another way: "coming week",
/// "upcoming month", "current year", "following week", "the previous
/// quarter"; "yr" for "year", "qtr" for "quarter".
fn synonyms(t: &str) -> String {
    let mut words: Vec<&str> = t.split(' ').collect();
    if let [first, rest @ ..] = words.as_mut_slice() {
        *first = match *first {
            "coming" | "upcoming" | "following" => "next",
            "current" => "this",
            w => w,
        };
        for w in rest.iter_mut() {
            match *w {
                "yr" => *w = "year",
                "qtr" => *w = "quarter",
                _ => {}
            }
        }
    }
    // "this calendar year" is this year.
    words.retain(|w| *w != "calendar");
    words.join(" ")
}

/// The fixed relative expressions. `text` is lower case with single spaces.
/// Monday to Friday of a Monday-to-Sunday week.
fn work_week(week: DateRange) -> Option<DateRange> {
    Some(DateRange::span(
        week.start,
        add_days(week.start, 4)?,
        Precision::Span,
    ))
}

pub fn relative(text: &str, anchor: Date) -> Option<DateRange> {
    // "at the weekend" is "the weekend", "at this time last year" "this
    // time last year".
    let t = text.trim();
    let t = t.strip_prefix("at ").unwrap_or(t);
    let t = match t.trim_start_matches("the ").trim() {
        "eoy" => "end of year",
        "eom" => "end of month",
        t => t,
    };
    let day = |n: i64| add_days(anchor, n).map(DateRange::day);
    let before = |r: DateRange| -> Option<DateRange> {
        let end = add_days(anchor, -1)?.min(r.end);
        Some(DateRange::span(r.start, end.max(r.start), Precision::Span))
    };
    // "later this month": the days after publication, to the period's end.
    let after = |r: DateRange| -> Option<DateRange> {
        let start = add_days(anchor, 1)?.min(r.end);
        Some(DateRange::span(start, r.end, Precision::Span))
    };
    let (part, rest) = match t.split_once(' ') {
        Some((p @ ("early" | "mid" | "late" | "middle" | "beginning" | "start" | "end"), rest)) => {
            (
                Some(p),
                rest.trim_start_matches("of ").trim_start_matches("the "),
            )
        }
        _ => (None, t),
    };
    if let Some(p) = part {
        let week = |w: DateRange| -> Option<DateRange> {
            // Monday to Wednesday; Thursday (late) or Friday (the end) to
            // Sunday.
            let (a, b) = match p {
                "early" | "beginning" | "start" => (0, 2),
                // Midweek: Tuesday to Thursday.
                "mid" | "middle" => (1, 3),
                "late" => (3, 6),
                "end" => (4, 6),
                _ => return None,
            };
            Some(DateRange::span(
                add_days(w.start, a)?,
                add_days(w.start, b)?,
                Precision::Span,
            ))
        };
        let rest = synonyms(rest);
        return match rest.as_str() {
            "last week" | "previous week" | "past week" => week(week_of(add_days(anchor, -7)?)?),
            "this week" | "week" | "current week" => week(week_of(anchor)?),
            "next week" | "following week" => week(week_of(add_days(anchor, 7)?)?),
            "last month" | "previous month" => part_of_month(month_containing(anchor, -1)?, p),
            "this month" | "month" | "current month" => {
                part_of_month(month_containing(anchor, 0)?, p)
            }
            "next month" => part_of_month(month_containing(anchor, 1)?, p),
            "last year" | "previous year" => part_of_year(anchor.year() - 1, p),
            "this year" | "year" | "current year" => part_of_year(anchor.year(), p),
            "next year" => part_of_year(anchor.year() + 1, p),
            _ => None,
        };
    }
    // "coming week", "upcoming month", "current year", "following week":
    // the same as next, this, next.
    let t = &synonyms(t);
    let t = t.as_str();
    // "the rest of the year": from publication to the end of its week,
    // month or year.
    if let Some(unit) = t
        .strip_prefix("rest of the ")
        .or_else(|| t.strip_prefix("rest of this "))
        .or_else(|| t.strip_prefix("rest of my "))
        .or_else(|| t.strip_prefix("rest of "))
    {
        let whole = match unit {
            "week" => week_of(anchor)?,
            "month" => month_containing(anchor, 0)?,
            "year" => DateRange::year(anchor.year())?,
            _ => return None,
        };
        return Some(DateRange::span(anchor, whole.end, Precision::Span));
    }
    Some(match t {
        "the day after tomorrow"
        | "day after tomorrow"
        | "the day after tmrw"
        | "day after tmrw" => day(2)?,
        "the week after next" | "week after next" => week_of(add_days(anchor, 14)?)?,
        "the month after next" | "month after next" => month_containing(anchor, 2)?,
        "the year after next" | "year after next" => DateRange::year(anchor.year() + 2)?,
        "this decade" => decade(anchor.year() - anchor.year().rem_euclid(10), None)?,
        "last decade" | "previous decade" => {
            decade(anchor.year() - anchor.year().rem_euclid(10) - 10, None)?
        }
        "next decade" => decade(anchor.year() - anchor.year().rem_euclid(10) + 10, None)?,
        "today" | "later today" | "earlier today" | "this morning" | "this afternoon"
        | "this evening" | "tonight" | "later on today" => DateRange::day(anchor),
        "yesterday"
        | "yesterday morning"
        | "yesterday afternoon"
        | "yesterday evening"
        | "last evening" => day(-1)?,
        "the day before yesterday" | "day before yesterday" => day(-2)?,
        "tomorrow" | "tmrw" => day(1)?,
        "overnight" | "last night" | "late last night" | "early this morning" => {
            DateRange::span(add_days(anchor, -1)?, anchor, Precision::Night)
        }
        "previous day" | "day before" | "a day earlier" | "a day before" => DateRange {
            approximate: true,
            ..day(-1)?
        },
        "last week" | "past week" | "previous week" => week_of(add_days(anchor, -7)?)?,
        "this week" => week_of(anchor)?,
        // The working week: Monday to Friday.
        "this working week" | "this work week" | "this workweek" => work_week(week_of(anchor)?)?,
        "next working week" | "next work week" | "next workweek" => {
            work_week(week_of(add_days(anchor, 7)?)?)?
        }
        "last working week"
        | "last work week"
        | "last workweek"
        | "previous working week"
        | "previous work week"
        | "previous workweek" => work_week(week_of(add_days(anchor, -7)?)?)?,
        "next week" => week_of(add_days(anchor, 7)?)?,
        "earlier this week" | "earlier in the week" | "earlier that week" => {
            before(week_of(anchor)?)?
        }
        "later this week" | "later in the week" => after(week_of(anchor)?)?,
        // "this weekend" is the one of the publication's Monday–Sunday week:
        // ahead on a weekday, under way on a Saturday or Sunday.
        "this weekend" => {
            let sat = add_days(week_of(anchor)?.start, 5)?;
            DateRange::span(sat, add_days(sat, 1)?, Precision::Night)
        }
        "weekend" | "over the weekend" | "during the weekend" | "on the weekend"
        | "last weekend" | "past weekend" | "this past weekend" | "previous weekend" => {
            // The most recent Saturday–Sunday that ended before the anchor.
            let back = (anchor.weekday().to_monday_zero_offset() as i64 + 2) % 7;
            let sat = add_days(anchor, -(if back == 0 { 7 } else { back }))?;
            DateRange::span(sat, add_days(sat, 1)?, Precision::Night)
        }
        "last month" | "past month" | "previous month" => month_containing(anchor, -1)?,
        "this month" => month_containing(anchor, 0)?,
        "next month" => month_containing(anchor, 1)?,
        "earlier this month" | "earlier in the month" => before(month_containing(anchor, 0)?)?,
        "later this month" | "later in the month" => after(month_containing(anchor, 0)?)?,
        "last year" | "previous year" => DateRange::year(anchor.year() - 1)?,
        // Two weeks either side of the day a year before.
        "this time last year"
        | "same time last year"
        | "this time a year ago"
        | "same time a year ago" => {
            let then = shift(anchor, -1.0, "years")?;
            DateRange {
                nominal: Some(then),
                approximate: true,
                ..DateRange::span(add_days(then, -14)?, add_days(then, 14)?, Precision::Span)
            }
        }
        "this year" => DateRange::year(anchor.year())?,
        "next year" => DateRange::year(anchor.year() + 1)?,
        "earlier this year" | "earlier in the year" => before(DateRange::year(anchor.year())?)?,
        "later this year" | "later in the year" => after(DateRange::year(anchor.year())?)?,
        // "down 20% year to date": the year's days before publication.
        "year to date" | "year-to-date" | "so far this year" => {
            before(DateRange::year(anchor.year())?)?
        }
        "month to date" | "month-to-date" | "so far this month" => {
            before(month_containing(anchor, 0)?)?
        }
        "so far this week" => before(week_of(anchor)?)?,
        // Fourteen days on either side of publication, as "the next two
        // weeks" are.
        "next fortnight" | "coming fortnight" => {
            DateRange::span(add_days(anchor, 1)?, add_days(anchor, 14)?, Precision::Span)
        }
        "past fortnight" | "last fortnight" | "previous fortnight" => DateRange::span(
            add_days(anchor, -14)?,
            add_days(anchor, -1)?,
            Precision::Span,
        ),
        "this quarter" | "current quarter" => quarter_containing(anchor, 0)?,
        "last quarter" | "previous quarter" | "past quarter" => quarter_containing(anchor, -1)?,
        "next quarter" => quarter_containing(anchor, 1)?,
        "recently" | "recent" | "in recent days" | "lately" => DateRange {
            approximate: true,
            ..DateRange::span(add_days(anchor, -14)?, anchor, Precision::Span)
        },
        _ => return None,
    })
}

/// "last August": the most recent August before the anchor's month.
pub fn last_month_named(month: i8, anchor: Date) -> Option<DateRange> {
    let year = if month < anchor.month() {
        anchor.year()
    } else {
        anchor.year() - 1
    };
    DateRange::month(year, month)
}

/// "two days ago", "three weeks ago": anchor minus the offset, with the
/// tolerance its unit implies (weeks ±3 days, months ±15, years ±182).
pub fn ago(count: f64, period: &str, anchor: Date) -> Option<DateRange> {
    if period_days(period)?.1 == "business days" {
        return Some(DateRange::day(shift(anchor, -count, period)?));
    }
    let (days, slack) = match period_days(period)? {
        (1.0, _) => (count, 0.0),
        (7.0, _) => (count * 7.0, 3.0),
        (d, _) if d < 1.0 => (0.0, 0.0),
        (d, _) if d < 100.0 => (count * d, 15.0),
        (d, _) => (count * d, 182.0),
    };
    let nominal = add_days(anchor, -(days.round() as i64))?;
    if slack == 0.0 {
        return Some(DateRange::day(nominal));
    }
    let s = slack as i64;
    Some(DateRange {
        nominal: Some(nominal),
        approximate: true,
        ..DateRange::span(
            add_days(nominal, -s)?,
            add_days(nominal, s)?,
            Precision::Span,
        )
    })
}

/// `d` moved by `n` whole units of a period ("days", "weeks", "months",
/// "years", "decades"), on the calendar: a month from 31 January is the
/// end of February.
pub fn shift(d: Date, n: f64, period: &str) -> Option<Date> {
    if n.fract() != 0.0 || n.abs() > 10_000.0 {
        return None;
    }
    let n = n as i64;
    let (_, unit) = period_days(period)?;
    if unit == "business days" {
        return business_days(d, n);
    }
    let span = match unit {
        "days" | "nights" => jiff::Span::new().try_days(n).ok()?,
        "weeks" => jiff::Span::new().try_weeks(n).ok()?,
        "fortnights" => jiff::Span::new().try_weeks(2 * n).ok()?,
        "months" => jiff::Span::new().try_months(n).ok()?,
        "quarters" => jiff::Span::new().try_months(3 * n).ok()?,
        "years" => jiff::Span::new().try_years(n).ok()?,
        "decades" => jiff::Span::new().try_years(10 * n).ok()?,
        _ => return None,
    };
    d.checked_add(span).ok()
}

/// `d` moved by `n` weekdays, Monday to Friday (public holidays, which
/// differ by country, are not skipped): "in four business days".
fn business_days(d: Date, n: i64) -> Option<Date> {
    let step = n.signum();
    let mut day = d;
    let mut left = n.abs();
    while left > 0 {
        day = add_days(day, step)?;
        if !matches!(
            day.weekday(),
            jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
        ) {
            left -= 1;
        }
    }
    Some(day)
}

/// "the past three weeks": the days from three weeks before `anchor` to
/// the day before it; "the next two days": the day after it on.
pub fn window(n: f64, period: &str, anchor: Date, past: bool) -> Option<DateRange> {
    // "the past 24 hours" run up to publication, whose day they take in:
    // publication and the day before it.
    if period.to_lowercase().trim_end_matches('s') == "hour" {
        let days = (n / 24.0).ceil() as i64;
        let (start, end) = if past {
            (add_days(anchor, -days)?, anchor)
        } else {
            (anchor, add_days(anchor, days)?)
        };
        return (days > 0).then(|| DateRange::span(start, end, Precision::Span));
    }
    let (start, end) = if past {
        (shift(anchor, -n, period)?, add_days(anchor, -1)?)
    } else {
        (add_days(anchor, 1)?, shift(anchor, n, period)?)
    };
    (start <= end).then(|| DateRange::span(start, end, Precision::Span))
}

/// Length of a period word in days (and its canonical plural name).
pub fn period_days(period: &str) -> Option<(f64, &'static str)> {
    let p = period.to_lowercase();
    let p = p.trim_end_matches('s');
    Some(match p {
        "second" | "sec" => (1.0 / 86400.0, "seconds"),
        "minute" | "min" => (1.0 / 1440.0, "minutes"),
        "hour" | "hr" | "h" => (1.0 / 24.0, "hours"),
        "day" | "night" => (1.0, "days"),
        // Five in seven calendar days, on average.
        "business day" | "working day" => (1.4, "business days"),
        "week" => (7.0, "weeks"),
        "fortnight" => (14.0, "fortnights"),
        "month" => (30.4375, "months"),
        "quarter" => (91.3125, "quarters"),
        "year" | "yr" => (365.25, "years"),
        "decade" => (3652.5, "decades"),
        "centurie" | "century" => (36525.0, "centuries"),
        _ => return None,
    })
}

/// Subtracts a number of years (fractions as months when they are whole
/// months, else as days) from `d`.
pub fn minus_years(d: Date, years: f64) -> Option<Date> {
    let whole = years.trunc() as i64;
    let frac = years - years.trunc();
    let d = d
        .checked_sub(jiff::Span::new().try_years(whole).ok()?)
        .ok()?;
    let months = frac * 12.0;
    if (months - months.round()).abs() < 1e-9 {
        d.checked_sub(jiff::Span::new().try_months(months.round() as i64).ok()?)
            .ok()
    } else {
        add_days(d, -((frac * 365.25).round() as i64))
    }
}

/// "the late 1990s": early = years 0–3, mid = 4–6, late = 7–9 of the decade.
pub fn decade(start_year: i16, part: Option<&str>) -> Option<DateRange> {
    let (a, b) = match part.map(str::to_lowercase).as_deref() {
        Some("early") => (0, 3),
        Some("mid") | Some("middle") => (4, 6),
        Some("late") => (7, 9),
        _ => (0, 9),
    };
    Some(DateRange::span(
        Date::new(start_year + a, 1, 1).ok()?,
        Date::new(start_year + b, 12, 31).ok()?,
        Precision::Decade,
    ))
}

/// Easter Sunday of `year`: Gregorian (anonymous algorithm) or, with
/// `orthodox`, Julian computus converted to the Gregorian calendar.
pub fn easter(year: i16, orthodox: bool) -> Option<Date> {
    let y = year as i32;
    if orthodox {
        let a = y % 4;
        let b = y % 7;
        let c = y % 19;
        let d = (19 * c + 15) % 30;
        let e = (2 * a + 4 * b - d + 34) % 7;
        let month = (d + e + 114) / 31;
        let day = (d + e + 114) % 31 + 1;
        let julian = Date::new(year, month as i8, day as i8).ok()?;
        // Julian to Gregorian: 13 days in 1900–2099.
        let shift = (y / 100 - y / 400 - 2) as i64;
        return add_days(julian, shift);
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    #[test]
    fn weekdays_look_back_from_the_anchor() {
        let mon = d(2025, 3, 24);
        assert_eq!(resolve_weekday(Weekday::Monday, mon, None), Some(mon));
        assert_eq!(
            resolve_weekday(Weekday::Sunday, d(2025, 4, 15), None),
            Some(d(2025, 4, 13))
        );
        assert_eq!(
            resolve_weekday(Weekday::Monday, mon, Some("next")),
            Some(d(2025, 3, 31))
        );
        assert_eq!(
            resolve_weekday(Weekday::Monday, mon, Some("last")),
            Some(d(2025, 3, 17))
        );
        // The day beside publication is tomorrow or yesterday, not "next"
        // or "last" (Tuesday 25 March 2025).
        let tue = d(2025, 3, 25);
        assert_eq!(
            resolve_weekday(Weekday::Wednesday, tue, Some("next")),
            Some(d(2025, 4, 2))
        );
        assert_eq!(
            resolve_weekday(Weekday::Monday, tue, Some("last")),
            Some(d(2025, 3, 17))
        );
        assert_eq!(
            resolve_weekday(Weekday::Monday, tue, Some("this past")),
            Some(d(2025, 3, 24))
        );
        assert_eq!(
            resolve_weekday(Weekday::Wednesday, tue, Some("coming")),
            Some(d(2025, 3, 26))
        );
        assert_eq!(
            resolve_weekday(Weekday::Thursday, tue, Some("next")),
            Some(d(2025, 3, 27))
        );
        // ... unless that day lies in the next or the last week.
        assert_eq!(
            resolve_weekday(Weekday::Sunday, mon, Some("last")),
            Some(d(2025, 3, 23))
        );
        assert_eq!(
            resolve_weekday(Weekday::Monday, d(2025, 3, 30), Some("next")),
            Some(mon.checked_add(jiff::Span::new().days(7)).unwrap())
        );
    }

    #[test]
    fn a_weekday_picks_the_year_or_nothing() {
        let a = d(2025, 3, 24);
        // 18 July 2024 was a Thursday and 14 March 2025 a Friday; no 18
        // July from 2023 to 2025 is a Monday.
        assert_eq!(
            yearless_on(Weekday::Thursday, 7, 18, a),
            Some(d(2024, 7, 18))
        );
        assert_eq!(yearless_on(Weekday::Friday, 3, 14, a), Some(d(2025, 3, 14)));
        assert_eq!(yearless_on(Weekday::Monday, 7, 18, a), None);
        // Only the year ahead has it: that one.
        assert_eq!(
            yearless_on(Weekday::Friday, 9, 20, d(2013, 2, 12)),
            Some(d(2013, 9, 20))
        );
    }

    #[test]
    fn relative_expressions() {
        let a = d(2025, 3, 24);
        let r = relative("last week", a).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 17), d(2025, 3, 23)));
        let r = relative("earlier this week", d(2025, 3, 13)).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 10), d(2025, 3, 12)));
        let r = relative("early last month", d(2025, 4, 15)).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 1), d(2025, 3, 10)));
        // The year's, month's days before publication.
        let r = relative("year-to-date", a).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 1, 1), d(2025, 3, 23)));
        let r = relative("so far this month", a).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 1), d(2025, 3, 23)));
        let r = relative("next working week", a).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 31), d(2025, 4, 4)));
        let r = relative("the rest of my week", d(2025, 3, 26)).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 26), d(2025, 3, 30)));
        // Weekdays only: from Monday 24 March, four business days back is
        // Tuesday the 18th, four ahead Friday the 28th.
        let r = window(4.0, "business days", a, true).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 18), d(2025, 3, 23)));
        let r = window(4.0, "working days", a, false).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 25), d(2025, 3, 28)));
        let r = relative("the next fortnight", a).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 25), d(2025, 4, 7)));
        let r = relative("over the weekend", a).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 22), d(2025, 3, 23)));
        // Published on Monday 24 March: "this weekend" is ahead, on
        // Sunday 30 March the one under way.
        let r = relative("this weekend", a).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 29), d(2025, 3, 30)));
        let r = relative("this weekend", d(2025, 3, 30)).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 3, 29), d(2025, 3, 30)));
        let r = relative("overnight", d(2025, 12, 4)).unwrap();
        assert_eq!((r.start, r.end), (d(2025, 12, 3), d(2025, 12, 4)));
    }

    #[test]
    fn yearless_dates_take_the_nearest_past_year() {
        assert_eq!(yearless(3, 11, d(2025, 12, 4)), Some(d(2025, 3, 11)));
        assert_eq!(yearless(12, 28, d(2025, 1, 5)), Some(d(2024, 12, 28)));
        assert_eq!(yearless(3, 30, d(2025, 3, 24)), Some(d(2025, 3, 30)));
        assert_eq!(yearless_month(2, d(2026, 12, 4)), DateRange::month(2026, 2));
        assert_eq!(yearless(3, 11, d(2026, 1, 15)), Some(d(2025, 3, 11)));
        assert_eq!(
            last_month_named(8, d(2025, 3, 13)),
            DateRange::month(2024, 8)
        );
    }

    #[test]
    fn ago_has_tolerance_by_unit() {
        let r = ago(2.0, "weeks", d(2025, 4, 15)).unwrap();
        assert_eq!(
            (r.start, r.end, r.nominal),
            (d(2025, 3, 29), d(2025, 4, 4), Some(d(2025, 4, 1)))
        );
        assert_eq!(
            ago(2.0, "days", d(2025, 4, 15)).unwrap().start,
            d(2025, 4, 13)
        );
    }

    #[test]
    fn easter_both_calendars() {
        assert_eq!(easter(2025, false), Some(d(2025, 4, 20)));
        assert_eq!(easter(2025, true), Some(d(2025, 4, 20)));
        assert_eq!(easter(2024, false), Some(d(2024, 3, 31)));
        assert_eq!(easter(2024, true), Some(d(2024, 5, 5)));
    }

    #[test]
    fn fractional_years() {
        assert_eq!(minus_years(d(2025, 3, 24), 2.75), Some(d(2022, 6, 24)));
        assert_eq!(minus_years(d(2025, 12, 4), 3.6), Some(d(2022, 4, 29)));
    }
}

#[cfg(test)]
mod season_ends {
    use super::season;
    use crate::claims::astro::{solar_longitude, to_date, to_day, when_sun_at, UNIX_EPOCH_JD};
    use jiff::civil::Date;

    /// The UTC day the Sun reaches `longitude` near `month`/`day` of `year`.
    fn day_of(year: i16, longitude: f64, month: i8, day: i8) -> Date {
        let guess = UNIX_EPOCH_JD + to_day(Date::new(year, month, day).unwrap()) as f64;
        let jd = when_sun_at(guess, longitude, solar_longitude).unwrap();
        to_date((jd - UNIX_EPOCH_JD).floor() as i64).unwrap()
    }

    #[test]
    fn each_season_ends_on_the_latest_day_its_equinox_or_solstice_falls_on() {
        // (season, the longitude that ends it, a day near it, whether it
        // ends the year after it begins)
        let ends = [
            ("spring", 90.0, (6, 21), 0),
            ("summer", 180.0, (9, 22), 0),
            ("autumn", 270.0, (12, 21), 0),
            ("winter", 0.0, (3, 20), 1),
        ];
        for (name, longitude, (m, d), next) in ends {
            let mut latest = None;
            for y in 1970..=2100 {
                let ours = season(name, y).unwrap().end;
                let sun = day_of(y + next, longitude, m, d);
                assert!(sun <= ours, "{name} {y}: {sun} after {ours}");
                latest = latest.max(Some((sun.month(), sun.day())));
            }
            let ours = season(name, 2000).unwrap().end;
            assert_eq!(latest, Some((ours.month(), ours.day())), "{name}");
        }
    }
}
