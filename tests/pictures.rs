//! Pictures on the map (issue 18), below the interface: the file format
//! (storyboard lanes, card `image` and `alt`), the assets folder beside a
//! map (content-hashed copies, relative references, pasted pixels, "Save
//! as…" to another folder), the limits, text formats and merge.

use std::path::{Path, PathBuf};

use journeymap::edit::{self, Command};
use journeymap::interop::{Format, export_text, import_str};
use journeymap::io::assets::{
    assets_dir, copy_assets, import_picture, import_rgba, sweep_unsaved_assets, unsaved_assets_dir,
};
use journeymap::io::{parse_map, template_by_name, to_ron_string};
use journeymap::model::{
    Card, CardId, JourneyMap, Lane, LaneId, LaneKind, PhotoError, PictureOwner, image_header,
};

/// The current-state template with a storyboard lane of three pictures
/// (one with alt text), one per stage, and a picture on an action card.
fn storyboard_map() -> JourneyMap {
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let mut lane = Lane::new(LaneId(9000), LaneKind::Storyboard);
    for (i, stage) in map.stages.iter().take(3).enumerate() {
        let mut card = Card::new(
            CardId(9001 + i as u64),
            stage.id,
            format!("Scene {}", i + 1),
        );
        card.image = Some(format!("trip.assets/scene{i}.png"));
        lane.cards.push(card);
    }
    lane.cards[0].alt = Some("Vasily at the dealer door".into());
    lane.cards[2].text.clear();
    map.lanes.insert(0, lane);
    map.lanes[1].cards[0].image = Some("photos/showroom.jpg".into());
    map
}

fn png(dir: &Path, name: &str, colour: [u8; 4], size: (u32, u32)) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    image::RgbaImage::from_pixel(size.0, size.1, image::Rgba(colour))
        .save(&path)
        .unwrap();
    path
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn storyboards_and_card_pictures_round_trip_and_old_files_are_unchanged() {
    let map = storyboard_map();
    let text = to_ron_string(&map);
    assert!(text.contains("kind: Storyboard"), "{text}");
    assert!(
        text.contains(r#"image: Some("trip.assets/scene0.png")"#),
        "{text}"
    );
    assert!(
        text.contains(r#"alt: Some("Vasily at the dealer door")"#),
        "{text}"
    );
    // Cards without a picture or alt text write neither.
    assert_eq!(text.matches("image: ").count(), 4);
    assert_eq!(text.matches("alt: ").count(), 1);
    let again = parse_map(text.as_bytes()).unwrap().map;
    assert_eq!(again, map);
    assert_eq!(to_ron_string(&again), text);
    // A file written before pictures existed loads as it was and saves
    // byte for byte the same.
    for name in ["current-state", "service-blueprint", "day-in-the-life"] {
        let path = format!("{}/templates/{name}.ron", env!("CARGO_MANIFEST_DIR"));
        let old = std::fs::read_to_string(&path).unwrap();
        let loaded = parse_map(old.as_bytes()).unwrap();
        assert!(loaded.warnings.is_empty(), "{name}: {:?}", loaded.warnings);
        assert!(loaded.map.pictures().next().is_none());
        assert_eq!(to_ron_string(&loaded.map), old, "{name}");
    }
}

#[test]
fn the_same_picture_taken_twice_is_stored_once_under_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let map_file = dir.path().join("maps/trip.ron");
    std::fs::create_dir_all(map_file.parent().unwrap()).unwrap();
    let source = png(
        dir.path(),
        "downloads/door.png",
        [10, 120, 200, 255],
        (40, 30),
    );
    let copy = png(
        dir.path(),
        "elsewhere/same-door.png",
        [10, 120, 200, 255],
        (40, 30),
    );
    let first = import_picture(Some(&map_file), &source).unwrap();
    let again = import_picture(Some(&map_file), &source).unwrap();
    let other_name = import_picture(Some(&map_file), &copy).unwrap();
    assert!(
        first.starts_with("trip.assets/") && first.ends_with(".png"),
        "{first}"
    );
    assert_eq!(first.len(), "trip.assets/".len() + 32 + 4, "{first}");
    assert_eq!(again, first);
    assert_eq!(other_name, first, "the same bytes are the same picture");
    let assets = assets_dir(&map_file);
    assert_eq!(files_in(&assets).len(), 1);
    let stored = dir.path().join("maps").join(&first);
    assert_eq!(
        std::fs::read(&stored).unwrap(),
        std::fs::read(&source).unwrap()
    );
    // Another picture is another file; the format comes from the bytes.
    let jpeg = dir.path().join("downloads/photo.png");
    image::RgbImage::from_pixel(20, 20, image::Rgb([200, 0, 0]))
        .save_with_format(&jpeg, image::ImageFormat::Jpeg)
        .unwrap();
    let second = import_picture(Some(&map_file), &jpeg).unwrap();
    assert!(second.ends_with(".jpg"), "{second}");
    assert_eq!(files_in(&assets).len(), 2);
}

#[test]
fn a_picture_inside_the_maps_folder_is_referenced_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let map_file = dir.path().join("trip.ron");
    let inside = png(dir.path(), "photos/showroom.png", [0, 0, 0, 255], (8, 8));
    assert_eq!(
        import_picture(Some(&map_file), &inside).unwrap(),
        "photos/showroom.png"
    );
    assert!(!assets_dir(&map_file).exists(), "nothing copied");
}

