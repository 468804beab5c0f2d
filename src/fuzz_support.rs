//! Building arbitrary (but sound) maps from raw bytes, shared by the fuzz
//! targets and the regression tests that replay their findings.

use crate::model::{
    Card, CardId, Channel, Confidence, EmotionSeries, JourneyMap, Lane, LaneId, LaneKind, Stage,
    StageId,
};

/// A map whose texts, sizes and values all come from `data`.
pub fn map_from_bytes(data: &[u8]) -> JourneyMap {
    let mut parts = data.split(|b| *b == 0xFF);
    let mut text = || String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let byte = |i: usize| data.get(i).copied().unwrap_or(0) as usize;
    let mut map = JourneyMap {
        title: text(),
        ..JourneyMap::default()
    };
    map.lens.goal = text();
    let mut id = 0;
    let mut next = || {
        id += 1;
        id
    };
    for _ in 0..(byte(0) % 7 + 1) {
        map.stages.push(Stage::new(StageId(next()), text()));
    }
    let stages: Vec<StageId> = map.stages.iter().map(|s| s.id).collect();
    for l in 0..(byte(1) % 6 + 1) {
        let kind = LaneKind::ALL[byte(2 + l) % LaneKind::ALL.len()];
        let mut lane = Lane::new(LaneId(next()), kind);
        lane.title = text();
        for c in 0..(byte(10 + l) % 5) {
            let mut card = Card::new(CardId(next()), stages[(c + l) % stages.len()], text());
            card.confidence = Confidence::ALL[byte(20 + c) % 3];
            card.channel = Some(Channel::ALL[byte(30 + c) % Channel::ALL.len()]);
            lane.cards.push(card);
        }
        if kind == LaneKind::Emotions {
            let values = stages
                .iter()
                .enumerate()
                .map(|(i, s)| (*s, (byte(40 + i) % 5) as i32 - 2))
                .collect();
            lane.series.push(EmotionSeries {
                persona: None,
                values,
            });
        }
        if kind == LaneKind::Metric {
            for (i, s) in stages.iter().enumerate() {
                lane.values.insert(*s, byte(50 + i) as f64 * 1.5);
            }
        }
        map.lanes.push(lane);
    }
    map
}

/// The review readers on `data` (its first byte picks CSV/TSV, `.xlsx` or
/// JSON): a table or an error, never a panic; a table within the readers'
/// limits turns into reviews. The `review_files` fuzz target and its
/// replayed regressions both run this.
pub fn check_review_file(data: &[u8]) {
    use crate::interop::reviews::{ReviewFormat, limits, read_table, reviews_from_table};
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = match pick % 3 {
        0 => ReviewFormat::Delimited,
        1 => ReviewFormat::Xlsx,
        _ => ReviewFormat::Json,
    };
    let Ok(table) = read_table(bytes, format) else {
        return;
    };
    assert!(table.headers.len() <= limits::MAX_COLUMNS);
    assert!(table.rows.len() <= limits::MAX_ROWS + 10);
    let map = JourneyMap::default();
    let mut ids = map.fresh_ids();
    let _ = reviews_from_table(&table, &table.guessed, &[], &mut ids);
}

/// Three sound maps cut from `data` merged three-way and two-way: never a
/// panic; each merged map is sound, saves and reloads, and holds each
/// review once. The `merge` fuzz target and its regressions run this.
pub fn check_merges(data: &[u8]) {
    let third = data.len() / 3;
    let (base, rest) = data.split_at(third);
    let (ours, theirs) = rest.split_at(third);
    let (base, ours, theirs) = (
        map_from_bytes(base),
        map_from_bytes(ours),
        map_from_bytes(theirs),
    );
    for merged in [
        crate::merge::merge(&base, &ours, &theirs),
        crate::merge::merge_two_way(&ours, &theirs),
    ] {
        assert!(merged.map.validate().is_empty(), "the merge left problems");
        let text = crate::io::to_ron_string(&merged.map);
        crate::io::parse_map(text.as_bytes()).expect("a merged map reloads");
        let mut keys = std::collections::HashSet::new();
        for review in &merged.map.reviews {
            assert!(keys.insert(review.duplicate_key()), "a review twice");
        }
    }
}
