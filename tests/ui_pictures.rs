//! Pictures driven through the UI: a picture file dropped on a card and on
//! an empty storyboard cell, a screenshot pasted from the clipboard onto the
//! selected card, each copied beside the map and drawn where the layout
//! puts the card's picture frame; each undone in one step. Edit → Pictures
//! from other folders links them where they are instead.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Color32, Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::io::{save_file, template_by_name};
use journeymap::model::{CardId, JourneyMap, Lane, LaneId, LaneKind, Lang};
use journeymap::ui::{Intent, JourneyApp, Selection, setup_context};

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

/// The dealer map with a storyboard lane on top, saved in `dir`.
fn storyboard_map(dir: &Path) -> (PathBuf, JourneyMap) {
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let id = LaneId(map.next_id());
    map.lanes.insert(0, Lane::new(id, LaneKind::Storyboard));
    let path = dir.join("map.ron");
    save_file(&path, &map).unwrap();
    (path, map)
}

fn app_at(path: &Path) -> Harness<'static, JourneyApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::new(cc, None)
        });
    h.state_mut().footer_date = Some("2026-01-01".into());
    h.state_mut().prefs.language = Some(Lang::En);
    h.state_mut().open_path(path);
    h.run_steps(5);
    h
}

fn map(h: &Harness<'static, JourneyApp>) -> JourneyMap {
    h.state().doc().unwrap().map.clone()
}

/// A solid picture of `color`, `w` × `h`, written to `file`.
fn solid_png(file: &Path, w: u32, h: u32, color: [u8; 3]) {
    let [r, g, b] = color;
    image::RgbaImage::from_pixel(w, h, image::Rgba([r, g, b, 255]))
        .save(file)
        .unwrap();
}

/// Where `card`'s picture frame is on screen.
fn frame_on_screen(h: &Harness<'static, JourneyApp>, card: CardId) -> egui::Rect {
    let canvas = h.state().canvas();
    let layout = canvas.layout().expect("a layout");
    let frame = (layout.cards.iter().find(|c| c.id == card))
        .and_then(|c| c.picture.as_ref())
        .expect("the card has a picture frame")
        .frame;
    canvas.transforms.expect("drawn").body * frame
}

/// Frames until the pictures are decoded (on worker threads) and drawn.
fn settle(h: &mut Harness<'static, JourneyApp>) {
    for _ in 0..100 {
        h.run_steps(2);
        if h.state().canvas().pictures.loading() == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.run_steps(3);
}

/// The share of pixels in the middle of `rect` that are close to `color`.
fn share_of(h: &mut Harness<'static, JourneyApp>, rect: egui::Rect, color: Color32) -> f32 {
    let image = h.render().expect("a rendering");
    if let Ok(dir) = std::env::var("PICTURE_SHOTS") {
        image.save(format!("{dir}/shot-{}.png", color.r())).unwrap();
    }
    let bounds = egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(image.width() as f32, image.height() as f32),
    );
    let inner = rect.shrink2(rect.size() * 0.2).intersect(bounds);
    let (mut hits, mut all) = (0, 0);
    for y in inner.top() as u32..inner.bottom() as u32 {
        for x in inner.left() as u32..inner.right() as u32 {
            let p = image.get_pixel(x, y).0;
            all += 1;
            let close = (0..3).all(|i| p[i].abs_diff([color.r(), color.g(), color.b()][i]) < 30);
            hits += usize::from(close);
        }
    }
    hits as f32 / all.max(1) as f32
}

