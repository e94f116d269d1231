//! The rule fixtures in tests/rules: every annotation holds, and the full
//! `extract --explain` output of each fixture is a reviewed snapshot, so a
//! change in what a rule extracts shows as a diff (`cargo insta review`).
//! Also the `rules` commands: list, explain, test.

mod common;

use claimgraph::claims::extract_text;
use claimgraph::claims::DocumentClaims;
use claimgraph::rules::{compile_only, fixtures};
use std::process::Command;

#[test]
fn fixtures_hold_and_match_their_snapshots() {
    let set = compile_only(&[]).unwrap();
    let dir = common::root().join("tests/rules");
    let files = fixtures::files(&dir).unwrap();
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let outcome = fixtures::run(&set, &file).unwrap();
        for f in &outcome.failures {
            println!("{f}");
        }
        assert!(
            outcome.failures.is_empty(),
            "{}: {} failures",
            file.display(),
            outcome.failures.len()
        );
        assert!(
            outcome.passed > 5,
            "{}: too few annotations",
            file.display()
        );

        let text = std::fs::read_to_string(&file).unwrap();
        let published = text
            .lines()
            .find_map(|l| l.strip_prefix("#> published "))
            .map(|d| claimgraph::documents::parse_iso_day(d.trim()).unwrap());
        let (document, claims) = extract_text(&fixtures::blank_annotations(&text), published, &set);
        let rendered =
            claimgraph::reports::human::render(&[DocumentClaims { document, claims }], Some(&set));
        let name = format!("rules__{}", file.file_stem().unwrap().to_string_lossy());
        common::snapshot_settings(None).bind(|| insta::assert_snapshot!(name, rendered));
    }
}

fn claimgraph(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .current_dir(common::root())
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn rules_list_and_explain_come_from_the_packs() {
    let o = claimgraph(&["rules", "list"]);
    assert_eq!(o.status.code(), Some(0));
    let list = String::from_utf8(o.stdout).unwrap();
    let set = compile_only(&[]).unwrap();
    for rule in &set.rules {
        assert!(
            list.contains(&rule.id) && list.contains(&rule.description),
            "{} missing from the list",
            rule.id
        );
    }
    let o = claimgraph(&["rules", "explain", "count.noun"]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("defined in rules/counts.toml"), "{text}");
    assert!(text.contains("hedge        a hedge word"), "{text}");
    assert!(
        text.contains("Above") && text.contains("more than"),
        "hedge conventions with their words: {text}"
    );
    assert!(
        text.contains("N or more") && text.contains("N-plus"),
        "hedges after the figure, written after it: {text}"
    );
    assert!(text.contains("\"88 people\""), "examples: {text}");
    let o = claimgraph(&["rules", "explain", "no.such-rule"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn rules_test_reports_failures_with_exit_1_and_broken_packs_with_exit_2() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("rules-test");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("alerts.toml"),
        "[[rule]]\nid = \"my.alerts\"\ndescription = \"Air-raid alerts.\"\nkind = \"count\"\nunit = \"alerts\"\npatterns = ['''\\b(?P<number>{NUMBER})\\s+air[\\s-]raid\\s+alerts\\b''']\n\n[[rule.examples]]\ntext = \"Kyiv had 14 air-raid alerts.\"\nspan = \"14 air-raid alerts\"\nvalue = 14\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("alerts.txt"),
        "#> expect my.alerts \"3 air raid alerts\" value=4\nThe city had 3 air raid alerts.\n",
    )
    .unwrap();
    let o = claimgraph(&["rules", "test", dir.to_str().unwrap()]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("FAIL")
            && out.contains("alerts.txt:1 rule `my.alerts`")
            && out.contains("value=4"),
        "{out}"
    );
    assert!(
        out.lines().last().unwrap().ends_with("passed, 1 failed"),
        "{out}"
    );

    std::fs::write(
        dir.join("alerts.txt"),
        "#> expect my.alerts \"3 air raid alerts\" value=3\nThe city had 3 air raid alerts.\n",
    )
    .unwrap();
    let o = claimgraph(&["rules", "test", dir.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );

    std::fs::write(dir.join("broken.toml"), "[[rule]]\nid = \"my.broken\"\n").unwrap();
    let o = claimgraph(&["rules", "test", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("broken.toml"));
}

#[test]
fn the_rule_docs_name_every_capture() {
    let docs = std::fs::read_to_string(common::root().join("docs/RULES.md")).unwrap();
    for (name, _) in claimgraph::claims::normalize::CAPTURES {
        assert!(
            docs.contains(&format!("`{name}`")),
            "docs/RULES.md does not document the capture `{name}`"
        );
    }
}
