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

// ---- The templates in Russian and Latvian ----

use journeymap::i18n::{self, Lang, names};
use journeymap::io::{blank_map_in, template_by_name, template_in, templates_in};

const WRITTEN: [&str; 4] = [
    "current-state",
    "day-in-the-life",
    "future-state",
    "service-blueprint",
];

/// The languages with their own template files.
const OTHER_LANGS: [Lang; 2] = [Lang::Ru, Lang::Lv];

fn localized(lang: Lang, name: &str) -> JourneyMap {
    template_in(name, lang)
        .unwrap_or_else(|| panic!("no {name} in {lang:?}"))
        .instantiate()
        .unwrap_or_else(|e| panic!("{lang:?} {name}: {e}"))
}

/// Every piece of prose in a map a reader sees: title, lens, personas,
/// stages, lane titles, cards and their evidence.
fn texts(map: &JourneyMap) -> Vec<String> {
    let mut out = vec![
        map.title.clone(),
        map.lens.goal.clone(),
        map.lens.scenario.clone(),
        map.lens.expectations.clone(),
    ];
    for p in &map.personas {
        out.extend([p.name.clone(), p.role.clone(), p.quote.clone()]);
        out.extend(p.goals.iter().cloned());
        out.extend(p.frustrations.iter().cloned());
    }
    for s in &map.stages {
        out.extend([s.name.clone(), s.description.clone()]);
    }
    for lane in &map.lanes {
        out.push(lane.title.clone());
        for card in &lane.cards {
            out.push(card.text.clone());
            for e in &card.evidence {
                out.extend([e.quote.clone(), e.source.clone()]);
            }
        }
    }
    out.retain(|t| !t.is_empty());
    out
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

#[test]
fn every_template_exists_in_every_language_in_the_same_order() {
    for lang in Lang::ALL {
        let names: Vec<_> = templates_in(lang).iter().map(|t| t.name).collect();
        let english: Vec<_> = TEMPLATES.iter().map(|t| t.name).collect();
        assert_eq!(names, english, "{lang:?}");
        for t in templates_in(lang) {
            assert_eq!(t.lang, lang, "{}", t.name);
            assert_eq!(template_in(t.name, lang), Some(t));
        }
    }
    assert!(template_in("nope", Lang::Ru).is_none());
    // The English set is what it always was.
    assert_eq!(
        template_in("current-state", Lang::En),
        template_by_name("current-state")
    );
}

#[test]
fn localized_templates_load_without_problems_and_record_their_language() {
    for lang in OTHER_LANGS {
        for name in WRITTEN {
            let t = template_in(name, lang).unwrap();
            assert_eq!(t.path(), format!("templates/{}/{name}.ron", lang.code()));
            let path = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), t.path());
            let on_disk = std::fs::read_to_string(&path).unwrap();
            let loaded = parse_map(on_disk.as_bytes()).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(loaded.warnings.is_empty(), "{path}: {:?}", loaded.warnings);
            assert_eq!(loaded.map.language, lang.code(), "{path}");
            assert_eq!(loaded.map.lang(), lang, "{path}");
            // The embedded copy is the file, and the file is what `save` writes.
            assert!(
                t.instantiate().unwrap() == loaded.map,
                "{path}: embedded copy differs"
            );
            let canonical = to_ron_string(&loaded.map);
            let first_difference = on_disk
                .lines()
                .zip(canonical.lines())
                .position(|(a, b)| a != b);
            assert!(
                on_disk == canonical,
                "{path} is not canonical (line {:?})",
                first_difference.map(|i| i + 1)
            );
        }
    }
}

