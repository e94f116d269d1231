//! The bad-input suite of docs/RELIABILITY.md: each case runs the binary on
//! a file a news repository might hold and asserts the exact exit status,
//! that nothing panicked, and that the message names the file (and line,
//! where there is one). Every case here is listed in that document.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("bad_input")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Asserts the exit status, no panic, and that stderr holds every needle.
fn expect(out: &Output, status: i32, needles: &[&str]) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "panic: {err}");
    assert_eq!(out.status.code(), Some(status), "stderr: {err}");
    for n in needles {
        assert!(err.contains(n), "stderr lacks {n:?}: {err}");
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const CLAIMS: &str = "Kharkiv\nOn Monday, 12 people were killed in Kharkiv.\n";

#[test]
fn empty_file_is_noted() {
    let dir = scratch("empty");
    write(&dir, "empty.txt", "");
    let out = run(&dir, &["extract", "empty.txt", "--date", "2025-03-10"]);
    let stdout = expect(&out, 0, &["note: empty.txt: no article text"]);
    assert!(stdout.contains("empty.txt") && stdout.contains("0 claims"));
}

#[test]
fn whitespace_only_file_is_noted() {
    let dir = scratch("whitespace");
    write(&dir, "blank.md", " \n\t\n\n   \n");
    let out = run(&dir, &["extract", "blank.md", "--date", "2025-03-10"]);
    expect(&out, 0, &["note: blank.md: no article text"]);
}

#[test]
fn nul_bytes_are_binary_with_their_line() {
    let dir = scratch("nul");
    write(&dir, "nul.txt", "Headline\nFive people died.\0\0 more");
    let out = run(&dir, &["extract", "nul.txt"]);
    expect(&out, 2, &["nul.txt:2:18", "binary file"]);
}

#[test]
fn binary_file_named_as_text() {
    let dir = scratch("binary");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
    write(&dir, "photo.txt", png);
    let out = run(&dir, &["extract", "photo.txt"]);
    expect(&out, 2, &["photo.txt:", "binary file"]);
}

#[test]
fn invalid_utf8_is_an_error_at_its_line() {
    let dir = scratch("utf8");
    write(
        &dir,
        "latin1.txt",
        b"Headline\nTalks\nIn Sumy, caf\xe9 owners said 3 died.\n",
    );
    let out = run(&dir, &["extract", "latin1.txt"]);
    expect(&out, 2, &["latin1.txt:3:13", "invalid UTF-8", "0xe9"]);
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut b = if little {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for u in text.encode_utf16() {
        b.extend(if little {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    b
}

#[test]
fn utf16_with_a_byte_order_mark_is_read() {
    let dir = scratch("utf16");
    write(&dir, "le.txt", utf16(CLAIMS, true));
    write(&dir, "be.txt", utf16(CLAIMS, false));
    for f in ["le.txt", "be.txt"] {
        let out = run(&dir, &["extract", f, "--date", "2025-03-10"]);
        let stdout = expect(&out, 0, &[]);
        assert!(stdout.contains("2:12  count"), "{f}: {stdout}");
    }
}

#[test]
fn broken_utf16_is_an_error() {
    let dir = scratch("utf16-broken");
    let mut odd = utf16(CLAIMS, true);
    odd.push(b'x');
    write(&dir, "odd.txt", odd);
    expect(
        &run(&dir, &["extract", "odd.txt"]),
        2,
        &["odd.txt:", "odd number of bytes"],
    );
    let mut lone = utf16("Line one\nsecond ", true);
    lone.extend(0xd800u16.to_le_bytes());
    lone.extend(utf16("x", true)[2..].to_vec());
    write(&dir, "surrogate.txt", lone);
    expect(
        &run(&dir, &["extract", "surrogate.txt"]),
        2,
        &["surrogate.txt:2:8", "unpaired surrogate 0xd800"],
    );
}

#[test]
fn crlf_and_lone_cr_line_endings_keep_lines() {
    let dir = scratch("line-endings");
    write(&dir, "crlf.txt", CLAIMS.replace('\n', "\r\n"));
    write(&dir, "cr.txt", CLAIMS.replace('\n', "\r"));
    for f in ["crlf.txt", "cr.txt"] {
        let out = run(&dir, &["extract", f, "--date", "2025-03-10"]);
        let stdout = expect(&out, 0, &[]);
        assert!(
            stdout.contains("2:12  count      12 people"),
            "{f}: {stdout}"
        );
    }
    // The file itself is left as it was.
    assert_eq!(
        std::fs::read(dir.join("cr.txt")).unwrap(),
        CLAIMS.replace('\n', "\r").into_bytes()
    );
}

#[test]
fn fifty_megabytes_on_one_line_is_over_the_limit() {
    let dir = scratch("huge");
    let f = std::fs::File::create(dir.join("huge.txt")).unwrap();
    f.set_len(50 << 20).unwrap(); // sparse: cheap to make
    drop(f);
    let out = run(&dir, &["extract", "huge.txt"]);
    expect(
        &out,
        2,
        &[
            "huge.txt: file is 52428800 bytes, over the limit of 16M",
            "--max-file-size",
        ],
    );
}

#[test]
fn the_size_limit_is_configurable() {
    let dir = scratch("size-limit");
    write(&dir, "a.txt", CLAIMS.repeat(40));
    let out = run(&dir, &["extract", "a.txt", "--max-file-size", "1K"]);
    expect(
        &out,
        2,
        &["a.txt: file is 2120 bytes, over the limit of 1K"],
    );
    let out = run(
        &dir,
        &[
            "extract",
            "a.txt",
            "--max-file-size",
            "3K",
            "--date",
            "2025-03-10",
        ],
    );
    expect(&out, 0, &[]);
    let out = run(&dir, &["extract", "a.txt", "--max-file-size", "lots"]);
    expect(&out, 2, &["--max-file-size", "`lots` is not a size"]);
    // In claimgraph.toml, for lint.
    write(&dir, "claimgraph.toml", "max-file-size = \"1K\"\n");
    expect(
        &run(&dir, &["lint", "--date", "2025-03-10"]),
        2,
        &["a.txt: file is 2120 bytes"],
    );
    write(
        &dir,
        "claimgraph.toml",
        "fail-on = \"error\"\nmax-file-size = \"lots\"\n",
    );
    expect(
        &run(&dir, &["lint"]),
        2,
        &["claimgraph.toml:2", "max-file-size: `lots` is not a size"],
    );
}

#[test]
fn too_many_claims_in_one_article() {
    let dir = scratch("claims-limit");
    write(&dir, "table.txt", CLAIMS.repeat(5));
    let out = run(
        &dir,
        &[
            "check",
            "table.txt",
            "--date",
            "2025-03-10",
            "--max-claims",
            "6",
        ],
    );
    expect(
        &out,
        2,
        &[
            "table.txt: 10 claims, over the limit of 6 per article",
            "--max-claims",
        ],
    );
    write(&dir, "claimgraph.toml", "max-claims = 6\n");
    expect(
        &run(&dir, &["lint", "--date", "2025-03-10"]),
        2,
        &["table.txt: 10 claims, over the limit of 6"],
    );
}

#[test]
fn a_hundred_thousand_tiny_files() {
    let dir = scratch("tiny");
    for i in 0..100_000 {
        std::fs::write(
            dir.join(format!("a{i:06}.txt")),
            format!(
                "Story {i}\n{} people were injured in Kharkiv.\n",
                i % 90 + 2
            ),
        )
        .unwrap();
    }
    let out = run(
        &dir,
        &["extract", ".", "--date", "2025-03-10", "--format", "jsonl"],
    );
    let stdout = expect(&out, 0, &[]);
    assert_eq!(stdout.lines().count(), 100_000, "one claim per file");
    assert!(stdout.lines().last().unwrap().contains("a099999.txt"));
}

#[test]
fn deeply_nested_html() {
    let dir = scratch("nested");
    let depth = 200_000;
    let html = format!(
        "<html><body>{}<p>On Monday, 12 people were killed in Kharkiv.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    write(&dir, "deep.html", html);
    let out = run(&dir, &["extract", "deep.html", "--date", "2025-03-10"]);
    let stdout = expect(&out, 0, &[]);
    assert!(stdout.contains("12 people"), "{stdout}");
}

#[test]
fn broken_html_is_read_as_far_as_it_goes() {
    let dir = scratch("broken-html");
    write(
        &dir,
        "broken.html",
        "<p>On Monday, 12 people were killed in Kharkiv.</p><p class=\"x <!-- <script>never",
    );
    let out = run(&dir, &["extract", "broken.html", "--date", "2025-03-10"]);
    let stdout = expect(&out, 0, &[]);
    assert!(stdout.contains("12 people"), "{stdout}");
}

#[test]
fn unclosed_front_matter() {
    let dir = scratch("fm-unclosed");
    write(
        &dir,
        "a.md",
        "---\ntitle: Talks\ndate: 2025-03-10\n\nBody.\n",
    );
    expect(
        &run(&dir, &["extract", "a.md"]),
        2,
        &["a.md:1", "never closed"],
    );
}

#[test]
fn front_matter_date_of_the_wrong_type() {
    let dir = scratch("fm-type");
    write(
        &dir,
        "a.md",
        "---\ntitle: Talks\ndate: [2025, 3, 10]\n---\nBody.\n",
    );
    expect(&run(&dir, &["extract", "a.md"]), 2, &["a.md:3", "`date`"]);
    write(&dir, "b.md", "+++\ndate = 20250310\n+++\nBody.\n");
    expect(&run(&dir, &["extract", "b.md"]), 2, &["b.md:2", "`date`"]);
}

#[test]
fn front_matter_date_that_does_not_exist() {
    let dir = scratch("fm-impossible");
    write(&dir, "a.md", "---\ndate: 2025-02-30\n---\nBody.\n");
    expect(
        &run(&dir, &["extract", "a.md"]),
        2,
        &["a.md:2", "not a day of the calendar"],
    );
}

#[test]
fn manifest_naming_a_missing_file() {
    let dir = scratch("manifest-missing");
    write(&dir, "a.txt", CLAIMS);
    write(
        &dir,
        "corpus.toml",
        "[[article]]\npath = \"a.txt\"\npublished = \"2025-03-10\"\n\n[[article]]\npath = \"gone.txt\"\n",
    );
    expect(
        &run(&dir, &["extract", "--manifest", "corpus.toml"]),
        2,
        &["corpus.toml:5", "`gone.txt` does not exist"],
    );
}

#[cfg(unix)]
#[test]
fn a_directory_loop_through_symlinks() {
    let dir = scratch("symlink-loop");
    std::fs::create_dir_all(dir.join("news/inner")).unwrap();
    write(&dir.join("news"), "a.txt", CLAIMS);
    std::os::unix::fs::symlink("..", dir.join("news/inner/up")).unwrap();
    std::os::unix::fs::symlink("../news", dir.join("news/inner/again")).unwrap();
    let out = run(&dir, &["extract", "news", "--date", "2025-03-10"]);
    let stdout = expect(
        &out,
        0,
        &[
            "news/inner/again: skipped: symbolic link",
            "news/inner/up: skipped: symbolic link",
        ],
    );
    assert_eq!(
        stdout.matches("count      12 people").count(),
        1,
        "{stdout}"
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("unreadable");
    // A name that cannot be opened: a dangling link (this fails as root too).
    std::os::unix::fs::symlink("nowhere.txt", dir.join("gone.txt")).unwrap();
    expect(
        &run(&dir, &["extract", "gone.txt"]),
        2,
        &["gone.txt", "no such file"],
    );
    // A file without read permission (root reads it anyway).
    write(&dir, "locked.txt", CLAIMS);
    std::fs::set_permissions(
        dir.join("locked.txt"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    let out = run(&dir, &["extract", "locked.txt", "--date", "2025-03-10"]);
    let root = std::fs::File::open(dir.join("locked.txt")).is_ok();
    if root {
        expect(&out, 0, &[]);
    } else {
        expect(&out, 2, &["locked.txt", "ermission denied"]);
    }
}

#[test]
fn a_rule_with_a_pathological_pattern() {
    let dir = scratch("pathological");
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    write(
        &dir.join("rules"),
        "huge.toml",
        "[[rule]]\nid = \"my.huge\"\ndescription = \"d\"\nkind = \"count\"\npatterns = ['(?:\\w+\\s?){1000}{1000}']\n[[rule.examples]]\ntext = \"x\"\nspan = \"x\"\n",
    );
    write(&dir, "a.txt", CLAIMS);
    expect(
        &run(&dir, &["extract", "a.txt", "--rules", "rules"]),
        2,
        &[
            "huge.toml:1",
            "rule `my.huge`: pattern too big",
            "size limit",
        ],
    );
}

#[test]
fn a_backtracking_pattern_stays_linear() {
    // `(a+)+$` takes exponential time in a backtracking engine; the regex
    // crate matches it in linear time.
    let dir = scratch("backtracking");
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    write(
        &dir.join("rules"),
        "slow.toml",
        "[[rule]]\nid = \"my.slow\"\ndescription = \"d\"\nkind = \"count\"\nunit = \"people\"\npatterns = ['(?P<number>\\d+) (?:a+)+$']\n[[rule.examples]]\ntext = \"12 aaa\"\nspan = \"12 aaa\"\nvalue = 12\n",
    );
    write(&dir, "a.txt", format!("12 {}b\n", "a".repeat(100_000)));
    let out = run(
        &dir,
        &[
            "extract",
            "a.txt",
            "--rules",
            "rules",
            "--date",
            "2025-03-10",
        ],
    );
    let stdout = expect(&out, 0, &[]);
    assert!(stdout.contains("0 claims"), "{stdout}");
}

#[test]
fn numbers_with_four_hundred_digits() {
    let dir = scratch("digits");
    let big = "9".repeat(400);
    write(
        &dir,
        "a.txt",
        format!("Headline\nOfficials said {big} people were killed in Kharkiv on Monday, and {big}% of homes lost power; a {big}-day siege.\n"),
    );
    let out = run(
        &dir,
        &[
            "extract",
            "a.txt",
            "--date",
            "2025-03-10",
            "--format",
            "json",
        ],
    );
    let stdout = expect(&out, 0, &[]);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let claims = v["documents"][0]["claims"].as_array().unwrap();
    // Whatever is kept has a finite value: JSON has no infinity.
    assert!(
        !stdout.contains("inf") && !stdout.contains("NaN"),
        "{stdout}"
    );
    assert!(!claims.is_empty());
    let out = run(
        &dir,
        &["check", "a.txt", "--date", "2025-03-10", "--format", "json"],
    );
    expect(&out, 0, &[]);
}

#[test]
fn dates_in_year_zero_and_99999() {
    let dir = scratch("years");
    write(&dir, "zero.md", "---\ndate: 0000-01-01\n---\nBody.\n");
    expect(
        &run(&dir, &["extract", "zero.md"]),
        2,
        &["zero.md:2", "year 0"],
    );
    write(&dir, "far.md", "---\ndate: 99999-01-01\n---\nBody.\n");
    expect(
        &run(&dir, &["extract", "far.md"]),
        2,
        &["far.md:2", "99999-01-01"],
    );
    write(
        &dir,
        "corpus.toml",
        "[[article]]\npath = \"text.txt\"\npublished = \"0000-01-01\"\n",
    );
    write(
        &dir,
        "text.txt",
        "Headline\nIt was founded in the year 0, will last until 99999, and was signed on 0000-01-01 and on January 1, 99999.\n",
    );
    expect(
        &run(&dir, &["extract", "--manifest", "corpus.toml"]),
        2,
        &["corpus.toml:3", "year 0"],
    );
    expect(
        &run(&dir, &["extract", "text.txt", "--date", "99999-01-01"]),
        2,
        &["--date"],
    );
    // In the text, such years are never dates that resolve.
    let out = run(
        &dir,
        &[
            "extract",
            "text.txt",
            "--date",
            "2025-03-10",
            "--format",
            "json",
        ],
    );
    let stdout = expect(&out, 0, &[]);
    assert!(
        !stdout.contains("\"0000-") && !stdout.contains("99999-"),
        "{stdout}"
    );
}

#[test]
fn json_lines_errors_name_the_line() {
    let dir = scratch("jsonl");
    write(
        &dir,
        "feed.jsonl",
        "{\"text\": \"On Monday, 3 died.\", \"published\": \"2025-03-10\"}\n{\"text\": oops}\n",
    );
    expect(
        &run(&dir, &["extract", "feed.jsonl"]),
        2,
        &["feed.jsonl:2", "invalid JSON"],
    );
    write(
        &dir,
        "dates.jsonl",
        "{\"text\": \"On Monday, 3 died.\", \"published\": \"2025-02-30\"}\n",
    );
    expect(
        &run(&dir, &["extract", "dates.jsonl"]),
        2,
        &["dates.jsonl:1", "published"],
    );
}

#[test]
fn regions_that_are_no_country_code() {
    let dir = scratch("region");
    write(
        &dir,
        "a.md",
        "---\nregion: Canada\n---\nOn Thanksgiving 2024, 3 died.\n",
    );
    expect(
        &run(&dir, &["extract", "a.md"]),
        2,
        &["a.md:2", "`region`", "`Canada` is not a country code"],
    );
    write(&dir, "b.txt", CLAIMS);
    write(
        &dir,
        "corpus.toml",
        "[[article]]\npath = \"b.txt\"\npublished = \"2025-03-10\"\nregion = \"C4\"\n",
    );
    expect(
        &run(&dir, &["extract", "--manifest", "corpus.toml"]),
        2,
        &["corpus.toml:4", "`C4` is not a country code"],
    );
    write(
        &dir,
        "feed.jsonl",
        "{\"text\": \"On Monday, 3 died.\", \"region\": \"north\"}\n",
    );
    expect(
        &run(&dir, &["extract", "feed.jsonl"]),
        2,
        &["feed.jsonl:1", "`north` is not a country code"],
    );
    expect(
        &run(&dir, &["extract", "--region", "Canada", "b.txt"]),
        2,
        &["--region", "not a country code"],
    );
    write(&dir, "claimgraph.toml", "region = \"Canada\"\n");
    expect(
        &run(&dir, &["lint"]),
        2,
        &["claimgraph.toml:1", "not a country code"],
    );
}

#[test]
fn config_with_an_unknown_key() {
    let dir = scratch("config");
    write(
        &dir,
        "claimgraph.toml",
        "include = [\"*.md\"]\nfail_on = \"warning\"\n",
    );
    expect(&run(&dir, &["lint"]), 2, &["claimgraph.toml:2", "fail_on"]);
}

#[test]
fn report_into_a_missing_folder_writes_nothing() {
    let dir = scratch("output");
    write(&dir, "a.txt", CLAIMS);
    let out = run(
        &dir,
        &[
            "lint",
            "a.txt",
            "--date",
            "2025-03-10",
            "--output",
            "no/such/dir/report.json",
        ],
    );
    expect(&out, 2, &["no/such/dir/report.json"]);
    assert!(!dir.join("no").exists());
}
