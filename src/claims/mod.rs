//! Claims: the numeric and dated statements of an article, normalized.
//!
//! A claim keeps the exact span it was read from, the rule that read it, its
//! value as an interval (hedges such as "over" or "nearly" widen it by one
//! documented convention), dates resolved against the article's own
//! publication date, and the context of its sentence: what is counted, what
//! happened to it, where, and who says so.

mod amount_ranges;
mod anchors;
pub mod astro;
pub mod chinese;
mod context;
mod coordinated;
mod dates;
mod elided;
mod extract;
pub mod hebrew;
mod hedge_after;
pub mod hijri;
pub mod hindu;
mod interval;
mod joins;
mod leads;
mod lists;
pub mod normalize;
mod numbers;
pub mod numerals;
mod outdated;
mod period_to;
pub mod persian;
mod rates;
pub mod shahenshahi;
mod totals;
mod units;
mod units_in;
mod weeks;
mod year_after;

pub use context::adds_to_a_count;
pub use dates::{
    add_days, easter, is_open_end, period_days, shift, week_of, weekday_named, window, DateRange,
    Precision,
};
pub use extract::{
    check_claim_limit, extract, extract_text, extract_text_in, extract_text_with, extract_with,
    DocumentClaims, Extractor,
};
pub use hedge_after::with_number as hedge_with_number;
pub use interval::{Amount, Interval};
pub use numbers::{parse_number, Number};
pub use units::unit_size;
pub use year_after::read_ahead;

use serde::Serialize;
use std::ops::Range;

/// What made a claim that no rule pack's rule names: the stages after the
/// rules, which join claims or read what the rules left.
pub fn stage_description(rule: &str) -> Option<&'static str> {
    Some(match rule {
        context::STATEMENT_RULE => "a hedged clause with no number (context stage)",
        "number.numeral" => "a number no rule claimed (bare numbers)",
        "number.ordinal" => "an ordinal no rule claimed (bare numbers)",
        "date.range" => "two dates, a day and a date, a date and \"now\" (\"between now and November 15\"), or a length of time from a date (\"for 90 days from March 1\"), joined as one range (joins stage)",
        "date.holiday-weekend" => "the weekend a holiday falls on or next to, with the holiday (joins stage)",
        "date.offset" => "a length of time before or after a date, as a date (joins stage)",
        "date.open-ended" => "a date after \"after\", \"before\", \"no later than\"... or before \"or later\", \"onwards\": the days from it on, or up to it (joins stage)",
        "date.from-now" => "a length of time after publication (\"hence\", \"from now\", \"in 30 days\" in a clause about the future, an intention or a request, or before \"'s time\"), as a date (joins stage)",
        "date.within" => "a length of time after \"within\" in a clause about the future: the days from publication to that length after it (joins stage)",
        "date.week-of" => "the Monday-to-Sunday week holding a day (joins stage)",
        "date.nth-weekday" => "the nth weekday of a month (joins stage)",
        "date.weekday-range" => "two weekdays joined as one range (\"from Saturday to Monday\", \"from 6pm on Saturday until midnight on Sunday\"): the days from the first to the second, both read back (the first the last such day before the second) or, in a clause about the future, both ahead (joins stage)",
        "date.weekday-of-week" => "a weekday of a named week (joins stage)",
        "date.listed" => "a year or day listed after or before a date it shares the rest with (\"in 2014 and 2022\", \"on 18 and 19 June\") (lists stage)",
        "date.day-in" => "the first or last day of a month (weeks stage)",
        "date.week-in" => "a week of a month or year (weeks stage)",
        "date.year-after" => "a date written without its year, with the year after it (\"in March last year\", \"from April to June in 2017\") (joins stage)",
        "date.period-to" => "a length of time counted back from the end of a month or day (\"the 12 months to March 2024\", \"the year to June\", \"the week to Sunday\") (units stage)",
        "date.units-in" => "days, weeks or months counted in a year or month (\"the first six months of 2024\", \"the third month of 2021\") (units stage)",
        "duration.compound" => "a length of time in parts, added up (joins stage)",
        "quantity.compound" => "a length or mass in parts, added up (joins stage)",
        elided::OTHERS_RULE => "more of what a count before it counts: \"two civilians were killed and five others injured\" (elided stage)",
        elided::ELIDED_RULE => "a part of a counted whole whose noun is left out (\"147 drones, of which 97 were shot down\", \"Of the 147 drones, 97 were...\"): it counts what the whole counts (elided stage)",
        _ => return None,
    })
}

