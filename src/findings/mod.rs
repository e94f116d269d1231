//! Findings: what the claim graph shows an editor. Each has a stable rule
//! id, a kind, a severity, the claims it is about (the first is the one to
//! fix), the event it matched them on, and one sentence of why.
//!
//! | rule  | name                     | kind                   | severity |
//! |-------|--------------------------|------------------------|----------|
//! | CG100 | value-contradiction      | contradiction          | error    |
//! | CG101 | superseded-count         | superseded             | info     |
//! | CG110 | title-contradiction      | contradiction          | error    |
//! | CG111 | title-contradicts-facts  | contradiction          | error    |
//! | CG200 | stated-date-vs-duration  | internal-inconsistency | error    |
//! | CG201 | stated-date-vs-office    | internal-inconsistency | error    |
//! | CG210 | event-window-mismatch    | contradiction          | warning  |
//! | CG211 | event-window-vs-facts    | contradiction          | error    |
//! | CG300 | unverified-claim         | unverified             | warning  |
//! | CG400 | corroborated-value       | corroboration          | info     |
//! | CG401 | corroborated-date        | corroboration          | info     |

mod dates;
mod stated_date;
mod titles;
mod unverified;
mod values;
mod windows;

use crate::claims::DocumentClaims;
use crate::facts::Facts;
use crate::graph::events::{signatures, Signature};
use crate::graph::{derivations, Derivation};
use crate::rules::Lexicon;
use rayon::prelude::*;
use serde::Serialize;

/// How much a finding matters; `--fail-on` picks the level that fails a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What a finding says about its claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    Contradiction,
    InternalInconsistency,
    Unverified,
    Corroboration,
    Superseded,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Contradiction => "contradiction",
            FindingKind::InternalInconsistency => "internal-inconsistency",
            FindingKind::Unverified => "unverified",
            FindingKind::Corroboration => "corroboration",
            FindingKind::Superseded => "superseded",
        }
    }
}

/// A rule of the checker: a stable code that never changes meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckRule {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: FindingKind,
    pub severity: Severity,
    pub summary: &'static str,
}

pub const RULES: &[CheckRule] = &[
    CheckRule { code: "CG100", name: "value-contradiction", kind: FindingKind::Contradiction, severity: Severity::Error, summary: "Two claims about the same event, metric, place and date whose values cannot both hold." },
    CheckRule { code: "CG101", name: "superseded-count", kind: FindingKind::Superseded, severity: Severity::Info, summary: "A later article, or a later sentence saying it rose, updates a cumulative count (a toll that rose)." },
    CheckRule { code: "CG110", name: "title-contradiction", kind: FindingKind::Contradiction, severity: Severity::Error, summary: "An office held 'former'-ly in one article and currently in another of the same weeks." },
    CheckRule { code: "CG111", name: "title-contradicts-facts", kind: FindingKind::Contradiction, severity: Severity::Error, summary: "A title that the fact file's terms of office contradict at the article's date." },
    CheckRule { code: "CG200", name: "stated-date-vs-duration", kind: FindingKind::InternalInconsistency, severity: Severity::Error, summary: "A date the article states cannot be its present: its own durations would then place an event where no other source does." },
    CheckRule { code: "CG201", name: "stated-date-vs-office", kind: FindingKind::InternalInconsistency, severity: Severity::Error, summary: "A date the article states does not fit the titles it gives, by the fact file's terms of office." },
    CheckRule { code: "CG210", name: "event-window-mismatch", kind: FindingKind::Contradiction, severity: Severity::Warning, summary: "Durations hanging on the same event place its date in windows that do not meet." },
    CheckRule { code: "CG211", name: "event-window-vs-facts", kind: FindingKind::Contradiction, severity: Severity::Error, summary: "A duration places an event away from the date the fact file gives it." },
    CheckRule { code: "CG300", name: "unverified-claim", kind: FindingKind::Unverified, severity: Severity::Warning, summary: "A hedged or attributed claim that no independent source backs." },
    CheckRule { code: "CG400", name: "corroborated-value", kind: FindingKind::Corroboration, severity: Severity::Info, summary: "Sources agree on a value for the same event." },
    CheckRule { code: "CG401", name: "corroborated-date", kind: FindingKind::Corroboration, severity: Severity::Info, summary: "Sources agree on the date of the same event." },
];

pub fn rule(code: &str) -> &'static CheckRule {
    RULES
        .iter()
        .find(|r| r.code == code)
        .expect("known check rule")
}

