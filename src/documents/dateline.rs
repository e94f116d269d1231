//! A wire dateline opening a paragraph: "VALMORA, June 8 (Wire A) -",
//! "HARBOURTON, Northland, June 9 -", "KYIV (Reuters) -". It tells where the
//! story was filed and on which day, not where or when anything in it
//! happened: two datelines of June 8 do not date a strike of June 7 to June
//! 8. It is blanked like boilerplate, and the rest of the line is kept.

use regex::Regex;
use std::sync::LazyLock;

/// The id a dateline is reported under, beside the boilerplate rules'.
pub const DATELINE: &str = "document.dateline";

/// A place in capitals (up to four words), an optional region after a
/// comma, then a date or an agency in brackets (at least one), then a dash.
static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[\s*_>]*",
        r"(?P<dateline>",
        r"\p{Lu}[\p{Lu}'’.-]+(?:[ ]\p{Lu}[\p{Lu}'’.-]*){0,3}",
        r"(?:,[ ]\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2})?",
        r"(?:",
        r"(?:,[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}(?:,[ ]\d{4})?)(?:[ ]\([^()\n]+\))?",
        r"|[ ]\([^()\n]+\)",
        r")",
        r"[ ]*[-\u{2013}\u{2014}]{1,2}(?:\*{1,2}|_{1,2})?[ ]",
        r")",
    ))
    .expect("dateline pattern")
});

/// The most bytes a dateline takes: a place, a region, a date and an
/// agency.
const MAX_LEN: usize = 120;

/// The byte range, within `line`, of a dateline that opens it.
pub(crate) fn find(line: &str) -> Option<std::ops::Range<usize>> {
    PATTERN
        .captures(line)
        .and_then(|c| c.name("dateline"))
        .map(|m| m.range())
        .filter(|r| r.len() <= MAX_LEN)
}

#[cfg(test)]
mod tests {
    use super::find;

    fn dateline(line: &str) -> Option<&str> {
        find(line).map(|r| &line[r])
    }

    #[test]
    fn a_wire_dateline_is_found() {
        assert_eq!(
            dateline("VALMORA, June 8 (Wire A) - A strike killed 12."),
            Some("VALMORA, June 8 (Wire A) - ")
        );
        assert_eq!(
            dateline("HARBOURTON, Northland, Sept. 9 — Rain fell."),
            Some("HARBOURTON, Northland, Sept. 9 — ")
        );
        assert_eq!(
            dateline("KYIV (Reuters) - Talks resumed."),
            Some("KYIV (Reuters) - ")
        );
        assert_eq!(
            dateline("**NEW YORK, March 3, 2025 (AP) —** Markets fell."),
            Some("NEW YORK, March 3, 2025 (AP) —** ")
        );
    }

    #[test]
    fn a_capitalized_opening_is_no_dateline() {
        assert_eq!(dateline("NATO - 12 countries agreed."), None);
        assert_eq!(dateline("On June 8, 12 people were killed."), None);
        assert_eq!(dateline("UPDATE: 12 killed."), None);
        assert_eq!(dateline("The UN (OCHA) - which counts"), None);
    }
}

#[cfg(test)]
mod in_documents {
    use crate::documents::{parse_bytes, Metadata};
    use std::path::Path;

    fn prose_of(name: &str, text: &str) -> (String, Vec<(usize, String)>) {
        let docs = parse_bytes(
            Path::new(name),
            text.as_bytes().to_vec(),
            Metadata::default(),
            None,
            &[],
        )
        .expect("document");
        (docs[0].prose.clone(), docs[0].boilerplate.clone())
    }

    #[test]
    fn a_dateline_is_blanked_in_html_and_markdown_alike() {
        for (name, text) in [
            ("a.html", "<html><body><p>VALMORA, June 8 (Wire A) - A strike killed 12 people.</p></body></html>\n"),
            ("a.md", "VALMORA, June 8 (Wire A) - A strike killed 12 people.\n"),
        ] {
            let (prose, found) = prose_of(name, text);
            assert!(!prose.contains("June 8"), "{name}: {prose}");
            assert!(prose.contains("A strike killed 12 people."), "{name}: {prose}");
            assert_eq!(found, [(1, super::DATELINE.to_string())], "{name}");
        }
    }
}
