//! `cargo fuzz run documents`: see claimgraph::fuzzing::documents.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimgraph::fuzzing::documents(data));