#[test]
fn pasted_pixels_become_a_png_in_the_assets_folder() {
    let dir = tempfile::tempdir().unwrap();
    let map_file = dir.path().join("trip.ron");
    let (w, h) = (3, 2);
    let rgba: Vec<u8> = (0..w * h)
        .flat_map(|i| [i as u8 * 40, 100, 200, 255 - i as u8])
        .collect();
    let path = import_rgba(Some(&map_file), w, h, &rgba).unwrap();
    assert!(
        path.starts_with("trip.assets/") && path.ends_with(".png"),
        "{path}"
    );
    let decoded = image::open(dir.path().join(&path)).unwrap().to_rgba8();
    assert_eq!(decoded.dimensions(), (w, h));
    assert_eq!(decoded.into_raw(), rgba);
    assert_eq!(import_rgba(Some(&map_file), w, h, &rgba).unwrap(), path);
    // Wrong lengths and sizes are said, not stored.
    let short = import_rgba(Some(&map_file), w, h, &rgba[1..]).unwrap_err();
    assert!(
        short.to_string().contains("23 bytes, not the 24"),
        "{short}"
    );
    assert!(import_rgba(Some(&map_file), 9000, 1, &[]).is_err());
    assert_eq!(files_in(&assets_dir(&map_file)).len(), 1);
}

/// A PNG whose header says `width` × `height` and which holds no pixels:
/// only a refusal from the header itself can say its size.
fn header_only_png(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 6, 0, 0, 0]);
    let crc = crc32(&ihdr);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc.to_be_bytes());
    // A pixel-data chunk that is not compressed data at all.
    let idat = b"IDATjunk";
    png.extend(4u32.to_be_bytes());
    png.extend(idat);
    png.extend(crc32(idat).to_be_bytes());
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn pictures_over_the_limits_are_refused_before_anything_is_decoded_or_copied() {
    let dir = tempfile::tempdir().unwrap();
    let map_file = dir.path().join("maps/trip.ron");
    std::fs::create_dir_all(map_file.parent().unwrap()).unwrap();
    let wide = dir.path().join("wide.png");
    std::fs::write(&wide, header_only_png(9000, 10)).unwrap();
    assert_eq!(
        image_header(&wide),
        Err(PhotoError::TooManyPixels {
            width: 9000,
            height: 10
        })
    );
    let err = import_picture(Some(&map_file), &wide)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("wide.png") && err.contains("9000 × 10 px"),
        "{err}"
    );
    // A folder, a device and a file over 32 MB are not pictures.
    let huge = dir.path().join("huge.png");
    std::fs::write(&huge, header_only_png(100, 100)).unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&huge)
        .unwrap()
        .set_len(33 << 20)
        .unwrap();
    for (file, why) in [
        (dir.path().to_path_buf(), "not a regular file"),
        (PathBuf::from("/dev/zero"), "not a regular file"),
        (huge.clone(), "33 MB, more than the 32 MB"),
    ] {
        let err = import_picture(Some(&map_file), &file)
            .unwrap_err()
            .to_string();
        assert!(err.contains(&file.display().to_string()), "{err}");
        assert!(err.contains(why), "{err}");
    }
    assert!(!assets_dir(&map_file).exists(), "nothing copied");
}

