//! A date written without its year, followed by the year: "in March last
//! year", "late March last year", "in June of next year", "from April to
//! June in 2017". The rules read "March" as the last March before
//! publication and "last year" as a year of its own; the year after the
//! date says which March it is.
//!
//! And a date after "between now and" or "from now until" is still to
//! come: "between now and November 15th" runs from publication to the next
//! 15 November.

use super::normalize::Ctx;
use super::{Claim, DateRange, Kind, Precision};
use crate::rules::HolidayLookup;
use jiff::civil::Date;

/// The rules whose dates may be written without a year.
const YEARLESS_RULES: [&str; 9] = [
    "date.month",
    "date.part",
    "date.month-day-figures",
    "date.month-day",
    "date.day-month",
    "date.day-word",
    "date.month-dash-day",
    "date.day-range",
    "date.month-range",
];

/// Whether a date was written without a year: by a rule that reads dates
/// with none, with no year in its text.
fn yearless(c: &Claim, text: &str) -> bool {
    YEARLESS_RULES.contains(&c.rule.as_str())
        && !text
            .as_bytes()
            .windows(3)
            .any(|w| w.iter().all(u8::is_ascii_digit))
        && !["thousand", "hundred", "nineteen", "twenty "]
            .iter()
            .any(|w| text.contains(w))
}

/// Each yearless date followed by a year takes that year; a yearless date
/// after "between now and" is the next one.
pub(super) fn years_after(prose: &str, found: Vec<Claim>, anchor: Option<Date>) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::with_capacity(found.len());
    for c in found {
        match out.last().and_then(|prev| with_year(prose, prev, &c)) {
            Some(j) => {
                out.pop();
                out.push(j);
            }
            None => out.push(c),
        }
    }
    out.into_iter()
        .map(|c| until_ahead(prose, c, anchor))
        .collect()
}

fn with_year(prose: &str, a: &Claim, b: &Claim) -> Option<Claim> {
    if a.kind != Kind::Date || b.kind != Kind::Date || a.span.end > b.span.start {
        return None;
    }
    let (da, db) = (a.date?, b.date?);
    if db.precision != Precision::Year || da.start.year() != da.end.year() {
        return None;
    }
    let a_text = prose[a.span.clone()].to_lowercase();
    if !yearless(a, &a_text) {
        return None;
    }
    let mid = prose[a.span.end..b.span.start].trim().to_lowercase();
    let b_text = prose[b.span.clone()].to_lowercase();
    let relative = [
        "last year",
        "next year",
        "this year",
        "the following year",
        "the previous year",
    ];
    let joined = match mid.as_str() {
        "" => {
            relative.contains(&b_text.as_str())
                || b_text.starts_with("in ")
                || b_text.starts_with("of ")
        }
        // "in 2017", "March of last year".
        "in" | "of" => {
            b_text.chars().all(|ch| ch.is_ascii_digit()) || relative.contains(&b_text.as_str())
        }
        _ => false,
    };
    // Not "in March last year's": the year belongs to what follows.
    let rest = &prose[b.span.end..];
    if !joined || rest.starts_with('\'') || rest.starts_with('’') {
        return None;
    }
    let years = db.start.year() - da.start.year();
    let by = |d: Date| d.checked_add(jiff::Span::new().years(years)).ok();
    let mut c = a.clone();
    c.rule = "date.year-after".into();
    c.span = a.span.start..b.span.end;
    c.date = Some(DateRange {
        start: by(da.start)?,
        end: month_end_kept(da, by(da.end)?),
        ..da
    });
    Some(c)
}

/// The end of a moved date: the last day of February stays the last day.
fn month_end_kept(from: DateRange, moved: Date) -> Date {
    if from.end.day() == from.end.days_in_month() {
        moved.last_of_month()
    } else {
        moved
    }
}

