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
    let canvas = h.state().canvas();
    canvas.camera.to_screen(canvas.last_rect.unwrap()) * map_pos
}

/// Centre of the empty lower part of a cell (below any cards).
fn empty_spot(h: &Harness<'static, JourneyApp>, lane: usize, stage: usize) -> Pos2 {
    let state = h.state();
    let map = &state.doc().unwrap().map;
    let layout = state.canvas().layout().unwrap();
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
    h.state().doc().unwrap().map.clone()
}

#[test]
fn build_a_map_by_hand_undo_to_blank_redo_save_reopen() {
    let mut h = app();
    h.get_by_label("Blank map").click();
    h.run();
    let mut blank = template_by_name("blank").unwrap().instantiate().unwrap();
    journeymap::edit::own_stage_colours(&mut blank);
    // A new map has an identity of its own.
    assert_eq!(map(&h).map_id.len(), 32);
    blank.map_id = map(&h).map_id;
    assert_eq!(map(&h), blank);
    let cmd = Modifiers::COMMAND;

    // Add a fourth stage from the inspector, name it, then delete it again.
    h.get_by_label("Add stage").click();
    h.run();
    assert_eq!(map(&h).stages.len(), 4);
    h.get_by_label("Stage 4").click();
    h.run();
    assert!(matches!(h.state().selection(), Selection::Stage(_)));
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
        .doc()
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
    assert!(h.state().canvas().editing.is_some(), "editor open");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("Первая строка".into()));
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.event(Event::Text("otrā rinda".into()));
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().canvas().editing.is_none(), "editor closed");
    assert_eq!(map(&h).lanes[0].cards[0].text, "Первая строка\notrā rinda");
    assert_eq!(
        h.state().doc().unwrap().history.undo_label(),
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

fn click_with(h: &mut Harness<'static, JourneyApp>, label: &str, modifiers: Modifiers) {
    h.get_by_label(label).click_modifiers(modifiers);
    h.run();
}

#[test]
fn multi_select_moves_and_deletes_many_in_one_step() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let before = map(&h);
    let pains = before
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Pains)
        .unwrap();
    let a = before.lanes[0].cards[0].clone();
    let b = before.lanes[0].cards[2].clone();
    click_with(&mut h, &a.text, Modifiers::NONE);
    click_with(&mut h, &b.text, Modifiers::COMMAND);
    assert_eq!(h.state().selection().cards(), [a.id, b.id]);

    // Drag one of them: both land in Pains × last stage, in map order.
    let from = h.get_by_label(&a.text).rect().center();
    let last = before.stages.len() - 1;
    let to = empty_spot(&h, pains, last);
    drag(&mut h, from, to);
    let m = map(&h);
    let cell: Vec<_> = m.lanes[pains]
        .cards
        .iter()
        .filter(|c| c.stage == m.stages[last].id)
        .map(|c| c.id)
        .collect();
    assert!(cell.ends_with(&[a.id, b.id]), "{cell:?}");
    assert_eq!(
        h.state().doc().unwrap().history.undo_label(),
        Some("Move cards")
    );

    // Delete both with one key; one undo brings both back.
    h.key_press(Key::Delete);
    h.run();
    assert!(map(&h).card(a.id).is_none() && map(&h).card(b.id).is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(map(&h).card(a.id).is_some() && map(&h).card(b.id).is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(map(&h), before);
}

#[test]
fn shift_drag_selects_a_rectangle_of_cards() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let m = map(&h);
    // From the empty bottom of the Actions × stage 1 cell up across its cards.
    let (first, second) = (m.lanes[0].cards[0].clone(), m.lanes[0].cards[1].clone());
    let start = empty_spot(&h, 0, 0) + egui::vec2(-100.0, 0.0);
    let end = h.get_by_label(&first.text).rect().center();
    h.event(Event::ModifiersChanged(Modifiers::SHIFT));
    h.hover_at(start);
    h.run();
    h.event(Event::PointerButton {
        pos: start,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::SHIFT,
    });
    h.step();
    for i in 1..=6 {
        h.hover_at(start + (end - start) * (i as f32 / 6.0));
        h.step();
    }
    h.event(Event::PointerButton {
        pos: end,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::SHIFT,
    });
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.run();
    let selected = h.state().selection().cards().to_vec();
    assert!(
        selected.contains(&first.id) && selected.contains(&second.id),
        "{selected:?}"
    );
    assert_eq!(selected.len(), 2, "only the cards under the rectangle");
}

