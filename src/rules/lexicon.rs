//! Word lists shared by rules and by the claim normalizer: value hedges,
//! units, metrics, holidays, places and attribution cues. They come from the
//! packs' `[[hedge]]`, `[[unit]]`, `[[metric]]`, `[[holiday]]`, `[[place]]`
//! and `[context]` tables.

use std::collections::HashMap;

/// How a hedge word turns a nominal value N into an interval. The one
/// convention claimgraph uses everywhere (docs/RULES.md):
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HedgeConvention {
    /// "over N", "more than N": (N, ∞).
    Above,
    /// "at least N": [N, ∞).
    AtLeast,
    /// "nearly N", "almost N": [0.9·N, N).
    JustUnder,
    /// "around N", "about N": [0.9·N, 1.1·N].
    Approximately,
    /// "up to N", "at most N": [0, N].
    AtMost,
    /// "fewer than N", "under N": [0, N).
    Below,
}

impl HedgeConvention {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "above" => Self::Above,
            "at-least" => Self::AtLeast,
            "just-under" => Self::JustUnder,
            "approximately" => Self::Approximately,
            "at-most" => Self::AtMost,
            "below" => Self::Below,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub name: String,
    pub class: String,
    /// What one is worth in `name` ("dimes": 0.1 USD), when it is not 1.
    pub worth: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct Metric {
    pub name: String,
    pub cues: Vec<String>,
    pub classes: Vec<String>,
}

/// When a holiday falls in a given year.
#[derive(Debug, Clone)]
pub enum HolidayDate {
    /// `day` `month`, moved as `shift` says when it falls on a weekend.
    Fixed { month: i8, day: i8, shift: Shift },
    /// `offset` days from Easter Sunday, lasting `days` (Lent: 46).
    Easter {
        offset: i16,
        orthodox: bool,
        days: i8,
    },
    /// The first `weekday` on or after `day` `month`: Canberra's
    /// Reconciliation Day is the Monday on or after 27 May.
    WeekdayOnOrAfter {
        month: i8,
        day: i8,
        weekday: jiff::civil::Weekday,
    },
    /// The `nth` `weekday` of `month` (`nth` -1: the last), plus `offset`
    /// days: Thanksgiving is the 4th Thursday of November, Black Friday
    /// the day after it.
    NthWeekday {
        month: i8,
        weekday: jiff::civil::Weekday,
        nth: i8,
        offset: i16,
    },
    /// `day` `month` of another calendar, lasting `days` (Ramadan: 30).
    /// The holiday is a range a day wider each side: Islamic dates follow
    /// the sighted moon and differ by a day or two between countries;
    /// Jewish holidays begin at sundown the day before, and some last a
    /// day longer outside Israel. The Chinese calendar's days are exact.
    Lunar {
        calendar: Calendar,
        month: i8,
        day: i8,
        days: i8,
    },
    /// The last `weekday` on or before `day` `month` of the tabular Islamic
    /// calendar: Jumu'atul-Wida, the last Friday of Ramadan. A range a day
    /// wider each side, as other Islamic days.
    HijriWeekday {
        month: i8,
        day: i8,
        weekday: jiff::civil::Weekday,
    },
    /// Tithi `tithi` of amanta month `month` (1 = Chaitra) of the Hindu
    /// lunar calendar, on the day it holds at `at`, plus `offset` days
    /// (src/claims/hindu.rs): computed, the day itself.
    Hindu {
        month: i8,
        tithi: i8,
        at: crate::claims::hindu::Moment,
        offset: i16,
    },
    /// Day `day` of sidereal solar month `month` (1 = Aries), begun as
    /// `rule` says, plus `offset` days (src/claims/hindu.rs).
    Solar {
        month: i8,
        day: i8,
        rule: crate::claims::hindu::SolarRule,
        offset: i16,
    },
    /// Days set by an authority, year by year, with no rule: Super
    /// Tuesday, the US presidential primaries' largest day.
    Listed(std::sync::Arc<[jiff::civil::Date]>),
}

/// Where a holiday on a fixed day is kept when that day is a weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shift {
    /// On the day, whatever it is.
    #[default]
    None,
    /// Saturday to the Friday before, Sunday to the Monday after (Boss's
    /// Day, Emancipation Day in Washington, D.C.).
    NearestWeekday,
    /// Sunday to the Saturday before (the Netherlands' King's Day).
    SaturdayIfSunday,
    /// The Monday nearest the day (Newfoundland's Discovery Day).
    NearestMonday,
}

