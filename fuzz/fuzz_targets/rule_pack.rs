//! `cargo fuzz run rule_pack`: see claimgraph::fuzzing::rule_pack.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimgraph::fuzzing::rule_pack(data));
