//! The app in Russian and Latvian, driven by its own labels: the language
//! menu switches at once, new content follows the map's language, and the
//! start screen and canvas are snapshot-tested in each language.

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::model::Lang;
use journeymap::ui::{JourneyApp, Prefs, setup_context};

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
    h.get_by_label("Русский").click();
    h.run_steps(4);
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
    h.get_by_label("Latviešu").click();
    h.run_steps(4);
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
