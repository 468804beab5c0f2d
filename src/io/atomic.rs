//! Safe writes: a temporary file in the same folder, synced, then renamed over
//! the target. A crash or a full disk mid-write leaves the old file whole.

use std::io::Write;
use std::path::Path;

/// Write `bytes` to `path` atomically (temp file + fsync + rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = atomic_write_file::AtomicWriteFile::open(path)?;
    file.write_all(bytes)?;
    file.flush()?;
    // `commit` syncs the data and the directory entry before returning.
    file.commit()
}
