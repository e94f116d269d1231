//! Scoring one case: each expected item is matched to a claim whose span
//! overlaps it, and the claim's value is compared with the item's, by
//! claimgraph's conventions where they differ from the peer's (each such
//! match names its convention, so the report can list them).

use super::cases::{Case, Item};
use crate::claims::{add_days, is_open_end, period_days};
use crate::claims::{unit_size, Claim, DateRange, Kind};
use jiff::civil::Date;
use serde_json::Value;

/// Where claimgraph deliberately differs from a peer (docs/ACCURACY.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Convention {
    /// "on Monday" is the last Monday: news reports the past.
    PastReading,
    /// "over 30" is the interval (30, ∞), not 30.
    HedgeInterval,
    /// "between 20 and 30" includes 30; "from 4 to 22" includes the 22nd.
    InclusiveEnd,
    /// "a few", "dozens", "several weeks" are intervals, not one number.
    VagueInterval,
    /// "under 170" is [0, 170): amounts and counts are not negative.
    ZeroFloor,
    /// "the last two weeks" is the 14 days before publication, not two
    /// whole calendar weeks.
    RollingWindow,
    /// "late March" is the last third of March (21–31), "later this year"
    /// the rest of it after publication, where the peer takes another share.
    PeriodPart,
    /// "the upcoming two weeks" are both weeks from publication; Duckling
    /// takes the second week alone.
    NextUnits,
    /// "after 1 January 2016" begins on the 2nd, "after 2014" in 2015;
    /// Recognizers begins the first on the day itself, Duckling the second
    /// on 1 January 2014.
    AfterExcludes,
    /// "since 2014", "until March 1", "by tomorrow" claim the date that
    /// anchors the open period; the peer gives the open period.
    AnchorDate,
    /// "the first week of January" is the first Monday-to-Sunday week
    /// wholly in January, "the last week of December" the last; the peer
    /// counts from the week that holds the month's first (or last) day.
    WholeWeeks,
    /// "last night" is the evening's day and the next, into whose early
    /// hours a night runs; the peer ends it at midnight or gives a time in
    /// the evening.
    Night,
}

impl Convention {
    pub const ALL: [Convention; 12] = [
        Convention::PastReading,
        Convention::HedgeInterval,
        Convention::InclusiveEnd,
        Convention::VagueInterval,
        Convention::ZeroFloor,
        Convention::RollingWindow,
        Convention::PeriodPart,
        Convention::NextUnits,
        Convention::AfterExcludes,
        Convention::AnchorDate,
        Convention::WholeWeeks,
        Convention::Night,
    ];

    pub fn describe(self) -> &'static str {
        match self {
            Convention::PastReading => "news reports prefer the past: a weekday or a date without a year is the last one, not the next",
            Convention::HedgeInterval => "hedged values are intervals (\"over 30\" is more than 30, \"about 3-5 km\" 2.7 to 5.5 km), where the peer keeps the bare number or range",
            Convention::InclusiveEnd => "ranges include their stated end (\"20 to 30\" includes 30; \"July 13 to 15\" includes the 15th)",
            Convention::VagueInterval => "vague amounts and approximate dates are intervals (\"a few\", \"dozens\", \"two weeks ago\"), where the peer picks one value inside",
            Convention::ZeroFloor => "an upper bound on a positive amount starts at zero (\"under 170\" is [0, 170)), where the peer leaves the lower end open",
            Convention::RollingWindow => "\"the last two weeks\" is the 14 days up to publication, where the peer takes two whole calendar weeks",
            Convention::NextUnits => "\"the upcoming two weeks\" are both weeks from publication, where Duckling takes the second week (or quarter) alone",
            Convention::AfterExcludes => "\"after\" a day, month or year begins after it (\"after 1/1/2016\" is from 2 January on, \"after 2014\" from 2015), where the peer begins on it",
            Convention::AnchorDate => "\"since 2014\", \"until 2012\", \"by tomorrow\" claim the date that anchors the period, where the peer gives the open period that begins or ends there",
            Convention::WholeWeeks => "the weeks of a month are those wholly in it (\"the first week of January 2015\" is 5-11 January), where the peer counts from the week that holds the month's first or last day",
            Convention::Night => "a night runs into the next morning (\"last night\" is the evening's day and the next), where the peer ends it at midnight or gives a time in the evening",
            Convention::PeriodPart => "the early, middle and late parts of a period are its thirds (\"late March\" is 21-31), \"later this year\" the rest of it after publication, where the peer takes halves or another share: the same edge of the same period",
        }
    }
}

