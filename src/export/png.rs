//! PNG: the exported SVG rendered by resvg with the embedded fonts only.

use resvg::{tiny_skia, usvg};

use super::ExportError;

/// Largest side of a PNG we will make.
pub const MAX_SIDE_PX: u32 = 16_384;
/// Largest PNG area we will make (256 megapixels, about 1 GB of RGBA).
pub const MAX_PIXELS: u64 = 256_000_000;

/// usvg options with our fonts loaded and no system fonts, so text renders
/// the same everywhere and is never silently dropped.
pub fn usvg_options() -> usvg::Options<'static> {
    // The font database is built once per process and shared.
    static FONTS: std::sync::OnceLock<std::sync::Arc<usvg::fontdb::Database>> =
        std::sync::OnceLock::new();
    let fontdb = FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_source(usvg::fontdb::Source::Binary(std::sync::Arc::new(
                crate::fonts::REGULAR,
            )));
            db.load_font_source(usvg::fontdb::Source::Binary(std::sync::Arc::new(
                crate::fonts::BOLD,
            )));
            db.load_font_source(usvg::fontdb::Source::Binary(std::sync::Arc::new(
                crate::fonts::ITALIC,
            )));
            db.set_sans_serif_family(crate::fonts::FAMILY_NAME);
            std::sync::Arc::new(db)
        })
        .clone();
    usvg::Options {
        font_family: crate::fonts::FAMILY_NAME.to_string(),
        fontdb,
        ..usvg::Options::default()
    }
}

/// The smallest PNG scale the app and the CLI offer.
pub const MIN_SCALE: f32 = 1.0;

/// Refuse a PNG of a `width` × `height` point picture at `scale` that would
/// be over [`MAX_SIDE_PX`] or [`MAX_PIXELS`], before any work is done, with
/// a way out that is true: the largest scale that fits, or SVG when even
/// the smallest scale is too large.
pub fn check_png_size(width: f32, height: f32, scale: f32) -> Result<(), ExportError> {
    let px = |v: f32, s: f32| (v * s).ceil() as u64;
    let fits = |s: f32| {
        let (w, h) = (px(width, s), px(height, s));
        w <= MAX_SIDE_PX as u64 && h <= MAX_SIDE_PX as u64 && w * h <= MAX_PIXELS
    };
    if fits(scale) {
        return Ok(());
    }
    let (w, h) = (px(width, scale), px(height, scale));
    let limit = format!(
        "the image would be {w} × {h} px, over the limit of {MAX_SIDE_PX} px a side and {} \
         megapixels",
        MAX_PIXELS / 1_000_000
    );
    // The largest scale in steps of 0.1 that fits, if the smallest does.
    let best = (0..=((scale - MIN_SCALE) * 10.0) as i32)
        .map(|i| MIN_SCALE + i as f32 / 10.0)
        .rev()
        .find(|&s| s < scale && fits(s));
    Err(ExportError(match best {
        Some(s) => format!("{limit}; export at a scale of {s:.1} or less (--scale), or as SVG"),
        None => format!(
            "{limit} even at the smallest scale ({MIN_SCALE}); export the map as SVG instead"
        ),
    }))
}

/// Render SVG text to PNG bytes at `scale` pixels per unit.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    let tree = usvg::Tree::from_str(svg, &usvg_options())
        .map_err(|e| ExportError(format!("internal SVG error: {e}")))?;
    let size = tree.size();
    check_png_size(size.width(), size.height(), scale)?;
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| ExportError("could not allocate the image".into()))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError(format!("could not encode PNG: {e}")))
}
