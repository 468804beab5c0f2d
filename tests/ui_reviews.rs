//! The evidence inbox driven through the UI: reviews dragged onto a card, a
//! stage header and an empty cell, undone; suggestions accepted; the review
//! curve adopted; a review file dropped on the window.

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::io::template_by_name;
use journeymap::model::{
    Confidence, JourneyMap, LaneKind, Lang, RatingScale, Review, ReviewId, ReviewRating,
};
use journeymap::ui::{JourneyApp, setup_context};

fn app_with(map: JourneyMap) -> Harness<'static, JourneyApp> {
    app_in(map, Lang::En)
}

/// The app speaking `lang`, showing `map`.
fn app_in(map: JourneyMap, lang: Lang) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::new(cc, None)
        });
    harness.state_mut().footer_date = Some("2026-01-01".into());
    harness.state_mut().prefs.language = Some(lang);
    harness.state_mut().open_map(map);
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

fn click(h: &mut Harness<'static, JourneyApp>, at: Pos2) {
    h.hover_at(at);
    h.step();
    press(h, at, true);
    h.step();
    press(h, at, false);
    h.run_steps(10);
}

fn drag(h: &mut Harness<'static, JourneyApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    press(h, from, true);
    h.step();
    for i in 1..=10 {
        h.hover_at(from + (to - from) * (i as f32 / 10.0));
        h.step();
    }
    press(h, to, false);
    h.run_steps(10);
}

fn map(h: &Harness<'static, JourneyApp>) -> JourneyMap {
    h.state().doc().unwrap().map.clone()
}

fn review(id: u64, text: &str, stars: f64) -> Review {
    Review {
        rating: Some(ReviewRating {
            value: stars,
            scale: RatingScale::OneToFive,
        }),
        source: "Яндекс Карты".into(),
        date: "2025-03-05".into(),
        author: "Иван Петров".into(),
        ..Review::new(ReviewId(id), text)
    }
}

