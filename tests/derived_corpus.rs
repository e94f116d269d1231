//! Source independence on the benchmark generator's articles: each event
//! has an original, an independent report, a rewrite of the original and a
//! next-day update (examples/corpus/generate.rs). Every rewrite must be
//! found, and no article taken for a rewrite of another event's.

#[path = "../examples/corpus/generate.rs"]
mod generate;

use serde_json::Value;
use std::process::Command;

#[test]
fn every_rewrite_of_the_generated_corpus_is_found_and_none_across_events() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("derived-corpus");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let n = 200;
    for i in 0..n {
        let a = generate::article(i, 1);
        std::fs::write(dir.join(format!("{}.md", a.name)), generate::markdown(&a)).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(["check", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    // Article i is event i / 4 in role i % 4; role 2 rewrites role 0.
    let index = |path: &Value| -> u64 {
        let stem = std::path::Path::new(path.as_str().unwrap())
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        stem.parse().unwrap()
    };
    let mut rewrites = 0;
    for d in report["derived"].as_array().unwrap() {
        let (copy, original) = (index(&d["copy"]), index(&d["original"]));
        let pair = [copy % 4, original % 4];
        if pair == [2, 0] || pair == [0, 2] {
            assert_eq!(copy / 4, original / 4, "a rewrite across events: {d}");
            rewrites += 1;
        }
    }
    assert_eq!(rewrites, n / 4, "{:#}", report["derived"]);
}
