//! Pictures beside a map: `trip.assets/` next to `trip.ron` holds the
//! pictures put on its cards, each named by a hash of its bytes, so the
//! same picture is stored once and saving again changes nothing. The map
//! file holds only their paths (`trip.assets/3f9c….png`), relative, so a
//! map and its folder move together. A picture already inside the map's
//! folder is referenced where it is.
//!
//! A map not saved yet has no folder: a dropped file is referenced by its
//! absolute path and pasted pixels go to a private folder of the user's
//! temporary folder ([`unsaved_assets_dir`]); the first save copies them in
//! ([`copy_assets`] with no old file). Files are checked by the rules of
//! persona photos ([`crate::model::image_header`]) before anything is copied.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{LoadError, ReadAs, read_bounded, write_atomically};
use crate::model::{
    JourneyMap, MAX_PHOTO_BYTES, PathChange, PhotoError, image_header, photo_size_allowed,
    resolve_photo,
};

/// Why a picture could not be taken or copied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssetError {
    /// The picture `file` (`None`: pasted) may not go on a card: why. The
    /// app says it in the interface language.
    Refused {
        file: Option<PathBuf>,
        why: PhotoError,
    },
    /// The file could not be read (it went away, or grew past the limit
    /// after its header was checked).
    Read(LoadError),
    /// Anything else (a disk that refuses a write, a name that is not
    /// Unicode), naming the file, in English.
    Other(String),
}

impl AssetError {
    fn refused(file: &Path, why: PhotoError) -> AssetError {
        AssetError::Refused {
            file: Some(file.to_path_buf()),
            why,
        }
    }
}

impl std::fmt::Display for AssetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AssetError::Refused {
                file: Some(file),
                why,
            } => write!(f, "{}: cannot be put on a card: {why}", file.display()),
            AssetError::Refused { file: None, why } => {
                write!(f, "the pasted picture cannot be put on a card: {why}")
            }
            AssetError::Read(e) => write!(f, "{e}"),
            AssetError::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for AssetError {}

/// The assets folder of the map saved as `map_file`: `trip.ron` → `trip.assets`.
pub fn assets_dir(map_file: &Path) -> PathBuf {
    map_file.with_extension("assets")
}

/// Where pictures pasted into maps not saved yet wait for the first save:
/// a folder of the temporary folder only this user may read (0700).
pub fn unsaved_assets_dir() -> PathBuf {
    #[cfg(unix)]
    let name = format!("journeymap-pictures-{}", user_id());
    #[cfg(not(unix))]
    let name = "journeymap-pictures".to_string();
    std::env::temp_dir().join(name)
}

/// How long a pasted picture of a map never saved is kept once no
/// recovery copy names it: long enough for a week-end away.
pub const UNSAVED_KEPT_FOR: std::time::Duration = std::time::Duration::from_secs(14 * 24 * 3600);

/// Sweep [`unsaved_assets_dir`] on a thread of its own (the first frame
/// does not wait for the disk); see [`sweep_unsaved_assets`].
pub fn sweep_unsaved_assets_later(recovery_dir: Option<PathBuf>) {
    let sweep = move || {
        sweep_unsaved_assets(
            &unsaved_assets_dir(),
            recovery_dir.as_deref(),
            UNSAVED_KEPT_FOR,
        )
    };
    let _ = std::thread::Builder::new()
        .name("sweep-pictures".into())
        .spawn(sweep);
}

