//! Persona photos for exports: checked, read once each, cropped to a
//! square, scaled down and embedded, so an exported SVG is self-contained
//! and stays small however large the original photo is.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use base64::Engine;

use crate::model::{
    JourneyMap, MAX_PHOTO_SIDE_PX, PhotoError, photo_file, photo_outside, resolve_photo,
};

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
    /// It is outside the map's folder (a stranger's map can name any image
    /// it guesses): embedded, or `left_out` and the initials drawn.
    Outside { left_out: bool },
}

impl std::fmt::Display for PhotoNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (persona, file) = (&self.persona, self.file.display());
        match &self.issue {
            PhotoIssue::Unreadable(why) => write!(
                f,
                "the photo of {persona} ({file}) cannot be read ({why}); its initials are drawn instead"
            ),
            PhotoIssue::Outside { left_out: false } => write!(
                f,
                "the photo of {persona} ({file}) is from outside the map's folder and is embedded in the picture (--no-outside-images leaves such photos out)"
            ),
            PhotoIssue::Outside { left_out: true } => write!(
                f,
                "the photo of {persona} ({file}) is from outside the map's folder and was left out; its initials are drawn instead"
            ),
        }
    }
}

/// The photos of one export: each file read and decoded once (however many
/// personas share it), as small square PNGs by the path stored in the map.
#[derive(Clone, Debug, Default)]
pub struct Photos {
    pngs: HashMap<String, Vec<u8>>,
}

impl Photos {
    /// Read the photos of `map`'s personas (relative paths from `map_dir`),
    /// with a note for each persona whose photo is not drawn or comes from
    /// outside `map_dir` (left out when `leave_out_outside`).
    pub fn read(
        map: &JourneyMap,
        map_dir: Option<&Path>,
        leave_out_outside: bool,
    ) -> (Photos, Vec<PhotoNote>) {
        let mut done: HashMap<&str, Result<Vec<u8>, PhotoIssue>> = HashMap::new();
        let mut notes = Vec::new();
        for persona in &map.personas {
            let Some(photo) = persona.photo.as_deref().filter(|p| !p.trim().is_empty()) else {
                continue;
            };
            let outside = photo_outside(photo, map_dir);
            let result = done.entry(photo).or_insert_with(|| {
                let file = photo_file(photo, map_dir).map_err(PhotoIssue::Unreadable)?;
                if outside && leave_out_outside {
                    return Err(PhotoIssue::Outside { left_out: true });
                }
                thumbnail_png(&file).map_err(PhotoIssue::Unreadable)
            });
            let issue = match result {
                Err(issue) => Some(issue.clone()),
                Ok(_) if outside => Some(PhotoIssue::Outside { left_out: false }),
                Ok(_) => None,
            };
            if let Some(issue) = issue {
                notes.push(PhotoNote {
                    persona: persona.name.clone(),
                    file: resolve_photo(photo, map_dir),
                    issue,
                });
            }
        }
        let pngs = done
            .into_iter()
            .filter_map(|(path, png)| Some((path.to_string(), png.ok()?)))
            .collect();
        (Photos { pngs }, notes)
    }

    /// The PNG of the photo stored as `path`, if it is drawn.
    pub fn png(&self, path: &str) -> Option<&[u8]> {
        self.pngs.get(path).map(Vec::as_slice)
    }

    /// The same as a `data:image/png;base64,…` URI, for SVG.
    pub fn uri(&self, path: &str) -> Option<String> {
        let png = self.png(path)?;
        Some(format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(png)
        ))
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

/// The photo at `file` (already checked by [`photo_file`]) cropped to a
/// square and scaled down, as PNG bytes.
fn thumbnail_png(file: &Path) -> Result<Vec<u8>, PhotoError> {
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
    Ok(png)
}
