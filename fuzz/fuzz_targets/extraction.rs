//! `cargo fuzz run extraction`: see claimgraph::fuzzing::extraction.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimgraph::fuzzing::extraction(data));
