//! `cargo fuzz run front_matter`: see claimgraph::fuzzing::front_matter.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimgraph::fuzzing::front_matter(data));
