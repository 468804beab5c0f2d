//! Persona photos for exports: checked, read once each, cropped to a
//! square, scaled down and embedded, so an exported SVG is self-contained
//! and stays small however large the original photo is.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use base64::Engine;

use crate::model::{JourneyMap, MAX_PHOTO_SIDE_PX, PhotoError, photo_file, resolve_photo};

/// Side of the embedded square, in pixels: sharp at export scale 4 for the
/// 44-unit avatar circle.
const SIDE_PX: u32 = 192;

/// What an export did about one persona's photo: said as a warning.
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoNote {
    /// The persona's name.
    pub persona: String,
    /// The photo's file (resolved from the map's folder).
    pub file: PathBuf,
    pub issue: PhotoIssue,
}

/// Why a photo note is given.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoIssue {
    /// It cannot be read: the initials are drawn.
    Unreadable(PhotoError),
}

impl std::fmt::Display for PhotoNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (persona, file) = (&self.persona, self.file.display());
        match &self.issue {
            PhotoIssue::Unreadable(why) => write!(
                f,
                "the photo of {persona} ({file}) cannot be read ({why}); its initials are drawn instead"
            ),
        }
    }
}

/// The photos of one export: each file read and decoded once (however many
/// personas share it), as `data:` URIs by the path stored in the map.
#[derive(Clone, Debug, Default)]
pub struct Photos {
    uris: HashMap<String, String>,
}

impl Photos {
    /// Read the photos of `map`'s personas (relative paths from `map_dir`),
    /// with a note for each persona whose photo is not drawn.
    pub fn read(map: &JourneyMap, map_dir: Option<&Path>) -> (Photos, Vec<PhotoNote>) {
        let mut done: HashMap<&str, Result<String, PhotoError>> = HashMap::new();
        let mut notes = Vec::new();
        for persona in &map.personas {
            let Some(photo) = persona.photo.as_deref().filter(|p| !p.trim().is_empty()) else {
                continue;
            };
            let result = done.entry(photo).or_insert_with(|| {
                let file = photo_file(photo, map_dir)?;
                thumbnail_data_uri(&file)
            });
            if let Err(why) = result {
                notes.push(PhotoNote {
                    persona: persona.name.clone(),
                    file: resolve_photo(photo, map_dir),
                    issue: PhotoIssue::Unreadable(why.clone()),
                });
            }
        }
        let uris = done
            .into_iter()
            .filter_map(|(path, uri)| Some((path.to_string(), uri.ok()?)))
            .collect();
        (Photos { uris }, notes)
    }

    /// The embedded image for the photo stored as `path`, if it is drawn.
    pub fn uri(&self, path: &str) -> Option<&str> {
        self.uris.get(path).map(String::as_str)
    }
}

/// Decode `file` with the decoder's own limits set too (should the file
/// change after its header was checked).
fn decode(file: &Path) -> Result<image::DynamicImage, PhotoError> {
    let mut reader = image::ImageReader::open(file)
        .map_err(|e| PhotoError::Io(e.to_string()))?
        .with_guessed_format()
        .map_err(|e| PhotoError::Io(e.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE_PX);
    limits.max_image_height = Some(MAX_PHOTO_SIDE_PX);
    reader.limits(limits);
    reader
        .decode()
        .map_err(|e| PhotoError::NotAnImage(e.to_string()))
}

/// The photo at `file` (already checked by [`photo_file`]) as a
/// `data:image/png;base64,…` URI.
fn thumbnail_data_uri(file: &Path) -> Result<String, PhotoError> {
    let image = decode(file)?;
    let side = image.width().min(image.height());
    if side == 0 {
        return Err(PhotoError::NotAnImage("the image is empty".into()));
    }
    let square = image.crop_imm(
        (image.width() - side) / 2,
        (image.height() - side) / 2,
        side,
        side,
    );
    drop(image);
    let thumb = square.resize_exact(
        SIDE_PX.min(side),
        SIDE_PX.min(side),
        image::imageops::FilterType::Triangle,
    );
    let mut png = Vec::new();
    thumb
        .to_rgba8()
        .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| PhotoError::NotAnImage(e.to_string()))?;
    Ok(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&png)
    ))
}
