//! The recorded accuracy (tests/eval-recorded.toml) and the guard that
//! fails a run whose accuracy dropped more than one point below it, or
//! whose false-positive rate rose more than one point above it.

use super::{Evaluation, Tally};
use crate::error::{toml_error, Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Points a figure may move the wrong way before the guard fails.
pub const TOLERANCE: f64 = 1.0;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Recorded {
    /// Accuracy (percent) and false-positive rate (percent) per subset:
    /// `core`, `all`, and each file.
    pub accuracy: BTreeMap<String, f64>,
    pub false_positive_rate: BTreeMap<String, f64>,
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

impl Recorded {
    pub fn of(eval: &Evaluation) -> Recorded {
        let mut subsets: Vec<(String, &Tally)> = vec![
            ("core".to_string(), &eval.core),
            ("all".to_string(), &eval.all),
        ];
        subsets.extend(eval.by_file.iter().map(|(f, t)| (f.clone(), t)));
        Recorded {
            accuracy: subsets
                .iter()
                .filter(|(_, t)| t.cases > 0)
                .map(|(n, t)| (n.clone(), round(t.accuracy())))
                .collect(),
            false_positive_rate: subsets
                .iter()
                .filter(|(_, t)| t.negatives > 0)
                .map(|(n, t)| (n.clone(), round(t.false_positive_rate())))
                .collect(),
        }
    }

    pub fn load(path: &Path) -> Result<Recorded> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        toml::from_str(&text).map_err(|e| toml_error(path, &text, "recorded accuracy", &e))
    }

    pub fn to_toml(&self) -> String {
        format!(
            "# Written by `claimgraph eval DIR --record FILE`; checked by `--guard FILE`\n# (docs/ACCURACY.md). Percentages, one decimal.\n\n{}",
            toml::to_string(self).expect("figures serialize").trim_end().to_string() + "\n"
        )
    }

    /// What moved the wrong way by more than [`TOLERANCE`] points.
    pub fn regressions(&self, now: &Recorded) -> Vec<String> {
        let mut out = Vec::new();
        for (name, was) in &self.accuracy {
            match now.accuracy.get(name) {
                Some(is) if *is < was - TOLERANCE => out.push(format!(
                    "{name}: accuracy {is:.1}% is below the recorded {was:.1}%"
                )),
                None => out.push(format!("{name}: no longer evaluated")),
                _ => {}
            }
        }
        for (name, was) in &self.false_positive_rate {
            if let Some(is) = now.false_positive_rate.get(name) {
                if *is > was + TOLERANCE {
                    out.push(format!(
                        "{name}: {is:.1}% of negative cases produce a claim, above the recorded {was:.1}%"
                    ));
                }
            }
        }
        out
    }
}
