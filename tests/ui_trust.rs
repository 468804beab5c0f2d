//! Trust in the editor, in a Russian interface on a laptop-sized window:
//! nothing typed is lost (a save, a close or any command that reads the
//! map takes the open text edit with it), an empty new card does not stay,
//! panning never moves a card, every key press counts, new names are
//! selected for typing over, the command palette keeps its highlight in
//! view, and emotion curves stay whole across a new stage.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::io::{load_file, save_file, template_in};
use journeymap::model::{JourneyMap, LaneKind, Lang};
use journeymap::ui::{JourneyApp, Prefs, Selection, setup_context};

type App = Harness<'static, JourneyApp>;

fn app() -> App {
    let mut h = Harness::builder()
        .with_size([1440.0, 900.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::with_prefs(Prefs {
                language: Some(Lang::Ru),
                ..Default::default()
            })
        });
    h.state_mut().footer_date = Some("2026-12-01".into());
    h.run();
    h
}

/// The Russian current-state template saved in `dir` and opened from there.
fn open_saved(dir: &std::path::Path) -> (App, std::path::PathBuf) {
    let path = dir.join("путь.ron");
    let map = template_in("current-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    save_file(&path, &map).unwrap();
    let mut h = app();
    h.state_mut().open_path(&path);
    h.run();
    assert!(!h.state().window_title().starts_with('●'));
    (h, path)
}

fn map(h: &App) -> JourneyMap {
    h.state().doc().unwrap().map.clone()
}

fn button(h: &App, pos: Pos2, button: PointerButton, pressed: bool) {
    h.event(Event::PointerButton {
        pos,
        button,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

fn double_click(h: &mut App, pos: Pos2) {
    // Half a second of quiet so earlier clicks do not count toward this one.
    h.run_steps(30);
    h.hover_at(pos);
    h.run();
    for _ in 0..2 {
        button(h, pos, PointerButton::Primary, true);
        h.step();
        button(h, pos, PointerButton::Primary, false);
        h.step();
    }
    h.run();
}

/// A drag with `with` from `from` to `to` in small steps.
fn drag(h: &mut App, with: PointerButton, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    button(h, from, with, true);
    h.step();
    for i in 1..=8 {
        h.hover_at(from + (to - from) * (i as f32 / 8.0));
        h.step();
    }
    button(h, to, with, false);
    h.run();
}

fn screen(h: &App, map_pos: Pos2) -> Pos2 {
    let canvas = h.state().canvas();
    canvas.camera.to_screen(canvas.last_rect.unwrap()) * map_pos
}

fn lane_index(m: &JourneyMap, kind: LaneKind) -> usize {
    m.lanes.iter().position(|l| l.kind == kind).unwrap()
}

/// Centre of the empty lower part of a cell (below any cards).
fn empty_spot(h: &App, lane: usize, stage: usize) -> Pos2 {
    let m = map(h);
    let layout = h.state().canvas().layout().unwrap();
    let cell = layout
        .cell_rect(m.lanes[lane].id, m.stages[stage].id)
        .unwrap();
    screen(h, Pos2::new(cell.center().x, cell.bottom() - 8.0))
}

fn type_text(h: &mut App, text: &str) {
    h.event(Event::Text(text.to_string()));
    h.run();
}

/// Ctrl+1: the whole map in view again (an edit in place zooms in when the
/// map is shown small).
fn fit(h: &mut App) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
}

fn has_label_containing(h: &App, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn card_texts(m: &JourneyMap, lane: usize) -> Vec<String> {
    m.lanes[lane].cards.iter().map(|c| c.text.clone()).collect()
}

#[test]
fn ctrl_s_while_typing_saves_what_is_typed_in_a_card_or_the_inspector() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = open_saved(dir.path());
    let pains = lane_index(&map(&h), LaneKind::Pains);
    let before = card_texts(&map(&h), pains).len();

    // A new card: typed, Ctrl+S before Enter.
    let spot = empty_spot(&h, pains, 0);
    double_click(&mut h, spot);
    assert!(h.state().canvas().is_editing_in_place());
    type_text(&mut h, "Проверить акцию из рекламы");
    assert!(
        h.state().window_title().starts_with('●'),
        "typing makes the map unsaved at once"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(
        has_label_containing(&h, "Сохранено"),
        "the status bar says so"
    );
    assert!(!h.state().window_title().starts_with('●'));
    assert!(!h.state().canvas().is_editing_in_place(), "the edit ended");
    let saved = load_file(&path).unwrap().map;
    let texts = card_texts(&saved, pains);
    assert_eq!(texts.len(), before + 1);
    assert!(texts.contains(&"Проверить акцию из рекламы".to_string()));
    assert!(texts.iter().all(|t| !t.is_empty()), "no empty card saved");
    assert_eq!(
        h.state().doc().unwrap().history.undo_label(),
        Some("Add card"),
        "adding and typing is one undo step"
    );

    // An existing card edited in place.
    fit(&mut h);
    let first = map(&h).lanes[0].cards[0].text.clone();
    let pos = h.get_by_label(&first).rect().center();
    double_click(&mut h, pos);
    assert!(h.state().canvas().is_editing_in_place());
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, "Сравнивает цены у дилеров");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().window_title().starts_with('●'));
    let saved = load_file(&path).unwrap().map;
    assert_eq!(saved.lanes[0].cards[0].text, "Сравнивает цены у дилеров");

    // The inspector's field being typed in.
    let stage = map(&h).stages[1].name.clone();
    h.get_by_label(&stage).click();
    h.run();
    h.get_by_label("Название").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, "Выбор автомобиля");
    assert!(h.state().window_title().starts_with('●'));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().window_title().starts_with('●'));
    assert_eq!(
        load_file(&path).unwrap().map.stages[1].name,
        "Выбор автомобиля"
    );
    // Typing on after the save is an undo step of its own.
    type_text(&mut h, " в салоне");
    assert_eq!(map(&h).stages[1].name, "Выбор автомобиля в салоне");
    h.key_press(Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        map(&h).stages[1].name,
        "Выбор автомобиля",
        "undo takes back only what came after the save"
    );
    assert!(!h.state().window_title().starts_with('●'));
}