/// "between now and November 15th", "from now until March": the days from
/// publication to the date, which a yearless date read as the last one
/// reaches as the next one.
fn until_ahead(prose: &str, c: Claim, anchor: Option<Date>) -> Claim {
    let (Some(a), Some(d)) = (anchor, c.date) else {
        return c;
    };
    if c.kind != Kind::Date || d.is_open() {
        return c;
    }
    let text = prose[c.span.clone()].to_lowercase();
    // ASCII case only: the lead's length in bytes is the prose's.
    let before = prose[c.sentence.start..c.span.start]
        .trim_end()
        .to_ascii_lowercase();
    let leads = [
        "between now and",
        "from now to",
        "from now until",
        "from now till",
        "from now through",
        "now until",
        "from today until",
        "from today to",
        "between today and",
    ];
    let ends_with = |l: &str| {
        before
            .strip_suffix(l)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|ch: char| !ch.is_alphanumeric()))
    };
    // The lead before the span, or all but its last word, which the span
    // opens with ("from now" + "until 2030").
    let Some(lead) = leads.iter().find_map(|l| {
        if ends_with(l) {
            return Some(*l);
        }
        let (head, last) = l.rsplit_once(' ')?;
        (ends_with(head) && text.starts_with(&format!("{last} "))).then_some(head)
    }) else {
        return c;
    };
    let mut j = if d.start <= a && yearless(&c, &text) {
        a_year_later(c, d)
    } else {
        c
    };
    let Some(end) = j.date.map(|d| d.end).filter(|&end| end > a) else {
        return j;
    };
    j.span.start = j.sentence.start + before.len() - lead.len();
    j.rule = "date.range".into();
    j.date = Some(DateRange::span(a, end, Precision::Span));
    j
}

/// The claim with its date `d` a year later (itself if that cannot be).
fn a_year_later(c: Claim, d: DateRange) -> Claim {
    years_moved(c, d, 1)
}

/// The claim with its date `d` moved by `years` (itself if that cannot be).
fn years_moved(c: Claim, d: DateRange, years: i16) -> Claim {
    match moved(d, years) {
        Some(date) => {
            let mut j = c;
            j.date = Some(date);
            j
        }
        None => c,
    }
}

/// Date `d` moved by `years`, a month's last day kept its last.
fn moved(d: DateRange, years: i16) -> Option<DateRange> {
    let by = |x: Date| x.checked_add(jiff::Span::new().years(years)).ok();
    let (start, end) = (by(d.start)?, by(d.end)?);
    Some(DateRange {
        start,
        end: month_end_kept(d, end),
        ..d
    })
}

/// Whether a date written without a year was read ahead, as in a clause
/// about the future: the rules put none more than 30 days after
/// publication.
pub fn read_ahead(c: &Claim, published: Date) -> bool {
    YEARLESS_RULES.contains(&c.rule.as_str())
        && c.date
            .is_some_and(|d| !d.is_open() && (d.start - published).get_days() > 30)
}

/// The words of `text`, lower-cased, without the punctuation around them.
pub(super) fn bare_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// "The truce, agreed on March 11, held" published on 3 March: a date
/// without a year that the rules read ahead (they allow up to 30 days
/// after publication, for what is still to come) is last year's where a
/// verb in the past stands right before it ("agreed on", "were killed
/// on", "was on"): no article reports as done what has not happened. Not
/// after "be", "to" or a modal ("is expected to be signed on March 11"),
/// nor in a clause about the future.
pub(super) fn past_dates(prose: &str, found: Vec<Claim>, anchor: Option<Date>) -> Vec<Claim> {
    // Not the participles of what is scheduled ("elections held on March
    // 11 will decide", "a report released on", "the president elected
    // on"): those name events still to come as often as past ones.
    const PAST: [&str; 30] = [
        "was",
        "were",
        "agreed",
        "signed",
        "killed",
        "struck",
        "attacked",
        "began",
        "ended",
        "met",
        "launched",
        "died",
        "announced",
        "happened",
        "occurred",
        "started",
        "collapsed",
        "fell",
        "hit",
        "shelled",
        "bombed",
        "captured",
        "seized",
        "wounded",
        "injured",
        "arrested",
        "approved",
        "rejected",
        "adopted",
        "voted",
    ];
    const NOT_DONE: [&str; 12] = [
        "be", "to", "will", "would", "shall", "may", "might", "could", "should", "must", "can",
        "not",
    ];
    each_date(found, anchor, |c, d, a| {
        if d.start <= a {
            return c;
        }
        let text = prose[c.span.clone()].to_lowercase();
        if !yearless(&c, &text) {
            return c;
        }
        let before = &prose[c.sentence.start..c.span.start];
        let clause = before.rsplit([',', ';']).next().unwrap_or(before);
        let words = bare_words(clause);
        // The span may open with its preposition ("on March 11").
        let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
        if matches!(words.last(), Some(&"on" | &"in")) {
            words.pop();
        }
        let done = match words.as_slice() {
            [.., before_verb, verb] => PAST.contains(verb) && !NOT_DONE.contains(before_verb),
            [verb] => PAST.contains(verb),
            [] => false,
        };
        if !done || super::joins::speaks_of_the_future(before) {
            return c;
        }
        years_moved(c, d, -1)
    })
}