/// Pictures pasted into maps never saved wait in `dir` until a save copies
/// them beside the map; nothing else ever removes them. Remove the pictures
/// older than `max_age` that no recovery copy in `recovery_dir` names (an
/// unsaved map that may still be restored keeps its pictures). Only a real
/// private folder of this user's is swept (see
/// [`super::private_dir::PrivateDir`]: not a link, ours, 0700), and in it
/// only regular files under the names pasting gives (a hash and a picture
/// extension): another user's planted link, or a file the user put there,
/// is never removed. Returns how many were removed.
pub fn sweep_unsaved_assets(
    dir: &Path,
    recovery_dir: Option<&Path>,
    max_age: std::time::Duration,
) -> usize {
    #[cfg(unix)]
    {
        let Ok(folder) = super::private_dir::PrivateDir::open(dir) else {
            return 0;
        };
        let Ok(entries) = folder.entries() else {
            return 0;
        };
        let now = std::time::SystemTime::now();
        let old: Vec<(std::ffi::OsString, String)> = (entries.into_iter())
            .filter(|e| {
                e.is_file
                    && now
                        .duration_since(e.modified)
                        .is_ok_and(|age| age > max_age)
            })
            .filter_map(|e| {
                let name = e.name.to_str()?.to_string();
                is_hashed_name(&name).then_some((e.name, name))
            })
            .collect();
        if old.is_empty() {
            return 0;
        }
        let Some(recoveries) = super::recovery::recovery_texts(recovery_dir) else {
            return 0;
        };
        (old.into_iter())
            .filter(|(_, name)| !recoveries.iter().any(|text| text.contains(name.as_str())))
            .filter(|(entry, _)| folder.remove(entry).is_ok())
            .count()
    }
    #[cfg(not(unix))]
    {
        let _ = (dir, recovery_dir, max_age);
        0
    }
}

/// Whether `name` is one [`hashed_name`] gives: 32 hex digits and the
/// extension of a picture format.
fn is_hashed_name(name: &str) -> bool {
    let Some((hash, extension)) = name.split_once('.') else {
        return false;
    };
    hash.len() == 32
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && ["png", "jpg", "webp", "gif"].contains(&extension)
}

#[cfg(unix)]
fn user_id() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

/// The folder of `map_file` ("." for a bare file name).
fn folder_of(map_file: &Path) -> &Path {
    match map_file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Take the picture file `source` (dropped, chosen or pasted as a file) for
/// the map saved as `map_file` (`None`: not saved yet). Returns the path to
/// store in `Card::image`: relative to the map's folder when the picture is
/// already inside it (nothing copied), else the copy in the assets folder
/// (`trip.assets/HASH.png`); for an unsaved map, `source` made absolute.
/// Refused as persona photos are: not a regular file, over 32 MB, not a
/// PNG, JPEG, WebP or GIF, or over 8,192 px a side or 50 megapixels (read
/// from the header, nothing decoded).
pub fn import_picture(map_file: Option<&Path>, source: &Path) -> Result<String, AssetError> {
    let refused = |why: PhotoError| AssetError::refused(source, why);
    image_header(source).map_err(refused)?;
    let Some(map_file) = map_file else {
        let absolute = source
            .canonicalize()
            .map_err(|e| refused(PhotoError::Io(e.to_string())))?;
        return utf8(&absolute).map(str::to_string);
    };
    if let Some(relative) = inside(folder_of(map_file), source) {
        return Ok(relative);
    }
    let bytes = read_bounded(source, MAX_PHOTO_BYTES, ReadAs::Picture)
        .map_err(|e| AssetError::Read(e.in_file(source)))?;
    let extension = extension_of(&bytes).ok_or_else(|| refused(not_a_picture()))?;
    store(&assets_dir(map_file), &bytes, extension)?;
    Ok(format!(
        "{}/{}",
        assets_name(map_file)?,
        hashed_name(&bytes, extension)
    ))
}

/// Store pixels from the clipboard (`width` × `height`, RGBA, row by row)
/// as a PNG in the assets folder of `map_file` (`None`: in
/// [`unsaved_assets_dir`], returned as an absolute path). The same pixels
/// give the same file.
pub fn import_rgba(
    map_file: Option<&Path>,
    width: u32,
    height: u32,
    rgba: &[u8],
) -> Result<String, AssetError> {
    if !photo_size_allowed(width, height) || width == 0 || height == 0 {
        let why = PhotoError::TooManyPixels { width, height };
        return Err(AssetError::Refused { file: None, why });
    }
    let image = image::RgbaImage::from_raw(width, height, rgba.to_vec()).ok_or_else(|| {
        AssetError::Other(format!(
            "the pasted picture has {} bytes, not the {} of {width} × {height} RGBA pixels",
            rgba.len(),
            u64::from(width) * u64::from(height) * 4
        ))
    })?;
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| {
            AssetError::Other(format!("the pasted picture could not be made a PNG: {e}"))
        })?;
    match map_file {
        Some(map_file) => {
            store(&assets_dir(map_file), &png, "png")?;
            Ok(format!(
                "{}/{}",
                assets_name(map_file)?,
                hashed_name(&png, "png")
            ))
        }
        None => {
            let dir = unsaved_assets_dir();
            private_dir(&dir)?;
            let file = store(&dir, &png, "png")?;
            utf8(&file).map(str::to_string)
        }
    }
}

