//! The document model: invariants and repairs.

use journeymap::io::parse_map;
use journeymap::model::{
    Card, CardId, EmotionSeries, JourneyMap, Lane, LaneId, LaneKind, PersonaId, Stage, StageId,
};

fn small_map() -> JourneyMap {
    let mut map = JourneyMap::default();
    map.stages.push(Stage::new(StageId(1), "Awareness"));
    map.stages.push(Stage::new(StageId(2), "Purchase"));
    let mut actions = Lane::new(LaneId(3), LaneKind::Actions);
    actions
        .cards
        .push(Card::new(CardId(4), StageId(1), "Sees an advert"));
    map.lanes.push(actions);
    map
}

#[test]
fn next_id_is_above_every_id() {
    let map = small_map();
    assert_eq!(map.next_id(), 5);
    assert_eq!(JourneyMap::default().next_id(), 1);
}

#[test]
fn a_sound_map_has_no_problems() {
    assert!(small_map().validate().is_empty());
}

#[test]
fn duplicate_ids_are_renumbered_with_a_warning() {
    let mut map = small_map();
    map.lanes[0]
        .cards
        .push(Card::new(CardId(4), StageId(2), "Buys"));
    let problems = map.repair();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "warning: card id 4 is used twice; the second one is now 5"
    );
    assert_eq!(map.lanes[0].cards[1].id, CardId(5));
    assert_eq!(map.lanes[0].cards[1].text, "Buys", "text kept");
    assert!(map.validate().is_empty());
}

#[test]
fn cards_of_missing_stages_move_to_unassigned_not_lost() {
    let mut map = small_map();
    map.lanes[0]
        .cards
        .push(Card::new(CardId(9), StageId(77), "Orphan"));
    let problems = map.repair();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].message.contains("refers to stage 77"));
    let last = map.stages.last().unwrap();
    assert_eq!(last.name, "Unassigned");
    assert_eq!(map.lanes[0].cards[1].stage, last.id);
    assert_eq!(map.lanes[0].cards[1].text, "Orphan");
}

#[test]
fn emotion_values_are_clamped_and_dangling_ones_dropped() {
    let mut map = small_map();
    let mut lane = Lane::new(LaneId(10), LaneKind::Emotions);
    let mut series = EmotionSeries {
        persona: Some(PersonaId(99)),
        ..Default::default()
    };
    series.values.insert(StageId(1), 7);
    series.values.insert(StageId(55), 1);
    lane.series.push(series);
    map.lanes.push(lane);
    let problems = map.repair();
    assert_eq!(problems.len(), 3, "{problems:?}");
    let s = &map.lanes[1].series[0];
    assert_eq!(s.persona, None);
    assert_eq!(s.values.get(&StageId(1)), Some(&2));
    assert_eq!(s.values.len(), 1);
}

#[test]
fn missing_optional_fields_take_defaults() {
    let text = r#"(version: 1, stages: [(id: 1, name: "Only")], lanes: [(id: 2, kind: Pains, title: "Pains", cards: [(id: 3, stage: 1, text: "Queue")])])"#;
    let map = parse_map(text.as_bytes()).unwrap().map;
    assert_eq!(map.title, "");
    assert!(map.personas.is_empty());
    let card = &map.lanes[0].cards[0];
    assert_eq!(card.confidence, journeymap::model::Confidence::Observed);
    assert!(card.evidence.is_empty());
}

#[test]
fn unknown_fields_are_ignored() {
    let text = r#"(version: 1, future_field: [1, 2], stages: [(id: 1, name: "A", shiny: true)])"#;
    let map = parse_map(text.as_bytes()).unwrap().map;
    assert_eq!(map.stages[0].name, "A");
}

#[test]
fn touchpoint_ratings_round_trip_show_in_exports_and_are_clamped() {
    use journeymap::model::Rating;
    let mut map = small_map();
    let mut tp = Lane::new(LaneId(20), LaneKind::Touchpoints);
    let mut card = Card::new(CardId(21), StageId(2), "Dealer website");
    card.rating = Some(Rating {
        impact: 4,
        importance: 5,
    });
    tp.cards.push(card);
    map.lanes.push(tp);
    let text = journeymap::io::to_ron_string(&map);
    assert!(text.contains("impact: 4"), "{text}");
    assert_eq!(parse_map(text.as_bytes()).unwrap().map, map);
    let svg = journeymap::export::export_svg(&map, &Default::default()).unwrap();
    assert!(svg.contains("Impact 4 · Importance 5"));

    let wild = text.replace("importance: 5", "importance: 9");
    let loaded = parse_map(wild.as_bytes()).unwrap();
    assert_eq!(loaded.map.lanes[1].cards[0].rating.unwrap().importance, 5);
    assert!(loaded.warnings[0].message.contains("outside 1…5"));
}