#[test]
fn copy_paste_within_and_between_maps_and_plain_text() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let m = map(&h);
    let card = m.lanes[0].cards[0].clone();
    click_with(&mut h, &card.text, Modifiers::NONE);
    h.event(Event::Copy);
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("text copied");
    assert!(copied.contains(&card.text));
    h.run();

    // Paste right after the selected card, as a new card with a new id.
    h.event(Event::Paste(copied.clone()));
    h.run();
    let after = map(&h);
    assert_eq!(after.card_count(), m.card_count() + 1);
    let pasted = &after.lanes[0].cards[1];
    assert_eq!(pasted.text, card.text);
    assert_ne!(pasted.id, card.id);
    assert_eq!(h.state().selection().cards(), [pasted.id]);
    assert_eq!(h.state().doc().unwrap().history.undo_label(), Some("Paste"));

    // Into another map: lands in the lane of the same kind.
    let mut other = app();
    other.get_by_label("Future state").click();
    other.run();
    let before = map(&other);
    other.event(Event::Paste(copied));
    other.run();
    let o = map(&other);
    assert_eq!(o.card_count(), before.card_count() + 1);
    let actions = o
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Actions)
        .unwrap();
    assert!(actions.cards.iter().any(|c| c.text == card.text));
    assert!(o.validate().is_empty());

    // Plain text from another app: a card per line.
    other.event(Event::Paste("Звонок в банк\nPieteikums internetā\n".into()));
    other.run();
    let texts: Vec<_> = map(&other).card_texts().map(String::from).collect();
    assert!(
        texts.contains(&"Звонок в банк".to_string())
            && texts.contains(&"Pieteikums internetā".to_string())
    );

    // Cut removes and copies in one step.
    let pasted_id = pasted.id;
    let pasted_text = pasted.text.clone();
    h.event(Event::Cut);
    h.step();
    assert!(
        h.output()
            .platform_output
            .commands
            .iter()
            .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if t.contains(&pasted_text)))
    );
    h.run();
    assert!(map(&h).card(pasted_id).is_none());
}

#[test]
fn stages_and_lanes_reorder_by_dragging_their_headers() {
    let mut h = app();
    h.get_by_label("Blank map").click();
    h.run();
    let from = h.get_by_label("Stage 1").rect().center();
    let to = h.get_by_label("Stage 3").rect().right_center() + egui::vec2(-5.0, 0.0);
    drag(&mut h, from, to);
    let names: Vec<_> = map(&h).stages.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Stage 2", "Stage 3", "Stage 1"]);

    let from = h.get_by_label("Opportunities").rect().center();
    let to = h.get_by_label("Actions").rect().center() - egui::vec2(0.0, 20.0);
    drag(&mut h, from, to);
    assert_eq!(map(&h).lanes[0].kind, LaneKind::Opportunities);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let mut blank = template_by_name("blank").unwrap().instantiate().unwrap();
    journeymap::edit::own_stage_colours(&mut blank);
    // A new map has an identity of its own.
    assert_eq!(map(&h).map_id.len(), 32);
    blank.map_id = map(&h).map_id;
    assert_eq!(map(&h), blank);
}