/// What [`copy_assets`] did: the paths to replace in the map (apply them
/// with `edit::relink_pictures`, one undo step) and the pictures it could
/// not copy (left as they were), each with why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Relink {
    pub changes: Vec<PathChange>,
    pub missing: Vec<(PathBuf, PhotoError)>,
}

/// Copy the pictures `map` uses (card pictures and persona photos) into
/// the assets folder of `to`, the file a "Save as…" writes, from the map's
/// old file `from` (`None`: never saved). Copied: every relative path that
/// would not find the same file from `to`'s folder, or lies in `from`'s
/// assets folder while `to` has another; absolute paths in
/// [`unsaved_assets_dir`]; and for a map never saved, every absolute path
/// (its dropped files) unless `link_outside` (the user links pictures from
/// other folders where they are). Other absolute paths stay as they are.
pub fn copy_assets(
    map: &JourneyMap,
    from: Option<&Path>,
    to: &Path,
    link_outside: bool,
) -> Result<Relink, AssetError> {
    let old_dir = from.map(folder_of);
    let new_dir = folder_of(to);
    let old_assets = from.map(assets_dir).and_then(|d| d.canonicalize().ok());
    let new_assets = assets_dir(to);
    let moves_assets = from.is_some_and(|f| {
        old_assets.is_some() && assets_dir(f).canonicalize().ok() != new_assets.canonicalize().ok()
    });
    let unsaved = unsaved_assets_dir().canonicalize().ok();
    let mut done: HashMap<&str, Option<String>> = HashMap::new();
    let mut relink = Relink::default();
    for (owner, path) in map.pictures() {
        if !done.contains_key(path) {
            let file = resolve_photo(path, old_dir);
            let real = file.canonicalize().ok();
            let within = |dir: &Option<PathBuf>| matches!((&real, dir), (Some(f), Some(d)) if f.starts_with(d));
            let copy = if Path::new(path).is_relative() {
                let same = resolve_photo(path, Some(new_dir)).canonicalize().ok();
                real.is_none() || same != real || (moves_assets && within(&old_assets))
            } else {
                (from.is_none() && !link_outside) || within(&unsaved)
            };
            let target = match copy {
                false => None,
                true => match image_header(&file) {
                    Err(why) => {
                        relink.missing.push((file.clone(), why));
                        None
                    }
                    Ok(_) => Some(copy_into(to, &file, &new_assets)?),
                },
            };
            done.insert(path, target);
        }
        if let Some(Some(target)) = done.get(path).filter(|t| t.as_deref() != Some(path)) {
            relink.changes.push(PathChange {
                owner,
                from: path.to_string(),
                to: target.clone(),
            });
        }
    }
    Ok(relink)
}

/// Copy `file` into `assets` (of the map file `to`) under its hashed name;
/// the path to store.
fn copy_into(to: &Path, file: &Path, assets: &Path) -> Result<String, AssetError> {
    let bytes = read_bounded(file, MAX_PHOTO_BYTES, ReadAs::Picture)
        .map_err(|e| AssetError::Read(e.in_file(file)))?;
    let extension =
        extension_of(&bytes).ok_or_else(|| AssetError::refused(file, not_a_picture()))?;
    store(assets, &bytes, extension)?;
    Ok(format!(
        "{}/{}",
        assets_name(to)?,
        hashed_name(&bytes, extension)
    ))
}

