//! The app layer as a user meets it: shortcuts and modals, view state that
//! belongs to its map, the unsaved marker, new stages and personas, the
//! status bar, menus generated from the command list.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::model::{CardFilter, LaneKind};
use journeymap::ui::{JourneyApp, Selection, setup_context};

fn app() -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size([1500.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::with_prefs(Default::default())
        });
    harness.run();
    harness
}

fn open_template(h: &mut Harness<'static, JourneyApp>, title: &str) {
    h.get_by_label(title).click();
    h.run();
}

fn map(h: &Harness<'static, JourneyApp>) -> journeymap::model::JourneyMap {
    h.state().doc().unwrap().map.clone()
}

fn has_label(h: &Harness<'static, JourneyApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn dirty(h: &Harness<'static, JourneyApp>) -> bool {
    h.state().window_title().starts_with('●')
}

#[test]
fn delete_key_on_a_persona_removes_their_curves_and_card_tags_too() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let before = map(&h);
    let persona = before.personas[0].clone();
    let tagged = before
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .filter(|c| c.personas.contains(&persona.id))
        .count();
    let curves = before
        .lanes
        .iter()
        .flat_map(|l| &l.series)
        .filter(|s| s.persona == Some(persona.id))
        .count();
    assert!(curves > 0, "the template has a curve for {}", persona.name);
    assert!(tagged > 0, "the template tags cards with {}", persona.name);
    h.get_by_label(&persona.name).click();
    h.run();
    assert_eq!(*h.state().selection(), Selection::Persona(persona.id));
    h.key_press(Key::Delete);
    h.run();
    let after = map(&h);
    assert!(after.persona(persona.id).is_none(), "persona deleted");
    assert!(
        after
            .lanes
            .iter()
            .flat_map(|l| &l.series)
            .all(|s| s.persona != Some(persona.id)),
        "no curve left pointing at the deleted persona"
    );
    assert!(
        after
            .lanes
            .iter()
            .flat_map(|l| &l.cards)
            .all(|c| !c.personas.contains(&persona.id)),
        "no card tag left pointing at the deleted persona"
    );
    assert!(after.validate().is_empty(), "{:?}", after.validate());
    // One undo brings all of it back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(map(&h), before);
}

#[test]
fn the_view_filter_and_selection_belong_to_their_map() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let anna = map(&h).personas[1].id;
    h.state_mut().canvas_mut().filter = CardFilter {
        persona: Some(anna),
        confidence: None,
    };
    h.run();
    assert!(has_label(&h, "Show all"), "the status bar shows the filter");
    // Another map (the current one is unchanged, so no question).
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("New from template").hover();
    h.run_steps(10);
    h.get_by_label("Future state").click();
    h.run_steps(10);
    assert_eq!(map(&h).title, {
        let t = journeymap::io::template_by_name("future-state").unwrap();
        t.instantiate().unwrap().title
    });
    assert!(
        !h.state().canvas().filter.is_active(),
        "the old map's filter does not dim the new map"
    );
    assert!(!has_label(&h, "Show all"));
}

#[test]
fn a_restored_recovery_copy_starts_with_nothing_selected() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_path_buf();
    {
        let mut h = app();
        h.state_mut().use_recovery_dir(Some(dir.clone()));
        open_template(&mut h, "Current state");
        h.state_mut().doc_mut().unwrap().touch();
        h.state_mut().autosave_now();
    }
    let mut h = app();
    h.state_mut().use_recovery_dir(Some(dir.clone()));
    h.run();
    // A map opened while the offer waits, with a stage selected.
    h.state_mut().push(journeymap::ui::Intent::Perform(
        journeymap::ui::Replace::Template(
            journeymap::io::template_by_name("service-blueprint").unwrap(),
        ),
    ));
    h.run();
    let stage = map(&h).stages[0].id;
    h.state_mut()
        .push(journeymap::ui::Intent::Select(Selection::Stage(stage)));
    h.run();
    assert_eq!(*h.state().selection(), Selection::Stage(stage));
    h.get_by_label("Restore").click();
    h.run();
    assert!(map(&h).title.contains("car"), "the restored map is open");
    assert_eq!(*h.state().selection(), Selection::None);
}

