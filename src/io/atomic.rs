//! Safe writes: a temporary file in the same folder, synced, then renamed over
//! the target. A crash or a full disk mid-write leaves the old file whole,
//! and a write that fails leaves nothing behind.

use std::io::Write;
use std::path::Path;

/// Write `bytes` to `path` atomically (temp file + fsync + rename). On
/// failure the old file, if any, is unchanged and no temporary file is left.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // A folder in the way is refused before anything is created.
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        #[cfg(unix)]
        return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
        #[cfg(not(unix))]
        return Err(std::io::ErrorKind::IsADirectory.into());
    }
    let mut file = atomic_write_file::AtomicWriteFile::open(path)?;
    file.write_all(bytes)?;
    file.flush()?;
    let temporary = TemporaryFile::of(&file);
    // `commit` syncs the data and the directory entry before returning. When
    // its final rename fails, the temporary file it linked into the folder
    // stays: remove it (dropping an uncommitted file removes it itself).
    file.commit().inspect_err(|_| temporary.remove_from(path))
}

/// Which file a temporary file is, to find the name it was given in the
/// folder (`.NAME.XXXXXX`) and nothing else.
struct TemporaryFile {
    #[cfg(unix)]
    id: Option<(u64, u64)>,
}

impl TemporaryFile {
    fn of(file: &std::fs::File) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            TemporaryFile {
                id: file.metadata().ok().map(|m| (m.dev(), m.ino())),
            }
        }
        #[cfg(not(unix))]
        {
            let _ = file;
            TemporaryFile {}
        }
    }

    /// Remove the folder entry `.NAME.*` next to `path` that is this very
    /// file (same device and inode); never another file.
    fn remove_from(&self, path: &Path) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let (Some(id), Some(name)) = (self.id, path.file_name()) else {
                return;
            };
            let dir = match path.parent() {
                Some(dir) if !dir.as_os_str().is_empty() => dir,
                _ => Path::new("."),
            };
            let prefix = format!(".{}.", name.to_string_lossy());
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                if !entry.file_name().to_string_lossy().starts_with(&prefix) {
                    continue;
                }
                let same = std::fs::symlink_metadata(entry.path())
                    .is_ok_and(|m| m.is_file() && (m.dev(), m.ino()) == id);
                if same {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        #[cfg(not(unix))]
        let _ = path;
    }
}
