//! Personas and the lens: who the map is about and why it was made.

use serde::{Deserialize, Serialize};

use super::{Hue, PersonaId};

/// The actor of a journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Persona {
    pub id: PersonaId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    /// Role or occupation ("head of finance").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frustrations: Vec<String>,
    /// A short quote in the persona's voice.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// Colour of the persona's emotion curve and tags.
    #[serde(default = "default_persona_hue")]
    pub color: Hue,
    /// Path of a photo, relative to the map file or absolute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
}

/// Where a stored photo path points: relative paths are taken from the
/// folder of the map file (`map_dir`), so a map and its photos can move
/// together; without a folder (an unsaved map) from the working directory.
pub fn resolve_photo(photo: &str, map_dir: Option<&std::path::Path>) -> std::path::PathBuf {
    let path = std::path::Path::new(photo);
    match map_dir {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path.to_path_buf(),
    }
}

/// Largest photo file read: a map names its photos, and a path such as
/// `/dev/zero` or a huge file must not make the app read forever.
pub const MAX_PHOTO_BYTES: u64 = 32 << 20;

/// Largest photo side read, in pixels: the size is read from the file's
/// header first, so a small file that would decode to gigabytes (a
/// "decompression bomb") is refused without being decoded.
pub const MAX_PHOTO_SIDE_PX: u32 = 8192;

/// Largest photo read, in pixels (50 megapixels: a 48 MP phone photo fits;
/// 200 MB once decoded).
pub const MAX_PHOTO_PIXELS: u64 = 50_000_000;

/// Why a persona photo is not drawn (English for the command line; the app
/// tells it in the interface language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoError {
    /// The file cannot be opened (the system's message).
    Io(String),
    /// A folder, device or pipe.
    NotAFile,
    /// Larger than [`MAX_PHOTO_BYTES`] (size in MB).
    TooLarge { mb: u64 },
    /// Not a PNG, JPEG, WebP or GIF we can read (the decoder's message).
    NotAnImage(String),
    /// More pixels than [`MAX_PHOTO_SIDE_PX`] a side or [`MAX_PHOTO_PIXELS`].
    TooManyPixels { width: u32, height: u32 },
}

impl std::fmt::Display for PhotoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PhotoError::Io(e) | PhotoError::NotAnImage(e) => f.write_str(e),
            PhotoError::NotAFile => f.write_str("not a regular file"),
            PhotoError::TooLarge { mb } => write!(
                f,
                "{mb} MB, more than the {} MB a photo may have",
                MAX_PHOTO_BYTES >> 20
            ),
            PhotoError::TooManyPixels { width, height } => write!(
                f,
                "{width} × {height} px, more than a photo may have ({MAX_PHOTO_SIDE_PX} px a side, {} megapixels)",
                MAX_PHOTO_PIXELS / 1_000_000
            ),
        }
    }
}

impl std::error::Error for PhotoError {}

/// Whether a photo of `width` × `height` pixels may be decoded.
pub fn photo_size_allowed(width: u32, height: u32) -> bool {
    width <= MAX_PHOTO_SIDE_PX
        && height <= MAX_PHOTO_SIDE_PX
        && u64::from(width) * u64::from(height) <= MAX_PHOTO_PIXELS
}

/// The photo's file, resolved as [`resolve_photo`] does, if it is a regular
/// file of at most [`MAX_PHOTO_BYTES`] holding a PNG, JPEG, WebP or GIF whose
/// header gives at most [`MAX_PHOTO_SIDE_PX`] a side and [`MAX_PHOTO_PIXELS`];
/// otherwise why not. Only the header is read. Card pictures follow the
/// same rules.
pub fn photo_file(
    photo: &str,
    map_dir: Option<&std::path::Path>,
) -> Result<std::path::PathBuf, PhotoError> {
    let file = resolve_photo(photo, map_dir);
    image_header(&file)?;
    Ok(file)
}

/// The pixel size of the image at `file` if [`photo_file`] would take it
/// (a regular file, not too large, a readable header within the limits);
/// only the header is read.
pub fn image_header(file: &std::path::Path) -> Result<(u32, u32), PhotoError> {
    let meta = std::fs::metadata(file).map_err(|e| PhotoError::Io(e.to_string()))?;
    if !meta.is_file() {
        return Err(PhotoError::NotAFile);
    }
    if meta.len() > MAX_PHOTO_BYTES {
        return Err(PhotoError::TooLarge {
            mb: meta.len() >> 20,
        });
    }
    let (width, height) = image::ImageReader::open(file)
        .map_err(|e| PhotoError::Io(e.to_string()))?
        .with_guessed_format()
        .map_err(|e| PhotoError::Io(e.to_string()))?
        .into_dimensions()
        .map_err(|e| PhotoError::NotAnImage(e.to_string()))?;
    if !photo_size_allowed(width, height) {
        return Err(PhotoError::TooManyPixels { width, height });
    }
    Ok((width, height))
}

/// Whether the photo stored as `photo` lies outside the map's folder
/// `map_dir` once `..` and symbolic links are followed (`../x.png`, an
/// absolute path elsewhere, a link pointing out). A map that has no folder
/// yet (never saved) has nothing outside. A file that cannot be resolved
/// counts as outside.
pub fn photo_outside(photo: &str, map_dir: Option<&std::path::Path>) -> bool {
    let Some(dir) = map_dir else {
        return false;
    };
    let dir = if dir.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        dir
    };
    match (
        resolve_photo(photo, Some(dir)).canonicalize(),
        dir.canonicalize(),
    ) {
        (Ok(file), Ok(dir)) => !file.starts_with(dir),
        _ => true,
    }
}

fn default_persona_hue() -> Hue {
    Hue::Blue
}

impl Persona {
    /// A persona with just a name.
    pub fn new(id: PersonaId, name: impl Into<String>, color: Hue) -> Self {
        Persona {
            id,
            name: name.into(),
            age: None,
            role: String::new(),
            goals: Vec::new(),
            frustrations: Vec::new(),
            quote: String::new(),
            color,
            photo: None,
        }
    }
}

/// Why the map exists: the question it answers and the situation it covers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lens {
    /// The goal of the map: the business question it should answer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// The scenario the persona goes through.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scenario: String,
    /// What the persona expects from the experience.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expectations: String,
    /// A short title for screen readers (Mermaid's `accTitle`, the SVG
    /// export's `<title>`); empty means the map's title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub accessible_title: String,
}
