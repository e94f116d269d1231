//! Scores `check` on the seeds against the gold findings
//! (`../shared/gold/seeds-gold.json`). A gold finding counts as reported
//! when a finding of its kind lies wholly on the gold finding's lines,
//! includes the line of its first (primary) claim, and for corroboration
//! spans two articles; each reported finding matches one gold finding at
//! most. Fails unless all `must` findings are reported and no `must-not`
//! pair is reported as a contradiction (or, for hedge false alarms, as
//! unverified by the false hedge); prints the counts.

mod common;

use claimgraph::facts::Facts;
use claimgraph::findings::{check, Analysis};
use serde_json::Value;
use std::collections::HashSet;

struct Reported {
    kind: &'static str,
    /// (article file name, line) of each claim.
    lines: Vec<(String, usize)>,
    /// (article, byte offset) of each claim's hedge word.
    hedges: Vec<(String, usize)>,
}

fn reported(analysis: &Analysis, docs: &[claimgraph::claims::DocumentClaims]) -> Vec<Reported> {
    analysis
        .findings
        .iter()
        .map(|f| {
            let name = |d: usize| {
                docs[d]
                    .document
                    .path
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            };
            Reported {
                kind: f.rule.kind.as_str(),
                lines: f
                    .claims
                    .iter()
                    .map(|r| {
                        let doc = &docs[r.doc].document;
                        (
                            name(r.doc),
                            doc.lines
                                .line_col(&doc.raw, docs[r.doc].claims[r.claim].span.start)
                                .0,
                        )
                    })
                    .collect(),
                hedges: f
                    .claims
                    .iter()
                    .filter_map(|r| {
                        docs[r.doc].claims[r.claim]
                            .hedged_at
                            .map(|h| (name(r.doc), h))
                    })
                    .collect(),
            }
        })
        .collect()
}

fn gold_lines(g: &Value) -> Vec<(String, usize)> {
    g["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["article"].as_str().unwrap().to_string(),
                c["line"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

fn matches(g: &Value, f: &Reported) -> bool {
    let lines = gold_lines(g);
    let articles: HashSet<&String> = f.lines.iter().map(|(a, _)| a).collect();
    f.kind == g["type"].as_str().unwrap()
        && f.lines.iter().all(|l| lines.contains(l))
        && f.lines.contains(&lines[0])
        && (f.kind != "corroboration" || articles.len() >= 2)
}

/// Counts of a run against the gold: (must, should, may) reported of
/// their totals, and the must-not false alarms.
struct Score {
    must: (usize, usize),
    should: (usize, usize),
    may: (usize, usize),
    false_alarms: Vec<String>,
    findings: usize,
}

#[test]
fn findings_match_the_gold() {
    let Some(shared) = common::shared("findings_match_the_gold") else {
        return;
    };
    let facts = common::seed_facts();
    let with = score(&shared, Some(&facts));
    let without = score(&shared, None);
    for (name, s) in [
        ("with the fact file", &with),
        ("without a fact file", &without),
    ] {
        for a in &s.false_alarms {
            println!("{a}");
        }
        println!(
            "gold findings {name}: must {}/{}, should {}/{}, may {}/{}, must-not reported {}/13; {} findings in all",
            s.must.0, s.must.1, s.should.0, s.should.1, s.may.0, s.may.1, s.false_alarms.len(), s.findings
        );
        assert_eq!(
            s.must.0, s.must.1,
            "every `must` finding has to be reported ({name})"
        );
        assert!(
            s.false_alarms.is_empty(),
            "a `must-not` pair was reported ({name})"
        );
    }
    assert!(
        with.should.0 >= 4,
        "at least 4 of the `should` findings: {}",
        with.should.0
    );
}

fn score(shared: &std::path::Path, facts: Option<&Facts>) -> Score {
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("gold/seeds-gold.json")).unwrap(),
    )
    .unwrap();
    let (rules, docs) = common::seeds(shared, facts);
    let analysis = check(&docs, &rules.lexicon, facts);
    let found = reported(&analysis, &docs);

    let mut used = vec![false; found.len()];
    let mut score = std::collections::BTreeMap::new();
    let golds = gold["findings"].as_array().unwrap();
    for level in ["must", "should", "may"] {
        for g in golds.iter().filter(|g| g["expected"] == level) {
            let hit = (0..found.len()).find(|&i| !used[i] && matches(g, &found[i]));
            if let Some(i) = hit {
                used[i] = true;
            }
            let entry = score.entry(level).or_insert((0, 0));
            entry.1 += 1;
            if hit.is_some() {
                entry.0 += 1;
            } else if level != "may" {
                println!(
                    "NOT REPORTED ({level}) {} {}: {}",
                    g["id"], g["type"], g["kind"]
                );
            }
        }
    }

    let mut false_alarms = Vec::new();
    for g in golds.iter().filter(|g| g["expected"] == "must-not") {
        let lines = gold_lines(g);
        let of = g["false_alarm_of"].as_str().unwrap_or("contradiction");
        for f in found.iter().filter(|f| f.kind == of) {
            let alarm = if of == "unverified" {
                // The hedge that made it unverified lies in a false hedge's text.
                g["claims"].as_array().unwrap().iter().any(|c| {
                    let article = c["article"].as_str().unwrap();
                    let doc = &docs
                        .iter()
                        .find(|d| d.document.path.ends_with(article))
                        .unwrap()
                        .document;
                    let line = c["line"].as_u64().unwrap() as usize;
                    let range = doc.lines.line_ranges(&doc.raw).nth(line - 1).unwrap();
                    let at = doc.raw[range.clone()]
                        .find(c["text"].as_str().unwrap())
                        .unwrap()
                        + range.start;
                    let end = at + c["text"].as_str().unwrap().len();
                    f.hedges
                        .iter()
                        .any(|(a, h)| a == article && (at..end).contains(h))
                })
            } else {
                f.lines.iter().filter(|l| lines.contains(l)).count() >= 2
            };
            if alarm {
                false_alarms.push(format!(
                    "FALSE ALARM {} reported as {of}: {:?}",
                    g["id"], f.lines
                ));
            }
        }
    }
    let must_not = golds.iter().filter(|g| g["expected"] == "must-not").count();
    assert_eq!(must_not, 13);
    Score {
        must: score["must"],
        should: score["should"],
        may: score["may"],
        false_alarms,
        findings: found.len(),
    }
}