#[test]
fn shortcuts_do_not_reach_the_map_behind_a_modal() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let before = map(&h);
    let card = before.lanes[0].cards[0].id;
    h.state_mut()
        .push(journeymap::ui::Intent::Select(Selection::card(card)));
    h.run();
    // Help is open: Delete and Ctrl+Z must do nothing to the map.
    h.key_press(Key::F1);
    h.run_steps(10); // the modal settles where it is centred
    assert!(has_label(&h, "Keyboard shortcuts"));
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(map(&h), before, "Delete behind the Help window");
    h.get_by_label("Close").click();
    h.run();
    assert!(!has_label(&h, "Keyboard shortcuts"));
    assert_eq!(*h.state().selection(), Selection::card(card));
    // Now Delete works, and Ctrl+Z behind the export dialog does not undo.
    h.key_press(Key::Delete);
    h.run();
    assert!(map(&h).card(card).is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert!(has_label(&h, "Export PNG…"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        map(&h).card(card).is_none(),
        "Ctrl+Z behind the export dialog"
    );
    h.get_by_label("Cancel").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(map(&h), before);
}

#[test]
fn the_first_persona_does_not_take_over_the_curve_of_no_persona() {
    let mut h = app();
    open_template(&mut h, "Blank map");
    let emotions = map(&h)
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Emotions)
        .expect("the blank map has an emotion lane");
    assert!(map(&h).lanes[emotions].series[0].persona.is_none());
    h.get_by_label("Add persona").click();
    h.run();
    let m = map(&h);
    let lane = &m.lanes[emotions];
    assert_eq!(lane.series.len(), 2, "her own, empty curve");
    assert!(
        lane.series[0].persona.is_none(),
        "the old curve is nobody's"
    );
    assert!(lane.series[1].values.is_empty());
    // Her curve in the inspector shows no values she does not have.
    h.state_mut()
        .push(journeymap::ui::Intent::Select(Selection::Lane(lane.id)));
    h.run();
    assert!(has_label(&h, "Everyone (no persona)"));
    assert!(has_label(&h, "Persona 1"));
    let missing = h.query_all_by_label("Add point").count();
    let unset = lane.series.iter().map(|s| m.stages.len() - s.values.len());
    assert_eq!(
        missing,
        unset.sum::<usize>(),
        "one 'Add point' per missing value"
    );
}

#[test]
fn the_unsaved_marker_follows_the_saved_state() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    assert!(h.state_mut().save_to(&path));
    h.run();
    assert!(!dirty(&h));
    // A new card cancelled with Esc leaves the map as saved.
    let lane = map(&h).lanes[0].id;
    let stage = map(&h).stages[0].id;
    h.state_mut()
        .push(journeymap::ui::Intent::AddCard { lane, stage });
    h.run();
    assert!(dirty(&h), "a new card is a change");
    h.key_press(Key::Escape);
    h.run();
    assert!(
        !dirty(&h),
        "the card was cancelled: {}",
        h.state().window_title()
    );
    // An edit, then undo back to the saved state.
    h.key_press_modifiers(Modifiers::COMMAND, Key::D); // nothing selected: nothing
    h.run();
    assert!(!dirty(&h));
    h.get_by_label("Add stage").click();
    h.run();
    assert!(dirty(&h));
    h.key_press(Key::Escape); // leave the name field
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!dirty(&h), "undone back to what is saved");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert!(dirty(&h), "redo makes it differ again");
}

