//! The app driven through its UI with egui_kittest: start screen, templates,
//! opening files (drop), errors, zoom, unsaved-changes guard, canvas snapshots.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::io::{TEMPLATES, load_file, save_file, template_by_name};
use journeymap::ui::{JourneyApp, setup_context};

fn app() -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size([1500.0, 1000.0])
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::new(cc, None)
        });
    // Snapshots must not change with the calendar.
    harness.state_mut().footer_date = Some("2026-01-01".into());
    harness.run();
    harness
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

fn drop_file(harness: &mut Harness<'static, JourneyApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    harness.run();
}

fn has_label(harness: &Harness<'static, JourneyApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

#[test]
fn each_template_opens_from_the_start_screen_and_shows_its_stages_and_lanes() {
    for template in &TEMPLATES {
        let mut harness = app();
        assert!(
            harness.state().doc().is_none(),
            "starts on the start screen"
        );
        harness.get_by_label(template.title).click();
        harness.run();
        let mut map = template.instantiate().unwrap();
        // A new map owns its stage colours (the blank one gets them here).
        journeymap::edit::own_stage_colours(&mut map);
        let doc = harness.state().doc().expect("a map is open");
        // A new map has an identity of its own.
        assert_eq!(doc.map.map_id.len(), 32);
        map.map_id = doc.map.map_id.clone();
        assert_eq!(doc.map, map, "{}", template.name);
        for stage in &map.stages {
            assert!(
                has_label(&harness, &stage.name),
                "{}: stage {}",
                template.name,
                stage.name
            );
        }
        for lane in &map.lanes {
            assert!(
                has_label(&harness, &lane.title),
                "{}: lane {}",
                template.name,
                lane.title
            );
        }
        assert!(harness.state().window_title().contains("not saved"));
    }
}

#[test]
fn dropping_a_file_opens_it_and_a_bad_file_shows_an_error_and_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("dealer.ron");
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    map.title = "Дилер: путь клиента".into();
    map.stages[0].name = "Apzināšanās".into();
    save_file(&good, &map).unwrap();

    let mut harness = app();
    drop_file(&mut harness, &good);
    let doc = harness.state().doc().expect("opened");
    assert_eq!(doc.map.title, "Дилер: путь клиента");
    assert_eq!(doc.path.as_deref(), Some(good.as_path()));
    assert!(has_label(&harness, "Apzināšanās"));
    assert_eq!(harness.state().window_title(), "dealer.ron — journeymap");

    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n    version: 1,\n    title: 42,\n)\n").unwrap();
    drop_file(&mut harness, &bad);
    let error = harness.state().error().expect("an error is shown");
    assert!(error.contains("bad.ron:3:12:"), "{error}");
    assert!(has_label(&harness, "Something went wrong"));
    assert_eq!(
        harness.state().doc().unwrap().map.title,
        "Дилер: путь клиента",
        "map kept"
    );
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().error().is_none());
    assert!(
        has_label(&harness, "Apzināšanās"),
        "canvas still shows the map"
    );
}

#[test]
fn zoom_shortcuts_and_fit() {
    let mut harness = app();
    harness.get_by_label("Service blueprint").click();
    harness.run();
    let cmd = Modifiers::COMMAND;
    harness.key_press_modifiers(cmd, Key::Num0);
    harness.run();
    assert_eq!(harness.state().canvas().camera.zoom, 1.0);
    assert!(has_label(&harness, "100 %"), "zoom level shown");
    harness.key_press_modifiers(cmd, Key::Plus);
    harness.run();
    assert!((harness.state().canvas().camera.zoom - 1.25).abs() < 1e-4);
    harness.key_press_modifiers(cmd, Key::Num1);
    harness.run();
    let state = harness.state();
    let zoom = state.canvas().camera.zoom;
    let size = state.canvas().layout().unwrap().size * zoom;
    let canvas = state.canvas().last_rect.unwrap();
    assert!(
        size.x <= canvas.width() + 0.5 && size.y <= canvas.height() + 0.5,
        "fits: {size:?} in {canvas:?}"
    );
    assert!(
        size.x >= canvas.width() - 1.0 || size.y >= canvas.height() - 1.0,
        "fills one side"
    );
    assert!(has_label(&harness, &format!("{:.0} %", zoom * 100.0)));
    // The status-bar button does the same.
    harness.key_press_modifiers(cmd, Key::Num0);
    harness.run();
    harness.get_by_label("Fit").click();
    harness.run();
    assert!((harness.state().canvas().camera.zoom - zoom).abs() < 1e-4);
}