impl Shift {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "nearest-weekday" => Self::NearestWeekday,
            "saturday-if-sunday" => Self::SaturdayIfSunday,
            "nearest-monday" => Self::NearestMonday,
            _ => return None,
        })
    }

    fn apply(self, d: jiff::civil::Date) -> Option<jiff::civil::Date> {
        use jiff::civil::Weekday::*;
        let by = match (self, d.weekday()) {
            (Self::NearestWeekday, Saturday) | (Self::SaturdayIfSunday, Sunday) => -1,
            (Self::NearestWeekday, Sunday) => 1,
            (Self::NearestMonday, w) => match w.to_monday_zero_offset() {
                // Tuesday to Thursday: back to Monday; Friday to Sunday:
                // on to the next.
                n @ 0..=3 => -(n as i64),
                n => 7 - n as i64,
            },
            _ => 0,
        };
        crate::claims::add_days(d, by)
    }
}

/// The calendars besides the Gregorian that holidays are set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// The tabular Islamic calendar (src/claims/hijri.rs).
    Hijri,
    /// The Hebrew calendar (src/claims/hebrew.rs).
    Hebrew,
    /// The Chinese lunisolar calendar, computed from the Sun and the Moon
    /// (src/claims/chinese.rs): its days are exact.
    Chinese,
    /// The Hindu lunar calendar (amanta), its days tithis (src/claims/hindu.rs).
    Hindu,
    /// The Hindu sidereal solar months, begun on the day the Sun enters
    /// the sign if before sunset (Tamil Nadu, Punjab).
    HinduSolar,
    /// The same months, begun the day after (Bengal).
    Bengali,
    /// The Parsis' 365-day calendar (src/claims/shahenshahi.rs): its days
    /// are exact.
    Shahenshahi,
    /// The Solar Hijri calendar of Iran (src/claims/persian.rs): its days
    /// are exact.
    Persian,
}

impl HolidayDate {
    /// The day it falls on in `year`.
    pub fn in_year(&self, year: i16) -> Option<jiff::civil::Date> {
        use jiff::civil::Date;
        let plus = |d: Date, n: i64| d.checked_add(jiff::Span::new().try_days(n).ok()?).ok();
        match self.clone() {
            HolidayDate::Fixed { month, day, shift } => {
                shift.apply(Date::new(year, month, day).ok()?)
            }
            HolidayDate::Listed(dates) => dates.iter().copied().find(|d| d.year() == year),
            HolidayDate::Easter {
                offset, orthodox, ..
            } => plus(crate::claims::easter(year, orthodox)?, offset as i64),
            HolidayDate::WeekdayOnOrAfter {
                month,
                day,
                weekday,
            } => {
                let from = Date::new(year, month, day).ok()?;
                let ahead = (weekday.to_monday_zero_offset()
                    - from.weekday().to_monday_zero_offset())
                .rem_euclid(7);
                plus(from, ahead as i64)
            }
            HolidayDate::NthWeekday {
                month,
                weekday,
                nth,
                offset,
            } => {
                let first = Date::new(year, month, 1).ok()?;
                let day = if nth > 0 {
                    first.nth_weekday_of_month(nth, weekday).ok()?
                } else {
                    first.nth_weekday_of_month(-1, weekday).ok()?
                };
                plus(day, offset as i64)
            }
            HolidayDate::Lunar {
                calendar: Calendar::Hijri,
                month,
                day,
                ..
            } => crate::claims::hijri::first_in_year(year, month, day),
            HolidayDate::Lunar {
                calendar: Calendar::Hebrew,
                month,
                day,
                ..
            } => crate::claims::hebrew::first_in_year(year, month, day),
            HolidayDate::Lunar {
                calendar: Calendar::Chinese,
                month,
                day,
                ..
            } => crate::claims::chinese::first_in_year(year, month, day),
            HolidayDate::Lunar {
                calendar: Calendar::Shahenshahi,
                month,
                day,
                ..
            } => crate::claims::shahenshahi::first_in_year(year, month, day),
            HolidayDate::Lunar {
                calendar: Calendar::Persian,
                month,
                day,
                ..
            } => crate::claims::persian::first_in_year(year, month, day),
            // Compiled into their own variants, never `Lunar`.
            HolidayDate::Lunar {
                calendar: Calendar::Hindu | Calendar::HinduSolar | Calendar::Bengali,
                ..
            } => None,
            HolidayDate::HijriWeekday {
                month,
                day,
                weekday,
            } => {
                let last = crate::claims::hijri::first_in_year(year, month, day)?;
                let back = (last.weekday().to_monday_zero_offset()
                    - weekday.to_monday_zero_offset())
                .rem_euclid(7);
                plus(last, -(back as i64)).filter(|d| d.year() == year)
            }
            HolidayDate::Hindu {
                month,
                tithi,
                at,
                offset,
            } => crate::claims::hindu::lunar_in_year(year, month, tithi, at, offset),
            HolidayDate::Solar {
                month,
                day,
                rule,
                offset,
            } => crate::claims::hindu::solar_in_year(year, month, day, rule, offset),
        }
    }