#[test]
fn save_as_to_another_folder_copies_the_pictures_and_moves_their_paths() {
    let dir = tempfile::tempdir().unwrap();
    let old_file = dir.path().join("a/trip.ron");
    std::fs::create_dir_all(old_file.parent().unwrap()).unwrap();
    let door = png(
        dir.path(),
        "downloads/door.png",
        [200, 30, 30, 255],
        (16, 12),
    );
    let stored = import_picture(Some(&old_file), &door).unwrap();
    png(dir.path(), "a/face.png", [30, 200, 30, 255], (10, 10));
    let mut map = storyboard_map();
    map.lanes[0].cards[0].image = Some(stored.clone());
    map.lanes[0].cards[1].image = Some(stored.clone());
    map.lanes[0].cards[2].image = Some("trip.assets/gone.png".into());
    map.lanes[1].cards[0].image = None;
    map.personas[0].photo = Some("face.png".into());
    let new_file = dir.path().join("b/copy.ron");
    std::fs::create_dir_all(new_file.parent().unwrap()).unwrap();

    let relink = copy_assets(&map, Some(&old_file), &new_file, false).unwrap();
    let hashed = stored.strip_prefix("trip.assets/").unwrap();
    let moved = format!("copy.assets/{hashed}");
    let to: Vec<(PictureOwner, &str)> = (relink.changes.iter())
        .map(|c| (c.owner, c.to.as_str()))
        .collect();
    assert_eq!(to.len(), 3, "{relink:?}");
    assert_eq!(to[0], (PictureOwner::Card(CardId(9001)), moved.as_str()));
    assert_eq!(to[1], (PictureOwner::Card(CardId(9002)), moved.as_str()));
    assert_eq!(to[2].0, PictureOwner::Persona(map.personas[0].id));
    assert!(to[2].1.starts_with("copy.assets/"));
    // The missing picture is named and left alone.
    assert_eq!(relink.missing.len(), 1);
    assert!(relink.missing[0].0.ends_with("trip.assets/gone.png"));
    assert_eq!(files_in(&assets_dir(&new_file)).len(), 2);

    // Applied as one edit, the map finds every picture from its new folder.
    let edit = edit::relink_pictures(&map, &relink.changes);
    assert_eq!(edit.commands.len(), 3);
    assert!(edit.apply_to(&mut map));
    for (_, path) in map.pictures().filter(|(_, p)| !p.ends_with("gone.png")) {
        let file = journeymap::model::photo_file(path, new_file.parent()).unwrap();
        assert!(file.starts_with(dir.path().join("b")), "{}", file.display());
    }
    // Saving the copy as itself again copies nothing more.
    let again = copy_assets(&map, Some(&new_file), &new_file, false).unwrap();
    assert!(again.changes.is_empty(), "{again:?}");
}