#[test]
fn closing_a_changed_map_asks_first() {
    let mut harness = app();
    harness.get_by_label("Future state").click();
    harness.run();
    harness.state_mut().doc_mut().unwrap().touch();
    harness.run();
    assert!(harness.state().window_title().starts_with("● "));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    assert!(harness.state().is_confirming());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().doc().is_some(), "cancel keeps the map");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().doc().is_none(), "back on the start screen");
}

#[test]
fn save_writes_the_file_and_clears_the_marker() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.ron");
    let mut harness = app();
    harness.get_by_label("Day in the life").click();
    harness.run();
    {
        let doc = harness.state_mut().doc_mut().unwrap();
        doc.map.title = "Elena's Tuesday".into();
        doc.touch();
        doc.mark_saved(&path); // as if Save As had chosen this path
        doc.touch();
    }
    harness.run();
    assert!(harness.state().window_title().starts_with("● saved.ron"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(harness.state().window_title(), "saved.ron — journeymap");
    let on_disk = load_file(&path).unwrap().map;
    assert_eq!(on_disk.title, "Elena's Tuesday");
}

/// The canvas as a user sees it right after picking a template, compared
/// with the committed image in tests/snapshots/.
fn snapshot_template(title: &str, name: &str) {
    let mut harness = app();
    harness.get_by_label(title).click();
    harness.run();
    harness.snapshot(format!("canvas-{name}"));
}

#[test]
fn canvas_snapshot_current_state() {
    snapshot_template("Current state", "current-state");
}

#[test]
fn canvas_snapshot_day_in_the_life() {
    snapshot_template("Day in the life", "day-in-the-life");
}

#[test]
fn canvas_snapshot_future_state() {
    snapshot_template("Future state", "future-state");
}

#[test]
fn canvas_snapshot_service_blueprint() {
    snapshot_template("Service blueprint", "service-blueprint");
}

#[test]
fn start_screen_snapshot() {
    let mut harness = app();
    harness.snapshot("start-screen");
}

#[test]
fn an_idle_canvas_asks_for_no_repaint() {
    use journeymap::perf::{CanvasFrames, Zoom};
    let map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let mut frames = CanvasFrames::new(map, Zoom::Actual);
    frames.frame();
    frames.frame();
    assert!(
        !frames.wants_repaint(),
        "nothing changes, so no new frame is requested"
    );
}

#[test]
fn dropping_a_mermaid_file_imports_it_and_a_broken_one_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("day.mmd");
    std::fs::write(
        &good,
        "journey\n    title Мой рабочий день\n    section Go to work\n      Make tea: 5: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Sit down: 5: Me\n",
    )
    .unwrap();
    let mut harness = app();
    drop_file(&mut harness, &good);
    let doc = harness.state().doc().expect("imported");
    assert_eq!(doc.map.title, "Мой рабочий день");
    assert!(
        doc.path.is_none() && doc.is_dirty(),
        "an import is a new, unsaved map"
    );
    assert!(has_label(&harness, "Go to work") && has_label(&harness, "Make tea"));

    let bad = dir.path().join("bad.mmd");
    std::fs::write(&bad, "journey\n  section A\n    Task without score\n").unwrap();
    harness.state_mut().doc_mut().unwrap().mark_saved(&good); // skip the save question
    drop_file(&mut harness, &bad);
    let error = harness.state().error().expect("error shown");
    assert!(error.contains("bad.mmd:3"), "{error}");
    assert_eq!(harness.state().doc().unwrap().map.title, "Мой рабочий день");
}