#[test]
fn a_new_stage_is_selected_in_view_and_being_named_and_a_new_persona_has_no_age() {
    let mut h = app();
    open_template(&mut h, "Current state");
    // Zoom in so the end of the journey is off screen.
    h.state_mut().canvas_mut().camera.zoom = 1.5;
    h.state_mut().canvas_mut().camera.pan = egui::Vec2::ZERO;
    h.run();
    h.get_by_label("Add stage").click();
    h.run();
    let m = map(&h);
    let stage = m.stages.last().unwrap();
    assert_eq!(*h.state().selection(), Selection::Stage(stage.id));
    let name = h.get_by_label("Name");
    assert!(
        name.accesskit_node().is_focused(),
        "the name field has focus"
    );
    let canvas = h.state().canvas();
    let rect = canvas.last_rect.unwrap();
    let column = canvas
        .layout()
        .unwrap()
        .stages
        .iter()
        .find(|s| s.id == stage.id)
        .unwrap()
        .clone();
    let tf = canvas.camera.to_screen(rect);
    let left = tf.translation.x + column.x * tf.scaling;
    let right = left + column.width * tf.scaling;
    assert!(
        left >= rect.left() && right <= rect.right(),
        "the new stage {left}..{right} is inside the canvas {:?}",
        rect.x_range()
    );
    // Type its name straight away.
    h.event(egui::Event::Text(" — test drive".into()));
    h.run();
    assert!(map(&h).stages.last().unwrap().name.ends_with("test drive"));

    h.key_press(Key::Escape);
    h.run();
    h.state_mut()
        .push(journeymap::ui::Intent::Select(Selection::None));
    h.run();
    h.get_by_label("Add persona").click();
    h.run();
    let persona = map(&h).personas.last().unwrap().clone();
    assert_eq!(persona.age, None);
    let age = h.get_by_label("Age");
    assert_eq!(age.accesskit_node().value().as_deref(), Some(""));
}

#[test]
fn the_status_bar_does_not_keep_stale_messages() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let card = map(&h).lanes[0].cards[0].id;
    h.state_mut()
        .push(journeymap::ui::Intent::Select(Selection::card(card)));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert!(has_label(&h, "Redid: Duplicate card"));
    let stage = map(&h).stages[2].id;
    h.state_mut()
        .push(journeymap::ui::Intent::Select(Selection::Stage(stage)));
    h.run();
    h.key_press(Key::Delete);
    h.run();
    assert!(map(&h).stage_index(stage).is_none());
    assert!(!has_label(&h, "Redid: Duplicate card"), "stale notice");
    assert!(
        h.query_all_by_label_contains("Deleted stage")
            .next()
            .is_some()
    );
}

#[test]
fn file_import_works_on_the_start_screen_and_matches_its_button() {
    let mut h = app();
    h.get_by_label("File").click();
    h.run();
    let items: Vec<_> = h
        .query_all_by_label_contains("Import Mermaid, Markdown or CSV…")
        .collect();
    assert_eq!(items.len(), 2, "the menu item and the start-screen button");
    assert!(items.iter().all(|n| !n.accesskit_node().is_disabled()));
}

#[test]
fn the_edit_menu_and_the_help_list_come_from_the_commands() {
    let mut h = app();
    open_template(&mut h, "Current state");
    h.get_by_label("Edit").click();
    h.run();
    for label in [
        "Cut",
        "Copy",
        "Paste",
        "Select all cards",
        "Delete selection",
        "Add persona",
    ] {
        assert!(
            h.query_all_by_label_contains(label).next().is_some(),
            "Edit menu has {label}"
        );
    }
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::F1);
    h.run();
    for label in [
        "Copy",
        "Cut",
        "Paste",
        "Select all cards",
        "Clear selection",
        "Select several cards",
        "Ctrl+Y",
    ] {
        assert!(
            h.query_all_by_label_contains(label).next().is_some(),
            "F1 lists {label}"
        );
    }
}

