//! Export of a 1,000-card map: SVG, PNG at scale 1 and 2, and resvg alone
//! rendering the same SVG (our overhead is PNG time / resvg time); PDF of
//! the current-state template and of the 1,000-card map (poster, A3 fit,
//! A4 tiles).

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::export::pdf::{Orientation, Paper, PdfPages, export_pdf};
use journeymap::export::{ExportOptions, export_png, export_svg, render_png};
use journeymap::sample::{SampleSize, sample_map};
use std::hint::black_box;
use std::time::Duration;

fn export(c: &mut Criterion) {
    journeymap::allocator::tune(); // as the app does
    // Wide rather than tall, so scale 2 stays under the 16,384 px limit.
    let map = sample_map(SampleSize {
        stages: 25,
        lanes: 8,
        cards_per_cell: 5,
    });
    assert_eq!(map.card_count(), 1000);
    let options = |scale| ExportOptions {
        scale,
        date: Some("2026-01-01".into()),
        ..Default::default()
    };
    let svg = export_svg(&map, &options(1.0)).unwrap();
    let mut group = c.benchmark_group("export");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("svg_1000", |b| {
        b.iter(|| black_box(export_svg(&map, &options(1.0)).unwrap()))
    });
    for scale in [1.0, 2.0] {
        group.bench_function(format!("png_1000_scale{scale}"), |b| {
            b.iter(|| black_box(export_png(&map, &options(scale)).unwrap()))
        });
        group.bench_function(format!("resvg_alone_1000_scale{scale}"), |b| {
            b.iter(|| black_box(render_png(&svg, scale).unwrap()))
        });
    }
    let template = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let pdf = |pdf_pages| ExportOptions {
        pdf_pages,
        ..options(1.0)
    };
    let layouts = [
        ("poster", PdfPages::Poster),
        (
            "a3",
            PdfPages::Fit {
                paper: Paper::A3,
                orientation: Orientation::Auto,
            },
        ),
        (
            "tiles_a4",
            PdfPages::Tile {
                paper: Paper::A4,
                orientation: Orientation::Auto,
                scale: 1.0,
            },
        ),
    ];
    for (name, pages) in layouts {
        let bytes = export_pdf(&template, &pdf(pages)).unwrap().bytes.len();
        let big = export_pdf(&map, &pdf(pages)).unwrap();
        // Sizes are not timed: printed once for BENCHMARKS.md.
        eprintln!(
            "pdf {name}: current-state {bytes} bytes; 1,000 cards {} bytes, {} pages",
            big.bytes.len(),
            big.pages
        );
        group.bench_function(format!("pdf_current_state_{name}"), |b| {
            b.iter(|| black_box(export_pdf(&template, &pdf(pages)).unwrap()))
        });
        group.bench_function(format!("pdf_1000_{name}"), |b| {
            b.iter(|| black_box(export_pdf(&map, &pdf(pages)).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
