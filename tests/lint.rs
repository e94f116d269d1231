//! `claimgraph lint` on a small news repository (tests/fixtures/newsroom):
//! Markdown with front matter, HTML with JSON-LD, NITF, JSON Lines, a
//! config, a .gitignore, inline suppressions; every output format, the
//! exit codes, baselines, and errors in config and front matter.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn newsroom() -> PathBuf {
    common::root().join("tests/fixtures/newsroom")
}

/// Runs `claimgraph` in `dir` (so the config is discovered there).
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .current_dir(dir)
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// A copy of the newsroom to change freely.
fn copy_of_newsroom(name: &str) -> PathBuf {
    let to = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("lint")
        .join(name);
    let _ = std::fs::remove_dir_all(&to);
    copy_dir(&newsroom(), &to);
    to
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)))
}

fn rules_of(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn finds_across_formats_and_honours_config_and_gitignore() {
    let o = run_in(&newsroom(), &["lint", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "an error-level finding fails the run"
    );
    let report = json(&o);
    let rules = rules_of(&report);
    assert!(rules.contains(&"CG100".to_string()), "{rules:?}");
    assert_eq!(
        rules.iter().filter(|r| *r == "CG101").count(),
        2,
        "the NITF toll supersedes both counts"
    );
    let text = stdout(&o);
    assert!(
        !text.contains("scratch/"),
        ".gitignore'd files are not read"
    );
    assert!(!text.contains("archive/"), "excluded globs are not read");
    assert!(text.contains("2026-03-02-harbourton.html"));
    assert!(text.contains("wire.jsonl#valmora-claim"));
    // The config turned CG401 to info (its default) and kept the rest.
    assert_eq!(report["suppressed"], 1);
    let notices = report["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0]["rule"], "CG900");
    assert_eq!(notices[0]["line"], 14);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("figures.csv: skipped"),
        "unknown files are skipped with a note: {stderr}"
    );
    assert!(
        !stderr.contains("towns.toml"),
        "the config's rule pack is not an article"
    );
}

#[test]
fn human_output_has_no_colour_off_a_terminal() {
    let o = run_in(&newsroom(), &["lint"]);
    let text = stdout(&o);
    assert!(text.contains("error[CG100]: contradiction"));
    assert!(
        !text.contains('\x1b'),
        "no escape codes when stdout is not a terminal"
    );
    assert!(text.contains("(1 suppressed inline, 0 accepted in the baseline)"));
}

#[test]
fn exit_codes() {
    assert_eq!(
        run_in(&newsroom(), &["lint", "--exit-zero"]).status.code(),
        Some(0)
    );
    // Without the contradiction, warnings fail only when asked.
    let dir = copy_of_newsroom("exit-codes");
    std::fs::remove_file(dir.join("articles/2026-03-02-harbourton.html")).unwrap();
    assert_eq!(run_in(&dir, &["lint"]).status.code(), Some(0));
    assert_eq!(
        run_in(&dir, &["lint", "--fail-on", "warning"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run_in(&dir, &["lint", "--fail-on", "info"]).status.code(),
        Some(1)
    );
    assert_eq!(
        run_in(&dir, &["lint", "no/such/dir"]).status.code(),
        Some(2)
    );
}

#[test]
fn github_annotations() {
    let o = run_in(&newsroom(), &["lint", "--format", "github"]);
    let text = stdout(&o);
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("::error file=articles/2026-03-02-harbourton.md,line=9,col=31,endLine=9,endColumn=40,title=CG100 value-contradiction::"), "{first}");
    assert!(text.lines().any(|l| l.starts_with("::notice file=")));
    assert!(text.lines().any(|l| l.starts_with(
        "::warning file=articles/2026-03-02-harbourton.md,line=14,col=1,title=CG900"
    )));
    assert!(
        text.lines().all(|l| l.starts_with("::")),
        "one command per line (newlines escaped)"
    );
}

#[test]
fn json_lines() {
    let o = run_in(&newsroom(), &["lint", "--format", "jsonl"]);
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 6);
    assert!(lines
        .iter()
        .all(|l| l["schema_version"] == 1 && l["rule"].is_string()));
}

#[test]
fn sarif_has_rules_locations_and_related_locations() {
    let o = run_in(&newsroom(), &["lint", "--format", "sarif"]);
    let sarif = json(&o);
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"CG100") && rules.contains(&"CG900"));
    let contradiction = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "CG100")
        .unwrap();
    assert_eq!(contradiction["level"], "error");
    assert_eq!(
        contradiction["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "articles/2026-03-02-harbourton.md"
    );
    let related = &contradiction["relatedLocations"][0]["physicalLocation"];
    assert_eq!(
        related["artifactLocation"]["uri"],
        "articles/2026-03-02-harbourton.html"
    );
    assert_eq!(related["region"]["startLine"], 14);
    assert!(contradiction["partialFingerprints"]["claimgraph/v1"].is_string());
}

