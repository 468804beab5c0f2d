//! Canvas frame time (egui pass + tessellation, headless) against the
//! baseline of the same number of plain labels; and a frame right after
//! editing one card of a 1,000-card map; a card dragged across cells and a
//! card typed into, at 1,000 and 5,000 cards.

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::perf::{CanvasFrames, LabelFrames, Zoom};
use journeymap::sample::{SampleSize, sample_map};
use std::hint::black_box;
use std::time::Duration;

/// 10 stages × N lanes × 5 cards per cell.
fn map_with(cards: usize) -> journeymap::model::JourneyMap {
    sample_map(SampleSize {
        stages: 10,
        lanes: cards.div_ceil(50),
        cards_per_cell: 5,
    })
}

fn frames(c: &mut Criterion) {
    journeymap::allocator::tune(); // as the app does
    let mut group = c.benchmark_group("frame");
    group
        .measurement_time(Duration::from_secs(4))
        .sample_size(30);
    for cards in [100, 1000, 5000] {
        let map = map_with(cards);
        let mut fit = CanvasFrames::new(map.clone(), Zoom::Fit);
        group.bench_function(format!("canvas_fit_{cards}"), |b| {
            b.iter(|| black_box(fit.frame()))
        });
        let mut actual = CanvasFrames::new(map.clone(), Zoom::Actual);
        group.bench_function(format!("canvas_100pct_{cards}"), |b| {
            b.iter(|| black_box(actual.frame()))
        });
        let mut labels = LabelFrames::new(&map);
        group.bench_function(format!("labels_{cards}"), |b| {
            b.iter(|| black_box(labels.frame()))
        });
    }
    // Panning moves the kept mesh; zooming tessellates the map again.
    let mut panning = CanvasFrames::new(map_with(1000), Zoom::Fit);
    let mut step = 0;
    group.bench_function("canvas_pan_fit_1000", |b| {
        b.iter(|| {
            step += 1;
            let dx = if step % 2 == 0 { 3.0 } else { -3.0 };
            panning.pan_by(egui::vec2(dx, 1.0 - 2.0 * (step % 2) as f32));
            black_box(panning.frame())
        })
    });
    let mut zooming = CanvasFrames::new(map_with(1000), Zoom::Fit);
    group.bench_function("canvas_zooming_fit_1000", |b| {
        b.iter(|| {
            step += 1;
            zooming.zoom_by(if step % 2 == 0 { 1.02 } else { 1.0 / 1.02 });
            black_box(zooming.frame())
        })
    });
    let mut filtered = CanvasFrames::new(map_with(1000), Zoom::Fit);
    filtered.filter_observed();
    group.bench_function("canvas_filtered_fit_1000", |b| {
        b.iter(|| black_box(filtered.frame()))
    });
    let mut edited = CanvasFrames::new(map_with(1000), Zoom::Actual);
    let mut n = 0;
    group.bench_function("canvas_edit_1000", |b| {
        b.iter(|| {
            n += 1;
            edited.edit_one_card(n);
            black_box(edited.frame())
        })
    });
    // A card dragged across cells, and a card's text typed into in place
    // (each frame one more character, so each frame lays the map out), at 100 %.
    for cards in [1000, 5000] {
        let mut dragging = CanvasFrames::new(map_with(cards), Zoom::Actual);
        assert!(dragging.start_card_drag(), "a card is being dragged");
        group.bench_function(format!("canvas_drag_{cards}"), |b| {
            b.iter(|| {
                dragging.drag_step();
                black_box(dragging.frame())
            })
        });
        assert!(dragging.is_dragging_card(), "still dragging");
        let mut typing = CanvasFrames::new(map_with(cards), Zoom::Actual);
        assert!(typing.start_typing(), "a card is being edited");
        group.bench_function(format!("canvas_typing_{cards}"), |b| {
            b.iter(|| {
                typing.type_char();
                black_box(typing.frame())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
