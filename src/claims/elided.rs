//! A part of a counted whole whose noun is left out: "147 drones, of which
//! 97 were shot down", "Of the 147 drones, 97 were shot down". The rules
//! read "147 drones" and no count in "97 were"; the part counts what the
//! whole counts, and what happened to it is its own (the context stage
//! finds "shot down" after it). And more of the same after a count: "two
//! civilians were killed and five others injured".

use super::{Amount, Claim, Kind};
use regex::Regex;
use std::sync::LazyLock;

/// The rule id of the parts this stage reads.
pub const ELIDED_RULE: &str = "count.elided";

/// The rule id of "five others" after a count.
pub const OTHERS_RULE: &str = "count.others";

/// After a whole, in its clause: ", of which 97 were".
static OF_WHICH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{REST_OF_CLAUSE},\s+of\s+(?:which|them|these|those)\s+{PART}"
    ))
    .expect("of-which pattern")
});

/// After a whole a sentence opens with ("Of the 147 drones sent"): ", 97
/// were".
static OPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{REST_OF_CLAUSE},\s+{PART}")).expect("opened pattern")
});

/// The words after the whole up to the comma: "overnight", "sent at
/// Harbourton on Sunday night".
const REST_OF_CLAUSE: &str = r"[^,.;:!?()]{0,40}?";

/// The part's number, and the verb that says what happened to it.
const PART: &str =
    r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:were|was|are|have\s+been|had\s+been)\b";

/// "and five others injured": a count of more of what a count before it
/// in the sentence counts.
static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+others\b").expect("others pattern")
});

/// The rule id of "and three in Valmora" after a count.
pub const GAPPED_RULE: &str = "count.gapped";

/// "and three in Valmora": a count of the same in another place, its noun
/// and verb left out.
static GAPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:and)\s+(?P<n>\d[\d,]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s+(?i:more\s+)?(?i:in|at|near)\s+(?:the\s+)?\p{Lu}")
        .expect("gapped pattern")
});

/// The wholes of one sentence's claims each add the part that follows them;
/// "five others" after a count adds a count of the same, as does "and three
/// in Valmora".
pub(super) fn elided_parts(prose: &str, mut found: Vec<Claim>) -> Vec<Claim> {
    let parts: Vec<Claim> = found
        .iter()
        .filter_map(|whole| part_after(prose, whole))
        .chain(others(prose, &found))
        .chain(gapped(prose, &found))
        .filter(|p| {
            found
                .iter()
                .all(|c| c.span.end <= p.span.start || p.span.end <= c.span.start)
        })
        .collect();
    if parts.is_empty() {
        return found;
    }
    found.extend(parts);
    found.sort_by_key(|c| (c.span.start, c.span.end));
    found
}

/// "Two civilians were killed and five others injured": five people more.
/// What they count is the nearest count's before them; what happened to
/// them is found as for any count.
fn others(prose: &str, found: &[Claim]) -> Vec<Claim> {
    // Most sentences have no "others": no search.
    more_of_a_count(prose, found, &OTHERS, "others", |before, whole, n| {
        let mut c = Claim::new(
            OTHERS_RULE,
            Kind::Count,
            n.start..whole.end,
            before.sentence.clone(),
        );
        c.unit = before.unit.clone();
        Some(c)
    })
}

/// "Five people were killed in Harbourton and three in Valmora": three
/// people more, of what the count before them counts (its metric is given
/// by the context stage).
fn gapped(prose: &str, found: &[Claim]) -> Vec<Claim> {
    more_of_a_count(prose, found, &GAPPED, "and ", |before, _whole, n| {
        // In the clause of that count: no semicolon, colon or bracket
        // between.
        if prose[before.span.end..n.start].contains([';', ':', '(']) {
            return None;
        }
        let mut c = Claim::new(GAPPED_RULE, Kind::Count, n, before.sentence.clone());
        c.unit = before.unit.clone();
        c.noun = before.noun.clone();
        Some(c)
    })
}

/// The counts `re` finds in the sentence of `found` (only if it holds
/// `needle`), each a whole number (`n`) more of the nearest count before
/// it; `make` builds the claim from that count, the match's span and the
/// number's (in the prose), and the amount is set.
fn more_of_a_count(
    prose: &str,
    found: &[Claim],
    re: &Regex,
    needle: &str,
    make: impl Fn(&Claim, std::ops::Range<usize>, std::ops::Range<usize>) -> Option<Claim>,
) -> Vec<Claim> {
    let Some(sentence) = found.first().map(|c| c.sentence.clone()) else {
        return Vec::new();
    };
    let end = sentence.end.min(prose.len());
    let text = &prose[sentence.start..end];
    if !text.contains(needle) {
        return Vec::new();
    }
    re.captures_iter(text)
        .filter_map(|caps| {
            let n = caps.name("n")?;
            let start = sentence.start + n.start();
            let before = found
                .iter()
                .filter(|c| c.kind == Kind::Count && c.unit.is_some() && c.span.end <= start)
                .max_by_key(|c| c.span.end)?;
            let value = super::numbers::parse_number(n.as_str())?.value?;
            if value < 1.0 || value.fract() != 0.0 {
                return None;
            }
            let shifted = |m: regex::Match| sentence.start + m.start()..sentence.start + m.end();
            let mut c = make(before, shifted(caps.get(0)?), shifted(n))?;
            c.amount = Some(Amount::exact(value));
            Some(c)
        })
        .collect()
}

