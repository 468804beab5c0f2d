//! Issue 27's hostile cases, one regression test each (the review-file
//! bombs are in `review_bombs.rs`). The recovery folder's FIFOs and links,
//! quote ratings that are not numbers; and through the command line:
//! outputs that are not regular files
//! or are the command's own inputs, text that could steer a terminal,
//! names that must not leave with `--anonymise`, merges of maps that are
//! not versions of each other, conflict lines of huge values, ids JSON
//! readers can keep. And issue 26.5: a merge of two copies that imported
//! the same reviews keeps each review once.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use journeymap::io::{Recovery, RecoverySlot, orphaned_recoveries, write_recovery};
use journeymap::model::JourneyMap;

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("run journeymap")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn new_map(dir: &Path, name: &str, template: &str) -> PathBuf {
    let map = dir.join(name);
    let out = journeymap(&["new", "-t", template, "-o", s(&map)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    map
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(s(path)).unwrap();
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
}

#[cfg(unix)]
fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

/// 27.2: `merge -o FIFO`, `export -o link-to-a-FIFO.svg` and `reviews add
/// -o FIFO` replaced the FIFO (or, as root, /dev/null) by a regular file.
#[test]
#[cfg(unix)]
fn an_output_that_is_not_a_regular_file_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let map = new_map(d, "map.ron", "current-state");
    let fifo = d.join("pipe.ron");
    mkfifo(&fifo);
    let out = journeymap(&["merge", s(&map), s(&map), s(&map), "-o", s(&fifo)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("FIFO"), "{}", text(&out.stderr));
    assert!(is_fifo(&fifo), "the FIFO is still a FIFO");

    let reviews = d.join("r.csv");
    std::fs::write(&reviews, "Review\nGood\n").unwrap();
    let out = journeymap(&["reviews", "add", s(&map), s(&reviews), "-o", s(&fifo)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(is_fifo(&fifo));

    let target = d.join("pipe.svg.target");
    mkfifo(&target);
    let link = d.join("picture.svg");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = journeymap(&["export", s(&map), "-o", s(&link)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("FIFO"), "{}", text(&out.stderr));
    assert!(is_fifo(&target), "the link's FIFO is still a FIFO");
}

/// 27.2: `-o -` writes a text export to standard output.
#[test]
fn a_text_export_goes_to_standard_output_with_dash() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "map.ron", "current-state");
    let out = journeymap(&["export", s(&map), "-o", "-", "--format", "mmd"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("journey"),
        "{}",
        text(&out.stdout)
    );
    let out = journeymap(&["export", s(&map), "-o", "-"]);
    assert_eq!(out.status.code(), Some(1), "a format must be named");
    assert!(
        text(&out.stderr).contains("--format"),
        "{}",
        text(&out.stderr)
    );
}

/// 27.3: `reviews add MAP mine.csv -o mine.csv` wrote the map over the
/// review export; `-o out.png` wrote RON under a picture's name.
#[test]
fn a_map_is_never_written_over_an_input_or_under_another_kind_of_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let map = new_map(d, "map.ron", "current-state");
    let mine = d.join("mine.csv");
    let export = "Review;Rating\nGood;5\n";
    std::fs::write(&mine, export).unwrap();
    let out = journeymap(&["reviews", "add", s(&map), s(&mine), "-o", s(&mine)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), export);
    for name in ["out.png", "m.csv", "map.journey"] {
        let to = d.join(name);
        let out = journeymap(&["reviews", "add", s(&map), s(&mine), "-o", s(&to)]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(text(&out.stderr).contains(".ron"), "{}", text(&out.stderr));
        assert!(!to.exists(), "{name} was written");
    }
    let theirs = d.join("theirs.ron");
    std::fs::copy(&map, &theirs).unwrap();
    let out = journeymap(&["merge", s(&map), s(&map), s(&theirs), "-o", s(&theirs)]);
    assert_eq!(out.status.code(), Some(1), "theirs is an input");
    // The map being updated may be written back: that is the point.
    let out = journeymap(&["reviews", "add", s(&map), s(&mine), "-o", s(&map)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = journeymap(&["merge", s(&map), s(&map), s(&theirs), "-o", s(&map)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// 27.10: a map's ESC and BEL reached the terminal of whoever ran `diff`.
#[test]
fn diff_escapes_control_characters_of_a_map() {
    let dir = tempfile::tempdir().unwrap();
    let old = new_map(dir.path(), "old.ron", "current-state");
    let text_of = std::fs::read_to_string(&old).unwrap();
    let title = text_of
        .lines()
        .find(|l| l.trim_start().starts_with("title:"))
        .unwrap();
    let hostile = text_of.replacen(
        title,
        "    title: \"\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}evil\",",
        1,
    );
    let new = dir.path().join("new.ron");
    std::fs::write(&new, hostile).unwrap();
    for format in ["text", "md", "json"] {
        let out = journeymap(&["diff", s(&old), s(&new), "--format", format]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let printed = text(&out.stdout);
        assert!(printed.contains("pwned"), "{format}: {printed}");
        assert!(
            !printed
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'),
            "{format}: raw control characters in {printed:?}"
        );
        if format == "json" {
            let value: serde_json::Value = serde_json::from_str(&printed).unwrap();
            assert!(value.to_string().contains("\\u001b]0;pwned"), "{value}");
        }
    }
}

/// 27.11: `--anonymise` cut quote authors but printed comment authors in full.
#[test]
fn anonymise_applies_to_comment_authors_too() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "map.ron", "current-state");
    let mut m = journeymap::io::load_file(&map).unwrap().map;
    let stage = m.stages[0].id;
    let edit = journeymap::edit::add_comment(
        &m,
        journeymap::model::CommentOn::Stage(stage),
        "Ivan Zhukovsky",
        "Check the test-drive booking",
    );
    edit.apply_to(&mut m);
    journeymap::io::save_file(&map, &m).unwrap();
    let svg = dir.path().join("m.svg");
    let out = journeymap(&[
        "export",
        s(&map),
        "-o",
        s(&svg),
        "--comments",
        "--anonymise",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&svg).unwrap();
    assert!(written.contains("Check the test-drive booking"));
    assert!(
        !written.contains("Zhukovsky"),
        "the comment author left in full"
    );
    assert!(written.contains("I. Z."));
}

/// 27.14: maps from different templates merged with "no conflicts" and
/// lost all their cards; they are not versions of one map.
#[test]
fn maps_that_are_not_versions_of_one_map_are_refused_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let a = new_map(d, "a.ron", "current-state");
    let b = new_map(d, "b.ron", "service-blueprint");
    let out_file = d.join("out.ron");
    let out = journeymap(&["merge", s(&a), s(&a), s(&b), "-o", s(&out_file)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not versions of one map"),
        "{}",
        text(&out.stderr)
    );
    assert!(!out_file.exists());
    let out = journeymap(&["diff", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(1));
    // Two maps from one template are two maps: each has its own identity.
    let c = new_map(d, "c.ron", "current-state");
    let out = journeymap(&["diff", s(&a), s(&c)]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("identity"),
        "{}",
        text(&out.stderr)
    );
    // Maps from before identities: what their shared ids name decides.
    let strip = |p: &Path| {
        let t = std::fs::read_to_string(p).unwrap();
        let kept: Vec<&str> = t
            .lines()
            .filter(|l| !l.trim_start().starts_with("map_id:"))
            .collect();
        std::fs::write(p, kept.join("\n")).unwrap();
    };
    strip(&a);
    strip(&b);
    let out = journeymap(&["merge", s(&a), s(&a), s(&b), "-o", s(&out_file)]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    // --force merges anyway, and warns that most items are gone.
    let out = journeymap(&["merge", s(&a), s(&a), s(&b), "-o", s(&out_file), "--force"]);
    assert!(
        text(&out.stderr).contains("keeps only"),
        "{}",
        text(&out.stderr)
    );
    // A copy of a map is a version of it.
    let copy = d.join("copy.ron");
    std::fs::copy(&c, &copy).unwrap();
    let out = journeymap(&["diff", s(&c), s(&copy)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// 27.15: a conflict on a 4 MB text printed both texts in full.
#[test]
fn conflict_lines_cut_their_values() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = new_map(d, "base.ron", "current-state");
    let mut m = journeymap::io::load_file(&base).unwrap().map;
    let set_text = |m: &mut journeymap::model::JourneyMap, text: String| {
        m.lanes[0].cards[0].text = text;
    };
    set_text(&mut m, "ours ".repeat(400_000));
    let ours = d.join("ours.ron");
    journeymap::io::save_file(&ours, &m).unwrap();
    set_text(&mut m, "theirs ".repeat(300_000));
    let theirs = d.join("theirs.ron");
    journeymap::io::save_file(&theirs, &m).unwrap();
    let out_file = d.join("out.ron");
    let out = journeymap(&["merge", s(&base), s(&ours), s(&theirs), "-o", s(&out_file)]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("conflict: card"), "{err}");
    assert!(err.len() < 4_000, "{} bytes on stderr", err.len());
    // The map keeps both whole.
    let merged = std::fs::read_to_string(&out_file).unwrap();
    assert!(merged.len() > 3_000_000);
}

/// 27.17: ids past 2^53 were JSON numbers JavaScript reads inexactly.
#[test]
fn ids_are_strings_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let old = new_map(d, "old.ron", "current-state");
    let mut m = journeymap::io::load_file(&old).unwrap().map;
    let big = (1u64 << 53) + 1;
    m.lanes[0].cards[0].id = journeymap::model::CardId(big);
    journeymap::io::save_file(&old, &m).unwrap();
    m.lanes[0].cards[0].text = "changed".into();
    let new = d.join("new.ron");
    journeymap::io::save_file(&new, &m).unwrap();
    let out = journeymap(&["diff", s(&old), s(&new), "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(printed.contains(&format!("card {big}")), "{printed}");
    assert!(
        !printed.contains(&format!(": {big}")),
        "an id as a number: {printed}"
    );
    let reviews = d.join("r.csv");
    std::fs::write(&reviews, "Review\nGood\n").unwrap();
    let out = journeymap(&["reviews", "add", s(&new), s(&reviews), "-o", s(&new)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = journeymap(&["reviews", "list", s(&new), "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(list[0]["id"].is_string(), "{list}");
}

/// Issue 26.5: two copies imported the same export; the merge doubled it.
#[test]
fn a_merge_keeps_reviews_both_copies_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = new_map(d, "base.ron", "current-state");
    let mut csv = String::from("Дата;Автор;Оценка;Отзыв\n");
    for i in 0..36 {
        csv += &format!(
            "0{}.03.2025;Клиент {i};4;ТО прошло нормально, отзыв {i}\n",
            i % 9 + 1
        );
    }
    let file = d.join("отзывы.csv");
    std::fs::write(&file, csv).unwrap();
    let ours = d.join("ours.ron");
    let theirs = d.join("theirs.ron");
    for copy in [&ours, &theirs] {
        let out = journeymap(&["reviews", "add", s(&base), s(&file), "-o", s(copy)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let a = journeymap::io::load_file(&ours).unwrap().map;
    let b = journeymap::io::load_file(&theirs).unwrap().map;
    assert_ne!(
        a.reviews[0].id, b.reviews[0].id,
        "each copy numbered its own"
    );
    let merged = d.join("merged.ron");
    let out = journeymap(&["merge", s(&base), s(&ours), s(&theirs), "-o", s(&merged)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let m = journeymap::io::load_file(&merged).unwrap().map;
    assert_eq!(m.reviews.len(), 36, "not 72");
}

#[cfg(unix)]
fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// 27.4: a FIFO named like a recovery copy blocked the app's start forever.
#[test]
#[cfg(unix)]
fn a_fifo_named_like_a_recovery_copy_neither_blocks_nor_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("recovery-1-ab.ron");
    let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    // A thread, so a regression fails the test instead of hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    let path = dir.path().to_path_buf();
    std::thread::spawn(move || {
        let orphans = orphaned_recoveries(&path);
        let said: Vec<String> = orphans
            .iter()
            .map(|o| o.copy.as_ref().err().cloned().unwrap_or_default())
            .collect();
        tx.send(said).unwrap();
    });
    let said = rx
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("reading the recovery folder must not wait on a FIFO");
    assert_eq!(said.len(), 1);
    assert!(said[0].contains("not a regular file"), "{said:?}");
}

/// 27.4: a recovery folder that is a link to a shared folder had its target
/// closed to 0700 and copies written into it.
#[test]
#[cfg(unix)]
fn a_recovery_folder_that_is_a_link_is_not_used() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
    let link = dir.path().join("journeymap");
    std::os::unix::fs::symlink(&shared, &link).unwrap();
    assert!(RecoverySlot::claim_new(&link).is_err());
    assert!(orphaned_recoveries(&link).is_empty());
    assert_eq!(mode_of(&shared), 0o777, "the shared folder keeps its mode");
    assert_eq!(std::fs::read_dir(&shared).unwrap().count(), 0);

    // A real folder of ours works, and is closed to others.
    let own = dir.path().join("own");
    let slot = RecoverySlot::claim_new(&own).unwrap();
    write_recovery(&own, &slot, &Recovery::now(&JourneyMap::default(), None)).unwrap();
    assert_eq!(mode_of(&own), 0o700);
}

/// 27.12: quote ratings NaN, inf, 1e308 and −5 were printed ("rated NaN on
/// 0–10"); they are repaired on load like review ratings, with a warning
/// whose number is short (1e308, not 309 digits).
#[test]
fn quote_ratings_that_are_not_on_their_scale_are_repaired_on_load() {
    let mut map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let values = [f64::NAN, f64::INFINITY, 1e308, -5.0, 4.0];
    for (i, value) in values.into_iter().enumerate() {
        map.lanes[0].cards[i]
            .evidence
            .push(journeymap::model::Evidence {
                quote: format!("quote {i}"),
                rating: Some(journeymap::model::ReviewRating {
                    value,
                    scale: journeymap::model::RatingScale::OneToFive,
                }),
                ..Default::default()
            });
    }
    let text = journeymap::io::to_ron_string(&map);
    let loaded = journeymap::io::parse_map(text.as_bytes()).unwrap();
    let ratings: Vec<Option<f64>> = (0..values.len())
        .map(|i| {
            let card = &loaded.map.lanes[0].cards[i];
            card.evidence.last().unwrap().rating.map(|r| r.value)
        })
        .collect();
    assert_eq!(ratings, [None, None, Some(5.0), Some(1.0), Some(4.0)]);
    let said: Vec<String> = loaded.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(said.len(), 4, "{said:?}");
    assert!(said.iter().any(|w| w.contains("1e308")), "{said:?}");
    assert!(said.iter().all(|w| w.len() < 200), "{said:?}");
}
