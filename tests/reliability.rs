//! Nothing a user does, opens or suffers loses their work: crash recovery,
//! hostile files, huge and strange text.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::export::{ExportOptions, export_svg};
use journeymap::io::{parse_map, recovery_files, to_ron_string};
use journeymap::model::{Card, CardId, JourneyMap, Lane, LaneId, LaneKind, Stage, StageId};
use journeymap::ui::{JourneyApp, setup_context};
use std::path::Path;

fn app_with_recovery(dir: &Path) -> Harness<'static, JourneyApp> {
    let dir = dir.to_path_buf();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            setup_context(&cc.egui_ctx);
            let mut app = JourneyApp::with_prefs(Default::default());
            app.use_recovery_dir(Some(dir));
            app
        });
    h.run();
    h
}

#[test]
fn unsaved_work_survives_a_crash_and_is_restored() {
    let data = tempfile::tempdir().unwrap();
    let edited;
    {
        let mut h = app_with_recovery(data.path());
        h.get_by_label("Current state").click();
        h.run();
        {
            let doc = h.state_mut().doc_mut().unwrap();
            doc.map.title = "Путь клиента — черновик".into();
            doc.map.lanes[0].cards[0].text = "Ļoti svarīga piezīme".into();
            doc.touch();
            edited = doc.map.clone();
        }
        h.state_mut().autosave_now();
        assert_eq!(
            recovery_files(data.path()).len(),
            1,
            "recovery copy written"
        );
        // The process dies here: no save, no clean exit.
    }
    let mut h = app_with_recovery(data.path());
    assert!(
        h.query_by_label("Restore unsaved work?").is_some(),
        "restore is offered"
    );
    assert!(
        h.query_all_by_label_contains("Путь клиента — черновик")
            .next()
            .is_some()
    );
    h.get_by_label("Restore").click();
    h.run();
    let doc = h.state().doc().expect("map restored");
    assert_eq!(doc.map, edited, "content equal");
    assert!(doc.is_dirty(), "restored changes still need saving");

    // Saving removes the recovery copy.
    let target = data.path().join("saved.ron");
    assert!(h.state_mut().save_to(&target));
    assert!(recovery_files(data.path()).is_empty());
}

#[test]
fn discarding_the_offer_removes_the_copy() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut h = app_with_recovery(data.path());
        h.get_by_label("Blank map").click();
        h.run();
        h.state_mut().doc_mut().unwrap().touch();
        h.state_mut().autosave_now();
    }
    let mut h = app_with_recovery(data.path());
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().doc().is_none());
    assert!(recovery_files(data.path()).is_empty());
    drop(h);
    let h = app_with_recovery(data.path());
    assert!(
        h.query_by_label("Restore unsaved work?").is_none(),
        "not offered again"
    );
}

#[test]
fn a_clean_map_writes_no_recovery_copy() {
    let data = tempfile::tempdir().unwrap();
    let mut h = app_with_recovery(data.path());
    h.get_by_label("Future state").click();
    h.run();
    h.state_mut().autosave_now();
    assert!(recovery_files(data.path()).is_empty());
}

fn one_card_map(text: &str) -> JourneyMap {
    let mut map = JourneyMap::default();
    map.stages.push(Stage::new(StageId(1), "Stage"));
    let mut lane = Lane::new(LaneId(2), LaneKind::Actions);
    lane.cards.push(Card::new(CardId(3), StageId(1), text));
    map.lanes.push(lane);
    map
}

/// The loader must answer every input with a map or an error, never a panic.
fn loads_or_errs(bytes: &[u8]) -> Result<JourneyMap, String> {
    parse_map(bytes).map(|l| l.map).map_err(|e| e.to_string())
}

#[test]
fn truncated_files_give_errors_with_positions() {
    let full = to_ron_string(
        &journeymap::io::template_by_name("service-blueprint")
            .unwrap()
            .instantiate()
            .unwrap(),
    );
    for cut in (1..full.len()).step_by(97) {
        if !full.is_char_boundary(cut) {
            continue;
        }
        let err = loads_or_errs(&full.as_bytes()[..cut]).expect_err("truncated file loaded");
        assert!(err.starts_with("<input>:"), "{err}");
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut x: u64 = 0x1234_5678_9abc_def0;
    for len in [0usize, 1, 2, 7, 64, 1000, 10_000] {
        for _ in 0..50 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x & 0xff) as u8
                })
                .collect();
            let _ = loads_or_errs(&bytes);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!(
        "(version: 1, title: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = loads_or_errs(deep.as_bytes()).unwrap_err();
    assert!(err.contains("<input>:1:"), "{err}");
}