fn part_after(prose: &str, whole: &Claim) -> Option<Claim> {
    if whole.kind != Kind::Count || whole.unit.is_none() {
        return None;
    }
    let amount = whole.amount?;
    let total = amount.nominal.or(amount.interval.point())?;
    let end = whole.sentence.end.max(whole.span.end);
    let rest = &prose[whole.span.end..end];
    // Only a short opening is lowered and compared: "Of all the" at most.
    let opened = prose[whole.sentence.start..whole.span.start].trim();
    let opens = opened.len() <= "of all the".len()
        && matches!(
            opened.to_ascii_lowercase().as_str(),
            "of" | "of the" | "of all the" | "of all"
        );
    let caps = if opens {
        OPENED.captures(rest)
    } else {
        OF_WHICH.captures(rest)
    }?;
    let n = caps.name("n")?;
    let value = super::numbers::parse_number(n.as_str())?.value?;
    // A part, not the whole again or more: "of which 2,000 were" after
    // "1,500 homes" is no part of them.
    if value < 1.0 || value.fract() != 0.0 || value >= total {
        return None;
    }
    let start = whole.span.end + n.start();
    let mut part = Claim::new(
        ELIDED_RULE,
        Kind::Count,
        start..start + n.len(),
        whole.sentence.clone(),
    );
    part.amount = Some(Amount::exact(value));
    part.unit = whole.unit.clone();
    part.noun = whole.noun.clone();
    Some(part)
}

#[cfg(test)]
mod tests {
    use crate::claims::{extract_text, Kind};

    /// (span, value, unit, metric) of the counts of `text`.
    fn counts(text: &str) -> Vec<(String, f64, String, String)> {
        let rules = crate::rules::load(&[]).expect("rules");
        let (_, claims) = extract_text(text, "2025-03-24".parse().ok(), &rules);
        claims
            .iter()
            .filter(|c| c.kind == Kind::Count)
            .map(|c| {
                (
                    text[c.span.clone()].to_string(),
                    c.amount
                        .and_then(|a| a.interval.point())
                        .unwrap_or(f64::NAN),
                    c.unit.clone().unwrap_or_default(),
                    c.metric.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    fn count(span: &str, value: f64, unit: &str, metric: &str) -> (String, f64, String, String) {
        (span.into(), value, unit.into(), metric.into())
    }

    #[test]
    fn a_part_after_of_which_counts_the_whole_s_noun() {
        assert_eq!(
            counts("Russia launched 147 drones overnight, of which 97 were shot down."),
            vec![
                count("147 drones", 147.0, "drones", "launched"),
                count("97", 97.0, "drones", "intercepted"),
            ]
        );
    }

    #[test]
    fn a_part_after_an_opening_whole_is_the_one_that_happened() {
        // The whole takes no cue past its comma; the part takes it.
        assert_eq!(
            counts("Of the 147 drones, 97 were shot down."),
            vec![
                count("147 drones", 147.0, "drones", ""),
                count("97", 97.0, "drones", "intercepted"),
            ]
        );
    }

    #[test]
    fn others_after_a_count_count_the_same() {
        assert_eq!(
            counts("Two civilians were killed and five others injured."),
            vec![
                count("Two civilians", 2.0, "people", "killed"),
                count("five others", 5.0, "people", "injured"),
            ]
        );
        // What happened to the count before them is not theirs.
        assert_eq!(
            counts("Three drones were downed and two others crashed.")[1],
            count("two others", 2.0, "drones", "")
        );
        // No count before: nothing to count.
        assert!(counts("Some 12 others were hurt.").is_empty());
    }

    #[test]
    fn and_a_number_in_a_place_counts_the_same_there() {
        assert_eq!(
            counts("Five people were killed in Kharkiv and three in Sumy."),
            vec![
                count("Five people", 5.0, "people", "killed"),
                count("three", 3.0, "people", "killed"),
            ]
        );
        // Not past a semicolon, nor without a count before, nor a name
        // that is no place ("and two in March" has a capital too, but
        // "in March" opens no count of its own here: no count before).
        assert_eq!(
            counts("Five people were killed in Kharkiv; and three in Sumy.").len(),
            1
        );
        assert!(counts("He won and two in Paris agreed.").is_empty());
    }

    #[test]
    fn no_part_larger_than_the_whole() {
        assert_eq!(
            counts("Officials counted 40 drones, of which 52 were shot down.").len(),
            1
        );
        // Of a hedged whole, a part under its stated figure.
        assert_eq!(
            counts("About 40 drones flew in, of which 30 were shot down.")[1],
            count("30", 30.0, "drones", "intercepted")
        );
        // What happened to the whole is not the part's.
        assert_eq!(
            counts("The army fired 200 shells, of which two were duds.")[1],
            count("two", 2.0, "shells", "")
        );
        // A clause between: the part is not the whole's.
        assert_eq!(
            counts("Russia launched 147 drones. Of these, 97 were shot down.").len(),
            1
        );
    }
}
