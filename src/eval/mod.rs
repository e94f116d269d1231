//! `claimgraph eval`: the extractor on the peers' own test suites
//! (../shared/eval/peers), scored by claimgraph's conventions
//! (docs/ACCURACY.md).
//!
//! Every case runs through the default rules with its reference time as
//! the publication date. A positive case matches when every expected item
//! is covered by a claim with the item's value (by claimgraph's
//! conventions where they differ from the peer's); a negative case
//! (nothing expected) fails when a claim comes out.

pub mod cases;
pub mod guard;
pub mod score;

use crate::claims::{extract_text_in, Extractor};
use crate::rules::RuleSet;
use cases::Case;
use rayon::prelude::*;
use score::{Convention, ItemOutcome};
use serde::Serialize;
use std::collections::BTreeMap;

/// How one case fared.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    pub id: String,
    pub file: String,
    pub category: String,
    pub core: bool,
    pub negative: bool,
    pub outcome: Outcome,
    /// Conventions a match relied on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conventions: Vec<Convention>,
    /// For failures: what was expected and what came out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Every item found with its value.
    Match,
    /// Every item's span found, some with another value.
    ValueMismatch,
    /// Some item not found.
    Miss,
    /// A negative case with no claim.
    Clean,
    /// A negative case that produced a claim.
    FalsePositive,
}

/// Counts for a set of cases.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Tally {
    pub cases: usize,
    pub matched: usize,
    pub value_mismatches: usize,
    pub misses: usize,
    pub negatives: usize,
    pub false_positives: usize,
}

impl Tally {
    fn add(&mut self, r: &CaseResult) {
        match r.outcome {
            Outcome::Match => self.matched += 1,
            Outcome::ValueMismatch => self.value_mismatches += 1,
            Outcome::Miss => self.misses += 1,
            Outcome::Clean => {}
            Outcome::FalsePositive => self.false_positives += 1,
        }
        if r.negative {
            self.negatives += 1;
        } else {
            self.cases += 1;
        }
    }

    /// Share of positive cases matched, in percent.
    pub fn accuracy(&self) -> f64 {
        percent(self.matched, self.cases)
    }

    /// Share of negative cases that produced a claim, in percent.
    pub fn false_positive_rate(&self) -> f64 {
        percent(self.false_positives, self.negatives)
    }
}

fn percent(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        100.0 * n as f64 / of as f64
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// News-relevant cases and every number and duration case.
    pub core: Tally,
    pub all: Tally,
    pub by_file: BTreeMap<String, Tally>,
    pub by_category: BTreeMap<String, Tally>,
    /// Matches that relied on each convention.
    pub by_convention: BTreeMap<String, usize>,
    pub results: Vec<CaseResult>,
}

/// Scores every case of every file.
pub fn evaluate(files: &[(String, Vec<Case>)], rules: &RuleSet) -> Evaluation {
    let flat: Vec<(&str, &Case)> = files
        .iter()
        .flat_map(|(f, cs)| cs.iter().map(move |c| (f.as_str(), c)))
        .collect();
    let results: Vec<CaseResult> = flat
        .par_iter()
        .map(|(file, case)| score_case(file, case, rules))
        .collect();
    let mut eval = Evaluation {
        core: Tally::default(),
        all: Tally::default(),
        by_file: BTreeMap::new(),
        by_category: BTreeMap::new(),
        by_convention: Convention::ALL
            .iter()
            .map(|c| (convention_name(*c), 0))
            .collect(),
        results,
    };
    for r in &eval.results {
        eval.all.add(r);
        if r.core {
            eval.core.add(r);
        }
        eval.by_file.entry(r.file.clone()).or_default().add(r);
        eval.by_category
            .entry(r.category.clone())
            .or_default()
            .add(r);
        for c in &r.conventions {
            *eval.by_convention.entry(convention_name(*c)).or_default() += 1;
        }
    }
    eval
}

pub fn convention_name(c: Convention) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn score_case(file: &str, case: &Case, rules: &RuleSet) -> CaseResult {
    let reference = case.reference_day();
    let ex = Extractor::new(rules).with_numbers(case.wants_numbers());
    let (_, claims) = extract_text_in(ex, &case.input, reference, case.region());
    let negative = case.expected.is_empty();
    let mut result = CaseResult {
        id: case.id.clone(),
        file: file.to_string(),
        category: case.category.clone(),
        core: case.in_core(),
        negative,
        outcome: Outcome::Match,
        conventions: Vec::new(),
        detail: None,
    };
    if negative {
        let against: Vec<String> = claims
            .iter()
            .filter(|c| score::counts_against(case, c))
            .map(|c| format!("“{}” → {}", &case.input[c.span.clone()], score::describe(c)))
            .collect();
        if against.is_empty() {
            result.outcome = Outcome::Clean;
        } else {
            result.outcome = Outcome::FalsePositive;
            result.detail = Some(format!("“{}”: {}", case.input, against.join("; ")));
        }
        return result;
    }
    let mut problems = Vec::new();
    for item in &case.expected {
        match score::score_item(case, item, &claims, reference) {
            ItemOutcome::Match(conv) => result.conventions.extend(conv),
            ItemOutcome::Mismatch { got } => {
                if result.outcome == Outcome::Match {
                    result.outcome = Outcome::ValueMismatch;
                }
                problems.push(format!("“{}” expected {} got {got}", item.text, item.value));
            }
            ItemOutcome::Miss => {
                result.outcome = Outcome::Miss;
                problems.push(format!(
                    "“{}” ({} {}) not found",
                    item.text, item.kind, item.value
                ));
            }
        }
    }
    result.conventions.sort();
    result.conventions.dedup();
    if !problems.is_empty() {
        result.detail = Some(format!("“{}”: {}", case.input, problems.join("; ")));
    }
    result
}