    /// How many years from a date its last or next day may lie: one, but
    /// for a holiday set year by year, which may skip years (Super
    /// Tuesday comes every fourth).
    pub fn reach(&self) -> i16 {
        match self {
            HolidayDate::Listed(_) => 8,
            _ => 1,
        }
    }

    /// Its first day after `a`.
    pub fn next_after(&self, a: jiff::civil::Date) -> Option<jiff::civil::Date> {
        (0..=self.reach())
            .filter_map(|k| self.in_year(a.year().checked_add(k)?))
            .find(|d| *d > a)
    }

    /// The days a holiday that begins on `first` covers: that day, or for
    /// a holiday on the lunar calendar its days and one either side, as an
    /// approximate range.
    pub fn observed(&self, first: jiff::civil::Date) -> crate::claims::DateRange {
        use crate::claims::{add_days, DateRange, Precision};
        // A day of a sighted or sundown-to-sundown calendar: its `days` and
        // one either side, approximate.
        let sighted = |first: jiff::civil::Date, days: i8| {
            let (Some(start), Some(end)) = (add_days(first, -1), add_days(first, days as i64))
            else {
                return DateRange::day(first);
            };
            DateRange {
                nominal: Some(first),
                approximate: true,
                ..DateRange::span(start, end, Precision::Span)
            }
        };
        match *self {
            // Computed and published in advance: the days themselves.
            HolidayDate::Lunar {
                calendar: Calendar::Chinese | Calendar::Shahenshahi | Calendar::Persian,
                days,
                ..
            } => match add_days(first, days as i64 - 1) {
                Some(end) if days > 1 => DateRange::span(first, end, Precision::Span),
                _ => DateRange::day(first),
            },
            HolidayDate::Lunar { days, .. } => sighted(first, days),
            HolidayDate::HijriWeekday { .. } => sighted(first, 1),
            HolidayDate::Easter { days, .. } if days > 1 => {
                match add_days(first, days as i64 - 1) {
                    Some(end) => DateRange::span(first, end, Precision::Span),
                    None => DateRange::day(first),
                }
            }
            _ => DateRange::day(first),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Holiday {
    pub name: String,
    pub aliases: Vec<String>,
    pub date: HolidayDate,
    /// Where the name means this day (ISO 3166 codes); empty for the
    /// reading used wherever no region says otherwise.
    pub regions: Vec<String>,
    /// Matched only as written: a name that is also a common word ("Lent").
    pub match_case: bool,
}

/// What a holiday's name means in a region.
#[derive(Debug, Clone, Copy)]
pub enum HolidayLookup<'a> {
    /// One day: the region's own, or the one used elsewhere.
    Found(&'a Holiday),
    /// A name kept on different days in different regions, and no region
    /// (or one with no reading of its own) to choose between them.
    ByRegion,
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub kind: String,
    pub variants: Vec<String>,
}

/// Cue words for attribution and hedging (see `schema::ContextFile`).
#[derive(Debug, Clone, Default)]
pub struct ContextWords {
    pub attribution_verbs: Vec<String>,
    pub complement_hedges: Vec<String>,
    pub clause_hedges: Vec<String>,
    pub sentence_hedges: Vec<String>,
    pub not_hedge_after: Vec<String>,
    pub party_sources: Vec<String>,
    pub fighting_words: Vec<String>,
}

/// Every word list of the loaded packs.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub hedges: HashMap<String, HedgeConvention>,
    /// Hedges that follow their figure: "20 people or more".
    pub hedges_after: HashMap<String, HedgeConvention>,
    pub units: Vec<Unit>,
    unit_words: HashMap<String, usize>,
    /// Each unit word as its pack wrote it, with its unit: symbols are
    /// matched in their own case ("MW" is not "mW").
    unit_words_as_written: Vec<(String, usize)>,
    pub metrics: Vec<Metric>,
    pub holidays: Vec<Holiday>,
    pub places: Vec<Place>,
    place_words: HashMap<String, usize>,
    /// Topics of events (name, words), for telling which event a claim is about.
    pub topics: Vec<(String, Vec<String>)>,
    /// Qualifiers that tell events of one topic apart (name, words).
    pub qualifiers: Vec<(String, Vec<String>)>,
    /// Names of the targets that tell strikes apart ("hospital").
    pub targets: Vec<String>,
    /// Each target's phrases by their first word: (the phrase's words, the
    /// target's index).
    target_phrases: HashMap<String, Vec<(Vec<String>, usize)>>,
    pub context: ContextWords,
}

/// Lower case, single spaces, straight apostrophes: the form words are
/// compared in.
pub fn normalize_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| match c {
            '’' | '‘' => '\'',
            c => c.to_ascii_lowercase(),
        }));
    }
    out
}

