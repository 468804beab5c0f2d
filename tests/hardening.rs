//! Issue 27's hostile cases, one regression test each: files of the user's
//! that must never be touched, outputs that are not regular files, bounded
//! review readers, text that cannot steer a terminal, merges of maps that
//! are not versions of each other. Sizes are measured in a child process
//! with a memory limit (see `tests/cli.rs`'s helpers), never by taking the
//! test machine's memory.

use std::path::Path;

use journeymap::io::{Recovery, RecoverySlot, orphaned_recoveries, write_recovery};
use journeymap::model::JourneyMap;

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
