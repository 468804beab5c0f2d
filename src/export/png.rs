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

/// Render SVG text to PNG bytes at `scale` pixels per unit.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    let tree = usvg::Tree::from_str(svg, &usvg_options())
        .map_err(|e| ExportError(format!("internal SVG error: {e}")))?;
    let size = tree.size();
    let width = (size.width() * scale).ceil() as u64;
    let height = (size.height() * scale).ceil() as u64;
    if width > MAX_SIDE_PX as u64 || height > MAX_SIDE_PX as u64 || width * height > MAX_PIXELS {
        return Err(ExportError(format!(
            "the image would be {width} × {height} px, over the limit of {MAX_SIDE_PX} px a side \
             and {} megapixels; export at a smaller --scale or as SVG",
            MAX_PIXELS / 1_000_000
        )));
    }
    let mut pixmap = tiny_skia::Pixmap::new(width as u32, height as u32)
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