impl Lexicon {
    pub(crate) fn add_unit(&mut self, unit: Unit, words: &[String]) {
        let idx = self.units.len();
        self.units.push(unit);
        for w in words {
            self.unit_words.insert(normalize_words(w), idx);
            self.unit_words_as_written.push((w.clone(), idx));
        }
    }

    /// The words of units of `class`, as their packs wrote them.
    pub fn class_words_as_written<'a>(&'a self, class: &'a str) -> impl Iterator<Item = &'a str> {
        self.unit_words_as_written
            .iter()
            .filter(move |(_, i)| self.units[*i].class == class)
            .map(|(w, _)| w.as_str())
    }

    pub(crate) fn add_place(&mut self, place: Place) {
        let idx = self.places.len();
        for w in std::iter::once(&place.name).chain(&place.variants) {
            self.place_words.insert(normalize_words(w), idx);
        }
        self.places.push(place);
    }

    pub(crate) fn add_target(&mut self, name: &str, words: &[String]) {
        let idx = match self.targets.iter().position(|t| t == name) {
            Some(i) => i,
            None => {
                self.targets.push(name.to_string());
                self.targets.len() - 1
            }
        };
        for w in words {
            let phrase: Vec<String> = normalize_words(w).split(' ').map(str::to_string).collect();
            let list = self.target_phrases.entry(phrase[0].clone()).or_default();
            list.push((phrase, idx));
            // The longest phrase is tried first ("power plant" before "plant").
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
    }

    /// The targets struck in `text`: a target's words after a verb or
    /// preposition of striking ("a strike on a hospital", "hit a crowded
    /// market", "killed at a school"), not those of a speaker or a
    /// patient ("the hospital said", "a doctor at the hospital", "three
    /// remain in hospital"). See `target_struck`.
    pub fn targets_in(&self, text: &str) -> Vec<String> {
        if self.target_phrases.is_empty() {
            return Vec::new();
        }
        let lower = text.to_lowercase().replace('’', "'");
        // Words, and `None` for the punctuation a phrase does not run over.
        let mut tokens: Vec<Option<&str>> = Vec::new();
        let mut start = None;
        for (i, c) in lower.char_indices() {
            let in_word = c.is_alphanumeric() || c == '-' || c == '\'';
            match (in_word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    tokens.push(Some(&lower[s..i]));
                    start = None;
                }
                _ => {}
            }
            if !in_word && !c.is_whitespace() {
                tokens.push(None);
            }
        }
        if let Some(s) = start {
            tokens.push(Some(&lower[s..]));
        }
        let mut found: Vec<usize> = Vec::new();
        // Where the last target struck ends: "a power plant and an
        // apartment block" were both hit.
        let mut struck_end = None;
        let mut i = 0;
        while i < tokens.len() {
            let Some(word) = tokens[i] else {
                i += 1;
                continue;
            };
            let matched = self.target_phrases.get(word).and_then(|list| {
                list.iter().find(|(phrase, _)| {
                    phrase
                        .iter()
                        .enumerate()
                        .all(|(k, w)| tokens.get(i + k).copied().flatten() == Some(w.as_str()))
                })
            });
            match matched {
                Some((phrase, idx)) => {
                    let len = phrase.len();
                    if target_struck(&tokens, i, len, struck_end) {
                        struck_end = Some(i + len);
                        if !found.contains(idx) {
                            found.push(*idx);
                        }
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        found.sort_unstable();
        found.into_iter().map(|i| self.targets[i].clone()).collect()
    }

    /// The unit a noun names ("civilians" → people), trying its singular.
    pub fn unit(&self, word: &str) -> Option<&Unit> {
        let w = normalize_words(word);
        let idx = self.unit_words.get(&w).or_else(|| {
            let singular = w
                .strip_suffix("ies")
                .map(|s| format!("{s}y"))
                .or_else(|| w.strip_suffix('s').map(str::to_string))?;
            self.unit_words.get(&singular)
        })?;
        Some(&self.units[*idx])
    }

    /// All words naming units.
    pub fn unit_words(&self) -> impl Iterator<Item = &str> {
        self.unit_words.keys().map(String::as_str)
    }

    /// All words naming units of none of `classes`.
    pub fn unit_words_except<'a>(
        &'a self,
        classes: &'a [&'a str],
    ) -> impl Iterator<Item = &'a str> {
        self.unit_words
            .iter()
            .filter(move |(_, i)| !classes.contains(&self.units[**i].class.as_str()))
            .map(|(w, _)| w.as_str())
    }

    /// The place a spelling names ("Kryvyy Rih" → Kryvyi Rih).
    pub fn place(&self, spelling: &str) -> Option<&Place> {
        self.place_words
            .get(&normalize_words(spelling))
            .map(|&i| &self.places[i])
    }

    /// All spellings of places.
    pub fn place_words(&self) -> impl Iterator<Item = &str> {
        self.place_words.keys().map(String::as_str)
    }

    /// The topics whose words occur in `text` (lower case, whole words).
    pub fn topics_in(&self, text: &str) -> Vec<String> {
        named_in(&self.topics, text)
    }

    /// The qualifiers whose words occur in `text`.
    pub fn qualifiers_in(&self, text: &str) -> Vec<String> {
        named_in(&self.qualifiers, text)
    }

    /// The convention of a hedge before its figure ("over") or after it
    /// ("or more").
    pub fn hedge(&self, words: &str) -> Option<HedgeConvention> {
        let words = normalize_words(words);
        self.hedges
            .get(&words)
            .or_else(|| self.hedges_after.get(&words))
            .copied()
    }

    /// The holiday a name or alias names, in any case, with or without
    /// apostrophes and full stops ("valentines day", "St. Patrick's Day").
    pub fn holiday(&self, name: &str) -> Option<&Holiday> {
        match self.holiday_in(name, None) {
            HolidayLookup::Found(h) => Some(h),
            _ => None,
        }
    }

    /// The holiday a name means in `region`: the region's own reading,
    /// else the one without regions, else the only one there is.
    pub fn holiday_in(&self, name: &str, region: Option<&str>) -> HolidayLookup<'_> {
        let all: Vec<&Holiday> = self.holidays_named(name).collect();
        let Some(first) = all.first().copied() else {
            return HolidayLookup::Unknown;
        };
        // The subdivision's own reading ("AU-VIC"), then its country's.
        if let Some(r) = region {
            let country = r.split_once('-').map_or(r, |(c, _)| c);
            for want in [r, country] {
                if let Some(h) = all
                    .iter()
                    .find(|h| h.regions.iter().any(|x| x.eq_ignore_ascii_case(want)))
                {
                    return HolidayLookup::Found(h);
                }
            }
            // A country with one reading kept in some of its subdivisions
            // ("US" and Washington's "US-DC"); with several, it depends on
            // the subdivision.
            let in_country = |h: &&&Holiday| {
                h.regions.iter().any(|x| {
                    x.split_once('-')
                        .is_some_and(|(c, _)| c.eq_ignore_ascii_case(country))
                })
            };
            let mut of_country = all.iter().filter(in_country);
            if let (Some(h), None) = (of_country.next(), of_country.next()) {
                return HolidayLookup::Found(h);
            }
        }
        if let Some(h) = all.iter().find(|h| h.regions.is_empty()) {
            return HolidayLookup::Found(h);
        }
        if all.len() == 1 {
            return HolidayLookup::Found(first);
        }
        HolidayLookup::ByRegion
    }

