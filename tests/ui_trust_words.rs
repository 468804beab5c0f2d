//! Issue 26, driven through the Russian UI on a 1440×900 laptop screen:
//! side panels that keep the map in view, merge conflicts and version
//! changes named as a person sees them, key names in Russian, a stage's
//! deletion that says what went and offers Undo, comments that say why they
//! cannot be posted. Dialogs are in `ui_trust_dialogs.rs`.
//!
//! Set `JOURNEYMAP_SHOTS=/some/dir` to also write the screens as PNGs.

mod trust_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use journeymap::io::save_file;
use journeymap::model::{Evidence, Hue, JourneyMap, Lang};
use journeymap::ui::{Prefs, Selection};
use trust_support::*;

#[test]
fn selecting_lanes_never_widens_the_inspector_and_ctrl_b_folds_it_away() {
    let map = russian_map();
    let mut h = app();
    let _dir = open_map(&mut h, &map);
    let before = canvas_width(&h);
    for lane in &map.lanes {
        h.get_all_by_label(&lane.title).next().unwrap().click();
        h.run_steps(6);
        assert_eq!(h.state().selection(), &Selection::Lane(lane.id));
        assert_eq!(
            canvas_width(&h),
            before,
            "selecting «{}» left the map as wide",
            lane.title
        );
    }
    // Fold the inspector with Ctrl+B: the map takes its room.
    h.key_press_modifiers(Modifiers::COMMAND, Key::B);
    h.run_steps(6);
    assert!(
        h.state().prefs.inspector_hidden,
        "remembered in the preferences"
    );
    let folded = canvas_width(&h);
    assert!(folded > before + 200.0, "{folded} vs {before}");
    // Its strip's button brings it back.
    h.get_by_label("«").click();
    h.run_steps(6);
    assert!(!h.state().prefs.inspector_hidden);
    assert_eq!(canvas_width(&h), before);
    // A new window starts folded when it was left folded.
    let mut again = app_with(Prefs {
        language: Some(Lang::Ru),
        inspector_hidden: true,
        ..Default::default()
    });
    let _dir2 = open_map(&mut again, &map);
    assert!(again.query_by_label("«").is_some(), "still folded");
}

#[test]
fn with_inbox_and_comments_open_a_laptop_still_shows_most_of_the_map() {
    let map = russian_map();
    let mut h = app();
    let _dir = open_map(&mut h, &map);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    h.run_steps(6);
    let lane = map.lanes[0].title.clone();
    h.get_all_by_label(&lane).next().unwrap().click();
    h.run_steps(6);
    shot(&mut h, "laptop-inbox-open");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run_steps(6);
    let session = h.state().session.as_ref().unwrap();
    assert!(session.inbox.is_some() && session.comments.is_some());
    let width = canvas_width(&h);
    assert!(
        width >= 1440.0 * 0.4 - 1.0,
        "the map keeps 40 % of the window: {width} px"
    );
    shot(&mut h, "laptop-inbox-and-comments-open");
}

/// Our copy and a colleague's disagree on a persona's colour and age, a
/// stage's name and a card's quotes.
fn conflicted() -> JourneyMap {
    let base = russian_map();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.personas[0].color = Hue::Pink;
    theirs.personas[0].color = Hue::Teal;
    ours.personas[0].age = None;
    theirs.personas[0].age = Some(56);
    theirs.stages[4].name = "Лояльность и сервис".into();
    ours.stages[4].name = "Лояльность".into();
    let quote = |text: &str| Evidence {
        quote: text.into(),
        source: "Яндекс Карты".into(),
        date: "2026-01".into(),
        ..Default::default()
    };
    ours.lanes[0].cards[0].evidence = vec![quote("Ждал менеджера сорок минут")];
    theirs.lanes[0].cards[0].evidence = vec![quote("Менеджер перезвонил через час")];
    journeymap::merge::merge_two_way(&ours, &theirs).map
}

#[test]
fn the_conflicts_window_names_people_and_values_not_json() {
    let map = conflicted();
    assert!(map.conflicts.len() >= 3, "{:?}", map.conflicts);
    let mut h = app();
    let _dir = open_map(&mut h, &map);
    let n = map.conflicts.len();
    assert!(
        h.query_by_label(&format!("Конфликты слияния ({n})"))
            .is_some()
    );
    let persona = &map.personas[0].name;
    assert!(
        h.query_all_by_label_contains(&format!("персона «{persona}»"))
            .next()
            .is_some(),
        "the persona by name"
    );
    assert!(h.query_by_label_contains("персона 1").is_none());
    // Colours by their Russian names; quotes as text with their source.
    assert!(h.query_by_label("Розовый").is_some() || h.query_by_label("розовый").is_some());
    assert!(
        h.query_by_label_contains("«Менеджер перезвонил через час» (Яндекс Карты")
            .is_some()
    );
    assert!(h.query_by_label_contains("этап 5 «Лояльность»").is_some());
    assert!(h.query_by_label("не указан").is_some(), "an age not given");
    let shown = texts(&h);
    assert!(shown.iter().any(|t| t.contains("Наша:")), "{shown:?}");
    for text in shown {
        for english in ["{\"", "(none)", "Pink", "Teal", "OneToFive", "age"] {
            assert!(!text.contains(english), "«{english}» in «{text}»");
        }
    }
    shot(&mut h, "conflicts-window");
    // Further down: the persona's colour, as a swatch and its name.
    h.get_all_by_label("Бирюзовый")
        .next()
        .unwrap()
        .scroll_to_me();
    h.run_steps(4);
    shot(&mut h, "conflicts-window-colour");
}