/// How one expected item fared.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemOutcome {
    Match(Option<Convention>),
    /// A claim covers the span with another value.
    Mismatch {
        got: String,
    },
    Miss,
}

pub fn score_item(
    case: &Case,
    item: &Item,
    claims: &[Claim],
    reference: Option<Date>,
) -> ItemOutcome {
    let range = case.byte_range(item);
    let overlapping: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.span.start < range.end && range.start < c.span.end)
        .collect();
    if overlapping.is_empty() {
        return ItemOutcome::Miss;
    }
    let mut best: Option<Option<Convention>> = None;
    for c in &overlapping {
        for v in std::iter::once(&item.value).chain(&item.alt_values) {
            let text = case.input.get(c.span.clone()).unwrap_or("");
            if let Some(conv) = value_matches(item, v, c, text, reference) {
                // A plain match beats one by convention.
                if best.is_none() || conv.is_none() {
                    best = Some(conv);
                }
            }
        }
    }
    match best {
        Some(conv) => ItemOutcome::Match(conv),
        None => ItemOutcome::Mismatch {
            got: overlapping
                .iter()
                .map(|c| describe(c))
                .collect::<Vec<_>>()
                .join("; "),
        },
    }
}

/// A claim's value as the report shows it.
pub fn describe(c: &Claim) -> String {
    let kind = Kind::NAMES[c.kind as usize];
    if let Some(d) = &c.date {
        return format!("{kind} {}", d.display());
    }
    match &c.amount {
        Some(a) => {
            let i = &a.interval;
            let fmt = |v: Option<f64>| v.map_or("∞".to_string(), |v| format!("{v}"));
            let unit = c.unit.as_deref().unwrap_or("");
            if i.min == i.max {
                format!("{kind} {} {unit}", fmt(i.min))
            } else {
                format!("{kind} [{}, {}] {unit}", fmt(i.min), fmt(i.max))
            }
        }
        None => kind.to_string(),
    }
}

/// Whether claim `c` has value `v` of item `item`: `Some(None)` for a
/// plain match, `Some(Some(convention))` for a match by one of
/// claimgraph's conventions, `None` otherwise.
fn value_matches(
    item: &Item,
    v: &Value,
    c: &Claim,
    text: &str,
    reference: Option<Date>,
) -> Option<Option<Convention>> {
    match item.kind.as_str() {
        "date" | "daterange" | "datetime" | "datetimerange" => night_matches(v, c, text)
            .or_else(|| date_matches(v, c, reference, item.holiday.is_some()))
            .or_else(|| period_part_matches(v, c, text, reference))
            .or_else(|| anchor_matches(item, v, c)),
        "duration" => duration_matches(v, c),
        _ => number_matches(item, v, c),
    }
}

/// Whether an interval holds `n` (bounds honoured).
fn contains(i: &crate::claims::Interval, n: f64) -> bool {
    let above = match i.min {
        None => true,
        Some(lo) if i.min_exclusive => n > lo,
        Some(lo) => n >= lo,
    };
    let below = match i.max {
        None => true,
        Some(hi) if i.max_exclusive => n < hi,
        Some(hi) => n <= hi,
    };
    above && below
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9_f64.max(b.abs() * 1e-6)
}