#[test]
fn ctrl_w_while_typing_asks_before_closing_and_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = open_saved(dir.path());
    let first = map(&h).lanes[0].cards[0].text.clone();
    let pos = h.get_by_label(&first).rect().center();
    double_click(&mut h, pos);
    h.key_press(Key::End);
    type_text(&mut h, " и читает отзывы");
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    assert!(h.state().is_confirming(), "a changed map asks first");
    assert!(has_label_containing(
        &h,
        "Сохранить изменения в «путь.ron»?"
    ));
    h.get_by_label("Отмена").click();
    h.run();
    let kept = format!("{first} и читает отзывы");
    assert_eq!(map(&h).lanes[0].cards[0].text, kept, "the text is there");
    // Save from the question: the file has it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    h.get_by_label("Сохранить").click();
    h.run();
    assert!(h.state().doc().is_none(), "closed after saving");
    assert_eq!(load_file(&path).unwrap().map.lanes[0].cards[0].text, kept);
}

#[test]
fn an_empty_new_card_does_not_stay() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = open_saved(dir.path());
    let pains = lane_index(&map(&h), LaneKind::Pains);
    let before = map(&h);

    // Enter on an empty new card: gone, no undo step, nothing unsaved.
    let spot = empty_spot(&h, pains, 1);
    double_click(&mut h, spot);
    assert_eq!(
        map(&h).lanes[pains].cards.len(),
        before.lanes[pains].cards.len() + 1
    );
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(map(&h), before);
    assert!(!h.state().window_title().starts_with('●'));
    assert_eq!(h.state().doc().unwrap().history.undo_label(), None);

    // Clicking elsewhere (the lane's title) ends it the same way.
    fit(&mut h);
    let spot = empty_spot(&h, pains, 2);
    double_click(&mut h, spot);
    assert!(h.state().canvas().is_editing_in_place());
    h.get_by_label(&before.lanes[pains].title).click();
    h.run();
    assert!(!h.state().canvas().is_editing_in_place());
    assert_eq!(map(&h), before);

    // Ctrl+S with an empty new card open saves no empty card.
    fit(&mut h);
    let spot = empty_spot(&h, pains, 3);
    double_click(&mut h, spot);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(map(&h), before);
    assert_eq!(load_file(&path).unwrap().map, before);

    // Text typed and erased again: still empty, still gone.
    fit(&mut h);
    let spot = empty_spot(&h, pains, 3);
    double_click(&mut h, spot);
    type_text(&mut h, "а");
    h.key_press(Key::Backspace);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(map(&h), before);
}

