//! Export a map as SVG, PNG or PDF, headless: the same picture as the
//! canvas ([`crate::render::picture`]), shaped with the embedded fonts.

mod notes;
pub mod pdf;
pub mod photo;
pub mod pictures;
mod png;
pub mod svg;

use std::path::Path;

use egui::epaint::text::{Fonts, TextOptions};

pub use notes::{NoteOf, PhotoIssue, PhotoNote};
pub use png::{MAX_PIXELS, MAX_SIDE_PX, MIN_SCALE, check_png_size, render_png, usvg_options};

use crate::io::write_atomically;
use crate::layout::{MapLayout, Shaper};
use crate::model::{CardFilter, JourneyMap};
use crate::render::{COMPARISON_TITLE, Picture, PictureOptions, comparison_picture, picture};
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
    /// Folder of the map file: relative photo and picture paths start there.
    pub map_dir: Option<std::path::PathBuf>,
    /// Dim the cards this filter does not show (as the canvas does); the
    /// footer says what is highlighted.
    pub filter: CardFilter,
    /// Confidence counts in every stage header.
    pub confidence_counts: bool,
    /// Leave out persona photos and card pictures from outside `map_dir`
    /// (initials and placeholders are drawn instead); embedded with a
    /// [`PhotoNote`] otherwise.
    pub no_outside_images: bool,
    /// PDF: a poster page, the map fitted onto a sheet, or tiles.
    pub pdf_pages: pdf::PdfPages,
    /// PDF: a page per persona (photo, goals, frustrations, quote) after the map.
    pub persona_pages: bool,
    /// The legend of markers and colours under the grid.
    pub legend: bool,
    /// What sorted reviews say, in stage headers and as a curve.
    pub review_stats: bool,
    /// Reviewers' names on quotes and in the appendix: kept, initials, or left out.
    pub authors: crate::reviews::Authors,
    /// Add every comment thread in a "Comments" section (PDF: on pages of
    /// their own after the map).
    pub comments_appendix: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            theme: Theme::Light,
            scale: 2.0,
            text_as_paths: false,
            date: None,
            evidence_appendix: false,
            comments_appendix: false,
            heat: false,
            map_dir: None,
            filter: CardFilter::default(),
            confidence_counts: false,
            no_outside_images: false,
            pdf_pages: pdf::PdfPages::Poster,
            persona_pages: false,
            legend: false,
            review_stats: false,
            authors: crate::reviews::Authors::Keep,
        }
    }
}

/// File formats the exporter writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Pdf,
}

impl Format {
    /// The format named by a file's extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// Why an export failed: the English message (the CLI prints it) and, for
/// the ones a user of the app meets, a translation key with arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError {
    pub message: String,
    /// "" for an internal failure, told in English only.
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl ExportError {
    /// An internal failure, in English only.
    pub fn plain(message: impl Into<String>) -> ExportError {
        ExportError {
            message: message.into(),
            key: "",
            args: Vec::new(),
        }
    }

    /// Said by the translation files (the English text is the message).
    pub fn said(key: &'static str, args: Vec<(&'static str, String)>) -> ExportError {
        ExportError {
            message: crate::i18n::said_in(crate::model::Lang::En, key, &args, key),
            key,
            args,
        }
    }

