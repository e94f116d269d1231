//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The shared data folder (`../shared`: seeds, gold, schemas), when the run
/// asks for it by setting `CLAIMGRAPH_SHARED`. Unset, tests that need it are
/// skipped with a note; set to a folder that does not exist, they fail.
pub fn shared(test: &str) -> Option<PathBuf> {
    match std::env::var_os("CLAIMGRAPH_SHARED") {
        None => {
            eprintln!("skipped {test}: set CLAIMGRAPH_SHARED to the shared data folder (../shared) to run it");
            None
        }
        Some(dir) => {
            let dir = PathBuf::from(dir);
            assert!(
                dir.join("seeds").is_dir() && dir.join("gold").is_dir(),
                "CLAIMGRAPH_SHARED={} does not hold seeds/ and gold/",
                dir.display()
            );
            Some(dir)
        }
    }
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// insta settings shared by the snapshot tests: snapshots in `snapshots/`,
/// the shared folder's path shown as `[shared]`, the version elided.
pub fn snapshot_settings(shared_prefix: Option<&str>) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    if let Some(p) = shared_prefix {
        s.add_filter(&regex::escape(p), "[shared]");
    }
    s.add_filter(r#""version": "[0-9.]+""#, r#""version": "[version]""#);
    s
}

/// The seeds of the shared folder, read with corpus.toml and extracted with
/// the default rules (and the seeds' fact file when asked).
pub fn seeds(
    shared: &std::path::Path,
    facts: Option<&claimgraph::facts::Facts>,
) -> (
    claimgraph::rules::RuleSet,
    Vec<claimgraph::claims::DocumentClaims>,
) {
    let rules = claimgraph::rules::load(&[]).unwrap();
    let opts = claimgraph::documents::LoadOptions {
        manifest: Some(shared.join("seeds/corpus.toml")),
        ..Default::default()
    };
    let loaded = claimgraph::documents::load_documents(&opts, &rules.boilerplate).unwrap();
    let docs = claimgraph::claims::extract(loaded.documents, &rules, facts);
    (rules, docs)
}

/// The seeds' fact file.
pub fn seed_facts() -> claimgraph::facts::Facts {
    claimgraph::facts::Facts::load(&root().join("tests/fixtures/seeds-facts.toml")).unwrap()
}
