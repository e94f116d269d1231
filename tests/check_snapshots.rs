//! Snapshots of `check` (human and JSON) on the seeds, read from the shared
//! data folder with corpus.toml and the seeds' fact file, and on one of the
//! test cases. Reviewed by hand: a change in findings is a snapshot diff.

mod common;

use claimgraph::claims::extract;
use claimgraph::documents::{load_documents, LoadOptions};
use claimgraph::findings::check;
use claimgraph::reports;
use std::path::PathBuf;

#[test]
fn seeds_check() {
    let Some(shared) = common::shared("seeds_check") else {
        return;
    };
    let facts = common::seed_facts();
    let (rules, docs) = common::seeds(&shared, Some(&facts));
    let analysis = check(&docs, &rules.lexicon, Some(&facts));
    let prefix = shared.to_string_lossy().replace('\\', "/");
    common::snapshot_settings(Some(&prefix)).bind(|| {
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
    common::snapshot_settings(None).bind(|| {
        insta::assert_snapshot!(
            "derived__check_human",
            reports::check_human::render(&docs, &analysis)
        );
    });
}
