//! Totals over a period: "Since Monday, 20 people have been killed", "in
//! the past week, 40 were injured", "over the past three days". Such a
//! figure counts every day from the date to publication (or of the window);
//! it is not what happened on the date itself, and "12 killed on Monday" in
//! another article is no contradiction of it.

use super::{Claim, DateRange, Precision};
use jiff::civil::Date;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// "since" right before a date, or opening its clause: "since Monday",
/// "ever since March 2022", "since the ceasefire took effect on March 11"
/// (no break between).
static SINCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsince\s+$|\bsince\s+[^,;:()\u{2013}\u{2014}]{0,60}\s(?:on|in)\s+$")
        .expect("since pattern")
});

/// A date that is itself a window up to publication: "the past week",
/// "so far this year", "year to date".
static WINDOW_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:in|over|during)\s+)?the\s+past\b|\bso\s+far\b|\bto\s+date\b|\byear-to-date\b",
    )
    .expect("window pattern")
});

/// A range whose end is publication: "from March 11 until now", "since
/// Monday to date".
static UNTIL_NOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:until|till|til|up\s+to|through)\s+(?:now|today|the\s+present)\b|\bto\s+date\s*$",
    )
    .expect("until-now pattern")
});

/// "so far" or "to date" right after a period: "This year so far".
static SO_FAR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:so\s+far|to\s+date|thus\s+far)\b").expect("so-far pattern")
});

/// A record and the date it is measured from: "the highest since 2015",
/// "the deadliest day since March 3", "for the first time since 2014",
/// "not seen since the 1990s". The date is no time of any figure.
pub(super) static RECORD_SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|worst|best|deadliest|heaviest|hottest|coldest|warmest|wettest|driest|longest|shortest|sharpest|steepest|most|least|record|first\s+time|not\s+seen|never\s+seen)\b[^.;!?]{0,40}\bsince\b[^.;!?]*$",
    )
    .expect("record pattern")
});

/// A toll that a figure before it brings up, to its clause's figure:
/// "killed five, bringing the city's death toll since the invasion to
/// 120", "raising the toll this year to 31". A running total over days
/// no one gives.
static RUNNING_TOLL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:bringing|brings|brought|raising|raises|raised|pushing|pushes|pushed|taking|takes|lifting|lifts)\s+(?:[\w'’-]+\s+){0,8}?(?:toll|total|tally|number|count)\b[^.;:!?]{0,80}?\bto\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some)\s+)?$",
    )
    .expect("running toll pattern")
});

/// Whether a figure is a running total that its sentence says another
/// figure brings it to (see `RUNNING_TOLL`).
pub(super) fn running_toll(prose: &str, c: &Claim) -> bool {
    let from = c.sentence.start.min(c.span.start);
    RUNNING_TOLL.is_match(&prose[from..c.span.start])
}

/// "118 people have been killed", "Russia has killed 118": a count told in
/// the present perfect is a toll so far, not the day of the sentence
/// before.
static SO_FAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:have|has|'ve)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:killed|injured|wounded|died|hurt|displaced|detained|evacuated|lost)\b",
    )
    .expect("present perfect pattern")
});

/// Whether a sentence tells its count in the present perfect (see
/// `SO_FAR`).
pub(super) fn so_far(sentence: &str) -> bool {
    SO_FAR.is_match(sentence)
}

