//! The translation files: every key in every language, no stray keys, the
//! plural rules of each language, and names of the model's kinds.

use std::collections::BTreeSet;

use journeymap::i18n::{self, Lang, SOURCES, message_ids, names};

fn keys(source: &str) -> BTreeSet<String> {
    message_ids(source).into_iter().collect()
}

#[test]
fn every_key_exists_in_all_three_languages_and_parses() {
    let english = keys(SOURCES[0].1);
    assert!(english.len() > 50);
    for (lang, source) in SOURCES {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
            panic!("{lang:?}.ftl does not parse: {errors:?}");
        }
        let these = keys(source);
        let missing: Vec<_> = english.difference(&these).collect();
        let extra: Vec<_> = these.difference(&english).collect();
        assert!(missing.is_empty(), "{lang:?}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?}.ftl has keys English lacks: {extra:?}"
        );
        let ids = message_ids(source);
        assert_eq!(ids.len(), these.len(), "{lang:?}.ftl defines a key twice");
    }
}

#[test]
fn every_key_the_code_asks_for_exists() {
    let english = keys(SOURCES[0].1);
    for key in names::all_keys() {
        assert!(english.contains(&key), "en.ftl lacks {key}");
    }
    // Keys written in the source as t!("…") / t_in!(…, "…") / tr("…").
    let mut used = BTreeSet::new();
    let mut literals = BTreeSet::new();
    collect_keys(std::path::Path::new("src"), &mut used, &mut literals);
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "used in the code but not in en.ftl: {missing:?}"
    );
    // And nothing in the files that no code names (a key may also be named
    // in a table of keys, or built from a prefix at run time).
    let generated: BTreeSet<String> = names::all_keys().into_iter().collect();
    let unused: Vec<_> = english
        .iter()
        .filter(|k| {
            !literals.contains(*k)
                && !generated.contains(*k)
                && !DYNAMIC.iter().any(|p| k.starts_with(p))
        })
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

/// Key prefixes the code builds at run time (`format!("…-{x}")`).
const DYNAMIC: &[&str] = &["app-name", "command-", "template-", "step-"];

