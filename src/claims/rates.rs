//! Counts that are rates, not tolls: "an average of 12 people a day were
//! killed", "killing 3 people per day", "averaging 40 attacks a week". Such
//! a count says how many in each day (or week) of a period, not how many in
//! all, nor on the one day its sentence names; it takes no metric, so it is
//! compared with nothing.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Right after the count (and its noun): "a day", "per week", "each month".
static PER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|minute)\b|daily\b|nightly\b|weekly\b|monthly\b|annually\b|a\s+year\b)")
        .expect("rate pattern")
});

/// Ending the count's clause: "50 people are killed daily", "40 drones
/// were launched each night" (not "12 were killed a day after the truce",
/// nor "in daily shelling").
static PER_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:a|per|each|every)\s+(?:day|night|week|month|year)|\b(?:daily|nightly|weekly|monthly|annually))\s*$")
        .expect("rate at end pattern")
});

/// Right before the count: "an average of", "averaging", "on average".
static AVERAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:an?\s+)?average\s+of|averaging|averaged|on\s+average,?)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$")
        .expect("average pattern")
});

/// Whether the count at `span` is a rate.
pub(crate) fn is_rate(prose: &str, sentence: &Range<usize>, span: &Range<usize>) -> bool {
    let before = &prose[sentence.start.min(span.start)..span.start];
    let after = &prose[span.end..sentence.end.max(span.end)];
    let clause = after
        .find([',', ';', ':', '.', '!', '?', '(', '\u{2014}', '\u{2013}'])
        .map_or(after, |k| &after[..k]);
    PER.is_match(after) || PER_AT_END.is_match(clause) || AVERAGE.is_match(before)
}

#[cfg(test)]
mod tests {
    use super::is_rate;

    fn of(text: &str, count: &str) -> bool {
        let at = text.find(count).expect("count in text");
        is_rate(text, &(0..text.len()), &(at..at + count.len()))
    }

    #[test]
    fn a_count_in_each_day_or_on_average_is_a_rate() {
        assert!(of(
            "An average of 12 people a day were killed.",
            "12 people"
        ));
        assert!(of(
            "The shelling is killing 3 civilians per day.",
            "3 civilians"
        ));
        assert!(of("Attacks averaged 40 a week in May.", "40"));
        assert!(of("On average, 40 attacks were recorded.", "40 attacks"));
        assert!(of(
            "Around 50 people are killed daily, the UN says.",
            "Around 50 people"
        ));
    }

    #[test]
    fn a_toll_of_a_day_is_no_rate() {
        assert!(!of("On Monday, 12 people were killed.", "12 people"));
        assert!(!of(
            "12 people were killed a day after the truce.",
            "12 people"
        ));
        assert!(!of(
            "The average age of the 12 people killed was 30.",
            "12 people"
        ));
        assert!(!of("12 people were killed in daily shelling.", "12 people"));
    }
}
