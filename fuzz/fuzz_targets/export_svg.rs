//! The SVG exporter on arbitrary maps built from the input: any text, any
//! number of stages, cards and emotion values gives SVG that usvg parses,
//! with or without the evidence appendix, confidence counts and a filter.
#![no_main]

use journeymap::export::{ExportOptions, export_svg, usvg_options};
use journeymap::fuzz_support::map_from_bytes;
use journeymap::model::{CardFilter, Confidence};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let map = map_from_bytes(data);
    let flags = data.last().copied().unwrap_or(0);
    let options = ExportOptions {
        date: Some("2026-01-01".into()),
        evidence_appendix: flags & 1 != 0,
        confidence_counts: flags & 2 != 0,
        heat: flags & 4 != 0,
        filter: CardFilter {
            persona: (flags & 8 != 0).then(|| map.personas.first().map(|p| p.id)).flatten(),
            confidence: (flags & 16 != 0).then_some(Confidence::Assumed),
        },
        ..Default::default()
    };
    let svg = export_svg(&map, &options).expect("export succeeds");
    resvg::usvg::Tree::from_str(&svg, &usvg_options()).expect("exported SVG parses");
});