#[test]
fn middle_button_and_space_drag_pan_and_never_move_a_card() {
    let mut h = app();
    h.get_by_label("Текущее состояние").click();
    h.run();
    let before = map(&h);
    let touchpoints = lane_index(&before, LaneKind::Touchpoints);
    let pains = lane_index(&before, LaneKind::Pains);
    let card = before.lanes[touchpoints].cards[0].clone();
    let delta = egui::vec2(40.0, 0.0);
    let from = h.get_by_label(&card.text).rect().center();
    let to = empty_spot(&h, pains, 1);
    let pan = h.state().canvas().camera.pan;

    drag(&mut h, PointerButton::Middle, from, to);
    assert_eq!(map(&h), before, "the middle button moved nothing");
    let moved = h.state().canvas().camera.pan - pan;
    assert!(
        (moved - (to - from)).length() < 2.0,
        "the view followed the pointer: {moved:?} for {:?}",
        to - from
    );

    // Space + drag from a card pans too.
    let pan = h.state().canvas().camera.pan;
    let from = h.get_by_label(&card.text).rect().center();
    let space = |pressed| Event::Key {
        key: Key::Space,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::NONE,
    };
    h.event(space(true));
    h.run();
    drag(&mut h, PointerButton::Primary, from, from + delta);
    h.event(space(false));
    h.run();
    assert_eq!(map(&h), before, "Space + drag moved nothing");
    let moved = h.state().canvas().camera.pan - pan;
    assert!((moved - delta).length() < 2.0, "{moved:?}");

    // A plain drag still moves the card.
    let from = h.get_by_label(&card.text).rect().center();
    let to = empty_spot(&h, pains, 1);
    drag(&mut h, PointerButton::Primary, from, to);
    assert!(
        map(&h).lanes[pains].cards.iter().any(|c| c.id == card.id),
        "dragged with the left button, the card moves"
    );
}