#[test]
fn exports_can_carry_an_evidence_appendix() {
    let map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let quote = map
        .lanes
        .iter()
        .flat_map(|l| l.cards.iter())
        .find_map(|c| c.evidence.first())
        .unwrap()
        .quote
        .clone();
    let first_words: String = quote
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let plain = journeymap::export::export_svg(&map, &Default::default()).unwrap();
    assert!(!plain.contains(">Evidence<"));
    let options = journeymap::export::ExportOptions {
        evidence_appendix: true,
        ..Default::default()
    };
    let with = journeymap::export::export_svg(&map, &options).unwrap();
    assert!(with.contains(">Evidence<"), "appendix heading");
    assert!(
        with.contains(&first_words.replace('\'', "&apos;")),
        "quote {first_words:?} in the appendix"
    );
    let size = |svg: &str| {
        resvg::usvg::Tree::from_str(svg, &journeymap::export::usvg_options())
            .unwrap()
            .size()
            .height()
    };
    assert!(
        size(&with) > size(&plain) + 100.0,
        "the picture grows to hold it"
    );
}

#[test]
fn heat_colouring_paints_rated_touchpoints_by_importance() {
    use journeymap::render::heat_hue;
    use journeymap::style::Theme;
    let map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let hottest = map
        .lanes
        .iter()
        .flat_map(|l| l.cards.iter())
        .find(|c| c.rating.is_some_and(|r| r.importance == 5))
        .expect("a touchpoint of importance 5");
    assert_eq!(heat_hue(5), journeymap::model::Hue::Red);
    let red = Theme::Light.card_fill(heat_hue(5)).to_hex();
    let plain = journeymap::export::export_svg(&map, &Default::default()).unwrap();
    let options = journeymap::export::ExportOptions {
        heat: true,
        ..Default::default()
    };
    let hot = journeymap::export::export_svg(&map, &options).unwrap();
    let count = |svg: &str| svg.matches(&format!("fill=\"{red}\"")).count();
    assert!(
        count(&hot) > count(&plain),
        "{} is drawn red with heat on",
        hottest.text
    );
}

#[test]
fn metric_lanes_draw_as_bars_line_or_funnel() {
    use journeymap::model::MetricStyle;
    let mut map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let metric = map
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Metric)
        .unwrap();
    let svg_with = |map: &journeymap::model::JourneyMap| {
        journeymap::export::export_svg(map, &Default::default()).unwrap()
    };
    map.lanes[metric].metric_style = MetricStyle::Bars;
    let bars = svg_with(&map);
    for style in [MetricStyle::Line, MetricStyle::Funnel] {
        map.lanes[metric].metric_style = style;
        let text = journeymap::io::to_ron_string(&map);
        assert_eq!(
            parse_map(text.as_bytes()).unwrap().map,
            map,
            "{style:?} round-trips"
        );
        let svg = svg_with(&map);
        assert_ne!(svg, bars, "{style:?} draws differently from bars");
        resvg::usvg::Tree::from_str(&svg, &journeymap::export::usvg_options()).unwrap();
    }
    map.lanes[metric].metric_style = MetricStyle::Line;
    let line = svg_with(&map);
    assert!(
        line.matches("<polyline").count() > bars.matches("<polyline").count(),
        "a line through the values"
    );
}

#[test]
fn id_repair_near_the_largest_id_never_wraps_or_reuses_ids() {
    let mut map = JourneyMap::default();
    map.stages.push(Stage::new(StageId(0), "Zero"));
    map.stages.push(Stage::new(StageId(1), "One"));
    map.stages.push(Stage::new(StageId(u64::MAX), "Last"));
    let mut lane = Lane::new(LaneId(u64::MAX - 1), LaneKind::Actions);
    for _ in 0..4 {
        // The same id four times, and a card in a stage that does not exist.
        lane.cards.push(Card::new(CardId(2), StageId(1), "dup"));
    }
    lane.cards.push(Card::new(CardId(3), StageId(77), "orphan"));
    map.lanes.push(lane);
    let problems = map.repair();
    assert!(!problems.is_empty());
    assert!(map.validate().is_empty(), "{:?}", map.validate());
    let mut ids: Vec<u64> = map.stages.iter().map(|s| s.id.0).collect();
    ids.extend(map.lanes.iter().map(|l| l.id.0));
    ids.extend(
        map.lanes
            .iter()
            .flat_map(|l| l.cards.iter().map(|c| c.id.0)),
    );
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    // The originals keep their ids; the "Unassigned" stage got a fresh one.
    assert_eq!(
        map.stages[..3].iter().map(|s| s.id.0).collect::<Vec<_>>(),
        [0, 1, u64::MAX]
    );
    assert_eq!(map.stages.len(), 4);
    // And a fresh id for the next edit is one no item has.
    let next = map.next_id();
    assert!(!ids.contains(&next), "{next}");
}

// --- compare: stages matched by name ---------------------------------------

