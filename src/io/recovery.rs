//! Crash recovery: while a map has unsaved changes the app keeps a copy in
//! its data folder (never over the user's file). After a crash the next start
//! offers it back; a successful save or an explicit discard removes it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::write_atomically;
use crate::model::JourneyMap;

/// File name of the recovery copy inside the app's data folder.
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

/// Write the recovery copy atomically into `dir` (created if needed).
pub fn write_recovery(dir: &Path, recovery: &Recovery) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let text = ron::ser::to_string_pretty(recovery, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    write_atomically(&dir.join(RECOVERY_FILE), text.as_bytes())
}

/// The recovery copy in `dir`, if there is one. A damaged copy is reported
/// as an error (and left in place for the user to inspect).
pub fn read_recovery(dir: &Path) -> Option<Result<Recovery, String>> {
    let path = dir.join(RECOVERY_FILE);
    let text = std::fs::read_to_string(&path).ok()?;
    Some(ron::from_str(&text).map_err(|e| format!("{}:{e}", path.display())))
}

/// Remove the recovery copy (after a save or an explicit discard).
pub fn discard_recovery(dir: &Path) {
    let _ = std::fs::remove_file(dir.join(RECOVERY_FILE));
}