    /// Every reading of a holiday's name or alias, in any case, with or
    /// without apostrophes and full stops.
    fn holidays_named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Holiday> + 'a {
        let key = |s: &str| normalize_words(&s.replace(['\'', '’', '.'], ""));
        let n = key(name);
        self.holidays
            .iter()
            .filter(move |h| key(&h.name) == n || h.aliases.iter().any(|a| key(a) == n))
    }

    /// The subdivisions of `country` ("CA-NL", "CA-YT") that keep `name`
    /// on a day of their own, sorted; none when `country` is a subdivision.
    pub fn holiday_subdivisions(&self, name: &str, country: &str) -> Vec<String> {
        if country.contains('-') {
            return Vec::new();
        }
        let mut parts: Vec<String> = self
            .holidays_named(name)
            .flat_map(|h| &h.regions)
            .filter(|r| {
                r.split_once('-')
                    .is_some_and(|(c, _)| c.eq_ignore_ascii_case(country))
            })
            .cloned()
            .collect();
        parts.sort();
        parts.dedup();
        parts
    }

    /// The countries whose regions keep `name` on a day of their own
    /// ("AU-VIC" counts as AU), sorted.
    pub fn holiday_countries(&self, name: &str) -> Vec<String> {
        let mut countries: Vec<String> = self
            .holidays_named(name)
            .flat_map(|h| &h.regions)
            .map(|r| r.split_once('-').map_or(r.as_str(), |(c, _)| c).to_string())
            .collect();
        countries.sort();
        countries.dedup();
        countries
    }
}

