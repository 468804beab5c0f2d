//! Time of `compare` for two maps of many stages:
//! `cargo run --release --example compare_bench -- 20000`
//! (the future map has the stages in reverse order, every tenth renamed, so
//! there are matches, stages only in the current map and stages only in the
//! future one). Prints the median of a few runs.

use journeymap::model::compare::compare;
use journeymap::sample::{SampleSize, sample_map};
use std::time::Instant;

fn main() {
    let stages: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let size = SampleSize {
        stages,
        lanes: 3,
        cards_per_cell: 1,
    };
    let current = sample_map(size);
    let mut future = current.clone();
    future.stages.reverse();
    for (i, s) in future.stages.iter_mut().enumerate() {
        if i % 10 == 0 {
            s.name = format!("New stage {i}");
        } else {
            s.name = format!("  {} ", s.name.to_uppercase());
        }
    }
    let runs = if stages > 50_000 { 1 } else { 3 };
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let c = compare(&current, &future);
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            assert_eq!(c.stages.len(), stages + stages.div_ceil(10));
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "stages={stages} cards={} compare_ms={:.1}",
        current.card_count(),
        times[times.len() / 2]
    );
}
