//! Bad input: every case exits with status 2 and a message that names the
//! file (and line, and rule, where there is one); none panics.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli_errors")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

/// Asserts exit status 2, no panic, and that stderr holds every `needle`.
fn fails_with(out: &Output, needles: &[&str]) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(!err.contains("panicked"), "panic: {err}");
    for n in needles {
        assert!(err.contains(n), "stderr lacks {n:?}: {err}");
    }
}

const RULE_HEAD: &str = "[[rule]]\nid = \"my.count\"\ndescription = \"d\"\nkind = \"count\"\n";

#[test]
fn missing_file() {
    let out = run(&["extract", "no/such/article.txt"]);
    fails_with(&out, &["no/such/article.txt", "no such file"]);
}

#[test]
fn folder_of_binaries() {
    let dir = scratch("binaries");
    write(&dir, "a.bin", [0u8, 1, 2, 3]);
    write(&dir, "b.png", [0x89u8, b'P', b'N', b'G', 0]);
    let out = run(&["extract", dir.to_str().unwrap()]);
    fails_with(&out, &[dir.to_str().unwrap(), "no articles found"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("skipped: a.bin, b.png"),
        "skipped files are named: {err}"
    );
}

#[test]
fn binary_article() {
    let dir = scratch("binary-article");
    let p = write(&dir, "x.txt", b"Four people\0 were hurt");
    fails_with(
        &run(&["extract", p.to_str().unwrap()]),
        &["x.txt", "binary file"],
    );
}

#[test]
fn invalid_utf8_names_line() {
    let dir = scratch("utf8");
    let p = write(&dir, "bad.txt", b"First line.\nSecond \xff line.\n");
    fails_with(
        &run(&["extract", p.to_str().unwrap()]),
        &["bad.txt:2:8", "invalid UTF-8"],
    );
}

#[test]
fn malformed_manifest() {
    let dir = scratch("manifest");
    let m = write(
        &dir,
        "corpus.toml",
        "[[article]]\npath = \"a.txt\"\npublished = 2025-03-24\nextra = 1\n",
    );
    write(&dir, "a.txt", "Text.");
    fails_with(
        &run(&["extract", "--manifest", m.to_str().unwrap()]),
        &["corpus.toml:", "unknown field `extra`"],
    );
    let m = write(&dir, "broken.toml", "[[article]\npath = 1\n");
    fails_with(
        &run(&["extract", "--manifest", m.to_str().unwrap()]),
        &["broken.toml:1"],
    );
}

#[test]
fn manifest_naming_a_missing_file() {
    let dir = scratch("manifest-missing");
    let m = write(&dir, "corpus.toml", "[[article]]\npath = \"a.txt\"\npublished = \"2025-03-24\"\n\n[[article]]\npath = \"gone.txt\"\n");
    write(&dir, "a.txt", "Text.");
    fails_with(
        &run(&["extract", "--manifest", m.to_str().unwrap()]),
        &["corpus.toml:5", "`gone.txt` does not exist"],
    );
}

#[test]
fn manifest_impossible_date() {
    let dir = scratch("manifest-date");
    let m = write(
        &dir,
        "corpus.toml",
        "[[article]]\npath = \"a.txt\"\npublished = \"2025-02-30\"\n",
    );
    write(&dir, "a.txt", "Text.");
    fails_with(
        &run(&["extract", "--manifest", m.to_str().unwrap()]),
        &["corpus.toml:3", "not a day of the calendar"],
    );
}

#[test]
fn front_matter_errors_name_the_line() {
    let dir = scratch("front-matter");
    let p = write(
        &dir,
        "a.md",
        "---\ntitle: Talks\ndate: 2025-02-30\n---\nBody.\n",
    );
    fails_with(
        &run(&["extract", p.to_str().unwrap()]),
        &["a.md:3", "not a day of the calendar"],
    );
    let p = write(&dir, "b.md", "---\ntitle: Talks\n");
    fails_with(
        &run(&["extract", p.to_str().unwrap()]),
        &["b.md:1", "never closed"],
    );
    let p = write(
        &dir,
        "c.md",
        "+++\ndate = \"2025-03-01\"\ntitle = \n+++\nBody.\n",
    );
    fails_with(
        &run(&["extract", p.to_str().unwrap()]),
        &["c.md:3", "invalid TOML front matter"],
    );
}

#[test]
fn bad_date_flag() {
    let out = run(&["extract", "--date", "2025-13-01", "README.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--date"));
}

fn rules_error(name: &str, pack: &str, needles: &[&str]) {
    let dir = scratch(name);
    write(&dir, "pack.toml", pack);
    let article = write(&dir, "a.txt", "Two people were hurt.");
    let out = run(&[
        "extract",
        "--rules",
        dir.to_str().unwrap(),
        article.to_str().unwrap(),
    ]);
    fails_with(&out, needles);
}

#[test]
fn rule_pack_bad_toml() {
    rules_error(
        "rule-toml",
        "[[rule]\nid = 1\n",
        &["pack.toml:1", "invalid rule pack"],
    );
}

#[test]
fn rule_pack_unit_worth_nothing() {
    rules_error(
        "rule-worth",
        "[[unit]]\nname = \"USD\"\nclass = \"money\"\nwords = [\"quids\"]\nworth = -1\n",
        &["pack.toml:1", "`worth` must be a positive number"],
    );
}

#[test]
fn rule_pack_holiday_on_an_unknown_calendar() {
    rules_error(
        "rule-calendar",
        "[[holiday]]\nname = \"Sol 1\"\ncalendar = \"martian\"\nmonth = 1\nday = 1\n",
        &["pack.toml:1", "unknown calendar `martian`"],
    );
}

#[test]
fn rule_pack_holiday_with_a_bad_moment() {
    rules_error(
        "rule-at",
        "[[holiday]]\nname = \"Diwali\"\ncalendar = \"hindu\"\nmonth = 7\nday = 30\nat = \"dusk\"\n",
        &["pack.toml:1", "unknown `at` `dusk`"],
    );
    rules_error(
        "rule-at-gregorian",
        "[[holiday]]\nname = \"Fête\"\nmonth = 7\nday = 14\nat = \"evening\"\n",
        &["pack.toml:1", "`at` is for the `hindu` calendar"],
    );
    rules_error(
        "rule-tithi",
        "[[holiday]]\nname = \"Diwali\"\ncalendar = \"hindu\"\nmonth = 7\nday = 31\n",
        &["pack.toml:1", "needs a valid `month` and `day`"],
    );
}

#[test]
fn rule_pack_holiday_with_a_bad_date() {
    rules_error(
        "rule-dates",
        "[[holiday]]\nname = \"Polling Day\"\ndates = [\"2024-13-01\"]\n",
        &["pack.toml:1", "`2024-13-01` is not a date"],
    );
}

#[test]
fn rule_pack_holiday_with_an_unknown_shift() {
    rules_error(
        "rule-shift",
        "[[holiday]]\nname = \"Boss's Day\"\nmonth = 10\nday = 16\nshift = \"sideways\"\n",
        &["pack.toml:1", "unknown shift `sideways`"],
    );
    rules_error(
        "rule-shift-easter",
        "[[holiday]]\nname = \"Easter Friday\"\neaster_offset = 5\nshift = \"nearest-weekday\"\n",
        &["pack.toml:1", "`shift` is for a fixed `month` and `day`"],
    );
}

#[test]
fn rule_pack_holiday_with_a_bad_region() {
    rules_error(
        "rule-region",
        "[[holiday]]\nname = \"Labour Day\"\nregions = [\"Canada\"]\nmonth = 9\nweekday = \"monday\"\nnth = 1\n",
        &["pack.toml:1", "region `Canada` is not a country code"],
    );
}

#[test]
fn rule_pack_unknown_key() {
    let pack = format!("{RULE_HEAD}patterns = ['x']\nflavour = \"mint\"\n");
    rules_error(
        "rule-key",
        &pack,
        &["pack.toml:6", "unknown field `flavour`"],
    );
}

#[test]
fn rule_pack_invalid_regex() {
    let pack = format!("{RULE_HEAD}patterns = ['(?P<number>\\d+']\n[[rule.examples]]\ntext = \"2 people\"\nspan = \"2 people\"\n");
    rules_error(
        "rule-regex",
        &pack,
        &["pack.toml:5", "rule `my.count`", "invalid pattern"],
    );
}

#[test]
fn rule_pack_duplicate_id() {
    let pack = "[[rule]]\nid = \"count.noun\"\ndescription = \"d\"\nkind = \"count\"\npatterns = ['x']\n[[rule.examples]]\ntext = \"x\"\nspan = \"x\"\n";
    rules_error(
        "rule-dup",
        pack,
        &[
            "pack.toml:1",
            "rule `count.noun`",
            "duplicate rule id",
            "rules/counts.toml",
        ],
    );
}

#[test]
fn rule_pack_failing_example() {
    let pack = format!(
        "{RULE_HEAD}patterns = ['''\\b(?P<number>\\d+)\\s+(?P<unit>{{UNIT}})''']\n\n[[rule.examples]]\ntext = \"Officials said 7 people were hurt.\"\nspan = \"7 people\"\nvalue = 8\n"
    );
    rules_error(
        "rule-example",
        &pack,
        &[
            "pack.toml:7",
            "rule `my.count`",
            "example does not hold",
            "value=8",
        ],
    );
}

#[test]
fn rule_pack_unknown_fragment_and_kind() {
    let pack = format!(
        "{RULE_HEAD}patterns = ['{{NOPE}}']\n[[rule.examples]]\ntext = \"x\"\nspan = \"x\"\n"
    );
    rules_error(
        "rule-fragment",
        &pack,
        &["pack.toml:5", "unknown fragment `{NOPE}`"],
    );
    let pack = "[[rule]]\nid = \"my.x\"\ndescription = \"d\"\nkind = \"weight\"\npatterns = ['x']\n[[rule.examples]]\ntext = \"x\"\nspan = \"x\"\n";
    rules_error("rule-kind", pack, &["pack.toml:2", "unknown kind `weight`"]);
}

#[test]
fn a_working_user_pack_adds_claims() {
    let dir = scratch("rule-ok");
    write(
        &dir,
        "sirens.toml",
        "[[rule]]\nid = \"my.sirens\"\ndescription = \"Air-raid alerts.\"\nkind = \"count\"\nunit = \"alerts\"\npatterns = ['''\\b(?P<number>{NUMBER})\\s+air[\\s-]raid\\s+alerts\\b''']\n\n[[rule.examples]]\ntext = \"Kyiv had 14 air-raid alerts in May.\"\nspan = \"14 air-raid alerts\"\nvalue = 14\n",
    );
    let article = write(&dir, "a.txt", "The city had 14 air raid alerts overnight.");
    let out = run(&[
        "extract",
        "--rules",
        dir.to_str().unwrap(),
        "--date",
        "2025-05-02",
        "--format",
        "jsonl",
        article.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\"rule\":\"my.sirens\""), "{stdout}");
}
