//! Building a map by hand through the UI: stages, cards in Russian and
//! Latvian, dragging a card and an emotion point, reordering a lane; then undo
//! back to the blank template, redo, save, reopen and compare.

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::io::{load_file, template_by_name};
use journeymap::model::{LaneKind, StageId};
use journeymap::ui::{JourneyApp, Selection, setup_context};

fn app() -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size([1500.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::new(cc, None)
        });
    harness.run();
    harness
}

fn press(h: &Harness<'static, JourneyApp>, pos: Pos2, pressed: bool) {
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

fn double_click(h: &mut Harness<'static, JourneyApp>, pos: Pos2) {
    // Half a second of quiet so earlier clicks do not count toward this one.
    h.run_steps(30);
    h.hover_at(pos);
    h.run();
    for _ in 0..2 {
        press(h, pos, true);
        h.step();
        press(h, pos, false);
        h.step();
    }
    h.run();
}

fn drag(h: &mut Harness<'static, JourneyApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    press(h, from, true);
    h.step();
    for i in 1..=8 {
        h.hover_at(from + (to - from) * (i as f32 / 8.0));
        h.step();
    }
    press(h, to, false);
    h.run();
}

/// Screen position of a map point.
fn screen(h: &Harness<'static, JourneyApp>, map_pos: Pos2) -> Pos2 {
    let canvas = &h.state().canvas;
    canvas.camera.to_screen(canvas.last_rect.unwrap()) * map_pos
}

/// Centre of the empty lower part of a cell (below any cards).
fn empty_spot(h: &Harness<'static, JourneyApp>, lane: usize, stage: usize) -> Pos2 {
    let state = h.state();
    let map = &state.doc.as_ref().unwrap().map;
    let layout = state.canvas.layout().unwrap();
    let cell = layout
        .cell_rect(map.lanes[lane].id, map.stages[stage].id)
        .unwrap();
    screen(h, Pos2::new(cell.center().x, cell.bottom() - 8.0))
}

fn type_into_focused(h: &mut Harness<'static, JourneyApp>, text: &str) {
    h.event(Event::Text(text.to_string()));
    h.run();
    // Enter ends the edit (Shift+Enter would start a new line): one undo step.
    h.key_press(Key::Enter);
    h.run();
}

fn map(h: &Harness<'static, JourneyApp>) -> journeymap::model::JourneyMap {
    h.state().doc.as_ref().unwrap().map.clone()
}

#[test]
fn build_a_map_by_hand_undo_to_blank_redo_save_reopen() {
    let mut h = app();
    h.get_by_label("Blank map").click();
    h.run();
    let blank = template_by_name("blank").unwrap().instantiate().unwrap();
    assert_eq!(map(&h), blank);
    let cmd = Modifiers::COMMAND;

    // Add a fourth stage from the inspector, name it, then delete it again.
    h.get_by_label("Add stage").click();
    h.run();
    assert_eq!(map(&h).stages.len(), 4);
    h.get_by_label("Stage 4").click();
    h.run();
    assert!(matches!(h.state().selection, Selection::Stage(_)));
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(map(&h).stages.len(), 3, "Delete removes the selected stage");

    // Rename stage 1 in Russian through the inspector.
    h.get_by_label("Stage 1").click();
    h.run();
    h.get_by_label("Name").click();
    h.run();
    h.key_press_modifiers(cmd, Key::A);
    type_into_focused(&mut h, "Осведомлённость");
    assert_eq!(map(&h).stages[0].name, "Осведомлённость");

    // Double-click empty cells to add cards, typing Russian and Latvian.
    let actions = 0;
    let pains = map(&h)
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Pains)
        .unwrap();
    let spot = empty_spot(&h, actions, 0);
    double_click(&mut h, spot);
    type_into_focused(&mut h, "Очередь в автосалоне");
    let spot = empty_spot(&h, pains, 1);
    double_click(&mut h, spot);
    type_into_focused(&mut h, "Ļoti gara rinda pie kases");
    let m = map(&h);
    assert_eq!(
        m.card_texts().collect::<Vec<_>>(),
        ["Очередь в автосалоне", "Ļoti gara rinda pie kases"]
    );
    assert_eq!(m.lanes[actions].cards[0].stage, m.stages[0].id);

    // Drag the Russian card to the Pains lane, third stage.
    let from = h.get_by_label("Очередь в автосалоне").rect().center();
    let to = empty_spot(&h, pains, 2);
    drag(&mut h, from, to);
    let m = map(&h);
    let moved = m.lanes[pains]
        .cards
        .iter()
        .find(|c| c.text == "Очередь в автосалоне");
    assert_eq!(
        moved.map(|c| c.stage),
        Some(m.stages[2].id),
        "card moved to Pains × stage 3"
    );
    assert!(m.lanes[actions].cards.is_empty());

    // Set an emotion point with a double-click, then drag it to the top (+2).
    let emotions = m
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Emotions)
        .unwrap();
    let spot = empty_spot(&h, emotions, 1);
    double_click(&mut h, spot);
    let stage1: StageId = map(&h).stages[1].id;
    assert!(
        map(&h).lanes[emotions].series[0]
            .values
            .contains_key(&stage1)
    );
    let point = h.get_by_label("Emotion at Stage 2").rect().center();
    drag(&mut h, point, point - egui::vec2(0.0, 400.0));
    assert_eq!(
        map(&h).lanes[emotions].series[0].values[&stage1],
        2,
        "snapped to the top of the scale"
    );

    // Reorder a lane: Pains one up.
    let pains_title = map(&h).lanes[pains].title.clone();
    h.get_by_label(&pains_title).click();
    h.run();
    h.get_by_label("Move up").click();
    h.run();
    assert_eq!(map(&h).lanes[pains - 1].kind, LaneKind::Pains);

    // Undo everything: back to the blank template exactly.
    let built = map(&h);
    let mut steps = 0;
    let mut labels = Vec::new();
    while let Some(l) = h
        .state()
        .doc
        .as_ref()
        .unwrap()
        .history
        .undo_label()
        .map(str::to_string)
    {
        labels.push(l);
        h.key_press_modifiers(cmd, Key::Z);
        h.run();
        steps += 1;
        assert!(steps < 50, "undo never ends");
    }
    assert_eq!(map(&h), blank, "undo all returns to the blank map");
    assert!(steps >= 9, "each gesture is a step ({steps}): {labels:?}");

    // Redo everything (Ctrl+Shift+Z and Ctrl+Y).
    for i in 0..steps {
        if i % 2 == 0 {
            h.key_press_modifiers(cmd | Modifiers::SHIFT, Key::Z);
        } else {
            h.key_press_modifiers(cmd, Key::Y);
        }
        h.run();
    }
    assert_eq!(map(&h), built, "redo all returns to the built map");

    // Save, reopen, compare.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("built.ron");
    assert!(h.state_mut().save_to(&path));
    assert_eq!(load_file(&path).unwrap().map, built);
    h.state_mut().open_path(&path);
    h.run();
    assert_eq!(map(&h), built);
    assert!(has_label(&h, "Ļoti gara rinda pie kases"));
}

