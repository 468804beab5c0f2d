//! Versions in the app: File → Merge with… a colleague's copy (preview,
//! one undo step), the conflicts it leaves resolved with one click each,
//! and File → Compare versions… listing what changed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::io::{load_file, save_file, template_by_name};
use journeymap::model::{Card, CardId, Evidence, JourneyMap, Lang, Review, ReviewId};
use journeymap::ui::{JourneyApp, setup_context};

fn app() -> Harness<'static, JourneyApp> {
    let mut h = Harness::builder()
        .with_size([1500.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::new(cc, None)
        });
    h.state_mut().footer_date = Some("2026-01-01".into());
    h.state_mut().prefs.language = Some(Lang::En);
    h.state_mut().use_builtin_file_chooser();
    h.run();
    h
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn map(h: &Harness<'static, JourneyApp>) -> JourneyMap {
    h.state().doc().unwrap().map.clone()
}

/// Open `file` (dropped on the window) and pick `other` through File → `item`.
fn open_then_choose(h: &mut Harness<'static, JourneyApp>, file: &Path, item: &str, other: &str) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(file.to_path_buf())));
    h.run_steps(5);
    h.get_by_label("File").click();
    h.run_steps(3);
    h.get_by_label(item).click();
    h.run_steps(10);
    h.get_by_label(other).click();
    h.run_steps(5);
    h.get_by_label("Open").click();
    h.run_steps(10);
}

#[test]
fn a_colleagues_copy_is_merged_after_a_preview_and_conflicts_resolved_one_click_each() {
    let dir = tempfile::tempdir().unwrap();
    let base = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let mut ours = base.clone();
    ours.lanes[0].cards[0].text = "Our wording".into();
    let mut theirs = base.clone();
    theirs.lanes[0].cards[0].text = "Their wording".into();
    theirs.stages[1].name = "Choosing a dealer".into();
    let new_id = journeymap::model::CardId(base.next_id() + 100);
    let stage = base.stages[2].id;
    theirs.lanes[1].cards.push(journeymap::model::Card::new(
        new_id,
        stage,
        "Added by a colleague",
    ));
    save_file(&dir.path().join("map.ron"), &ours).unwrap();
    save_file(&dir.path().join("map (conflicted copy).ron"), &theirs).unwrap();
    let mut h = app();
    open_then_choose(
        &mut h,
        &dir.path().join("map.ron"),
        "Merge with…",
        "map (conflicted copy).ron",
    );
    assert!(
        h.query_by_label("Merge with map (conflicted copy).ron")
            .is_some(),
        "a preview"
    );
    // No common version: what the copies disagree on is for the user to say.
    assert!(
        h.query_by_label_contains("2 conflicts to resolve after")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Added by a colleague").is_some(),
        "the preview lists it"
    );
    assert_eq!(map(&h), ours, "nothing merged before Merge");
    h.get_by_label("Merge").click();
    h.run_steps(10);
    let merged = map(&h);
    assert_eq!(
        merged.card(new_id).unwrap().1.text,
        "Added by a colleague",
        "their new card is in"
    );
    assert_eq!(
        merged.lanes[0].cards[0].text, "Our wording",
        "ours kept where they differ"
    );
    assert_eq!(merged.conflicts.len(), 2);
    assert!(
        h.query_by_label("Merge conflicts (2)").is_some(),
        "the conflicts window"
    );
    // Values as the inspector shows them: text in quotation marks.
    assert_eq!(h.query_all_by_label("Theirs:").count(), 2);
    assert!(h.query_by_label("“Their wording”").is_some());
    // The window names fields in the interface language, and the canvas
    // marks each item with a conflict; its badge selects it.
    assert!(h.query_by_label_contains("· text").is_some());
    assert_eq!(h.query_all_by_label("1 merge conflict").count(), 2);
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_all_by_label("1 merge conflict")
        .next()
        .unwrap()
        .click();
    h.run_steps(5);
    assert_ne!(h.state().selection(), &journeymap::ui::Selection::None);

    // The stage name comes first: take theirs; then keep our card text.
    h.get_all_by_label("Take theirs").next().unwrap().click();
    h.run_steps(10);
    assert_eq!(map(&h).stages[1].name, "Choosing a dealer");
    assert!(h.query_by_label("Merge conflicts (1)").is_some());
    h.get_by_label("Keep ours").click();
    h.run_steps(10);
    let resolved = map(&h);
    assert_eq!(resolved.lanes[0].cards[0].text, "Our wording");
    assert!(resolved.conflicts.is_empty());
    assert!(
        h.query_by_label_contains("Merge conflicts").is_none(),
        "the window goes"
    );
    assert!(
        h.query_by_label_contains("merge conflict").is_none(),
        "and the badges"
    );

    // Each step undoes on its own: two resolutions, then the merge.
    for _ in 0..2 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_steps(5);
    }
    assert_eq!(map(&h), merged);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(5);
    assert_eq!(map(&h), ours);
    assert_eq!(
        load_file(&dir.path().join("map.ron")).unwrap().map,
        ours,
        "the file is untouched"
    );
}