#[test]
fn personas_are_added_edited_given_a_photo_and_removed_with_their_curves() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let before = map(&h);
    h.get_by_label("Add persona").click();
    h.run();
    let m = map(&h);
    assert_eq!(m.personas.len(), before.personas.len() + 1);
    let id = m.personas.last().unwrap().id;
    assert!(matches!(h.state().selection(), Selection::Persona(p) if *p == id));
    let emotions = m
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Emotions)
        .unwrap();
    assert!(
        emotions.series.iter().any(|s| s.persona == Some(id)),
        "a curve for the new persona"
    );

    // The name field has focus: type a Latvian name.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_into_focused(&mut h, "Līga Bērziņa");
    assert_eq!(map(&h).persona(id).unwrap().name, "Līga Bērziņa");
    assert!(has_label(&h, "Līga Bērziņa"), "persona card on the canvas");

    // A photo (an image the app can read) is kept; a non-image is refused.
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("liga.png");
    image::RgbaImage::from_pixel(8, 8, image::Rgba([200, 120, 40, 255]))
        .save(&photo)
        .unwrap();
    h.state_mut().set_photo(id, &photo);
    h.run();
    assert_eq!(
        map(&h).persona(id).unwrap().photo.as_deref(),
        Some(photo.to_str().unwrap())
    );
    let bogus = dir.path().join("notes.png");
    std::fs::write(&bogus, "not an image").unwrap();
    h.state_mut().set_photo(id, &bogus);
    assert!(
        h.state()
            .error()
            .as_deref()
            .unwrap_or("")
            .contains("notes.png")
    );
    h.state_mut().take_error();
    h.run();

    // Delete: persona, its curve and its tags go in one step.
    h.get_by_label("Delete persona").click();
    h.run();
    let m = map(&h);
    assert!(m.persona(id).is_none());
    assert!(
        m.lanes
            .iter()
            .all(|l| l.series.iter().all(|s| s.persona != Some(id)))
    );
    assert!(m.validate().is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        map(&h).persona(id).map(|p| p.name.as_str()),
        Some("Līga Bērziņa")
    );
}

#[test]
fn the_plus_button_of_a_cell_adds_a_card() {
    let mut h = app();
    h.get_by_label("Blank map").click();
    h.run();
    let spot = empty_spot(&h, 0, 1);
    h.hover_at(spot);
    h.run();
    h.get_by_label("Add card to Actions in Stage 2").click();
    h.run();
    type_into_focused(&mut h, "Звонит в салон");
    let m = map(&h);
    assert_eq!(m.lanes[0].cards.len(), 1);
    assert_eq!(m.lanes[0].cards[0].text, "Звонит в салон");
    assert_eq!(m.lanes[0].cards[0].stage, m.stages[1].id);
}

#[test]
fn a_touchpoint_is_rated_from_the_inspector() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let m = map(&h);
    let tp = m
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Touchpoints)
        .unwrap();
    let card = m.lanes[tp].cards[0].clone();
    assert!(card.rating.is_some(), "the template rates its touchpoints");
    click_with(&mut h, &card.text, Modifiers::NONE);
    h.get_by_label("Rate impact and importance").click();
    h.run();
    assert!(map(&h).lanes[tp].cards[0].rating.is_none(), "unticked");
    h.get_by_label("Rate impact and importance").click();
    h.run();
    let rated = map(&h).lanes[tp].cards[0].rating.expect("rated");
    assert_eq!((rated.impact, rated.importance), (3, 3));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(map(&h).lanes[tp].cards[0], card, "undo restores the rating");
}

