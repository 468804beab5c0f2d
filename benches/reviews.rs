//! Customer reviews at the size a real team has (`BENCHMARKS.md`): a 5 MB
//! export of 10,000 reviews imported with stage suggestions (≤ 1 s); a frame
//! of the app with those reviews in the open inbox (≤ 4 ms, against the same
//! frame without the inbox); a map holding them opened and saved (≤ 2 × the
//! map without them).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::interop::reviews::{ReviewFormat, read_table, reviews_from_table};
use journeymap::model::{JourneyMap, Lang};
use journeymap::perf_app::AppFrames;
use journeymap::reviews::Suggester;

fn dealer_map() -> JourneyMap {
    journeymap::io::template_in("current-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap()
}

/// The dealer map with the 10,000 reviews of the sample export in its inbox.
fn with_reviews(csv: &str) -> JourneyMap {
    let mut map = dealer_map();
    let table = read_table(csv.as_bytes(), ReviewFormat::Delimited).unwrap();
    let mut ids = map.fresh_ids();
    let imported = reviews_from_table(&table, &table.guessed, &[], &mut ids).unwrap();
    journeymap::edit::import_reviews(&map, imported.reviews).apply_to(&mut map);
    map
}

/// A map of cards only whose file is at least `bytes` long: what the
/// reviews' cost per byte is compared with.
fn cards_of_size(bytes: usize) -> JourneyMap {
    let mut cards_per_cell = 4;
    loop {
        let map = journeymap::sample::sample_map(journeymap::sample::SampleSize {
            stages: 20,
            lanes: 25,
            cards_per_cell,
        });
        let len = journeymap::io::to_ron_string(&map).len();
        if len >= bytes {
            eprintln!(
                "cards-only map: {} cards, {:.1} MB (the map with reviews: {:.1} MB)",
                map.card_count(),
                len as f64 / 1e6,
                bytes as f64 / 1e6
            );
            return map;
        }
        cards_per_cell = (cards_per_cell * bytes / len).max(cards_per_cell + 1);
    }
}

fn reviews(c: &mut Criterion) {
    journeymap::allocator::tune();
    let csv = journeymap::sample::sample_reviews_csv(10_000);
    eprintln!("sample export: {:.1} MB", csv.len() as f64 / 1e6);
    let map = dealer_map();
    let mut group = c.benchmark_group("reviews");
    group.sample_size(10);
    group.bench_function("import_10000_with_suggestions", |b| {
        b.iter(|| {
            let table = read_table(csv.as_bytes(), ReviewFormat::Delimited).unwrap();
            let mut ids = map.fresh_ids();
            let imported = reviews_from_table(&table, &table.guessed, &[], &mut ids).unwrap();
            let suggested = Suggester::new(&map).suggest_all(&imported.reviews);
            black_box((imported.reviews.len(), suggested.len()))
        })
    });
    let full = with_reviews(&csv);
    let same_size = cards_of_size(journeymap::io::to_ron_string(&full).len());
    for (name, m) in [
        ("without_reviews", &map),
        ("with_10000_reviews", &full),
        ("cards_only_same_file_size", &same_size),
    ] {
        let text = journeymap::io::to_ron_string(m);
        group.bench_function(format!("save_{name}"), |b| {
            b.iter(|| black_box(journeymap::io::to_ron_string(m).len()))
        });
        group.bench_function(format!("open_{name}"), |b| {
            b.iter(|| {
                black_box(
                    journeymap::io::parse_map(text.as_bytes())
                        .unwrap()
                        .map
                        .reviews
                        .len(),
                )
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("inbox_frame");
    let mut plain = AppFrames::new(full.clone(), Lang::Ru);
    group.bench_function("app_frame_inbox_closed", |b| {
        b.iter(|| black_box(plain.frame()))
    });
    let mut inbox = AppFrames::with_inbox(full, Lang::Ru);
    group.bench_function("app_frame_inbox_10000_reviews", |b| {
        b.iter(|| black_box(inbox.frame()))
    });
    group.finish();
}

criterion_group!(benches, reviews);
criterion_main!(benches);