    /// The error in the interface language (the app shows this).
    pub fn in_ui_language(&self) -> String {
        match self.key {
            "" => self.message.clone(),
            key => crate::i18n::said_in(crate::i18n::ui_lang(), key, &self.args, &self.message),
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExportError {}

/// Fonts for headless layout: the same definitions the app gives egui.
pub fn headless_fonts() -> Fonts {
    Fonts::new(TextOptions::default(), crate::fonts::definitions())
}

pub use crate::date::{date_from_days, today};

/// The picture of `map` under `options` (footer date: today unless set).
fn picture_options(options: &ExportOptions) -> PictureOptions {
    PictureOptions {
        theme: options.theme,
        heat: options.heat,
        evidence_appendix: options.evidence_appendix,
        confidence_counts: options.confidence_counts,
        legend: options.legend,
        review_stats: options.review_stats,
        comments_appendix: options.comments_appendix,
        filter: options.filter,
        date: options.date.clone().unwrap_or_else(today),
    }
}

/// Lay out `map` with headless fonts, as an export of it with default
/// options dated `date` would.
pub fn headless_layout(map: &JourneyMap, fonts: &mut Fonts, date: &str) -> MapLayout {
    let options = PictureOptions {
        date: date.to_string(),
        ..Default::default()
    };
    headless_picture(map, fonts, &options).layout
}

/// The picture of `map` with headless fonts.
pub fn headless_picture(map: &JourneyMap, fonts: &mut Fonts, options: &PictureOptions) -> Picture {
    let mut view = fonts.with_pixels_per_point(1.0);
    let mut shaper = Shaper::new(&mut view);
    picture(map, &mut shaper, options)
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
    export_svg_with_notes(map, options).map(|(svg, _)| svg)
}

/// [`export_svg`] and a note for each persona photo not drawn as it is
/// (each photo is read and decoded once).
pub fn export_svg_with_notes(
    map: &JourneyMap,
    options: &ExportOptions,
) -> Result<(String, Vec<PhotoNote>), ExportError> {
    export_svg_checked(map, options, |_| Ok(()))
}

/// The SVG of [`export_svg_with_notes`]; `check` sees the picture's size in
/// points first and may refuse before any SVG is written.
fn export_svg_checked(
    map: &JourneyMap,
    options: &ExportOptions,
    check: impl FnOnce(egui::Vec2) -> Result<(), ExportError>,
) -> Result<(String, Vec<PhotoNote>), ExportError> {
    let map = &*options.authors.apply(map);
    let picture =
        with_shared_fonts(|fonts| headless_picture(map, fonts, &picture_options(options)));
    let size = picture.layout.size;
    check(size)?;
    // Pictures at the export scale: as sharp as the PNG needs, no sharper.
    let (photos, notes) = photo::Photos::read_with_pictures(
        map,
        &picture.layout,
        options.map_dir.as_deref(),
        options.no_outside_images,
        options.scale,
    );
    let title = match map.lens.accessible_title.trim() {
        "" => map.title.as_str(),
        accessible => accessible,
    };
    let svg = svg::prims_to_svg(picture.prims(), size.x, size.y, title, &photos);
    if !options.text_as_paths {
        return Ok((svg, notes));
    }
    let tree = resvg::usvg::Tree::from_str(&svg, &usvg_options())
        .map_err(|e| ExportError::plain(format!("internal SVG error: {e}")))?;
    Ok((tree.to_string(&resvg::usvg::WriteOptions::default()), notes))
}

/// The map as PNG bytes at `options.scale`.
pub fn export_png(map: &JourneyMap, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    export_png_with_notes(map, options).map(|(png, _)| png)
}

/// [`export_png`] and the notes of [`export_svg_with_notes`].
pub fn export_png_with_notes(
    map: &JourneyMap,
    options: &ExportOptions,
) -> Result<(Vec<u8>, Vec<PhotoNote>), ExportError> {
    let (svg, notes) = export_svg_checked(
        map,
        &ExportOptions {
            text_as_paths: false,
            ..options.clone()
        },
        // Too large is known from the layout: no SVG to parse first.
        |size| check_png_size(size.x, size.y, options.scale),
    )?;
    Ok((render_png(&svg, options.scale)?, notes))
}

/// The comparison of `current` with `future` as an SVG picture.
pub fn comparison_svg(
    current: &JourneyMap,
    future: &JourneyMap,
    options: &ExportOptions,
) -> String {
    let picture = with_shared_fonts(|fonts| {
        let mut view = fonts.with_pixels_per_point(1.0);
        let mut shaper = Shaper::new(&mut view);
        comparison_picture(current, future, &mut shaper, &picture_options(options))
    });
    svg::prims_to_svg(
        picture.prims.iter(),
        picture.layout.size.x,
        picture.layout.size.y,
        COMPARISON_TITLE,
        &photo::Photos::default(),
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
        // In the current map's language, like the comparison picture.
        Some("md") => crate::i18n::text::comparison_report(
            current.lang(),
            &crate::model::compare::compare(current, future),
            &current.title,
            &future.title,
        )
        .into_bytes(),
        Some("svg") => comparison_svg(current, future, options).into_bytes(),
        Some("png") => render_png(&comparison_svg(current, future, options), options.scale)?,
        _ => {
            let file = vec![("file", path.display().to_string())];
            return Err(ExportError::said("export-unknown-comparison", file));
        }
    };
    write_export(path, &bytes)
}

/// Export to `path`, the format chosen by its extension; written atomically.
pub fn export_to_file(
    map: &JourneyMap,
    path: &Path,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    export_to_file_with_notes(map, path, options).map(|_| ())
}

/// [`export_to_file`], giving a note for each persona photo not drawn as
/// it is (for warnings).
pub fn export_to_file_with_notes(
    map: &JourneyMap,
    path: &Path,
    options: &ExportOptions,
) -> Result<Vec<PhotoNote>, ExportError> {
    let format = Format::from_path(path).ok_or_else(|| {
        let file = vec![("file", path.display().to_string())];
        ExportError::said("export-unknown-format", file)
    })?;
    let (bytes, notes) = export_bytes_with_notes(map, format, options)?;
    write_export(path, &bytes)?;
    Ok(notes)
}

/// The bytes of a picture export in `format` (for a file, or standard
/// output with `export -o -`), with a note for each photo not drawn.
pub fn export_bytes_with_notes(
    map: &JourneyMap,
    format: Format,
    options: &ExportOptions,
) -> Result<(Vec<u8>, Vec<PhotoNote>), ExportError> {
    if !(1.0..=4.0).contains(&options.scale) {
        let scale = vec![("scale", options.scale.to_string())];
        return Err(ExportError::said("export-scale-range", scale));
    }
    let (bytes, notes) = match format {
        Format::Svg => {
            let (svg, notes) = export_svg_with_notes(map, options)?;
            (svg.into_bytes(), notes)
        }
        Format::Png => export_png_with_notes(map, options)?,
        Format::Pdf => {
            let pdf = pdf::export_pdf(map, options)?;
            (pdf.bytes, pdf.notes)
        }
    };
    Ok((bytes, notes))
}

/// Write an export's bytes to `path` atomically: on failure the previous
/// file, if any, is unchanged.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    write_atomically(path, bytes).map_err(|e| {
        if let Some(not_regular) = crate::io::NotRegular::of(&e) {
            let args = vec![
                ("file", path.display().to_string()),
                ("kind", not_regular.kind.to_string()),
            ];
            return ExportError::said("export-not-regular", args);
        }
        let args = vec![
            ("file", path.display().to_string()),
            ("detail", e.to_string()),
        ];
        ExportError::said("export-write-failed", args)
    })
}