/// A claim by position: document index and claim index in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimRef {
    pub doc: usize,
    pub claim: usize,
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static CheckRule,
    /// The rule's severity, unless a config changed it.
    pub severity: Severity,
    /// One line: what is wrong (or right).
    pub message: String,
    /// One sentence: why the checker thinks these claims are about one thing.
    pub why: String,
    /// The event the claims were matched on.
    pub event: Option<String>,
    /// The claims; the first is the primary one.
    pub claims: Vec<ClaimRef>,
    /// Labels for the claims, in the same order (normalized values).
    pub labels: Vec<String>,
    /// Distinct sources after folding derived copies into their originals.
    pub independent_sources: Option<usize>,
}

/// Everything `check` found.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub derivations: Vec<Derivation>,
    pub findings: Vec<Finding>,
}

/// Runs every check over the claims of a corpus. The result does not
/// depend on the order of `docs` beyond the order findings are listed in,
/// which follows document and claim order.
pub fn check(docs: &[DocumentClaims], lex: &Lexicon, facts: Option<&Facts>) -> Analysis {
    let derivations = derivations(docs);
    let ctx = Context::new(docs, lex, facts, &derivations);
    let mut findings = Vec::new();
    let values = values::check(&ctx);
    findings.extend(values.findings);
    findings.extend(dates::check(&ctx));
    findings.extend(titles::check(&ctx));
    findings.extend(stated_date::check(&ctx));
    findings.extend(windows::check(&ctx));
    findings.extend(unverified::check(&ctx, &values.backed, &values.echoed));
    findings.sort_by(|a, b| {
        b.rule
            .severity
            .cmp(&a.rule.severity)
            .then(a.claims.cmp(&b.claims))
            .then(a.rule.code.cmp(b.rule.code))
    });
    findings.dedup_by(|a, b| a.rule.code == b.rule.code && a.claims == b.claims);
    Analysis {
        derivations,
        findings,
    }
}

/// What the checks share.
pub(crate) struct Context<'a> {
    pub docs: &'a [DocumentClaims],
    pub lex: &'a Lexicon,
    pub facts: Option<&'a Facts>,
    pub derivations: &'a [Derivation],
    /// The article each document derives from, followed to the end.
    origins: Vec<usize>,
    /// Documents each document is a copy or original of.
    pub partners: Vec<Vec<usize>>,
    /// The derivation whose copy each document is (a copy has one).
    derivation_of: Vec<Option<usize>>,
    /// The event signature of every claim that has one, computed once
    /// (in parallel: it reads only its own document).
    signatures: Vec<Vec<Option<Signature>>>,
}

impl<'a> Context<'a> {
    fn new(
        docs: &'a [DocumentClaims],
        lex: &'a Lexicon,
        facts: Option<&'a Facts>,
        derivations: &'a [Derivation],
    ) -> Self {
        let mut partners = vec![Vec::new(); docs.len()];
        let mut parent: Vec<Option<usize>> = vec![None; docs.len()];
        let mut derivation_of: Vec<Option<usize>> = vec![None; docs.len()];
        for (k, d) in derivations.iter().enumerate() {
            derivation_of[d.copy] = Some(k);
            partners[d.copy].push(d.original);
            partners[d.original].push(d.copy);
            parent[d.copy] = Some(d.original);
        }
        // Follow copies to their first original (a chain is at most as long
        // as the corpus; each document has one parent at most).
        let origins = (0..docs.len())
            .map(|mut d| {
                for _ in 0..docs.len() {
                    match parent[d] {
                        Some(p) => d = p,
                        None => break,
                    }
                }
                d
            })
            .collect();
        Context {
            docs,
            lex,
            facts,
            derivations,
            origins,
            partners,
            derivation_of,
            signatures: docs.par_iter().map(|dc| signatures(dc, lex)).collect(),
        }
    }