#[test]
fn in_place_editing_enter_commits_shift_enter_breaks_line_esc_cancels() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let before = map(&h);
    let first = before.lanes[0].cards[0].text.clone();

    // Double-click a card, retype it with a line break, Enter commits.
    let pos = h.get_by_label(&first).rect().center();
    double_click(&mut h, pos);
    assert!(h.state().canvas.editing.is_some(), "editor open");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("Первая строка".into()));
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.event(Event::Text("otrā rinda".into()));
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().canvas.editing.is_none(), "editor closed");
    assert_eq!(map(&h).lanes[0].cards[0].text, "Первая строка\notrā rinda");
    assert_eq!(
        h.state().doc.as_ref().unwrap().history.undo_label(),
        Some("Edit card")
    );

    // Esc cancels: the text stays as it was.
    let pos = h.get_by_label("Первая строка\notrā rinda").rect().center();
    double_click(&mut h, pos);
    h.event(Event::Text(" — changed".into()));
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(map(&h).lanes[0].cards[0].text, "Первая строка\notrā rinda");

    // A new card cancelled with Esc leaves no card and no undo step.
    let cards = map(&h).card_count();
    let spot = empty_spot(&h, 0, 2);
    double_click(&mut h, spot);
    assert_eq!(map(&h).card_count(), cards + 1);
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(map(&h).card_count(), cards, "cancelled card removed");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(map(&h), before, "one undo takes back the committed edit");
}

fn has_label(h: &Harness<'static, JourneyApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}