#[test]
fn a_picture_dropped_on_a_card_is_copied_beside_the_map_and_drawn_in_its_frame() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let (path, original) = storyboard_map(dir.path());
    let shot = elsewhere.path().join("showroom.png");
    solid_png(&shot, 400, 300, [220, 30, 30]);
    let mut h = app_at(&path);
    // Zoom in so the frame is large on screen.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run_steps(3);
    // A card of the third stage: clear of the pinned lane titles.
    let stage = original.stages[2].id;
    let card = (original.lanes[1].cards.iter())
        .find(|c| c.stage == stage)
        .unwrap()
        .clone();
    let on_screen = h.get_by_label(&card.text).rect();
    h.hover_at(on_screen.center());
    h.run();
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(shot.clone())));
    h.run_steps(3);
    // From outside the map's folder: asked once whether to copy it in.
    assert!(
        h.query_by_label("\"showroom.png\" is outside the map's folder")
            .is_some()
    );
    assert_eq!(map(&h), original, "nothing changes before the answer");
    h.get_by_label("Copy beside the map").click();
    h.run_steps(3);
    assert_eq!(
        h.state().prefs.copy_outside_pictures,
        Some(true),
        "remembered"
    );
    assert_eq!(h.state().error(), None);
    let m = map(&h);
    let stored = m.card(card.id).unwrap().1.image.clone().expect("a picture");
    assert!(
        stored.starts_with("map.assets/") && stored.ends_with(".png"),
        "{stored}"
    );
    assert!(dir.path().join(&stored).is_file(), "copied beside the map");
    settle(&mut h);
    let frame = frame_on_screen(&h, card.id);
    let red = share_of(&mut h, frame, Color32::from_rgb(220, 30, 30));
    assert!(red > 0.9, "the frame shows the picture: {red}");
    // The inspector shows it too, in its own shape.
    h.state_mut().push(Intent::Select(Selection::card(card.id)));
    settle(&mut h);
    let preview = h.get_by_label(&stored).rect();
    assert!(
        (preview.width() / preview.height() - 4.0 / 3.0).abs() < 0.05,
        "{preview:?}"
    );
    let red = share_of(&mut h, preview, Color32::from_rgb(220, 30, 30));
    assert!(red > 0.9, "the inspector shows the picture: {red}");
    // A save that fails (its folder is a file) changes nothing in the map.
    let before = map(&h);
    let not_a_folder = elsewhere.path().join("notes.txt");
    std::fs::write(&not_a_folder, "x").unwrap();
    assert!(!h.state_mut().save_to(&not_a_folder.join("copy.ron")));
    assert!(h.state_mut().take_error().is_some());
    assert_eq!(map(&h), before);
    // Save as… into another folder takes the picture along.
    let other = tempfile::tempdir().unwrap();
    let copy = other.path().join("copy.ron");
    assert!(h.state_mut().save_to(&copy));
    let moved = map(&h).card(card.id).unwrap().1.image.clone().unwrap();
    assert!(moved.starts_with("copy.assets/"), "{moved}");
    assert!(other.path().join(&moved).is_file());
    let saved = journeymap::io::load_file(&copy).unwrap().map;
    assert_eq!(
        saved.card(card.id).unwrap().1.image.as_deref(),
        Some(moved.as_str())
    );
    // Moving the files is not an edit: one undo takes the picture off, and
    // redo puts back the picture where it now is.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(map(&h), original);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(3);
    assert_eq!(
        map(&h).card(card.id).unwrap().1.image.as_deref(),
        Some(moved.as_str())
    );
}

