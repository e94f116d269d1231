//! Acceptance of `lint`: the five seeds, converted at test time into a
//! Markdown repository (front matter from corpus.toml, one paragraph per
//! line of the export), with articles of our own in HTML and NITF, give the
//! same findings under `lint` as under `check`. The seeds are read from the
//! shared data folder and written only to a temporary folder.

mod common;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// (rule, claim texts) of each finding: comparable across the two runs,
/// whose paths and line numbers differ.
fn keys(report: &Value) -> BTreeSet<(String, Vec<String>)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let mut texts: Vec<String> = f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["text"].as_str().unwrap().to_string())
                .collect();
            texts.sort();
            (f["rule"].as_str().unwrap().to_string(), texts)
        })
        .collect()
}

#[test]
fn lint_on_a_markdown_repository_finds_what_check_finds() {
    let Some(shared) = common::shared("lint_on_a_markdown_repository_finds_what_check_finds")
    else {
        return;
    };
    let repo = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lint-seeds");
    let _ = std::fs::remove_dir_all(&repo);
    std::fs::create_dir_all(repo.join("articles")).unwrap();
    std::fs::create_dir_all(repo.join("rules")).unwrap();

    let corpus: toml::Table =
        toml::from_str(&std::fs::read_to_string(shared.join("seeds/corpus.toml")).unwrap())
            .unwrap();
    for a in corpus["article"].as_array().unwrap() {
        let name = a["path"].as_str().unwrap();
        let date = a["published"].as_str().unwrap();
        let text = std::fs::read_to_string(shared.join("seeds").join(name)).unwrap();
        let body = text.split('\n').collect::<Vec<_>>().join("\n\n");
        let md = format!("---\ndate: {date}\nsource: seed {name}\n---\n\n{body}\n");
        std::fs::write(repo.join("articles").join(name.replace(".txt", ".md")), md).unwrap();
    }
    let fixtures = common::root().join("tests/fixtures");
    for own in [
        "newsroom/articles/2026-03-02-harbourton.html",
        "newsroom/articles/2026-03-03-toll.xml",
    ] {
        let from = fixtures.join(own);
        std::fs::copy(&from, repo.join("articles").join(from.file_name().unwrap())).unwrap();
    }
    std::fs::copy(
        fixtures.join("check/towns.toml"),
        repo.join("rules/towns.toml"),
    )
    .unwrap();
    std::fs::copy(fixtures.join("seeds-facts.toml"), repo.join("facts.toml")).unwrap();
    std::fs::write(
        repo.join("claimgraph.toml"),
        "rules = [\"rules\"]\nfacts = \"facts.toml\"\n",
    )
    .unwrap();

    let bin = env!("CARGO_BIN_EXE_claimgraph");
    let lint = Command::new(bin)
        .current_dir(&repo)
        .args(["lint", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        lint.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&lint.stderr)
    );
    let check = Command::new(bin)
        .args(["check", "--format", "json", "--manifest"])
        .arg(shared.join("seeds/corpus.toml"))
        .arg("--facts")
        .arg(fixtures.join("seeds-facts.toml"))
        .arg("--rules")
        .arg(fixtures.join("check/towns.toml"))
        .arg(shared.join("seeds"))
        .arg(fixtures.join("newsroom/articles/2026-03-02-harbourton.html"))
        .arg(fixtures.join("newsroom/articles/2026-03-03-toll.xml"))
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let lint: Value = serde_json::from_slice(&lint.stdout).unwrap();
    let check: Value = serde_json::from_slice(&check.stdout).unwrap();
    let (l, c) = (keys(&lint), keys(&check));
    let only_lint: Vec<_> = l.difference(&c).collect();
    let only_check: Vec<_> = c.difference(&l).collect();
    println!("lint: {} findings, check: {} findings", l.len(), c.len());
    assert!(
        only_lint.is_empty() && only_check.is_empty(),
        "only in lint: {only_lint:#?}\nonly in check: {only_check:#?}"
    );
    assert!(
        l.len() >= 25,
        "the seeds' findings and the newsroom's: {}",
        l.len()
    );
    assert_eq!(
        lint["derived"].as_array().unwrap().len(),
        1,
        "000 is derived from 004 in Markdown too"
    );
}