/// The Russian current-state template with three reviews in its inbox.
fn map_with_reviews() -> JourneyMap {
    let mut map = journeymap::io::template_in("current-state", journeymap::model::Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    let next = map.next_id();
    map.reviews = vec![
        review(next, "Кредит оформляли три часа, документы теряли", 2.0),
        review(
            next + 1,
            "Менеджер на тест-драйве был вежлив и всё объяснил",
            5.0,
        ),
        review(next + 2, "Парковка у салона маленькая", 3.0),
    ];
    map
}

fn open_inbox(h: &mut Harness<'static, JourneyApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    h.run();
}

/// Centre of the inbox row showing `text`.
fn row(h: &Harness<'static, JourneyApp>, text: &str) -> Pos2 {
    h.get_by_label_contains(text).rect().center()
}

#[test]
fn a_review_dragged_onto_a_card_becomes_its_quote_and_undo_takes_it_back() {
    let mut h = app_with(map_with_reviews());
    open_inbox(&mut h);
    assert!(
        h.state().session.as_ref().unwrap().inbox.is_some(),
        "Ctrl+Shift+R opens the inbox"
    );
    let before = map(&h);
    // The first card of the first card lane, found on the canvas by its text.
    let (lane, card) = before
        .lanes
        .iter()
        .find_map(|l| l.cards.first().map(|c| (l.id, c.clone())))
        .unwrap();
    let target = h
        .get_all_by_label(&card.text)
        .rfind(|n| n.rect().left() > 380.0)
        .unwrap()
        .rect()
        .center();
    let from = row(&h, "Кредит оформляли");
    drag(&mut h, from, target);
    let after = map(&h);
    let (_, quoted) = after.card(card.id).unwrap();
    assert_eq!(
        quoted.evidence.len(),
        card.evidence.len() + 1,
        "one quote added"
    );
    let quote = quoted.evidence.last().unwrap();
    assert_eq!(quote.quote, "Кредит оформляли три часа, документы теряли");
    assert_eq!(quote.source, "Яндекс Карты");
    assert_eq!(quote.author, "Иван Петров");
    assert_eq!(quote.date, "2025-03-05");
    assert_eq!(quote.rating.map(|r| r.value), Some(2.0));
    assert_eq!(quote.review, Some(after.reviews[0].id));
    assert_eq!(quoted.confidence, Confidence::Observed);
    assert_eq!(
        after
            .lanes
            .iter()
            .find(|l| l.id == lane)
            .unwrap()
            .cards
            .len(),
        before
            .lanes
            .iter()
            .find(|l| l.id == lane)
            .unwrap()
            .cards
            .len()
    );
    // The row now says where the review went.
    let stage = &after.stages[after.stage_index(card.stage).unwrap()].name;
    assert!(
        h.query_by_label_contains(&format!("Quoted in: {stage}"))
            .is_some(),
        "the row says the review is quoted"
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(map(&h), before, "one undo step takes the quote back");
}

#[test]
fn reviews_dropped_on_a_stage_header_or_an_empty_cell_are_sorted_or_make_a_card() {
    let mut h = app_with(map_with_reviews());
    open_inbox(&mut h);
    let m = map(&h);
    let stage = m.stages[2].clone();
    let header = h
        .get_all_by_label(&stage.name)
        .rfind(|n| n.rect().left() > 380.0)
        .unwrap()
        .rect()
        .center();
    let from = row(&h, "Парковка");
    drag(&mut h, from, header);
    assert_eq!(
        map(&h).reviews[2].stage,
        Some(stage.id),
        "sorted into the stage"
    );

    // An empty spot under the cards of a card lane's cell: a new card.
    let pains = m
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Pains)
        .unwrap();
    let spot = {
        let state = h.state();
        let layout = state.canvas().layout().unwrap();
        let cell = layout.cell_rect(m.lanes[pains].id, m.stages[3].id).unwrap();
        let canvas = state.canvas();
        canvas.camera.to_screen(canvas.last_rect.unwrap())
            * Pos2::new(cell.center().x, cell.bottom() - 6.0)
    };
    let cards_before = m.lanes[pains].cards.len();
    let from = row(&h, "Менеджер на тест-драйве");
    drag(&mut h, from, spot);
    let after = map(&h);
    assert_eq!(
        after.lanes[pains].cards.len(),
        cards_before + 1,
        "a new card"
    );
    let new = after.lanes[pains]
        .cards
        .iter()
        .find(|c| {
            c.evidence
                .iter()
                .any(|e| e.review == Some(after.reviews[1].id))
        })
        .expect("the new card quotes the review");
    assert_eq!(
        new.text,
        "Менеджер на тест-драйве был вежлив и всё объяснил"
    );
    assert_eq!(new.stage, after.stages[3].id);
}

/// The Accept button in the inbox row showing `text`.
fn accept_in_row(h: &Harness<'static, JourneyApp>, text: &str, accept: &str) -> Pos2 {
    let row = h.get_by_label_contains(text).rect();
    h.get_all_by_label(accept)
        .map(|n| n.rect().center())
        .filter(|p| p.y > row.top())
        .min_by(|a, b| a.y.total_cmp(&b.y))
        .expect("an Accept button under the review")
}

#[test]
fn a_suggestion_is_accepted_with_one_click_and_the_curve_is_adopted() {
    // In Russian, as the map's makers use it: the dealer map's own stages.
    let mut h = app_in(map_with_reviews(), Lang::Ru);
    open_inbox(&mut h);
    // "берёт кредит" is in the purchase stage; the test drive names its stage.
    assert!(h.query_by_label("Подсказка: Покупка и выдача").is_some());
    assert!(h.query_by_label("Подсказка: Тест-драйв и сделка").is_some());
    let m = map(&h);
    let (purchase, test_drive) = (m.stages[3].id, m.stages[2].id);
    let at = accept_in_row(&h, "Кредит оформляли", "Принять");
    click(&mut h, at);
    let after = map(&h);
    assert_eq!(after.reviews[0].stage, Some(purchase), "one click sorts it");
    assert_eq!(after.reviews[1].stage, None, "nothing else is assigned");
    assert!(h.query_by_label("Этап: Покупка и выдача").is_some());

    // Sort the second one too, then adopt the curve the reviews give.
    let at = accept_in_row(&h, "Менеджер на тест-драйве", "Принять");
    click(&mut h, at);
    assert_eq!(map(&h).reviews[1].stage, Some(test_drive));
    let emotions = map(&h)
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Emotions)
        .unwrap();
    h.state_mut()
        .run(journeymap::ui::UiCommand::AdoptReviewCurve);
    h.run();
    let after = map(&h);
    let lane = &after.lanes[emotions];
    let scale = lane.scale;
    // 2 of 5 stars is a quarter up the scale; 5 of 5 the top.
    let quarter = scale.min() as f64 + 0.25 * (scale.max() - scale.min()) as f64;
    assert_eq!(
        lane.series[0].values.get(&purchase),
        Some(&(quarter.round() as i32))
    );
    assert_eq!(lane.series[0].values.get(&test_drive), Some(&scale.max()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        map(&h).lanes[emotions].series,
        m.lanes[emotions].series,
        "adopting is one undo step"
    );
}

#[test]
fn a_json_review_export_dropped_on_the_window_fills_the_inbox() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("play.json");
    std::fs::write(
        &path,
        r#"[{"userName":"Anna K","content":"The app crashed at payment","score":1,"at":"2025-01-02 10:11:12"},
            {"userName":"Jānis","content":"Ērti un ātri","score":5,"at":"2025-01-03 09:00:00"}]"#,
    )
    .unwrap();
    let mut h = app_with(
        template_by_name("current-state")
            .unwrap()
            .instantiate()
            .unwrap(),
    );
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path)));
    until_read(&mut h);
    let m = map(&h);
    assert_eq!(m.reviews.len(), 2);
    assert_eq!(m.reviews[0].text, "The app crashed at payment");
    assert_eq!(m.reviews[1].author, "Jānis");
    assert!(
        h.state().session.as_ref().unwrap().inbox.is_some(),
        "the inbox opens"
    );
    assert!(
        h.query_by_label_contains("The app crashed at payment")
            .is_some()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(map(&h).reviews.is_empty(), "the import is one undo step");
}

