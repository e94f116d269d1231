//! Snapshots of `check` (human and JSON) on the seeds, read from the shared
//! data folder with corpus.toml and the seeds' fact file, and on one of the
//! test cases. Reviewed by hand: a change in findings is a snapshot diff.

mod common;

use claimgraph::claims::extract;
use claimgraph::documents::{load_documents, LoadOptions};
use claimgraph::facts::Facts;
use claimgraph::findings::check;
use claimgraph::reports;
use std::path::PathBuf;

fn settings(prefix: Option<&str>) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    if let Some(p) = prefix {
        s.add_filter(&regex::escape(p), "[shared]");
    }
    s.add_filter(r#""version": "[0-9.]+""#, r#""version": "[version]""#);
    s
}

#[test]
fn seeds_check() {
    let Some(shared) = common::shared("seeds_check") else {
        return;
    };
    let rules = claimgraph::rules::load(&[]).unwrap();
    let facts = Facts::load(&common::root().join("tests/fixtures/seeds-facts.toml")).unwrap();
    let opts = LoadOptions {
        manifest: Some(shared.join("seeds/corpus.toml")),
        ..Default::default()
    };
    let docs = extract(
        load_documents(&opts, &rules.boilerplate).unwrap().documents,
        &rules,
        Some(&facts),
    );
    let analysis = check(&docs, &rules.lexicon, Some(&facts));
    let prefix = shared.to_string_lossy().replace('\\', "/");
    settings(Some(&prefix)).bind(|| {
        insta::assert_snapshot!(
            "seeds__check_human",
            reports::check_human::render(&docs, &analysis)
        );
        insta::assert_snapshot!(
            "seeds__check_json",
            reports::check_json::render(&docs, &analysis)
        );
    });
}

#[test]
fn rewrite_case_check() {
    std::env::set_current_dir(common::root()).unwrap();
    let pack = PathBuf::from("tests/fixtures/check/towns.toml");
    let rules = claimgraph::rules::load(&[pack.as_path()]).unwrap();
    let opts = LoadOptions {
        paths: vec![PathBuf::from("tests/fixtures/check/derived")],
        ..Default::default()
    };
    let docs = extract(
        load_documents(&opts, &rules.boilerplate).unwrap().documents,
        &rules,
        None,
    );
    let analysis = check(&docs, &rules.lexicon, None);
    settings(None).bind(|| {
        insta::assert_snapshot!(
            "derived__check_human",
            reports::check_human::render(&docs, &analysis)
        );
    });
}
