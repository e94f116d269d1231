//! A count that shares the verb of the count before it: "shelling killed
//! 40 people in Valmora last week, and 9 people on Monday". The nine were
//! killed too: the count is a second object of "killed", its verb left
//! out. Read only when the verb stands right before the first count, the
//! words between hold no verb of their own, and nothing after the second
//! count says what happened to it.

use super::{Claim, Kind};
use crate::rules::Lexicon;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Between the two counts: the rest of the first's clause, then "and".
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^;:.()\u{2013}\u{2014}]*?,?\s+and\s+$").expect("between pattern")
});

/// A verb (or a clause of its own) between or after the counts.
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:were|was|is|are|has|have|had|been|be|remain|remains|remained|died|who|which|that|when|while|after|before|because|others?|more)\b")
        .expect("verb pattern")
});

/// The metric of the count before the claim at `i`, when the claim is a
/// second object of that count's verb.
pub(super) fn shared_metric(
    claims: &[&mut Claim],
    i: usize,
    prose: &str,
    sentence: &Range<usize>,
    lex: &Lexicon,
) -> Option<String> {
    let claim = &claims[i];
    if claim.kind != Kind::Count {
        return None;
    }
    let first = claims
        .iter()
        .filter(|c| !c.kind.is_date() && c.span.end <= claim.span.start)
        .max_by_key(|c| c.span.end)?;
    let metric = first.metric.as_deref()?;
    if first.part_of.is_some() {
        return None;
    }
    // What it counts can have happened to it: "120 drones and 4 missiles"
    // were launched, "5 people and 20 horses" not all killed as people.
    let class = &lex
        .unit(claim.noun.as_deref().or(claim.unit.as_deref())?)?
        .class;
    let found = lex.metrics.iter().find(|m| m.name == metric)?;
    if !found.classes.contains(class) {
        return None;
    }
    let between = &prose[first.span.end..claim.span.start];
    if between.len() > 80 || !BETWEEN.is_match(between) || VERB.is_match(between) {
        return None;
    }
    // Nothing after it says what happened to it ("and 9 people remain
    // missing", "and 30 fled"): the rest of its clause is only where and
    // when ("on Monday", "in Harbourton").
    let after = &prose[claim.span.end..sentence.end.max(claim.span.end)];
    let clause = after
        .find([',', ';', ':', '.', '(', '\u{2013}', '\u{2014}'])
        .map_or(after, |k| &after[..k]);
    if !clause.split_whitespace().all(where_or_when) {
        return None;
    }
    // The verb right before the first count is one of the metric's cues.
    let before = prose[sentence.start.min(first.span.start)..first.span.start]
        .trim_end()
        .to_lowercase();
    found
        .cues
        .iter()
        .any(|c| {
            before.ends_with(c.as_str())
                && !before[..before.len() - c.len()].ends_with(|ch: char| ch.is_alphanumeric())
        })
        .then(|| metric.to_string())
}

/// A word of a phrase of place or time: a preposition, a weekday, a part
/// of the day, a name (capitalized), a number.
fn where_or_when(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "on",
        "in",
        "at",
        "near",
        "across",
        "around",
        "during",
        "overnight",
        "last",
        "this",
        "earlier",
        "later",
        "yesterday",
        "today",
        "the",
        "a",
        "of",
        "same",
        "day",
        "night",
        "morning",
        "afternoon",
        "evening",
        "week",
        "weekend",
        "month",
        "year",
        "city",
        "town",
        "village",
        "region",
        "province",
        "district",
        "area",
        "east",
        "west",
        "north",
        "south",
        "eastern",
        "western",
        "northern",
        "southern",
        "nearby",
    ];
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty()
        || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || WORDS.contains(&w.to_lowercase().as_str())
        || super::dates::weekday_named(w).is_some()
}
