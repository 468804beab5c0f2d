//! Card pictures for exports: each file checked and decoded once however
//! many cards show it, scaled down to the largest size it is drawn at, and
//! embedded (JPEG stays JPEG, anything else becomes PNG), so an exported SVG
//! stands alone and stays small however large the original is.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use base64::Engine;
use egui::{Rect, Vec2};

use super::notes::{NoteOf, PhotoIssue, PhotoNote};
use crate::layout::MapLayout;
use crate::model::{
    JourneyMap, MAX_PHOTO_SIDE_PX, PhotoError, photo_file, photo_outside, resolve_photo,
};

/// A picture ready to embed, at the size it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedded {
    /// PNG or, when `jpeg`, JPEG bytes.
    pub bytes: Vec<u8>,
    pub jpeg: bool,
    /// Its size in pixels (after scaling down).
    pub width: u32,
    pub height: u32,
}

impl Embedded {
    /// The picture as a `data:` URI, for SVG.
    pub fn uri(&self) -> String {
        let mime = if self.jpeg { "image/jpeg" } else { "image/png" };
        let data = base64::engine::general_purpose::STANDARD.encode(&self.bytes);
        format!("data:{mime};base64,{data}")
    }

    /// Where the picture goes in `frame`: as large as fits with its own
    /// shape, centred (SVG's `xMidYMid meet`).
    pub fn fitted(&self, frame: Rect) -> Rect {
        fit(frame, self.width, self.height)
    }
}

/// `width` × `height` fitted into `frame`, centred.
pub fn fit(frame: Rect, width: u32, height: u32) -> Rect {
    let (w, h) = (width.max(1) as f32, height.max(1) as f32);
    let k = (frame.width() / w).min(frame.height() / h);
    Rect::from_center_size(frame.center(), egui::vec2(w * k, h * k))
}

/// Read the pictures `layout` draws on cards (relative paths from
/// `map_dir`), each scaled to at most its frame at `px_per_unit` pixels per
/// map unit; a note for each picture not drawn (a placeholder with its file
/// name is) or taken from outside `map_dir` (left out when
/// `leave_out_outside`). One note per file, naming the first card showing it.
pub(super) fn read_pictures(
    map: &JourneyMap,
    layout: &MapLayout,
    map_dir: Option<&Path>,
    leave_out_outside: bool,
    px_per_unit: f32,
) -> (HashMap<String, Embedded>, Vec<PhotoNote>) {
    // The largest frame each picture is drawn in, and its first card.
    let mut uses: Vec<(&str, Vec2, crate::model::CardId)> = Vec::new();
    for card in &layout.cards {
        let Some((path, frame)) =
            (card.picture.as_ref()).and_then(|p| Some((p.path.as_deref()?, p.frame.size())))
        else {
            continue;
        };
        match uses.iter_mut().find(|(p, _, _)| *p == path) {
            Some((_, size, _)) => *size = size.max(frame),
            None => uses.push((path, frame, card.id)),
        }
    }
    let mut embedded = HashMap::new();
    let mut notes = Vec::new();
    for (path, size, card) in uses {
        let outside = photo_outside(path, map_dir);
        let result = photo_file(path, map_dir)
            .map_err(PhotoIssue::Unreadable)
            .and_then(|file| match outside && leave_out_outside {
                true => Err(PhotoIssue::Outside { left_out: true }),
                false => embed(&file, size * px_per_unit).map_err(PhotoIssue::Unreadable),
            });
        let issue = match result {
            Ok(picture) => {
                embedded.insert(path.to_string(), picture);
                outside.then_some(PhotoIssue::Outside { left_out: false })
            }
            Err(issue) => Some(issue),
        };
        if let Some(issue) = issue {
            notes.push(PhotoNote {
                of: NoteOf::Card {
                    card,
                    words: card_words(map, card),
                },
                file: resolve_photo(path, map_dir),
                issue,
            });
        }
    }
    (embedded, notes)
}