#[test]
fn compare_versions_lists_the_changes_and_shows_the_item() {
    let dir = tempfile::tempdir().unwrap();
    let old = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let mut new = old.clone();
    new.lanes[0].cards[0].text = "Reworded card".into();
    save_file(&dir.path().join("old.ron"), &old).unwrap();
    save_file(&dir.path().join("new.ron"), &new).unwrap();
    let mut h = app();
    open_then_choose(
        &mut h,
        &dir.path().join("new.ron"),
        "Changes since another version…",
        "old.ron",
    );
    assert!(h.query_by_label("Changes since old.ron").is_some());
    let card = new.lanes[0].cards[0].id;
    // The card by its text, not its number; the new text as written.
    assert!(h.query_by_label_contains(&format!("card {card}")).is_none());
    assert!(h.query_by_label("“Reworded card”").is_some());
    h.get_by_label_contains("card “Reworded card”").click();
    h.run_steps(10);
    assert_eq!(
        h.state().selection(),
        &journeymap::ui::Selection::card(card)
    );
}

#[test]
fn merging_another_map_altogether_warns_and_asks_before_adding_it() {
    let dir = tempfile::tempdir().unwrap();
    let ours = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    // Another map whose every id differs.
    let mut other = template_by_name("service-blueprint")
        .unwrap()
        .instantiate()
        .unwrap();
    let shift: std::collections::BTreeMap<u64, u64> = (0..=other.next_id())
        .map(|id| (id, id + 1_000_000))
        .collect();
    journeymap::merge::renumber::renumber(&mut other, &shift);
    save_file(&dir.path().join("map.ron"), &ours).unwrap();
    save_file(&dir.path().join("blueprint.ron"), &other).unwrap();
    let mut h = app();
    open_then_choose(
        &mut h,
        &dir.path().join("map.ron"),
        "Merge with…",
        "blueprint.ron",
    );
    assert!(
        h.query_by_label_contains("it is not a version of it")
            .is_some(),
        "the preview warns"
    );
    assert_eq!(map(&h), ours);
    h.get_by_label("Merge anyway").click();
    h.run_steps(10);
    let merged = map(&h);
    assert_eq!(merged.stages.len(), ours.stages.len() + other.stages.len());
    assert!(
        merged
            .card_texts()
            .any(|t| t == other.lanes[0].cards[0].text)
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(5);
    assert_eq!(map(&h), ours, "one undo step");
}

/// Issue 26.5: File → Merge with… a colleague's copy that imported the
/// same review export keeps each review once (it doubled them: 30 became
/// 60), and a quote of a review the merge joined points at the one kept.
/// The same 30 reviews, as an import numbers them from `first_id`.
fn imported(first_id: u64) -> Vec<Review> {
    (0..30)
        .map(|i| {
            let mut r = Review::new(
                ReviewId(first_id + i),
                format!("Записался на ТО, отзыв номер {i}"),
            );
            r.date = format!("2025-03-{:02}", i % 28 + 1);
            r.author = format!("Клиент {i}");
            r
        })
        .collect()
}

#[test]
fn merging_a_copy_that_imported_the_same_reviews_keeps_each_once() {
    let dir = tempfile::tempdir().unwrap();
    let base = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let mut ours: JourneyMap = base.clone();
    ours.reviews = imported(1_000_000);
    let mut theirs = base.clone();
    theirs.reviews = imported(2_000_000);
    // The colleague quoted one of them on a new card.
    let quote = Evidence {
        quote: theirs.reviews[3].text.clone(),
        review: Some(theirs.reviews[3].id),
        ..Evidence::default()
    };
    let new_card = CardId(3_000_000);
    let mut card = Card::new(new_card, base.stages[4].id, "Клиенты ждут записи на ТО");
    card.evidence.push(quote);
    theirs.lanes[4].cards.push(card);
    save_file(&dir.path().join("map.ron"), &ours).unwrap();
    save_file(&dir.path().join("map (copy).ron"), &theirs).unwrap();

    let mut h = app();
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(dir.path().join("map.ron"))));
    h.run_steps(5);
    let before = h.state().doc().unwrap().map.clone();
    assert_eq!(before.reviews.len(), 30);
    h.get_by_label("File").click();
    h.run_steps(3);
    h.get_by_label("Merge with…").click();
    h.run_steps(10);
    h.get_by_label("map (copy).ron").click();
    h.run_steps(5);
    h.get_by_label("Open").click();
    h.run_steps(10);
    h.get_by_label("Merge").click();
    h.run_steps(10);

    let merged = h.state().doc().unwrap().map.clone();
    assert_eq!(merged.reviews.len(), 30, "each review once, not 60");
    let quoted = (merged.card(new_card).expect("their new card came in").1)
        .evidence
        .iter()
        .find_map(|e| e.review)
        .expect("with its quote");
    let kept = merged
        .review(quoted)
        .expect("it quotes a review of the map");
    assert_eq!(kept.text, "Записался на ТО, отзыв номер 3");
    // One undo step takes the whole merge back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().doc().unwrap().map, before);
}
