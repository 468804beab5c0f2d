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
