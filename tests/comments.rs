//! Comments in files and exports: threads survive a save and a load
//! exactly; `export --comments` adds them to pictures (the PDF on pages of
//! its own), and never to Mermaid or CSV.

use std::path::Path;
use std::process::{Command, Output};

use journeymap::edit::{add_comment, reply_to_comment, resolve_thread};
use journeymap::io::{load_file, save_file, template_in};
use journeymap::model::{CommentOn, JourneyMap, Lang};

/// The Russian dealer map with an open thread on a card (answered), a
/// resolved one on a stage and one on the map.
fn commented() -> JourneyMap {
    let mut m = template_in("current-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    let card = m.lanes[0].cards[0].id;
    add_comment(
        &m,
        CommentOn::Card(card),
        "Ольга",
        "Почему клиенты приходят дважды?",
    )
    .apply_to(&mut m);
    let thread = m.comments[0].id;
    reply_to_comment(&m, thread, "Jānis", "Машина не была готова").apply_to(&mut m);
    add_comment(
        &m,
        CommentOn::Stage(m.stages[1].id),
        "Ольга",
        "Переименовать этап?",
    )
    .apply_to(&mut m);
    let stage_thread = m.comments[2].id;
    resolve_thread(&m, stage_thread, true).apply_to(&mut m);
    add_comment(&m, CommentOn::Map, "Anna", "Отправить клиенту в пятницу").apply_to(&mut m);
    m
}

fn journeymap(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run journeymap")
}

#[test]
fn threads_survive_a_save_and_a_load_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let map = commented();
    save_file(&path, &map).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("reply_to: Some("), "{text}");
    assert!(text.contains("resolved: true"));
    let loaded = load_file(&path).unwrap();
    assert_eq!(loaded.map, map);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let threads = loaded.map.threads();
    assert_eq!(threads.len(), 3);
    assert_eq!(threads[0].replies[0].author, "Jānis");
    // A map without comments writes no `comments` field at all.
    let plain = template_in("current-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    save_file(&path, &plain).unwrap();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("comments"));
}

#[test]
fn export_with_comments_adds_the_threads_and_only_to_pictures() {
    let dir = tempfile::tempdir().unwrap();
    save_file(&dir.path().join("map.ron"), &commented()).unwrap();
    let out = journeymap(
        dir.path(),
        &["export", "map.ron", "-o", "with.svg", "--comments"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(dir.path().join("with.svg")).unwrap();
    for expected in [
        ">Комментарии<",
        "Почему клиенты",
        "Машина не была готова",
        "Jānis, 20",
        "(решено)",
        "вся карта",
    ] {
        assert!(svg.contains(expected), "{expected:?} missing from the SVG");
    }
    // Open threads come before resolved ones.
    assert!(svg.find("Отправить клиенту").unwrap() < svg.find("Переименовать этап").unwrap());
    let out = journeymap(dir.path(), &["export", "map.ron", "-o", "without.svg"]);
    assert!(out.status.success());
    let svg = std::fs::read_to_string(dir.path().join("without.svg")).unwrap();
    assert!(
        !svg.contains("Машина не была готова"),
        "comments only when asked"
    );

    // The PDF puts them on a page of their own after the map.
    let out = journeymap(
        dir.path(),
        &["export", "map.ron", "-o", "map.pdf", "--comments"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Command::new("pdftotext")
        .args(["-f", "2", "map.pdf", "-"])
        .current_dir(dir.path())
        .output()
        .expect("pdftotext (poppler-utils, which .ci/run installs)");
    let page2 = String::from_utf8_lossy(&text.stdout);
    assert!(page2.contains("Машина не была готова"), "{page2}");

    // Never in Mermaid or CSV; asking for them there is said to be ignored.
    for file in ["map.mmd", "map.csv"] {
        let out = journeymap(dir.path(), &["export", "map.ron", "-o", file, "--comments"]);
        assert!(out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--comments applies only to pictures"), "{err}");
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(!text.contains("Машина не была готова"), "{file}: {text}");
    }
}
