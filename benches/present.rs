//! Presentation mode with 1,000 cards: a frame while the camera glides from
//! one stage to the next (every frame of the run is part of a glide: it
//! steps on every 21 frames), against 16.7 ms (60 frames per second) and
//! against an idle frame of the app (`BENCHMARKS.md`).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::model::Lang;
use journeymap::perf_app::AppFrames;
use journeymap::sample::{SampleSize, sample_map};

fn present(c: &mut Criterion) {
    journeymap::allocator::tune();
    let map = sample_map(SampleSize {
        stages: 10,
        lanes: 20,
        cards_per_cell: 5,
    });
    assert_eq!(map.card_count(), 1000);
    let mut group = c.benchmark_group("present");
    let mut gliding = AppFrames::presenting(map.clone(), Lang::En);
    group.bench_function("glide_frame_1000", |b| {
        b.iter(|| black_box(gliding.present_frame()))
    });
    let mut idle = AppFrames::new(map, Lang::En);
    group.bench_function("app_frame_1000_idle", |b| {
        b.iter(|| black_box(idle.frame()))
    });
    group.finish();
}

criterion_group!(benches, present);
criterion_main!(benches);
