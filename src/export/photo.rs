//! Persona photos for exports: read, cropped to a square, scaled down and
//! embedded, so an exported SVG is self-contained and stays small however
//! large the original photo is.

use std::io::Cursor;
use std::path::Path;

use base64::Engine;

/// Side of the embedded square, in pixels: sharp at export scale 4 for the
/// 44-unit avatar circle.
const SIDE_PX: u32 = 192;

/// The photo at `file` as a `data:image/png;base64,…` URI, or `None` when it
/// cannot be read or decoded.
pub fn thumbnail_data_uri(file: &Path) -> Option<String> {
    let image = image::open(file).ok()?;
    let side = image.width().min(image.height());
    if side == 0 {
        return None;
    }
    let square = image.crop_imm(
        (image.width() - side) / 2,
        (image.height() - side) / 2,
        side,
        side,
    );
    let thumb = square.resize_exact(
        SIDE_PX.min(side),
        SIDE_PX.min(side),
        image::imageops::FilterType::Triangle,
    );
    let mut png = Vec::new();
    thumb
        .to_rgba8()
        .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .ok()?;
    Some(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&png)
    ))
}
