//! Reading a whole file with a size limit, for every file the user names
//! (maps, imports): a folder, a FIFO, a device such as `/dev/zero` or a huge
//! file gets a clear message instead of a hang.

use std::io::Read;
use std::path::Path;

use super::LoadError;

/// What a file is read as, for the messages ("is a folder, not a picture").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadAs {
    Map,
    Import,
    Reviews,
    Picture,
}

impl ReadAs {
    /// The word the translation files select their phrases by.
    fn code(self) -> &'static str {
        match self {
            ReadAs::Map => "map",
            ReadAs::Import => "import",
            ReadAs::Reviews => "reviews",
            ReadAs::Picture => "picture",
        }
    }
}

/// The bytes of `path`, refused when it is a folder, anything else that is
/// not a regular file (after following links: a FIFO, a socket, a device),
/// or longer than `limit`. Errors carry no path and no position (line 0);
/// callers add the path.
pub fn read_bounded(path: &Path, limit: u64, what: ReadAs) -> Result<Vec<u8>, LoadError> {
    let mb = |n: u64| (n / (1024 * 1024)).to_string();
    let said = |key, mut args: Vec<(&'static str, String)>| {
        args.push(("what", what.code().to_string()));
        LoadError::said(0, 0, key, args)
    };
    let too_big = |key, size: u64| said(key, vec![("size", mb(size)), ("limit", mb(limit))]);
    let cannot_open = |e: std::io::Error| {
        let key = match e.kind() {
            std::io::ErrorKind::NotFound => "read-not-found",
            std::io::ErrorKind::PermissionDenied => "read-no-permission",
            _ => "read-cannot-open",
        };
        said(key, vec![("detail", e.to_string())])
    };
    let meta = std::fs::metadata(path).map_err(cannot_open)?;
    if meta.is_dir() {
        return Err(said("read-folder", Vec::new()));
    }
    let not_regular =
        |meta: &std::fs::Metadata| said("read-not-regular", vec![("type", kind_of(meta).into())]);
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    // Opened without waiting (a FIFO put in its place after the check would
    // block until a writer comes), then judged again by what was opened.
    let file = open_no_wait(path).map_err(cannot_open)?;
    let failed = |e: std::io::Error| said("read-failed", vec![("detail", e.to_string())]);
    let meta = file.metadata().map_err(failed)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    if meta.len() > limit {
        return Err(too_big("read-too-big", meta.len()));
    }
    // Read at most one byte past the limit: the file may grow while read.
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    if bytes.len() as u64 > limit {
        return Err(too_big("read-grew-too-big", limit));
    }
    Ok(bytes)
}

/// `path` opened for reading without blocking on a FIFO; a regular file
/// reads as usual either way.
fn open_no_wait(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What kind of file that is not a regular one `meta` describes (the word
/// the translation files select by).
pub(super) fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "fifo";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "device";
        }
    }
    let _ = meta;
    "other"
}
