//! Snapshots of `extract` output (human and JSON), reviewed by hand: a
//! change in what the rules extract shows up as a snapshot diff.
//!
//! The seed articles are read from the shared data folder, never copied
//! into the repository; the example articles ship in `examples/`.

mod common;

use claimgraph::claims::extract;
use claimgraph::documents::{load_documents, LoadOptions};
use claimgraph::reports;
use std::path::PathBuf;

fn render(opts: LoadOptions, facts: Option<PathBuf>) -> (String, String) {
    let rules = claimgraph::rules::load(&[]).unwrap();
    let facts = facts.map(|f| claimgraph::facts::Facts::load(&f).unwrap());
    let loaded = load_documents(&opts, &rules.boilerplate).unwrap();
    let docs = extract(loaded.documents, &rules, facts.as_ref());
    (
        reports::human::render(&docs, None),
        reports::json::render(&docs),
    )
}

#[test]
fn examples_extract() {
    let root = common::root();
    std::env::set_current_dir(&root).unwrap();
    let opts = LoadOptions {
        paths: vec![PathBuf::from("examples/articles")],
        manifest: Some(PathBuf::from("examples/corpus.toml")),
        ..Default::default()
    };
    let (human, json) = render(opts, None);
    common::snapshot_settings(None).bind(|| {
        insta::assert_snapshot!("examples__extract_human", human);
        insta::assert_snapshot!("examples__extract_json", json);
    });
}

/// `extract --numbers`: every numeral, in digits and words, with hedges and
/// ranges; phone numbers, addresses and codes are not numbers.
#[test]
fn bare_numbers_extract() {
    let rules = claimgraph::rules::load(&[]).unwrap();
    let path = common::root().join("tests/fixtures/numbers/numerals.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let date = "2025-03-12".parse().ok();
    let ex = claimgraph::claims::Extractor::new(&rules).with_numbers(true);
    let (document, claims) = claimgraph::claims::extract_text_with(ex, &text, date);
    let docs = vec![claimgraph::claims::DocumentClaims { document, claims }];
    common::snapshot_settings(None).bind(|| {
        insta::assert_snapshot!(
            "numbers__extract_human",
            reports::human::render(&docs, None)
        );
    });
}

#[test]
fn seeds_extract() {
    let Some(shared) = common::shared("seeds_extract") else {
        return;
    };
    let seeds = shared.join("seeds");
    let prefix = shared.to_string_lossy().replace('\\', "/");
    let facts = common::root().join("tests/fixtures/seeds-facts.toml");
    let mut names: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        5,
        "expected five seed articles in {}",
        seeds.display()
    );
    for path in names {
        let stem = path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .chars()
            .take(3)
            .collect::<String>();
        let opts = LoadOptions {
            paths: vec![path.clone()],
            manifest: Some(seeds.join("corpus.toml")),
            ..Default::default()
        };
        let (human, json) = render(opts, Some(facts.clone()));
        common::snapshot_settings(Some(&prefix)).bind(|| {
            insta::assert_snapshot!(format!("seed_{stem}__extract_human"), human);
            insta::assert_snapshot!(format!("seed_{stem}__extract_json"), json);
        });
    }
}

/// The command line: `--numbers` adds the bare numbers, and only then.
#[test]
fn the_numbers_flag_on_the_command_line() {
    let path = common::root().join("tests/fixtures/numbers/numerals.txt");
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .args(["extract", path.to_str().unwrap(), "--date", "2025-03-12"])
            .args(["--format", "jsonl"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines()
            .filter(|l| {
                l.contains(r#""rule":"number.numeral""#) || l.contains(r#""rule":"number.ordinal""#)
            })
            .count()
    };
    assert_eq!(run(&[]), 0);
    // The same numbers the library reports (bare_numbers_extract).
    let rules = claimgraph::rules::load(&[]).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let ex = claimgraph::claims::Extractor::new(&rules).with_numbers(true);
    let (_, claims) = claimgraph::claims::extract_text_with(ex, &text, "2025-03-12".parse().ok());
    let bare = claims
        .iter()
        .filter(|c| c.rule.starts_with("number."))
        .count();
    assert!(bare > 5);
    assert_eq!(run(&["--numbers"]), bare);
}
