//! The app in Russian and Latvian, driven by its own labels: the language
//! menu switches at once, new content follows the map's language, and the
//! start screen and canvas are snapshot-tested in each language.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::model::{JourneyMap, Lang};
use journeymap::ui::{JourneyApp, Prefs, Selection, setup_context};

fn app(lang: Lang) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size([1500.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::with_prefs(Prefs {
                language: Some(lang),
                ..Default::default()
            })
        });
    harness.state_mut().footer_date = Some("2026-12-01".into());
    harness.run();
    harness
}

/// Pick a language in the open View → Language menu (the start screen also
/// lists languages, for its templates, as toggles rather than radio buttons).
fn pick_language(h: &mut Harness<'static, JourneyApp>, name: &str) {
    let node = h
        .get_all_by_label(name)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::RadioButton)
        .expect("the language menu is open");
    node.click();
    h.run_steps(4);
}

fn has_label(h: &Harness<'static, JourneyApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

#[test]
fn the_language_menu_switches_the_interface_at_once_and_is_remembered() {
    let mut h = app(Lang::En);
    assert!(has_label(&h, "Start from a template"));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").hover();
    h.run_steps(8);
    pick_language(&mut h, "Русский");
    assert!(
        has_label(&h, "Начать с шаблона"),
        "Russian right after the click"
    );
    assert!(has_label(&h, "Вид"), "the menu bar too");
    assert_eq!(h.state().prefs.language, Some(Lang::Ru), "remembered");
    h.get_by_label("Вид").click();
    h.run();
    h.get_by_label("Язык").hover();
    h.run_steps(8);
    pick_language(&mut h, "Latviešu");
    assert!(has_label(&h, "Sākt no veidnes"));
    assert_eq!(h.state().prefs.language, Some(Lang::Lv));
}

#[test]
fn a_russian_interface_edits_a_map_by_its_own_labels() {
    let mut h = app(Lang::Ru);
    h.get_by_label("Пустая карта").click();
    h.run();
    let map = h.state().doc().unwrap().map.clone();
    assert!(h.state().window_title().contains("не сохранена"));
    // Add a stage with the inspector's Russian button; it is named in the
    // map's language.
    let lang = map.lang();
    h.get_by_label("Добавить этап").click();
    h.run();
    let stage = h
        .state()
        .doc()
        .unwrap()
        .map
        .stages
        .last()
        .unwrap()
        .name
        .clone();
    let expected =
        journeymap::i18n::tr_args_in(lang, "default-stage-name", &[("n", 4usize.into())]);
    assert_eq!(stage, expected);
    // Undo names the step in Russian.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(
        h.query_all_by_label_contains("Отменено").next().is_some(),
        "the status bar says what was undone, in Russian"
    );
}

#[test]
fn plural_counts_in_the_status_bar_follow_the_language() {
    let mut h = app(Lang::Ru);
    h.get_by_label("Пустая карта").click();
    h.run();
    let m = h.state().doc().unwrap().map.clone();
    let expected = journeymap::i18n::text::summary(Lang::Ru, m.summary(), " · ");
    assert!(
        expected.contains("этапа") || expected.contains("этапов"),
        "{expected}"
    );
    assert!(has_label(&h, &expected), "status bar: {expected}");
}