#[test]
fn sarif_validates_against_the_schema() {
    let Some(shared) = common::shared("sarif_validates_against_the_schema") else {
        return;
    };
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("schemas/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("the SARIF schema compiles");
    for dir in [
        newsroom(),
        common::root().join("tests/fixtures/check/derived"),
    ] {
        let o = run_in(
            &newsroom(),
            &["lint", "--format", "sarif", dir.to_str().unwrap()],
        );
        let sarif = json(&o);
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "SARIF does not validate: {errors:#?}");
    }
}

#[test]
fn baseline_accepts_findings_and_survives_edits() {
    let dir = copy_of_newsroom("baseline");
    let o = run_in(&dir, &["lint", "--write-baseline", "baseline.toml"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = std::fs::read_to_string(dir.join("baseline.toml")).unwrap();
    assert!(text.contains("rule = \"CG100\""));
    assert!(
        !dir.read_dir().unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".tmp-")),
        "no temporary file left"
    );
    let o = run_in(
        &dir,
        &["lint", "--baseline", "baseline.toml", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(0));
    let report = json(&o);
    assert!(
        report["findings"].as_array().unwrap().is_empty(),
        "{report:#}"
    );
    assert!(report["baselined"].as_u64().unwrap() >= 5);
    // Editing the article (its lines move) does not bring them back.
    let md = dir.join("articles/2026-03-02-harbourton.md");
    let edited = std::fs::read_to_string(&md).unwrap().replace(
        "# Strike on Harbourton\n",
        "# Strike on Harbourton\n\nUpdated with reaction.\n\nMore reaction followed.\n",
    );
    std::fs::write(&md, edited).unwrap();
    let o = run_in(
        &dir,
        &["lint", "--baseline", "baseline.toml", "--format", "json"],
    );
    assert!(json(&o)["findings"].as_array().unwrap().is_empty());
    // A new contradiction is reported.
    std::fs::write(
        dir.join("articles/late.md"),
        "---\ndate: 2026-03-02\n---\nA strike on Harbourton killed 40 people on Monday.\n",
    )
    .unwrap();
    let o = run_in(
        &dir,
        &["lint", "--baseline", "baseline.toml", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(rules_of(&json(&o)).contains(&"CG100".to_string()));
}

#[test]
fn malformed_config_and_front_matter_name_file_and_line() {
    let dir = copy_of_newsroom("bad-config");
    std::fs::write(
        dir.join("claimgraph.toml"),
        "rules = [\"rules\"]\nfail_on = \"error\"\n",
    )
    .unwrap();
    let o = run_in(&dir, &["lint"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("claimgraph.toml:2:1") && err.contains("unknown field `fail_on`"),
        "{err}"
    );

    let dir = copy_of_newsroom("bad-front-matter");
    std::fs::write(
        dir.join("articles/broken.md"),
        "---\ntitle: Broken\ndate: 2026-02-30\n---\nText.\n",
    )
    .unwrap();
    let o = run_in(&dir, &["lint"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("articles/broken.md:3") && err.contains("not a day of the calendar"),
        "{err}"
    );
}

#[test]
fn output_file_is_written_whole() {
    let dir = copy_of_newsroom("output");
    let o = run_in(
        &dir,
        &["lint", "--format", "sarif", "--output", "report.sarif"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.sarif")).unwrap()).unwrap();
    assert_eq!(report["version"], "2.1.0");
}

#[test]
fn a_draft_checked_against_published_articles() {
    let dir = copy_of_newsroom("draft");
    std::fs::write(
        dir.join("draft.md"),
        "---\ndate: 2026-03-02\n---\nA strike on Harbourton killed 30 people on Monday.\n\nThe mayor reportedly resigned on Monday.\n",
    )
    .unwrap();
    let o = run_in(
        &dir,
        &[
            "check",
            "draft.md",
            "--against",
            "articles",
            "--rules",
            "rules",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let report = json(&o);
    for f in report["findings"].as_array().unwrap() {
        assert!(
            f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["path"] == "draft.md"),
            "only findings about the draft: {f:#}"
        );
    }
    let contradictions: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "CG100")
        .collect();
    // Against 12 and 20 of the same day, and against the next day's toll of
    // 25: a cumulative count does not fall.
    assert_eq!(
        contradictions.len(),
        3,
        "the draft's 30 against each published count"
    );
    assert!(
        rules_of(&report).contains(&"CG300".to_string()),
        "the draft's hedged claim lacks support"
    );
}

#[test]
fn completions() {
    let o = run_in(&newsroom(), &["completions", "bash"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("claimgraph"));
}

#[test]
fn output_snapshots() {
    let settings = common::snapshot_settings(None);
    for (format, name) in [
        ("human", "newsroom__lint_human"),
        ("github", "newsroom__lint_github"),
        ("sarif", "newsroom__lint_sarif"),
    ] {
        let o = run_in(&newsroom(), &["lint", "--format", format]);
        let text = stdout(&o);
        settings.bind(|| insta::assert_snapshot!(name, text));
    }
}
