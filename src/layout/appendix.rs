//! The evidence appendix of an export: every quote behind the map's cards,
//! grouped by card, in columns under the grid.

use egui::{Pos2, pos2};

use super::metrics::{SMALL_TEXT, STAGE_WIDTH};
use super::{Shaper, TextBlock};
use crate::fonts::FontStyle;
use crate::model::JourneyMap;

/// Text of the appendix, placed from `top` in `width`; and its bottom.
pub fn evidence_appendix(
    map: &JourneyMap,
    shaper: &mut Shaper,
    left: f32,
    top: f32,
    width: f32,
) -> (Vec<TextBlock>, f32) {
    let cards: Vec<_> = map
        .lanes
        .iter()
        .flat_map(|l| l.cards.iter().map(move |c| (l, c)))
        .filter(|(_, c)| !c.evidence.is_empty())
        .collect();
    if cards.is_empty() {
        return (Vec::new(), top);
    }
    let mut blocks = Vec::new();
    let title = crate::i18n::tr_in(map.lang(), "map-evidence-heading");
    let heading = shaper.text(&title, 18.0, FontStyle::Bold, width, pos2(left, top));
    let body_top = heading.rect().bottom() + 10.0;
    blocks.push(heading);
    // Columns as wide as two stages, filled top to bottom, left to right.
    let column_width = (STAGE_WIDTH * 2.0).min(width);
    let columns = ((width + 24.0) / (column_width + 24.0)).floor().max(1.0) as usize;
    let per_column = cards.len().div_ceil(columns);
    let mut bottom = body_top;
    for (col, chunk) in cards.chunks(per_column.max(1)).enumerate() {
        let x = left + col as f32 * (column_width + 24.0);
        let mut y = body_top;
        for (lane, card) in chunk {
            let stage = map
                .stages
                .iter()
                .find(|s| s.id == card.stage)
                .map_or("", |s| s.name.as_str());
            let title = shaper.text(
                &format!("{stage} · {} — {}", lane.title, card.text),
                SMALL_TEXT,
                FontStyle::Bold,
                column_width,
                Pos2::new(x, y),
            );
            y = title.rect().bottom() + 2.0;
            blocks.push(title);
            for e in &card.evidence {
                // In the map language's own quotation marks: «…» in Russian.
                let mut line =
                    crate::t_in!(map.lang(), "persona-quote-marks", quote = e.quote.trim());
                let rating = e.rating.map(|r| {
                    crate::t_in!(
                        map.lang(),
                        "evidence-rating",
                        value = r.value_text(),
                        scale = r.scale.label()
                    )
                });
                let source: Vec<&str> = [
                    e.author.as_str(),
                    e.source.as_str(),
                    e.date.as_str(),
                    e.link.as_str(),
                    rating.as_deref().unwrap_or(""),
                ]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect();
                if !source.is_empty() {
                    line.push_str(&format!(" — {}", source.join(", ")));
                }
                let quote = shaper.text(
                    &line,
                    SMALL_TEXT,
                    FontStyle::Italic,
                    column_width - 12.0,
                    pos2(x + 12.0, y),
                );
                y = quote.rect().bottom() + 2.0;
                blocks.push(quote);
            }
            y += 8.0;
        }
        bottom = bottom.max(y);
    }
    (blocks, bottom)
}
