//! Folders only this user may use: the recovery folder and the folder of
//! pictures pasted into maps never saved. Both sit where another local user
//! could plant a link or a folder first (a shared `/tmp`), so a folder is
//! used only when it is a real directory — not a link — owned by this user
//! and closed to everyone else (mode 0700). Sweeping one opens it without
//! following links and removes entries by name relative to that open
//! folder, so a link swapped in meanwhile changes nothing.

use std::ffi::OsString;
use std::path::Path;

/// Create `dir` (and its parents) if it is missing, as a folder only this
/// user may open; an existing folder of ours that others may open is
/// closed (0700). Refused — nothing created or changed — when `dir` is a
/// link, not a folder, or someone else's.
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    // `create_dir_all` accepts a link to a folder as "already there": the
    // check below looks at the entry itself.
    builder.create(dir)?;
    #[cfg(unix)]
    {
        let opened = PrivateDir::open_unchecked(dir)?;
        opened.check_owner()?;
        if opened.mode & 0o077 != 0 {
            // SAFETY: fchmod on a descriptor we own; no memory is involved.
            if unsafe { libc::fchmod(opened.fd(), 0o700) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
    }
    Ok(())
}

/// Why a folder is not private: an error that names what was found.
fn not_private(dir: &Path, why: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        format!("{}: {why}; it is not used", dir.display()),
    )
}

/// An open private folder: its entries are listed, read and removed
/// relative to the open descriptor, never through the path again.
#[cfg(unix)]
pub struct PrivateDir {
    dir: std::fs::File,
    uid: u32,
    mode: u32,
    path: std::path::PathBuf,
}

/// A file inside a [`PrivateDir`], seen without following links.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: OsString,
    /// A regular file (not a link, folder, FIFO or device).
    pub is_file: bool,
    pub modified: std::time::SystemTime,
}

#[cfg(unix)]
impl PrivateDir {
    /// Open `dir` for sweeping: refused unless it is a real folder (a link
    /// is not followed) of this user's with mode 0700 (no bits for others).
    pub fn open(dir: &Path) -> std::io::Result<PrivateDir> {
        let opened = PrivateDir::open_unchecked(dir)?;
        opened.check_owner()?;
        if opened.mode & 0o077 != 0 {
            return Err(not_private(dir, "others may open this folder"));
        }
        Ok(opened)
    }

    fn open_unchecked(dir: &Path) -> std::io::Result<PrivateDir> {
        use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
        let link = std::fs::symlink_metadata(dir)?;
        if link.file_type().is_symlink() {
            return Err(not_private(dir, "this is a link, not a folder"));
        }
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(dir)
            .map_err(|e| match e.raw_os_error() {
                Some(libc::ELOOP) => not_private(dir, "this is a link, not a folder"),
                Some(libc::ENOTDIR) => not_private(dir, "this is not a folder"),
                _ => e,
            })?;
        let meta = file.metadata()?;
        Ok(PrivateDir {
            dir: file,
            uid: meta.uid(),
            mode: meta.mode() & 0o7777,
            path: dir.to_path_buf(),
        })
    }

    fn check_owner(&self) -> std::io::Result<()> {
        // SAFETY: getuid has no preconditions and cannot fail.
        let me = unsafe { libc::getuid() };
        if self.uid != me {
            return Err(not_private(&self.path, "another user owns this folder"));
        }
        Ok(())
    }

    fn fd(&self) -> libc::c_int {
        use std::os::fd::AsRawFd;
        self.dir.as_raw_fd()
    }

    /// The folder's entries (not `.` and `..`), each seen without
    /// following links.
    pub fn entries(&self) -> std::io::Result<Vec<Entry>> {
        use std::os::unix::ffi::OsStrExt;
        // fdopendir takes the descriptor it is given: give it a copy.
        // SAFETY: dup of a descriptor we own.
        let copy = unsafe { libc::dup(self.fd()) };
        if copy < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: `copy` is a fresh descriptor of a directory; on success
        // the stream owns it and closedir closes both.
        let stream = unsafe { libc::fdopendir(copy) };
        if stream.is_null() {
            let e = std::io::Error::last_os_error();
            // SAFETY: closing the copy fdopendir did not take.
            unsafe { libc::close(copy) };
            return Err(e);
        }
        // The copy shares the original's position: start from the top.
        // SAFETY: a valid stream from fdopendir.
        unsafe { libc::rewinddir(stream) };
        let mut names = Vec::new();
        loop {
            // SAFETY: a valid stream; the entry is read before the next call.
            let entry = unsafe { libc::readdir(stream) };
            if entry.is_null() {
                break;
            }
            // SAFETY: d_name is a NUL-terminated name inside the entry.
            let name = unsafe { std::ffi::CStr::from_ptr((*entry).d_name.as_ptr()) };
            let bytes = name.to_bytes();
            if bytes != b"." && bytes != b".." {
                names.push(OsString::from(std::ffi::OsStr::from_bytes(bytes)));
            }
        }
        // SAFETY: the stream from fdopendir, closed once.
        unsafe { libc::closedir(stream) };
        Ok(names.into_iter().filter_map(|n| self.entry(n)).collect())
    }

    fn entry(&self, name: OsString) -> Option<Entry> {
        let c_name = c_name(&name)?;
        // SAFETY: a zeroed stat is a valid out-parameter.
        let mut stat: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: valid descriptor, NUL-terminated name, valid out pointer.
        let done = unsafe {
            libc::fstatat(
                self.fd(),
                c_name.as_ptr(),
                &mut stat,
                libc::AT_SYMLINK_NOFOLLOW,
            )
        };
        if done != 0 {
            return None;
        }
        let seconds = u64::try_from(stat.st_mtime).unwrap_or(0);
        Some(Entry {
            name,
            is_file: stat.st_mode & libc::S_IFMT == libc::S_IFREG,
            modified: std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds),
        })
    }

    /// Remove the entry `name` of this folder (a file, never a folder).
    pub fn remove(&self, name: &std::ffi::OsStr) -> std::io::Result<()> {
        let c_name = c_name(name).ok_or_else(|| std::io::Error::other("a name with NUL"))?;
        // SAFETY: valid descriptor and NUL-terminated name.
        if unsafe { libc::unlinkat(self.fd(), c_name.as_ptr(), 0) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
}

#[cfg(unix)]
fn c_name(name: &std::ffi::OsStr) -> Option<std::ffi::CString> {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::CString::new(name.as_bytes()).ok()
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_link_is_never_a_private_folder() {
        let root = tempfile::tempdir().unwrap();
        let target = root.path().join("theirs");
        std::fs::create_dir(&target).unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o755)).unwrap();
        let link = root.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(ensure_private_dir(&link).is_err());
        assert!(PrivateDir::open(&link).is_err());
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o755, "the link's target keeps its mode");
    }

    #[test]
    fn an_open_folder_of_ours_is_closed_and_listed() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("mine");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(PrivateDir::open(&dir).is_err(), "0755 is not private");
        ensure_private_dir(&dir).unwrap();
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        std::fs::write(dir.join("a.png"), b"x").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.join("b.png")).unwrap();
        let opened = PrivateDir::open(&dir).unwrap();
        let mut entries = opened.entries().unwrap();
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let seen: Vec<(String, bool)> = (entries.iter())
            .map(|e| (e.name.to_string_lossy().into_owned(), e.is_file))
            .collect();
        assert_eq!(
            seen,
            [("a.png".to_string(), true), ("b.png".to_string(), false)]
        );
        opened.remove(std::ffi::OsStr::new("a.png")).unwrap();
        assert!(!dir.join("a.png").exists());
    }
}