/// The card in words for a note: `card “Arrives at the shop”` (its first
/// line, shortened), or `a card without text in stage “Arrival”`.
fn card_words(map: &JourneyMap, id: crate::model::CardId) -> String {
    let Some((_, card)) = map.card(id) else {
        return format!("card {id}");
    };
    let first = card.text.lines().map(str::trim).find(|l| !l.is_empty());
    match first {
        Some(text) if text.chars().count() > 40 => {
            let cut: String = text.chars().take(39).collect();
            format!("card “{}…”", cut.trim_end())
        }
        Some(text) => format!("card “{text}”"),
        None => match map.stages.iter().find(|s| s.id == card.stage) {
            Some(stage) => format!("a card without text in stage “{}”", stage.name.trim()),
            None => format!("card {id}"),
        },
    }
}

/// A reader of `file` with the decoder's own limits set too, should the
/// file change after its header was checked (photos and pictures alike).
pub(super) fn limited_reader(
    file: &Path,
) -> Result<image::ImageReader<std::io::BufReader<std::fs::File>>, PhotoError> {
    let mut reader = image::ImageReader::open(file)
        .map_err(|e| PhotoError::Io(e.to_string()))?
        .with_guessed_format()
        .map_err(|e| PhotoError::Io(e.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE_PX);
    limits.max_image_height = Some(MAX_PHOTO_SIDE_PX);
    reader.limits(limits);
    Ok(reader)
}

/// Decode the picture at `file` the one way the canvas and every export
/// do: within the photo limits (its header first, then the decoder's own
/// limits should the file change after the header was read), upright as
/// its EXIF orientation says (phone photos), the first frame of an
/// animation. Also says whether it is a JPEG (exports keep it one).
pub fn decode_upright(file: &Path) -> Result<(image::DynamicImage, bool), PhotoError> {
    use image::ImageDecoder;
    crate::model::image_header(file)?;
    let reader = limited_reader(file)?;
    let jpeg = reader.format() == Some(image::ImageFormat::Jpeg);
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| PhotoError::NotAnImage(e.to_string()))?;
    let orientation = decoder.orientation().ok();
    let mut picture = image::DynamicImage::from_decoder(decoder)
        .map_err(|e| PhotoError::NotAnImage(e.to_string()))?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    if picture.width() == 0 || picture.height() == 0 {
        return Err(PhotoError::NotAnImage("the image is empty".into()));
    }
    Ok((picture, jpeg))
}

/// The picture at `file` (checked by [`photo_file`]): decoded (the first
/// frame of an animation) the right way up, scaled down to fit `max_px`,
/// re-encoded.
fn embed(file: &Path, max_px: Vec2) -> Result<Embedded, PhotoError> {
    let (mut picture, jpeg) = decode_upright(file)?;
    let (bw, bh) = (
        max_px.x.ceil().max(1.0) as u32,
        max_px.y.ceil().max(1.0) as u32,
    );
    if picture.width() > bw || picture.height() > bh {
        picture = picture.resize(bw, bh, image::imageops::FilterType::Triangle);
    }
    let (width, height) = (picture.width(), picture.height());
    let mut bytes = Vec::new();
    let encoded = if jpeg {
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 88);
        picture.to_rgb8().write_with_encoder(encoder)
    } else if picture.color().has_alpha() {
        (picture.to_rgba8()).write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
    } else {
        (picture.to_rgb8()).write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
    };
    encoded.map_err(|e| PhotoError::NotAnImage(e.to_string()))?;
    Ok(Embedded {
        bytes,
        jpeg,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_is_fitted_inside_its_frame_keeping_its_shape() {
        let frame = Rect::from_min_size(egui::pos2(10.0, 20.0), egui::vec2(200.0, 150.0));
        // Wide: full width, centred vertically.
        let wide = fit(frame, 400, 100);
        assert_eq!(wide.width(), 200.0);
        assert_eq!(wide.height(), 50.0);
        assert_eq!(wide.center(), frame.center());
        // Tall: full height.
        let tall = fit(frame, 100, 300);
        assert_eq!((tall.width(), tall.height()), (50.0, 150.0));
    }
}