#[test]
fn a_map_never_saved_takes_its_pictures_in_at_the_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let door = png(dir.path(), "downloads/door.png", [1, 2, 3, 255], (4, 4));
    let dropped = import_picture(None, &door).unwrap();
    assert!(Path::new(&dropped).is_absolute(), "{dropped}");
    let pasted = import_rgba(None, 1, 1, &[9, 9, 9, 255]).unwrap();
    assert!(
        Path::new(&pasted).starts_with(unsaved_assets_dir()),
        "{pasted}"
    );
    let mut map = storyboard_map();
    map.lanes[0].cards[0].image = Some(dropped);
    map.lanes[0].cards[1].image = Some(pasted);
    map.lanes[0].cards[2].image = None;
    map.lanes[1].cards[0].image = None;
    let file = dir.path().join("new/first.ron");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let relink = copy_assets(&map, None, &file, false).unwrap();
    assert_eq!(relink.changes.len(), 2, "{relink:?}");
    assert!(
        relink
            .changes
            .iter()
            .all(|c| c.to.starts_with("first.assets/"))
    );
    assert_eq!(files_in(&assets_dir(&file)).len(), 2);

    // "Link to them where they are": the dropped file stays where it is,
    // the pasted pixels (in the temporary folder) are still copied in.
    let linked = dir.path().join("linked/second.ron");
    std::fs::create_dir_all(linked.parent().unwrap()).unwrap();
    let relink = copy_assets(&map, None, &linked, true).unwrap();
    assert_eq!(relink.changes.len(), 1, "{relink:?}");
    assert_eq!(
        relink.changes[0].from,
        map.lanes[0].cards[1].image.clone().unwrap()
    );
    assert_eq!(files_in(&assets_dir(&linked)).len(), 1);
}

/// A name pasting gives a picture: 32 hex digits.
fn hashed(n: u8, extension: &str) -> String {
    format!("{}.{extension}", format!("{n:02x}").repeat(16))
}

/// Make `file` a month old.
fn age_a_month(file: &Path) {
    let month_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(30 * 24 * 3600);
    let f = std::fs::File::options().write(true).open(file).unwrap();
    f.set_modified(month_ago).unwrap();
}

#[cfg(unix)]
fn private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir).unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
#[cfg(unix)]
fn old_pasted_pictures_no_recovery_copy_names_are_swept_away() {
    let dir = tempfile::tempdir().unwrap();
    let waiting = dir.path().join("waiting");
    private(&waiting);
    let recoveries = dir.path().join("recoveries");
    private(&recoveries);
    let old = |name: &str| {
        let file = png(&waiting, name, [5, 5, 5, 255], (2, 2));
        age_a_month(&file);
        file
    };
    let forgotten = old(&hashed(0xaa, "png"));
    let restorable = old(&hashed(0xbb, "png"));
    // A file the user put there is not one of ours, however old.
    let users_own = old("holiday.png");
    let fresh = png(&waiting, &hashed(0xcc, "png"), [6, 6, 6, 255], (2, 2));
    let recovery = format!(
        "(map: (image: Some({:?})))",
        restorable.display().to_string()
    );
    std::fs::write(recoveries.join("recovery-1-ab.ron"), recovery).unwrap();
    let two_weeks = std::time::Duration::from_secs(14 * 24 * 3600);

    let removed = sweep_unsaved_assets(&waiting, Some(&recoveries), two_weeks);
    assert_eq!(removed, 1);
    assert!(!forgotten.exists());
    assert!(restorable.exists(), "a recovery copy still names it");
    assert!(fresh.exists(), "younger than two weeks");
    assert!(users_own.exists(), "not a name pasting gives");
    assert_eq!(
        sweep_unsaved_assets(&dir.path().join("none"), None, two_weeks),
        0
    );
}

