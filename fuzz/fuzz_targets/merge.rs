//! Three-way and two-way merges of arbitrary sound maps (three cut from the
//! bytes): see `fuzz_support::check_merges`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| journeymap::fuzz_support::check_merges(data));
