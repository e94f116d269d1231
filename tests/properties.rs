//! Properties on generated input: extraction never panics, every claim span
//! lies inside its document and sentence on character boundaries, values
//! are finite; every format reads any bytes without panicking; and the
//! checks do not depend on the order of the documents.

use claimgraph::claims::{extract_text, DocumentClaims};
use claimgraph::fuzzing::{claim_invariants, document_invariants};
use proptest::prelude::*;

/// Pieces news sentences are made of, and pieces that break parsers.
const TOKENS: &[&str] = &[
    "On",
    "Monday",
    "last",
    "August",
    "March 11",
    "2025",
    "nearly",
    "over",
    "around",
    "at least",
    "more than",
    "three",
    "years",
    "ago",
    "a",
    "30-day",
    "ceasefire",
    "88",
    "1,200",
    "1.5 million",
    "$2bn",
    "12%",
    "people",
    "were",
    "killed",
    "injured",
    "in",
    "Sumy",
    "Kyiv",
    "Kharkiv",
    "officials",
    "said",
    "reportedly",
    "according to",
    "the",
    "President",
    "former",
    "since",
    "until",
    "between",
    "and",
    "—",
    "–",
    "’s",
    "“",
    "”",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "#",
    "*",
    "-",
    "<p>",
    "</p>",
    "<!--",
    "-->",
    "&amp;",
    "&#x2014;",
    "---",
    "+++",
    "```",
    "[",
    "](",
    "|",
    "0",
    "00",
    "9999999999999999999999",
    "0.0001",
    "½",
    "٣",
    "Ⅻ",
    "é",
    "😀",
    "\u{feff}",
    "\u{200b}",
    "twenty-one",
    "dozens",
    "hundreds",
    "tens of thousands",
    "Palm Sunday",
    "Easter",
    "1990s",
    "the 80s",
    "yesterday",
    "tomorrow",
    "next week",
    "two days prior to",
    "between",
    "and",
    "from",
    "to",
    "more than",
    "<=",
    "-",
    "1e308",
    "3/4",
    "half a",
    "million",
    "twenty-first",
    "2 years",
    "and a half",
    "after",
    "13-15",
    "Q3",
    "Thanksgiving",
    "USD",
    "°C",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(TOKENS).prop_map(str::to_string),
            1 => any::<String>(),
            1 => "[0-9]{1,30}",
        ],
        0..60,
    )
    .prop_map(|words| words.join(" "))
}

fn day(n: u8) -> Option<jiff::civil::Date> {
    Some(jiff::civil::date(2025, 3, 1 + (n % 28) as i8))
}

fn rules() -> &'static claimgraph::rules::RuleSet {
    static RULES: std::sync::OnceLock<claimgraph::rules::RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(|| claimgraph::rules::compile_only(&[]).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn extraction_keeps_spans_in_bounds(text in article(), d in any::<u8>()) {
        let (document, claims) = extract_text(&text, day(d), rules());
        let dc = DocumentClaims { document, claims };
        document_invariants(&dc.document);
        claim_invariants(&dc);
    }

    #[test]
    fn every_numeral_keeps_its_span_in_bounds(text in article(), d in any::<u8>()) {
        let ex = claimgraph::claims::Extractor::new(rules()).with_numbers(true);
        let (document, claims) = claimgraph::claims::extract_text_with(ex, &text, day(d));
        let dc = DocumentClaims { document, claims };
        claim_invariants(&dc);
    }

    #[test]
    fn any_bytes_in_any_format(bytes in prop::collection::vec(any::<u8>(), 0..400), pick in any::<u8>()) {
        let mut data = vec![pick];
        data.extend(bytes);
        claimgraph::fuzzing::documents(&data);
    }

    #[test]
    fn any_article_text_in_any_format(text in article(), pick in any::<u8>()) {
        let mut data = vec![pick];
        data.extend(text.as_bytes());
        claimgraph::fuzzing::documents(&data);
        claimgraph::fuzzing::front_matter(&data);
    }
}

/// Renders findings with document paths instead of indices, so that two
/// runs over the same documents in different orders compare: the same
/// findings over the same claims. (Which claim a finding lists first
/// follows the documents' order; the CLI sorts documents by path, and
/// tests/determinism.rs checks its output byte for byte.)
fn findings_by_path(docs: &[DocumentClaims]) -> Vec<String> {
    let analysis = claimgraph::findings::check(docs, &rules().lexicon, None);
    let mut out: Vec<String> = analysis
        .findings
        .iter()
        .map(|f| {
            let mut claims: Vec<String> = f
                .claims
                .iter()
                .map(|r| {
                    let dc = &docs[r.doc];
                    format!(
                        "{}@{:?}",
                        dc.document.path.display(),
                        dc.claims[r.claim].span
                    )
                })
                .collect();
            claims.sort();
            format!("{} {}", f.rule.code, claims.join(" "))
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The same articles in any order give the same findings.
    #[test]
    fn findings_do_not_depend_on_document_order(
        texts in prop::collection::vec(article(), 2..6),
        days in prop::collection::vec(any::<u8>(), 6),
        seed in any::<u64>(),
    ) {
        let make = |order: &[usize]| -> Vec<DocumentClaims> {
            order
                .iter()
                .map(|&i| {
                    // Every article repeats a few claims so that there is
                    // something to corroborate or contradict.
                    let text = format!(
                        "Headline\nOn Monday, {} people were killed in Sumy, officials said. {}\n",
                        10 + i,
                        texts[i]
                    );
                    let (mut document, claims) = extract_text(&text, day(days[i] % 3), rules());
                    document.path = format!("a{i}.txt").into();
                    DocumentClaims { document, claims }
                })
                .collect()
        };
        let forward: Vec<usize> = (0..texts.len()).collect();
        let mut shuffled = forward.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(findings_by_path(&make(&forward)), findings_by_path(&make(&shuffled)));
    }
}
