//! claimgraph checks the numeric and dated claims of news articles against
//! each other.
//!
//! The library follows the data: [`documents`] (article files read with
//! their metadata, offsets kept) → [`claims`] (numbers and dates extracted by
//! the [`rules`] and normalized) → [`graph`] (sources, claims, events) →
//! [`findings`] (contradictions, unverified claims, corroboration) →
//! [`reports`]. The binary only parses flags,
//! calls these and prints.

pub mod claims;
pub mod cli;
pub mod config;
pub mod documents;
pub mod error;
pub mod eval;
pub mod facts;
pub mod findings;
pub mod fuzzing;
pub mod graph;
pub mod limits;
pub mod lint;
pub mod reports;
pub mod rules;

pub use error::{Error, Result};
