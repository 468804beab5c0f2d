//! Issue 26's dialogs, in the Russian UI on a 1440×900 laptop screen:
//! recent files with their folder, the Export dialog's warning before
//! exporting, the comparison window's words, Save as in the map's folder.
//!
//! Set `JOURNEYMAP_SHOTS=/some/dir` to also write the screens as PNGs.

mod trust_support;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::io::{save_file, template_in};
use journeymap::model::Lang;
use journeymap::ui::{JourneyApp, Prefs};
use trust_support::*;

#[test]
fn recent_files_show_their_folder_and_a_missing_one_can_be_removed() {
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("дилер.ron");
    save_file(&here, &russian_map()).unwrap();
    let gone = dir.path().join("старая.ron");
    let mut h = app_with(Prefs {
        language: Some(Lang::Ru),
        recent: vec![here.clone(), gone.clone()],
        ..Default::default()
    });
    let folder = here.parent().unwrap().display().to_string();
    assert!(
        h.query_by_label_contains(&format!("в папке {folder} · изменён"))
            .is_some(),
        "folder and date"
    );
    assert!(h.query_by_label("старая.ron (файл не найден)").is_some());
    h.get_by_label("Убрать из списка").click();
    h.run_steps(4);
    assert_eq!(h.state().prefs.recent, vec![here]);
}

#[test]
fn the_export_dialog_warns_of_small_print_before_exporting_and_counts_tiles() {
    let map = russian_map();
    let mut h = app();
    let _dir = open_map(&mut h, &map);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(5);
    let pages = |h: &Harness<'static, JourneyApp>| {
        h.get_all_by_label("Страницы PDF")
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::ComboBox)
            .expect("the PDF pages choice")
            .click();
    };
    pages(&h);
    h.run_steps(4);
    h.get_by_label("Вписать в один лист A3").click();
    h.run_steps(6);
    assert!(
        h.query_by_label_contains("слишком мелко, чтобы читать")
            .is_some(),
        "said in the dialog, before anything is exported"
    );
    assert!(
        texts(&h)
            .iter()
            .any(|t| t.contains(",") && t.contains(" пт")),
        "the size with a decimal comma"
    );
    shot(&mut h, "export-dialog-a3-fit");
    // Cancel, and ask again for tiles.
    h.get_by_label("Отмена").click();
    h.run_steps(4);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(5);
    pages(&h);
    h.run_steps(4);
    h.get_by_label("Разбить на листы A4 в натуральную величину")
        .click();
    h.run_steps(6);
    shot(&mut h, "export-dialog-tiles");
    assert!(h.query_by_label_contains("Карта займёт").is_some());
    let shown = texts(&h);
    assert!(
        shown.iter().any(|t| t == "1×"),
        "the tile size as a Russian number: {shown:?}"
    );
    assert!(!shown.iter().any(|t| t.contains("1.00")));
}

#[test]
fn the_comparison_window_explains_its_measure_and_keeps_stage_names_apart() {
    let dir = tempfile::tempdir().unwrap();
    let now = russian_map();
    let future = template_in("future-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    save_file(&dir.path().join("сейчас.ron"), &now).unwrap();
    save_file(&dir.path().join("будущее.ron"), &future).unwrap();
    let mut h = app();
    open(&mut h, &dir.path().join("сейчас.ron"));
    h.get_by_label("Файл").click();
    h.run_steps(3);
    // Named apart from «Изменения с другой версии…».
    assert!(h.query_by_label("Изменения с другой версии…").is_some());
    h.get_by_label("Сравнить с картой будущего…").click();
    h.run_steps(10);
    h.get_by_label("будущее.ron").click();
    h.run_steps(5);
    h.get_by_label("Открыть").click();
    h.run_steps(10);
    assert!(
        h.query_by_label_contains("в процентах от шкалы").is_some(),
        "what «63 %» means"
    );
    shot(&mut h, "comparison-window");
}

#[test]
fn save_as_starts_in_the_maps_folder_with_its_name_alone() {
    let map = russian_map();
    let mut h = app();
    let dir = open_map(&mut h, &map);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(6);
    assert!(h.query_by_label("Сохранить карту как").is_some());
    let folder = dir.path().display().to_string();
    let shown = texts(&h);
    assert!(shown.contains(&folder), "the map's folder: {shown:?}");
    assert!(shown.iter().any(|t| t == "дилер.ron"), "the name alone");
}