#[test]
fn view_filters_by_persona_and_confidence_and_cards_are_tagged_in_the_inspector() {
    use journeymap::model::Confidence;
    use journeymap::ui::ViewFilter;
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let m = map(&h);
    let anna = m
        .personas
        .iter()
        .find(|p| p.name.starts_with("Anna"))
        .unwrap()
        .id;
    let vasily = m
        .personas
        .iter()
        .find(|p| p.name.starts_with("Vasily"))
        .unwrap()
        .id;

    // Tag the first card as about Vasily only.
    let card = m.lanes[0].cards[0].clone();
    click_with(&mut h, &card.text, Modifiers::NONE);
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Vasily Petrov")
        .click();
    h.run();
    let tagged = map(&h).lanes[0].cards[0].clone();
    assert_eq!(tagged.personas, [vasily]);

    // The filter logic: Anna hides Vasily-only cards, untagged cards stay.
    let for_anna = ViewFilter {
        persona: Some(anna),
        confidence: None,
    };
    assert!(!for_anna.matches(&tagged));
    assert!(for_anna.matches(&map(&h).lanes[0].cards[1]));
    let assumed = ViewFilter {
        persona: None,
        confidence: Some(Confidence::Assumed),
    };
    assert!(!assumed.matches(&tagged));

    // Through the View menu, with a status-bar note and "Show all".
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Show persona").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Anna Sokolova")
        .click();
    h.run();
    assert_eq!(h.state().canvas().filter.persona, Some(anna));
    assert!(h.query_by_label("Showing: Anna Sokolova").is_some());
    h.get_by_label("Show all").click();
    h.run();
    assert!(!h.state().canvas().filter.is_active());
}

#[test]
fn evidence_quotes_are_added_edited_and_removed_in_the_inspector() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let card = map(&h).lanes[0].cards[0].clone();
    assert!(card.evidence.is_empty());
    click_with(&mut h, &card.text, Modifiers::NONE);
    h.get_by_label("Add quote").click();
    h.run();
    h.get_by_label("Quote").click();
    h.run();
    h.event(Event::Text("Я ждал звонка три дня".into()));
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.state().selection().single_card().is_some(),
        "Esc ends the edit, keeps the selection"
    );
    h.get_by_label("Source").click();
    h.run();
    h.event(Event::Text("Interview #7".into()));
    h.key_press(Key::Enter);
    h.run();
    let e = &map(&h).lanes[0].cards[0].evidence;
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].quote, "Я ждал звонка три дня");
    assert_eq!(e[0].source, "Interview #7");
    h.get_by_label("Remove quote").click();
    h.run();
    assert!(map(&h).lanes[0].cards[0].evidence.is_empty());
    for _ in 0..4 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert_eq!(map(&h).lanes[0].cards[0], card, "undo back to no evidence");
}

#[test]
fn touchpoint_priorities_rank_by_importance_and_pain_and_select_on_click() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let rows = journeymap::model::priorities(&map(&h));
    assert!(rows.len() >= 10, "the template rates its touchpoints");
    assert!(rows.windows(2).all(|w| w[0].score >= w[1].score), "sorted");
    let top = &rows[0];
    assert_eq!(
        top.score,
        u32::from(top.importance) * (1 + top.pains as u32)
    );
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Touchpoint priorities").click();
    h.run();
    assert!(h.state().show_priorities());
    h.get_all_by_label(&top.text).last().unwrap().click();
    h.run();
    assert_eq!(h.state().selection().single_card(), Some(top.card));
}

#[test]
fn confidence_counts_and_the_view_filter_reach_the_export_dialog() {
    let mut h = app();
    h.get_by_label("Current state").click();
    h.run();
    let has_counts = |h: &Harness<'static, JourneyApp>| {
        h.state().canvas().layout().unwrap().stages[0]
            .confidence
            .is_some()
    };
    assert!(!has_counts(&h));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Confidence counts in stage headers").click();
    h.run();
    assert!(has_counts(&h), "stage headers show their counts");
    let first = &h.state().canvas().layout().unwrap().stages[0];
    let text: String = first
        .confidence
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("observed"), "{text}");

    // A persona filter on screen can be carried into the picture.
    let anna = map(&h).personas[1].id;
    h.state_mut().canvas_mut().filter.persona = Some(anna);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert!(h.query_by_label("Evidence appendix").is_some());
    assert!(
        h.query_by_label("Highlight as on screen (Anna Sokolova)")
            .is_some()
    );
}
