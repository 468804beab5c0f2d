//! Persona photos for exports: checked, read once each, cropped to a
//! square, scaled down and embedded, so an exported SVG is self-contained
//! and stays small however large the original photo is.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use base64::Engine;

pub use super::notes::{NoteOf, PhotoIssue, PhotoNote};
use super::pictures::{Embedded, read_pictures};
use crate::model::{JourneyMap, PhotoError, photo_file, photo_outside, resolve_photo};

/// Side of the embedded square, in pixels: sharp at export scale 4 for the
/// 44-unit avatar circle.
const SIDE_PX: u32 = 192;

/// The photos of one export: each file read and decoded once (however many
/// personas share it), as small square PNGs by the path stored in the map;
/// and the cards' pictures ([`super::pictures`]), by path too.
#[derive(Clone, Debug, Default)]
pub struct Photos {
    pngs: HashMap<String, Vec<u8>>,
    pictures: HashMap<String, Embedded>,
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
                    of: NoteOf::Persona(persona.name.clone()),
                    file: resolve_photo(photo, map_dir),
                    issue,
                });
            }
        }
        let pngs = done
            .into_iter()
            .filter_map(|(path, png)| Some((path.to_string(), png.ok()?)))
            .collect();
        let pictures = HashMap::new();
        (Photos { pngs, pictures }, notes)
    }

    /// The same with the pictures `layout` draws on cards, scaled for
    /// `px_per_unit` pixels per map unit (see [`super::pictures`]); their
    /// notes follow the photos'.
    pub fn read_with_pictures(
        map: &JourneyMap,
        layout: &crate::layout::MapLayout,
        map_dir: Option<&Path>,
        leave_out_outside: bool,
        px_per_unit: f32,
    ) -> (Photos, Vec<PhotoNote>) {
        let (mut photos, mut notes) = Photos::read(map, map_dir, leave_out_outside);
        let (pictures, more) = read_pictures(map, layout, map_dir, leave_out_outside, px_per_unit);
        photos.pictures = pictures;
        notes.extend(more);
        (photos, notes)
    }

    /// The card picture stored as `path`, if it is drawn.
    pub fn picture(&self, path: &str) -> Option<&Embedded> {
        self.pictures.get(path)
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
    super::pictures::limited_reader(file)?
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
