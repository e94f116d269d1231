//! Rule packs: extraction rules, boilerplate patterns and the word lists
//! (hedges, units, metrics, holidays, places, attribution cues) they share,
//! all read from TOML data files.
//!
//! The default packs in `rules/` are compiled into the binary; `--rules DIR`
//! adds a user's packs on top. A pack that cannot be read, or whose rules do
//! not do what their examples say, is an error naming file, line and rule.

mod builtin;
mod compile;
pub mod examples;
pub mod explain;
pub mod fixtures;
mod lexicon;
mod schema;

pub use compile::Origin;
pub use compile::{Rule, RuleSet, Source};
pub use lexicon::{
    normalize_words, HedgeConvention, Holiday, HolidayDate, HolidayLookup, Lexicon, Metric, Place,
    Unit,
};
pub use schema::{ExampleFile, ValueFile};

use crate::error::Result;
use std::path::Path;

/// The default packs, as compiled into the binary.
pub fn builtin_packs() -> &'static [(&'static str, &'static str)] {
    builtin::PACKS
}

/// Loads the default packs plus the `.toml` packs in each of `dirs`. User
/// packs have their examples checked at load; the default packs are checked
/// by the test suite and `claimgraph rules test`.
pub fn load(dirs: &[&Path]) -> Result<RuleSet> {
    let (set, user) = compile_packs(dirs)?;
    let failures = examples::check(
        &set,
        |origin| matches!(origin, Origin::File(p) if user.contains(p)),
    );
    if let Some(first) = failures.into_iter().next() {
        return Err(first.into_error());
    }
    Ok(set)
}

/// Loads the default packs and those in `dirs` without running examples.
pub fn compile_only(dirs: &[&Path]) -> Result<RuleSet> {
    compile_packs(dirs).map(|(set, _)| set)
}

fn compile_packs(dirs: &[&Path]) -> Result<(RuleSet, Vec<std::path::PathBuf>)> {
    let mut sources: Vec<compile::Source> = builtin::PACKS
        .iter()
        .map(|(name, text)| compile::Source::builtin(name, text))
        .collect();
    let mut user = Vec::new();
    for dir in dirs {
        for path in compile::pack_files(dir)? {
            let text = std::fs::read_to_string(&path).map_err(|e| crate::Error::io(&path, &e))?;
            user.push(path.clone());
            sources.push(compile::Source::file(path, text));
        }
    }
    Ok((RuleSet::compile(sources)?, user))
}