/// Issue 27.1: another local user plants the folder of pasted pictures as a
/// link to the user's documents; the sweep deleted every old file there.
#[test]
#[cfg(unix)]
fn the_sweep_never_follows_a_planted_link_nor_sweeps_a_folder_others_may_open() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let documents = dir.path().join("documents");
    private(&documents);
    let thesis = documents.join("thesis.odt");
    std::fs::write(&thesis, b"three years of work").unwrap();
    age_a_month(&thesis);
    let named_like_ours = png(&documents, &hashed(0x11, "png"), [1, 2, 3, 255], (2, 2));
    age_a_month(&named_like_ours);
    let planted = dir.path().join("journeymap-pictures-1000");
    std::os::unix::fs::symlink(&documents, &planted).unwrap();
    let two_weeks = std::time::Duration::from_secs(14 * 24 * 3600);
    assert_eq!(sweep_unsaved_assets(&planted, None, two_weeks), 0);
    assert!(thesis.exists() && named_like_ours.exists());

    // A real folder others may open is not ours to sweep either.
    std::fs::set_permissions(&documents, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(sweep_unsaved_assets(&documents, None, two_weeks), 0);
    assert!(named_like_ours.exists());
    // Inside our own private folder, a link named like ours is not followed.
    let waiting = dir.path().join("waiting");
    private(&waiting);
    std::os::unix::fs::symlink(&named_like_ours, waiting.join(hashed(0x22, "png"))).unwrap();
    assert_eq!(sweep_unsaved_assets(&waiting, None, two_weeks), 0);
    assert!(named_like_ours.exists());
}

#[test]
fn a_cards_picture_and_alt_are_set_in_one_undoable_step() {
    let mut map = storyboard_map();
    let id = map.lanes[2].cards[0].id;
    let edit = edit::set_card_picture(
        &map,
        id,
        Some("trip.assets/new.png".into()),
        Some("A map of the route".into()),
    )
    .unwrap();
    assert_eq!(edit.label, "Set picture");
    let before = map.clone();
    let mut history = edit::History::default();
    history.begin(edit.label);
    for command in edit.commands {
        assert!(history.apply(&mut map, command, edit.label));
    }
    history.commit();
    let card = map.card(id).unwrap().1.clone();
    assert_eq!(card.image.as_deref(), Some("trip.assets/new.png"));
    assert_eq!(card.alt.as_deref(), Some("A map of the route"));
    // Setting the same again is no edit; blank clears; undo puts it back.
    assert!(edit::set_card_picture(&map, id, card.image.clone(), card.alt.clone()).is_none());
    let clear = edit::set_card_picture(&map, id, Some("  ".into()), None).unwrap();
    match &clear.commands[0] {
        Command::UpdateCard { card } => assert_eq!((&card.image, &card.alt), (&None, &None)),
        other => panic!("{other:?}"),
    }
    let mut undone = map.clone();
    assert_eq!(history.undo(&mut undone).as_deref(), Some("Set picture"));
    assert_eq!(undone, before);
    // A new card holding a dropped picture, in a storyboard lane made as
    // any lane is.
    let (add, lane) = edit::add_lane(&map, LaneKind::Storyboard, 0);
    add.apply_to(&mut map);
    assert_eq!(map.lanes[0].title, "Storyboard");
    let stage = map.stages[1].id;
    let (add, card) = edit::add_picture_card(&map, lane, stage, "p.png".into(), None).unwrap();
    add.apply_to(&mut map);
    assert_eq!(map.card(card).unwrap().1.image.as_deref(), Some("p.png"));
}

#[test]
fn find_looks_in_the_alt_text_of_pictures() {
    use journeymap::model::search::{Found, Query, find};
    let map = storyboard_map();
    let hits = find(&map, &Query::new("dealer door").unwrap());
    assert_eq!(hits, vec![Found::Card(CardId(9001))]);
}

