//! Annotated fixture files: article-like text in which `#>` lines say what
//! the next line must (or must not) yield. Annotation lines are blanked
//! before extraction, so the text keeps its offsets and lines.
//!
//! ```text
//! #> published 2025-03-24
//! #> expect count.noun "88 people" value=88 metric=injured
//! A missile strike injured 88 people in the city on Monday.
//! #> ok
//! One major sticking point is the border.
//! #> ok count.noun
//! Both sides traded blame.
//! #> todo count.noun "three times"
//! The two sides met three times since April.
//! ```
//!
//! `expect RULE "SPAN" [key=value ...]` takes the keys of a rule example
//! (value, min, max, min_exclusive, max_exclusive, unit, metric, hedge,
//! hedged_by, attribution, event, start, end, precision); `ok` allows no
//! claim on the next line, `ok RULE` none from that rule; `todo` marks a
//! known gap, and fails once the gap is closed so the mark is updated.

use super::compile::RuleSet;
use super::examples::{check_claims, describe, Failure, Outcome, DEFAULT_EXAMPLE_DATE};
use super::schema::ExampleFile;
use crate::claims::extract_text;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The fixture files (.txt, .md) directly in `dir`, sorted.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    out.sort();
    Ok(out)
}

/// Splits an annotation into words, keeping "quoted strings" whole.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '"' => {
                if quoted {
                    out.push(std::mem::take(&mut cur));
                }
                quoted = !quoted;
            }
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn expectation(path: &Path, line: usize, span: &str, keys: &[String]) -> Result<ExampleFile> {
    let mut ex = ExampleFile {
        text: String::new(),
        span: span.to_string(),
        published: None,
        value: None,
        min: None,
        max: None,
        min_exclusive: None,
        max_exclusive: None,
        unit: None,
        metric: None,
        hedge: None,
        start: None,
        end: None,
        precision: None,
        event: None,
        attribution: None,
        hedged_by: None,
    };
    for kv in keys {
        let bad = || {
            Error::in_file(path, format!("bad annotation `{kv}` (expected key=value)"))
                .at(line, None)
        };
        let (k, v) = kv.split_once('=').ok_or_else(bad)?;
        let num = || v.parse::<f64>().map_err(|_| bad());
        let flag = || v.parse::<bool>().map_err(|_| bad());
        match k {
            "value" => ex.value = Some(num()?),
            "min" => ex.min = Some(num()?),
            "max" => ex.max = Some(num()?),
            "min_exclusive" => ex.min_exclusive = Some(flag()?),
            "max_exclusive" => ex.max_exclusive = Some(flag()?),
            "unit" => ex.unit = Some(v.to_string()),
            "metric" => ex.metric = Some(v.to_string()),
            "hedge" => ex.hedge = Some(v.to_string()),
            "hedged_by" => ex.hedged_by = Some(v.to_string()),
            "attribution" => ex.attribution = Some(v.to_string()),
            "event" => ex.event = Some(v.to_string()),
            "start" => ex.start = Some(v.to_string()),
            "end" => ex.end = Some(v.to_string()),
            "precision" => ex.precision = Some(v.to_string()),
            _ => {
                return Err(
                    Error::in_file(path, format!("unknown key `{k}` in annotation")).at(line, None),
                )
            }
        }
    }
    Ok(ex)
}

/// The text of a fixture with its annotation lines blanked.
pub fn blank_annotations(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|l| {
            if l.trim_start().starts_with("#>") {
                l.chars().map(|c| if c == '\n' { c } else { ' ' }).collect()
            } else {
                l.to_string()
            }
        })
        .collect()
}

/// Runs one fixture file; a malformed annotation is an error naming its line.
pub fn run(set: &RuleSet, path: &Path) -> Result<Outcome> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
    let lines: Vec<&str> = text.lines().collect();
    let mut published = DEFAULT_EXAMPLE_DATE;
    for (n, l) in lines.iter().enumerate() {
        if let Some(d) = l.trim_start().strip_prefix("#> published ") {
            published = crate::documents::parse_iso_day(d.trim())
                .map_err(|why| Error::in_file(path, why).at(n + 1, None))?;
        }
    }
    let blank = blank_annotations(&text);
    let (doc, claims) = extract_text(&blank, Some(published), set);
    let mut out = Outcome::default();
    for (n, l) in lines.iter().enumerate() {
        let Some(annotation) = l.trim_start().strip_prefix("#>") else {
            continue;
        };
        let w = words(annotation);
        if w.first().map(String::as_str) == Some("published") {
            continue;
        }
        let line_no = n + 1;
        // The next line that is text.
        let Some(target) = (n + 1..lines.len())
            .find(|&k| !lines[k].trim().is_empty() && !lines[k].trim_start().starts_with("#>"))
        else {
            return Err(Error::in_file(path, "annotation with no line after it").at(line_no, None));
        };
        let on_line: Vec<_> = claims
            .iter()
            .filter(|c| doc.lines.line_col(&doc.raw, c.span.start).0 == target + 1)
            .cloned()
            .collect();
        let fail = |expected: String, actual: String, rule: &str| Failure {
            path: path.to_path_buf(),
            line: line_no,
            rule: rule.to_string(),
            text: lines[target].to_string(),
            expected,
            actual,
        };
        match (w.first().map(String::as_str), w.get(1), w.get(2)) {
            (Some("expect"), Some(rule), Some(span)) => {
                let ex = expectation(path, line_no, span, &w[3..])?;
                match check_claims(&blank, &on_line, rule, &ex) {
                    Ok(()) => out.passed += 1,
                    Err((e, a)) => out.failures.push(fail(e, a, rule)),
                }
            }
            (Some("todo"), Some(rule), Some(span)) => {
                let ex = expectation(path, line_no, span, &w[3..])?;
                match check_claims(&blank, &on_line, rule, &ex) {
                    Ok(()) => out.failures.push(fail(
                        "a known gap (todo)".into(),
                        "it holds now: change `todo` to `expect`".into(),
                        rule,
                    )),
                    Err(_) => out.todo += 1,
                }
            }
            (Some("ok"), rule, None) => {
                let wrong: Vec<String> = on_line
                    .iter()
                    .filter(|c| rule.is_none_or(|r| &c.rule == r))
                    .map(|c| describe(&blank, c))
                    .collect();
                if wrong.is_empty() {
                    out.passed += 1;
                } else {
                    let who = rule.cloned().unwrap_or_else(|| "any".into());
                    out.failures.push(fail(
                        format!("no claim from {who} rule"),
                        wrong.join("; "),
                        rule.map_or("-", |r| r.as_str()),
                    ));
                }
            }
            _ => {
                return Err(Error::in_file(path, format!("bad annotation `#>{annotation}` (expect RULE \"SPAN\" ..., ok [RULE], todo RULE \"SPAN\", published DATE)")).at(line_no, None));
            }
        }
    }
    Ok(out)
}