#[test]
fn a_huge_garbage_file_is_refused_quickly_and_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(65 * 1024 * 1024).unwrap(); // sparse: 65 MB of zeros
    let err = journeymap::io::load_file(&path).unwrap_err().to_string();
    assert!(err.contains("limited to 64 MB"), "{err}");
    let fifty = dir.path().join("fifty.ron");
    let f = std::fs::File::create(&fifty).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let err = journeymap::io::load_file(&fifty).unwrap_err().to_string();
    assert!(err.contains("fifty.ron:1:1:"), "{err}");
}

#[test]
fn strange_text_round_trips_and_exports() {
    for text in [
        "Emoji 😀🚗💳 in a card",
        "עברית ומילים מימין לשמאל",
        "مرحبا بالعالم",
        "e\u{301}\u{302} combining marks a\u{308}",
        "中文 日本語 한국어",
        "tab\there\r\nand CRLF",
        "\u{0}\u{7}\u{1b} controls",
        &"Длинный текст ".repeat(5_000),
    ] {
        let map = one_card_map(text);
        let again = loads_or_errs(to_ron_string(&map).as_bytes()).unwrap();
        assert_eq!(
            again,
            map,
            "round trip of {:?}",
            &text[..text.len().min(20)]
        );
        let svg = export_svg(&map, &ExportOptions::default()).unwrap();
        resvg::usvg::Tree::from_str(&svg, &journeymap::export::usvg_options()).expect("valid SVG");
    }
}

#[test]
fn a_card_of_one_megabyte_loads_and_exports() {
    let text = "Очень длинная карточка. ".repeat(45_000);
    assert!(text.len() > 1_000_000);
    let map = one_card_map(&text);
    let loaded = loads_or_errs(to_ron_string(&map).as_bytes()).unwrap();
    assert_eq!(
        loaded.lanes[0].cards[0].text.len(),
        text.len(),
        "text kept whole in the file"
    );
    let svg = export_svg(&map, &ExportOptions::default()).unwrap();
    resvg::usvg::Tree::from_str(&svg, &journeymap::export::usvg_options()).unwrap();
}

#[test]
fn a_hundred_thousand_cards_load() {
    let map = journeymap::sample::sample_map(journeymap::sample::SampleSize {
        stages: 50,
        lanes: 40,
        cards_per_cell: 50,
    });
    assert_eq!(map.card_count(), 100_000);
    let loaded = loads_or_errs(to_ron_string(&map).as_bytes()).unwrap();
    assert_eq!(loaded.card_count(), 100_000);
}

#[test]
fn nan_and_out_of_scale_values_are_errors_or_repairs() {
    let nan = b"(version: 1, stages: [(id: 1, name: \"A\")], lanes: [(id: 2, kind: Emotions, title: \"E\", series: [(values: {1: NaN})])])";
    let err = loads_or_errs(nan).unwrap_err();
    assert!(err.contains("<input>:1:"), "{err}");
    let metric_nan = b"(version: 1, stages: [(id: 1, name: \"A\")], lanes: [(id: 2, kind: Metric, title: \"M\", values: {1: NaN})])";
    let loaded = parse_map(metric_nan).unwrap();
    assert!(loaded.map.lanes[0].values.is_empty());
    assert!(
        loaded.warnings[0].message.contains("not a number"),
        "{:?}",
        loaded.warnings
    );
    let out = b"(version: 1, stages: [(id: 1, name: \"A\")], lanes: [(id: 2, kind: Emotions, title: \"E\", series: [(values: {1: 99})])])";
    let loaded = parse_map(out).unwrap();
    assert_eq!(loaded.map.lanes[0].series[0].values[&StageId(1)], 2);
    assert!(loaded.warnings[0].message.contains("outside the scale"));
}

