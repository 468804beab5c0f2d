//! Export a map as SVG or PNG, headless: the same layout and display list as
//! the canvas, shaped with the embedded fonts.

mod photo;
mod png;
pub mod svg;

use std::path::Path;

use egui::epaint::text::{Fonts, TextOptions};

pub use png::{MAX_PIXELS, MAX_SIDE_PX, render_png, usvg_options};

use crate::io::write_atomically;
use crate::layout::{LayoutOptions, MapLayout, Shaper, compute_with};
use crate::model::{CardFilter, JourneyMap};
use crate::render::build_scene_with;
use crate::style::Theme;

/// How to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    pub theme: Theme,
    /// PNG pixels per map unit (1–4).
    pub scale: f32,
    /// SVG: convert text to paths (self-contained, looks the same anywhere).
    pub text_as_paths: bool,
    /// Date printed in the footer; `None` for today.
    pub date: Option<String>,
    /// Add every card's quotes in an "Evidence" section under the map.
    pub evidence_appendix: bool,
    /// Colour rated touchpoints by importance.
    pub heat: bool,
    /// Folder of the map file: relative persona photo paths start there.
    pub map_dir: Option<std::path::PathBuf>,
    /// Dim the cards this filter does not show (as the canvas does); the
    /// footer says what is highlighted.
    pub filter: CardFilter,
    /// Confidence counts in every stage header.
    pub confidence_counts: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            theme: Theme::Light,
            scale: 2.0,
            text_as_paths: false,
            date: None,
            evidence_appendix: false,
            heat: false,
            map_dir: None,
            filter: CardFilter::default(),
            confidence_counts: false,
        }
    }
}

/// File formats the exporter writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    /// The format named by a file's extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
}

/// Why an export failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError(pub String);

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExportError {}

/// Fonts for headless layout: the same definitions the app gives egui.
pub fn headless_fonts() -> Fonts {
    Fonts::new(TextOptions::default(), crate::fonts::definitions())
}

/// The footer line: map name, date, credit.
pub fn footer_text(map: &JourneyMap, date: &str) -> String {
    let title = crate::model::title_or_untitled(&map.title);
    format!("{title}  ·  {date}  ·  made with journeymap")
}

/// Lay out `map` with headless fonts.
pub fn headless_layout(map: &JourneyMap, fonts: &mut Fonts, date: &str) -> MapLayout {
    headless_layout_with(
        map,
        fonts,
        &footer_text(map, date),
        LayoutOptions::default(),
    )
}

/// Lay out `map` with headless fonts, the given footer and extras.
pub fn headless_layout_with(
    map: &JourneyMap,
    fonts: &mut Fonts,
    footer: &str,
    options: LayoutOptions,
) -> MapLayout {
    let mut view = fonts.with_pixels_per_point(1.0);
    let mut shaper = Shaper::new(&mut view);
    compute_with(map, &mut shaper, footer, options)
}

/// Today's date as YYYY-MM-DD (UTC), without a date crate.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_days((secs / 86_400) as i64)
}

