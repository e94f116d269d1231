//! `claimgraph eval` on cases written for this test (tests/fixtures/eval),
//! and, when the shared data is there, on the peers' suites with the
//! recorded figures as a guard (the same run as .ci/run's).

mod common;

use claimgraph::eval::{cases, evaluate, guard::Recorded, Outcome};
use std::path::Path;

#[test]
fn own_cases_score_as_expected() {
    let dir = common::root().join("tests/fixtures/eval");
    let files = cases::load(&dir).unwrap();
    let rules = claimgraph::rules::compile_only(&[]).unwrap();
    let eval = evaluate(&files, &rules);
    let outcome = |id: &str| {
        let r = eval.results.iter().find(|r| r.id == id).unwrap();
        (
            r.outcome,
            r.conventions
                .iter()
                .map(|c| claimgraph::eval::convention_name(*c))
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(outcome("own-1"), (Outcome::Match, vec![]));
    assert_eq!(
        outcome("own-2"),
        (Outcome::Match, vec!["hedge-interval".to_string()])
    );
    // Duckling would read "on Monday" forward; claimgraph reads it back.
    assert_eq!(
        outcome("own-3"),
        (Outcome::Match, vec!["past-reading".to_string()])
    );
    assert_eq!(outcome("own-4").0, Outcome::ValueMismatch);
    assert_eq!(outcome("own-5"), (Outcome::Match, vec![]));
    // A number suite runs with --numbers: "three" is read though it counts
    // nothing a rule knows.
    assert_eq!(outcome("own-6"), (Outcome::Match, vec![]));
    // A time of day is outside the claim model: "tonight" is read, "8 p.m."
    // is not.
    assert_eq!(outcome("own-10").0, Outcome::Miss);
    assert_eq!(
        outcome("own-11"),
        (Outcome::Match, vec!["zero-floor".to_string()])
    );
    // The 59 days up to publication, where the peer has January and
    // February.
    assert_eq!(
        outcome("own-12"),
        (Outcome::Match, vec!["rolling-window".to_string()])
    );
    // A phone number is no claim; "today" is a date, not the number the
    // suite says is absent.
    assert_eq!(outcome("own-7").0, Outcome::Clean);
    assert_eq!(outcome("own-8").0, Outcome::FalsePositive);
    assert_eq!(outcome("own-9"), (Outcome::Match, vec![]));
    // "late last month" is February's last third where the peer takes its
    // second half; "by the end of the month" is a deadline to the peer,
    // from publication on, and no share of the month.
    assert_eq!(
        outcome("own-13"),
        (Outcome::Match, vec!["period-part".to_string()])
    );
    assert_eq!(outcome("own-14").0, Outcome::ValueMismatch);
    // "since March 11" and "until 2026" claim the anchoring date where the
    // peer gives the open period; with no anchoring word ("on March 11")
    // an open period is not the date.
    let anchor = vec!["anchor-date".to_string()];
    assert_eq!(outcome("own-15"), (Outcome::Match, anchor.clone()));
    assert_eq!(outcome("own-16"), (Outcome::Match, anchor));
    assert_eq!(outcome("own-17").0, Outcome::ValueMismatch);
    // "after March 11" begins on the 12th; the peer begins on the 11th.
    assert_eq!(
        outcome("own-18"),
        (Outcome::Match, vec!["after-excludes".to_string()])
    );
    // "the upcoming two weeks" from publication, where Duckling takes the
    // second calendar week.
    assert_eq!(
        outcome("own-19"),
        (Outcome::Match, vec!["next-units".to_string()])
    );
    // The same for quarters, which Duckling gives as a range: the peer's
    // one quarter (the third) ends less than a quarter from the window's
    // end. Two of them, the third and the fourth, are no reading of it.
    assert_eq!(
        outcome("own-24"),
        (Outcome::Match, vec!["next-units".to_string()])
    );
    assert_eq!(outcome("own-25").0, Outcome::ValueMismatch);
    // The first week wholly in January 2015 (5-11 January), where the
    // peer has ISO week 1 (29 December to 4 January); a week further off
    // is no reading of it.
    assert_eq!(
        outcome("own-26"),
        (Outcome::Match, vec!["whole-weeks".to_string()])
    );
    assert_eq!(outcome("own-27").0, Outcome::ValueMismatch);
    // A quantity case whose every item is a bare number (quantulum3's
    // dimensionless quantities) tests numbers as such: run as --numbers
    // runs, "42" with no noun is read.
    assert_eq!(outcome("own-28"), (Outcome::Match, vec![]));
    // A weekday alone read back is the last one: a Thursday six weeks
    // before the peer's holiday is no reading of "Covenant Thursday"; a
    // weekday with its date is the last such day, months back.
    assert_eq!(outcome("own-29").0, Outcome::ValueMismatch);
    assert_eq!(
        outcome("own-30"),
        (Outcome::Match, vec!["past-reading".to_string()])
    );
    // A night runs into the next morning: "last night" holds the peer's
    // evening of the day before publication, not one of another night.
    assert_eq!(
        outcome("own-31"),
        (Outcome::Match, vec!["night".to_string()])
    );
    assert_eq!(outcome("own-32").0, Outcome::ValueMismatch);
    // "after 2014" begins in 2015, where Duckling begins on 1 January 2014.
    assert_eq!(
        outcome("own-33"),
        (Outcome::Match, vec!["after-excludes".to_string()])
    );
    // A peer's end at a time of day (11:01) falls in its own day: the
    // hours of 12 March are 12 March, matched as such.
    assert_eq!(outcome("own-34"), (Outcome::Match, vec![]));
    // A parser's own spec names only what that parser reads: a period
    // parser's "nothing here" says nothing of the one day "in two weeks"
    // names in a clause about the future; a date parser's does.
    assert_eq!(outcome("own-20").0, Outcome::Clean);
    assert_eq!(outcome("own-21").0, Outcome::FalsePositive);
    // Temperatures are a model of their own: "100° Celsius" is nothing
    // for a dimension model to find, and all a temperature model's.
    assert_eq!(outcome("own-22").0, Outcome::Clean);
    assert_eq!(outcome("own-23").0, Outcome::FalsePositive);
    assert_eq!(
        (eval.all.cases, eval.all.matched, eval.all.negatives),
        (28, 20, 6)
    );
    assert_eq!(eval.all.false_positives, 3);
    // The guard: the same figures hold; a drop of more than a point fails.
    let now = Recorded::of(&eval);
    assert!(now.regressions(&now).is_empty());
    let mut better = now.clone();
    *better.accuracy.get_mut("core").unwrap() += 1.5;
    assert_eq!(
        better.regressions(&now).len(),
        1,
        "{:?}",
        better.regressions(&now)
    );
    let mut slightly = now.clone();
    *slightly.accuracy.get_mut("core").unwrap() += 0.9;
    assert!(slightly.regressions(&now).is_empty());
}

#[test]
fn bad_case_files_name_the_line() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("eval-bad");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("x.jsonl"), "{\"id\": \"a\"}\n").unwrap();
    let err = cases::load(&dir).unwrap_err().to_string();
    assert!(
        err.contains("x.jsonl:1") && err.contains("not a peer case"),
        "{err}"
    );
}

/// The peers' suites, guarded by tests/eval-recorded.toml.
#[test]
fn peer_suites_hold_the_recorded_accuracy() {
    let Some(shared) = common::shared("peer_suites_hold_the_recorded_accuracy") else {
        return;
    };
    let peers = shared.join("eval/peers");
    assert!(peers.is_dir(), "{} is missing", peers.display());
    let files = cases::load(&peers).unwrap();
    let rules = claimgraph::rules::compile_only(&[]).unwrap();
    let eval = evaluate(&files, &rules);
    let recorded = Recorded::load(&common::root().join("tests/eval-recorded.toml")).unwrap();
    let regressions = recorded.regressions(&Recorded::of(&eval));
    assert!(regressions.is_empty(), "{regressions:#?}");
    eprintln!(
        "peer suites: core {:.1}% of {} positive cases; {:.1}% of {} negative cases with a claim",
        eval.core.accuracy(),
        eval.core.cases,
        eval.core.false_positive_rate(),
        eval.core.negatives
    );
}
