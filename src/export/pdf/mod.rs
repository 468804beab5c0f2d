//! PDF: the map's picture on paper, written with krilla. The same display
//! list as the canvas, SVG and PNG ([`draw`]), laid onto pages by a
//! [`pages::Plan`]: a poster page the size of the map, the map fitted onto
//! a sheet, or true-size tiles to tape together. Text stays real text in
//! the embedded fonts (subset, with a Unicode map); the document has an
//! outline, metadata and, on tiles, crop marks and a label per sheet.

mod draw;
pub mod pages;
mod preview;
mod report;

pub use preview::{PdfPreview, pdf_preview};

use egui::{Rect, Vec2, pos2};
use krilla::Document;
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::TextDirection;

use super::photo::{PhotoNote, Photos};
use super::{ExportError, ExportOptions, headless_picture, picture_options, with_shared_fonts};
use crate::model::{JourneyMap, title_or_untitled};
use crate::render::Prim;
use crate::t_in;
use draw::{Fonts, Images, Resources, draw_prims};
use pages::{OVERLAP_MM, Plan, SMALLEST_READABLE_PT, Sheet, mm};

pub use pages::{Orientation, Paper, PdfPages};

/// A PDF export and what the user should know about it.
#[derive(Debug)]
pub struct PdfExport {
    pub bytes: Vec<u8>,
    pub notes: Vec<PhotoNote>,
    /// The size the smallest text prints at on a fitted sheet, when it is
    /// below [`SMALLEST_READABLE_PT`].
    pub small_text_pt: Option<f32>,
    pub pages: usize,
}