/// A claim's amount in the peer's unit, where both units are known
/// lengths or masses ("2,000 milligrams" is Duckling's 2 grams).
fn in_peer_unit(item: &Item, c: &Claim) -> Option<crate::claims::Amount> {
    let a = *c.amount.as_ref()?;
    // A share in percent ("one in three": 33.3%) where the peer gives the
    // fraction (0.333): the same value in another unit.
    if c.unit.as_deref() == Some("percent") && item.kind == "number" {
        return Some(scaled(a, 0.01));
    }
    let (Some(theirs), Some(ours)) = (item.unit.as_deref(), c.unit.as_deref()) else {
        return Some(a);
    };
    match (unit_size(ours), unit_size(theirs)) {
        (Some((d1, s1)), Some((d2, s2))) if d1 == d2 && s1 != s2 => Some(scaled(a, s1 / s2)),
        _ => Some(a),
    }
}

/// An amount times `k`, bounds and nominal value alike.
fn scaled(a: crate::claims::Amount, k: f64) -> crate::claims::Amount {
    let scale = |x: Option<f64>| x.map(|v| v * k);
    crate::claims::Amount {
        nominal: scale(a.nominal),
        interval: crate::claims::Interval {
            min: scale(a.interval.min),
            max: scale(a.interval.max),
            ..a.interval
        },
    }
}

fn number_matches(item: &Item, v: &Value, c: &Claim) -> Option<Option<Convention>> {
    let converted = in_peer_unit(item, c)?;
    let a = &converted;
    let i = &a.interval;
    if let Some(n) = v.as_f64() {
        if i.min
            .zip(i.max)
            .is_some_and(|(lo, hi)| close(lo, n) && close(hi, n))
        {
            return Some(None);
        }
        if a.nominal.is_some_and(|x| close(x, n)) {
            // The number as written is the peer's value; claimgraph's value
            // is an interval around it (a hedge).
            return Some(Some(Convention::HedgeInterval));
        }
        if a.nominal.is_none() && contains(i, n) {
            return Some(Some(Convention::VagueInterval));
        }
        return None;
    }
    // A range: {"from": X, "to": Y}, either side open.
    let from = v.get("from").map(Value::as_f64);
    let to = v.get("to").map(Value::as_f64);
    let (from, to) = (from?, to?);
    // A range said to be approximate ("about 3-5 km") reaches a tenth
    // further each way, where the peer keeps the range as written.
    if let (Some(_), None, Some(f), Some(t), Some(lo), Some(hi)) =
        (&c.hedge, a.nominal, from, to, i.min, i.max)
    {
        if close(lo, f - 0.1 * f.abs()) && close(hi, t + 0.1 * t.abs()) {
            return Some(Some(Convention::HedgeInterval));
        }
    }
    let mut floor = false;
    let lo_ok = match (from, i.min) {
        (None, None) => true,
        (Some(f), Some(lo)) => close(f, lo),
        (None, Some(lo)) if lo == 0.0 && to.is_some_and(|t| t > 0.0) => {
            floor = true;
            true
        }
        _ => false,
    };
    let hi = match (to, i.max) {
        (None, None) => Some(None),
        (Some(t), Some(hi)) if close(t, hi) => {
            // A half-open peer range [20, 30) read as [20, 30].
            if item.to_inclusive == Some(false) && !i.max_exclusive {
                Some(Some(Convention::InclusiveEnd))
            } else {
                Some(None)
            }
        }
        _ => None,
    };
    match (lo_ok, hi) {
        (false, _) | (_, None) => None,
        (true, Some(None)) if floor => Some(Some(Convention::ZeroFloor)),
        (true, hi) => hi,
    }
}