/// Keys in the source: string literals right after `t!(`, `t_in!(LANG, `,
/// `tr(`, `tr_in(LANG, `, `tr_args(` or `tr_args_in(LANG, `.
fn collect_keys(
    dir: &std::path::Path,
    out: &mut BTreeSet<String>,
    literals: &mut BTreeSet<String>,
) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_keys(&path, out, literals);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        // Comments may show `t!("key")` as an example.
        let text: String = source
            .lines()
            .map(|l| {
                if l.trim_start().starts_with("//") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for (i, _) in text.match_indices('"') {
            let literal: String = text[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            if literal.is_empty() || !text[i + 1 + literal.len()..].starts_with('"') {
                continue;
            }
            literals.insert(literal.clone());
            let head = text[..i].trim_end();
            // The marker must start a name: `attr("x"` is no `tr("x"`.
            let starts_name = |m: &str| {
                head.strip_suffix(m)
                    .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            };
            let call = ["t!(", "tr(", "tr_args("].iter().any(|m| starts_name(m))
                || ["t_in!(", "tr_in(", "tr_args_in("].iter().any(|m| {
                    head.ends_with(',') && head.rfind(m).is_some_and(|j| !head[j..].contains(')'))
                });
            if call {
                out.insert(literal);
            }
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    // Through a message with a plural selector: the card count.
    let say = |lang, n: usize| i18n::tr_args_in(lang, "count-cards", &[("n", n.into())]);
    assert_eq!(say(Lang::En, 1), "1 card");
    assert_eq!(say(Lang::En, 5), "5 cards");
    assert_eq!(say(Lang::Ru, 1), "1 карточка");
    assert_eq!(say(Lang::Ru, 2), "2 карточки");
    assert_eq!(say(Lang::Ru, 5), "5 карточек");
    assert_eq!(say(Lang::Ru, 21), "21 карточка");
    assert_eq!(say(Lang::Lv, 1), "1 kartīte");
    assert_eq!(say(Lang::Lv, 2), "2 kartītes");
    assert_eq!(say(Lang::Lv, 0), "0 kartīšu");
    assert_eq!(say(Lang::Lv, 21), "21 kartīte");
}

#[test]
fn kinds_have_names_in_every_language() {
    use journeymap::model::LaneKind;
    assert_eq!(names::lane_kind(Lang::Ru, LaneKind::Pains), "Боли");
    assert_eq!(
        names::lane_kind(Lang::Lv, LaneKind::Touchpoints),
        "Saskares punkti"
    );
    assert_eq!(
        names::lane_kind(Lang::En, LaneKind::LineOfVisibility),
        "Line of visibility"
    );
}

#[test]
fn languages_come_from_locales() {
    assert_eq!(Lang::from_locale(Some("ru_RU.UTF-8")), Lang::Ru);
    assert_eq!(Lang::from_locale(Some("lv-LV")), Lang::Lv);
    assert_eq!(Lang::from_locale(Some("de_DE")), Lang::En);
    assert_eq!(Lang::from_locale(None), Lang::En);
}

#[test]
fn a_map_in_an_unknown_language_opens_in_english_with_a_warning() {
    let mut map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    map.language = "xx-YY".into();
    let text = journeymap::io::to_ron_string(&map);
    let loaded = journeymap::io::parse_map(text.as_bytes()).expect("it opens");
    assert_eq!(loaded.map.lang(), Lang::En, "English defaults");
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.message.contains("unknown language") && w.message.contains("xx-YY")),
        "{:?}",
        loaded.warnings
    );
    // A new lane in it is titled in English.
    let (edit, _) = journeymap::edit::add_lane(&loaded.map, journeymap::model::LaneKind::Pains, 99);
    let mut m = loaded.map.clone();
    edit.apply_to(&mut m);
    assert_eq!(m.lanes.last().unwrap().title, "Pains");
    // And one in a Russian map in Russian.
    m.language = "ru".into();
    let (edit, _) = journeymap::edit::add_lane(&m, journeymap::model::LaneKind::Pains, 99);
    edit.apply_to(&mut m);
    assert_eq!(m.lanes.last().unwrap().title, "Боли");
}

#[test]
fn the_comparison_report_of_a_russian_map_is_in_russian() {
    let t = |name| {
        journeymap::io::template_in(name, Lang::Ru)
            .unwrap()
            .instantiate()
            .unwrap()
    };
    let (current, future) = (t("current-state"), t("future-state"));
    let c = journeymap::model::compare::compare(&current, &future);
    let report =
        journeymap::i18n::text::comparison_report(Lang::Ru, &c, &current.title, &future.title);
    assert!(
        report.starts_with("# Текущее и будущее состояние"),
        "{report}"
    );
    assert!(report.contains("| Этап |"), "{report}");
    assert!(
        report.contains("\u{a0}%"),
        "percentages as Russian writes them: {report}"
    );
    assert!(!report.contains("Feeling now"), "{report}");
    // English maps keep the English report.
    let en = journeymap::i18n::text::comparison_report(Lang::En, &c, "a", "b");
    assert!(en.contains("| Stage | Feeling now |"));
}

#[test]
fn repairs_on_load_are_told_in_the_interface_language() {
    let text = r#"(version: 1, title: "Broken", personas: [], stages: [(id: 1, name: "A")],
        lanes: [(id: 2, kind: Actions, title: "Действия", cards: [
            (id: 3, stage: 1, text: "one"), (id: 3, stage: 9, text: "two")]),
        (id: 4, kind: Emotions, title: "Эмоции", series: [(persona: Some(77), values: {1: 9})])])"#;
    let loaded = journeymap::io::parse_map(text.as_bytes()).expect("repaired, not refused");
    assert!(loaded.warnings.len() >= 3, "{:?}", loaded.warnings);
    let english = keys(SOURCES[0].1);
    for w in &loaded.warnings {
        assert!(english.contains(w.key), "en.ftl lacks {}", w.key);
        let ru = i18n::text::problem(Lang::Ru, w);
        assert!(
            ru.chars().any(|c| ('а'..='я').contains(&c)),
            "Russian: {ru}"
        );
        let lv = i18n::text::problem(Lang::Lv, w);
        assert_ne!(lv, w.message, "Latvian differs from English: {lv}");
        assert!(
            !w.message.is_empty(),
            "the English message stays for the CLI"
        );
    }
}

#[test]
fn a_stage_made_for_orphaned_cards_is_named_in_the_maps_language() {
    let text = r#"(version: 1, language: "ru", title: "Карта", stages: [(id: 1, name: "А")],
        lanes: [(id: 2, kind: Actions, title: "Действия", cards: [(id: 3, stage: 9, text: "потерялась")])])"#;
    let loaded = journeymap::io::parse_map(text.as_bytes()).unwrap();
    assert_eq!(loaded.map.stages.last().unwrap().name, "Без этапа");
    let english = text.replace(r#"language: "ru", "#, "");
    let loaded = journeymap::io::parse_map(english.as_bytes()).unwrap();
    assert_eq!(loaded.map.stages.last().unwrap().name, "Unassigned");
}
