//! The SVG exporter on arbitrary maps built from the input: any text, any
//! number of stages, cards and emotion values gives SVG that usvg parses.
#![no_main]

use journeymap::export::{ExportOptions, export_svg, usvg_options};
use journeymap::fuzz_support::map_from_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let map = map_from_bytes(data);
    let svg = export_svg(&map, &ExportOptions { date: Some("2026-01-01".into()), ..Default::default() })
        .expect("export succeeds");
    resvg::usvg::Tree::from_str(&svg, &usvg_options()).expect("exported SVG parses");
});