#[test]
fn localized_templates_are_as_rich_as_the_english_ones() {
    for lang in OTHER_LANGS {
        for name in WRITTEN {
            let map = localized(lang, name);
            let english = template_by_name(name).unwrap().instantiate().unwrap();
            let what = format!("{lang:?} {name}");
            assert!(map.stages.len() >= 5, "{what}: fewer than 5 stages");
            assert!(
                map.stages.iter().all(|s| !s.description.is_empty()),
                "{what}: a stage without description"
            );
            assert!(
                !map.lens.goal.is_empty()
                    && !map.lens.scenario.is_empty()
                    && !map.lens.expectations.is_empty(),
                "{what}: lens"
            );
            assert!(!map.personas.is_empty(), "{what}: no persona");
            for p in &map.personas {
                assert!(
                    p.age.is_some() && !p.role.is_empty() && !p.quote.is_empty(),
                    "{what}: {}",
                    p.name
                );
                assert!(
                    !p.goals.is_empty() && !p.frustrations.is_empty(),
                    "{what}: {}",
                    p.name
                );
            }
            // The same kinds of lanes as the English template, in the same order.
            let kinds = |m: &JourneyMap| {
                m.lanes
                    .iter()
                    .map(|l| l.kind)
                    .filter(|k| *k != LaneKind::Metric)
                    .collect::<Vec<_>>()
            };
            assert_eq!(kinds(&map), kinds(&english), "{what}: lanes");
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
                    "{what}: lane {} has cards in only {filled} stages",
                    lane.title
                );
            }
            // One emotion curve per persona.
            let emotions = map
                .lanes
                .iter()
                .find(|l| l.kind == LaneKind::Emotions)
                .expect("emotions");
            for p in &map.personas {
                assert!(
                    emotions.series.iter().any(|s| s.persona == Some(p.id)),
                    "{what}: no curve for {}",
                    p.name
                );
            }
            let cards: Vec<_> = map.lanes.iter().flat_map(|l| &l.cards).collect();
            assert!(
                cards.len() * 10 >= english.card_count() * 8,
                "{what}: {} cards, English has {}",
                cards.len(),
                english.card_count()
            );
            let with_evidence = |cards: &[&journeymap::model::Card]| {
                cards.iter().filter(|c| !c.evidence.is_empty()).count()
            };
            let english_cards: Vec<_> = english.lanes.iter().flat_map(|l| &l.cards).collect();
            assert!(
                with_evidence(&cards) >= with_evidence(&english_cards),
                "{what}: less evidence than in English"
            );
            assert!(
                cards
                    .iter()
                    .flat_map(|c| &c.evidence)
                    .all(|e| !e.source.is_empty() && !e.date.is_empty()),
                "{what}: evidence without source"
            );
            if name != "future-state" {
                assert!(
                    cards
                        .iter()
                        .any(|c| c.confidence == journeymap::model::Confidence::Assumed),
                    "{what}: no assumed card"
                );
            }
            for lane in map.lanes.iter().filter(|l| l.kind == LaneKind::Touchpoints) {
                assert!(
                    lane.cards
                        .iter()
                        .all(|c| c.channel.is_some() && c.rating.is_some()),
                    "{what}: touchpoint without channel or rating"
                );
            }
            if matches!(name, "current-state" | "future-state") {
                assert!(
                    map.lanes
                        .iter()
                        .any(|l| l.kind == LaneKind::Metric && !l.values.is_empty()),
                    "{what}: no metric"
                );
            }
        }
    }
}

#[test]
fn lane_titles_are_in_the_maps_language() {
    for lang in OTHER_LANGS {
        for name in WRITTEN {
            let map = localized(lang, name);
            for lane in &map.lanes {
                if matches!(lane.kind, LaneKind::Custom | LaneKind::Metric) {
                    // Their own titles; in the language (checked with the prose).
                    continue;
                }
                let default = names::lane_kind(lang, lane.kind).to_lowercase();
                assert!(
                    lane.title.to_lowercase().contains(&default),
                    "{lang:?} {name}: lane \"{}\" is not titled \"{default}\"",
                    lane.title
                );
            }
        }
    }
    // The core lanes of a journey carry exactly the default names.
    for lang in OTHER_LANGS {
        let map = localized(lang, "current-state");
        for lane in map.lanes.iter().filter(|l| l.kind != LaneKind::Metric) {
            assert_eq!(lane.title, names::lane_kind(lang, lane.kind), "{lang:?}");
        }
    }
}

#[test]
fn russian_templates_are_written_in_russian() {
    for name in WRITTEN {
        let map = localized(Lang::Ru, name);
        for text in texts(&map) {
            // Names of brands and systems (Mitsubishi, CRM, DMS) may be Latin,
            // but never a whole text: every one has Russian words.
            assert!(
                text.chars().any(is_cyrillic),
                "ru {name}: \"{text}\" has no Russian"
            );
        }
        for card in map.lanes.iter().flat_map(|l| &l.cards) {
            let latin = card.text.chars().filter(char::is_ascii_alphabetic).count();
            let cyrillic = card.text.chars().filter(|c| is_cyrillic(*c)).count();
            assert!(
                cyrillic > latin,
                "ru {name}: \"{}\" is mostly Latin",
                card.text
            );
        }
    }
    let current = localized(Lang::Ru, "current-state");
    assert!(
        current
            .personas
            .iter()
            .any(|p| p.name.starts_with("Василий") && p.age == Some(55))
    );
    assert!(
        current.lens.goal.contains("15\u{a0}%"),
        "{}",
        current.lens.goal
    );
}

#[test]
fn latvian_templates_are_written_in_latvian() {
    const LATVIAN: &[char] = &['ā', 'č', 'ē', 'ģ', 'ī', 'ķ', 'ļ', 'ņ', 'š', 'ū', 'ž'];
    for name in WRITTEN {
        let map = localized(Lang::Lv, name);
        let all = texts(&map).join("\n");
        let used = LATVIAN.iter().filter(|c| all.contains(**c)).count();
        assert!(used >= 8, "lv {name}: only {used} of the Latvian letters");
        assert!(!all.chars().any(is_cyrillic), "lv {name}: Cyrillic text");
        let with_letters = texts(&map)
            .iter()
            .filter(|t| {
                t.chars()
                    .any(|c| LATVIAN.contains(&c.to_lowercase().next().unwrap()))
            })
            .count();
        assert!(
            with_letters * 10 >= texts(&map).len() * 6,
            "lv {name}: too few texts with Latvian letters"
        );
    }
}