#[test]
fn lane_kind_names_are_in_every_language() {
    use journeymap::i18n::names::lane_kind;
    use journeymap::model::Lang;
    assert_eq!(lane_kind(Lang::En, LaneKind::Storyboard), "Storyboard");
    assert_eq!(lane_kind(Lang::Ru, LaneKind::Storyboard), "Раскадровка");
    assert_eq!(lane_kind(Lang::Lv, LaneKind::Storyboard), "Kadru plāns");
    assert!(LaneKind::ALL.contains(&LaneKind::Storyboard));
    assert_eq!(
        LaneKind::Storyboard.content(),
        journeymap::model::LaneContent::Cards
    );
}

#[test]
fn csv_keeps_pictures_and_markdown_shows_them_mermaid_leaves_them_out() {
    let mut map = storyboard_map();
    map.lanes[0].cards[1].image = Some("my pics/50% (1).png".into());
    map.lanes[0].cards[1].text = "![looks](like one)".into();
    let csv = export_text(&map, Format::Csv { bom: false });
    assert!(
        csv.contains("![Vasily at the dealer door](trip.assets/scene0.png) Scene 1"),
        "{csv}"
    );
    let back = import_str(&csv, Format::Csv { bom: false }).unwrap().map;
    assert_eq!(back.lanes[0].kind, LaneKind::Storyboard);
    let cards = |m: &JourneyMap, lane: usize| -> Vec<(String, Option<String>, Option<String>)> {
        (m.lanes[lane].cards.iter())
            .map(|c| (c.text.clone(), c.image.clone(), c.alt.clone()))
            .collect()
    };
    assert_eq!(cards(&back, 0), cards(&map, 0));
    assert_eq!(cards(&back, 1), cards(&map, 1));

    let md = export_text(&map, Format::Markdown);
    assert!(
        md.contains("![Vasily at the dealer door](trip.assets/scene0.png)<br>Scene 1"),
        "{md}"
    );
    assert!(md.contains("(my%20pics/50%25%20%281%29.png)"), "{md}");
    assert!(md.contains("![](photos/showroom.jpg)"), "{md}");
    let mermaid = export_text(&map, Format::Mermaid);
    assert!(
        !mermaid.contains(".png") && !mermaid.contains(".jpg"),
        "{mermaid}"
    );
}

#[test]
fn diff_and_merge_see_a_cards_picture_like_its_other_fields() {
    use journeymap::merge::diff::{as_text, diff};
    let base = storyboard_map();
    let mut ours = base.clone();
    ours.lanes[0].cards[0].image = Some("trip.assets/other.png".into());
    ours.lanes[0].cards[0].alt = None;
    let text = as_text(&diff(&base, &ours));
    assert!(
        text.contains("image") && text.contains("trip.assets/other.png"),
        "{text}"
    );
    assert!(text.contains("alt"), "{text}");
    let mut theirs = base.clone();
    theirs.lanes[0].cards[0].text = "Scene one".into();
    let merged = journeymap::merge::merge(&base, &ours, &theirs);
    let card = &merged.map.lanes[0].cards[0];
    assert_eq!(card.image.as_deref(), Some("trip.assets/other.png"));
    assert_eq!(card.alt, None);
    assert_eq!(card.text, "Scene one");
    assert!(merged.conflicts.is_empty());
}

#[test]
fn check_names_the_pictures_that_cannot_be_read_and_still_passes() {
    let dir = tempfile::tempdir().unwrap();
    let mut map = storyboard_map();
    for card in map.lanes.iter_mut().flat_map(|l| &mut l.cards) {
        card.image = None;
    }
    let fine = png(dir.path(), "fine.png", [10, 200, 30, 255], (40, 30));
    let card = map.lanes[0].cards[0].id;
    map.lanes[0].cards[0].image = Some("gone.png".into());
    map.lanes[0].cards[1].image = Some(fine.file_name().unwrap().to_string_lossy().into());
    let path = dir.path().join("map.ron");
    journeymap::io::save_file(&path, &map).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "a missing picture does not fail check"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("the picture of card {card}")) && err.contains("gone.png"),
        "{err}"
    );
    assert!(!err.contains("fine.png"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}
