//! Same input, same bytes: outputs do not depend on the thread count or
//! on the order files are named in; and claimgraph never changes the files
//! it reads, and leaves no temporary file behind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every article file of the repository's fixtures and examples.
fn articles() -> Vec<String> {
    let mut out = Vec::new();
    for dir in [
        "examples/articles",
        "tests/fixtures/check/cross-source",
        "tests/fixtures/check/derived",
        "tests/fixtures/check/superseded",
        "tests/fixtures/check/internal",
        "tests/fixtures/check/windows",
        "tests/fixtures/check/compatible",
        "tests/fixtures/check/same-city-different-day",
        "tests/fixtures/newsroom/articles",
    ] {
        let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file() && claimgraph::documents::format_of(p).is_some())
            .map(|p| {
                p.strip_prefix(root())
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        files.sort();
        out.extend(files);
    }
    assert!(out.len() >= 15, "{out:?}");
    out
}

fn run(args: &[String], threads: usize) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .current_dir(root())
        .args(args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn same_bytes_every_way(command: &[&str]) {
    let files = articles();
    let with = |files: &[String]| -> Vec<String> {
        let mut args: Vec<String> = command.iter().map(|s| s.to_string()).collect();
        args.extend(files.iter().cloned());
        args.extend(["--date".into(), "2026-03-02".into()]);
        args
    };
    let reference = run(&with(&files), 1);
    assert!(!reference.is_empty());
    let mut reversed = files.clone();
    reversed.reverse();
    // Interleaved: odd positions first, then even ones.
    let interleaved: Vec<String> = files
        .iter()
        .skip(1)
        .step_by(2)
        .chain(files.iter().step_by(2))
        .cloned()
        .collect();
    for (name, order) in [
        ("forward", &files),
        ("reversed", &reversed),
        ("interleaved", &interleaved),
    ] {
        for threads in [1, 2, 4] {
            assert!(
                run(&with(order), threads) == reference,
                "{command:?}: output differs with {name} order and {threads} threads"
            );
        }
    }
}

#[test]
fn extract_output_is_the_same_every_way() {
    same_bytes_every_way(&["extract", "--format", "jsonl"]);
}

#[test]
fn check_json_is_the_same_every_way() {
    same_bytes_every_way(&["check", "--format", "json"]);
}

#[test]
fn check_human_is_the_same_every_way() {
    same_bytes_every_way(&["check", "--format", "human"]);
}

#[test]
fn a_file_named_twice_is_read_once() {
    let files = articles();
    let mut twice = files.clone();
    twice.extend(files.iter().take(3).cloned());
    let args = |f: &[String]| {
        let mut a: Vec<String> = vec!["check".into(), "--format".into(), "json".into()];
        a.extend(f.iter().cloned());
        a.extend(["--date".into(), "2026-03-02".into()]);
        a
    };
    assert!(run(&args(&twice), 2) == run(&args(&files), 2));
}

/// Path → content of every file under `dir`.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

#[test]
fn inputs_are_never_changed_and_no_temporary_file_is_left() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("determinism-newsroom");
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root().join("tests/fixtures/newsroom"), &dir);
    let before = snapshot(&dir);
    let claimgraph = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .current_dir(&dir)
            .args(args)
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    claimgraph(&["extract", "articles", "--format", "json"]);
    claimgraph(&["check", "articles", "--rules", "rules"]);
    claimgraph(&["lint", "--write-baseline", "baseline.toml"]);
    claimgraph(&[
        "lint",
        "--baseline",
        "baseline.toml",
        "--format",
        "sarif",
        "--output",
        "report.sarif",
    ]);
    claimgraph(&["lint", "--format", "json", "--output", "report.json"]);
    // Again over the files it wrote: they are replaced whole.
    claimgraph(&["lint", "--format", "json", "--output", "report.json"]);
    let mut after = snapshot(&dir);
    for written in ["baseline.toml", "report.sarif", "report.json"] {
        let content = after
            .remove(Path::new(written))
            .unwrap_or_else(|| panic!("{written} written"));
        assert!(!content.is_empty());
    }
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "files added or removed besides the three outputs (a temporary file left behind?)"
    );
    for (path, content) in &before {
        assert!(after[path] == *content, "{} changed", path.display());
    }
}