    /// Every claim with a signature, in document and claim order.
    pub fn signed(&self) -> impl Iterator<Item = (ClaimRef, &Signature)> + '_ {
        self.signatures.iter().enumerate().flat_map(|(doc, sigs)| {
            sigs.iter()
                .enumerate()
                .filter_map(move |(claim, s)| Some((ClaimRef { doc, claim }, s.as_ref()?)))
        })
    }

    /// The derivation of `copy` from `original`, if `copy` is a rewrite of it.
    pub fn derivation(&self, copy: usize, original: usize) -> Option<&Derivation> {
        self.derivation_of[copy]
            .map(|k| &self.derivations[k])
            .filter(|d| d.original == original)
    }

    pub fn claim(&self, r: ClaimRef) -> &crate::claims::Claim {
        &self.docs[r.doc].claims[r.claim]
    }

    /// The article a document derives from, followed to the end.
    pub fn origin(&self, doc: usize) -> usize {
        self.origins[doc]
    }

    /// Whether two documents are independent sources.
    pub fn independent(&self, a: usize, b: usize) -> bool {
        a != b && self.origin(a) != self.origin(b)
    }

    /// Distinct independent sources among the documents of `claims`.
    pub fn sources(&self, claims: &[ClaimRef]) -> usize {
        let mut origins: Vec<usize> = claims.iter().map(|c| self.origin(c.doc)).collect();
        origins.sort_unstable();
        origins.dedup();
        origins.len()
    }

    /// Distinct independent voices among `claims`: the parties to the
    /// fighting are one, however many articles give their account ("the
    /// army said" in three articles is once; the military and the air
    /// force of one side repeat each other far more often than two sides
    /// agree); any other claim speaks for its article's source.
    pub fn voices(&self, claims: &[ClaimRef]) -> usize {
        let mut voices: Vec<Option<usize>> = claims
            .iter()
            .map(|r| match self.claim(*r).party {
                Some(_) => None,
                None => Some(self.origin(r.doc)),
            })
            .collect();
        voices.sort_unstable();
        voices.dedup();
        voices.len()
    }

    /// When every one of `claims` gives a party's account: the parties,
    /// as "the army" or "the army and the air force".
    pub fn only_parties(&self, claims: &[ClaimRef]) -> Option<String> {
        let mut parties: Vec<&str> = claims
            .iter()
            .map(|r| self.claim(*r).party.as_deref())
            .collect::<Option<_>>()?;
        parties.sort_unstable();
        parties.dedup();
        let named: Vec<String> = parties.iter().map(|p| format!("the {p}")).collect();
        Some(named.join(" and "))
    }

    /// Where a claim stands, by the file's path rather than its place in
    /// the corpus: an order of claims that does not change when the same
    /// articles come in another order.
    pub fn order_key(&self, r: ClaimRef) -> (&std::path::Path, usize, usize) {
        let span = &self.claim(r).span;
        (&self.docs[r.doc].document.path, span.start, span.end)
    }

    pub fn path(&self, doc: usize) -> String {
        self.docs[doc].document.display_path()
    }
}

/// "1 independent source", "3 independent sources".
pub(crate) fn sources_text(n: usize) -> String {
    if n == 1 {
        "1 independent source".to_string()
    } else {
        format!("{n} independent sources")
    }
}

/// Connected components of an undirected edge list, each sorted, in order
/// of their first member.
pub(crate) fn components(edges: &[(ClaimRef, ClaimRef)]) -> Vec<Vec<ClaimRef>> {
    components_where(edges, |_| (), |_, _| Some(()))
}

/// Components joined edge by edge, in the edges' order, only where `join`
/// allows it: each group carries a state (`init` of each member), and two
/// groups merge when `join` of their states gives the merged one. Groups of
/// one (an edge that could not join) are left out.
pub(crate) fn components_where<T: Clone>(
    edges: &[(ClaimRef, ClaimRef)],
    init: impl Fn(ClaimRef) -> T,
    join: impl Fn(&T, &T) -> Option<T>,
) -> Vec<Vec<ClaimRef>> {
    let mut nodes: Vec<ClaimRef> = edges.iter().flat_map(|(a, b)| [*a, *b]).collect();
    nodes.sort();
    nodes.dedup();
    let index = |r: &ClaimRef| nodes.binary_search(r).unwrap();
    let mut parent: Vec<usize> = (0..nodes.len()).collect();
    let mut state: Vec<T> = nodes.iter().map(|r| init(*r)).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    for (a, b) in edges {
        let (ra, rb) = (find(&mut parent, index(a)), find(&mut parent, index(b)));
        if ra == rb {
            continue;
        }
        if let Some(joined) = join(&state[ra], &state[rb]) {
            let (root, child) = (ra.min(rb), ra.max(rb));
            parent[child] = root;
            state[root] = joined;
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<ClaimRef>> = Default::default();
    for (i, n) in nodes.iter().enumerate() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(*n);
    }
    groups.into_values().filter(|g| g.len() > 1).collect()
}
