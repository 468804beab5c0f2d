//! Property tests on arbitrary maps: RON round trips are exact and
//! deterministic; every export is SVG that usvg parses.

use journeymap::export::{ExportOptions, export_svg, usvg_options};
use journeymap::io::{parse_map, to_ron_string};
use journeymap::model::{
    Card, CardId, Channel, Confidence, EmotionSeries, Evidence, Hue, JourneyMap, Lane, LaneContent,
    LaneId, LaneKind, Persona, PersonaId, Stage, StageId,
};
use proptest::collection::vec;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.!?&<>\"'-]{0,40}",
        "[а-яА-ЯёЁ ]{0,30}",
        "[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽa-z ]{0,30}",
        any::<String>(),
    ]
}

type CardSpec = (usize, String, usize, Option<usize>, Option<String>);
type LaneSpec = (usize, String, Vec<CardSpec>, Vec<i32>, Vec<i32>);

fn card() -> impl Strategy<Value = CardSpec> {
    (
        0usize..8,
        text(),
        0usize..3,
        proptest::option::of(0usize..12),
        proptest::option::of(text()),
    )
}

fn lane() -> impl Strategy<Value = LaneSpec> {
    (
        0usize..LaneKind::ALL.len(),
        text(),
        vec(card(), 0..6),
        vec(-2i32..=2, 8),
        vec(-100_000i32..100_000, 8),
    )
}

fn map() -> impl Strategy<Value = JourneyMap> {
    (
        text(),
        text(),
        vec(text(), 1..7),
        vec(text(), 0..3),
        vec(lane(), 0..7),
    )
        .prop_map(|(title, goal, stage_names, persona_names, lanes)| {
            let mut id = 0u64;
            let mut next = || {
                id += 1;
                id
            };
            let mut map = JourneyMap {
                title,
                ..JourneyMap::default()
            };
            map.lens.goal = goal;
            for (i, name) in persona_names.into_iter().enumerate() {
                map.personas.push(Persona::new(
                    PersonaId(next()),
                    name,
                    Hue::ALL[i % Hue::ALL.len()],
                ));
            }
            for name in stage_names {
                map.stages.push(Stage::new(StageId(next()), name));
            }
            let stages: Vec<StageId> = map.stages.iter().map(|s| s.id).collect();
            for (kind, title, cards, emotions, metrics) in lanes {
                let kind = LaneKind::ALL[kind];
                let mut lane = Lane::new(LaneId(next()), kind);
                lane.title = title;
                let cards = if kind.content() == LaneContent::Cards {
                    cards
                } else {
                    Vec::new()
                };
                for (stage, text, confidence, channel, quote) in cards {
                    let mut card = Card::new(CardId(next()), stages[stage % stages.len()], text);
                    card.confidence = Confidence::ALL[confidence];
                    card.channel = channel.map(|c| Channel::ALL[c]);
                    if let Some(quote) = quote {
                        card.evidence.push(Evidence {
                            quote,
                            source: "Interview #3".into(),
                            ..Default::default()
                        });
                    }
                    lane.cards.push(card);
                }
                if kind == LaneKind::Emotions {
                    let values = stages
                        .iter()
                        .zip(&emotions)
                        .map(|(s, v)| (*s, *v))
                        .collect();
                    lane.series.push(EmotionSeries {
                        persona: map.personas.first().map(|p| p.id),
                        values,
                    });
                }
                if kind == LaneKind::Metric {
                    lane.unit = "%".into();
                    for (s, v) in stages.iter().zip(&metrics) {
                        lane.values.insert(*s, *v as f64 / 8.0);
                    }
                }
                map.lanes.push(lane);
            }
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_maps_round_trip_through_ron_exactly(map in map()) {
        prop_assert!(map.validate().is_empty());
        let text = to_ron_string(&map);
        let loaded = parse_map(text.as_bytes()).expect("saved map loads");
        prop_assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        prop_assert_eq!(&loaded.map, &map);
        prop_assert_eq!(to_ron_string(&loaded.map), text, "saving twice gives the same bytes");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn arbitrary_maps_export_to_valid_svg(map in map()) {
        let svg = export_svg(&map, &ExportOptions { date: Some("2026-01-01".into()), ..Default::default() })
            .expect("export");
        prop_assert!(resvg::usvg::Tree::from_str(&svg, &usvg_options()).is_ok());
        prop_assert!(!svg.contains("<script"), "text is escaped");
    }
}