#[test]
fn an_import_with_warnings_opens_the_map_and_lists_what_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("scores.mmd");
    std::fs::write(
        &file,
        "journey\n  section Visit\n    Park: 13: Ann\n    Size: 2rem\n",
    )
    .unwrap();
    let mut harness = app();
    drop_file(&mut harness, &file);
    harness.run_steps(10);
    assert_eq!(
        harness.state().doc().expect("imported").map.lanes[0]
            .cards
            .len(),
        2
    );
    assert!(
        harness.state().error().is_none(),
        "warnings are not an error"
    );
    assert!(has_label(&harness, "Imported, with 3 things to check"));
    let listed = harness
        .query_all_by_label_contains("scores.mmd:4:11: the score \"2rem\" is not a number")
        .count();
    assert_eq!(listed, 1);
    harness.get_by_label("OK").click();
    harness.run_steps(10);
    assert!(!has_label(&harness, "Imported, with 3 things to check"));
    assert!(
        has_label(&harness, "Park"),
        "the imported map is on the canvas"
    );
}

#[test]
fn canvas_snapshot_dark_theme() {
    let mut harness = Harness::builder()
        .with_size([1500.0, 1000.0])
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            let prefs = journeymap::ui::Prefs {
                theme: journeymap::style::Theme::Dark,
                ..Default::default()
            };
            JourneyApp::with_prefs(prefs)
        });
    harness.state_mut().footer_date = Some("2026-01-01".into());
    harness.run();
    harness.get_by_label("Service blueprint").click();
    harness.run();
    harness.snapshot("canvas-service-blueprint-dark");
}

#[test]
fn current_and_future_maps_are_compared_stage_by_stage() {
    let dir = tempfile::tempdir().unwrap();
    let mut future = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    future.title = "Future".into();
    future.stages[5].name = "Advocacy".into();
    let emotions = future
        .lanes
        .iter_mut()
        .find(|l| !l.series.is_empty())
        .unwrap();
    let purchase = future.stages[3].id;
    for s in &mut emotions.series {
        s.values.insert(purchase, 2);
    }
    let path = dir.path().join("future.ron");
    save_file(&path, &future).unwrap();

    let mut harness = app();
    harness.get_by_label("Current state").click();
    harness.run();
    harness.state_mut().compare_with_path(&path);
    harness.run();
    assert!(
        harness.query_by_label("Current vs future").is_some(),
        "window open"
    );
    assert!(harness.query_by_label("Differences").is_some());
    let has = |h: &Harness<'static, JourneyApp>, s: &str| {
        h.query_all_by_label_contains(s).next().is_some()
    };
    assert!(has(&harness, "\"Loyalty\" is only in the current state"));
    assert!(has(&harness, "\"Advocacy\" is new in the future state"));
    assert!(has(&harness, "\"Purchase & delivery\" feels better"));

    // Saved from the window (the save buttons ask for a path, then call this).
    assert!(harness.query_by_label("Save as PNG…").is_some());
    let png = dir.path().join("comparison.png");
    let md = dir.path().join("comparison.md");
    harness.state_mut().export_comparison_to(&png);
    harness.state_mut().export_comparison_to(&md);
    let picture = image::open(&png).expect("a PNG was written");
    assert!(picture.width() > 1000, "a picture wide enough for 7 stages");
    let report = std::fs::read_to_string(&md).unwrap();
    // Entity-encoded, so any text is safe in a wiki (issue 15).
    assert!(report.contains("| Purchase &amp; delivery |"));
    assert!(report.contains("- \"Advocacy\" is new in the future state"));
    harness
        .state_mut()
        .export_comparison_to(&dir.path().join("comparison.txt"));
    harness.run();
    assert!(
        has(&harness, "use a .png, .svg or .md file name"),
        "an unknown format is refused with advice"
    );
}

/// Pixels that differ noticeably between two renders of the same size.
fn differing_pixels(a: &image::RgbaImage, b: &image::RgbaImage) -> usize {
    assert_eq!(a.dimensions(), b.dimensions());
    a.pixels()
        .zip(b.pixels())
        .filter(|(p, q)| p.0.iter().zip(q.0).any(|(x, y)| x.abs_diff(y) > 8))
        .count()
}