/// The days (inclusive) a peer's date value names.
fn peer_days(v: &Value) -> Option<(Option<Date>, Option<Date>, bool)> {
    if let Some(s) = v.as_str() {
        let (a, b) = iso_days(s)?;
        return Some((Some(a), Some(b), false));
    }
    let from = v.get("from")?;
    let to = v.get("to")?;
    // One end a time of day and the other open ("today before 4pm",
    // "1/1/2015 after 2:00"): a bound within a day names that day.
    let timed = |x: &Value| x.as_str().is_some_and(|s| s.contains('T'));
    if let (Value::Null, t) | (t, Value::Null) = (from, to) {
        if timed(t) {
            let (day, _) = iso_days(t.as_str()?)?;
            return Some((Some(day), Some(day), false));
        }
    }
    let from = match from {
        Value::Null => None,
        f => Some(iso_days(f.as_str()?)?.0),
    };
    // Half-open: the day before `to` is the last one; but an end at a time
    // after midnight ("2018-07-16T23:59:59", "T21:30") falls in its own day.
    let to = match to {
        Value::Null => None,
        t => {
            let s = t.as_str()?;
            let day = iso_days(s)?.0;
            let midnight = s
                .get(10..)
                .is_none_or(|time| time.is_empty() || time.starts_with("T00:00:00"));
            Some(if midnight { add_days(day, -1)? } else { day })
        }
    };
    Some((from, to, true))
}

/// "2016-11-07", "2016-11", "2016", "2016-W44", "2016-11-07T08:00:00".
fn iso_days(s: &str) -> Option<(Date, Date)> {
    let s = s.get(..10.min(s.len()))?;
    if let Some((y, w)) = s.split_once("-W") {
        let y: i16 = y.parse().ok()?;
        let w: i8 = w.parse().ok()?;
        let monday = jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
            .ok()?
            .date();
        return Some((monday, add_days(monday, 6)?));
    }
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] => {
            let r = DateRange::year(y.parse().ok()?)?;
            Some((r.start, r.end))
        }
        [y, m] => {
            let r = DateRange::month(y.parse().ok()?, m.parse().ok()?)?;
            Some((r.start, r.end))
        }
        [y, m, d] => {
            let d = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()?;
            Some((d, d))
        }
        _ => None,
    }
}