#[test]
fn select_all_then_delete_takes_every_card_in_one_step() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let before = map(&h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    assert_eq!(h.state().selection().cards().len(), before.card_count());
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(map(&h).card_count(), 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(map(&h), before);
}

/// The keyboard works the map: arrows move the selection across stages and
/// down cells and lanes, Tab follows reading order, Home/End go to the
/// first/last stage, Enter edits in place, Ctrl+arrow moves the card (one
/// undo step), Ctrl+2 zooms to the selection.
#[test]
fn arrows_tab_home_end_enter_and_ctrl_arrows_work_the_map() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let m = map(&h);
    let card_at = |lane: usize, stage: usize, i: usize| {
        m.lanes[lane]
            .cards_in(m.stages[stage].id)
            .nth(i)
            .unwrap()
            .id
    };
    let selected = |h: &Harness<'static, JourneyApp>| h.state().selection().single_card();
    let press = |h: &mut Harness<'static, JourneyApp>, m: Modifiers, k: Key| {
        h.key_press_modifiers(m, k);
        h.run_steps(3);
    };
    let none = Modifiers::NONE;
    press(&mut h, none, Key::ArrowRight);
    assert_eq!(selected(&h), Some(card_at(0, 0, 0)), "the first card");
    press(&mut h, none, Key::ArrowRight);
    assert_eq!(
        selected(&h),
        Some(card_at(0, 1, 0)),
        "same lane, next stage"
    );
    press(&mut h, none, Key::ArrowDown);
    assert_eq!(selected(&h), Some(card_at(0, 1, 1)), "down the cell");
    press(&mut h, none, Key::ArrowDown);
    assert_eq!(
        selected(&h),
        Some(card_at(1, 1, 0)),
        "on into the lane below"
    );
    press(&mut h, none, Key::ArrowUp);
    assert_eq!(selected(&h), Some(card_at(0, 1, 1)));
    press(&mut h, none, Key::Tab);
    assert_eq!(selected(&h), Some(card_at(1, 1, 0)), "reading order");
    press(&mut h, Modifiers::SHIFT, Key::Tab);
    assert_eq!(selected(&h), Some(card_at(0, 1, 1)));
    press(&mut h, none, Key::End);
    let last = m.stages.len() - 1;
    assert_eq!(
        selected(&h),
        Some(card_at(0, last, 0)),
        "last stage, same lane"
    );
    press(&mut h, none, Key::Home);
    assert_eq!(selected(&h), Some(card_at(0, 0, 0)));
    press(&mut h, none, Key::Enter);
    assert!(
        h.state().canvas().is_editing_in_place(),
        "Enter edits in place"
    );
    press(&mut h, none, Key::Escape);
    assert!(!h.state().canvas().is_editing_in_place());
    // Ctrl+→ moves the card one stage on; one Ctrl+Z puts it back.
    let card = card_at(0, 0, 0);
    press(&mut h, Modifiers::COMMAND, Key::ArrowRight);
    let moved = map(&h);
    assert_eq!(moved.card(card).unwrap().1.stage, m.stages[1].id);
    assert_eq!(selected(&h), Some(card), "it stays selected");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).card(card).unwrap().1.stage, m.stages[0].id);
    // Ctrl+2: the selected card fills the view.
    let before = h.state().canvas().camera.zoom;
    press(&mut h, Modifiers::COMMAND, Key::Num2);
    assert!(
        h.state().canvas().camera.zoom > before * 1.5,
        "zoomed in on the card"
    );
}

