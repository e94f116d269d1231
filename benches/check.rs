//! `check` on corpora of growing size (claims already extracted), to see
//! that the cost per claim stays flat: claims are compared only within
//! their event bucket, never all against all.

#[path = "../examples/corpus/generate.rs"]
mod generate;

use claimgraph::claims::{extract_text, DocumentClaims};
use claimgraph::findings::check;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let rules = claimgraph::rules::load(&[]).unwrap();
    let mut g = c.benchmark_group("check");
    g.sample_size(10);
    for n in [100u64, 1000, 4000] {
        let docs: Vec<DocumentClaims> = (0..n)
            .map(|i| {
                let a = generate::article(i, 11);
                let (document, claims) = extract_text(
                    &a.text,
                    claimgraph::documents::parse_iso_day(&a.published).ok(),
                    &rules,
                );
                DocumentClaims { document, claims }
            })
            .collect();
        g.throughput(Throughput::Elements(n));
        g.bench_with_input(BenchmarkId::new("articles", n), &docs, |b, docs| {
            b.iter(|| check(docs, &rules.lexicon, None).findings.len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