#[test]
fn every_template_in_russian_and_latvian_is_created_edited_and_exported() {
    let out = tempfile::tempdir().unwrap();
    for lang in [Lang::Ru, Lang::Lv] {
        for template in journeymap::io::templates_in(lang) {
            let mut h = app(lang);
            let title = template.title_in(lang);
            h.get_by_label(&title).click();
            h.run();
            let map = h.state().doc().expect("opened").map.clone();
            let mut expected = template.instantiate().unwrap();
            // A new map owns its stage colours (the blank one gets them).
            journeymap::edit::own_stage_colours(&mut expected);
            assert_eq!(map.map_id.len(), 32, "a new map has an identity");
            let without_id = JourneyMap {
                map_id: String::new(),
                ..map.clone()
            };
            assert_eq!(without_id, expected, "{lang:?} {}", template.name);
            // Every stage and lane is on the canvas by its own name.
            for stage in &map.stages {
                assert!(has_label(&h, &stage.name), "{lang:?}: stage {}", stage.name);
            }
            // Edit: add a stage with the inspector's button in this language.
            let add_stage = journeymap::i18n::tr_in(lang, "command-add-stage");
            h.get_by_label(&add_stage).click();
            h.run();
            let edited = h.state().doc().unwrap().map.clone();
            assert_eq!(edited.stages.len(), map.stages.len() + 1);
            // Export through the Export dialog's own options.
            h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
            h.run();
            let png = journeymap::i18n::tr_in(lang, "export-export-png");
            assert!(has_label(&h, &png), "{lang:?}: the export dialog");
            h.get_by_label(&journeymap::i18n::tr_in(lang, "export-cancel"))
                .click();
            h.run();
            let path = out
                .path()
                .join(format!("{}-{}.svg", template.name, lang.code()));
            let options = journeymap::export::ExportOptions {
                date: Some("2026-12-01".into()),
                ..Default::default()
            };
            h.state_mut().export_to(&path, &options);
            assert!(h.state().error().is_none(), "{:?}", h.state().error());
            let svg = std::fs::read_to_string(&path).unwrap();
            let footer_date = match lang {
                Lang::Ru => "1 декабря 2026",
                _ => "2026. gada 1. decembris",
            };
            assert!(svg.contains(footer_date), "{lang:?}: footer date in words");
            // Text is written one laid-out row per <text>: look for a word.
            let word = edited.stages[0].name.split_whitespace().next().unwrap();
            assert!(
                svg.contains(&xml_escape(word)),
                "{lang:?}: {word} in the SVG"
            );
        }
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn snapshots_in(lang: Lang) {
    let mut h = app(lang);
    h.snapshot(format!("start-screen-{}", lang.code()));
    let current = journeymap::io::template_in("current-state", lang).unwrap();
    h.get_by_label(&current.title_in(lang)).click();
    h.run();
    h.snapshot(format!("canvas-current-state-{}", lang.code()));
}

#[test]
fn start_screen_and_canvas_snapshots_in_russian() {
    snapshots_in(Lang::Ru);
}

#[test]
fn start_screen_and_canvas_snapshots_in_latvian() {
    snapshots_in(Lang::Lv);
}

/// The inspector on a touchpoint card and the Export dialog, where the
/// longest Russian and Latvian labels are: nothing may be cut off.
fn dialogs_in(lang: Lang) {
    let mut h = app(lang);
    let current = journeymap::io::template_in("current-state", lang).unwrap();
    h.get_by_label(&current.title_in(lang)).click();
    h.run();
    let map = h.state().doc().unwrap().map.clone();
    let touchpoint = map
        .lanes
        .iter()
        .find(|l| l.kind == journeymap::model::LaneKind::Touchpoints)
        .and_then(|l| l.cards.first())
        .unwrap()
        .id;
    h.state_mut().push(journeymap::ui::Intent::Select(
        journeymap::ui::Selection::card(touchpoint),
    ));
    h.run();
    h.snapshot(format!("inspector-card-{}", lang.code()));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run_steps(10);
    h.snapshot(format!("export-dialog-{}", lang.code()));
}

#[test]
fn inspector_and_export_dialog_in_russian() {
    dialogs_in(Lang::Ru);
}

#[test]
fn inspector_and_export_dialog_in_latvian() {
    dialogs_in(Lang::Lv);
}

/// Edit → Find (Ctrl+F): the bar counts what it finds anywhere in the map,
/// Latvian letters and Ё folded as people type; Enter and Shift+Enter step
/// through the results, each selected; an edit finds again; Esc closes.
#[test]
fn find_counts_steps_through_and_selects_what_it_finds() {
    let mut harness = app(Lang::Lv);
    let map = journeymap::io::template_in("current-state", Lang::Lv)
        .unwrap()
        .instantiate()
        .unwrap();
    harness.state_mut().open_map(map);
    harness.run_steps(4);
    // At 100 % most of the map is off screen.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run_steps(4);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_steps(4);
    let field = harness.get_by_label("Meklēt");
    // A prefix: «kartes», «karti», «kartei» are all found.
    field.type_text("kart*");
    harness.run_steps(4);
    let map = harness.state().doc().unwrap().map.clone();
    let query = journeymap::model::search::Query::new("kart*").unwrap();
    let hits = journeymap::model::search::find(&map, &query);
    assert!(hits.len() >= 3, "{hits:?}");
    let count = format!("1 no {}", hits.len());
    assert!(has_label(&harness, &count), "{count}");
    let first = harness.state().selection().clone();
    assert_ne!(first, Selection::None, "the first result is selected");
    harness.key_press(Key::Enter);
    harness.run_steps(4);
    assert!(has_label(&harness, &format!("2 no {}", hits.len())));
    assert_ne!(
        harness.state().selection(),
        &first,
        "Enter goes to the next"
    );
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    harness.run_steps(4);
    assert_eq!(harness.state().selection(), &first, "Shift+Enter goes back");
    // A card off screen (bottom right at 100 %) is scrolled into view.
    let last = map.stages.last().unwrap().id;
    let target = map
        .lanes
        .iter()
        .rev()
        .find_map(|l| l.cards_in(last).next())
        .unwrap();
    let on_screen = |h: &Harness<'static, JourneyApp>| {
        let canvas = h.state().canvas();
        let (view, layout) = (canvas.last_rect.unwrap(), canvas.layout().unwrap());
        let card = layout
            .cards
            .iter()
            .find(|c| c.id == target.id)
            .unwrap()
            .rect;
        let at = view.min + canvas.camera.pan + card.center().to_vec2() * canvas.camera.zoom;
        view.contains(at)
    };
    assert!(!on_screen(&harness), "the test needs a card out of view");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Meklēt").type_text(&target.text);
    harness.run_steps(4);
    assert_eq!(harness.state().selection().single_card(), Some(target.id));
    assert!(on_screen(&harness), "the found card is brought into view");
    harness.key_press(Key::Escape);
    harness.run_steps(4);
    assert!(!has_label(&harness, "Iepriekšējais"), "Esc closes the bar");
}

/// Find in a Russian map typed without «ё» finds the card written with it.
#[test]
fn find_in_russian_finds_yo_typed_as_ye() {
    let mut harness = app(Lang::Ru);
    let map = journeymap::io::template_in("current-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    let card = map
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .find(|c| c.text.contains('ё'))
        .expect("a card with ё")
        .clone();
    // The word with ё, typed with е.
    let word = card
        .text
        .split_whitespace()
        .find(|w| w.contains('ё'))
        .unwrap();
    let typed = word.replace('ё', "е");
    harness.state_mut().open_map(map);
    harness.run_steps(4);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_steps(4);
    harness.get_by_label("Найти").type_text(&typed);
    harness.run_steps(4);
    let bar = harness.state().selection().clone();
    let found: Vec<_> = {
        let q = journeymap::model::search::Query::new(&typed).unwrap();
        journeymap::model::search::find(&harness.state().doc().unwrap().map, &q)
    };
    assert!(
        found.contains(&journeymap::model::search::Found::Card(card.id)),
        "{typed} finds «{}»",
        card.text
    );
    assert_ne!(bar, Selection::None, "the first result is selected");
    assert!(
        harness.query_all_by_label_contains(" из ").next().is_some(),
        "counted in Russian"
    );
}

#[test]
fn errors_in_files_are_said_in_the_interface_language_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    let text =
        "(version: 1, title: \"T\", stages: [],\n lanes: [(id: 1, kind: Dreams, title: \"x\")])";
    std::fs::write(&broken, text).unwrap();
    let mut h = app(Lang::Ru);
    h.state_mut().open_path(&broken);
    h.run_steps(3);
    let error = h.state().error().expect("the error is shown");
    assert!(error.contains("broken.ron:2:"), "{error}");
    assert!(
        error.contains("неизвестное значение `Dreams` для `LaneKind`"),
        "{error}"
    );
    assert!(
        h.query_all_by_label_contains("неизвестное значение `Dreams`")
            .next()
            .is_some(),
        "on screen"
    );
    assert!(h.state().doc().is_none(), "nothing opened");
    // A recent file moved away, and a folder where a map was expected.
    h.state_mut().take_error();
    h.state_mut().open_path(&dir.path().join("moved.ron"));
    let error = h.state_mut().take_error().expect("the error is shown");
    assert!(
        error.contains("moved.ron: не удаётся открыть: такого файла нет"),
        "{error}"
    );
    h.state_mut().open_path(dir.path());
    let error = h.state_mut().take_error().expect("the error is shown");
    assert!(error.contains("это папка, а не файл карты"), "{error}");
    // An export that cannot be written says so, and that nothing changed.
    let template = journeymap::io::template_in("current-state", Lang::Ru).unwrap();
    h.state_mut().new_from_template(template);
    let folder = dir.path().join("picture.png");
    std::fs::create_dir(&folder).unwrap();
    let options = journeymap::export::ExportOptions::default();
    h.state_mut().export_to(&folder, &options);
    let error = h.state_mut().take_error().expect("the error is shown");
    assert!(error.contains("не удалось записать"), "{error}");
    assert!(error.contains("на диске ничего не изменилось"), "{error}");

    let short = dir.path().join("short.csv");
    std::fs::write(&short, "Map,Stage 1,Stage 2\nActions,a\n").unwrap();
    let mut h = app(Lang::Lv);
    h.state_mut().import_path(&short);
    h.run_steps(3);
    let error = h.state().error().expect("the error is shown");
    assert!(error.contains("short.csv:2:"), "{error}");
    assert!(error.contains("šajā rindā ir 2 šūnas"), "{error}");
}
