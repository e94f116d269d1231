//! The bodies of the fuzz targets (fuzz/fuzz_targets/*.rs), here so that
//! the crashes they find replay in the normal test suite
//! (tests/fuzz_regressions.rs) on the stable toolchain.
//!
//! Each function takes arbitrary bytes, runs one stage, and panics only
//! when an invariant breaks: errors are fine (bad input is expected),
//! panics are not.

use crate::claims::{extract, extract_text, DocumentClaims};
use crate::documents::{parse_bytes, split_sentences, Document, Metadata};
use crate::rules::RuleSet;
use std::path::Path;
use std::sync::OnceLock;

/// The default rules, compiled once per process.
fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| crate::rules::compile_only(&[]).expect("the default rules compile"))
}

fn published() -> Option<jiff::civil::Date> {
    Some(jiff::civil::date(2025, 3, 10))
}

/// The formats claimgraph reads, by the extension that selects them.
const EXTENSIONS: [&str; 5] = ["txt", "md", "html", "xml", "jsonl"];

/// A file in any format (the first byte picks it): read, split into
/// sentences, claims extracted and checked.
pub fn documents(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let ext = EXTENSIONS[usize::from(pick) % EXTENSIONS.len()];
    read_and_check(&format!("fuzz.{ext}"), bytes.to_vec());
}

/// Front matter: YAML (`---`) or TOML (`+++`, when the first byte is odd)
/// followed by the bytes, read as a Markdown file.
pub fn front_matter(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let mut bytes = if pick % 2 == 0 {
        b"---\n".to_vec()
    } else {
        b"+++\n".to_vec()
    };
    bytes.extend_from_slice(rest);
    read_and_check("fuzz.md", bytes);
}

fn read_and_check(name: &str, bytes: Vec<u8>) {
    let rules = rules();
    let Ok(docs) = parse_bytes(
        Path::new(name),
        bytes,
        Metadata::default(),
        published(),
        &rules.boilerplate,
    ) else {
        return;
    };
    for doc in &docs {
        document_invariants(doc);
    }
    let docs = extract(docs, rules, None);
    for dc in &docs {
        claim_invariants(dc);
    }
    let _ = crate::findings::check(&docs, &rules.lexicon, None);
}

/// Text (lossily UTF-8) through the extractor, then `check` on it and on a
/// copy of it published a day later.
pub fn extraction(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let rules = rules();
    let (document, claims) = extract_text(&text, published(), rules);
    let dc = DocumentClaims { document, claims };
    document_invariants(&dc.document);
    claim_invariants(&dc);
    let (mut copy, claims) = extract_text(&text, Some(jiff::civil::date(2025, 3, 11)), rules);
    copy.path = "<copy>".into();
    let docs = vec![
        dc,
        DocumentClaims {
            document: copy,
            claims,
        },
    ];
    let analysis = crate::findings::check(&docs, &rules.lexicon, None);
    for f in &analysis.findings {
        for r in &f.claims {
            assert!(r.doc < docs.len() && r.claim < docs[r.doc].claims.len());
        }
    }
    // `extract --numbers`: every numeral as well.
    let ex = crate::claims::Extractor::new(rules).with_numbers(true);
    let (document, claims) = crate::claims::extract_text_with(ex, &text, published());
    let dc = DocumentClaims { document, claims };
    claim_invariants(&dc);
}

/// A rule pack (lossily UTF-8) compiled with the default packs; when it
/// compiles, its examples run and it extracts from a fixed article.
pub fn rule_pack(data: &[u8]) {
    use crate::rules::Source;
    let text = String::from_utf8_lossy(data).into_owned();
    let mut sources: Vec<Source> = crate::rules::builtin_packs()
        .iter()
        .map(|(name, text)| Source::builtin(name, text))
        .collect();
    sources.push(Source::file("fuzz.toml".into(), text));
    let Ok(set) = RuleSet::compile(sources) else {
        return;
    };
    // Only the fuzzed pack's examples: the default ones are tested apart.
    let _ = crate::rules::examples::check(&set, |o| matches!(o, crate::rules::Origin::File(_)));
    let (document, claims) = extract_text(
        "Headline\nOn Monday, 12 people were killed in Kharkiv, officials said; over 30 were hurt.\n",
        published(),
        &set,
    );
    claim_invariants(&DocumentClaims { document, claims });
}

/// A manifest, a config or a fact file (the first byte picks which).
pub fn settings(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let path = Path::new("fuzz-settings/settings.toml");
    match pick % 3 {
        0 => drop(crate::documents::Manifest::parse(path, &text)),
        1 => drop(crate::config::Config::parse(path, &text)),
        _ => drop(crate::facts::Facts::parse(path, &text)),
    }
}

/// Same length, same line breaks, blocks in order on character boundaries.
pub fn document_invariants(doc: &Document) {
    assert_eq!(doc.raw.len(), doc.prose.len(), "prose keeps the length");
    let mut last = 0;
    for b in &doc.blocks {
        assert!(b.start <= b.end && b.end <= doc.prose.len(), "{b:?}");
        assert!(b.start >= last, "blocks in order");
        assert!(doc.prose.is_char_boundary(b.start) && doc.prose.is_char_boundary(b.end));
        last = b.end;
    }
    for s in split_sentences(&doc.prose, &doc.blocks) {
        assert!(s.range.end <= doc.prose.len());
        assert!(doc.prose.is_char_boundary(s.range.start));
        assert!(doc.prose.is_char_boundary(s.range.end));
    }
    let (line, col) = doc.lines.line_col(&doc.raw, doc.raw.len());
    assert!(line >= 1 && col >= 1);
}

/// Every claim's span lies in its document and sentence, on character
/// boundaries, and its values are finite.
pub fn claim_invariants(dc: &DocumentClaims) {
    let text = &dc.document.raw;
    for c in &dc.claims {
        assert!(
            c.span.start < c.span.end && c.span.end <= text.len(),
            "span {:?} in {} bytes",
            c.span,
            text.len()
        );
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert!(
            c.sentence.start <= c.span.start && c.span.end <= c.sentence.end,
            "span {:?} outside its sentence {:?}",
            c.span,
            c.sentence
        );
        if let Some(a) = &c.amount {
            let i = &a.interval;
            for v in [i.min, i.max, a.nominal].into_iter().flatten() {
                assert!(v.is_finite(), "{:?} of {:?}", a, &text[c.span.clone()]);
            }
            if let (Some(lo), Some(hi)) = (i.min, i.max) {
                assert!(lo <= hi, "{i:?} of {:?}", &text[c.span.clone()]);
            }
        }
        if let Some(d) = &c.date {
            assert!(d.start <= d.end, "{d:?}");
        }
    }
}