/// "Elections will be held on July 9", "talks are due to resume in June":
/// a date without a year in a clause about the future is the next one,
/// where the rules read the last ("were held on July 9"); so is a holiday
/// ("the truce is due to start on Orthodox Easter"). Only after a
/// preposition ([`ahead_in_future`] says the rest).
pub(super) fn future_dates(prose: &str, found: Vec<Claim>, ctx: &Ctx) -> Vec<Claim> {
    const PREPOSITIONS: [&str; 10] = [
        "on", "in", "by", "until", "till", "for", "from", "through", "during", "before",
    ];
    each_date(found, ctx.anchor, |c, d, a| {
        let text = prose[c.span.clone()].to_lowercase();
        let before = &prose[c.sentence.start..c.span.start];
        let words = bare_words(before);
        let first_word = text.split_whitespace().next().unwrap_or_default();
        let is_preposition = |w: &str| PREPOSITIONS.contains(&w);
        let noun = match words.as_slice() {
            [.., n, p] if is_preposition(p) => Some(n),
            [.., n] if is_preposition(first_word) => Some(n),
            _ => return c,
        };
        match ahead_in_future(prose, &c, d, noun.map(String::as_str), a, ctx) {
            Some(next) => {
                let mut j = c;
                j.date = Some(next);
                j
            }
            None => c,
        }
    })
}

/// The next day of date claim `c`, read as `d`, the last before
/// publication `a`, when the clause before it speaks of the future ("Talks
/// will resume after Easter", "Elections will be held on July 9"): a
/// holiday's next day (Easter a year on is another day), or a date without
/// a year a year on. Only a date the last reading puts more than two months
/// back (one a few weeks back is more likely a statement reported late than
/// a date a year ahead), and not a past event's (`noun`, the word before
/// the date's preposition: "will investigate the strike on March 3") nor a
/// possessive ("March 3's vote"). None: `d` stands.
pub(super) fn ahead_in_future(
    prose: &str,
    c: &Claim,
    d: DateRange,
    noun: Option<&str>,
    a: Date,
    ctx: &Ctx,
) -> Option<DateRange> {
    let far_back = super::add_days(a, -60).is_some_and(|limit| d.end < limit);
    if !far_back {
        return None;
    }
    let written = prose[c.span.clone()].trim();
    // A holiday named alone ("Easter"; not "last Easter", "Easter 2024").
    let holiday = match c.rule.as_str() {
        "date.holiday" => match ctx.lexicon.holiday_in(written, ctx.region) {
            HolidayLookup::Found(h) => Some(h),
            _ => return None,
        },
        _ => None,
    };
    if holiday.is_none() && !yearless(c, &written.to_lowercase()) {
        return None;
    }
    let of_an_event = noun.is_some_and(|n| super::joins::PAST_EVENTS.contains(&n));
    let possessive = prose[c.span.end..].starts_with(['\'', '’']);
    if of_an_event
        || possessive
        || !super::joins::speaks_of_the_future(&prose[c.sentence.start..c.span.start])
    {
        return None;
    }
    match holiday {
        Some(h) => h.date.next_after(a).map(|day| h.date.observed(day)),
        None => moved(d, 1),
    }
}

