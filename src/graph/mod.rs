//! The claim graph (petgraph): sources, claims and events as nodes; edges
//! for a source asserting a claim, a claim being about an event, claims
//! corroborating, contradicting or superseding each other, and a source
//! derived from another. It is built from the claims and the findings, and
//! drawn by `--format dot`.

mod derivation;
pub mod events;

pub use derivation::{derivations, Derivation};

use crate::claims::DocumentClaims;
use crate::findings::{Analysis, ClaimRef, FindingKind};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An article, by index.
    Source(usize),
    Claim(ClaimRef),
    /// An event findings matched claims on, by its description.
    Event(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Asserts,
    About,
    Corroborates,
    Contradicts,
    Supersedes,
    DerivedFrom,
}

/// The graph of a corpus.
#[derive(Debug, Clone)]
pub struct ClaimGraph {
    pub graph: DiGraph<Node, Edge>,
}

impl ClaimGraph {
    pub fn build(docs: &[DocumentClaims], analysis: &Analysis) -> ClaimGraph {
        let mut graph = DiGraph::new();
        let mut sources = Vec::new();
        let mut claims: BTreeMap<ClaimRef, NodeIndex> = BTreeMap::new();
        for (d, dc) in docs.iter().enumerate() {
            let s = graph.add_node(Node::Source(d));
            sources.push(s);
            for i in 0..dc.claims.len() {
                let r = ClaimRef { doc: d, claim: i };
                let c = graph.add_node(Node::Claim(r));
                graph.add_edge(s, c, Edge::Asserts);
                claims.insert(r, c);
            }
        }
        for d in &analysis.derivations {
            graph.add_edge(sources[d.copy], sources[d.original], Edge::DerivedFrom);
        }
        let mut events: BTreeMap<String, NodeIndex> = BTreeMap::new();
        for f in &analysis.findings {
            if let Some(e) = &f.event {
                let n = *events
                    .entry(e.clone())
                    .or_insert_with(|| graph.add_node(Node::Event(e.clone())));
                for r in &f.claims {
                    graph.update_edge(claims[r], n, Edge::About);
                }
            }
            let edge = match f.rule.kind {
                FindingKind::Contradiction | FindingKind::InternalInconsistency => {
                    Edge::Contradicts
                }
                FindingKind::Corroboration => Edge::Corroborates,
                FindingKind::Superseded => Edge::Supersedes,
                FindingKind::Unverified => continue,
            };
            let first = claims[&f.claims[0]];
            for r in &f.claims[1..] {
                graph.update_edge(first, claims[r], edge);
            }
        }
        ClaimGraph { graph }
    }
}
