//! A whole app frame (menus, inspector on a selected card, status bar,
//! canvas) in English, Russian and Latvian: translated text must cost no
//! more than English (`BENCHMARKS.md`).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::model::Lang;
use journeymap::perf_app::AppFrames;

fn languages(c: &mut Criterion) {
    journeymap::allocator::tune();
    let mut group = c.benchmark_group("app_frame");
    for (lang, template) in [
        (Lang::En, "current-state"),
        (Lang::Ru, "current-state"),
        (Lang::Lv, "current-state"),
    ] {
        let map = journeymap::io::template_in(template, lang)
            .unwrap()
            .instantiate()
            .unwrap();
        let mut frames = AppFrames::new(map, lang);
        group.bench_function(format!("template_{}", lang.code()), |b| {
            b.iter(|| black_box(frames.frame()))
        });
    }
    // The same 1,000-card map, only the interface language differs.
    for lang in Lang::ALL {
        let map = journeymap::sample::sample_map(journeymap::sample::SampleSize {
            stages: 10,
            lanes: 20,
            cards_per_cell: 5,
        });
        let mut frames = AppFrames::new(map, lang);
        group.bench_function(format!("sample_1000_ui_{}", lang.code()), |b| {
            b.iter(|| black_box(frames.frame()))
        });
    }
    group.finish();
}

criterion_group!(benches, languages);
criterion_main!(benches);