/// Frames until the review file being read (on its own thread) is read.
fn until_read(h: &mut Harness<'static, JourneyApp>) {
    // The reading modal's spinner repaints until the file is read.
    h.run_steps(2);
    for _ in 0..1000 {
        if !h.state().reading_reviews() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    assert!(!h.state().reading_reviews(), "the file is read");
    h.run();
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn unsure_columns_are_chosen_in_a_step_with_a_preview() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("survey.csv");
    std::fs::write(
        &path,
        "Q1;Q2\nОчень долго ждал менеджера;2\nВсё понравилось;5\n",
    )
    .unwrap();
    let mut h = app_with(
        template_by_name("current-state")
            .unwrap()
            .instantiate()
            .unwrap(),
    );
    open_inbox(&mut h);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path)));
    until_read(&mut h);
    assert!(h.state().modal_open(), "the column step opens");
    assert!(h.query_by_label("Columns of survey.csv").is_some());
    assert!(
        h.query_by_label("Очень долго ждал менеджера").is_some(),
        "a preview of the rows"
    );
    assert!(map(&h).reviews.is_empty(), "nothing imported yet");
    // The first choice of the step is the review text: column Q1.
    let combo = h
        .query_all(egui_kittest::kittest::by().role(egui::accesskit::Role::ComboBox))
        .map(|n| n.rect())
        .filter(|r| r.left() > 400.0)
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .unwrap();
    click(&mut h, combo.center());
    // The option in the list that opens under the combo (the preview's
    // header "Q1" is further down).
    let option = h
        .get_all_by_label("Q1")
        .map(|n| n.rect())
        .filter(|r| r.top() >= combo.bottom() - 1.0)
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .unwrap();
    click(&mut h, option.center());
    h.get_by_label("Import reviews").click();
    h.run();
    let m = map(&h);
    assert_eq!(m.reviews.len(), 2);
    assert_eq!(m.reviews[0].text, "Очень долго ждал менеджера");
    assert!(!h.state().modal_open());
}

#[test]
fn selected_reviews_are_quoted_on_the_selected_card_with_one_button() {
    let mut h = app_with(map_with_reviews());
    open_inbox(&mut h);
    let card = map(&h).lanes[0].cards[1].id;
    h.state_mut().push(journeymap::ui::Intent::Select(
        journeymap::ui::Selection::card(card),
    ));
    h.run();
    let first = row(&h, "Кредит оформляли");
    click(&mut h, first);
    h.get_by_label_contains("Парковка у салона")
        .click_modifiers(Modifiers::COMMAND);
    h.run_steps(10);
    assert!(h.query_by_label("2 reviews selected").is_some());
    h.get_by_label("Add to selected card").click();
    h.run_steps(5);
    let m = map(&h);
    let (_, c) = m.card(card).unwrap();
    let quoted: Vec<_> = c.evidence.iter().filter_map(|e| e.review).collect();
    assert_eq!(quoted, [m.reviews[0].id, m.reviews[2].id]);
    // The inspector lists the quotes of the selected card.
    assert!(
        h.query_by_label_contains("Парковка у салона маленькая")
            .is_some()
    );
}

#[test]
fn the_search_and_filters_narrow_the_list() {
    let mut h = app_with(map_with_reviews());
    open_inbox(&mut h);
    assert!(h.query_by_label_contains("3 shown").is_some());
    let search = h
        .query_all(egui_kittest::kittest::by().role(egui::accesskit::Role::TextInput))
        .map(|n| n.rect())
        .filter(|r| r.left() < 380.0)
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .unwrap();
    click(&mut h, search.center());
    h.event(Event::Text("парковка".into()));
    h.run();
    assert!(
        h.query_by_label_contains("1 shown").is_some(),
        "case folded"
    );
    assert!(h.query_by_label_contains("Кредит оформляли").is_none());
}