#[test]
fn killing_a_save_midway_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("map.ron");
    let old = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    journeymap::io::save_file(&file, &old).unwrap();
    let before = std::fs::read(&file).unwrap();
    let mut interrupted = 0;
    for delay_ms in [5u64, 20, 60, 120, 250] {
        // A big sample takes a while to write; kill the writer part-way.
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_journeymap"))
            .args(["new", "--sample", "60x60x20", "--force", "-o"])
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok();
        child.wait().unwrap();
        let now = std::fs::read(&file).unwrap();
        if now == before {
            interrupted += usize::from(!finished);
            assert_eq!(parse_map(&now).unwrap().map, old);
        } else {
            // The rename happened: the new file is complete and loads.
            let map = parse_map(&now).expect("a replaced file is complete").map;
            assert_eq!(map.card_count(), 72_000);
            journeymap::io::save_file(&file, &old).unwrap();
        }
    }
    assert!(
        interrupted > 0,
        "no save was interrupted; the test proved nothing"
    );
}

#[test]
fn failed_saves_and_exports_say_why_and_keep_the_map_dirty() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = JourneyApp::with_prefs(Default::default());
    app.new_from_template(journeymap::io::template_by_name("current-state").unwrap());
    app.doc_mut().unwrap().touch();
    let folder = dir.path().join("a-folder.ron");
    std::fs::create_dir(&folder).unwrap();
    let too_long = dir.path().join(format!("{}.ron", "x".repeat(300)));
    for target in [folder.clone(), too_long] {
        assert!(!app.save_to(&target), "{}", target.display());
        let error = app.take_error().expect("reason shown");
        assert!(error.contains("Could not save"), "{error}");
        assert!(error.contains("is unchanged"), "{error}");
        assert!(app.doc().unwrap().is_dirty(), "still unsaved");
    }
    let png_folder = dir.path().join("picture.png");
    std::fs::create_dir(&png_folder).unwrap();
    app.export_to(&png_folder, &ExportOptions::default());
    let error = app.take_error().expect("export failure shown");
    assert!(
        error.contains("Export failed") && error.contains("nothing was changed"),
        "{error}"
    );
    assert!(app.doc().unwrap().is_dirty());
}

#[test]
fn two_windows_keep_their_own_recovery_copies_and_never_offer_each_others() {
    let data = tempfile::tempdir().unwrap();
    let mut a = app_with_recovery(data.path());
    a.get_by_label("Current state").click();
    a.run();
    a.state_mut().doc_mut().unwrap().map.title = "Window A".into();
    a.state_mut().doc_mut().unwrap().touch();
    a.state_mut().autosave_now();
    // A second window while A runs: A's copy is not offered to it.
    let mut b = app_with_recovery(data.path());
    assert!(
        b.query_by_label("Restore unsaved work?").is_none(),
        "a running window's copy is not offered"
    );
    b.get_by_label("Service blueprint").click();
    b.run();
    b.state_mut().doc_mut().unwrap().map.title = "Window B".into();
    b.state_mut().doc_mut().unwrap().touch();
    b.state_mut().autosave_now();
    let files = recovery_files(data.path());
    assert_eq!(files.len(), 2, "one copy per open map: {files:?}");
    let titles: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    assert!(titles.iter().any(|t| t.contains("Window A")));
    assert!(titles.iter().any(|t| t.contains("Window B")));
    // B saves: only B's copy goes.
    assert!(b.state_mut().save_to(&data.path().join("b.ron")));
    let left = recovery_files(data.path());
    assert_eq!(left.len(), 1);
    assert!(
        std::fs::read_to_string(&left[0])
            .unwrap()
            .contains("Window A")
    );
    // A "crashes" (its window goes away without saving): the next start
    // offers exactly A's work.
    drop(a);
    let c = app_with_recovery(data.path());
    assert!(c.query_by_label("Restore unsaved work?").is_some());
    assert!(c.query_all_by_label_contains("Window A").next().is_some());
}

#[cfg(unix)]
#[test]
fn recovery_copies_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("journeymap");
    let mut h = app_with_recovery(&dir);
    h.get_by_label("Blank map").click();
    h.run();
    h.state_mut().doc_mut().unwrap().touch();
    h.state_mut().autosave_now();
    let files = recovery_files(&dir);
    assert_eq!(files.len(), 1);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&files[0]), 0o600, "the copy is the user's alone");
    assert_eq!(mode(&dir), 0o700, "so is its folder");
}
