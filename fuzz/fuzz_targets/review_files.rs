//! The review readers on arbitrary bytes, as CSV/TSV, Excel workbook and
//! JSON (the first byte picks): see `fuzz_support::check_review_file`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| journeymap::fuzz_support::check_review_file(data));
