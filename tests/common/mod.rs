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
