//! The report part of a PDF: persona pages and the evidence appendix on
//! pages of their own after the map (the one appendix layout, set in one
//! column the width of the page and broken between quotes), each page
//! numbered.

use egui::{Rect, Vec2, pos2, vec2};

use super::pages::{POINTS_PER_UNIT, mm};
use crate::fonts::FontStyle;
use crate::layout::{Shaper, evidence_appendix, initials_of, meta_of};
use crate::model::JourneyMap;
use crate::render::Prim;
use crate::style::Theme;
use crate::t_in;

/// White border of a report page.
const MARGIN_MM: f32 = 15.0;

/// A report page in map units (at [`POINTS_PER_UNIT`]): its size, margin
/// and the width between the margins.
struct Page {
    size: Vec2,
    margin: f32,
    width: f32,
}

impl Page {
    fn of(page_pt: Vec2) -> Page {
        let size = page_pt / POINTS_PER_UNIT;
        let margin = mm(MARGIN_MM) / POINTS_PER_UNIT;
        Page {
            size,
            margin,
            width: size.x - 2.0 * margin,
        }
    }
}

/// Evidence pages of `page_pt` points: the primitives of each, in map
/// units at [`POINTS_PER_UNIT`] (numbered later, by [`number_pages`]).
pub fn evidence_pages(
    map: &JourneyMap,
    theme: Theme,
    page_pt: Vec2,
    shaper: &mut Shaper,
) -> Vec<Vec<Prim>> {
    appendix_pages(map, theme, page_pt, shaper, evidence_appendix)
}

/// Comment pages of `page_pt` points, like [`evidence_pages`].
pub fn comment_pages(
    map: &JourneyMap,
    theme: Theme,
    page_pt: Vec2,
    shaper: &mut Shaper,
) -> Vec<Vec<Prim>> {
    appendix_pages(
        map,
        theme,
        page_pt,
        shaper,
        crate::layout::comments_appendix,
    )
}

/// A layout appendix: its text placed from a left, top and width, and its
/// bottom (`layout::evidence_appendix`, `layout::comments_appendix`).
type Appendix = fn(&JourneyMap, &mut Shaper, f32, f32, f32) -> (Vec<crate::layout::TextBlock>, f32);

/// An appendix of the layout
/// set in one column between the margins and broken onto pages.
fn appendix_pages(
    map: &JourneyMap,
    theme: Theme,
    page_pt: Vec2,
    shaper: &mut Shaper,
    appendix: Appendix,
) -> Vec<Vec<Prim>> {
    let Page {
        size: page,
        margin,
        width,
    } = Page::of(page_pt);
    let (blocks, _) = appendix(map, shaper, margin, margin, width);
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
    pages
        .into_iter()
        .map(|blocks| {
            let mut prims = vec![background(page, theme)];
            prims.extend(blocks.into_iter().map(|block| Prim::Text {
                block,
                color: theme.text(),
            }));
            prims
        })
        .collect()
}

fn background(page: Vec2, theme: Theme) -> Prim {
    Prim::Rect {
        rect: Rect::from_min_size(pos2(0.0, 0.0), page),
        radius: 0.0,
        fill: Some(theme.background()),
        stroke: None,
    }
}

/// One page per persona: photo (or initials), name, age and role, quote,
/// goals and frustrations.
pub fn persona_pages(
    map: &JourneyMap,
    theme: Theme,
    page_pt: Vec2,
    shaper: &mut Shaper,
) -> Vec<Vec<Prim>> {
    let Page {
        size: page,
        margin,
        width,
    } = Page::of(page_pt);
    let lang = map.lang();
    map.personas
        .iter()
        .map(|persona| {
            let mut prims = vec![background(page, theme)];
            let mut text = |block, color| prims.push(Prim::Text { block, color });
            let radius = 56.0;
            let center = pos2(margin + radius, margin + radius);
            let initials = shaper.text(
                &initials_of(&persona.name),
                36.0,
                FontStyle::Bold,
                f32::INFINITY,
                pos2(0.0, 0.0),
            );
            let initials_at = center.to_vec2() - initials.size / 2.0;
            let x = margin + 2.0 * radius + 24.0;
            let name = shaper.text(
                &persona.name,
                28.0,
                FontStyle::Bold,
                page.x - margin - x,
                pos2(x, margin + 12.0),
            );
            let mut y = name.rect().bottom() + 4.0;
            let mut avatar = vec![Prim::Circle {
                center,
                radius,
                fill: Some(theme.stage_fill(persona.color)),
                stroke: None,
            }];
            avatar.push(Prim::Text {
                block: initials.translated(initials_at),
                color: theme.stage_text(),
            });
            if let Some(photo) = persona.photo.clone().filter(|p| !p.trim().is_empty()) {
                avatar.push(Prim::Photo {
                    center,
                    radius,
                    path: photo,
                });
            }
            text(name, theme.text());
            let meta = meta_of(persona);
            if !meta.is_empty() {
                let block = shaper.text(
                    &meta,
                    16.0,
                    FontStyle::Regular,
                    page.x - margin - x,
                    pos2(x, y),
                );
                y = block.rect().bottom();
                text(block, theme.text_muted());
            }
            y = y.max(center.y + radius) + 24.0;
            if !persona.quote.trim().is_empty() {
                let quote = t_in!(lang, "persona-quote-marks", quote = persona.quote.trim());
                let block = shaper.text(&quote, 18.0, FontStyle::Italic, width, pos2(margin, y));
                y = block.rect().bottom() + 24.0;
                text(block, theme.text());
            }
            for (key, items) in [
                ("pdf-persona-goals", &persona.goals),
                ("pdf-persona-frustrations", &persona.frustrations),
            ] {
                let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
                if items.is_empty() {
                    continue;
                }
                let heading = shaper.text(
                    &t_in!(lang, key),
                    18.0,
                    FontStyle::Bold,
                    width,
                    pos2(margin, y),
                );
                y = heading.rect().bottom() + 8.0;
                text(heading, theme.text());
                for item in items {
                    let block = shaper.text(
                        &format!("•  {}", item.trim()),
                        15.0,
                        FontStyle::Regular,
                        width,
                        pos2(margin, y),
                    );
                    y = block.rect().bottom() + 6.0;
                    text(block, theme.text());
                }
                y += 18.0;
            }
            prims.extend(avatar);
            prims
        })
        .collect()
}

/// "Page 2 of 5" at the foot of each report page; `first` is the number of
/// the first of them, `total` the document's page count.
pub fn number_pages(
    pages: &mut [Vec<Prim>],
    first: usize,
    total: usize,
    page_pt: Vec2,
    map: &JourneyMap,
    theme: Theme,
    shaper: &mut Shaper,
) {
    let Page {
        size: page, margin, ..
    } = Page::of(page_pt);
    for (i, prims) in pages.iter_mut().enumerate() {
        let number = t_in!(
            map.lang(),
            "pdf-page-number",
            page = first + i,
            pages = total
        );
        let label = shaper.text(
            &number,
            10.0,
            FontStyle::Regular,
            f32::INFINITY,
            pos2(margin, page.y - margin / 2.0 - 6.0),
        );
        prims.push(Prim::Text {
            block: label,
            color: theme.text_muted(),
        });
    }
}