fn date_matches(
    v: &Value,
    c: &Claim,
    reference: Option<Date>,
    holiday: bool,
) -> Option<Option<Convention>> {
    let ours = c.date?;
    let (from, to, explicit_range) = peer_days(v)?;
    // A peer's open end ("after 2018") is ours only when ours is open too.
    let start_ok = from.map_or(ours.start == Date::MIN, |f| f == ours.start);
    let end_ok = to.map_or(ours.end == Date::MAX, |t| t == ours.end);
    if start_ok && end_ok {
        return Some(None);
    }
    if let (Some(f), None, true) = (from, to, ours.end == Date::MAX) {
        // The day, month or year after the one the peer begins on.
        let next_month = f
            .first_of_month()
            .checked_add(jiff::Span::new().months(1))
            .ok();
        let next_year = Date::new(f.year() + 1, 1, 1).ok();
        let after = add_days(f, 1) == Some(ours.start)
            || (f.day() == 1 && next_month == Some(ours.start))
            || (f.day() == 1 && f.month() == 1 && next_year == Some(ours.start));
        if after && c.rule == "date.open-ended" {
            return Some(Some(Convention::AfterExcludes));
        }
    }
    // An explicit range whose stated end the peer made exclusive: the day
    // ("July 13 to 15"), or the whole month or year ("from 2014 to 2018"
    // includes 2018).
    if explicit_range && start_ok {
        if let Some(stated) = to.and_then(|t| add_days(t, 1)) {
            let whole_unit = add_days(ours.end, 1).is_some_and(|d| d.day() == 1)
                && ours.end >= stated
                && (ours.end - stated).get_days() < 366
                && stated.day() == 1;
            if stated == ours.end || whole_unit {
                return Some(Some(Convention::InclusiveEnd));
            }
        }
    }
    // "the last two months" read as the days up to publication, where the
    // peer takes whole calendar months: the same number of units on the
    // same side of the reference, each end less than one unit apart.
    if let (Some(f), Some(t), Some(r), Kind::Duration) = (from, to, reference, c.kind) {
        let unit_days = c
            .unit
            .as_deref()
            .and_then(crate::claims::period_days)
            .map(|(d, _)| d);
        // (Recognizers starts "the next 3 years" on the reference day.)
        let same_side = (t < r && ours.end < r) || (f >= r && ours.start > r);
        let near =
            |a: Date, b: Date| unit_days.is_some_and(|u| ((a - b).get_days().abs() as f64) < u);
        if same_side && near(f, ours.start) && near(t, ours.end) {
            return Some(Some(Convention::RollingWindow));
        }
        // "the upcoming two weeks" read as both weeks from publication,
        // where Duckling takes the second week (or quarter) alone: the
        // peer's value is one unit, after the reference and ending less
        // than a unit from the window's end.
        let from_publication = ours.start > r && (ours.start - r).get_days() <= 1;
        let one_unit = unit_days.is_some_and(|u| ((t - f).get_days() + 1) as f64 <= u * 1.05);
        if one_unit && from_publication && f >= ours.start && f > r && near(t, ours.end) {
            return Some(Some(Convention::NextUnits));
        }
    }
    // A week counted in a month: the first wholly in it where the peer's
    // holds the 1st (a week later), the last wholly in it where the
    // peer's holds the last day (a week earlier).
    if let (Some(f), Some(t), "date.week-in") = (from, to, c.rule.as_str()) {
        let week = |a: Date, b: Date| {
            a.weekday() == jiff::civil::Weekday::Monday && (b - a).get_days() == 6
        };
        if week(f, t) && week(ours.start, ours.end) {
            let later = (ours.start - f).get_days();
            let from_first =
                later == 7 && ours.start.first_of_month().weekday() != jiff::civil::Weekday::Monday;
            let last_day = ours.end.last_of_month();
            let from_last = later == -7 && f <= last_day && last_day < t;
            if from_first || from_last {
                return Some(Some(Convention::WholeWeeks));
            }
        }
    }
    // An approximate date ("two weeks ago" is a week around that day)
    // that holds the peer's.
    if ours.approximate
        && from.is_some_and(|f| f >= ours.start)
        && to.is_some_and(|t| t <= ours.end)
    {
        return Some(Some(Convention::VagueInterval));
    }
    // The past reading of an expression the peer read forward: the same
    // weekday, or the same day or month of another year, before the
    // reference where the peer's is after it.
    let (Some(f), Some(t), Some(r)) = (from, to, reference) else {
        return None;
    };
    if f <= r || ours.start > r {
        return None;
    }
    let span_peer = (t - f).get_days();
    let span_ours = (ours.end - ours.start).get_days();
    if span_peer != span_ours {
        return None;
    }
    let back = (f - ours.start).get_days();
    // A weekday alone is its last occurrence where the peer took its next
    // one (or the one after: "next Friday"), not one that happens to share
    // the peer's weekday some weeks on ("Covenant Thursday" is no Thursday
    // of this week); a weekday with a date or a rank ("Thursday the 15th",
    // "the first Tuesday of October") is its last one within a year.
    let lone = c.kind == crate::claims::Kind::Weekday;
    let same_weekday = span_peer == 0
        && back % 7 == 0
        && if lone {
            back <= 14 && (r - ours.start).get_days() < 7
        } else {
            back <= 371
        };
    let other_year = f.month() == ours.start.month()
        && f.day() == ours.start.day()
        && f.year() - ours.start.year() == 1;
    // A holiday on another day each year ("Thanksgiving"): last year's.
    let last_years_holiday = holiday && span_peer == 0 && f.year() - ours.start.year() == 1;
    (same_weekday || other_year || last_years_holiday).then_some(Some(Convention::PastReading))
}