/// The map as a PDF laid out by `options.pdf_pages`.
pub fn export_pdf(map: &JourneyMap, options: &ExportOptions) -> Result<PdfExport, ExportError> {
    let map = &*options.authors.apply(map);
    // The evidence goes on report pages of its own, not under the grid.
    let map_only = ExportOptions {
        evidence_appendix: false,
        comments_appendix: false,
        ..options.clone()
    };
    let report_page = match options.pdf_pages {
        PdfPages::Fit { paper, .. } | PdfPages::Tile { paper, .. } => paper.portrait_pt(),
        PdfPages::Poster => Paper::A4.portrait_pt(),
    };
    let (picture, plan, report, sections) = with_shared_fonts(|fonts| {
        let picture = headless_picture(map, fonts, &picture_options(&map_only));
        let plan = Plan::new(options.pdf_pages, picture.layout.size)?;
        let mut view = fonts.with_pixels_per_point(1.0);
        let mut shaper = crate::layout::Shaper::new(&mut view);
        shaper.lang = map.lang();
        let (theme, size) = (options.theme, report_page);
        let personas = match options.persona_pages {
            true => report::persona_pages(map, theme, size, &mut shaper),
            false => Vec::new(),
        };
        let evidence = match options.evidence_appendix {
            true => report::evidence_pages(map, theme, size, &mut shaper),
            false => Vec::new(),
        };
        let comments = match options.comments_appendix {
            true => report::comment_pages(map, theme, size, &mut shaper),
            false => Vec::new(),
        };
        let first = plan.sheets.len() + 1;
        let sections = Sections {
            personas: (!personas.is_empty()).then_some(first - 1),
            evidence: (!evidence.is_empty()).then_some(first - 1 + personas.len()),
            comments: (!comments.is_empty()).then_some(first - 1 + personas.len() + evidence.len()),
        };
        let mut report: Vec<Vec<Prim>> = (personas.into_iter().chain(evidence))
            .chain(comments)
            .collect();
        let total = plan.sheets.len() + report.len();
        report::number_pages(&mut report, first, total, size, map, theme, &mut shaper);
        Ok::<_, ExportError>((picture, plan, report, sections))
    })?;
    let (photos, notes) = Photos::read_with_pictures(
        map,
        &picture.layout,
        options.map_dir.as_deref(),
        options.no_outside_images,
        pages::PICTURE_PX_PER_UNIT,
    );
    let lang = map.lang();
    let mut res = Resources {
        fonts: Fonts::new(),
        images: Images::default(),
        photos: &photos,
    };
    let prims: Vec<&Prim> = picture.prims().collect();
    let mut document = Document::new();
    for sheet in &plan.sheets {
        let settings = PageSettings::from_wh(sheet.size.x, sheet.size.y)
            .ok_or_else(|| ExportError::said("export-pdf-empty", Vec::new()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        draw_sheet(&mut surface, sheet, &prims, &mut res);
        if let Some((row, col)) = sheet.tile {
            let label = t_in!(
                lang,
                "pdf-tile-label",
                row = row + 1,
                column = col + 1,
                rows = plan.grid.0,
                columns = plan.grid.1
            );
            tile_marks(
                &mut surface,
                sheet,
                plan.grid,
                (row, col),
                &label,
                &res.fonts,
            );
        }
        surface.finish();
        page.finish();
    }
    for report_prims in &report {
        let settings =
            PageSettings::from_wh(report_page.x, report_page.y).expect("paper sizes are positive");
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        surface.push_transform(&Transform::from_scale(
            pages::POINTS_PER_UNIT,
            pages::POINTS_PER_UNIT,
        ));
        draw_prims(&mut surface, report_prims.iter(), &mut res);
        surface.pop();
        surface.finish();
        page.finish();
    }
    document.set_outline(outline(map, &plan, sections));
    document.set_metadata(metadata(map, options));
    let bytes = document
        .finish()
        .map_err(|e| ExportError::plain(format!("could not write the PDF: {e:?}")))?;
    let smallest = prims
        .iter()
        .filter_map(|p| match p {
            Prim::Text { block, .. } => Some(block.size_px),
            _ => None,
        })
        .fold(f32::INFINITY, f32::min);
    let fitted = matches!(options.pdf_pages, PdfPages::Fit { .. });
    let printed = smallest * plan.sheets[0].scale;
    Ok(PdfExport {
        bytes,
        notes,
        small_text_pt: (fitted && printed < SMALLEST_READABLE_PT).then_some(printed),
        pages: plan.sheets.len() + report.len(),
    })
}

/// The picture on one sheet: placed, clipped to the printable area, and
/// only what falls on the sheet (a poster tiled over 40 sheets draws each
/// card once, not 40 times).
fn draw_sheet(surface: &mut Surface, sheet: &Sheet, prims: &[&Prim], res: &mut Resources) {
    let clip = sheet.clip;
    let mut pb = PathBuilder::new();
    if let Some(r) =
        krilla::geom::Rect::from_ltrb(clip.left(), clip.top(), clip.right(), clip.bottom())
    {
        pb.push_rect(r);
    }
    let clipped = pb.finish();
    if let Some(path) = &clipped {
        surface.push_clip_path(path, &FillRule::NonZero);
    }
    surface.push_transform(&Transform::from_row(
        sheet.scale,
        0.0,
        0.0,
        sheet.scale,
        sheet.origin.x,
        sheet.origin.y,
    ));
    let visible = Rect::from_min_max(
        ((clip.min.to_vec2() - sheet.origin) / sheet.scale).to_pos2(),
        ((clip.max.to_vec2() - sheet.origin) / sheet.scale).to_pos2(),
    );
    let on_sheet = prims
        .iter()
        .copied()
        .filter(|p| sheet.tile.is_none() || p.bounds().intersects(visible));
    draw_prims(surface, on_sheet, res);
    surface.pop();
    if clipped.is_some() {
        surface.pop();
    }
}

/// Crop marks at the printable area's corners, ticks where the neighbouring
/// sheets' edges go (their overlap), and the sheet's label.
fn tile_marks(
    surface: &mut Surface,
    sheet: &Sheet,
    (rows, cols): (usize, usize),
    (row, col): (usize, usize),
    label: &str,
    fonts: &Fonts,
) {
    let c = sheet.clip;
    let (gap, len, overlap) = (mm(1.5), mm(5.0), mm(OVERLAP_MM));
    let mut pb = PathBuilder::new();
    let mut line = |a: egui::Pos2, b: egui::Pos2| {
        pb.move_to(a.x, a.y);
        pb.line_to(b.x, b.y);
    };
    for (corner, dx, dy) in [
        (c.left_top(), -1.0, -1.0),
        (c.right_top(), 1.0, -1.0),
        (c.left_bottom(), -1.0, 1.0),
        (c.right_bottom(), 1.0, 1.0),
    ] {
        line(
            pos2(corner.x + dx * gap, corner.y),
            pos2(corner.x + dx * (gap + len), corner.y),
        );
        line(
            pos2(corner.x, corner.y + dy * gap),
            pos2(corner.x, corner.y + dy * (gap + len)),
        );
    }
    // Where the next sheet's picture starts: align its edge on these ticks.
    if col + 1 < cols {
        let x = c.right() - overlap;
        line(pos2(x, c.top() - gap), pos2(x, c.top() - gap - len));
        line(pos2(x, c.bottom() + gap), pos2(x, c.bottom() + gap + len));
    }
    if row + 1 < rows {
        let y = c.bottom() - overlap;
        line(pos2(c.left() - gap, y), pos2(c.left() - gap - len, y));
        line(pos2(c.right() + gap, y), pos2(c.right() + gap + len, y));
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(0, 0, 0).into(),
            width: 0.5,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
    }
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(90, 90, 90).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }));
    surface.draw_text(
        Point::from_xy(c.left() + gap + len, sheet.size.y - mm(4.0)),
        fonts.regular(),
        7.0,
        label,
        false,
        TextDirection::Auto,
    );
}