/// Right-click menus: on a card (Duplicate, Move to stage), on a stage
/// header (Add stage after) and on an empty cell (Add card here); the
/// thing clicked is selected first.
#[test]
fn right_click_menus_act_on_what_was_clicked() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let m = map(&h);
    let first = m.lanes[0].cards[0].clone();
    h.get_by_label(&first.text).click_secondary();
    h.run_steps(3);
    assert_eq!(h.state().selection().single_card(), Some(first.id));
    h.query_all_by_label_contains("Duplicate")
        .next()
        .expect("menu")
        .click();
    h.run_steps(3);
    assert_eq!(map(&h).card_count(), m.card_count() + 1, "duplicated");
    // Move to stage ▸ the last stage (the original comes first in its cell).
    h.get_all_by_label(&first.text)
        .next()
        .unwrap()
        .click_secondary();
    h.run_steps(3);
    h.get_by_label("Move to stage").hover();
    h.run_steps(3);
    let last = m.stages.last().unwrap();
    // The submenu's button comes after the canvas's own stage header.
    h.get_all_by_label(&last.name)
        .rfind(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .expect("a stage in the submenu")
        .click();
    h.run_steps(3);
    assert_eq!(map(&h).card(first.id).unwrap().1.stage, last.id);
    // A stage header: add a stage after it.
    h.get_by_label(&m.stages[0].name).click_secondary();
    h.run_steps(3);
    // (egui's menu is in the accessibility tree twice; one is shown.)
    h.query_all_by_label("Add stage after")
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    let after = map(&h);
    assert_eq!(after.stages.len(), m.stages.len() + 1);
    assert_eq!(
        after.stages[0].id, m.stages[0].id,
        "inserted after the first"
    );
}

/// The command palette: Ctrl+Shift+P (or Ctrl+K) lists the commands, typing
/// filters them fuzzily, Enter runs the first; Esc closes it.
#[test]
fn the_command_palette_finds_and_runs_a_command_by_typing() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let stages = map(&h).stages.len();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run_steps(4);
    assert!(has_label(&h, "Run a command"));
    assert!(
        h.query_all_by_label_contains("Zoom to selection")
            .next()
            .is_some(),
        "all commands listed"
    );
    h.get_by_label("Run a command").type_text("add stg");
    h.run_steps(4);
    assert!(
        h.query_all_by_label_contains("Zoom to selection")
            .next()
            .is_none(),
        "filtered"
    );
    h.key_press(Key::Enter);
    h.run_steps(4);
    assert!(!has_label(&h, "Run a command"), "closed after running");
    assert_eq!(map(&h).stages.len(), stages + 1, "Add stage ran");
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.run_steps(4);
    assert!(has_label(&h, "Run a command"));
    h.key_press(Key::Escape);
    h.run_steps(4);
    assert!(!has_label(&h, "Run a command"));
}

/// Hovering a card's marker says what it means: the confidence dot, the
/// channel icon, the rating (not the whole card, which would keep a
/// tooltip over every card being worked on).
#[test]
fn hovering_a_cards_markers_explains_them() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let m = map(&h);
    let card = m
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .find(|c| c.channel.is_some() && c.rating.is_some())
        .unwrap()
        .clone();
    let hover_at = |h: &mut Harness<'static, JourneyApp>, at: egui::Pos2| {
        let canvas = h.state().canvas();
        let screen =
            canvas.last_rect.unwrap().min + canvas.camera.pan + at.to_vec2() * canvas.camera.zoom;
        h.input_mut().events.push(egui::Event::PointerMoved(screen));
        // Tooltips wait until the pointer rests.
        h.run_steps(120);
    };
    let layout_card = |h: &Harness<'static, JourneyApp>| {
        let layout = h.state().canvas().layout().unwrap();
        layout
            .cards
            .iter()
            .find(|c| c.id == card.id)
            .unwrap()
            .clone()
    };
    let boxed = layout_card(&h);
    hover_at(&mut h, boxed.rect.center());
    assert!(
        h.query_all_by_label_contains("Channel: ").next().is_none(),
        "no tooltip mid-card"
    );
    hover_at(&mut h, boxed.marker_center);
    assert!(
        h.query_all_by_label_contains("Confidence: ")
            .next()
            .is_some()
    );
    let (_, icon) = boxed.channel.unwrap();
    hover_at(&mut h, icon + egui::vec2(4.0, 4.0));
    assert!(h.query_all_by_label_contains("Channel: ").next().is_some());
    hover_at(&mut h, boxed.rating.as_ref().unwrap().rect().center());
    assert!(
        h.query_all_by_label_contains("of 5 · importance")
            .next()
            .is_some()
    );
}

