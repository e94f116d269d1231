//! An article's region (front matter, manifest, JSON Lines, `--region`)
//! chooses the day of holidays kept on different days in different
//! countries; without one such a holiday stays unresolved and says why.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("regions")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Each claim's document, text, start date (or why it is unresolved).
fn dates(dir: &Path, args: &[&str]) -> Vec<(String, String, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(["extract", "--format", "json"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut got = Vec::new();
    for doc in json["documents"].as_array().unwrap() {
        let path = doc["path"].as_str().unwrap().to_string();
        for c in doc["claims"].as_array().unwrap() {
            let value = c["date"]["start"]
                .as_str()
                .or(c["unresolved"].as_str())
                .unwrap_or("-")
                .to_string();
            got.push((path.clone(), c["text"].as_str().unwrap().to_string(), value));
        }
    }
    got
}

const TEXT: &str = "Talks resumed on Thanksgiving 2024 and Labour Day 2024.\n";

#[test]
fn front_matter_wins_over_the_flag_and_the_flag_over_nothing() {
    let dir = scratch("flag");
    std::fs::write(
        dir.join("ottawa.md"),
        format!("---\ndate: 2024-12-01\nregion: ca\n---\n{TEXT}"),
    )
    .unwrap();
    std::fs::write(dir.join("wire.txt"), TEXT).unwrap();
    let got = dates(
        &dir,
        &[
            "--date",
            "2024-12-01",
            "--region",
            "NZ",
            "ottawa.md",
            "wire.txt",
        ],
    );
    let want = [
        ("ottawa.md", "Thanksgiving 2024", "2024-10-14"),
        ("ottawa.md", "Labour Day 2024", "2024-09-02"),
        ("wire.txt", "Thanksgiving 2024", "2024-11-28"),
        ("wire.txt", "Labour Day 2024", "2024-10-28"),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((p, t, v), (wp, wt, wv)) in got.iter().zip(want) {
        assert!(p.ends_with(wp), "{got:?}");
        assert_eq!((t.as_str(), v.as_str()), (wt, wv), "{got:?}");
    }
    // Without a region, Labour Day depends on one and says so.
    let got = dates(&dir, &["--date", "2024-12-01", "wire.txt"]);
    assert_eq!(got[0].2, "2024-11-28");
    assert!(
        got[1].2.contains("different days in different countries"),
        "{got:?}"
    );
    assert!(got[1].2.contains("--region"), "{got:?}");
}

#[test]
fn a_manifest_and_json_lines_name_regions() {
    let dir = scratch("manifest");
    std::fs::write(dir.join("melbourne.txt"), TEXT).unwrap();
    std::fs::write(
        dir.join("corpus.toml"),
        "[[article]]\npath = \"melbourne.txt\"\npublished = \"2024-12-01\"\nregion = \"AU-VIC\"\n",
    )
    .unwrap();
    let got = dates(&dir, &["--manifest", "corpus.toml"]);
    assert_eq!(got[1].2, "2024-03-11", "{got:?}");
    std::fs::write(
        dir.join("feed.jsonl"),
        format!(
            "{{\"text\": {:?}, \"published\": \"2024-12-01\", \"region\": \"JM\"}}\n",
            TEXT.trim_end()
        ),
    )
    .unwrap();
    let got = dates(&dir, &["feed.jsonl"]);
    assert_eq!(got[1].2, "2024-05-23", "{got:?}");
}

#[test]
fn a_country_chooses_its_one_subdivision_and_asks_for_one_among_several() {
    let dir = scratch("subdivisions");
    std::fs::write(
        dir.join("a.txt"),
        "Offices shut on Emancipation Day 2017 and on Discovery Day 2020.\n",
    )
    .unwrap();
    let run = |region: &str| dates(&dir, &["--date", "2021-01-10", "--region", region, "a.txt"]);
    // Texas keeps 19 June, Washington 16 April (a Sunday in 2017, kept on
    // the Monday); Canada's Discovery Day is Newfoundland's or Yukon's.
    let us = run("US");
    assert!(
        us[0].2.contains("different parts of US (US-DC, US-TX)"),
        "{us:?}"
    );
    assert!(
        us[1].2.contains("has no day of its own in region US"),
        "{us:?}"
    );
    let dc = run("US-DC");
    assert_eq!(dc[0].2, "2017-04-17", "{dc:?}");
    let ca = run("CA");
    assert!(
        ca[1].2.contains("different parts of CA (CA-NL, CA-YT)") && ca[1].2.contains("\"CA-NL\""),
        "{ca:?}"
    );
    // The Monday nearest 24 June 2020 (a Wednesday).
    assert_eq!(run("CA-NL")[1].2, "2020-06-22");
    assert_eq!(run("CA-YT")[1].2, "2020-08-17");
    // Jamaica's is 1 August, and Reconciliation Day is Canberra's only.
    assert_eq!(run("JM")[0].2, "2017-08-01");
    std::fs::write(
        dir.join("b.txt"),
        "The march was held on Reconciliation Day 2018.\n",
    )
    .unwrap();
    let au = dates(&dir, &["--date", "2021-01-10", "--region", "AU", "b.txt"]);
    assert_eq!(au[0].2, "2018-05-28", "{au:?}");
}
