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
    // A folder in the way is refused before anything is created; so is a
    // device, FIFO or socket, which a rename would replace by a regular
    // file (`-o /dev/null` run as root replaced the machine's /dev/null).
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_dir() {
            #[cfg(unix)]
            return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
            #[cfg(not(unix))]
            return Err(std::io::ErrorKind::IsADirectory.into());
        }
        if !meta.is_file() {
            return Err(NotRegular::error(&meta));
        }
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

/// Why a write was refused: the path names something other than a regular
/// file. Carried inside the `io::Error` so messages can say it in the
/// interface language (`i18n::text::save_error_here`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRegular {
    /// "device", "fifo", "socket" or "other": the word the translation
    /// files select by.
    pub kind: &'static str,
}

impl NotRegular {
    fn error(meta: &std::fs::Metadata) -> std::io::Error {
        let kind = super::bounded::kind_of(meta);
        std::io::Error::new(std::io::ErrorKind::InvalidInput, NotRegular { kind })
    }

    /// The `NotRegular` inside `e`, if that is why it failed.
    pub fn of(e: &std::io::Error) -> Option<NotRegular> {
        e.get_ref()?.downcast_ref::<NotRegular>().copied()
    }
}

impl std::fmt::Display for NotRegular {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            "device" => "a device",
            "fifo" => "a FIFO (named pipe)",
            "socket" => "a socket",
            _ => "something other than a file",
        };
        write!(
            f,
            "it is {what}, not a regular file, and is never replaced; nothing was written"
        )
    }
}

impl std::error::Error for NotRegular {}

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
