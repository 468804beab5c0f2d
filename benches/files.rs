//! Open and save of a 5,000-card map.

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::io::{parse_map, save_file, to_ron_string};
use journeymap::sample::{SampleSize, sample_map};
use std::hint::black_box;

fn files(c: &mut Criterion) {
    journeymap::allocator::tune(); // as the app does
    let map = sample_map(SampleSize {
        stages: 20,
        lanes: 25,
        cards_per_cell: 10,
    });
    assert_eq!(map.card_count(), 5000);
    let text = to_ron_string(&map);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let mut group = c.benchmark_group("files");
    group.sample_size(20);
    group.bench_function("open_5000", |b| {
        b.iter(|| black_box(parse_map(text.as_bytes()).unwrap()))
    });
    group.bench_function("save_5000", |b| {
        b.iter(|| save_file(&path, black_box(&map)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, files);
criterion_main!(benches);