/// Names of the groups any of whose words occur in `text` as whole words.
/// Whether the target phrase at `tokens[at..at + len]` is struck: a verb
/// of striking up to four words before it ("hit a crowded market"), or a
/// preposition with a determiner between ("on a hospital", "at the
/// market"; not "in hospital"), with no speaker's word before it ("a
/// doctor at the hospital") or after it ("the hospital said"); or joined
/// by "and" or "or" to a target struck that ends at `struck_end`.
fn target_struck(
    tokens: &[Option<&str>],
    at: usize,
    len: usize,
    struck_end: Option<usize>,
) -> bool {
    const VERBS: &[&str] = &[
        "hit",
        "hits",
        "hitting",
        "struck",
        "striking",
        "targeted",
        "targeting",
        "shelled",
        "bombed",
        "attacked",
        "damaged",
        "destroyed",
        "on",
        "into",
    ];
    const PREPOSITIONS: &[&str] = &["at", "in", "near", "outside", "inside"];
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "their", "his", "her", "its", "our", "this", "that", "these", "those",
        "another", "one", "two", "three", "several",
    ];
    const SPEAKERS: &[&str] = &[
        "doctor",
        "doctors",
        "nurse",
        "nurses",
        "staff",
        "director",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "chief",
        "said",
        "says",
        "told",
        "reported",
        "confirmed",
        "added",
        "statement",
    ];
    let after = tokens[at + len..].iter().take(2).map_while(|t| *t);
    if after
        .into_iter()
        .any(|w| SPEAKERS.contains(&w.trim_end_matches("'s")))
    {
        return false;
    }
    let mut determiner = false;
    let mut joined = false;
    for (j, token) in tokens[..at].iter().enumerate().rev().take(4) {
        if joined && struck_end == Some(j + 1) {
            return true;
        }
        let Some(w) = *token else {
            return false;
        };
        joined |= w == "and" || w == "or";
        if SPEAKERS.contains(&w) {
            return false;
        }
        if VERBS.contains(&w) || (determiner && PREPOSITIONS.contains(&w)) {
            return true;
        }
        determiner |= DETERMINERS.contains(&w);
    }
    false
}

