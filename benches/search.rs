//! Find over a 5,000-card map: what one keystroke in the Find bar costs
//! (the query folded, every card, note, quote, stage, lane and persona
//! searched). Target: within one frame, ≤ 4 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::model::search::{Query, find};
use journeymap::sample::{SampleSize, sample_map};
use std::hint::black_box;

fn search(c: &mut Criterion) {
    let map = sample_map(SampleSize {
        stages: 20,
        lanes: 25,
        cards_per_cell: 10,
    });
    assert_eq!(map.card_count(), 5000);
    let mut group = c.benchmark_group("search");
    // A word in many cards, a rare one, and one with a Latvian letter.
    for (name, text) in [
        ("common", "card"),
        ("rare", "stage 19"),
        ("accented", "kārt"),
    ] {
        let query = Query::new(text).unwrap();
        group.bench_function(format!("find_5000_{name}"), |b| {
            b.iter(|| black_box(find(&map, &query)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
