//! Writes a benchmark corpus: `cargo run --release --example gen_corpus --
//! N OUT_DIR [--seed S] [--txt]`. Markdown with front matter by default
//! (`--txt`: plain text plus a corpus.toml manifest, as the Python peers
//! read). Files go in subfolders of 1,000. Deterministic for a seed.

#[path = "corpus/generate.rs"]
mod generate;

use std::io::Write;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut n, mut out, mut seed, mut txt) = (None, None, 1u64, false);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).expect("--seed N"),
            "--txt" => txt = true,
            _ if n.is_none() => n = a.parse::<u64>().ok(),
            _ => out = Some(PathBuf::from(a)),
        }
    }
    let (Some(n), Some(out)) = (n, out) else {
        eprintln!("usage: gen_corpus N OUT_DIR [--seed S] [--txt]");
        std::process::exit(2);
    };
    let mut bytes = 0usize;
    let mut manifest = String::new();
    for i in 0..n {
        let a = generate::article(i, seed);
        let dir = out.join(format!("{:03}", i / 1000));
        std::fs::create_dir_all(&dir).unwrap();
        let (file, body) = if txt {
            (format!("{}.txt", a.name), a.text.clone())
        } else {
            (format!("{}.md", a.name), generate::markdown(&a))
        };
        if txt {
            manifest += &format!(
                "[[article]]\npath = \"{:03}/{file}\"\npublished = \"{}\"\n\n",
                i / 1000,
                a.published
            );
        }
        bytes += body.len();
        std::fs::File::create(dir.join(&file))
            .unwrap()
            .write_all(body.as_bytes())
            .unwrap();
    }
    if txt {
        std::fs::write(out.join("corpus.toml"), manifest).unwrap();
    }
    println!("{}: {n} articles, {bytes} bytes", out.display());
}
