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