/// A night runs into the next morning: claimgraph's "last night" holds the
/// evening's day and the next, where the peer's ends at midnight or is a
/// time in the evening (its first day alone).
/// `text` is the claim's span.
fn night_matches(v: &Value, c: &Claim, text: &str) -> Option<Option<Convention>> {
    let ours = c.date?;
    let (Some(f), Some(t), _) = peer_days(v)? else {
        return None;
    };
    let words = text.to_lowercase();
    let night = c.kind == Kind::Date
        && words
            .split(|ch: char| !ch.is_alphabetic())
            .any(|w| w == "night" || w == "overnight")
        && add_days(ours.start, 1) == Some(ours.end);
    (night && f == ours.start && t == ours.start).then_some(Some(Convention::Night))
}

/// Which edge of its period a part of it keeps: "late March" and "later
/// this year" its end, "early 2024" and "earlier this month" its start,
/// "mid-November" neither.
#[derive(Clone, Copy, PartialEq)]
enum Edge {
    Start,
    End,
    Middle,
}

fn period_edge(text: &str) -> Option<Edge> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |ws: &[&str]| words.iter().any(|w| ws.contains(w));
    let edges = [
        (
            Edge::Start,
            has(&["early", "earlier", "beginning", "start", "bom", "boy"]),
        ),
        (Edge::End, has(&["late", "later", "end", "eom", "eoy"])),
        (Edge::Middle, has(&["mid", "middle"])),
    ];
    let mut found = edges.iter().filter(|(_, on)| *on).map(|(e, _)| *e);
    match (found.next(), found.next()) {
        (Some(e), None) => Some(e),
        _ => None,
    }
}

/// A part of a period read as claimgraph reads it where the peer reads
/// another share of it: both keep the same edge (the same first or last
/// day; for a middle, one holds the other) and one holds the other, so
/// both are parts of the same period. A peer's span from the reference to
/// the end of a period is a deadline ("by the end of the month"), not a
/// share of it, unless the text says "later".
fn period_part_matches(
    v: &Value,
    c: &Claim,
    text: &str,
    reference: Option<Date>,
) -> Option<Option<Convention>> {
    let edge = period_edge(text)?;
    let ours = c.date?;
    if !c.kind.is_date() {
        return None;
    }
    let (Some(f), Some(t), _) = peer_days(v)? else {
        return None;
    };
    let holds = |a: (Date, Date), b: (Date, Date)| a.0 <= b.0 && b.1 <= a.1;
    let nested = holds((f, t), (ours.start, ours.end)) || holds((ours.start, ours.end), (f, t));
    let deadline = edge == Edge::End
        && Some(f) == reference
        && !text.to_lowercase().split_whitespace().any(|w| w == "later");
    let same_edge = match edge {
        Edge::Start => f == ours.start,
        Edge::End => t == ours.end && !deadline,
        Edge::Middle => true,
    };
    (nested && same_edge && (f, t) != (ours.start, ours.end))
        .then_some(Some(Convention::PeriodPart))
}

/// The words that open a period at a date claimgraph claims as the date
/// itself ("since 2014" dates the start; "until 2012" the end).
const ANCHOR_WORDS: [&str; 12] = [
    "since",
    "starting",
    "beginning",
    "from",
    "by",
    "until",
    "till",
    "til",
    "through",
    "thru",
    "ending",
    "as",
];

/// A peer's open period ("since 2014": from 2014 on) where claimgraph
/// claims its anchor, the date the period begins or ends at: the peer's
/// one bound falls in the claimed date (or on the day after it, for an end
/// the peer made exclusive), and the peer's text opens with an anchoring
/// word. "after" and "before" are not anchors: claimgraph reads those as
/// open periods itself.
fn anchor_matches(item: &Item, v: &Value, c: &Claim) -> Option<Option<Convention>> {
    let ours = c.date?;
    if !c.kind.is_date() || is_open_end(ours.start) || is_open_end(ours.end) {
        return None;
    }
    let lower = item.text.to_lowercase();
    let first = lower.split(|ch: char| !ch.is_alphabetic()).next()?;
    let as_phrase = lower.starts_with("as early as ") || lower.starts_with("as late as ");
    if !ANCHOR_WORDS.contains(&first) || (first == "as" && !as_phrase) {
        return None;
    }
    let inside = |d: Date| ours.start <= d && d <= ours.end;
    let held = match peer_days(v)? {
        (Some(f), None, true) => inside(f),
        (None, Some(t), true) => {
            add_days(t, 1).is_some_and(|b| inside(b) || Some(b) == add_days(ours.end, 1))
        }
        _ => false,
    };
    held.then_some(Some(Convention::AnchorDate))
}