/// F5 presents the map: menus and inspector hidden, the stage's name and
/// notes at the bottom; → and ← step, End goes to the last, Esc leaves.
#[test]
fn presentation_mode_walks_through_the_stages() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let m = map(&h);
    h.key_press(Key::F5);
    h.run_steps(4);
    assert!(!has_label(&h, "File"), "the menus are hidden");
    assert!(has_label(&h, &m.stages[0].name));
    assert!(has_label(&h, &format!("stage 1 of {}", m.stages.len())));
    h.key_press(Key::ArrowRight);
    h.run_steps(4);
    assert!(has_label(&h, &format!("stage 2 of {}", m.stages.len())));
    assert_eq!(
        h.state().selection(),
        &Selection::None,
        "→ steps, it does not select"
    );
    h.key_press(Key::End);
    h.run_steps(4);
    let n = m.stages.len();
    assert!(has_label(&h, &format!("stage {n} of {n}")));
    h.key_press(Key::ArrowLeft);
    h.run_steps(4);
    assert!(has_label(&h, &format!("stage {} of {n}", n - 1)));
    h.key_press(Key::Escape);
    h.run_steps(4);
    assert!(has_label(&h, "File"), "Esc leaves: the menus are back");
    assert_eq!(map(&h), m, "presenting changed nothing");
}

/// View → Legend puts the key under the grid on the canvas, and the Export
/// dialog starts with it when the canvas shows it.
#[test]
fn view_legend_shows_the_key_on_the_canvas() {
    let mut h = app();
    open_template(&mut h, "Current state");
    assert!(h.state().canvas().layout().unwrap().legend.is_none());
    h.get_by_label("View").click();
    h.run_steps(3);
    h.query_all_by_label_contains("Legend")
        .next()
        .unwrap()
        .click();
    h.run_steps(4);
    let layout = h.state().canvas().layout().unwrap();
    let legend = layout.legend.as_ref().expect("the legend is laid out");
    assert!(legend.items.len() >= 4);
    assert!(
        legend.heading.rect().top() > layout.grid.bottom(),
        "under the grid"
    );
}

/// The palette runs "Export…": the Export dialog opens.
#[test]
fn the_palette_runs_export() {
    let mut h = app();
    open_template(&mut h, "Current state");
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.run_steps(4);
    h.get_by_label("Run a command").type_text("Export");
    h.run_steps(4);
    h.key_press(Key::Enter);
    h.run_steps(10);
    assert!(has_label(&h, "Export picture"), "the Export dialog is open");
}

/// A blank map says on the canvas how to start, until its first card
/// exists; its buttons add a stage or import.
#[test]
fn a_blank_map_shows_the_first_steps_until_it_has_a_card() {
    let mut h = app();
    open_template(&mut h, "Blank map");
    assert!(has_label(&h, "This map has no cards yet"));
    let stages = map(&h).stages.len();
    h.get_by_label("Add a stage now").click();
    h.run_steps(4);
    assert_eq!(map(&h).stages.len(), stages + 1);
    let m = map(&h);
    let (lane, stage) = (m.lanes[0].id, m.stages[0].id);
    h.state_mut()
        .apply_intents(vec![journeymap::ui::Intent::AddCard { lane, stage }]);
    h.run_steps(4);
    assert!(
        !has_label(&h, "This map has no cards yet"),
        "gone with the first card"
    );
}

/// A card's menu sets its confidence (one undo step); a lane's collapses it.
#[test]
fn right_click_sets_confidence_and_collapses_a_lane() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let m = map(&h);
    let card = m.lanes[0].cards[0].clone();
    h.get_by_label(&card.text).click_secondary();
    h.run_steps(3);
    // The menu's entry comes after the inspector's field of the same name.
    h.get_all_by_label("Confidence")
        .next_back()
        .unwrap()
        .hover();
    h.run_steps(3);
    h.get_by_label("Proposed").click();
    h.run_steps(3);
    let confidence = |h: &Harness<'static, JourneyApp>| map(h).card(card.id).unwrap().1.confidence;
    assert_eq!(confidence(&h), journeymap::model::Confidence::Proposed);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(confidence(&h), card.confidence, "one undo step");
    let lane = &m.lanes[1];
    h.get_by_label(&lane.title).click_secondary();
    h.run_steps(3);
    h.get_all_by_label("Collapsed").next_back().unwrap().click();
    h.run_steps(3);
    assert!(map(&h).lane(lane.id).unwrap().collapsed);
}