#[test]
fn every_arrow_press_in_a_frame_counts() {
    let mut h = app();
    h.get_by_label("Текущее состояние").click();
    h.run();
    let m = map(&h);
    let start = m.lanes[0].cards[0].id;
    let select_start = |h: &mut App| {
        h.state_mut()
            .push(journeymap::ui::Intent::Select(Selection::card(start)));
        h.run();
    };
    // Four presses, one frame each: where they lead.
    select_start(&mut h);
    for _ in 0..4 {
        h.key_press(Key::ArrowDown);
        h.run();
    }
    let four_down = h.state().selection().clone();
    assert_ne!(four_down, Selection::card(start));
    // The same four arriving within one frame (fast keys, key repeat).
    select_start(&mut h);
    for _ in 0..4 {
        h.key_press(Key::ArrowDown);
    }
    h.run();
    assert_eq!(h.state().selection(), &four_down);
    // Key repeat events count too.
    select_start(&mut h);
    for repeat in [false, true, true, true] {
        h.event(Event::Key {
            key: Key::ArrowDown,
            physical_key: None,
            pressed: true,
            repeat,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
    assert_eq!(h.state().selection(), &four_down);
}

#[test]
fn a_new_stage_or_lane_opens_with_its_name_selected() {
    let mut h = app();
    h.get_by_label("Пустая карта").click();
    h.run();
    h.get_by_label("Добавить этап").click();
    h.run();
    type_text(&mut h, "Продажа");
    h.key_press(Key::Enter);
    h.run();
    let m = map(&h);
    assert_eq!(
        m.stages.last().unwrap().name,
        "Продажа",
        "typing replaced the default"
    );
    // A lane from the inspector's "Добавить дорожку" menu.
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().selection(), &Selection::None);
    h.get_by_label("Добавить дорожку").click();
    h.run();
    let kind = journeymap::i18n::names::lane_kind(Lang::Ru, LaneKind::Policies);
    h.get_by_label(&kind).click();
    h.run();
    type_text(&mut h, "Идеи продавцов");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(map(&h).lanes.last().unwrap().title, "Идеи продавцов");
}

/// Rows of the palette that lie inside its window.
fn palette_rows(h: &App) -> (egui::Rect, Vec<(String, egui::Rect, bool)>) {
    let area = h
        .ctx
        .memory(|m| m.area_rect(egui::Id::unique("command-palette").with("area")))
        .expect("the palette is open");
    let field = h.get_by_label("Выполнить команду").rect();
    let rows = h
        .get_all_by_role(Role::Button)
        .filter(|n| n.rect().top() > field.bottom() && area.contains_rect(n.rect()))
        .map(|n| {
            let selected = n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True);
            (
                n.accesskit_node().label().unwrap_or_default(),
                n.rect(),
                selected,
            )
        })
        .collect();
    (area, rows)
}

#[test]
fn the_palette_shows_many_rows_keeps_the_highlight_in_view_and_stays_put() {
    let mut h = app();
    h.get_by_label("Текущее состояние").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    let (open_area, rows) = palette_rows(&h);
    assert!(rows.len() >= 8, "{} rows", rows.len());
    type_text(&mut h, "е");
    h.run();
    let (area, rows) = palette_rows(&h);
    assert!(
        rows.len() >= 8,
        "after typing only {} rows show",
        rows.len()
    );
    assert_eq!(area.top(), open_area.top(), "the palette stays put");
    // Far down the list and back up to «Тёмная тема»: the highlighted row
    // is always one in view, and Enter runs that one.
    let chosen = |h: &App| {
        let (_, rows) = palette_rows(h);
        let chosen: Vec<String> = rows.into_iter().filter(|r| r.2).map(|r| r.0).collect();
        assert_eq!(
            chosen.len(),
            1,
            "the highlighted row is in view: {chosen:?}"
        );
        chosen[0].clone()
    };
    let mut seen = vec![chosen(&h)];
    for _ in 0..20 {
        h.key_press(Key::ArrowDown);
        h.run();
        seen.push(chosen(&h));
    }
    seen.dedup();
    assert!(seen.len() > 12, "went far down: {seen:?}");
    let theme = journeymap::ui::UiCommand::ToggleTheme.label();
    let mut steps = 0;
    while !chosen(&h).starts_with(&theme) {
        assert!(steps < 40, "«{theme}» not in the list");
        h.key_press(Key::ArrowUp);
        h.run();
        steps += 1;
    }
    let dark = h.state().prefs.theme;
    h.key_press(Key::Enter);
    h.run();
    assert_ne!(
        h.state().prefs.theme,
        dark,
        "Enter ran the highlighted command"
    );
    assert!(!h.state().modal_open());
}

#[test]
fn emotion_curves_stay_whole_across_a_new_stage_and_a_point_asks_whose() {
    let mut h = app();
    h.get_by_label("Текущее состояние").click();
    h.run();
    let m = map(&h);
    let emotions = lane_index(&m, LaneKind::Emotions);
    assert_eq!(m.lanes[emotions].series.len(), 2, "two personas' curves");
    // A stage after the first, from the header's context menu.
    let first = m.stages[0].name.clone();
    h.get_by_label(&first).click_secondary();
    h.run();
    h.get_by_label("Добавить этап после этого").click();
    h.run_steps(3);
    let m = map(&h);
    let new_stage = m.stages[1].id;
    assert!(
        m.lanes[emotions]
            .series
            .iter()
            .all(|s| !s.values.contains_key(&new_stage))
    );
    {
        let layout = h.state().canvas().layout().unwrap();
        let row = layout
            .lanes
            .iter()
            .find(|l| l.id == m.lanes[emotions].id)
            .unwrap();
        let journeymap::layout::RowContent::Emotion(plot) = &row.content else {
            panic!("an emotion row");
        };
        for curve in &plot.curves {
            assert_eq!(
                curve.bridges.len(),
                1,
                "one dashed bridge over the new stage"
            );
            let (a, b) = (curve.bridges[0][0], curve.bridges[0][1]);
            assert!(a.x < b.x);
            // Every point is joined to the next: no lone dots.
            let joined = curve.points.windows(2).all(|w| {
                let (p, q) = (w[0].2, w[1].2);
                curve.paths.iter().chain(&curve.bridges).any(|path| {
                    let xs = |x: f32| path.iter().any(|r| (r.x - x).abs() < 12.0);
                    xs(p.x) && xs(q.x)
                })
            });
            assert!(joined, "{curve:?}");
        }
    }
    // Double-click the new stage's emotion cell: whose curve?
    let spot = empty_spot(&h, emotions, 1);
    double_click(&mut h, spot);
    assert!(has_label_containing(&h, "Чья это эмоция?"));
    assert_eq!(map(&h), m, "nothing set before the answer");
    let second = m.personas[1].name.clone();
    let answer = h
        .get_all_by_label(&second)
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .unwrap();
    answer.click();
    h.run();
    let after = map(&h);
    let series = &after.lanes[emotions].series;
    assert!(
        series[1].values.contains_key(&new_stage),
        "on the picked curve"
    );
    assert!(!series[0].values.contains_key(&new_stage), "and only there");
    assert!(!has_label_containing(&h, "Чья это эмоция?"));
    // With a persona selected, a double-click uses their curve.
    let first_persona = m.personas[0].name.clone();
    h.get_all_by_label(&first_persona).next().unwrap().click();
    h.run();
    assert!(matches!(h.state().selection(), Selection::Persona(_)));
    // Higher up in the same cell, clear of the face just set.
    let top = {
        let layout = h.state().canvas().layout().unwrap();
        let cell = layout.cell_rect(m.lanes[emotions].id, new_stage).unwrap();
        screen(&h, Pos2::new(cell.center().x, cell.top() + 28.0))
    };
    double_click(&mut h, top);
    assert!(!has_label_containing(&h, "Чья это эмоция?"));
    assert!(
        map(&h).lanes[emotions].series[0]
            .values
            .contains_key(&new_stage)
    );
}

#[test]
fn presenting_frames_the_stage_large_enough_to_read_beside_the_lane_titles() {
    let mut h = app();
    h.get_by_label("Текущее состояние").click();
    h.run();
    h.key_press(Key::F5);
    h.run_steps(30);
    let column = |h: &App, i: usize| {
        let canvas = h.state().canvas();
        let layout = canvas.layout().unwrap();
        let stage = &layout.stages[i];
        let to_screen = canvas.camera.to_screen(canvas.last_rect.unwrap());
        (
            to_screen * egui::pos2(stage.x, stage.header.top()),
            to_screen * egui::pos2(stage.x + stage.width, 0.0),
            to_screen * egui::pos2(layout.grid.left(), 0.0),
        )
    };
    let zoom = h.state().canvas().camera.zoom;
    let card_text_px = journeymap::layout::metrics::CARD_TEXT * zoom;
    assert!(card_text_px >= 18.0, "card text {card_text_px} px");
    let view = h.state().canvas().last_rect.unwrap();
    let (top_left, right, grid_left) = column(&h, 0);
    assert!(
        grid_left.x - view.left() < 24.0,
        "the lane titles start at the left edge, nothing blank beside them"
    );
    assert!(
        top_left.x > view.left() && right.x < view.right(),
        "stage 1 in view"
    );
    assert!(
        top_left.y >= view.top() && top_left.y < view.top() + 40.0,
        "its header at the top"
    );
    // The next stage, once the step has glided there, is in view at the
    // same readable size.
    h.key_press(Key::ArrowRight);
    h.run_steps(40);
    let (top_left, right, _) = column(&h, 1);
    assert!(
        top_left.x > view.left() && right.x < view.right(),
        "stage 2 in view"
    );
    assert!((h.state().canvas().camera.zoom - zoom).abs() < 1e-3);
    assert!(has_label_containing(&h, "этап 2 из 6"));
    // A stage taller than the screen scrolls with ↓.
    let before = h.state().canvas().camera.pan.y;
    h.key_press(Key::ArrowDown);
    h.run_steps(5);
    assert!(
        h.state().canvas().camera.pan.y < before,
        "↓ scrolls the stage"
    );
    assert!(has_label_containing(&h, "этап 2 из 6"), "and stays on it");
}

/// Pixels of `image` close to `rgb` in a ring just outside `rect` (points).
fn ring_pixels(image: &image::RgbaImage, scale: f32, rect: egui::Rect, rgb: [u8; 3]) -> usize {
    let outer = rect.expand(5.0);
    let inner = rect.expand(0.5);
    let mut n = 0;
    for y in (outer.top() * scale) as u32..(outer.bottom() * scale) as u32 {
        for x in (outer.left() * scale) as u32..(outer.right() * scale) as u32 {
            let p = egui::pos2(x as f32 / scale, y as f32 / scale);
            if inner.contains(p) || x >= image.width() || y >= image.height() {
                continue;
            }
            let px = image.get_pixel(x, y).0;
            if (0..3).all(|i| px[i].abs_diff(rgb[i]) < 28) {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn find_highlights_every_result_and_the_current_one_strongest() {
    use journeymap::model::search::Found;
    let mut h = app();
    h.get_by_label("Текущее состояние").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    // A prefix (whole words otherwise): «цены», «цена», «ценам».
    type_text(&mut h, "цен*");
    h.run_steps(4);
    let (hits, current) = {
        let bar = h.state().session.as_ref().unwrap().search.as_ref().unwrap();
        (bar.hits.clone(), bar.hit())
    };
    let cards: Vec<_> = hits
        .iter()
        .filter_map(|f| match f {
            Found::Card(id) => Some(*id),
            _ => None,
        })
        .collect();
    assert!(cards.len() >= 3, "{hits:?}");
    let image = h.render().unwrap();
    let scale = image.width() as f32 / 1440.0;
    let on_screen = |id| {
        let canvas = h.state().canvas();
        let rect = canvas
            .layout()
            .unwrap()
            .cards
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .rect;
        canvas.camera.to_screen(canvas.last_rect.unwrap()) * rect
    };
    let (outline, strong) = ([0xF5, 0x9E, 0x0B], [0xF9, 0x73, 0x16]);
    for id in &cards {
        let rect = on_screen(*id);
        if Some(Found::Card(*id)) == current {
            assert!(
                ring_pixels(&image, scale, rect, strong) > 60,
                "the current result"
            );
        } else {
            assert!(
                ring_pixels(&image, scale, rect, outline) > 60,
                "every other result"
            );
            assert!(
                ring_pixels(&image, scale, rect, strong) < 10,
                "less strongly"
            );
        }
    }
    // A card that is not a result has no mark.
    let m = map(&h);
    let other = m
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .find(|c| !cards.contains(&c.id) && !c.text.to_lowercase().contains("цен"))
        .unwrap();
    assert!(ring_pixels(&image, scale, on_screen(other.id), outline) < 10);
}

#[test]
fn clicking_a_review_keeps_the_inbox_rows_under_the_pointer() {
    use journeymap::model::{Review, ReviewId};
    let mut map = template_in("current-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    let next = map.next_id();
    map.reviews = vec![
        Review::new(ReviewId(next), "Кредит оформляли три часа"),
        Review::new(ReviewId(next + 1), "Парковка у салона маленькая"),
    ];
    let mut h = app();
    h.state_mut().open_map(map);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    h.run();
    let rows = |h: &App| {
        [
            h.get_by_label_contains("Кредит оформляли").rect(),
            h.get_by_label_contains("Парковка у салона").rect(),
        ]
    };
    let before = rows(&h);
    h.get_by_label_contains("Кредит оформляли").click();
    h.run_steps(4);
    let inbox = h.state().session.as_ref().unwrap().inbox.as_ref().unwrap();
    assert_eq!(inbox.selected.len(), 1, "the click selected the review");
    assert_eq!(rows(&h), before, "no toolbar pushed the rows down");
    let actions = h.get_by_label("Снять выбор").rect();
    assert!(
        actions.top() > before[1].bottom(),
        "what to do with the selection shows under the list"
    );
}

#[test]
fn the_in_place_editor_sits_on_its_card_at_a_readable_zoom() {
    let mut h = app();
    h.get_by_label("Текущее состояние").click();
    h.run();
    assert!(h.state().canvas().camera.zoom < 0.8, "the map opens small");
    let m = map(&h);
    let card = m.lanes[0].cards[0].clone();
    let pos = h.get_by_label(&card.text).rect().center();
    double_click(&mut h, pos);
    assert!(h.state().canvas().is_editing_in_place());
    assert!(
        (h.state().canvas().camera.zoom - 1.0).abs() < 1e-3,
        "zoomed to 100 % to type"
    );
    let editor = h.get_by_label("Текст карточки").rect();
    let on_card = h.get_by_label(&card.text).rect();
    assert!(
        on_card.expand(2.0).contains_rect(editor),
        "the editor {editor:?} stays on the card {on_card:?}"
    );
    // Zoomed out to 50 % while typing, it shrinks with the card.
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
        h.run();
    }
    let editor = h.get_by_label("Текст карточки").rect();
    let on_card = h.get_by_label(&card.text).rect();
    assert!(
        on_card.expand(2.0).contains_rect(editor),
        "{editor:?} {on_card:?}"
    );
}
