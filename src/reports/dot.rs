//! `check --format dot`: the claim graph for Graphviz. Sources are boxes,
//! claims ellipses, events diamonds; only claims that take part in a finding
//! are drawn, so the picture stays readable.

use crate::claims::DocumentClaims;
use crate::graph::{ClaimGraph, Edge, Node};
use petgraph::visit::EdgeRef;
use std::collections::BTreeSet;
use std::fmt::Write;

fn quote(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ")
    )
}

pub fn render(docs: &[DocumentClaims], g: &ClaimGraph) -> String {
    let graph = &g.graph;
    // Claims linked to something other than their source.
    let linked: BTreeSet<_> = graph
        .edge_references()
        .filter(|e| *e.weight() != Edge::Asserts)
        .flat_map(|e| [e.source(), e.target()])
        .collect();
    let mut out = String::from(
        "digraph claimgraph {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n",
    );
    for n in graph.node_indices() {
        let (label, shape) = match &graph[n] {
            Node::Source(d) => (docs[*d].document.display_path(), "box"),
            Node::Claim(r) => {
                if !linked.contains(&n) {
                    continue;
                }
                let dc = &docs[r.doc];
                let c = &dc.claims[r.claim];
                let (line, col) = dc.document.lines.line_col(&dc.document.raw, c.span.start);
                let text: String = dc.document.raw[c.span.clone()].chars().take(40).collect();
                (
                    format!("{text}\n{}:{line}:{col}", c.kind.as_str()),
                    "ellipse",
                )
            }
            Node::Event(e) => (e.clone(), "diamond"),
        };
        let _ = writeln!(
            out,
            "  n{} [label={}, shape={shape}];",
            n.index(),
            quote(&label)
        );
    }
    for e in graph.edge_references() {
        let (a, b) = (e.source(), e.target());
        let style = match e.weight() {
            Edge::Asserts if !linked.contains(&b) => continue,
            Edge::Asserts => "color=gray",
            Edge::About => "style=dotted",
            Edge::Corroborates => "color=darkgreen, label=corroborates",
            Edge::Contradicts => "color=red, label=contradicts",
            Edge::Supersedes => "color=blue, label=supersedes",
            Edge::DerivedFrom => "style=dashed, label=\"derived from\"",
        };
        let _ = writeln!(out, "  n{} -> n{} [{style}];", a.index(), b.index());
    }
    out.push_str("}\n");
    out
}