#[test]
fn a_panned_canvas_looks_the_same_as_one_drawn_afresh_there() {
    let open = || {
        let mut h = app();
        h.get_by_label("Service blueprint").click();
        h.run();
        h
    };
    let mut moved = open();
    // Two small moves shift the kept mesh; the long one leaves the kept area
    // and rebuilds it.
    let steps = [
        egui::vec2(-40.0, -25.0),
        egui::vec2(-40.0, -25.0),
        egui::vec2(-700.0, -300.0),
    ];
    for (i, step) in steps.into_iter().enumerate() {
        moved.state_mut().canvas_mut().camera.pan += step;
        moved.run();
        if i == 0 {
            continue;
        }
        let camera = moved.state().canvas().camera;
        let mut fresh = open();
        fresh.state_mut().canvas_mut().camera = camera;
        fresh.state_mut().canvas_mut().drop_kept_meshes();
        fresh.run();
        let (a, b) = (moved.render().unwrap(), fresh.render().unwrap());
        let differ = differing_pixels(&a, &b);
        assert!(
            differ < 50,
            "after move {i} the canvas differs from a fresh drawing in {differ} pixels"
        );
    }
}

#[test]
fn a_persona_photo_is_drawn_in_the_header_on_the_canvas() {
    let dir = tempfile::tempdir().unwrap();
    let photo = image::RgbaImage::from_pixel(120, 160, image::Rgba([220, 20, 30, 255]));
    photo.save(dir.path().join("vasily.png")).unwrap();
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    // Relative to the map's folder, as a map moved with its photos is.
    map.personas[0].photo = Some("vasily.png".into());
    let path = dir.path().join("photo-map.ron");
    save_file(&path, &map).unwrap();

    let mut harness = app();
    drop_file(&mut harness, &path);
    // The photo loads on a worker thread.
    for _ in 0..100 {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.state_mut().canvas_mut().camera.zoom = 1.0;
    harness.state_mut().canvas_mut().camera.pan = egui::Vec2::ZERO;
    harness.run();
    let state = harness.state();
    let avatar = &state.canvas().layout().unwrap().header.personas[0];
    let to_screen = state
        .canvas()
        .camera
        .to_screen(state.canvas().last_rect.unwrap());
    let centre = to_screen * avatar.avatar_center;
    let corner = to_screen * (avatar.avatar_center - egui::Vec2::splat(avatar.avatar_radius - 2.0));
    let image = harness.render().unwrap();
    let red = |p: egui::Pos2| {
        let [r, g, b, _] = image.get_pixel(p.x as u32, p.y as u32).0;
        r > 180 && g < 80 && b < 80
    };
    assert!(red(centre), "the photo shows in the avatar circle");
    assert!(!red(corner), "the photo is cropped to the circle");
}

/// Exporting from the app names the photos from outside the map's folder
/// in its notice, and the Export dialog offers to leave them out; left out,
/// the notice says so and the SVG has no image.
#[test]
fn the_export_notice_names_photos_from_outside_the_maps_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (maps, private) = (dir.path().join("maps"), dir.path().join("private"));
    std::fs::create_dir_all(&maps).unwrap();
    std::fs::create_dir_all(&private).unwrap();
    image::RgbaImage::from_pixel(40, 40, image::Rgba([220, 20, 30, 255]))
        .save(private.join("secret.png"))
        .unwrap();
    let mut map = TEMPLATES[0].instantiate().unwrap();
    map.personas[0].photo = Some("../private/secret.png".into());
    save_file(&maps.join("map.ron"), &map).unwrap();

    let mut h = app();
    h.state_mut().open_path(&maps.join("map.ron"));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert!(has_label(
        &h,
        "Leave out photos from outside the map's folder"
    ));
    h.get_by_label("Cancel").click();
    h.run();

    let mut options = journeymap::export::ExportOptions {
        map_dir: Some(maps.clone()),
        ..Default::default()
    };
    let out = maps.join("out.svg");
    h.state_mut().export_to(&out, &options);
    let notice = h.state().notice.clone().unwrap_or_default();
    assert!(
        notice.contains("outside the map's folder were embedded") && notice.contains("secret.png"),
        "{notice}"
    );
    assert!(std::fs::read_to_string(&out).unwrap().contains("<image "));

    options.no_outside_images = true;
    h.state_mut().export_to(&out, &options);
    let notice = h.state().notice.clone().unwrap_or_default();
    assert!(
        notice.contains("were left out") && notice.contains("secret.png"),
        "{notice}"
    );
    assert!(!std::fs::read_to_string(&out).unwrap().contains("<image "));
}

