//! The fuzz targets on the stable toolchain: every input that once crashed
//! a target (tests/fuzz/TARGET/*) replays here, and a short smoke run feeds
//! each target deterministic mutations of the repository's own files.
//! The long runs are `fuzz/run.sh` (docs/RELIABILITY.md).

use claimgraph::fuzzing;
use std::path::Path;

fn target(name: &str) -> fn(&[u8]) {
    match name {
        "documents" => fuzzing::documents,
        "front_matter" => fuzzing::front_matter,
        "extraction" => fuzzing::extraction,
        "rule_pack" => fuzzing::rule_pack,
        "settings" => fuzzing::settings,
        other => panic!("tests/fuzz/{other}: no fuzz target of that name"),
    }
}

#[test]
fn crashes_found_by_fuzzing_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let mut replayed = 0;
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        let run = target(dir.file_name().unwrap().to_str().unwrap());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            eprintln!("replaying {}", f.display());
            run(&std::fs::read(&f).unwrap());
            replayed += 1;
        }
    }
    assert!(replayed > 0, "tests/fuzz holds the crash inputs");
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Bytes that parsers of these formats treat specially.
const SPLICES: &[&[u8]] = &[
    b"\0",
    b"\r",
    b"\r\n",
    b"\n\n",
    b"---\n",
    b"+++\n",
    b"<p>",
    b"</p>",
    b"<!--",
    b"&#x",
    b"&amp;",
    b";",
    b"\"",
    b"'''",
    b"[[",
    b"]]",
    b"{",
    b"}",
    b"=",
    b":",
    b"\xff",
    b"\xe2\x80",
    b"\xe2\x80\x99",
    b"99999999999999999999",
    b"0000-00-00",
    b"2025-02-30",
    b"(?P<number>",
    b"{NUMBER}",
    b"\\",
    b"  ",
    b"\t",
    b"#",
    b"*",
    b"`",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = if out.is_empty() {
            0
        } else {
            rng.below(out.len() + 1)
        };
        match rng.below(4) {
            0 => {
                let s = SPLICES[rng.below(SPLICES.len())];
                out.splice(at..at, s.iter().copied());
            }
            1 if !out.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(out.len());
                out.drain(at.min(end)..end);
            }
            2 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn seeds(globs: &[&str]) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for g in globs {
        let (dir, ext) = g.split_once("/*.").unwrap();
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|f| f.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect();
        files.sort();
        out.extend(files.iter().map(|f| std::fs::read(f).unwrap()));
    }
    assert!(!out.is_empty(), "seed files {globs:?}");
    out
}

fn smoke(name: &str, seeds: Vec<Vec<u8>>, selectors: u8, runs: usize) {
    let run = target(name);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ name.len() as u64);
    for i in 0..runs {
        let seed = &seeds[i % seeds.len()];
        let mut data = Vec::new();
        if selectors > 0 {
            data.push((i % selectors as usize) as u8);
        }
        data.extend(mutate(&mut rng, seed));
        run(&data);
    }
}

#[test]
fn smoke_documents() {
    let s = seeds(&[
        "examples/articles/*.md",
        "examples/articles/*.txt",
        "tests/fixtures/newsroom/articles/*.html",
        "tests/fixtures/newsroom/articles/*.xml",
        "tests/fixtures/newsroom/articles/*.jsonl",
    ]);
    smoke("documents", s, 5, 150);
}

#[test]
fn smoke_front_matter() {
    let s = seeds(&[
        "tests/fixtures/check/derived/*.md",
        "examples/articles/*.md",
    ]);
    let bodies = s
        .into_iter()
        .map(|b| {
            b.strip_prefix(b"---\n".as_slice())
                .map(<[u8]>::to_vec)
                .unwrap_or(b)
        })
        .collect();
    smoke("front_matter", bodies, 2, 150);
}

#[test]
fn smoke_extraction() {
    smoke("extraction", seeds(&["tests/rules/*.txt"]), 0, 100);
}

#[test]
fn smoke_rule_pack() {
    smoke("rule_pack", seeds(&["examples/rules/*.toml"]), 0, 25);
}

#[test]
fn smoke_settings() {
    let s = seeds(&[
        "examples/*.toml",
        "tests/fixtures/newsroom/*.toml",
        "tests/fixtures/*.toml",
    ]);
    smoke("settings", s, 3, 300);
}
