//! Export of a 1,000-card map: SVG, PNG at scale 1 and 2, and resvg alone
//! rendering the same SVG (our overhead is PNG time / resvg time).

use criterion::{Criterion, criterion_group, criterion_main};
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
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
