//! Diff and three-way merge of two 5,000-card maps (`BENCHMARKS.md`):
//! each side edits a tenth of the cards (different ones), one side adds
//! 100 cards and renames the stages; ≤ 100 ms each, linear in the size.
//! And a merge where both sides changed every card's text (every card a
//! conflict; issue 27.13: 20,000 took 42 s when it was quadratic).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::merge::{diff, merge};
use journeymap::model::{Card, CardId, JourneyMap};
use journeymap::sample::{SampleSize, sample_map};

/// A base of `cards` cards and two sides changed from it.
fn versions(cards: usize) -> (JourneyMap, JourneyMap, JourneyMap) {
    let base = sample_map(SampleSize {
        stages: 20,
        lanes: 25,
        cards_per_cell: cards / 500,
    });
    let mut ours = base.clone();
    let mut theirs = base.clone();
    for (l, lane) in ours.lanes.iter_mut().enumerate() {
        for (c, card) in lane.cards.iter_mut().enumerate() {
            if (l + c) % 20 == 0 {
                card.text.push_str(" (ours)");
            }
        }
    }
    for (l, lane) in theirs.lanes.iter_mut().enumerate() {
        for (c, card) in lane.cards.iter_mut().enumerate() {
            if (l + c) % 20 == 10 {
                card.note = "checked with the team".into();
            }
        }
    }
    let mut ids = ours.fresh_ids();
    let stage = ours.stages[0].id;
    for i in 0..100 {
        ours.lanes[0]
            .cards
            .push(Card::new(CardId(ids.next_id()), stage, format!("New {i}")));
    }
    for s in &mut theirs.stages {
        s.name.push_str(" ✓");
    }
    (base, ours, theirs)
}

/// Both sides changed the text of every card: a conflict each.
fn every_card_both_ways(cards: usize) -> (JourneyMap, JourneyMap, JourneyMap) {
    let base = sample_map(SampleSize {
        stages: 20,
        lanes: 25,
        cards_per_cell: cards / 500,
    });
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for (side, mark) in [(&mut ours, " (ours)"), (&mut theirs, " (theirs)")] {
        for lane in &mut side.lanes {
            for card in &mut lane.cards {
                card.text.push_str(mark);
            }
        }
    }
    (base, ours, theirs)
}

fn bench(c: &mut Criterion) {
    journeymap::allocator::tune();
    let mut group = c.benchmark_group("versions");
    group.sample_size(20);
    for cards in [1000, 5000] {
        let (base, ours, theirs) = versions(cards);
        assert_eq!(base.card_count(), cards);
        group.bench_function(format!("diff_{cards}"), |b| {
            b.iter(|| black_box(diff(&base, &ours).len()))
        });
        group.bench_function(format!("merge_{cards}"), |b| {
            b.iter(|| black_box(merge(&base, &ours, &theirs).conflicts.len()))
        });
    }
    for cards in [5000, 20000] {
        let (base, ours, theirs) = every_card_both_ways(cards);
        group.bench_function(format!("merge_conflicts_{cards}"), |b| {
            b.iter(|| black_box(merge(&base, &ours, &theirs).conflicts.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