/// What a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A number of people, objects or events.
    Count,
    /// A share: "86%", "the majority of".
    Percent,
    /// A physical measure: "450kg".
    Quantity,
    /// An amount of money: "$2bn".
    Money,
    /// A person's age: "a 68-year-old woman".
    Age,
    /// A bare number with nothing to say what it counts.
    Number,
    /// A position in a sequence that carries a claim: "the third strike".
    Ordinal,
    /// A length of time: "a 30-day ceasefire", "nearly four years".
    Duration,
    /// A calendar date or a date relative to publication.
    Date,
    /// A date given only as a day of the week: "on Monday".
    Weekday,
    /// An office held by someone, as of the article's date: "Former
    /// President Donald Trump".
    Title,
    /// A hedged assertion with no number: "the ministry claimed it targeted
    /// a meeting".
    Statement,
}

impl Kind {
    pub const NAMES: [&'static str; 12] = [
        "count",
        "percent",
        "quantity",
        "money",
        "age",
        "number",
        "ordinal",
        "duration",
        "date",
        "weekday",
        "title",
        "statement",
    ];

    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "count" => Kind::Count,
            "percent" => Kind::Percent,
            "quantity" => Kind::Quantity,
            "money" => Kind::Money,
            "age" => Kind::Age,
            "number" => Kind::Number,
            "ordinal" => Kind::Ordinal,
            "duration" => Kind::Duration,
            "date" => Kind::Date,
            "weekday" => Kind::Weekday,
            "title" => Kind::Title,
            "statement" => Kind::Statement,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        Kind::NAMES[self as usize]
    }

    /// Whether claims of this kind are dates (their value is a `DateRange`).
    pub fn is_date(self) -> bool {
        matches!(self, Kind::Date | Kind::Weekday)
    }
}

/// Who a claim is attributed to, and by which verb.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The speaker as written ("Ukrainian officials", "Witkoff").
    pub source: String,
    /// The verb or phrase of saying ("said", "according to").
    pub verb: String,
}

/// An event a duration or date hangs on ("since Russia's full-scale invasion
/// nearly four years ago").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventAnchor {
    /// The event as written, without its leading article.
    pub phrase: String,
    /// How the claim relates to it: `since`, `ago`, `before`, `after`.
    pub relation: String,
    /// The dates the event must fall in for the claim to hold.
    pub window: Option<DateRange>,
}

/// An office and its holder, as a claim states them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Title {
    /// "President", "Vice President", "Foreign Minister".
    pub office: String,
    /// The country or body, where the text gives one ("US", "Ukrainian").
    pub of: Option<String>,
    /// The holder as written ("Donald Trump").
    pub holder: String,
    /// "Former President ...": the holder no longer holds the office.
    pub former: bool,
}