/// An ISO 8601 duration as (months, seconds): years and months apart from
/// the rest, which do not convert exactly.
fn iso_duration(s: &str) -> Option<(f64, f64)> {
    let s = s.strip_prefix('P')?;
    let (date, time) = s.split_once('T').unwrap_or((s, ""));
    let mut months = 0.0;
    let mut seconds = 0.0;
    for (part, is_time) in [(date, false), (time, true)] {
        let mut num = String::new();
        for ch in part.chars() {
            if ch.is_ascii_digit() || ch == '.' {
                num.push(ch);
                continue;
            }
            let n: f64 = num.parse().ok()?;
            num.clear();
            match (ch, is_time) {
                ('Y', false) => months += 12.0 * n,
                ('M', false) => months += n,
                ('W', false) => seconds += n * 7.0 * 86_400.0,
                ('D', false) => seconds += n * 86_400.0,
                ('H', true) => seconds += n * 3_600.0,
                ('M', true) => seconds += n * 60.0,
                ('S', true) => seconds += n,
                _ => return None,
            }
        }
    }
    Some((months, seconds))
}

fn claim_duration(c: &Claim) -> Option<(f64, f64, Option<Convention>)> {
    let a = c.amount.as_ref()?;
    let (n, conv) = match (a.interval.min, a.interval.max) {
        (Some(lo), Some(hi)) if close(lo, hi) => (lo, None),
        _ => (a.nominal?, Some(Convention::HedgeInterval)),
    };
    // The project's own unit table: calendar units (a month and longer)
    // count in months, the rest in seconds.
    const MONTH_DAYS: f64 = 30.4375;
    let (days, _) = period_days(c.unit.as_deref()?)?;
    let (months, seconds) = if days >= MONTH_DAYS {
        (n * days / MONTH_DAYS, 0.0)
    } else {
        (0.0, n * days * 86_400.0)
    };
    Some((months, seconds, conv))
}

fn duration_matches(v: &Value, c: &Claim) -> Option<Option<Convention>> {
    let (pm, ps) = iso_duration(v.as_str()?)?;
    // A vague length ("a few days": [2, 5] days) that holds the peer's.
    if let Some(a) = c.amount.as_ref().filter(|a| a.nominal.is_none()) {
        let (days, _) = period_days(c.unit.as_deref()?)?;
        let peer_days = pm / 12.0 * 365.0 + ps / 86_400.0;
        let lo = a.interval.min? * days;
        let hi = a.interval.max? * days;
        return (peer_days >= lo * 0.98 && peer_days <= hi * 1.02)
            .then_some(Some(Convention::VagueInterval));
    }
    let (m, s, conv) = claim_duration(c)?;
    // Compare exactly where both are calendar months (or both fixed
    // lengths); otherwise in days, with a month of 30 and a year of 365.
    let exact = close(pm, m) && close(ps, s);
    let as_days = |months: f64, secs: f64| months / 12.0 * 365.0 + secs / 86_400.0;
    let loose = {
        let (a, b) = (as_days(pm, ps), as_days(m, s));
        (a - b).abs() <= 0.02 * a.abs().max(1e-9)
    };
    (exact || loose).then_some(conv)
}

/// A temperature: the units the built-in rules give one (bare "degrees"
/// are read only in a sentence about the weather).
fn is_temperature(c: &Claim) -> bool {
    matches!(
        c.unit.as_deref(),
        Some("celsius" | "fahrenheit" | "degrees")
    )
}

