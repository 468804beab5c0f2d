//! Compound edits (`edit::compound`), headless: what the app, the CLI and
//! tests share for "add a stage", "delete a persona", "paste", ….

use journeymap::edit::{self, History, clipboard};
use journeymap::io::template_by_name;
use journeymap::model::{CardId, Hue, JourneyMap, LaneKind};

fn template(name: &str) -> JourneyMap {
    template_by_name(name).unwrap().instantiate().unwrap()
}

/// The colour each stage is drawn in, by stage id (as the layout gives it).
fn drawn_hues(map: &JourneyMap) -> Vec<(u64, Hue)> {
    let mut fonts = journeymap::export::headless_fonts();
    let layout = journeymap::export::headless_layout(map, &mut fonts, "2026-01-01");
    layout.stages.iter().map(|s| (s.id.0, s.hue)).collect()
}

fn apply(map: &mut JourneyMap, history: &mut History, e: edit::Edit) {
    history.begin(e.label);
    for c in e.commands {
        history.apply(map, c, e.label);
    }
    history.commit();
}

#[test]
fn deleting_moving_or_inserting_a_stage_recolours_no_other_stage() {
    let mut map = template("current-state");
    let before = drawn_hues(&map);
    let mut history = History::default();
    let first = map.stages[0].id;
    let e = edit::delete_stage(&map, first);
    apply(&mut map, &mut history, e);
    let after = drawn_hues(&map);
    assert_eq!(after, before[1..], "every other stage keeps its colour");

    let last = map.stages.last().unwrap().id;
    let e = edit::move_stage(&map, last, 0);
    apply(&mut map, &mut history, e);
    let mut moved = drawn_hues(&map);
    moved.sort_by_key(|(id, _)| *id);
    let mut expected = after.clone();
    expected.sort_by_key(|(id, _)| *id);
    assert_eq!(moved, expected, "a moved stage takes its colour along");

    let (e, id) = edit::add_stage(&map, 2);
    apply(&mut map, &mut history, e);
    let hues = drawn_hues(&map);
    let i = hues.iter().position(|(s, _)| *s == id.0).unwrap();
    assert_eq!(i, 2);
    assert_ne!(hues[1].1, hues[2].1, "unlike its left neighbour");
    assert_ne!(hues[3].1, hues[2].1, "unlike its right neighbour");
    let others: Vec<_> = hues.iter().filter(|(s, _)| *s != id.0).cloned().collect();
    assert_eq!(
        others,
        drawn_hues(&{
            let mut m = map.clone();
            m.stages.retain(|s| s.id != id);
            m
        })
    );

    // Undo takes all of it back, colours included.
    while history.undo(&mut map).is_some() {}
    assert_eq!(map, template("current-state"));
}

/// Issue 26: adding and deleting stages changed «Лояльность»'s colour in
/// the file, which a merge later showed as a conflict nobody made.
#[test]
fn adding_and_deleting_stages_writes_no_colour_into_other_stages_and_undo_restores_them() {
    for lang in [journeymap::model::Lang::Ru, journeymap::model::Lang::En] {
        let original = journeymap::io::template_in("current-state", lang)
            .unwrap()
            .instantiate()
            .unwrap();
        // An older map whose stages have no colour of their own, and a
        // template's, whose stages have theirs.
        let mut automatic = original.clone();
        for s in &mut automatic.stages {
            s.color = None;
        }
        for start in [original, automatic] {
            let mut map = start.clone();
            let mut history = History::default();
            let before = drawn_hues(&map);
            let (add, new) = edit::add_stage(&map, 2);
            assert!(
                add.commands
                    .iter()
                    .all(|c| matches!(c, journeymap::edit::Command::AddStage { .. })),
                "adding a stage writes only the new stage: {:?}",
                add.commands
            );
            apply(&mut map, &mut history, add);
            let with_new: Vec<_> = drawn_hues(&map)
                .into_iter()
                .filter(|(id, _)| *id != new.0)
                .collect();
            assert_eq!(with_new, before, "no other stage changes colour");
            let delete = edit::delete_stage(&map, new);
            assert_eq!(delete.commands.len(), 1, "deleting writes only the removal");
            apply(&mut map, &mut history, delete);
            assert_eq!(map, start, "add then delete leaves the file as it was");
            assert_eq!(drawn_hues(&map), before);

            // Delete a stage in the middle and undo: every colour is back.
            let loyalty = map.stages[4].id;
            let delete = edit::delete_stage(&map, loyalty);
            apply(&mut map, &mut history, delete);
            for s in &map.stages {
                let was = start.stages.iter().find(|o| o.id == s.id).unwrap();
                assert_eq!(s.color, was.color, "nothing written into {}", s.name);
            }
            history.undo(&mut map).unwrap();
            assert_eq!(map, start);
            assert_eq!(drawn_hues(&map), before, "undo brings colours back exactly");
        }
    }
}