/// With no native file dialog (no portal, no zenity), Save as and Open ask
/// with the app's own chooser: a folder listing and a file name, never
/// nothing at all.
#[test]
fn without_a_native_dialog_the_apps_own_chooser_saves_and_opens() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("maps")).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a map").unwrap();
    let start = dir.path().join("start.ron");
    save_file(
        &start,
        &template_by_name("current-state")
            .unwrap()
            .instantiate()
            .unwrap(),
    )
    .unwrap();
    let mut harness = app();
    harness.state_mut().use_builtin_file_chooser();
    drop_file(&mut harness, &start);

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(10);
    assert!(has_label(&harness, "Save the map as"), "the chooser opens");
    assert!(
        harness
            .query_all_by_label_contains("could not open here")
            .count()
            == 1,
        "and says why"
    );
    assert!(has_label(&harness, "maps/"), "folders are listed");
    assert!(
        !has_label(&harness, "notes.txt"),
        "files of other kinds are not"
    );
    harness.get_by_label("maps/").click();
    harness.run_steps(10);
    let name = harness.get_by_label("File name");
    name.click();
    harness.run();
    name_field_set(&mut harness, "day");
    harness.get_by_label("Save").click();
    harness.run_steps(10);
    let saved = dir.path().join("maps/day.ron");
    assert!(saved.is_file(), "saved where the chooser pointed");
    assert_eq!(
        harness.state().doc().unwrap().path.as_deref(),
        Some(saved.as_path())
    );

    // Saving onto it again asks first; a second press replaces it.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(10);
    harness.get_by_label("day.ron").click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run_steps(10);
    assert_eq!(
        harness
            .query_all_by_label_contains("already exists")
            .count(),
        1
    );
    harness.get_by_label("Save").click();
    harness.run_steps(10);
    assert!(!has_label(&harness, "Save the map as"));

    // Open: a name that is not there is refused in place; a listed one opens.
    harness.state_mut().doc_mut().unwrap().map.title = "Changed".into();
    harness.state_mut().doc_mut().unwrap().mark_saved(&saved);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run_steps(10);
    assert!(has_label(&harness, "Open a map"));
    name_field_set(&mut harness, "missing.ron");
    harness.get_by_label("Open").click();
    harness.run_steps(10);
    assert_eq!(
        harness
            .query_all_by_label_contains("There is no file")
            .count(),
        1
    );
    harness.get_by_label("day.ron").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run_steps(10);
    assert!(!has_label(&harness, "Open a map"));
    assert_ne!(
        harness.state().doc().unwrap().map.title,
        "Changed",
        "reopened from disk"
    );
}

/// Replace the text of the chooser's file name field.
fn name_field_set(harness: &mut Harness<'static, JourneyApp>, text: &str) {
    let field = harness.get_by_label("File name");
    field.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("File name").type_text(text);
    harness.run();
}

/// File → Export → PDF: the page choice in the dialog, the file named with
/// .pdf, and a fitted A4 sheet written (read back with pdfinfo), with the
/// warning that its smallest text prints too small.
#[test]
fn the_export_dialog_writes_a_pdf_fitted_on_a4() {
    let dir = tempfile::tempdir().unwrap();
    let start = dir.path().join("day.ron");
    save_file(
        &start,
        &template_by_name("current-state")
            .unwrap()
            .instantiate()
            .unwrap(),
    )
    .unwrap();
    let mut harness = app();
    harness.state_mut().use_builtin_file_chooser();
    drop_file(&mut harness, &start);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(10);
    harness.get_by_label("PDF pages").click();
    harness.run_steps(5);
    harness.get_by_label("Fitted on one A4 sheet").click();
    harness.run_steps(5);
    assert!(
        has_label(&harness, "Best fit"),
        "orientation choices appear"
    );
    harness.get_by_label("Export PDF…").click();
    harness.run_steps(10);
    assert!(has_label(&harness, "Export to"));
    harness.get_by_label("Save").click();
    harness.run_steps(10);
    let pdf = dir.path().join("day.pdf");
    assert!(pdf.is_file(), "written under the map's name");
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("841.89 x 595.276 pts (A4)"), "{info}");
    // The small-text warning of a fitted sheet is shown, not only logged.
    assert_eq!(
        harness
            .query_all_by_label_contains("too small to read well")
            .count(),
        1
    );
}