#[test]
fn changes_since_another_version_name_cards_by_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let old = russian_map();
    let mut new = old.clone();
    new.lanes[0].cards[0].text = "Видит рекламу новой модели".into();
    new.stages[1].color = Some(Hue::Purple);
    new.lanes[1].cards.remove(0);
    save_file(&dir.path().join("было.ron"), &old).unwrap();
    save_file(&dir.path().join("стало.ron"), &new).unwrap();
    let mut h = app();
    open(&mut h, &dir.path().join("стало.ron"));
    h.get_by_label("Файл").click();
    h.run_steps(3);
    h.get_by_label("Изменения с другой версии…").click();
    h.run_steps(10);
    h.get_by_label("было.ron").click();
    h.run_steps(5);
    h.get_by_label("Открыть").click();
    h.run_steps(10);
    shot(&mut h, "versions-window");
    assert!(h.query_by_label("Изменения после было.ron").is_some());
    assert!(
        h.query_by_label_contains("карточка «Видит рекламу новой модели»")
            .is_some()
    );
    assert!(
        h.query_by_label("Фиолетовый").is_some(),
        "the colour by name"
    );
    let removed = &old.lanes[1].cards[0];
    let start: String = removed.text.chars().take(20).collect();
    assert!(
        h.query_by_label_contains(&format!("Удалено: карточка «{start}"))
            .is_some(),
        "a removed card by its text"
    );
    for text in texts(&h) {
        assert!(
            !text.contains("карточка 1") && !text.contains("{\""),
            "{text}"
        );
    }
}

#[test]
fn russian_menus_and_f1_name_keys_in_russian() {
    let map = russian_map();
    let mut h = app();
    let _dir = open_map(&mut h, &map);
    h.key_press(Key::F1);
    h.run_steps(4);
    assert!(h.query_all_by_label("Сочетания клавиш").next().is_some());
    let english = [
        "Left", "Right", "Up", "Down", "Escape", "Equals", "Plus", "Minus", "Space", "Num",
    ];
    let labels = texts(&h);
    assert!(
        labels.iter().any(|l| l.contains("Стрелка влево")),
        "arrows by their Russian names: {labels:?}"
    );
    assert!(labels.iter().any(|l| l.contains("Ctrl+=")));
    for l in &labels {
        for word in english {
            assert!(!l.contains(word), "«{word}» in the F1 list: «{l}»");
        }
    }
    h.key_press(Key::Escape);
    h.run_steps(4);
    // The View menu's zoom items carry the same names.
    h.get_by_label("Вид").click();
    h.run_steps(4);
    let shortcuts = texts(&h);
    for l in &shortcuts {
        for word in english {
            assert!(!l.contains(word), "«{word}» in the View menu: «{l}»");
        }
    }
}

#[test]
fn deleting_a_stage_says_how_many_cards_went_and_offers_undo_right_there() {
    let map = russian_map();
    let stage = &map.stages[1];
    let cards = map
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .filter(|c| c.stage == stage.id)
        .count();
    assert!(cards > 1);
    let mut h = app();
    let _dir = open_map(&mut h, &map);
    h.get_all_by_label(&stage.name).next().unwrap().click();
    h.run_steps(5);
    assert_eq!(h.state().selection(), &Selection::Stage(stage.id));
    h.key_press(Key::Delete);
    h.run_steps(5);
    let said = format!("Этап «{}» удалён вместе с {cards} карточками", stage.name);
    assert!(h.query_by_label(&said).is_some(), "{said}");
    assert!(h.state().doc().unwrap().map.stage_index(stage.id).is_none());
    h.get_by_label("Отменить").click();
    h.run_steps(5);
    assert_eq!(h.state().doc().unwrap().map, map, "all back, colours too");
    assert!(
        h.query_by_label("Отменить").is_none(),
        "offered only for its step"
    );
}

#[test]
fn a_comment_that_cannot_be_posted_says_why() {
    let map = russian_map();
    let mut h = app_with(Prefs {
        language: Some(Lang::Ru),
        ..Default::default()
    });
    let _dir = open_map(&mut h, &map);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run_steps(5);
    // The name is offered (the login's), and the panel asks to check it.
    assert!(
        h.query_by_label_contains("Этим именем подписываются")
            .is_some()
    );
    // Clear it, write a comment, press Ctrl+Enter: the panel says why not.
    field(&h, "Ваше имя").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run_steps(3);
    field(&h, "Новый комментарий").focus();
    h.run();
    field(&h, "Новый комментарий").type_text("Уточнить цену ТО");
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run_steps(3);
    assert!(h.state().doc().unwrap().map.comments.is_empty());
    assert!(
        h.query_by_label_contains("Сначала укажите имя в поле «Ваше имя»")
            .is_some()
    );
    // With a name it posts, and the name is kept for next time.
    field(&h, "Ваше имя").click();
    h.run_steps(2);
    field(&h, "Ваше имя").type_text("Марина Иванова");
    h.run_steps(2);
    assert_eq!(h.state().prefs.comment_author, "Марина Иванова");
    h.get_by_label("Комментировать").click();
    h.run_steps(5);
    let comments = &h.state().doc().unwrap().map.comments;
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].author, "Марина Иванова");
    assert_eq!(h.state().prefs.comment_author, "Марина Иванова");
}
