//! Issue 26.5 in the app: File → Merge with… a colleague's copy that
//! imported the same review export keeps each review once (it doubled
//! them: 30 became 60), and a quote of a review the merge joined points at
//! the one kept.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::io::{save_file, template_by_name};
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
