//! Every built-in template loads, is sound, and round-trips byte for byte.

use std::collections::HashSet;

use journeymap::io::{TEMPLATES, parse_map, to_ron_string};
use journeymap::model::{JourneyMap, LaneContent, LaneKind};

fn all_templates() -> Vec<(&'static str, JourneyMap)> {
    TEMPLATES
        .iter()
        .map(|t| (t.name, t.instantiate().expect(t.name)))
        .collect()
}

#[test]
fn every_template_loads_without_repairs() {
    for t in &TEMPLATES {
        let map = t
            .instantiate()
            .unwrap_or_else(|e| panic!("{}: {e}", t.name));
        assert!(
            map.validate().is_empty(),
            "{}: {:?}",
            t.name,
            map.validate()
        );
    }
}

#[test]
fn templates_round_trip_exactly() {
    for (name, map) in all_templates() {
        let text = to_ron_string(&map);
        let again = parse_map(text.as_bytes()).expect(name).map;
        assert_eq!(map, again, "{name}: load → save → load changed the map");
        assert_eq!(text, to_ron_string(&again), "{name}: saving twice differs");
    }
}

#[test]
fn template_files_are_in_canonical_form() {
    // The files in templates/ are what `save` writes, so a user who saves an
    // unchanged template gets no diff.
    for t in TEMPLATES.iter().filter(|t| t.name != "blank") {
        let path = format!("{}/templates/{}.ron", env!("CARGO_MANIFEST_DIR"), t.name);
        let on_disk = std::fs::read_to_string(&path).unwrap();
        let map = parse_map(on_disk.as_bytes()).unwrap().map;
        assert_eq!(on_disk, to_ron_string(&map), "{path} is not canonical");
    }
}

#[test]
fn ids_are_unique_and_references_resolve() {
    for (name, map) in all_templates() {
        let mut ids = HashSet::new();
        let stages: HashSet<_> = map.stages.iter().map(|s| s.id).collect();
        for id in map.stages.iter().map(|s| s.id.0) {
            assert!(ids.insert(id), "{name}: id {id} repeated");
        }
        for id in map.personas.iter().map(|p| p.id.0) {
            assert!(ids.insert(id), "{name}: id {id} repeated");
        }
        for lane in &map.lanes {
            assert!(ids.insert(lane.id.0), "{name}: id {} repeated", lane.id);
            for card in &lane.cards {
                assert!(ids.insert(card.id.0), "{name}: id {} repeated", card.id);
                assert!(
                    stages.contains(&card.stage),
                    "{name}: card {} stage",
                    card.id
                );
            }
            for series in &lane.series {
                assert!(series.values.keys().all(|s| stages.contains(s)));
            }
        }
    }
}

#[test]
fn example_templates_are_real_starting_points() {
    for (name, map) in all_templates().into_iter().filter(|(n, _)| *n != "blank") {
        assert!(map.stages.len() >= 5, "{name}: fewer than 5 stages");
        assert!(!map.lens.goal.is_empty(), "{name}: no goal");
        assert!(!map.personas.is_empty(), "{name}: no persona");
        // Cards in most cells of every card lane.
        for lane in map
            .lanes
            .iter()
            .filter(|l| l.kind.content() == LaneContent::Cards)
        {
            let filled = map
                .stages
                .iter()
                .filter(|s| lane.cards_in(s.id).next().is_some())
                .count();
            assert!(
                filled * 2 > map.stages.len(),
                "{name}: lane {} has cards in only {filled} stages",
                lane.title
            );
        }
        let emotions = map.lanes.iter().find(|l| l.kind == LaneKind::Emotions);
        assert!(
            emotions.is_some_and(|l| !l.series.is_empty()),
            "{name}: no emotion curve"
        );
    }
}

#[test]
fn templates_have_the_lanes_design_lists() {
    let kinds = |name: &str| -> Vec<LaneKind> {
        let map = journeymap::io::template_by_name(name)
            .unwrap()
            .instantiate()
            .unwrap();
        map.lanes.iter().map(|l| l.kind).collect()
    };
    let current = kinds("current-state");
    for k in [
        LaneKind::Actions,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::Touchpoints,
        LaneKind::Pains,
        LaneKind::Opportunities,
    ] {
        assert!(current.contains(&k), "current-state lacks {k:?}");
    }
    let blueprint = kinds("service-blueprint");
    let order: Vec<_> = [
        LaneKind::PhysicalEvidence,
        LaneKind::LineOfInteraction,
        LaneKind::Frontstage,
        LaneKind::LineOfVisibility,
        LaneKind::Backstage,
        LaneKind::LineOfInternalInteraction,
        LaneKind::SupportProcesses,
    ]
    .iter()
    .map(|k| {
        blueprint
            .iter()
            .position(|b| b == k)
            .unwrap_or_else(|| panic!("no {k:?}"))
    })
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "blueprint lanes out of order"
    );
}
