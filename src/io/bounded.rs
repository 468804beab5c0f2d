//! Reading a whole file with a size limit, for every file the user names
//! (maps, imports): a folder, a FIFO, a device such as `/dev/zero` or a huge
//! file gets a clear message instead of a hang.

use std::io::Read;
use std::path::Path;

/// The bytes of `path`, refused when it is a folder, anything else that is
/// not a regular file (after following links: a FIFO, a socket, a device),
/// or longer than `limit`. `not_a` finishes "is a folder, not …" and
/// `limited` names what is limited ("imports"). Messages carry no path;
/// callers add it.
pub fn read_bounded(
    path: &Path,
    limit: u64,
    not_a: &str,
    limited: &str,
) -> Result<Vec<u8>, String> {
    let mb = |n: u64| n / (1024 * 1024);
    let too_big = |size: String| format!("is {size}; {limited} are limited to {} MB", mb(limit));
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot open: {e}"))?;
    if meta.is_dir() {
        return Err(format!("is a folder, not {not_a}"));
    }
    let not_regular = |meta: &std::fs::Metadata| {
        format!("is not a regular file ({}); give {not_a}", kind_of(meta))
    };
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    // Opened without waiting (a FIFO put in its place after the check would
    // block until a writer comes), then judged again by what was opened.
    let file = open_no_wait(path).map_err(|e| format!("cannot open: {e}"))?;
    let meta = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    if meta.len() > limit {
        return Err(too_big(format!("{} MB", mb(meta.len()))));
    }
    // Read at most one byte past the limit: the file may grow while read.
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(too_big(format!("more than {} MB", mb(limit))));
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

/// What kind of file that is not a regular one `meta` describes.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO, a named pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    let _ = meta;
    "not a file that holds data"
}