/// `bytes` written as `dir/HASH.extension` unless that file is there
/// already (the same name is the same picture); its path.
fn store(dir: &Path, bytes: &[u8], extension: &str) -> Result<PathBuf, AssetError> {
    let file = dir.join(hashed_name(bytes, extension));
    let fail = |e: std::io::Error| {
        AssetError::Other(format!(
            "could not store the picture as {}: {e}",
            file.display()
        ))
    };
    let same = std::fs::metadata(&file).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
    if !same {
        std::fs::create_dir_all(dir).map_err(fail)?;
        write_atomically(&file, bytes).map_err(fail)?;
    }
    Ok(file)
}

/// `HASH.extension`: the first 128 bits of the bytes' SHA-256 in hex, as
/// unlikely to collide between two pictures of a map as anything is.
fn hashed_name(bytes: &[u8], extension: &str) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}.{extension}")
}

/// The extension of a picture's format, read from its bytes (not its name).
fn extension_of(bytes: &[u8]) -> Option<&'static str> {
    match image::guess_format(bytes).ok()? {
        image::ImageFormat::Png => Some("png"),
        image::ImageFormat::Jpeg => Some("jpg"),
        image::ImageFormat::WebP => Some("webp"),
        image::ImageFormat::Gif => Some("gif"),
        _ => None,
    }
}

fn not_a_picture() -> PhotoError {
    PhotoError::NotAnImage("not a PNG, JPEG, WebP or GIF picture".into())
}

/// `trip.assets`, the assets folder's name as a map stores it.
fn assets_name(map_file: &Path) -> Result<String, AssetError> {
    let dir = assets_dir(map_file);
    let name = dir.file_name().unwrap_or(dir.as_os_str());
    name.to_str().map(str::to_string).ok_or_else(|| {
        AssetError::Other(format!(
            "{}: the map's file name is not valid Unicode, so its pictures cannot be named in it",
            map_file.display()
        ))
    })
}

fn utf8(path: &Path) -> Result<&str, AssetError> {
    path.to_str().ok_or_else(|| {
        AssetError::Other(format!(
            "{}: the path is not valid Unicode, so a map cannot name it",
            path.display()
        ))
    })
}

/// `file` relative to `dir` with `/` between parts, when it lies inside
/// `dir` once links are followed (and the parts are Unicode).
fn inside(dir: &Path, file: &Path) -> Option<String> {
    let (dir, file) = (dir.canonicalize().ok()?, file.canonicalize().ok()?);
    let rest = file.strip_prefix(&dir).ok()?;
    let parts: Option<Vec<&str>> = rest.components().map(|c| c.as_os_str().to_str()).collect();
    let parts = parts?;
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// Create `dir` readable by this user only (see [`super::private_dir`]).
fn private_dir(dir: &Path) -> Result<(), AssetError> {
    super::private_dir::ensure_private_dir(dir).map_err(|e| {
        AssetError::Other(format!(
            "pasted pictures cannot be kept in {}: {e}",
            dir.display()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_bytes_and_the_format() {
        assert_eq!(
            assets_dir(Path::new("/m/trip.ron")),
            Path::new("/m/trip.assets")
        );
        let a = hashed_name(b"one", "png");
        assert_eq!(a, hashed_name(b"one", "png"));
        assert_ne!(a, hashed_name(b"two", "png"));
        assert_eq!(a.len(), 32 + 4);
        assert_eq!(extension_of(b"GIF89a......"), Some("gif"));
        assert_eq!(extension_of(b"plain text"), None);
        assert!(is_hashed_name(&a));
        assert!(!is_hashed_name("thesis.png"));
        assert!(!is_hashed_name(&format!("{}.pdf", &a[..32])));
    }
}