/// Counts the allocations made on the calling thread (other tests run on
/// other threads), to tell linear work from quadratic without a clock.
struct CountingAlloc;

thread_local! {
    static ALLOCATIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn count_allocation() {
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
}

unsafe impl std::alloc::GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        count_allocation();
        unsafe { std::alloc::System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new: usize) -> *mut u8 {
        count_allocation();
        unsafe { std::alloc::System.realloc(ptr, layout, new) }
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// A map with the given stages, one emotion curve (value per stage) and
/// `cards` cards in each stage.
fn compare_map(stages: &[(&str, i32, usize)]) -> JourneyMap {
    let mut map = JourneyMap::default();
    let mut emotions = Lane::new(LaneId(1_000_000), LaneKind::Emotions);
    let mut series = EmotionSeries::default();
    let mut actions = Lane::new(LaneId(1_000_001), LaneKind::Actions);
    let mut next = 2_000_000;
    for (i, (name, value, cards)) in stages.iter().enumerate() {
        let id = StageId(i as u64 + 1);
        map.stages.push(Stage::new(id, *name));
        series.values.insert(id, *value);
        for _ in 0..*cards {
            next += 1;
            actions.cards.push(Card::new(CardId(next), id, "card"));
        }
    }
    emotions.series.push(series);
    map.lanes.push(emotions);
    map.lanes.push(actions);
    map
}

#[test]
fn compare_matches_stages_by_name_first_match_wins_and_duplicates_are_kept() {
    use journeymap::model::compare::{Difference, compare};
    let current = compare_map(&[
        ("Awareness", -2, 1),
        ("Purchase", 0, 2),
        ("purchase", 0, 0),
        ("Service", 1, 3),
        (" Onboarding", 0, 0),
        ("ЭТАП", -1, 1),
    ]);
    let future = compare_map(&[
        ("PURCHASE ", 2, 4),
        ("Advocacy", 1, 0),
        ("awareness", -2, 5),
        ("Purchase", -2, 6), // a second "purchase": never matched, not new
        ("Advocacy", 0, 1),  // unmatched duplicates are both new
        ("Onboarding\t", 0, 7),
        ("этап", 1, 0),
    ]);
    let c = compare(&current, &future);
    let rows: Vec<_> = c
        .stages
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.current,
                p.future,
                p.current_cards,
                p.future_cards,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Awareness", Some(0.0), Some(0.0), Some(1), Some(5)),
            ("Purchase", Some(0.5), Some(1.0), Some(2), Some(4)),
            ("purchase", Some(0.5), Some(1.0), Some(0), Some(4)),
            ("Service", Some(0.75), None, Some(3), None),
            (" Onboarding", Some(0.5), Some(0.5), Some(0), Some(7)),
            ("ЭТАП", Some(0.25), Some(0.75), Some(1), Some(0)),
            ("Advocacy", None, Some(0.75), None, Some(0)),
            ("Advocacy", None, Some(0.5), None, Some(1)),
        ]
    );
    assert_eq!(
        c.changes,
        [
            Difference::Feels {
                stage: "Purchase".into(),
                delta: 0.5
            },
            Difference::Feels {
                stage: "purchase".into(),
                delta: 0.5
            },
            Difference::OnlyCurrent("Service".into()),
            Difference::Feels {
                stage: "ЭТАП".into(),
                delta: 0.5
            },
            Difference::OnlyFuture("Advocacy".into()),
            Difference::OnlyFuture("Advocacy".into()),
        ]
    );
}

/// Allocations `compare` makes for two maps of `n` stages (reversed in the
/// future map, every tenth renamed).
fn compare_allocations(n: usize) -> u64 {
    let names: Vec<String> = (0..n).map(|i| format!("Stage {i}")).collect();
    let current = compare_map(&names.iter().map(|s| (s.as_str(), 0, 1)).collect::<Vec<_>>());
    let future_names: Vec<String> = (0..n)
        .rev()
        .map(|i| {
            if i % 10 == 0 {
                format!("New {i}")
            } else {
                format!(" STAGE {i}")
            }
        })
        .collect();
    let future = compare_map(
        &future_names
            .iter()
            .map(|s| (s.as_str(), 1, 1))
            .collect::<Vec<_>>(),
    );
    let before = ALLOCATIONS.with(|c| c.get());
    let c = journeymap::model::compare::compare(&current, &future);
    let after = ALLOCATIONS.with(|c| c.get());
    assert_eq!(c.stages.len(), n + n / 10);
    after - before
}

/// `compare` does work in proportion to the stages, not to their square
/// (20,000 stages took 15 s): four times the stages, at most about four
/// times the allocations. Counted, not timed (see BENCHMARKS.md for times).
#[test]
fn compare_work_grows_linearly_with_stages() {
    let small = compare_allocations(500);
    let large = compare_allocations(2_000);
    assert!(
        large < small * 6,
        "500 stages: {small} allocations, 2,000 stages: {large}"
    );
}