#[test]
fn removing_a_persona_leaves_nothing_pointing_at_them() {
    let mut map = template("current-state");
    let id = map.personas[0].id;
    let e = edit::remove_persona(&map, id);
    assert!(e.clone().apply_to(&mut map));
    assert!(map.persona(id).is_none());
    assert!(map.validate().is_empty(), "{:?}", map.validate());
    assert!(
        map.lanes
            .iter()
            .all(|l| l.series.iter().all(|s| s.persona != Some(id)))
    );
    assert!(
        map.lanes
            .iter()
            .all(|l| l.cards.iter().all(|c| !c.personas.contains(&id)))
    );
}

#[test]
fn adding_a_persona_gives_them_an_empty_curve_in_every_emotion_lane() {
    let mut map = template("blank");
    let emotion_lanes = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Emotions)
        .count();
    let (e, id) = edit::add_persona(&map);
    e.apply_to(&mut map);
    let p = map.persona(id).unwrap();
    assert_eq!(p.age, None);
    let curves: Vec<_> = map
        .lanes
        .iter()
        .flat_map(|l| &l.series)
        .filter(|s| s.persona == Some(id))
        .collect();
    assert_eq!(curves.len(), emotion_lanes);
    assert!(curves.iter().all(|s| s.values.is_empty()));
}

#[test]
fn duplicates_sit_right_after_their_originals() {
    let mut map = template("current-state");
    let lane = &map.lanes[0];
    let (a, b) = (lane.cards[0].id, lane.cards[2].id);
    let (e, copies) = edit::duplicate_cards(&map, &[b, a]);
    e.apply_to(&mut map);
    let ids: Vec<CardId> = map.lanes[0].cards.iter().map(|c| c.id).collect();
    let pos = |id| ids.iter().position(|x| *x == id).unwrap();
    assert_eq!(pos(copies[0]), pos(b) + 1);
    assert_eq!(pos(copies[1]), pos(a) + 1);
    assert_eq!(
        map.card(copies[0]).unwrap().1.text,
        map.card(b).unwrap().1.text
    );
}

#[test]
fn moving_cards_keeps_their_order_in_the_target_cell() {
    let mut map = template("current-state");
    let lane = map.lanes[0].id;
    let target_stage = map.stages[3].id;
    let cards: Vec<CardId> = map.lanes[0].cards.iter().take(3).map(|c| c.id).collect();
    let before = map.lanes[0]
        .cards
        .iter()
        .find(|c| c.stage == target_stage)
        .map(|c| c.id);
    let e = edit::move_cards(&map, &cards, lane, target_stage, before);
    e.apply_to(&mut map);
    let cell: Vec<CardId> = map.lanes[0]
        .cards
        .iter()
        .filter(|c| c.stage == target_stage)
        .map(|c| c.id)
        .collect();
    assert_eq!(&cell[..3], &cards[..], "moved cards first, in order");
    assert_eq!(
        cell.get(3).copied(),
        before,
        "then the card they went before"
    );
}

#[test]
fn paste_puts_cards_after_the_selected_one_and_plain_text_as_one_card_a_line() {
    let mut map = template("current-state");
    let first = map.lanes[0].cards[0].clone();
    let text = clipboard::copy_text(&map, &[first.id], &|p| p.to_string()).unwrap();
    let at = clipboard::PasteAt {
        after: Some(first.id),
        lane: None,
    };
    let (e, pasted) = clipboard::paste(&map, at, &text, &mut |p| p.to_string());
    e.apply_to(&mut map);
    assert_eq!(map.lanes[0].cards[1].id, pasted[0]);
    assert_eq!(map.lanes[0].cards[1].text, first.text);
    let (e, pasted) = clipboard::paste(&map, Default::default(), "Одна\nDivi\n\n", &mut |p| {
        p.into()
    });
    e.apply_to(&mut map);
    assert_eq!(pasted.len(), 2);
    assert_eq!(map.card(pasted[1]).unwrap().1.text, "Divi");
}

#[test]
fn history_knows_the_saved_state_through_undo_and_redo() {
    let mut map = template("blank");
    let mut h = History::saved_now();
    assert!(h.at_saved());
    let (e, _) = edit::add_stage(&map, 0);
    apply(&mut map, &mut h, e);
    assert!(!h.at_saved());
    h.undo(&mut map);
    assert!(h.at_saved(), "undone to the saved state");
    h.redo(&mut map);
    h.mark_saved();
    h.undo(&mut map);
    assert!(!h.at_saved(), "the saved state is the one with the stage");
    h.redo(&mut map);
    assert!(h.at_saved());
    // A cancelled gesture is no change.
    h.begin("Add card");
    let (e, _) = edit::add_card(&map, map.lanes[0].id, map.stages[0].id).unwrap();
    for c in e.commands {
        h.apply(&mut map, c, "Add card");
    }
    assert!(!h.at_saved());
    h.abort(&mut map);
    assert!(h.at_saved());
    // A new step after undoing past the saved state: never clean again by undo.
    h.undo(&mut map);
    let (e, _) = edit::add_lane(&map, LaneKind::Pains, 99);
    apply(&mut map, &mut h, e);
    assert!(!h.at_saved());
    h.undo(&mut map);
    assert!(!h.at_saved());
}