/// The page and point where map position `at` is printed.
fn destination(plan: &Plan, at: Vec2) -> XyzDestination {
    let (index, sheet) = plan
        .sheets
        .iter()
        .enumerate()
        .find(|(_, s)| s.clip.contains((s.origin + at * s.scale).to_pos2()))
        .unwrap_or((0, &plan.sheets[0]));
    let p = sheet.origin + at * sheet.scale;
    XyzDestination::new(index, Point::from_xy(p.x.max(0.0), p.y.max(0.0)))
}

/// Where the report's sections start (page indices from 0).
struct Sections {
    personas: Option<usize>,
    evidence: Option<usize>,
    comments: Option<usize>,
}

/// Bookmarks: the map, its persona pages (one entry each) and its evidence
/// pages, when there are any.
fn outline(map: &JourneyMap, plan: &Plan, sections: Sections) -> Outline {
    let lang = map.lang();
    let top = |page: usize| XyzDestination::new(page, Point::from_xy(0.0, 0.0));
    let mut outline = Outline::new();
    let mut root = OutlineNode::new(
        title_or_untitled(&map.title).to_string(),
        destination(plan, Vec2::ZERO),
    );
    root.push_child(OutlineNode::new(
        t_in!(lang, "pdf-outline-map").into_owned(),
        destination(plan, Vec2::ZERO),
    ));
    if let Some(first) = sections.personas {
        let title = t_in!(lang, "pdf-outline-personas").into_owned();
        let mut node = OutlineNode::new(title, top(first));
        for (i, persona) in map.personas.iter().enumerate() {
            node.push_child(OutlineNode::new(persona.name.clone(), top(first + i)));
        }
        root.push_child(node);
    }
    for (page, key) in [
        (sections.evidence, "pdf-outline-evidence"),
        (sections.comments, "map-comments-heading"),
    ] {
        if let Some(page) = page {
            root.push_child(OutlineNode::new(t_in!(lang, key).into_owned(), top(page)));
        }
    }
    outline.push_child(root);
    outline
}

fn metadata(map: &JourneyMap, options: &ExportOptions) -> Metadata {
    let mut meta = Metadata::new()
        .title(title_or_untitled(&map.title).to_string())
        .creator("journeymap".to_string())
        .language(map.lang().code().to_string());
    if !map.lens.goal.trim().is_empty() {
        meta = meta.description(map.lens.goal.trim().to_string());
    }
    let date = options.date.clone().unwrap_or_else(crate::date::today);
    let mut parts = date.split('-').filter_map(|p| p.parse::<u16>().ok());
    if let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) {
        meta = meta.creation_date(DateTime::new(y).month(m as u8).day(d as u8));
    }
    meta
}
