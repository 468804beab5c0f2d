//! The report part of a PDF: the evidence appendix on pages of its own
//! after the map (the one appendix layout, set in one column the width of
//! the page and broken between quotes), each page numbered.

use egui::{Rect, Vec2, pos2, vec2};

use super::pages::{POINTS_PER_UNIT, mm};
use crate::layout::{Shaper, evidence_appendix};
use crate::model::JourneyMap;
use crate::render::Prim;
use crate::style::Theme;
use crate::t_in;

/// White border of a report page.
const MARGIN_MM: f32 = 15.0;

/// Report pages of `page_pt` points: the primitives of each, in map units
/// at [`POINTS_PER_UNIT`], numbered after the `pages_before` map pages.
pub fn evidence_pages(
    map: &JourneyMap,
    theme: Theme,
    page_pt: Vec2,
    shaper: &mut Shaper,
    pages_before: usize,
) -> Vec<Vec<Prim>> {
    let page = page_pt / POINTS_PER_UNIT;
    let margin = mm(MARGIN_MM) / POINTS_PER_UNIT;
    let width = page.x - 2.0 * margin;
    let (blocks, _) = evidence_appendix(map, shaper, margin, margin, width);
    if blocks.is_empty() {
        return Vec::new();
    }
    // Break between blocks (a card's heading, one quote): a page holds what
    // fits above its bottom margin, and never nothing.
    let bottom = page.y - margin;
    let mut pages: Vec<Vec<crate::layout::TextBlock>> = vec![Vec::new()];
    let mut shift = 0.0;
    for block in blocks {
        let on_page = pages.last().is_some_and(|p| !p.is_empty());
        if on_page && block.rect().bottom() - shift > bottom {
            shift = block.pos.y - margin;
            pages.push(Vec::new());
        }
        let moved = block.translated(vec2(0.0, -shift));
        pages.last_mut().expect("one page at least").push(moved);
    }
    let total = pages_before + pages.len();
    let lang = map.lang();
    pages
        .into_iter()
        .enumerate()
        .map(|(i, blocks)| {
            let mut prims = vec![Prim::Rect {
                rect: Rect::from_min_size(pos2(0.0, 0.0), page),
                radius: 0.0,
                fill: Some(theme.background()),
                stroke: None,
            }];
            prims.extend(blocks.into_iter().map(|block| Prim::Text {
                block,
                color: theme.text(),
            }));
            let number = t_in!(
                lang,
                "pdf-page-number",
                page = pages_before + i + 1,
                pages = total
            );
            let label = shaper.text(
                &number,
                10.0,
                crate::fonts::FontStyle::Regular,
                f32::INFINITY,
                pos2(margin, page.y - margin / 2.0 - 6.0),
            );
            prims.push(Prim::Text {
                block: label,
                color: theme.text_muted(),
            });
            prims
        })
        .collect()
}