#[test]
fn localized_texts_are_typeset() {
    for lang in OTHER_LANGS {
        for name in WRITTEN {
            for text in texts(&localized(lang, name)) {
                let what = format!("{lang:?} {name}: \"{text}\"");
                assert!(
                    !text.contains('"') && !text.contains('\''),
                    "{what}: straight quotes"
                );
                assert!(
                    !text.contains(" - ") && !text.contains("--"),
                    "{what}: a hyphen for a dash"
                );
                assert!(
                    !text.contains("  ") && text.trim() == text,
                    "{what}: stray spaces"
                );
                // "15 %", "12 000 ₽", "4,50 €", "№ 3", "15 000 км": no-break spaces.
                for (i, c) in text.char_indices() {
                    if matches!(c, '%' | '₽' | '€') {
                        assert!(
                            text[..i].ends_with('\u{a0}'),
                            "{what}: no no-break space before {c}"
                        );
                    }
                }
                assert!(
                    !text.contains("№ ") && !text.contains("Nr. "),
                    "{what}: breakable number"
                );
                let quotes = match lang {
                    Lang::Ru => ['«', '»'],
                    _ => ['„', '“'],
                };
                let opened = text.matches(quotes[0]).count();
                assert_eq!(
                    opened,
                    text.matches(quotes[1]).count(),
                    "{what}: unbalanced quotes"
                );
                if lang == Lang::Ru {
                    assert!(
                        !text.contains('„') || text.contains('«'),
                        "{what}: inner quotes outside «»"
                    );
                } else {
                    assert!(!text.contains('«'), "{what}: Russian quotes in Latvian");
                }
            }
        }
    }
}

#[test]
fn current_and_future_compare_stage_by_stage_in_every_language() {
    for lang in Lang::ALL {
        let current = template_in("current-state", lang)
            .unwrap()
            .instantiate()
            .unwrap();
        let future = template_in("future-state", lang)
            .unwrap()
            .instantiate()
            .unwrap();
        let stage_names =
            |m: &JourneyMap| m.stages.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        assert_eq!(stage_names(&current), stage_names(&future), "{lang:?}");
        let persona_names = |m: &JourneyMap| {
            m.personas
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(persona_names(&current), persona_names(&future), "{lang:?}");
        let c = journeymap::model::compare::compare(&current, &future);
        assert_eq!(c.stages.len(), current.stages.len(), "{lang:?}");
        for pair in &c.stages {
            assert!(
                pair.current_cards.is_some() && pair.future_cards.is_some(),
                "{lang:?}: {} unmatched",
                pair.name
            );
            assert!(
                pair.current.is_some() && pair.future.is_some(),
                "{lang:?}: {} has no feelings",
                pair.name
            );
        }
        assert!(
            c.differences
                .iter()
                .all(|d| !d.contains("only in") && !d.contains("new in")),
            "{lang:?}: {:?}",
            c.differences
        );
    }
}

#[test]
fn the_blank_map_speaks_its_language() {
    for lang in OTHER_LANGS {
        let map = template_in("blank", lang).unwrap().instantiate().unwrap();
        assert_eq!(map, blank_map_in(lang));
        assert_eq!(map.language, lang.code());
        assert_eq!(map.title, i18n::tr_in(lang, "untitled-map"));
        for (n, stage) in map.stages.iter().enumerate() {
            assert_eq!(
                stage.name,
                journeymap::t_in!(lang, "default-stage-name", n = n + 1)
            );
        }
        for lane in &map.lanes {
            assert_eq!(lane.title, names::lane_kind(lang, lane.kind));
        }
        assert!(map.validate().is_empty());
    }
    assert_eq!(blank_map_in(Lang::Ru).stages[0].name, "Этап 1");
    assert_eq!(blank_map_in(Lang::Lv).stages[1].name, "2. posms");
    // English stays as it was.
    assert_eq!(
        blank_map_in(Lang::En),
        template_by_name("blank").unwrap().instantiate().unwrap()
    );
}

#[test]
fn template_titles_and_descriptions_come_in_every_interface_language() {
    for t in &TEMPLATES {
        assert_eq!(t.title_in(Lang::En), t.title, "{}", t.name);
        assert_eq!(t.description_in(Lang::En), t.description, "{}", t.name);
        for ui in OTHER_LANGS {
            let (title, description) = (t.title_in(ui), t.description_in(ui));
            assert!(
                !title.starts_with("template-") && !description.starts_with("template-"),
                "{ui:?} {}: key missing",
                t.name
            );
            assert_ne!(title, t.title, "{ui:?} {}: title untranslated", t.name);
            assert_ne!(
                description, t.description,
                "{ui:?} {}: description untranslated",
                t.name
            );
        }
        // A localized template has the same title (it is the same kind of map).
        for lang in OTHER_LANGS {
            let other = template_in(t.name, lang).unwrap();
            assert_eq!(other.title_in(Lang::Ru), t.title_in(Lang::Ru));
        }
    }
    assert_eq!(TEMPLATES[0].title_in(Lang::Ru), "Текущее состояние");
    assert_eq!(TEMPLATES[0].title_in(Lang::Lv), "Pašreizējais stāvoklis");
}
