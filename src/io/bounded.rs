//! Reading a whole file with a size limit, for every file the user names
//! (maps, imports): a folder, a huge file or an endless device such as
//! `/dev/zero` gets a clear message instead of a hang.

use std::io::Read;
use std::path::Path;

/// The bytes of `path`, refused when it is a folder or longer than `limit`.
/// `not_a` finishes "is a folder, not …" and `limited` names what is
/// limited ("imports"). Messages carry no path; callers add it.
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
    if meta.len() > limit {
        return Err(too_big(format!("{} MB", mb(meta.len()))));
    }
    // Read at most one byte past the limit: devices and pipes report no size.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(too_big(format!("more than {} MB", mb(limit))));
    }
    Ok(bytes)
}
