//! Crash recovery: while a map has unsaved changes the app keeps a copy in
//! its data folder (never over the user's file). After a crash the next start
//! offers it back; a successful save or an explicit discard removes it.
//!
//! Each open map has its own copy, `recovery-KEY.ron`, and the app holds a
//! lock on `recovery-KEY.lock` while the map is open: two windows never write
//! over each other's copy, and a copy is offered back only when no running
//! instance holds its lock (the operating system drops the lock of a process
//! that crashed). Copies are private: the folder is 0700, the files 0600.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::write_atomically;
use crate::model::JourneyMap;

/// File name of a recovery copy before copies were kept per map; still read.
pub const RECOVERY_FILE: &str = "recovery.ron";

/// An unsaved map kept for recovery.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// When the copy was written, in seconds since 1970 (UTC).
    pub saved_at: u64,
    /// The file the map belongs to, if it had been saved before.
    pub original: Option<PathBuf>,
    pub map: JourneyMap,
}

impl Recovery {
    /// A copy of `map` stamped with the current time.
    pub fn now(map: &JourneyMap, original: Option<&Path>) -> Recovery {
        let saved_at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Recovery {
            saved_at,
            original: original.map(Path::to_path_buf),
            map: map.clone(),
        }
    }

    /// "2026-11-26 14:05 UTC".
    pub fn time_label(&self) -> String {
        let days = self.saved_at / 86_400;
        let secs = self.saved_at % 86_400;
        format!(
            "{} {:02}:{:02} UTC",
            crate::date::date_from_days(days as i64),
            secs / 3600,
            secs % 3600 / 60
        )
    }
}

/// The right to one recovery copy: its key and the lock that says a running
/// instance owns it. Dropping the slot releases the lock (the copy stays).
#[derive(Debug)]
pub struct RecoverySlot {
    pub key: String,
    _lock: File,
}

impl RecoverySlot {
    /// A new slot for a map opened in this process, locked by it.
    pub fn claim_new(dir: &Path) -> std::io::Result<RecoverySlot> {
        private_dir(dir)?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let key = format!("{}-{nanos:x}", std::process::id());
        RecoverySlot::try_claim(dir, &key)?
            .ok_or_else(|| std::io::Error::other("recovery slot already taken"))
    }

    /// The slot `key` if no running instance holds it.
    fn try_claim(dir: &Path, key: &str) -> std::io::Result<Option<RecoverySlot>> {
        let lock = private_file(&dir.join(format!("recovery-{key}.lock")))?;
        match lock.try_lock() {
            Ok(()) => Ok(Some(RecoverySlot {
                key: key.to_string(),
                _lock: lock,
            })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    fn copy_path(&self, dir: &Path) -> PathBuf {
        copy_path(dir, &self.key)
    }
}

fn copy_path(dir: &Path, key: &str) -> PathBuf {
    if key.is_empty() {
        dir.join(RECOVERY_FILE)
    } else {
        dir.join(format!("recovery-{key}.ron"))
    }
}

/// Create `dir` readable by the user alone; refused when it is a link or
/// someone else's (see [`super::private_dir`]).
fn private_dir(dir: &Path) -> std::io::Result<()> {
    super::private_dir::ensure_private_dir(dir)
}

/// Open (creating) a file only the user can read and write.
fn private_file(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
        // A link or a FIFO planted under a lock's name is not followed
        // into, nor waited on.
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other(format!(
            "{} is not a regular file",
            path.display()
        )));
    }
    Ok(file)
}

/// Write the recovery copy of `slot` atomically into `dir`, readable by the
/// user alone.
pub fn write_recovery(dir: &Path, slot: &RecoverySlot, recovery: &Recovery) -> std::io::Result<()> {
    private_dir(dir)?;
    let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    let path = slot.copy_path(dir);
    write_atomically(&path, text.as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

/// A copy left behind by an instance that is no longer running, claimed by
/// this one (so no other instance offers it meanwhile).
#[derive(Debug)]
pub struct Orphan {
    pub slot: RecoverySlot,
    /// The copy, or why it cannot be read (it is left in place).
    pub copy: Result<Recovery, String>,
}

/// Every copy in `dir` that no running instance owns, oldest first.
pub fn orphaned_recoveries(dir: &Path) -> Vec<Orphan> {
    // Copies are only ever written into a private folder: anything else
    // (a link to a shared folder) offers nothing. No folder, no copies —
    // and none is made just to look.
    if std::fs::symlink_metadata(dir).is_err() || private_dir(dir).is_err() {
        return Vec::new();
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut keys: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == RECOVERY_FILE {
                return Some(String::new());
            }
            let key = name.strip_prefix("recovery-")?.strip_suffix(".ron")?;
            Some(key.to_string())
        })
        .collect();
    keys.sort();
    let mut orphans: Vec<Orphan> = keys
        .into_iter()
        .filter_map(|key| {
            let slot = RecoverySlot::try_claim(dir, &key).ok()??;
            let path = slot.copy_path(dir);
            let copy = read_copy(&path).and_then(|text| {
                ron::from_str::<Recovery>(&text).map_err(|e| format!("{}:{e}", path.display()))
            });
            Some(Orphan { slot, copy })
        })
        .collect();
    orphans.sort_by_key(|o| o.copy.as_ref().map_or(0, |r| r.saved_at));
    orphans
}

/// A recovery copy's text, read as every file is (a regular file, bounded:
/// a FIFO planted under a copy's name neither blocks nor is read).
fn read_copy(path: &Path) -> Result<String, String> {
    let limit = super::MAX_FILE_BYTES + (1 << 20);
    let bytes = super::read_bounded(path, limit, super::ReadAs::Map)
        .map_err(|e| e.in_file(path).to_string())?;
    String::from_utf8(bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// The text of every recovery copy in `dir` (the picture sweep keeps what
/// they name); `None` when `dir` is there but not a private folder, so
/// nothing can be said of what it may still restore.
pub(super) fn recovery_texts(dir: Option<&Path>) -> Option<Vec<String>> {
    let Some(dir) = dir else {
        return Some(Vec::new());
    };
    if std::fs::symlink_metadata(dir).is_err() {
        return Some(Vec::new());
    }
    #[cfg(unix)]
    if super::private_dir::PrivateDir::open(dir).is_err() {
        return None;
    }
    let texts = recovery_files(dir)
        .iter()
        .filter_map(|path| read_copy(path).ok())
        .collect();
    Some(texts)
}

/// The recovery copies in `dir` (for tests and tools).
pub fn recovery_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "ron")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("recovery"))
        })
        .collect();
    files.sort();
    files
}

/// Remove the copy of `slot` and its lock file (after a save or an explicit
/// discard), releasing the slot.
pub fn discard_recovery(dir: &Path, slot: RecoverySlot) {
    let _ = std::fs::remove_file(slot.copy_path(dir));
    let lock = dir.join(format!("recovery-{}.lock", slot.key));
    drop(slot);
    let _ = std::fs::remove_file(lock);
}
