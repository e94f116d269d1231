//! `cargo fuzz run settings`: see claimgraph::fuzzing::settings.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimgraph::fuzzing::settings(data));
