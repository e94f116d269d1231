//! The default rule packs: every example of every rule holds, and the list
//! of packs compiled into the binary names every file in `rules/`.

mod common;

use claimgraph::rules::{builtin_packs, compile_only, examples};

#[test]
fn every_default_rule_example_holds() {
    let set = compile_only(&[]).expect("default rules compile");
    let outcome = examples::run(&set, |_| true);
    for f in &outcome.failures {
        println!("{f}");
    }
    println!(
        "{} passed, {} failed",
        outcome.passed,
        outcome.failures.len()
    );
    assert!(outcome.failures.is_empty());
    assert!(
        outcome.passed >= 100,
        "too few examples ran: {}",
        outcome.passed
    );
}

#[test]
fn every_rule_has_an_example_and_a_description() {
    let set = compile_only(&[]).unwrap();
    for rule in &set.rules {
        assert!(
            !rule.examples.is_empty(),
            "rule `{}` has no example",
            rule.id
        );
        assert!(
            rule.description.len() > 10,
            "rule `{}` needs a description",
            rule.id
        );
    }
}

#[test]
fn builtin_pack_list_is_complete() {
    let mut on_disk: Vec<String> = std::fs::read_dir(common::root().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| format!("rules/{n}"))
        .collect();
    on_disk.sort();
    let mut compiled: Vec<String> = builtin_packs().iter().map(|(n, _)| n.to_string()).collect();
    compiled.sort();
    assert_eq!(
        on_disk, compiled,
        "src/rules/builtin.rs must list every file in rules/"
    );
    for (name, text) in builtin_packs() {
        let disk = std::fs::read_to_string(common::root().join(name)).unwrap();
        assert_eq!(&disk, text, "{name} is stale in the binary");
    }
}

#[test]
fn extraction_is_deterministic() {
    let set = claimgraph::rules::load(&[]).unwrap();
    let text = "Officials said on Monday that at least 12 people were killed and over 40 injured in Kharkiv, two days after a 30-day truce.";
    let date = Some(jiff::civil::Date::constant(2025, 3, 24));
    let (_, a) = claimgraph::claims::extract_text(text, date, &set);
    let (_, b) = claimgraph::claims::extract_text(text, date, &set);
    assert_eq!(a, b);
    assert!(a.len() >= 4, "{a:?}");
}