fn named_in(groups: &[(String, Vec<String>)], text: &str) -> Vec<String> {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    // Most phrases are ruled out by their first word, looked up in a set;
    // the text is joined for the few phrases of several words that remain.
    let present: std::collections::HashSet<&str> = words.iter().copied().collect();
    let joined = std::cell::OnceCell::new();
    let found = |w: &String| match w.split_once(' ') {
        None => present.contains(w.as_str()),
        Some((first, _)) => {
            present.contains(first)
                && joined
                    .get_or_init(|| format!(" {} ", words.join(" ")))
                    .contains(&format!(" {w} "))
        }
    };
    groups
        .iter()
        .filter(|(_, ws)| ws.iter().any(found))
        .map(|(n, _)| n.clone())
        .collect()
}

#[cfg(test)]
mod holiday_tests {
    use super::{HolidayDate, Shift};
    use jiff::civil::{date, Weekday};

    #[test]
    fn nth_weekdays_of_a_month() {
        let thanksgiving = HolidayDate::NthWeekday {
            month: 11,
            weekday: Weekday::Thursday,
            nth: 4,
            offset: 0,
        };
        assert_eq!(thanksgiving.in_year(2025), Some(date(2025, 11, 27)));
        assert_eq!(thanksgiving.in_year(2013), Some(date(2013, 11, 28)));
        let black_friday = HolidayDate::NthWeekday {
            month: 11,
            weekday: Weekday::Thursday,
            nth: 4,
            offset: 1,
        };
        assert_eq!(black_friday.in_year(2024), Some(date(2024, 11, 29)));
        let memorial = HolidayDate::NthWeekday {
            month: 5,
            weekday: Weekday::Monday,
            nth: -1,
            offset: 0,
        };
        assert_eq!(memorial.in_year(2024), Some(date(2024, 5, 27)));
        assert_eq!(memorial.in_year(2013), Some(date(2013, 5, 27)));
        let fixed = HolidayDate::Fixed {
            month: 2,
            day: 29,
            shift: Shift::None,
        };
        assert_eq!(fixed.in_year(2023), None);
    }

    #[test]
    fn weekend_shifts_and_weekdays_on_or_after_a_day() {
        let fixed = |month, day, shift| HolidayDate::Fixed { month, day, shift };
        // Boss's Day, 16 October: a Sunday in 2016, a Saturday in 2021.
        let boss = fixed(10, 16, Shift::NearestWeekday);
        assert_eq!(boss.in_year(2016), Some(date(2016, 10, 17)));
        assert_eq!(boss.in_year(2021), Some(date(2021, 10, 15)));
        assert_eq!(boss.in_year(2019), Some(date(2019, 10, 16)));
        // King's Day, 27 April: a Sunday in 2014.
        let kings = fixed(4, 27, Shift::SaturdayIfSunday);
        assert_eq!(kings.in_year(2014), Some(date(2014, 4, 26)));
        assert_eq!(kings.in_year(2019), Some(date(2019, 4, 27)));
        // Discovery Day, the Monday nearest 24 June: a Wednesday in 2020,
        // a Sunday in 2018, a Monday in 2013, a Friday in 2022.
        let discovery = fixed(6, 24, Shift::NearestMonday);
        assert_eq!(discovery.in_year(2020), Some(date(2020, 6, 22)));
        assert_eq!(discovery.in_year(2018), Some(date(2018, 6, 25)));
        assert_eq!(discovery.in_year(2013), Some(date(2013, 6, 24)));
        assert_eq!(discovery.in_year(2022), Some(date(2022, 6, 27)));
        let reconciliation = HolidayDate::WeekdayOnOrAfter {
            month: 5,
            day: 27,
            weekday: Weekday::Monday,
        };
        assert_eq!(reconciliation.in_year(2018), Some(date(2018, 5, 28)));
        assert_eq!(reconciliation.in_year(2019), Some(date(2019, 5, 27)));
        assert_eq!(reconciliation.in_year(2024), Some(date(2024, 5, 27)));
        assert_eq!(reconciliation.in_year(2020), Some(date(2020, 6, 1)));
    }