#[test]
fn several_pictures_dropped_at_once_fill_the_cell_and_a_drop_without_a_position_waits() {
    let dir = tempfile::tempdir().unwrap();
    let (path, original) = storyboard_map(dir.path());
    let files: Vec<PathBuf> = (0..3)
        .map(|i| {
            let f = dir.path().join(format!("scene{i}.png"));
            solid_png(&f, 40, 30, [10 + 60 * i as u8, 100, 100]);
            f
        })
        .collect();
    let mut h = app_at(&path);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run_steps(3);
    let storyboard = original.lanes[0].id;
    let stage = original.stages[2].id;
    let cell = {
        let canvas = h.state().canvas();
        let layout = canvas.layout().unwrap();
        canvas.transforms.unwrap().body * layout.cell_rect(storyboard, stage).unwrap()
    };
    h.hover_at(cell.center());
    h.run();
    for f in &files {
        h.input_mut()
            .dropped_files
            .push(Arc::new(Dropped(f.clone())));
    }
    h.run_steps(3);
    let m = map(&h);
    let lane = m.lane(storyboard).unwrap();
    let images: Vec<_> = lane
        .cards
        .iter()
        .map(|c| c.image.clone().unwrap())
        .collect();
    assert_eq!(images, ["scene0.png", "scene1.png", "scene2.png"]);
    assert!(lane.cards.iter().all(|c| c.stage == stage));

    // A drag from another program tells no position: the drop waits for
    // the pointer, then goes on the selected card.
    let card = lane.cards[0].id;
    h.state_mut().push(Intent::Select(Selection::card(card)));
    h.run();
    h.event(Event::PointerGone);
    h.run();
    let late = dir.path().join("late.png");
    solid_png(&late, 40, 30, [200, 200, 10]);
    h.input_mut().dropped_files.push(Arc::new(Dropped(late)));
    h.run_steps(5);
    assert_eq!(
        map(&h).card(card).unwrap().1.image.as_deref(),
        Some("scene0.png"),
        "not yet"
    );
    h.run_steps(120);
    assert_eq!(
        map(&h).card(card).unwrap().1.image.as_deref(),
        Some("late.png")
    );
}

#[test]
fn a_picture_dropped_on_an_empty_storyboard_cell_becomes_a_card_and_a_paste_goes_on_the_selection()
{
    let dir = tempfile::tempdir().unwrap();
    let (path, original) = storyboard_map(dir.path());
    // Inside the map's folder: referenced where it is, not copied.
    let sketch = dir.path().join("sketch.png");
    solid_png(&sketch, 300, 200, [30, 160, 60]);
    let mut h = app_at(&path);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run_steps(3);
    let storyboard = original.lanes[0].id;
    let stage = original.stages[2].id;
    let cell = {
        let canvas = h.state().canvas();
        let layout = canvas.layout().unwrap();
        canvas.transforms.unwrap().body * layout.cell_rect(storyboard, stage).unwrap()
    };
    h.hover_at(cell.center());
    h.run();
    h.input_mut().dropped_files.push(Arc::new(Dropped(sketch)));
    h.run_steps(3);
    let m = map(&h);
    let lane = m.lane(storyboard).unwrap();
    assert_eq!(lane.cards.len(), 1, "a new storyboard card");
    assert_eq!(lane.cards[0].stage, stage);
    assert_eq!(lane.cards[0].image.as_deref(), Some("sketch.png"));
    let new_card = lane.cards[0].id;
    settle(&mut h);
    let frame = frame_on_screen(&h, new_card);
    let green = share_of(&mut h, frame, Color32::from_rgb(30, 160, 60));
    assert!(green > 0.9, "the new card shows it: {green}");

    // A screenshot pasted from the clipboard goes on the selected card.
    let pains = original
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Pains)
        .unwrap();
    let pain = pains
        .cards
        .iter()
        .find(|c| c.stage == stage)
        .unwrap()
        .clone();
    // (Selected as a click would; it is scrolled out of view here.)
    h.state_mut().push(Intent::Select(Selection::card(pain.id)));
    h.run();
    let blue = Color32::from_rgb(40, 70, 200);
    let screenshot = egui::ColorImage::new([160, 90], vec![blue; 160 * 90]);
    h.event(Event::PasteImage(Arc::new(screenshot)));
    h.run_steps(3);
    let m = map(&h);
    let stored = m.card(pain.id).unwrap().1.image.clone().expect("pasted");
    assert!(stored.starts_with("map.assets/"), "{stored}");
    let saved = image::open(dir.path().join(&stored)).unwrap().to_rgba8();
    assert_eq!(saved.dimensions(), (160, 90));
    assert_eq!(saved.get_pixel(5, 5).0, [40, 70, 200, 255]);
    settle(&mut h);
    let frame = frame_on_screen(&h, pain.id);
    let shown = share_of(&mut h, frame, blue);
    assert!(shown > 0.5, "the pasted picture is drawn: {shown}");
    // The inspector names it and can take it off again.
    assert!(h.query_by_label("Remove picture").is_some());
    h.key_press(Key::Escape);
    h.run();
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(3);
    }
    assert_eq!(map(&h), original, "each picture one undo step");
}

