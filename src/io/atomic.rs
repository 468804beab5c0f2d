//! Safe writes: a temporary file in the same folder, synced, then renamed over
//! the target. A crash or a full disk mid-write leaves the old file whole,
//! and a write that fails leaves nothing behind.

use std::io::Write;
use std::path::Path;

/// Write `bytes` to `path` atomically (temp file + fsync + rename). On
/// failure the old file, if any, is unchanged and no temporary file is left.
/// A symbolic link is written through: its target gets the bytes and keeps
/// its mode and owner (a dangling link's target is created), as editors do.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let resolved = resolve_links(path)?;
    let path = resolved.as_path();
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

/// `path` with symbolic links in its last component followed to the file
/// they name, which need not exist (a dangling link). Folders on the way
/// are followed by the system anyway.
fn resolve_links(path: &Path) -> std::io::Result<std::path::PathBuf> {
    /// Linux's limit on links followed in one lookup.
    const MAX_LINKS: usize = 40;
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(path);
        }
        let target = std::fs::read_link(&path)?;
        // A relative target is relative to the link's folder.
        path = match path.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    #[cfg(unix)]
    return Err(std::io::Error::from_raw_os_error(libc::ELOOP));
    #[cfg(not(unix))]
    return Err(std::io::Error::other("too many levels of symbolic links"));
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
