//! Saving: deterministic bytes, atomic replacement, clean failures.

use journeymap::io::{load_file, save_file, template_by_name};

#[test]
fn save_twice_gives_identical_bytes_and_reloads_equal() {
    let dir = tempfile::tempdir().unwrap();
    let map = template_by_name("service-blueprint")
        .unwrap()
        .instantiate()
        .unwrap();
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    save_file(&a, &map).unwrap();
    save_file(&b, &load_file(&a).unwrap().map).unwrap();
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(load_file(&b).unwrap().map, map);
}

#[test]
fn save_over_existing_file_replaces_it_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("map.ron");
    std::fs::write(&file, "old").unwrap();
    let map = template_by_name("blank").unwrap().instantiate().unwrap();
    save_file(&file, &map).unwrap();
    assert_eq!(load_file(&file).unwrap().map, map);
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "temporary files left behind");
}

/// Make `dir` read-only for everyone, root included: permissions for a normal
/// user, the immutable attribute (chattr +i) for root. Returns an undo.
#[cfg(unix)]
fn make_read_only(dir: &std::path::Path) -> Option<Box<dyn Fn()>> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join("probe");
    if std::fs::write(&probe, "x").is_err() {
        let d = dir.to_path_buf();
        return Some(Box::new(move || {
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
        }));
    }
    // Root ignores permissions; the immutable attribute still binds it.
    std::fs::remove_file(&probe).ok();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let ok = std::process::Command::new("chattr")
        .arg("+i")
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        return None;
    }
    let d = dir.to_path_buf();
    Some(Box::new(move || {
        std::process::Command::new("chattr")
            .arg("-i")
            .arg(&d)
            .status()
            .unwrap();
    }))
}

#[cfg(unix)]
#[test]
fn save_into_read_only_folder_fails_and_keeps_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("map.ron");
    let old = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    save_file(&file, &old).unwrap();
    let before = std::fs::read(&file).unwrap();
    let Some(undo) = make_read_only(dir.path()) else {
        eprintln!("cannot make a read-only folder here (root without chattr); skipped");
        return;
    };
    let mut changed = old.clone();
    changed.title = "Changed".into();
    let result = save_file(&file, &changed);
    undo();
    let err = result.unwrap_err();
    assert!(err.to_string().contains("read-only"), "{err}");
    assert!(err.to_string().contains("unchanged"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before, "old file changed");
    assert_eq!(load_file(&file).unwrap().map, old);
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary files left");
}

#[test]
fn save_to_a_folder_path_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("folder.ron");
    std::fs::create_dir(&sub).unwrap();
    let map = template_by_name("blank").unwrap().instantiate().unwrap();
    let err = save_file(&sub, &map).unwrap_err();
    assert!(err.to_string().contains("could not save"), "{err}");
    assert!(sub.is_dir(), "folder untouched");
}

/// The names in `dir`, sorted.
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_write_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    for name in ["map.ron", "out.svg", "out.md", "out.csv"] {
        std::fs::create_dir(dir.path().join(name)).unwrap();
    }
    let before = names_in(dir.path());
    let folder = dir.path().join("map.ron");
    assert!(save_file(&folder, &map).is_err());
    let svg = dir.path().join("out.svg");
    assert!(journeymap::export::export_to_file(&map, &svg, &Default::default()).is_err());
    for (name, format) in [
        ("out.md", journeymap::interop::Format::Markdown),
        ("out.csv", journeymap::interop::Format::Csv { bom: false }),
    ] {
        let path = dir.path().join(name);
        assert!(journeymap::interop::export_file(&map, &path, format).is_err());
    }
    assert_eq!(names_in(dir.path()), before, "temporary files left behind");
    // Nothing inside the folders either.
    for name in &before {
        assert!(names_in(&dir.path().join(name)).is_empty(), "{name}");
    }
}

#[cfg(unix)]
#[test]
fn writes_through_a_symlink_to_its_target_keeping_its_mode() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let map = template_by_name("blank").unwrap().instantiate().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    let is_link = |p: &std::path::Path| {
        std::fs::symlink_metadata(p)
            .unwrap()
            .file_type()
            .is_symlink()
    };

    // A map kept elsewhere, linked in by a relative link, through a chain.
    std::fs::create_dir(dir.path().join("store")).unwrap();
    std::fs::create_dir(dir.path().join("work")).unwrap();
    let target = dir.path().join("store/real.ron");
    std::fs::write(&target, "old").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("work/link.ron");
    symlink("../store/real.ron", &link).unwrap();
    let chain = dir.path().join("chain.ron");
    symlink(&link, &chain).unwrap();
    for path in [&link, &chain] {
        std::fs::write(&target, "old").unwrap();
        save_file(path, &map).unwrap();
        assert!(is_link(&link) && is_link(&chain), "the links stay links");
        assert_eq!(
            load_file(&target).unwrap().map,
            map,
            "the target is written"
        );
        assert_eq!(mode(&target), 0o640, "the target keeps its mode");
    }
    assert_eq!(names_in(&dir.path().join("store")), ["real.ron"]);

    // Exports too.
    let svg = dir.path().join("store/real.svg");
    std::fs::write(&svg, "old").unwrap();
    std::fs::set_permissions(&svg, std::fs::Permissions::from_mode(0o600)).unwrap();
    let svg_link = dir.path().join("work/picture.svg");
    symlink(&svg, &svg_link).unwrap();
    journeymap::export::export_to_file(&map, &svg_link, &Default::default()).unwrap();
    assert!(is_link(&svg_link));
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    assert_eq!(mode(&svg), 0o600);

    // A dangling link creates its target, with the mode a new file gets.
    let fresh = dir.path().join("fresh.ron");
    save_file(&fresh, &map).unwrap();
    let dangling = dir.path().join("work/dangling.ron");
    symlink("../store/new.ron", &dangling).unwrap();
    save_file(&dangling, &map).unwrap();
    assert!(is_link(&dangling));
    let created = dir.path().join("store/new.ron");
    assert_eq!(load_file(&created).unwrap().map, map);
    assert_eq!(mode(&created), mode(&fresh));
}

/// A map the loader would refuse (over 64 MB as a file) is not saved over
/// the good file: the error names its size and the limit, and the old file
/// stays whole and loads.
#[test]
fn a_map_too_large_to_open_again_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let mut map = journeymap::io::TEMPLATES[0].instantiate().unwrap();
    journeymap::io::save_file(&path, &map).unwrap();
    let before = std::fs::read(&path).unwrap();
    map.lanes[0].cards[0].text = "x".repeat(65 << 20);
    let e = journeymap::io::save_file(&path, &map)
        .expect_err("over the limit")
        .to_string();
    assert!(
        e.contains("the map would be 66 MB, more than the 64 MB journeymap opens"),
        "{e}"
    );
    assert!(e.contains("the previous file, if any, is unchanged"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}