/// The period a date claim (or a window such as "the past three days")
/// opens for the figures of its clause, when it opens one: from a date
/// after "since" to publication, or the window's own days.
pub(super) fn period(
    prose: &str,
    sentence: &Range<usize>,
    c: &Claim,
    published: Option<Date>,
) -> Option<DateRange> {
    let d = c.date?;
    let span = &prose[c.span.clone()];
    if matches!(c.rule.as_str(), "duration.window" | "duration.window-one")
        || (c.kind.is_date() && WINDOW_DATE.is_match(span))
    {
        return Some(d);
    }
    // "From March 11 until now": a range that runs to publication.
    if c.kind.is_date() && UNTIL_NOW.is_match(span) {
        return Some(d);
    }
    if !c.kind.is_date() {
        return None;
    }
    // "since the war began in 2022": the rule's span may take the "in".
    let lower = span.to_ascii_lowercase();
    let lead = ["in ", "on "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(0, |p| p.len());
    let before = &prose[sentence.start.min(c.span.start)..c.span.start + lead];
    let opens = lower.starts_with("since ")
        || lower.starts_with("ever since ")
        || SINCE_BEFORE.is_match(before);
    // "This year so far", "this month to date": the period's days up to
    // publication, as "so far this year" reads ("since Monday to date" is
    // a total since Monday).
    let after = &prose[c.span.end..sentence.end.max(c.span.end)];
    if !opens && SO_FAR_AFTER.is_match(after) {
        let yesterday = published?.yesterday().ok()?;
        return (d.start <= yesterday).then_some(DateRange {
            end: d.end.min(yesterday),
            precision: Precision::Span,
            nominal: None,
            ..d
        });
    }
    if !opens || RECORD_SINCE.is_match(&prose[sentence.start.min(c.span.start)..c.span.end]) {
        return None;
    }
    let published = published?;
    (d.start <= published && d.precision != Precision::Open).then_some(DateRange {
        start: d.start,
        end: published,
        precision: Precision::Span,
        nominal: None,
        approximate: d.approximate,
    })
}

#[cfg(test)]
mod tests {
    use crate::claims::Claim;

    /// The time of each figure of `text` (published 2025-04-15), and
    /// whether it is a total over that time.
    fn times(text: &str) -> Vec<(String, String, bool)> {
        let rules = crate::rules::load(&[]).expect("rules");
        let (_, claims) = crate::claims::extract_text(text, "2025-04-15".parse().ok(), &rules);
        claims
            .iter()
            .filter(|c: &&Claim| c.kind == crate::claims::Kind::Count)
            .map(|c| {
                (
                    text[c.span.clone()].to_string(),
                    c.when.map(|w| w.display()).unwrap_or_default(),
                    c.total,
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, bool) {
        let t = times(text);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        (t[0].1.clone(), t[0].2)
    }

    #[test]
    fn a_figure_since_a_date_totals_the_days_to_publication() {
        let since = ("2025-04-14..2025-04-15".to_string(), true);
        assert_eq!(one("Since Monday, 20 people have been killed."), since);
        assert_eq!(one("20 people have been killed since Monday."), since);
        assert_eq!(one("Ever since Monday, 20 people have been killed."), since);
        assert_eq!(
            one("Since the ceasefire took effect on March 11, 32 soldiers were killed."),
            ("2025-03-11..2025-04-15".to_string(), true)
        );
        assert_eq!(
            one("Ever since the war began in 2022, 100 people were killed."),
            ("2022-01-01..2025-04-15".to_string(), true)
        );
        assert_eq!(
            one("Since 2022, 500 people have died."),
            ("2022-01-01..2025-04-15".to_string(), true)
        );
    }

    #[test]
    fn a_window_up_to_publication_is_a_total_over_it() {
        assert_eq!(
            one("In the past week, 40 people were injured."),
            ("2025-04-07..2025-04-13".to_string(), true)
        );
        assert_eq!(
            one("Over the past three days, 30 drones were shot down."),
            ("2025-04-12..2025-04-14".to_string(), true)
        );
        assert_eq!(
            one("In the past 24 hours, nine people were killed."),
            ("2025-04-14..2025-04-15".to_string(), true)
        );
        assert_eq!(
            one("So far this year, 300 people have died."),
            ("2025-01-01..2025-04-14".to_string(), true)
        );
        assert_eq!(
            one("This year so far, 300 people have died."),
            ("2025-01-01..2025-04-14".to_string(), true)
        );
        assert_eq!(
            one("Since Monday to date, 20 people have been killed."),
            ("2025-04-14..2025-04-15".to_string(), true)
        );
        assert_eq!(
            one("From March 11 until now, 40 people were killed."),
            ("2025-03-11..2025-04-15".to_string(), true)
        );
    }

    #[test]
    fn a_date_of_its_own_or_a_record_is_no_total() {
        assert_eq!(
            one("On Monday, 12 people were killed."),
            ("2025-04-14".to_string(), false)
        );
        assert_eq!(
            one("Last week, 80 people were killed."),
            ("2025-04-07..2025-04-13".to_string(), false)
        );
        // A record's date is no time of the figure (as before).
        assert_eq!(
            one("On March 3, 35 people were killed, the most since 2022."),
            ("2025-03-03".to_string(), false)
        );
        // "since" opening another clause than the date's.
        assert_eq!(
            one("Since talks stalled, 12 people were killed on Monday."),
            ("2025-04-14".to_string(), false)
        );
    }
}