    #[test]
    fn a_holiday_of_several_days_from_easter_is_their_span() {
        // Lent 2018: Ash Wednesday, 14 February, to Holy Saturday, 31 March.
        let lent = HolidayDate::Easter {
            offset: -46,
            orthodox: false,
            days: 46,
        };
        let first = lent.in_year(2018).unwrap();
        let r = lent.observed(first);
        assert_eq!((r.start, r.end), (date(2018, 2, 14), date(2018, 3, 31)));
        assert!(!r.approximate);
    }

    #[test]
    fn a_holiday_by_region() {
        let lex = &crate::rules::load(&[]).expect("rules").lexicon;
        let day = |name: &str, region: Option<&str>| match lex.holiday_in(name, region) {
            super::HolidayLookup::Found(h) => h.date.in_year(2024).map(|d| d.to_string()),
            super::HolidayLookup::ByRegion => Some("by region".into()),
            super::HolidayLookup::Unknown => None,
        };
        // The region's own reading, else the one used elsewhere.
        assert_eq!(
            day("Thanksgiving", Some("CA")).as_deref(),
            Some("2024-10-14")
        );
        assert_eq!(
            day("thanksgiving", Some("GB")).as_deref(),
            Some("2024-11-28")
        );
        assert_eq!(day("Thanksgiving", None).as_deref(), Some("2024-11-28"));
        // A subdivision's own, then its country's.
        assert_eq!(
            day("Labour Day", Some("AU-VIC")).as_deref(),
            Some("2024-03-11")
        );
        assert_eq!(
            day("Father's Day", Some("AU-VIC")).as_deref(),
            Some("2024-09-01")
        );
        // No reading without a region: it depends on one.
        assert_eq!(day("Labour Day", None).as_deref(), Some("by region"));
        assert_eq!(day("Labour Day", Some("AU")).as_deref(), Some("by region"));
        assert_eq!(day("Labour Day", Some("NZ")).as_deref(), Some("2024-10-28"));
        // "Labor Day" keeps its American reading everywhere.
        assert_eq!(day("Labor Day", Some("NZ")).as_deref(), Some("2024-09-02"));
        // A name with one reading, kept in one region, needs none.
        assert_eq!(day("Victoria Day", None).as_deref(), Some("2024-05-20"));
        assert_eq!(day("Hogswatch", None), None);
    }
}

#[cfg(test)]
mod target_tests {
    #[test]
    fn a_target_is_what_is_struck_not_who_speaks_or_treats() {
        let rules = crate::rules::load(&[]).expect("rules");
        let targets = |s: &str| rules.lexicon.targets_in(s);
        assert_eq!(
            targets("A Russian strike on a hospital in Harbourton killed five."),
            ["hospital"]
        );
        assert_eq!(targets("Missiles hit a crowded market."), ["market"]);
        assert_eq!(
            targets("Two were killed at the railway station."),
            ["station"]
        );
        assert_eq!(
            targets("A drone struck a power plant and an apartment block."),
            ["residential building", "energy facility"]
        );
        for s in [
            "Five people were killed, the hospital said.",
            "Five were killed, a doctor at the city hospital said.",
            "Three people remain in hospital.",
            "Ten were taken to hospital.",
            "The school year begins on Monday.",
        ] {
            assert!(targets(s).is_empty(), "{s}: {:?}", targets(s));
        }
    }
}
