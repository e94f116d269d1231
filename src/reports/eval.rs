//! `claimgraph eval`: tables per file and per category, the conventions
//! relied on, and (with `--show`) the cases that failed.

use crate::eval::{score::Convention, Evaluation, Outcome, Tally};
use std::fmt::Write;

fn header(out: &mut String, first: &str) {
    let _ = writeln!(
        out,
        "{first:<28} {:>6} {:>7} {:>9} {:>8} {:>6} {:>9}   {:>6}",
        "cases", "match", "mismatch", "missed", "neg", "neg+claim", "acc"
    );
}

fn row(out: &mut String, name: &str, t: &Tally) {
    let _ = writeln!(
        out,
        "{name:<28} {:>6} {:>7} {:>9} {:>8} {:>6} {:>9}   {:>5.1}%",
        t.cases,
        t.matched,
        t.value_mismatches,
        t.misses,
        t.negatives,
        t.false_positives,
        t.accuracy()
    );
}

/// Which failures to list after the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    Nothing,
    Failures,
    Conventions,
}

pub fn render(eval: &Evaluation, show: Show) -> String {
    let mut out = String::new();
    header(&mut out, "file");
    for (f, t) in &eval.by_file {
        row(&mut out, f, t);
    }
    out.push('\n');
    header(&mut out, "category");
    for (c, t) in &eval.by_category {
        row(&mut out, c, t);
    }
    out.push('\n');
    header(&mut out, "subset");
    row(&mut out, "core (news + number + duration)", &eval.core);
    row(&mut out, "all", &eval.all);
    let _ = writeln!(
        out,
        "\ncore: {:.1}% of {} positive cases match; {:.1}% of {} negative cases produce a claim",
        eval.core.accuracy(),
        eval.core.cases,
        eval.core.false_positive_rate(),
        eval.core.negatives
    );
    out.push_str("\nmatches by claimgraph's conventions (docs/ACCURACY.md):\n");
    for c in Convention::ALL {
        let name = crate::eval::convention_name(c);
        let _ = writeln!(
            out,
            "  {name:<16} {:>5}  {}",
            eval.by_convention.get(&name).copied().unwrap_or(0),
            c.describe()
        );
    }
    match show {
        Show::Nothing => {}
        Show::Failures => {
            out.push_str("\nfailures:\n");
            for r in eval.results.iter().filter(|r| {
                matches!(
                    r.outcome,
                    Outcome::Miss | Outcome::ValueMismatch | Outcome::FalsePositive
                )
            }) {
                let _ = writeln!(
                    out,
                    "  {} [{}] {}",
                    r.id,
                    outcome_name(r.outcome),
                    r.detail.as_deref().unwrap_or("")
                );
            }
        }
        Show::Conventions => {
            out.push_str("\ncases matched by convention:\n");
            for r in eval.results.iter().filter(|r| !r.conventions.is_empty()) {
                let names: Vec<String> = r
                    .conventions
                    .iter()
                    .map(|c| crate::eval::convention_name(*c))
                    .collect();
                let _ = writeln!(out, "  {} ({})", r.id, names.join(", "));
            }
        }
    }
    out
}

fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Match => "match",
        Outcome::ValueMismatch => "mismatch",
        Outcome::Miss => "missed",
        Outcome::Clean => "clean",
        Outcome::FalsePositive => "false positive",
    }
}

pub fn render_json(eval: &Evaluation) -> String {
    let mut s = serde_json::to_string_pretty(eval).expect("the evaluation serializes");
    s.push('\n');
    s
}
