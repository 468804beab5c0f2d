//! What a PDF export will be, known before it is written: how many sheets
//! the map takes and how small its smallest text prints, so the export
//! dialog can warn before the user exports rather than after.

use super::ExportOptions;
use super::pages::{Plan, SMALLEST_READABLE_PT};
use crate::export::{headless_picture, picture_options, with_shared_fonts};
use crate::model::JourneyMap;
use crate::render::Prim;

/// The sheets of the map and its smallest printed text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PdfPreview {
    /// Sheets the map itself takes (report pages come after).
    pub sheets: usize,
    /// Rows and columns of tiles.
    pub grid: (usize, usize),
    /// The smallest text's printed size in points.
    pub smallest_pt: f32,
}

impl PdfPreview {
    /// Is the smallest text too small to read (below
    /// [`SMALLEST_READABLE_PT`])?
    pub fn too_small(&self) -> bool {
        self.smallest_pt < SMALLEST_READABLE_PT
    }
}

/// The preview of exporting `map` with `options` as a PDF; the same
/// picture and plan as [`super::export_pdf`], without drawing a page.
pub fn pdf_preview(map: &JourneyMap, options: &ExportOptions) -> Result<PdfPreview, String> {
    let map = &*options.authors.apply(map);
    let map_only = ExportOptions {
        evidence_appendix: false,
        comments_appendix: false,
        ..options.clone()
    };
    with_shared_fonts(|fonts| {
        let picture = headless_picture(map, fonts, &picture_options(&map_only));
        let plan =
            Plan::new(options.pdf_pages, picture.layout.size).map_err(|e| e.in_ui_language())?;
        let smallest = picture
            .prims()
            .filter_map(|p| match p {
                Prim::Text { block, .. } => Some(block.size_px),
                _ => None,
            })
            .fold(f32::INFINITY, f32::min);
        let scale = plan.sheets.first().map_or(1.0, |s| s.scale);
        Ok(PdfPreview {
            sheets: plan.sheets.len(),
            grid: plan.grid,
            smallest_pt: smallest * scale,
        })
    })
}
