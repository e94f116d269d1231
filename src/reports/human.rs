//! `--format human`: a short, aligned listing for a terminal.
//!
//! ```text
//! sumy.md  published 2025-03-24 (front matter)
//!    4:62   count     injured 88 people        88 people · injured · said: Ukrainian officials
//! ```

use super::{fmt_num, interval_text, ClaimRecord};
use crate::claims::{Claim, DocumentClaims, Kind};
use crate::rules::{normalize_words, RuleSet};
use std::fmt::Write;

/// With `explain` (a rule set), each claim is followed by the rule that
/// produced it and how its value was normalized.
pub fn render(docs: &[DocumentClaims], explain: Option<&RuleSet>) -> String {
    let mut out = String::new();
    for (i, dc) in docs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let m = &dc.document.meta;
        let mut date = match (m.published, m.published_from) {
            (Some(d), Some(from)) => format!("published {d} ({from})"),
            (Some(d), None) => format!("published {d}"),
            _ => "no publication date: relative dates unresolved".to_string(),
        };
        if let Some(r) = &m.region {
            date.push_str(&format!(", region {r}"));
        }
        let _ = writeln!(
            out,
            "{}  {}  {} {}",
            dc.document.display_path(),
            date,
            dc.claims.len(),
            if dc.claims.len() == 1 {
                "claim"
            } else {
                "claims"
            }
        );
        let records: Vec<ClaimRecord> = dc.claims.iter().map(|c| ClaimRecord::new(dc, c)).collect();
        let pos_w = records
            .iter()
            .map(|r| format!("{}:{}", r.line, r.column).len())
            .max()
            .unwrap_or(0);
        let text_w = records
            .iter()
            .map(|r| r.text.chars().count().min(40))
            .max()
            .unwrap_or(0);
        for (r, c) in records.iter().zip(&dc.claims) {
            let pos = format!("{}:{}", r.line, r.column);
            let text = shorten(&r.text, 40);
            let _ = writeln!(
                out,
                "  {pos:<pos_w$}  {:<9}  {text:<text_w$}  {}",
                r.kind,
                value_text(c)
            );
            if let Some(rules) = explain {
                for line in explanation(dc, c, rules) {
                    let _ = writeln!(out, "  {:pos_w$}  {line}", "");
                }
            }
        }
    }
    out
}

fn shorten(s: &str, n: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        one_line
    } else {
        one_line.chars().take(n - 1).collect::<String>() + "…"
    }
}

/// The normalized value and context of a claim, in a few words.
pub fn value_text(c: &Claim) -> String {
    let mut parts = Vec::new();
    if let Some(t) = &c.title {
        let of = t.of.as_deref().map(|o| format!("{o} ")).unwrap_or_default();
        let status = if t.former { "former " } else { "" };
        parts.push(format!("{}: {status}{of}{}", t.holder, t.office));
    }
    if let Some(d) = c.date {
        let mut s = d.display();
        if d.approximate {
            s.push_str(" (approx.)");
        }
        parts.push(s);
    }
    if let Some(a) = c.amount {
        let mut s = interval_text(&a.interval);
        if let Some(u) = &c.unit {
            s.push(' ');
            s.push_str(super::unit_text(&a.interval, u));
        }
        parts.push(s);
    }
    if let Some(why) = &c.unresolved {
        parts.push(format!("unresolved: {why}"));
    }
    if let Some(m) = &c.metric {
        parts.push(m.clone());
    }
    if let Some(h) = &c.hedge {
        let nominal = c
            .amount
            .and_then(|a| a.nominal)
            .map(fmt_num)
            .unwrap_or_default();
        let written = crate::claims::hedge_with_number(h, &nominal);
        parts.push(format!("hedge: {}", written.trim()));
    }
    if let Some(e) = &c.event {
        let mut s = format!("event: {} ({})", e.phrase, e.relation);
        if let Some(w) = e.window {
            let _ = write!(s, " in {}..{}", w.start, w.end);
        }
        parts.push(s);
    }
    if let Some(a) = &c.attribution {
        parts.push(format!("{}: {}", a.verb, a.source));
    }
    if let Some(h) = &c.hedged_by {
        parts.push(format!("hedged: {h}"));
    }
    if let Some(o) = &c.outdated {
        parts.push(format!("outdated: {o}"));
    }
    if let Some(w) = c.when {
        let what = if c.total { "total over" } else { "when" };
        parts.push(format!("{what} {}", w.display()));
    } else if c.total {
        parts.push("running total".to_string());
    }
    if !c.places.is_empty() {
        parts.push(format!("in {}", c.places.join(", ")));
    }
    parts.join(" · ")
}

