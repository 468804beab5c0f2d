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
    let mut args = vec![
        ("width", w.to_string()),
        ("height", h.to_string()),
        ("side", MAX_SIDE_PX.to_string()),
        ("megapixels", (MAX_PIXELS / 1_000_000).to_string()),
    ];
    // The largest scale in steps of 0.1 that fits, if the smallest does.
    let best = (0..=((scale - MIN_SCALE) * 10.0) as i32)
        .map(|i| MIN_SCALE + i as f32 / 10.0)
        .rev()
        .find(|&s| s < scale && fits(s));
    let key = match best {
        Some(s) => {
            args.push(("scale", format!("{s:.1}")));
            "export-too-big-at-scale"
        }
        None => {
            args.push(("scale", MIN_SCALE.to_string()));
            "export-too-big"
        }
    };
    Err(ExportError::said(key, args))
}

/// Rows rendered at a time: a band of a poster-sized PNG is a few tens of
/// megabytes, not the whole image.
const BAND_ROWS: u32 = 256;

/// Render SVG text to PNG bytes at `scale` pixels per unit.
///
/// The image is rendered in horizontal bands, two at a time on two threads,
/// each demultiplied and streamed into the PNG encoder in order: peak
/// memory is the parsed SVG, two bands and the compressed PNG, instead of
/// the whole RGBA image twice (rendered, then demultiplied for encoding).
/// The pixels are one full render's but for anti-aliasing rounding where a
/// shape's edge crosses a band's (a few hundredths of a percent of values,
/// invisible).
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    let tree = usvg::Tree::from_str(svg, &usvg_options())
        .map_err(|e| ExportError::plain(format!("internal SVG error: {e}")))?;
    let size = tree.size();
    check_png_size(size.width(), size.height(), scale)?;
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let encoding = |e: png::EncodingError| ExportError::plain(format!("could not encode PNG: {e}"));
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(encoding)?;
    let mut stream = writer.stream_writer().map_err(encoding)?;
    let bands: Vec<(u32, u32)> = (0..height)
        .step_by(BAND_ROWS as usize)
        .map(|top| (top, BAND_ROWS.min(height - top)))
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(2));
    for group in bands.chunks(threads) {
        let rendered: Vec<Result<Vec<u8>, ExportError>> = std::thread::scope(|s| {
            let handles: Vec<_> = group
                .iter()
                .map(|&(top, rows)| {
                    let tree = &tree;
                    s.spawn(move || render_band(tree, width, top, rows, scale))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(ExportError::plain("rendering failed")))
                })
                .collect()
        });
        for band in rendered {
            std::io::Write::write_all(&mut stream, &band?)
                .map_err(|e| ExportError::plain(format!("could not encode PNG: {e}")))?;
        }
    }
    stream.finish().map_err(encoding)?;
    writer.finish().map_err(encoding)?;
    Ok(out)
}

/// Rows `top..top + rows` of the picture, straight (not premultiplied) RGBA.
fn render_band(
    tree: &usvg::Tree,
    width: u32,
    top: u32,
    rows: u32,
    scale: f32,
) -> Result<Vec<u8>, ExportError> {
    let mut pixmap = tiny_skia::Pixmap::new(width, rows)
        .ok_or_else(|| ExportError::plain("could not allocate the image"))?;
    let transform =
        tiny_skia::Transform::from_scale(scale, scale).post_translate(0.0, -(top as f32));
    resvg::render(tree, transform, &mut pixmap.as_mut());
    Ok(pixmap.take_demultiplied())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bands meet without seams: the banded PNG decodes to the pixels of one
    /// full render (a circle and text across band edges) but for
    /// anti-aliasing rounding on a few edge pixels.
    #[test]
    fn banded_rendering_gives_the_pixels_of_one_full_render() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="700">
            <rect width="300" height="700" fill="#fafafa"/>
            <circle cx="150" cy="256" r="120" fill="#3060c0" fill-opacity="0.6"/>
            <text x="20" y="260" font-size="30" font-family="Noto Sans">Band · Полоса · Josla</text>
            </svg>"##;
        let scale = 1.5;
        let banded = render_png(svg, scale).unwrap();
        let banded = image::load_from_memory(&banded).unwrap().to_rgba8();
        let tree = usvg::Tree::from_str(svg, &usvg_options()).unwrap();
        let (w, h) = (450, 1050);
        let mut full = tiny_skia::Pixmap::new(w, h).unwrap();
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut full.as_mut(),
        );
        assert_eq!((banded.width(), banded.height()), (w, h));
        assert!(h > 2 * BAND_ROWS, "crosses band edges");
        let full = full.take_demultiplied();
        let (mut differ, mut most) = (0, 0);
        for (a, b) in banded.as_raw().iter().zip(&full) {
            if a != b {
                differ += 1;
                most = most.max(a.abs_diff(*b));
            }
        }
        let share = differ as f64 / full.len() as f64;
        assert!(
            share < 0.001 && most <= 32,
            "{differ} channel values ({:.3} %) differ, by at most {most}",
            share * 100.0
        );
    }
}
