//! The peer test cases (../shared/eval/peers/*.jsonl, schema in its
//! README): an input, a reference time, and the entities expected in it.

use crate::error::{Error, Result};
use jiff::civil::Date;
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub id: String,
    pub peer: String,
    pub category: String,
    pub input: String,
    pub reference: Option<String>,
    pub expected: Vec<Item>,
    /// Where the case comes from: repository, commit, file and index.
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub news_relevant: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    pub text: String,
    /// Code-point offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: serde_json::Value,
    #[serde(default)]
    pub alt_values: Vec<serde_json::Value>,
    #[serde(default)]
    pub to_inclusive: Option<bool>,
    /// The unit a quantity's value is in ("Gram", "Inch").
    #[serde(default)]
    pub unit: Option<String>,
    /// The holiday a date item names, if any.
    #[serde(default)]
    pub holiday: Option<String>,
}

impl Case {
    /// The publication date the case's input is resolved against.
    pub fn reference_day(&self) -> Option<Date> {
        let r = self.reference.as_deref()?;
        r.get(..10)?.parse().ok()
    }

    /// The one kind of entity the peer's test annotates, for `model:*`
    /// and component cases: outputs of other kinds are not counted
    /// against it.
    pub fn model(&self) -> Option<&str> {
        self.tags.iter().find_map(|t| t.strip_prefix("model:"))
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }

    /// The country of the peer's locale (`locale:en_CA` is CA), as the
    /// article's region.
    pub fn region(&self) -> Option<&str> {
        self.tags
            .iter()
            .find_map(|t| t.strip_prefix("locale:"))
            .and_then(|l| l.split_once('_'))
            .map(|(_, country)| country)
            .filter(|c| crate::documents::is_region_code(c))
    }

    /// Whether the case tests numbers as such (the peer's number, ordinal
    /// or range model, or a quantity case whose every item is a bare
    /// number: quantulum3's dimensionless quantities): then it runs with
    /// `--numbers`, which reports every number, as a news claim never
    /// would.
    pub fn wants_numbers(&self) -> bool {
        self.category == "number"
            || matches!(self.model(), Some("number" | "ordinal" | "range"))
            || (!self.expected.is_empty() && self.expected.iter().all(|i| i.kind == "number"))
    }

    /// In the headline figure: news-relevant, or a number or duration case.
    pub fn in_core(&self) -> bool {
        self.news_relevant || matches!(self.category.as_str(), "number" | "duration")
    }

    /// Byte range of an item in the input.
    pub fn byte_range(&self, item: &Item) -> std::ops::Range<usize> {
        let offset = |cp: usize| {
            self.input
                .char_indices()
                .nth(cp)
                .map_or(self.input.len(), |(b, _)| b)
        };
        offset(item.start)..offset(item.end)
    }
}

/// The cases of every `.jsonl` file of `dir`, by file name, in name order.
pub fn load(dir: &Path) -> Result<Vec<(String, Vec<Case>)>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::in_file(dir, "no .jsonl case files in this folder"));
    }
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, &e))?;
        let mut cases = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Case = serde_json::from_str(line).map_err(|e| {
                Error::in_file(&path, format!("not a peer case: {e}")).at(n + 1, None)
            })?;
            cases.push(case);
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push((name, cases));
    }
    Ok(out)
}
