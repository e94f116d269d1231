//! Figures an article itself says were replaced: "the ministry first said
//! 30 people were killed, then revised the figure to 25", "the toll,
//! initially put at 30", "Correction: an earlier version of this article
//! said 221". Such a figure is what someone said before, not what the
//! article reports: it is set against nothing (not the article's own
//! 25, nor another article's 30), and is no assertion to verify.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Words before a figure that tell it was given before and replaced. The
/// cue must govern the figure: `STOP` must not stand between them.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:",
        // "first said", "had initially put (the toll at)", "was earlier given as"
        r"(?:first|initially|originally|earlier|previously)\s+(?:said|says|reported|put|given|gave|estimated|announced|claimed|stated|told|counted|recorded|listed|set|planned|agreed|expected)",
        // "said at first that", "had said earlier"
        r"|(?:said|reported|put|estimated|announced|claimed|stated)\s+(?:at\s+first|initially|originally|earlier|previously)",
        // "initial reports said", "an earlier estimate of"
        r"|(?:initial|early|earlier|first|previous|original)\s+(?:reports?|estimates?|figures?|counts?|tolls?|tally|tallies)",
        r")\b",
    ))
    .expect("outdated cue")
});

/// A correction note: what it says the article said before is outdated,
/// dates too ("an earlier version of this article said the strike was on
/// Monday"), where a date after "first announced" is when that happened.
static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:",
        r"(?:earlier|previous|original)\s+version\s+of\s+this",
        r"|(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|put|listed|described|dated)",
        r"|misstated|misreported|misdated",
        r")\b",
    ))
    .expect("correction cue")
});

/// What ends a cue's reach: a clause of its own after it ("then revised
/// it to 25", "but later", "; the correct figure is"), a comma, or a
/// passive agent ("first reported by local media, killed 12": the event
/// was first reported, not the figure).
static STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[,;:()\u{2013}\u{2014}]|\b(?:but|then|later|now|since|revised|revising|corrected|correcting|lowered|raised|updated|rose|risen|climbed|increased|fell|dropped|whereas|while|by)\b",
    )
    .expect("outdated stop")
});

/// After a figure: "30 were killed, a figure later revised to 25",
/// "30 dead, according to initial reports", "30 were killed, the ministry
/// first said."
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:",
        r"an?\s+(?:figure|toll|number|count|tally|estimate)\s+(?:that\s+was\s+|which\s+was\s+)?(?:later|since|subsequently)\s+(?:revised|lowered|raised|corrected|updated|reduced|cut|increased)",
        r"|according\s+to\s+(?:initial|early|earlier|first|preliminary)\s+(?:reports|estimates|figures)",
        r"|(?:[^\s,;.]+\s+){1,6}?(?:first|initially|originally|earlier|previously)\s+(?:said|reported|estimated|announced|claimed|stated)\s*(?:[.;]|$)",
        r")",
    ))
    .expect("outdated cue after")
});

/// The words that tell the claim at `span` was given before and replaced,
/// if its sentence has them. A date is outdated only in a correction
/// note: "first reported on Monday" tells when it was first reported.
pub fn cue(
    prose: &str,
    sentence: &Range<usize>,
    span: &Range<usize>,
    is_date: bool,
) -> Option<String> {
    let before = &prose[sentence.start.min(span.start)..span.start];
    let governing = |re: &Regex| {
        re.find_iter(before)
            .filter(|m| !STOP.is_match(&before[m.end()..]))
            .last()
            .map(|m| m.as_str().to_lowercase())
    };
    if let Some(words) = governing(&CORRECTION) {
        return Some(words);
    }
    if is_date {
        return None;
    }
    if let Some(words) = governing(&BEFORE) {
        return Some(words);
    }
    // The figure's clause ends at a comma (within a few words), and the
    // cue opens the next.
    let after = &prose[span.end..sentence.end.max(span.end)];
    let comma = after.find([',', ';', '.'])?;
    if comma > 60 || !after[comma..].starts_with(',') {
        return None;
    }
    AFTER.find(&after[comma + 1..]).map(|m| {
        m.as_str()
            .trim()
            .trim_end_matches(['.', ';'])
            .to_lowercase()
    })
}

#[cfg(test)]
mod tests {
    use super::cue;

    fn of(text: &str, figure: &str) -> Option<String> {
        let at = text.find(figure).expect("figure in text");
        cue(text, &(0..text.len()), &(at..at + figure.len()), false)
    }

    fn of_date(text: &str, date: &str) -> Option<String> {
        let at = text.find(date).expect("date in text");
        cue(text, &(0..text.len()), &(at..at + date.len()), true)
    }

    #[test]
    fn a_figure_someone_gave_before_is_outdated() {
        let s = "The ministry first said 30 people were killed, then revised the figure to 25.";
        assert_eq!(of(s, "30 people").as_deref(), Some("first said"));
        assert_eq!(of(s, "25"), None);
        let s = "The toll, initially put at 30, was lowered to 25.";
        assert_eq!(of(s, "30").as_deref(), Some("initially put"));
        assert_eq!(of(s, "25"), None);
        let s = "Correction: An earlier version of this article said 221 civilians were killed.";
        assert_eq!(
            of(s, "221 civilians").as_deref(),
            Some("earlier version of this")
        );
        assert_eq!(
            of("Initial reports said 12 were injured.", "12").as_deref(),
            Some("initial reports")
        );
    }

    #[test]
    fn a_cue_after_the_figure_counts_when_it_closes_the_clause() {
        let s = "Police said 12 were killed, a figure later revised to 10.";
        assert_eq!(of(s, "12").as_deref(), Some("a figure later revised"));
        let s = "Twelve people were killed, the ministry initially said.";
        assert_eq!(
            of(s, "Twelve people").as_deref(),
            Some("the ministry initially said")
        );
        let s = "Twelve people were killed, and the ministry earlier said 4 were hurt.";
        assert_eq!(of(s, "Twelve people"), None);
    }

    #[test]
    fn a_date_is_outdated_only_in_a_correction_note() {
        assert_eq!(
            of_date("The accord, first agreed in 2015, lapsed.", "in 2015"),
            None
        );
        assert_eq!(
            of_date(
                "An earlier version of this story misdated the strike as Monday.",
                "Monday"
            )
            .as_deref(),
            Some("misdated")
        );
    }

    #[test]
    fn a_first_report_of_the_event_is_no_outdated_figure() {
        assert_eq!(
            of(
                "The attack, first reported by local media, killed 12 people.",
                "12"
            ),
            None
        );
        assert_eq!(
            of("The strike killed 12 people, the first since March.", "12"),
            None
        );
        assert_eq!(
            of("Officials said on Monday 12 people were killed.", "12"),
            None
        );
        assert_eq!(
            of(
                "Police initially reported 12 dead; the number was later lowered to 10.",
                "10"
            ),
            None
        );
    }
}
