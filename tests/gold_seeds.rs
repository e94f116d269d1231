//! Scores extraction against the hand-annotated gold of the seed articles
//! (`../shared/gold/seeds-gold.json`): recall of the required claims with
//! correct normalized values must be at least 90%, and no extraction trap
//! may come out as a claim. Prints the counts.

mod common;

use claimgraph::claims::{Claim, DocumentClaims, Kind};
use claimgraph::documents::LoadOptions;
use serde_json::Value;
use std::path::Path;

/// A claim of ours on the gold's article and line, with its char range.
struct Found<'a> {
    claim: &'a Claim,
    text: String,
    line: usize,
    start: usize,
    end: usize,
}

fn found<'a>(dc: &'a DocumentClaims) -> Vec<Found<'a>> {
    let doc = &dc.document;
    dc.claims
        .iter()
        .map(|c| {
            let (line, col) = doc.lines.line_col(&doc.raw, c.span.start);
            let text = doc.raw[c.span.clone()].to_string();
            Found {
                claim: c,
                line,
                start: col - 1,
                end: col - 1 + text.chars().count(),
                text,
            }
        })
        .collect()
}

fn kinds_agree(gold: &str, ours: Kind) -> bool {
    match gold {
        "date" | "weekday" => ours.is_date(),
        other => other == ours.as_str(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// Whether our value is the gold's normalized value.
fn value_agrees(g: &Value, c: &Claim) -> Result<(), String> {
    let kind = g["kind"].as_str().unwrap();
    if kind == "date" || kind == "weekday" {
        let d = c.date.ok_or("no resolved date")?;
        let rd = &g["resolved_date"];
        let ok = match rd {
            Value::String(s) => d.start.to_string() == *s && d.end.to_string() == *s,
            Value::Object(o) => match (o.get("start"), o.get("end"), o.get("nominal")) {
                (Some(s), Some(e), _) => {
                    d.start.to_string() == s.as_str().unwrap()
                        && d.end.to_string() == e.as_str().unwrap()
                }
                (_, _, Some(n)) => {
                    let n = n.as_str().unwrap();
                    d.nominal.map(|x| x.to_string()).as_deref() == Some(n)
                        || (d.start.to_string() == n && d.end.to_string() == n)
                }
                _ => false,
            },
            _ => false,
        };
        return if ok {
            Ok(())
        } else {
            Err(format!("date {}..{} vs gold {rd}", d.start, d.end))
        };
    }
    let iv = c.amount.ok_or("no value")?.interval;
    let v = &g["value"];
    let ok = match v {
        Value::Number(n) => iv.point().is_some_and(|p| close(p, n.as_f64().unwrap())),
        Value::Object(o) => {
            let num = |k: &str| o.get(k).and_then(Value::as_f64);
            let flag = |k: &str| o.get(k).and_then(Value::as_bool).unwrap_or(false);
            let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => close(a, b),
                (None, None) => true,
                _ => false,
            };
            same(num("min"), iv.min)
                && same(num("max"), iv.max)
                && flag("min_exclusive") == iv.min_exclusive
                && flag("max_exclusive") == iv.max_exclusive
        }
        _ => false,
    };
    if !ok {
        return Err(format!("value {iv:?} vs gold {v}"));
    }
    if kind == "duration" {
        let unit = g["unit"].as_str().unwrap_or("");
        if c.unit.as_deref() != Some(unit) {
            return Err(format!("unit {:?} vs gold {unit}", c.unit));
        }
    }
    Ok(())
}

#[test]
fn extraction_matches_the_gold() {
    let Some(shared) = common::shared("extraction_matches_the_gold") else {
        return;
    };
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("gold/seeds-gold.json")).unwrap(),
    )
    .unwrap();
    let facts = common::seed_facts();
    let (_, docs) = common::seeds(&shared, Some(&facts));
    let by_name = |name: &str| {
        docs.iter()
            .find(|d| d.document.path.file_name().unwrap() == name)
            .unwrap()
    };

    let (mut required, mut matched, mut correct) = (0, 0, 0);
    let mut report = Vec::new();
    for g in gold["claims"].as_array().unwrap() {
        if g["required"] != Value::Bool(true) {
            continue;
        }
        required += 1;
        let dc = by_name(g["article"].as_str().unwrap());
        let line = g["line"].as_u64().unwrap() as usize;
        let text = g["text"].as_str().unwrap();
        let start = g["char_start"].as_u64().unwrap() as usize;
        let end = start + text.chars().count();
        let ours = found(dc);
        let hit = ours.iter().find(|f| {
            f.line == line
                && f.start < end
                && start < f.end
                && kinds_agree(g["kind"].as_str().unwrap(), f.claim.kind)
        });
        match hit {
            None => report.push(format!(
                "MISS   {} {}:{} {:?} ({})",
                g["id"], g["article"], line, text, g["kind"]
            )),
            Some(f) => {
                matched += 1;
                match value_agrees(g, f.claim) {
                    Ok(()) => correct += 1,
                    Err(why) => report.push(format!(
                        "VALUE  {} {:?} ~ {:?}: {why}",
                        g["id"], text, f.text
                    )),
                }
            }
        }
    }

    let mut trapped = Vec::new();
    for t in gold["extraction_traps"].as_array().unwrap() {
        let dc = by_name(t["article"].as_str().unwrap());
        let line = t["line"].as_u64().unwrap() as usize;
        let text = t["text"].as_str().unwrap();
        let why = t["why"].as_str().unwrap_or("");
        let line_text = dc.document.lines.line(&dc.document.raw, line);
        let Some(byte) = line_text.find(text) else {
            panic!("trap {text:?} not on line {line}")
        };
        let start = line_text[..byte].chars().count();
        let end = start + text.chars().count();
        for f in found(dc).iter().filter(|f| f.line == line) {
            let overlaps = f.start < end && start < f.end;
            // A hedge trap ("claiming the lives") is a claim hedged by it.
            let hedge_trap = why.contains("not a hedge");
            let trap_bytes = dc
                .document
                .lines
                .line_ranges(&dc.document.raw)
                .nth(line - 1)
                .unwrap()
                .start
                + byte;
            let hedged_by_trap = f
                .claim
                .hedged_at
                .is_some_and(|at| (trap_bytes..trap_bytes + text.len()).contains(&at));
            if (overlaps && !hedge_trap) || (hedge_trap && hedged_by_trap) {
                trapped.push(format!(
                    "TRAP   {}:{} {:?} came out as {:?} ({})",
                    t["article"], line, text, f.text, f.claim.rule
                ));
            }
        }
    }

    let recall = correct as f64 / required as f64;
    for r in &report {
        println!("{r}");
    }
    for t in &trapped {
        println!("{t}");
    }
    println!(
        "gold claims: {required} required, {matched} found ({:.1}%), {correct} with correct values ({:.1}%); traps: {} of {}",
        100.0 * matched as f64 / required as f64,
        100.0 * recall,
        trapped.len(),
        gold["extraction_traps"].as_array().unwrap().len()
    );
    assert!(
        recall >= 0.90,
        "recall of required claims with correct values is {:.1}% (< 90%)",
        100.0 * recall
    );
    assert!(
        trapped.is_empty(),
        "{} extraction traps came out as claims",
        trapped.len()
    );
}

#[test]
fn boilerplate_lines_of_the_gold_are_recognised() {
    let Some(shared) = common::shared("boilerplate_lines_of_the_gold_are_recognised") else {
        return;
    };
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("gold/seeds-gold.json")).unwrap(),
    )
    .unwrap();
    let rules = claimgraph::rules::load(&[]).unwrap();
    for article in gold["articles"].as_array().unwrap() {
        let path = shared.join("seeds").join(article["id"].as_str().unwrap());
        let doc = claimgraph::documents::load_documents(
            &LoadOptions {
                paths: vec![path.clone()],
                ..Default::default()
            },
            &rules.boilerplate,
        )
        .unwrap()
        .documents
        .remove(0);
        for b in article["boilerplate_lines"].as_array().unwrap() {
            let line = b["line"].as_u64().unwrap() as usize;
            let text = doc.lines.line(&doc.raw, line);
            let blank = text.trim().is_empty();
            let recognised = doc.boilerplate.iter().any(|(l, _)| *l == line);
            assert!(
                blank || recognised,
                "{}:{line} {:?} is boilerplate but was read as article text",
                Path::new(&path).display(),
                text
            );
        }
    }
}