/// The date `days` after 1970-01-01 as YYYY-MM-DD.
pub fn date_from_days(days: i64) -> String {
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Run `f` with the process's shared headless fonts: parsing the fonts
/// and shaping text again for every export would dominate its time.
fn with_shared_fonts<R>(f: impl FnOnce(&mut Fonts) -> R) -> R {
    static FONTS: std::sync::OnceLock<std::sync::Mutex<Fonts>> = std::sync::OnceLock::new();
    let mut fonts = FONTS
        .get_or_init(|| std::sync::Mutex::new(headless_fonts()))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // A new pass lets the galley cache drop what the last export did not use.
    let options = *fonts.options();
    fonts.begin_pass(options, egui::epaint::text::ViewportKey::new(0));
    f(&mut fonts)
}

/// The map as an SVG document (text as text unless `text_as_paths`).
pub fn export_svg(map: &JourneyMap, options: &ExportOptions) -> Result<String, ExportError> {
    let date = options.date.clone().unwrap_or_else(today);
    let mut footer = footer_text(map, &date);
    if options.filter.is_active() {
        footer.push_str(&format!(
            "  ·  highlighted: {}",
            options.filter.describe(map)
        ));
    }
    let layout_options = LayoutOptions {
        evidence_appendix: options.evidence_appendix,
        confidence_counts: options.confidence_counts,
    };
    let layout =
        with_shared_fonts(|fonts| headless_layout_with(map, fonts, &footer, layout_options));
    let mut scene = build_scene_with(&layout, options.theme, options.heat);
    scene.body.extend(crate::render::filter_veils(
        &layout,
        map,
        &options.filter,
        options.theme,
    ));
    let svg = svg::prims_to_svg(
        scene.all(),
        layout.size.x,
        layout.size.y,
        &map.title,
        options.map_dir.as_deref(),
    );
    if !options.text_as_paths {
        return Ok(svg);
    }
    let tree = resvg::usvg::Tree::from_str(&svg, &usvg_options())
        .map_err(|e| ExportError(format!("internal SVG error: {e}")))?;
    Ok(tree.to_string(&resvg::usvg::WriteOptions::default()))
}

/// The map as PNG bytes at `options.scale`.
pub fn export_png(map: &JourneyMap, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let svg = export_svg(
        map,
        &ExportOptions {
            text_as_paths: false,
            ..options.clone()
        },
    )?;
    render_png(&svg, options.scale)
}

/// The comparison of `current` with `future` as an SVG picture.
pub fn comparison_svg(
    current: &JourneyMap,
    future: &JourneyMap,
    options: &ExportOptions,
) -> String {
    let comparison = crate::model::compare::compare(current, future);
    let date = options.date.clone().unwrap_or_else(today);
    let footer = format!("{date}  ·  made with journeymap");
    let layout = with_shared_fonts(|fonts| {
        let mut view = fonts.with_pixels_per_point(1.0);
        let mut shaper = Shaper::new(&mut view);
        crate::layout::compare::compare_layout(
            &comparison,
            &current.title,
            &future.title,
            &footer,
            &mut shaper,
        )
    });
    let prims = crate::render::compare::compare_prims(&layout, options.theme);
    svg::prims_to_svg(
        prims.iter(),
        layout.size.x,
        layout.size.y,
        "Current vs future",
        None,
    )
}

/// Write the comparison of `current` with `future` to `path`: a picture
/// (.svg, .png) or a Markdown report (.md); written atomically.
pub fn export_comparison_to_file(
    current: &JourneyMap,
    future: &JourneyMap,
    path: &Path,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let bytes = match extension.as_deref() {
        Some("md") => crate::model::compare::to_markdown(
            &crate::model::compare::compare(current, future),
            &current.title,
            &future.title,
        )
        .into_bytes(),
        Some("svg") => comparison_svg(current, future, options).into_bytes(),
        Some("png") => render_png(&comparison_svg(current, future, options), options.scale)?,
        _ => {
            return Err(ExportError(format!(
                "{}: unknown comparison format; use a .png, .svg or .md file name",
                path.display()
            )));
        }
    };
    write_atomically(path, &bytes).map_err(|e| {
        ExportError(format!(
            "could not write {}: {e}; nothing was changed on disk",
            path.display()
        ))
    })
}

/// Export to `path`, the format chosen by its extension; written atomically.
pub fn export_to_file(
    map: &JourneyMap,
    path: &Path,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let format = Format::from_path(path).ok_or_else(|| {
        ExportError(format!(
            "{}: unknown export format; use a .svg or .png file name",
            path.display()
        ))
    })?;
    if !(1.0..=4.0).contains(&options.scale) {
        return Err(ExportError(format!(
            "scale {} is out of range; use 1 to 4",
            options.scale
        )));
    }
    let bytes = match format {
        Format::Svg => export_svg(map, options)?.into_bytes(),
        Format::Png => export_png(map, options)?,
    };
    write_atomically(path, &bytes).map_err(|e| {
        ExportError(format!(
            "could not write {}: {e}; nothing was changed on disk",
            path.display()
        ))
    })
}