/// A lane's menu adds a lane of a chosen kind right below it.
#[test]
fn right_click_adds_a_lane_below() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let m = map(&h);
    let lane = &m.lanes[0];
    h.get_by_label(&lane.title).click_secondary();
    h.run_steps(3);
    h.get_by_label("Add lane below").click();
    h.run_steps(3);
    // The submenu's entry, not the canvas's "Pains" lane title at the left.
    let title_x = h
        .get_all_by_label("Pains")
        .map(|n| n.rect().left())
        .fold(f32::INFINITY, f32::min);
    h.get_all_by_label("Pains")
        .find(|n| n.rect().left() > title_x)
        .expect("the submenu lists the kinds")
        .click();
    h.run_steps(3);
    let after = map(&h);
    assert_eq!(after.lanes.len(), m.lanes.len() + 1);
    assert_eq!(after.lanes[0].id, lane.id);
    assert_eq!(after.lanes[1].kind, LaneKind::Pains, "inserted right below");
}

/// A step of the presentation glides: a few frames after End the camera is
/// between the two stages, then it arrives and the app stops repainting.
/// (The first stages sit beside the lane titles at the left edge, so a
/// step among them moves the spotlight rather than the camera.)
#[test]
fn a_presentation_step_glides_to_the_next_stage() {
    let mut h = app();
    open_template(&mut h, "Current state");
    h.key_press(Key::F5);
    h.run_steps(30);
    let first = h.state().canvas().camera;
    h.key_press(Key::End);
    h.run_steps(4);
    let midway = h.state().canvas().camera;
    h.run_steps(40);
    let second = h.state().canvas().camera;
    assert!(
        second.pan.x < midway.pan.x && midway.pan.x < first.pan.x,
        "midway ({}) lies between the first ({}) and second ({}) stage",
        midway.pan.x,
        first.pan.x,
        second.pan.x
    );
    h.run();
    assert_eq!(
        h.state().canvas().camera,
        second,
        "it has arrived and stays"
    );
}

/// Right-click on an empty spot of a cell: "Add card here" adds a card to
/// exactly that cell (lane and stage under the pointer).
#[test]
fn the_empty_cell_menu_adds_a_card_where_the_pointer_was() {
    let mut h = app();
    open_template(&mut h, "Current state");
    let m = map(&h);
    let pains = m
        .lanes
        .iter()
        .position(|l| l.kind == journeymap::model::LaneKind::Pains)
        .unwrap();
    let (lane, stage) = (m.lanes[pains].id, m.stages[4].id);
    let spot = {
        let state = h.state();
        let canvas = state.canvas();
        let cell = canvas.layout().unwrap().cell_rect(lane, stage).unwrap();
        canvas.camera.to_screen(canvas.last_rect.unwrap())
            * egui::pos2(cell.center().x, cell.bottom() - 6.0)
    };
    h.hover_at(spot);
    h.run_steps(2);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: spot,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(4);
    let before = m.lanes[pains]
        .cards
        .iter()
        .filter(|c| c.stage == stage)
        .count();
    h.get_all_by_label("Add card here")
        .next_back()
        .unwrap()
        .click();
    h.run_steps(4);
    let after = map(&h);
    assert_eq!(
        after.lanes[pains]
            .cards
            .iter()
            .filter(|c| c.stage == stage)
            .count(),
        before + 1,
        "a card in the cell under the pointer"
    );
    assert_eq!(after.card_count(), m.card_count() + 1);
}