/// How a claim came to be: its rule, and each step of normalization.
pub fn explanation(dc: &DocumentClaims, c: &Claim, rules: &RuleSet) -> Vec<String> {
    let mut lines = Vec::new();
    let rule = rules.rule(&c.rule);
    let what = match rule {
        Some(r) => r.description.clone(),
        None => crate::claims::stage_description(&c.rule)
            .unwrap_or("made after the rules ran")
            .to_string(),
    };
    lines.push(format!("= rule {}: {what}", c.rule));
    if let (Some(h), Some(a)) = (&c.hedge, c.amount) {
        let conv = rules
            .lexicon
            .hedge(h)
            .map_or("a vague quantity".to_string(), |v| format!("{v:?}"));
        let nominal = a.nominal.map(super::fmt_num).unwrap_or_else(|| "-".into());
        lines.push(format!(
            "= hedge “{h}” ({conv}): nominal {nominal} → {}",
            super::interval_text(&a.interval)
        ));
    } else if let Some(a) = c.amount {
        lines.push(format!("= value {}", super::interval_text(&a.interval)));
    }
    let counted = matches!(c.kind, Kind::Count | Kind::Quantity | Kind::Money);
    if let (Some(noun), true) = (&c.noun, counted) {
        if let Some(unit) = &c.unit {
            if normalize_words(noun) != *unit {
                lines.push(format!("= “{noun}” counts {unit}"));
            }
        }
    }
    if let (None, Kind::Count) = (&c.metric, c.kind) {
        if let Some(w) = crate::claims::adds_to_a_count(&dc.document.prose, c.span.start) {
            lines.push(format!(
                "= no metric: “{w}” adds it to a count given before, so no toll is compared with it"
            ));
        }
    }
    if let Some(m) = &c.metric {
        let fixed = rule.is_some_and(|r| r.metric.as_deref() == Some(m.as_str()));
        let whole = c
            .part_of
            .as_ref()
            .and_then(|s| dc.document.prose.get(s.clone()));
        let how = match whole {
            _ if fixed => "given by the rule".to_string(),
            Some(whole) => format!("that of the count it is part of, “{whole}”"),
            None => "from a cue word near the count".to_string(),
        };
        lines.push(format!("= metric {m} ({how})"));
    }
    if let Some(d) = c.date {
        let meta = &dc.document.meta;
        let anchor = match (meta.published, meta.published_from) {
            (Some(p), Some(from)) => format!("publication date {p} ({from})"),
            (Some(p), None) => format!("publication date {p}"),
            _ => "no publication date".into(),
        };
        let how = match (c.kind, meta.published) {
            (Kind::Weekday, Some(p)) => weekday_reading((d.start - p).get_days()),
            (_, Some(p)) if crate::claims::read_ahead(c, p) => {
                ", the next such date: the clause speaks of the future"
            }
            _ => "",
        };
        lines.push(format!(
            "= resolved against the {anchor}{how}: {} ({:?})",
            d.bounds(),
            d.precision
        ));
    }
    if let Some(e) = &c.event {
        if let Some(w) = e.window {
            lines.push(format!(
                "= the {} ({}) falls in {}..{}",
                e.phrase, e.relation, w.start, w.end
            ));
        }
    }
    if let Some(w) = c.when {
        lines.push(format!(
            "= time: the date of its clause (else the nearest in its sentence, else one in the sentence before): {}",
            w.display()
        ));
        if c.total {
            lines.push(
                "= a total over those days (a date after “since”, up to publication; or a window such as “the past week”), not one day's figure"
                    .to_string(),
            );
        }
    }
    if c.total && c.when.is_none() {
        lines.push(
            "= a running total that a figure before it brings up (“bringing the death toll to 120”), over days it does not give: compared with nothing"
                .to_string(),
        );
    }
    if let Some(h) = &c.hedged_by {
        lines.push(format!("= hedged by “{h}”"));
    }
    if let Some(o) = &c.outdated {
        lines.push(format!(
            "= outdated (“{o}”): its sentence says it was given before and replaced, so it is compared with nothing"
        ));
    }
    lines
}

/// How a weekday was read, from its distance to publication in days
/// (`claims::dates::resolve_weekday`).
fn weekday_reading(days: i32) -> &'static str {
    match days {
        8 => ", a week after tomorrow: 'next' passes over the day beside publication",
        1..=7 => ", the first such day after it",
        -7 => ", the most recent such day before it",
        -8 => ", a week before yesterday: 'last' passes over the day beside publication",
        _ => ", the most recent such day on or before it",
    }
}