/// Each claim of `found`, a date claim with both ends (and an anchor to
/// read it against) passed through `read`: the frame of `past_dates` and
/// `future_dates`.
fn each_date(
    found: Vec<Claim>,
    anchor: Option<Date>,
    read: impl Fn(Claim, DateRange, Date) -> Claim,
) -> Vec<Claim> {
    let Some(a) = anchor else {
        return found;
    };
    found
        .into_iter()
        .map(
            |c| match c.date.filter(|d| c.kind == Kind::Date && !d.is_open()) {
                Some(d) => read(c, d, a),
                None => c,
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::claims::test_dates as dates;

    fn one(span: &str, days: &str) -> Vec<(String, String)> {
        vec![(span.to_string(), days.to_string())]
    }

    #[test]
    fn a_yearless_date_in_a_clause_about_the_future_is_the_next() {
        // Published 2025-03-12.
        assert_eq!(
            dates("Elections will be held on July 9."),
            one("July 9", "2025-07-09")
        );
        assert_eq!(
            dates("The vote is scheduled for July 9."),
            one("July 9", "2025-07-09")
        );
        assert_eq!(
            dates("Talks are due to resume in June."),
            one("in June", "2025-06")
        );
        // The past reading where the clause is about the past, where the
        // date is a past event's, or where it is only weeks back.
        assert_eq!(
            dates("Elections were held on July 9."),
            one("July 9", "2024-07-09")
        );
        assert_eq!(
            dates("Investigators will examine the strike on July 9."),
            one("July 9", "2024-07-09")
        );
        assert_eq!(
            dates("Talks will resume on February 1."),
            one("February 1", "2025-02-01")
        );
        assert_eq!(
            dates("Zelensky will visit, weeks after the July 9 meeting."),
            one("July 9", "2024-07-09")
        );
    }

    #[test]
    fn an_open_period_or_a_holiday_in_a_clause_about_the_future_is_the_next() {
        // Published 2025-03-12: the last July 9 and the last Orthodox
        // Easter (2024-05-05) are more than two months back.
        assert_eq!(
            dates("Talks will resume after July 9."),
            one("after July 9", "2025-07-10..")
        );
        assert_eq!(
            dates("The government plans to hold the vote before July 9."),
            one("before July 9", "..2025-07-08")
        );
        assert_eq!(
            dates("The truce is due to start on Orthodox Easter."),
            one("Orthodox Easter", "2025-04-20")
        );
        // Easter a year on is another day: 20 April 2025, not 31 March.
        assert_eq!(
            dates("Talks will resume after Easter Sunday."),
            one("after Easter Sunday", "2025-04-21..")
        );
        // The past reading stays where the clause is about the past, where
        // the date is a past event's, or where a year is given.
        assert_eq!(
            dates("Talks resumed after July 9."),
            one("after July 9", "2024-07-10..")
        );
        assert_eq!(
            dates("Investigators will examine the strike on Easter Sunday."),
            one("Easter Sunday", "2024-03-31")
        );
        assert_eq!(
            dates("Talks will resume after Easter 2024."),
            one("after Easter 2024", "2024-04-01..")
        );
    }

    #[test]
    fn a_year_after_a_yearless_date_is_its_year() {
        // Published 2025-03-12.
        assert_eq!(
            dates("Prices peaked in March last year."),
            one("in March last year", "2024-03")
        );
        assert_eq!(
            dates("The vote is due in June next year."),
            one("in June next year", "2026-06")
        );
        assert_eq!(
            dates("Sales fell from April to June in 2017."),
            one("from April to June in 2017", "2017-04-01..2017-06-30")
        );
        assert_eq!(
            dates("The deal was signed on 29 February in 2016."),
            one("29 February in 2016", "2016-02-29")
        );
        // A part of a month, and "of" before the year: late March 2024,
        // not late March 2025 beside the year 2024.
        assert_eq!(
            dates("Shelling resumed in late March last year."),
            one("late March last year", "2024-03-21..2024-03-31")
        );
        assert_eq!(
            dates("The plant closes by the end of June next year."),
            one("the end of June next year", "2026-06-21..2026-06-30")
        );
        assert_eq!(
            dates("It began in March of last year."),
            one("in March of last year", "2024-03")
        );
    }

    #[test]
    fn a_year_that_belongs_elsewhere_stays_apart() {
        let got = dates("In March, last year's winner returned.");
        assert_eq!(got.len(), 2, "{got:?}");
        let got = dates("In May 2019, 2020 was still far off.");
        assert_eq!(got[0], ("May 2019".to_string(), "2019-05".to_string()));
    }

    #[test]
    fn a_date_read_ahead_after_a_verb_in_the_past_is_last_years() {
        // Published 2025-03-12: March 20 is read ahead, unless done.
        assert_eq!(
            dates("The truce, agreed on March 20, held."),
            one("March 20", "2024-03-20")
        );
        assert_eq!(
            dates("Ten people were killed on March 20."),
            one("March 20", "2024-03-20")
        );
        assert_eq!(
            dates("The deal is expected to be signed on March 20."),
            one("March 20", "2025-03-20")
        );
        assert_eq!(
            dates("Talks will be held on March 20."),
            one("March 20", "2025-03-20")
        );
        assert_eq!(dates("Talks on March 20."), one("March 20", "2025-03-20"));
        assert_eq!(
            dates("Elections held on March 20 will decide it."),
            one("March 20", "2025-03-20")
        );
    }

    #[test]
    fn a_date_after_between_now_and_is_ahead() {
        // Published 2025-03-12: from then to the next 15 February.
        assert_eq!(
            dates("Talks will run between now and February 15th."),
            one("between now and February 15th", "2025-03-12..2026-02-15")
        );
        // Still to come this year.
        assert_eq!(
            dates("Talks will run from now until May 15th."),
            one("from now until May 15th", "2025-03-12..2025-05-15")
        );
        assert_eq!(
            dates("Prices will rise from now until 2030."),
            one("from now until 2030", "2025-03-12..2030-12-31")
        );
        // No range back into the past.
        assert_eq!(
            dates("It ran from now until 2020, he joked."),
            one("until 2020", "2020")
        );
    }
}
