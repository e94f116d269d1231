//! Source independence: an article that rewrites or copies another (the
//! same claims in the same order, sentence by sentence, published within
//! days, sharing wording) is derived from it, and agreement between the
//! two is not corroboration.

use crate::claims::{Claim, DocumentClaims, Kind};
use crate::reports::interval_text;
use std::collections::HashSet;

/// One article derived from another.
#[derive(Debug, Clone, PartialEq)]
pub struct Derivation {
    /// Index of the derived article (the copy or rewrite).
    pub copy: usize,
    /// Index of the article it derives from.
    pub original: usize,
    /// Claims the two share, sentence by sentence in the same order.
    pub shared_claims: usize,
    /// Share of the copy's word 4-grams found in the original.
    pub shared_wording: f64,
}

/// Claims in order, as comparable keys: kind and normalized value. Within
/// a sentence the keys are sorted: a rewrite moves a sentence's parts
/// about ("killed 37 and injured 95 on Wednesday" becomes "killed 37 on
/// Wednesday, while 95 others were wounded") and keeps its claims.
fn claim_keys(claims: &[Claim]) -> Vec<String> {
    let mut keys: Vec<(usize, String)> = claims
        .iter()
        .filter(|c| !matches!(c.kind, Kind::Title | Kind::Statement))
        .map(|c| {
            let value = match (c.amount, c.date) {
                (Some(a), _) => interval_text(&a.interval),
                (None, Some(d)) => d.display(),
                _ => String::new(),
            };
            let key = format!(
                "{}:{}:{}",
                c.kind.as_str(),
                value,
                c.unit.as_deref().unwrap_or("")
            );
            (c.sentence.start, key)
        })
        .collect();
    // Claims come in document order, so sentences stay in theirs.
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}

fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Hashes of the four-word runs of a text (lower case). Hashing keeps the
/// sets small; a 64-bit collision between runs of two articles is
/// negligible next to the ratio it feeds.
fn shingles(text: &str) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(4)
        .map(|w| {
            let mut h = std::hash::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

/// Minimum claims shared in order, and the share of the shorter article's
/// claims they must make up, for one article to count as derived.
const MIN_SHARED: usize = 4;
const MIN_RATIO: f64 = 0.6;
/// Published at most this many days apart.
const MAX_DAYS_APART: i32 = 3;
/// Two reports of one briefing give the same figures in the same order in
/// their own words: a copy also shares this much of its wording (word
/// 4-grams; a paraphrasing rewrite among the seeds shares 18%), unless it
/// shares at least `MANY_SHARED` claims in order.
const MIN_WORDING: f64 = 0.15;
const MANY_SHARED: usize = 8;

/// A claim shared by more articles than this says nothing about copying
/// (every article of a day has "on Monday").
const COMMON_KEY: usize = 32;

/// Finds derived articles. Each article derives from at most one other.
/// Candidates are the pairs that share a claim few articles have (an
/// inverted index), so the work stays near-linear in the corpus.
pub fn derivations(docs: &[DocumentClaims]) -> Vec<Derivation> {
    let keys: Vec<Vec<String>> = docs.iter().map(|d| claim_keys(&d.claims)).collect();
    let mut index: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (d, ks) in keys.iter().enumerate() {
        for k in ks {
            let slot = index.entry(k.as_str()).or_default();
            if slot.last() != Some(&d) {
                slot.push(d);
            }
        }
    }
    let mut candidates = std::collections::BTreeSet::new();
    for with_key in index.values().filter(|v| v.len() <= COMMON_KEY) {
        for (i, &a) in with_key.iter().enumerate() {
            for &b in &with_key[i + 1..] {
                candidates.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut out: Vec<Derivation> = Vec::new();
    let mut copies: HashSet<usize> = HashSet::new();
    for (a, b) in candidates {
        {
            let (da, db) = (
                docs[a].document.meta.published,
                docs[b].document.meta.published,
            );
            let close = match (da, db) {
                (Some(x), Some(y)) => (x - y).get_days().abs() <= MAX_DAYS_APART,
                _ => false,
            };
            if !close {
                continue;
            }
            let shared = lcs(&keys[a], &keys[b]);
            let shorter = keys[a].len().min(keys[b].len());
            if shared < MIN_SHARED || (shared as f64) < MIN_RATIO * shorter as f64 {
                continue;
            }
            // The copy is the article with fewer claims: a rewrite drops
            // details, it does not invent them. Ties go to the later one.
            let (copy, original) =
                if keys[a].len() < keys[b].len() || (keys[a].len() == keys[b].len() && da > db) {
                    (a, b)
                } else {
                    (b, a)
                };
            if copies.contains(&copy) {
                continue;
            }
            let sa = shingles(&docs[copy].document.prose);
            let sb = shingles(&docs[original].document.prose);
            let wording = if sa.is_empty() {
                0.0
            } else {
                sa.intersection(&sb).count() as f64 / sa.len() as f64
            };
            if wording < MIN_WORDING && shared < MANY_SHARED {
                continue;
            }
            copies.insert(copy);
            out.push(Derivation {
                copy,
                original,
                shared_claims: shared,
                shared_wording: wording,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_rewritten_in_another_order_keeps_its_claims_in_line() {
        let rules = crate::rules::load(&[]).expect("rules");
        let keys = |t: &str| {
            let (_, claims) = crate::claims::extract_text(t, "2026-03-02".parse().ok(), &rules);
            claim_keys(&claims)
        };
        let original = keys(
            "A strike on Harbourton killed 37 people and injured 95 on Sunday. \
             Envoys discussed a 20-day truce.",
        );
        let rewrite = keys(
            "Officials said a strike on Harbourton killed 37 people on Sunday, \
             while 95 others were wounded. Envoys discussed a 20-day truce.",
        );
        assert_eq!(original.len(), 4, "{original:?}");
        assert_eq!(lcs(&original, &rewrite), 4, "{original:?} {rewrite:?}");
        // Sentences keep their order: the truce before the strike is out
        // of line with it.
        let moved = keys(
            "Envoys discussed a 20-day truce. \
             A strike on Harbourton killed 37 people and injured 95 on Sunday.",
        );
        assert_eq!(lcs(&original, &moved), 3);
    }
}
