//! Extraction speed: one article, and a corpus of generated articles, on
//! one thread (throughput in bytes, so criterion reports MB/s).

#[path = "../examples/corpus/generate.rs"]
mod generate;

use claimgraph::claims::{extract_text, Extractor};
use claimgraph::documents::Document;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn documents(n: u64, rules: &claimgraph::rules::RuleSet) -> Vec<Document> {
    (0..n)
        .map(|i| {
            let a = generate::article(i, 7);
            let (doc, _) = extract_text(
                &a.text,
                claimgraph::documents::parse_iso_day(&a.published).ok(),
                rules,
            );
            doc
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let rules = claimgraph::rules::load(&[]).unwrap();
    let ex = Extractor::new(&rules);
    let mut g = c.benchmark_group("extract");
    let one = generate::article(3, 7);
    let date = claimgraph::documents::parse_iso_day(&one.published).ok();
    g.throughput(Throughput::Bytes(one.text.len() as u64));
    g.bench_function("one article", |b| {
        b.iter(|| extract_text(black_box(&one.text), date, &rules).1.len())
    });
    for n in [100u64, 1000] {
        let docs = documents(n, &rules);
        let bytes: usize = docs.iter().map(|d| d.raw.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(10);
        g.bench_with_input(BenchmarkId::new("corpus", n), &docs, |b, docs| {
            b.iter(|| {
                docs.iter()
                    .map(|d| ex.claims(black_box(d)).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
    c.bench_function("load default rules", |b| {
        b.iter(|| claimgraph::rules::load(&[]).unwrap().rules.len())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