/// One normalized claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Id of the rule that read it.
    pub rule: String,
    pub kind: Kind,
    /// Byte range of the span in the file.
    pub span: Range<usize>,
    /// Byte range of its sentence.
    pub sentence: Range<usize>,
    /// The value, for every kind but dates (durations in `unit`s).
    pub amount: Option<Amount>,
    /// The resolved date, for dates (and durations that say "ago").
    pub date: Option<DateRange>,
    /// Why a date could not be resolved, when it could not.
    pub unresolved: Option<String>,
    /// Canonical unit: people, missiles, days, kg, percent, USD.
    pub unit: Option<String>,
    /// The noun as written ("civilians"), with the attacker a count of
    /// people says it includes ("people including the gunman").
    pub noun: Option<String>,
    /// What happened to what is counted: killed, injured, launched.
    pub metric: Option<String>,
    /// For a group within a count ("35 people, including two children"):
    /// the span of the count, whose metric the group takes.
    pub part_of: Option<Range<usize>>,
    /// The hedge word that made the value an interval ("over", "nearly").
    pub hedge: Option<String>,
    pub event: Option<EventAnchor>,
    pub attribution: Option<Attribution>,
    /// The word that makes the claim uncertain ("claimed", "reportedly").
    pub hedged_by: Option<String>,
    /// Byte offset of that word in the file.
    pub hedged_at: Option<usize>,
    /// The party to the fighting whose account the claim gives ("army"),
    /// in an article about fighting, hedged or not: one voice, however
    /// many articles repeat it.
    pub party: Option<String>,
    /// The words that tell the claim was given before and replaced ("first
    /// said", "an earlier version of this"): it is compared with nothing.
    pub outdated: Option<String>,
    /// Canonical names of places named in the sentence.
    pub places: Vec<String>,
    /// "morning", "evening", ... for dates that give one.
    pub part_of_day: Option<String>,
    /// For claims that are not dates: the date their sentence gives (that
    /// of their own clause when it gives several), as time context.
    pub when: Option<DateRange>,
    /// Whether the claim totals the period `when` covers ("since Monday,
    /// 20 killed": Monday to publication; "in the past week") rather than
    /// happening on one day of it.
    pub total: bool,
    /// For titles: the office, its holder and whether the holding is past.
    pub title: Option<Title>,
}

impl Claim {
    /// The value compared with other claims' values: the amount as
    /// written, but a duration in days, so that "72 hours" and "three
    /// days" are one length. A calendar unit is as long as it can be: a
    /// month 28 to 31 days, a year 365 or 366, a business day one to 1.4
    /// calendar days ("a one-month truce" is no contradiction of "a 30-day
    /// truce").
    pub fn compared_value(&self) -> Option<Interval> {
        let interval = self.amount?.interval;
        if self.kind != Kind::Duration {
            return Some(interval);
        }
        let unit = self.unit.as_deref().unwrap_or("");
        let (lo, hi) = match unit {
            "months" => (28.0, 31.0),
            "quarters" => (89.0, 92.0),
            "years" => (365.0, 366.0),
            "decades" => (3652.0, 3653.0),
            "centuries" => (36524.0, 36525.0),
            "business days" => (1.0, 1.4),
            _ => match dates::period_days(unit) {
                Some((days, _)) => (days, days),
                None => return Some(interval),
            },
        };
        Some(Interval {
            min: interval.min.map(|v| v * lo),
            max: interval.max.map(|v| v * hi),
            ..interval
        })
    }
    /// A claim of `kind` read by `rule` at `span`, with no value or
    /// context yet.
    pub fn new(rule: &str, kind: Kind, span: Range<usize>, sentence: Range<usize>) -> Self {
        Claim {
            rule: rule.to_string(),
            kind,
            span,
            sentence,
            amount: None,
            date: None,
            unresolved: None,
            unit: None,
            noun: None,
            metric: None,
            part_of: None,
            hedge: None,
            event: None,
            attribution: None,
            hedged_by: None,
            outdated: None,
            hedged_at: None,
            party: None,
            places: Vec::new(),
            part_of_day: None,
            when: None,
            total: false,
            title: None,
        }
    }
}

/// For tests: the date claims of `text`, published 2025-03-12, as (span,
/// resolved dates).
#[cfg(test)]
pub(crate) fn test_dates(text: &str) -> Vec<(String, String)> {
    let rules = crate::rules::load(&[]).expect("rules");
    let (_, claims) = extract_text(text, "2025-03-12".parse().ok(), &rules);
    claims
        .iter()
        .filter(|c| c.kind.is_date())
        .map(|c| {
            (
                text[c.span.clone()].to_string(),
                c.date.map(|d| d.display()).unwrap_or_default(),
            )
        })
        .collect()
}