#[test]
fn pictures_from_other_folders_can_be_linked_where_they_are_from_the_edit_menu() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let (path, original) = storyboard_map(dir.path());
    let shot = elsewhere.path().join("queue.png");
    solid_png(&shot, 40, 30, [30, 30, 220]);
    let mut h = app_at(&path);
    let choose = |h: &mut Harness<'static, JourneyApp>, item: &str| {
        h.get_by_label("Edit").click();
        h.run();
        h.get_by_label("Pictures from other folders").hover();
        h.run_steps(3);
        h.get_by_label(item).click();
        h.run_steps(2);
    };
    choose(&mut h, "Link to them where they are");
    assert_eq!(h.state().prefs.copy_outside_pictures, Some(false));

    let stage = original.stages[2].id;
    let card = (original.lanes[1].cards.iter())
        .find(|c| c.stage == stage)
        .unwrap()
        .id;
    h.state_mut().push(Intent::Select(Selection::card(card)));
    h.run();
    h.event(Event::PointerGone);
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(shot.clone())));
    h.run_steps(120);
    assert!(
        h.query_by_label("\"queue.png\" is outside the map's folder")
            .is_none(),
        "not asked again"
    );
    let stored = map(&h).card(card).unwrap().1.image.clone().unwrap();
    assert_eq!(Path::new(&stored), shot.canonicalize().unwrap());
    assert!(!dir.path().join("map.assets").exists(), "nothing copied");

    choose(&mut h, "Ask the first time");
    assert_eq!(h.state().prefs.copy_outside_pictures, None);
}

#[test]
fn a_card_copied_into_a_map_in_another_folder_takes_its_picture_along() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (path_a, mut map_a) = storyboard_map(a.path());
    let shot = a.path().join("desk.png");
    solid_png(&shot, 40, 30, [20, 160, 40]);
    map_a.lanes[0].cards.push(journeymap::model::Card::new(
        CardId(8001),
        map_a.stages[0].id,
        "Desk",
    ));
    map_a.lanes[0].cards[0].image = Some("desk.png".into());
    save_file(&path_a, &map_a).unwrap();
    let mut h = app_at(&path_a);
    h.state_mut()
        .push(Intent::Select(Selection::card(CardId(8001))));
    h.run();
    h.event(Event::Copy);
    h.step();
    let copied = (h.output().platform_output.commands.iter())
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("copied");
    assert!(
        copied.contains(&shot.display().to_string()),
        "absolute: {copied}"
    );

    let (path_b, map_b) = storyboard_map(b.path());
    let mut other = app_at(&path_b);
    other.event(Event::Paste(copied.clone()));
    other.run_steps(2);
    let pasted = map(&other);
    let card = (pasted.lanes[0].cards.iter())
        .find(|c| c.text == "Desk")
        .expect("pasted into the storyboard");
    let stored = card.image.clone().unwrap();
    assert!(stored.starts_with("map.assets/"), "copied in: {stored}");
    assert!(b.path().join(&stored).is_file());
    other.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    other.run_steps(2);
    assert_eq!(map(&other), map_b, "one undo step");

    // Pasted back into its own map, it points at the same file.
    h.event(Event::Paste(copied));
    h.run_steps(2);
    let again = map(&h);
    let twins: Vec<_> = (again.lanes[0].cards.iter())
        .filter(|c| c.text == "Desk")
        .map(|c| c.image.clone().unwrap())
        .collect();
    assert_eq!(twins, ["desk.png", "desk.png"]);
}