/// Whether a claim counts against a case: each suite annotates only its
/// own kind of entity (a number suite's "nothing here" says nothing of the
/// date "today" in the same sentence), and a `model:*` case only one kind.
pub fn counts_against(case: &Case, c: &Claim) -> bool {
    let numeric = c.amount.is_some() && !c.kind.is_date() && c.kind != Kind::Duration;
    // A parser's own spec ("component_spec") annotates only what that
    // parser reads: a duration parser durations, a date-period parser
    // periods of more than a day ("schedule a meeting in two weeks" names
    // one day, a date parser's), a date parser dates.
    if case.has_tag("component_spec") && case.category == "date" {
        return if case.source.contains("DurationParser") {
            c.kind == Kind::Duration
        } else if case.source.contains("DatePeriodParser") {
            c.kind.is_date() && c.date.is_some_and(|d| d.start != d.end)
        } else {
            c.kind.is_date()
        };
    }
    match case.model() {
        Some("currency") => c.kind == Kind::Money,
        Some("ordinal") => c.kind == Kind::Ordinal,
        Some("percent") => c.kind == Kind::Percent,
        Some("age") => c.kind == Kind::Age,
        // Recognizers keeps temperatures apart from other dimensions:
        // "100° Celsius" is a negative case of its dimension model.
        Some("dimension") => c.kind == Kind::Quantity && !is_temperature(c),
        Some("temperature") => c.kind == Kind::Quantity && is_temperature(c),
        // A range model reports ranges and comparisons, not plain numbers.
        Some("range") => {
            numeric
                && c.kind != Kind::Ordinal
                && c.amount.is_some_and(|a| a.interval.point().is_none())
        }
        Some("number") => numeric && c.kind != Kind::Ordinal,
        _ => match case.category.as_str() {
            // A number model reports bare numbers: not ordinals ("a first
            // class seat"), nor numbers with a unit, which are another
            // model's ("the 180ml liquid" holds a quantity, no number).
            "number" => c.kind == Kind::Number,
            "quantity" => numeric,
            "date" => c.kind.is_date() || c.kind == Kind::Duration,
            "duration" => c.kind == Kind::Duration,
            _ => true,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_durations() {
        assert_eq!(iso_duration("P3Y"), Some((36.0, 0.0)));
        assert_eq!(iso_duration("P27M"), Some((27.0, 0.0)));
        assert_eq!(iso_duration("PT90M"), Some((0.0, 5400.0)));
        assert_eq!(iso_duration("P1.25Y"), Some((15.0, 0.0)));
        assert_eq!(
            iso_duration("P2DT3H"),
            Some((0.0, 2.0 * 86_400.0 + 10_800.0))
        );
        assert_eq!(iso_duration("3Y"), None);
        assert_eq!(iso_duration("P3X"), None);
    }

    #[test]
    fn iso_dates_at_their_precision() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(
            iso_days("2016-11-07"),
            Some((d("2016-11-07"), d("2016-11-07")))
        );
        assert_eq!(
            iso_days("2016-02"),
            Some((d("2016-02-01"), d("2016-02-29")))
        );
        assert_eq!(iso_days("2016"), Some((d("2016-01-01"), d("2016-12-31"))));
        assert_eq!(
            iso_days("2016-W44"),
            Some((d("2016-10-31"), d("2016-11-06")))
        );
        assert_eq!(
            iso_days("2016-11-07T08:00:00"),
            Some((d("2016-11-07"), d("2016-11-07")))
        );
        // Peer ranges are half-open: the day before `to` is the last.
        let v: Value = serde_json::json!({"from": "2013-07-13", "to": "2013-07-16"});
        assert_eq!(
            peer_days(&v),
            Some((Some(d("2013-07-13")), Some(d("2013-07-15")), true))
        );
        let open: Value = serde_json::json!({"from": null, "to": "2013-07-16"});
        assert_eq!(peer_days(&open), Some((None, Some(d("2013-07-15")), true)));
    }
}
