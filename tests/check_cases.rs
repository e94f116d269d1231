//! `claimgraph check` on small articles written for these tests
//! (tests/fixtures/check/, fictional towns named by a user pack): each case
//! asserts the findings that must and must not come out, and the exit code.

use serde_json::Value;
use std::process::Command;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check");

/// Runs `check` on one case; returns the exit code and the findings.
fn check(case: &str, extra: &[&str]) -> (i32, Vec<Value>) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args([
            "check",
            "--format",
            "json",
            "--rules",
            &format!("{FIXTURES}/towns.toml"),
        ])
        .args(extra)
        .arg(format!("{FIXTURES}/{case}"))
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(report["schema_version"], 1);
    (
        out.status.code().unwrap(),
        report["findings"].as_array().unwrap().clone(),
    )
}

fn of_rule<'a>(findings: &'a [Value], rule: &str) -> Vec<&'a Value> {
    findings.iter().filter(|f| f["rule"] == rule).collect()
}

fn texts(f: &Value) -> Vec<String> {
    f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn same_city_on_different_days_is_two_events() {
    let (code, findings) = check("same-city-different-day", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn a_rewrite_is_not_independent() {
    let (code, findings) = check("derived", &[]);
    let agree = of_rule(&findings, "CG400");
    let injured = agree
        .iter()
        .find(|f| texts(f).contains(&"40 people".to_string()))
        .expect("40 injured agree");
    assert_eq!(injured["independent_sources"], 1, "{injured:#}");
    assert!(
        injured["why"]
            .as_str()
            .unwrap()
            .contains("copy.md is a rewrite of"),
        "{injured:#}"
    );
    // The copy hedges the count ("according to officials"); the original is
    // not independent support, so it stays unverified.
    assert!(!of_rule(&findings, "CG300").is_empty());
    assert_eq!(
        code, 0,
        "warnings do not fail at the default --fail-on error"
    );
}

#[test]
fn warnings_fail_when_asked() {
    let (code, _) = check("derived", &["--fail-on", "warning"]);
    assert_eq!(code, 1);
}

#[test]
fn a_later_higher_toll_supersedes() {
    let (code, findings) = check("superseded", &[]);
    let s = of_rule(&findings, "CG101");
    assert_eq!(s.len(), 1, "{findings:#?}");
    assert_eq!(texts(s[0]), ["15", "12 people"]);
    assert_eq!(s[0]["kind"], "superseded");
    assert_eq!(s[0]["severity"], "info");
    assert!(of_rule(&findings, "CG100").is_empty());
    assert_eq!(code, 0);
}

#[test]
fn compatible_hedged_values_corroborate() {
    let (code, findings) = check("compatible", &[]);
    assert!(
        of_rule(&findings, "CG100").is_empty(),
        "at least 30 and 35 can both hold"
    );
    let c = of_rule(&findings, "CG400");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0]["independent_sources"], 2);
    assert_eq!(code, 0);
}

#[test]
fn a_hedge_after_the_figure_widens_it() {
    // "20 people or more" is at least 20: 25 can hold beside it.
    let (code, findings) = check("hedged-after", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
    let (_, exact) = check("internal", &[]);
    assert_eq!(
        of_rule(&exact, "CG100").len(),
        1,
        "the same article unhedged"
    );
}

#[test]
fn an_approximate_range_reaches_a_tenth_further() {
    // "about 20 to 30" is [18, 33]: 32 can hold beside it.
    let (code, findings) = check("hedged-range", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn a_total_since_a_date_is_not_that_days_figure() {
    // "Since Monday, 20 killed" beside "On Monday, 12 killed"; "in the
    // past week, 40 injured" beside "on Friday, five injured".
    let (code, findings) = check("totals", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn a_total_since_a_date_that_rises_later_is_superseded() {
    // 120 drones shot down since March 1 (Wednesday), 150 since March 1
    // (Friday): a running total grew, whatever it counts.
    let (code, findings) = check("totals-rising", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    let s = of_rule(&findings, "CG101");
    assert_eq!(s.len(), 1, "{findings:#?}");
    assert!(s[0]["event"]
        .as_str()
        .unwrap()
        .contains("totals from 2026-03-01"));
    assert_eq!(code, 0);
}

#[test]
fn the_events_of_one_day_in_one_article_are_told_apart() {
    // "a missile strike ... killed five", "Later on Monday, a drone attack
    // killed seven" (an event of its own), "Of the 12 people killed ... on
    // Monday" (their sum), "20 people across the Harbourton region" (the
    // region around the town): six contradictions before, none now.
    let (code, findings) = check("one-day-many-events", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn a_week_beside_a_day_of_it_is_no_contradiction() {
    // "Last week, 12 killed in Harbourton" and "On Thursday, five killed
    // in Harbourton": two strikes of that week, perhaps.
    let (code, findings) = check("week-and-day", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn some_of_the_injured_are_not_how_many_were() {
    // "Ten people injured in the strike on Monday remain in hospital":
    // the participle is the count's modifier, not its clause's verb.
    let (code, findings) = check("in-hospital", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn two_reports_of_one_briefing_are_independent() {
    // The same four figures in the same order, in other words (no word
    // 4-gram shared): not a rewrite, so their agreement is corroboration.
    let (code, findings) = check("same-briefing", &[]);
    let c = of_rule(&findings, "CG400");
    assert_eq!(c.len(), 2, "{findings:#?}");
    for f in c {
        assert_eq!(f["independent_sources"], 2, "{f:#?}");
    }
    assert_eq!(code, 0);
}

#[test]
fn a_contradiction_inside_one_article() {
    let (code, findings) = check("internal", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1, "{findings:#?}");
    assert!(c[0]["message"]
        .as_str()
        .unwrap()
        .contains("inside one article"));
    let claims = c[0]["claims"].as_array().unwrap();
    assert_eq!(
        (claims[0]["line"].as_u64(), claims[1]["line"].as_u64()),
        (Some(8), Some(4))
    );
    assert_eq!(claims[0]["column"], 40, "39 characters precede “15 people”");
    assert!(c[0]["event"].as_str().unwrap().contains("Harbourton"));
    assert_eq!(code, 1);
}

#[test]
fn a_contradiction_across_sources() {
    let (code, findings) = check("cross-source", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0]["severity"], "error");
    assert_eq!(code, 1);
}

#[test]
fn durations_of_one_event_must_meet() {
    let (code, findings) = check("windows", &[]);
    let w = of_rule(&findings, "CG210");
    assert_eq!(w.len(), 1, "{findings:#?}");
    assert_eq!(texts(w[0]), ["ten-year war", "three-year war"]);
    assert_eq!(w[0]["severity"], "warning");
    assert_eq!(code, 0, "a warning does not fail at the default --fail-on");
}

#[test]
fn output_is_the_same_every_run_and_in_any_file_order() {
    let run = |paths: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .args([
                "check",
                "--format",
                "json",
                "--rules",
                &format!("{FIXTURES}/towns.toml"),
            ])
            .args(paths.iter().map(|p| format!("{FIXTURES}/{p}")))
            .output()
            .unwrap()
            .stdout
    };
    let a = run(&["cross-source/east.md", "cross-source/west.md"]);
    let b = run(&["cross-source/east.md", "cross-source/west.md"]);
    assert_eq!(a, b);
    let reversed = run(&["cross-source/west.md", "cross-source/east.md"]);
    let findings = |bytes: &[u8]| {
        let v: Value = serde_json::from_slice(bytes).unwrap();
        let mut f: Vec<String> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].to_string() + &f["message"].to_string())
            .collect();
        f.sort();
        f
    };
    assert_eq!(findings(&a).len(), findings(&reversed).len());
    assert_eq!(
        findings(&a).iter().filter(|f| f.contains("CG100")).count(),
        1
    );
}

#[test]
fn dot_draws_the_graph() {
    let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args([
            "check",
            "--format",
            "dot",
            "--rules",
            &format!("{FIXTURES}/towns.toml"),
            &format!("{FIXTURES}/derived"),
        ])
        .output()
        .unwrap();
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph claimgraph {"));
    assert!(dot.contains("derived from"));
    assert!(dot.contains("corroborates"));
    assert!(dot.trim_end().ends_with('}'));
}

#[test]
fn counts_dated_only_after_or_before_a_year_are_not_compared() {
    // "after 2018" and "before 2021" overlap, but they date no event: the
    // counts over those open periods are not one event's.
    let (code, findings) = check("open-dates", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn a_group_within_a_toll_is_compared_with_the_same_group() {
    // "killed 30 people, including two children, and injured 80": the
    // children were killed (the nearer cue is "injured"), and they are
    // compared with the other source's children, never with the 30.
    let (code, findings) = check("subsets", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1, "{findings:#?}");
    let mut spans = texts(c[0]);
    spans.sort();
    assert_eq!(spans, ["five children", "two children"]);
    assert_eq!(
        c[0]["event"],
        "children killed · in Harbourton · on 2026-03-02"
    );
    assert_eq!(
        c[0]["message"],
        "2 children killed vs 5 children killed (across sources)"
    );
    let agree = of_rule(&findings, "CG400");
    assert!(
        agree.iter().any(|f| texts(f) == ["30 people", "30 people"]),
        "{findings:#?}"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_sentence_with_two_days_holds_two_events() {
    // "88 injured on March 2, and more than 115 on March 4": the 88 are
    // March 2's, so the other source's 117 of March 4 contradicts neither
    // (and agrees with "more than 115").
    let (code, findings) = check("two-days-one-sentence", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert!(of_rule(&findings, "CG101").is_empty(), "{findings:#?}");
    let agree = of_rule(&findings, "CG400");
    assert!(
        agree.iter().any(|f| {
            let mut t = texts(f);
            t.sort();
            t == ["117 people", "more than 115 people"]
        }),
        "{findings:#?}"
    );
    assert_eq!(code, 0);
}

#[test]
fn a_part_of_a_salvo_is_compared_with_parts() {
    // "shot down 97 of 147 drones", "147 drones, of which 97 were shot
    // down", "Of the 147 drones ..., 90 were shot down": the parts were
    // shot down, never the 147; the two 97s agree, and the mayor's 90
    // contradicts them.
    let (code, findings) = check("parts", &[]);
    let agree = of_rule(&findings, "CG400");
    assert_eq!(agree.len(), 1, "{findings:#?}");
    let mut spans = texts(agree[0]);
    spans.sort();
    assert_eq!(spans, ["97", "97 of 147 drones"]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 2, "{findings:#?}");
    for f in &c {
        assert!(texts(f).contains(&"90".to_string()), "{f:#?}");
        assert!(f["message"]
            .as_str()
            .unwrap()
            .contains("90 drones intercepted"));
    }
    assert!(
        findings
            .iter()
            .all(|f| !f["message"].as_str().unwrap().contains("147")),
        "{findings:#?}"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_count_added_to_another_and_a_sum_of_two_metrics_are_no_toll() {
    // "Another 20 people were injured" adds to a count given before, and
    // "killed or wounded 152" counts the killed and the injured together:
    // neither contradicts "killed 35 people and injured 117".
    let (code, findings) = check("increments", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert!(of_rule(&findings, "CG101").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
    // The one takes no metric, the other its own.
    let claims = |file: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .args(["extract", "--format", "json"])
            .arg(format!("{FIXTURES}/increments/{file}"))
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["documents"][0]["claims"].as_array().unwrap().clone()
    };
    let mayor = claims("mayor.md");
    let counted: Vec<&Value> = mayor.iter().filter(|c| c["kind"] == "count").collect();
    assert_eq!(counted.len(), 1);
    assert!(counted[0]["metric"].is_null(), "{counted:#?}");
    let agency = claims("agency.md");
    assert!(
        agency.iter().any(|c| c["metric"] == "casualties"),
        "{agency:#?}"
    );
}

#[test]
fn strikes_on_different_targets_are_different_events() {
    // A hospital and a market struck in one town on one day: two strikes.
    // A strike that names no target could be either, so its eight killed
    // contradict neither; two reports of the hospital strike still clash.
    let (code, findings) = check("targets", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1, "{findings:#?}");
    let mut t = texts(c[0]);
    t.sort();
    assert_eq!(t, ["five people", "nine people"]);
    assert!(c[0]["event"].as_str().unwrap().contains("at hospital"));
    // No date of "the strike" joins the hospital's with the market's.
    assert!(of_rule(&findings, "CG401").is_empty(), "{findings:#?}");
    assert_eq!(code, 1);
}

#[test]
fn a_toll_that_rose_later_in_one_article_is_an_update() {
    // "a strike killed five ... the toll had risen to seven".
    let (code, findings) = check("rising-toll", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    let s = of_rule(&findings, "CG101");
    assert_eq!(s.len(), 1, "{findings:#?}");
    assert_eq!(texts(s[0]), ["seven", "five people"]);
    assert!(s[0]["why"].as_str().unwrap().contains("rose to it"));
    assert_eq!(code, 0);
}

#[test]
fn a_figure_for_two_towns_is_neither_town_s() {
    // "strikes on Harbourton and Valmora killed 12" is no count of
    // Harbourton; "five killed in Harbourton and four in Valmora" gives
    // each town its own figure, and both agree with the wire's.
    let (code, findings) = check("two-towns", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    let agree = of_rule(&findings, "CG400");
    let mut events: Vec<&str> = agree.iter().map(|f| f["event"].as_str().unwrap()).collect();
    events.sort();
    assert_eq!(
        events,
        [
            "people killed · in Harbourton · on 2026-03-02",
            "people killed · in Valmora · on 2026-03-02"
        ]
    );
    assert_eq!(code, 0);
}

#[test]
fn a_morning_strike_and_an_evening_one_are_two() {
    // Five killed on Monday morning, three on Monday evening: two strikes;
    // "six killed on Monday" could be either's (or both's) and contradicts
    // neither. Seven killed on Monday morning does contradict five.
    let (code, findings) = check("parts-of-day", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1, "{findings:#?}");
    let mut t = texts(c[0]);
    t.sort();
    assert_eq!(t, ["five people", "seven people"]);
    assert!(c[0]["event"].as_str().unwrap().ends_with("(morning)"));
    assert_eq!(code, 1);
}

#[test]
fn a_running_toll_is_not_the_day_s_figure() {
    // "killed five on Monday, bringing the city's death toll since the
    // invasion to 120", "raising the death toll there this year to 31",
    // "In total, 118 people have been killed", "since a March 2025 attack
    // that killed 35": none of them is Monday's or Tuesday's figure.
    let (code, findings) = check("running-tolls", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    let agree = of_rule(&findings, "CG400");
    let mut values: Vec<String> = agree.iter().flat_map(|f| texts(f)).collect();
    values.sort();
    assert_eq!(
        values,
        ["Five people", "Two people", "five people", "two people"]
    );
    assert_eq!(code, 0);
}

#[test]
fn a_truce_and_a_ceasefire_deal_of_one_day_agree() {
    // "a 30-day truce" and "a 30-day ceasefire deal": what lasts is named
    // by its topic, so the two agree.
    let (code, findings) = check("truce", &[]);
    let agree = of_rule(&findings, "CG400");
    assert_eq!(agree.len(), 1, "{findings:#?}");
    assert_eq!(texts(agree[0]), ["30-day truce", "30-day ceasefire deal"]);
    assert_eq!(code, 0);
}

#[test]
fn the_date_of_a_backed_figure_is_backed_with_it() {
    // "At least 30 protesters were detained in Harbourton on Tuesday,
    // according to a rights group": the police's 45 back the figure, and
    // so its day; the journalists detained on Wednesday stay unverified,
    // day and all.
    let (code, findings) = check("backed-date", &[]);
    let unverified = of_rule(&findings, "CG300");
    assert_eq!(unverified.len(), 1, "{findings:#?}");
    assert_eq!(texts(unverified[0]), ["Twelve journalists", "on Wednesday"]);
    assert_eq!(of_rule(&findings, "CG400").len(), 1, "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn reports_over_days_agree_only_on_values_that_all_hold() {
    // "At least 40" (Monday), 112 (Tuesday) and 163 (Thursday) of one
    // quake: "at least 40" agrees with each, but 112 and 163 do not agree;
    // the later, higher toll updates the earlier one.
    let (code, findings) = check("reports-over-days", &[]);
    let s = of_rule(&findings, "CG101");
    assert_eq!(s.len(), 1, "{findings:#?}");
    assert_eq!(texts(s[0]), ["163 people", "112"]);
    for group in of_rule(&findings, "CG400") {
        let t = texts(group);
        assert!(
            !(t.contains(&"112".to_string()) && t.contains(&"163 people".to_string())),
            "112 and 163 do not agree: {group:#}"
        );
    }
    assert_eq!(of_rule(&findings, "CG400").len(), 1, "{findings:#?}");
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn a_figure_that_agrees_with_one_event_of_an_article_is_not_against_its_other() {
    // The wire tells of two attacks on Harbourton that Monday: a missile
    // (at least 30 hurt) and, hours before, a drone (2 hurt). The daily's
    // 30 wounded by the missile agree with the first and are no
    // contradiction of the second; the herald's 40 still contradict the
    // daily's 30.
    let (code, findings) = check("two-attacks-one-day", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1, "{findings:#?}");
    assert_eq!(texts(c[0]), ["40 people", "Thirty people"]);
    assert_eq!(code, 1);
}

#[test]
fn the_day_a_speaker_spoke_is_not_the_figure_s() {
    // "Officials said on Tuesday that 12 people were killed", after a
    // sentence telling of Monday evening's missile: Monday's 12, against
    // the herald's 14 of Monday evening, not against Tuesday morning's
    // drone (3); "The governor said on Tuesday that 15 people had died"
    // gives no day at all, and is compared with nothing.
    let (code, findings) = check("speaker-s-day", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1, "{findings:#?}");
    assert_eq!(texts(c[0]), ["14 people", "12 people"]);
    assert!(c[0]["event"].as_str().unwrap().contains("2026-03-02"));
    assert_eq!(code, 1);
}

#[test]
fn a_length_in_hours_and_one_in_days_are_compared_as_lengths() {
    // A 72-hour truce is a three-day truce (they had been 72 against 3);
    // a 30-hour one contradicts both.
    let (code, findings) = check("lengths", &[]);
    let agree = of_rule(&findings, "CG400");
    assert_eq!(agree.len(), 1, "{findings:#?}");
    assert_eq!(texts(agree[0]), ["72-hour truce", "three-day truce"]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 2, "{findings:#?}");
    assert!(c
        .iter()
        .all(|f| texts(f).contains(&"30-hour truce".to_string())));
    assert_eq!(code, 1);
}

#[test]
fn a_looser_agreeing_figure_does_not_hide_a_closer_contradiction() {
    // The hospital strike of Monday morning is told as 4 and as 40; the
    // second article's "On Monday, 4 people were killed" names neither
    // the hospital nor the morning, so it does not make the 4 its own.
    let (_, findings) = check("closer-match", &[]);
    let across: Vec<_> = of_rule(&findings, "CG100")
        .into_iter()
        .filter(|f| f["message"].as_str().unwrap().contains("across sources"))
        .collect();
    assert_eq!(across.len(), 1, "{findings:#?}");
    assert_eq!(texts(across[0]), ["40 people", "4 people"]);
}

#[test]
fn a_cue_of_another_clause_or_another_figure_is_not_the_count_s() {
    // "Twelve people were rescued and dozens remain missing": the missing
    // are the dozens; "150 people, including 20 wounded soldiers": the
    // wounded are the 20. Each had been set against the other article's
    // missing and wounded.
    let (code, findings) = check("other-clauses", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    let agree = of_rule(&findings, "CG400");
    assert_eq!(agree.len(), 1, "{findings:#?}");
    assert_eq!(texts(agree[0]), ["Forty-one people", "At least 41 people"]);
    assert_eq!(code, 0);
}

#[test]
fn a_toll_with_the_attacker_in_it_is_not_the_victims_toll() {
    // "A gunman killed five people" and "six people, including the gunman,
    // died" agree; a third report of seven, including the gunman,
    // contradicts the six, not the five.
    let (code, findings) = check("with-the-attacker", &[]);
    let c = of_rule(&findings, "CG100");
    assert_eq!(c.len(), 1, "{findings:#?}");
    assert_eq!(texts(c[0]), ["Seven people", "Six people"]);
    assert!(c[0]["message"]
        .as_str()
        .unwrap()
        .contains("people including the gunman killed"));
    assert_eq!(code, 1);
}

#[test]
fn a_past_toll_after_a_record_s_year_and_a_speaker_s_day_are_not_today_s() {
    // "the worst accident since 2011, when 42 people were killed" is 2011's
    // toll (it had taken Sunday's from the sentence before), and "injuring
    // 64, the ministry said on Monday" is Sunday's crash, not Monday's (it
    // had contradicted Monday's bus crash).
    let (code, findings) = check("since-when", &[]);
    assert!(of_rule(&findings, "CG100").is_empty(), "{findings:#?}");
    let agree = of_rule(&findings, "CG400");
    assert_eq!(agree.len(), 2, "{findings:#?}");
    assert!(agree
        .iter()
        .all(|f| f["event"].as_str().unwrap().contains("2026-07-19")));
    assert_eq!(code, 0);
}

#[test]
fn a_figure_the_article_says_was_replaced_is_compared_with_nothing() {
    // "The ministry first said 30 people were killed, then revised the
    // figure to 25" had contradicted the article's own 25 and agreed with
    // another article's 30; a correction note's "an earlier version of this
    // article said 52" had dated the strike a fourth time.
    let (code, findings) = check("outdated", &[]);
    let contradictions = of_rule(&findings, "CG100");
    assert!(
        contradictions.iter().all(|f| !f["message"]
            .as_str()
            .unwrap()
            .contains("inside one article")),
        "{findings:#?}"
    );
    // The radio's 30 against the 25 of the others: still told.
    assert_eq!(contradictions.len(), 2, "{findings:#?}");
    assert!(contradictions.iter().all(|f| f["claims"][0]["path"]
        .as_str()
        .unwrap()
        .ends_with("radio.md")
        || f["claims"][1]["path"]
            .as_str()
            .unwrap()
            .ends_with("radio.md")));
    let agree = of_rule(&findings, "CG400");
    assert_eq!(agree.len(), 1, "{findings:#?}");
    assert!(texts(agree[0]).iter().all(|t| t == "25 people"));
    let dated = of_rule(&findings, "CG401");
    assert_eq!(dated.len(), 1, "{findings:#?}");
    assert_eq!(dated[0]["claims"].as_array().unwrap().len(), 3);
    assert_eq!(code, 1);
}

#[test]
fn a_rate_is_no_toll() {
    // "An average of 12 people a day have been killed this week" had
    // agreed with "On Monday, 12 people were killed": a rate counts each
    // day of a period, not one day, nor all of them.
    let (code, findings) = check("rates", &[]);
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn no_one_killed_is_a_count_of_zero() {
    // "No one was killed when a drone hit a school" against "killing two
    // people": both of the school on Monday, and they cannot both hold.
    let (code, findings) = check("no-one", &[]);
    let contradictions = of_rule(&findings, "CG100");
    assert_eq!(contradictions.len(), 1, "{findings:#?}");
    let mut spans = texts(contradictions[0]);
    spans.sort();
    assert_eq!(spans, ["No one", "two people"]);
    assert_eq!(code, 1);
}

#[test]
fn a_second_object_shares_the_verb_and_only_it() {
    // "Shelling killed 40 people last week, and 9 people on Monday": the
    // nine were killed on Monday, against the wire's 12 (the count had no
    // metric). "killed 12 people on Tuesday, and 30 people in the city
    // were evacuated": the 30 were not killed (they had been).
    let (code, findings) = check("second-object", &[]);
    let contradictions = of_rule(&findings, "CG100");
    assert_eq!(contradictions.len(), 1, "{findings:#?}");
    let mut spans = texts(contradictions[0]);
    spans.sort();
    assert_eq!(spans, ["12 people", "9 people"]);
    assert!(contradictions[0]["event"]
        .as_str()
        .unwrap()
        .contains("Valmora"));
    assert!(
        findings
            .iter()
            .all(|f| !texts(f).contains(&"30 people".to_string())),
        "{findings:#?}"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_dateline_dates_nothing() {
    // "VALMORA, June 8 (Wire A) -" and "HARBOURTON, June 8 (Radio D) -"
    // had dated Sunday's strike to June 8 as well: a dateline tells when
    // the story was filed.
    let (code, findings) = check("datelines", &[]);
    let dated = of_rule(&findings, "CG401");
    assert_eq!(dated.len(), 1, "{findings:#?}");
    assert!(dated[0]["event"].as_str().unwrap().contains("2026-06-07"));
    assert!(findings
        .iter()
        .all(|f| !f["event"].as_str().unwrap_or("").contains("2026-06-08")));
    assert_eq!(code, 0);
}

#[test]
fn extract_shows_an_outdated_figure_and_why() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .arg("extract")
            .args(args)
            .arg(format!("{FIXTURES}/outdated/wire.md"))
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let v: Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    let claims = v["documents"][0]["claims"].as_array().unwrap();
    let outdated: Vec<(&str, &str)> = claims
        .iter()
        .filter_map(|c| Some((c["text"].as_str()?, c["outdated"].as_str()?)))
        .collect();
    assert_eq!(
        outdated,
        [
            ("30 people", "first said"),
            ("12 injured", "initially reported")
        ]
    );
    // The article's own 25 is no outdated figure: the field is left out.
    let own = claims.iter().find(|c| c["text"] == "25 people").unwrap();
    assert!(own.get("outdated").is_none(), "{own:#?}");
    let explained = run(&["--explain"]);
    assert!(
        explained.contains(
            "= outdated (“first said”): its sentence says it was given before and replaced"
        ),
        "{explained}"
    );
}

#[test]
fn a_party_to_the_fighting_is_a_source_to_verify() {
    // "The army said its troops killed 40 militants": a side's own
    // account, which no other source gives, is unverified as a "claimed"
    // figure is; the air force's 20 drones, which a governor gives too,
    // are backed; a military analyst is no party.
    let (code, findings) = check("party-sources", &[]);
    let unverified = of_rule(&findings, "CG300");
    let with = |text: &str| {
        unverified
            .iter()
            .find(|f| texts(f).contains(&text.to_string()))
            .copied()
    };
    let army = with("40 militants").expect("the army's figure");
    assert!(army["why"]
        .as_str()
        .unwrap()
        .contains("army (a party to the fighting)"));
    assert!(army["message"]
        .as_str()
        .unwrap()
        .ends_with("(The army said)"));
    // "met army commanders, who told him that": the commanders speak.
    let commanders = with("80%").expect("the commanders' figure");
    assert!(commanders["message"]
        .as_str()
        .unwrap()
        .ends_with("(army commanders told)"));
    // "…, the mayor claimed.": a closing verb hedges what it reports.
    let mayor = with("25 fighters").expect("the mayor's claim");
    assert!(mayor["why"].as_str().unwrap().contains("“claimed”"));
    // "…, and the army claimed that 30 drones": not the two years before.
    let drones = with("30 drones").expect("the army's drones");
    assert!(
        !texts(drones).contains(&"two years".to_string()),
        "{drones:#?}"
    );
    // Police commanders are no party to the fighting, and the army's and
    // the navy's figures from a flood are no side's account of a war.
    for text in [
        "20 of 25 drones",
        "12 soldiers",
        "30 protesters",
        "1,200 people",
        "40 boats",
    ] {
        assert!(with(text).is_none(), "{text}: {findings:#?}");
    }
    // The same number of the same things in the same place on the same
    // day, under another verb ("launched 147 drones at Kharkiv", "of the
    // 147 drones sent at Kharkiv"), backs the air force's figure; 60
    // drones at Lviv do not back 60 at Odesa.
    assert!(with("147 drones").is_none(), "{findings:#?}");
    assert!(with("60 drones").is_some(), "{findings:#?}");
    assert_eq!(unverified.len(), 5, "{findings:#?}");
    assert_eq!(code, 0);
}

#[test]
fn a_party_repeated_by_many_articles_is_one_voice() {
    // Three articles give the army's 40 militants (one as "…, the army
    // said, in the latest fighting", set off by commas): they agree, but
    // the army's account counts once, so each stays unverified and the
    // agreement says it is not independent. The air force's 25 drones,
    // which a governor gives too, are backed: two voices in three articles.
    // The military's 12 missiles and the air force's are one side's
    // account twice, not two voices.
    let (code, findings) = check("party-echoes", &[]);
    let unverified = of_rule(&findings, "CG300");
    assert_eq!(unverified.len(), 5, "{findings:#?}");
    for f in &unverified {
        let text = &texts(f)[0];
        assert!(
            text.ends_with("militants") || text == "12 missiles",
            "{f:#?}"
        );
        let why = f["why"].as_str().unwrap();
        assert!(
            why.contains("only as the account of a party to the fighting"),
            "{why}"
        );
    }
    let agree = of_rule(&findings, "CG400");
    let agreement = |on: &str| {
        agree
            .iter()
            .copied()
            .find(|f| texts(f).iter().any(|t| t.ends_with(on)))
            .unwrap_or_else(|| panic!("no agreement on {on}: {findings:#?}"))
    };
    let militants = agreement("militants");
    assert!(militants["message"]
        .as_str()
        .unwrap()
        .ends_with("(not independent: all give the account of the army)"));
    assert_eq!(militants["independent_sources"], 1);
    let drones = agreement("drones");
    assert_eq!(texts(drones).len(), 3, "{drones:#?}");
    assert_eq!(drones["independent_sources"], 2);
    assert!(drones["why"].as_str().unwrap().contains("counts once"));
    let missiles = agreement("missiles");
    assert!(missiles["message"]
        .as_str()
        .unwrap()
        .ends_with("(not independent: all give the account of the air force and the military)"));
    assert!(missiles["why"]
        .as_str()
        .unwrap()
        .contains("parties to the fighting"));
    assert_eq!(code, 0);
}
