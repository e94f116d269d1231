//! `rules list` and `rules explain ID`: what the loaded rules are and do,
//! generated from the rule packs themselves (and the capture table of the
//! normalizer), never written twice.

use super::compile::{Rule, RuleSet};
use super::lexicon::HedgeConvention;
use crate::claims::normalize::CAPTURES;
use std::fmt::Write;

/// One line per rule: id, kind, fixed metric or unit, description.
pub fn list(set: &RuleSet) -> String {
    let id_w = set.rules.iter().map(|r| r.id.len()).max().unwrap_or(2);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:id_w$}  {:9}  {:10}  description",
        "id", "kind", "metric"
    );
    for r in &set.rules {
        let metric = r.metric.as_deref().or(r.unit.as_deref()).unwrap_or("-");
        let _ = writeln!(
            out,
            "{:id_w$}  {:9}  {:10}  {}",
            r.id,
            r.kind.as_str(),
            metric,
            r.description
        );
    }
    for b in &set.boilerplate {
        let _ = writeln!(
            out,
            "{:id_w$}  {:9}  {:10}  {}",
            b.id, "boilerplate", "-", b.description
        );
    }
    let _ = writeln!(
        out,
        "{} rules, {} boilerplate rules",
        set.rules.len(),
        set.boilerplate.len()
    );
    out
}

fn conventions(set: &RuleSet) -> Vec<(HedgeConvention, &'static str, Vec<String>)> {
    use HedgeConvention::*;
    let table = [
        (Above, "(N, ∞)"),
        (AtLeast, "[N, ∞)"),
        (JustUnder, "[0.9·N, N)"),
        (Approximately, "[0.9·N, 1.1·N]"),
        (AtMost, "[0, N]"),
        (Below, "[0, N)"),
    ];
    table
        .into_iter()
        .map(|(c, interval)| {
            let of = |hedges: &std::collections::HashMap<String, HedgeConvention>| {
                let mut words: Vec<String> = hedges
                    .iter()
                    .filter(|(_, v)| **v == c)
                    .map(|(w, _)| w.clone())
                    .collect();
                words.sort();
                words
            };
            let mut words = of(&set.lexicon.hedges);
            words.extend(
                of(&set.lexicon.hedges_after)
                    .into_iter()
                    .map(|w| crate::claims::hedge_with_number(&w, "N")),
            );
            (c, interval, words)
        })
        .collect()
}

/// Everything about one rule; `None` when no rule has the id.
pub fn explain(set: &RuleSet, id: &str) -> Option<String> {
    let rule = set.rule(id)?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({})\n{}\ndefined in {}:{}\n",
        rule.id,
        rule.kind.as_str(),
        rule.description,
        rule.origin.path().display(),
        rule.line
    );
    let _ = writeln!(out, "patterns:");
    for p in &rule.sources {
        let _ = writeln!(out, "  {p}");
    }
    let used: Vec<&(&str, &str)> = CAPTURES
        .iter()
        .filter(|(name, _)| {
            rule.patterns
                .iter()
                .any(|re| re.capture_names().iter().any(|n| n == name))
        })
        .collect();
    if !used.is_empty() {
        let _ = writeln!(out, "\ncaptures:");
        for (name, meaning) in &used {
            let _ = writeln!(out, "  {name:<12} {meaning}");
        }
    }
    let _ = writeln!(out, "\nnormalization:");
    for line in normalization(set, rule, used.iter().any(|(n, _)| *n == "hedge")) {
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(out, "\nexamples:");
    for (line, ex) in &rule.examples {
        let mut checks = Vec::new();
        for (k, v) in [
            ("value", ex.value.map(|v| v.to_string())),
            ("min", ex.min.map(|v| v.to_string())),
            ("max", ex.max.map(|v| v.to_string())),
            ("unit", ex.unit.clone()),
            ("metric", ex.metric.clone()),
            ("hedge", ex.hedge.clone()),
            ("start", ex.start.clone()),
            ("end", ex.end.clone()),
            ("event", ex.event.clone()),
        ] {
            if let Some(v) = v {
                checks.push(format!("{k}={v}"));
            }
        }
        let published = ex
            .published
            .as_deref()
            .map(|p| format!(" (published {p})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  line {line}: {:?}{published}\n    → {:?} {}",
            ex.text,
            ex.span,
            checks.join(" ")
        );
    }
    if !rule.ignores.is_empty() {
        let _ = writeln!(out, "\nmust find nothing in:");
        for (_, text) in &rule.ignores {
            let _ = writeln!(out, "  {text:?}");
        }
    }
    Some(out)
}

fn normalization(set: &RuleSet, rule: &Rule, hedged: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(v) = rule.value {
        lines.push(match v.value {
            Some(x) => format!("fixed value {x}"),
            None => format!(
                "fixed interval {}{}, {}{}",
                if v.min_exclusive { "(" } else { "[" },
                v.min.map_or("-∞".into(), |x| x.to_string()),
                v.max.map_or("∞".into(), |x| x.to_string()),
                if v.max_exclusive { ")" } else { "]" }
            ),
        });
    }
    if let Some(u) = &rule.unit {
        lines.push(format!("unit: {u}"));
    }
    match &rule.metric {
        Some(m) => lines.push(format!("metric: {m}")),
        None if rule.kind == crate::claims::Kind::Count => lines.push(
            "metric: from a cue word within six words in the same clause ([[metric]])".into(),
        ),
        None => {}
    }
    if rule.elapsed {
        lines.push("interval: elapsed: an ongoing N-year war is [N-0.25, N+1) years, and implies a window for its start".into());
    }
    if hedged {
        lines.push("hedges:".into());
        for (c, interval, words) in conventions(set) {
            lines.push(format!(
                "  {:<14} {interval:<15} {}",
                format!("{c:?}"),
                words.join(", ")
            ));
        }
    }
    if rule.kind.is_date() {
        lines.push("dates resolve against the article's publication date (docs/RULES.md#dates); each keeps its precision as an interval of days".into());
    }
    if lines.is_empty() {
        lines.push("the value as the captures give it".into());
    }
    lines
}
