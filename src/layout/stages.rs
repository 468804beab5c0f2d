//! Stage columns and their headers.

use egui::{Rect, pos2};

use super::metrics::*;
use super::{Shaper, StageColumn};
use crate::fonts::FontStyle;
use crate::model::JourneyMap;
use crate::reviews::StageReviews;

pub(super) fn stage_columns(
    map: &JourneyMap,
    shaper: &mut Shaper,
    left: f32,
    top: f32,
    counts: bool,
    reviews: Option<&[StageReviews]>,
) -> (Vec<StageColumn>, f32) {
    let x0 = left + LANE_TITLE_WIDTH + COLUMN_GAP;
    let pad_x = 14.0 + CHEVRON;
    let text_width = STAGE_WIDTH - 2.0 * pad_x;
    let untitled = crate::i18n::tr_in(map.lang(), "untitled-stage");
    let hues = crate::style::stage_hues(&map.stages);
    let mut columns: Vec<StageColumn> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let x = x0 + i as f32 * (STAGE_WIDTH + COLUMN_GAP);
            let name_text = if stage.name.trim().is_empty() {
                untitled.as_ref()
            } else {
                stage.name.as_str()
            };
            let name = shaper.text(
                name_text,
                STAGE_TEXT,
                FontStyle::Bold,
                text_width,
                pos2(x + pad_x, top + 10.0),
            );
            let description = (!stage.description.trim().is_empty()).then(|| {
                shaper.text_limited(
                    &stage.description,
                    SMALL_TEXT,
                    FontStyle::Regular,
                    text_width,
                    3,
                    pos2(x + pad_x, name.rect().bottom() + 2.0),
                )
            });
            let above = description.as_ref().unwrap_or(&name).rect().bottom();
            let confidence = counts.then(|| {
                let text = crate::i18n::text::confidence_counts(
                    map.lang(),
                    crate::model::confidence_counts(map, stage.id),
                );
                shaper.text_limited(
                    &text,
                    SMALL_TEXT,
                    FontStyle::Italic,
                    text_width,
                    2,
                    pos2(x + pad_x, above + 4.0),
                )
            });
            let above = confidence.as_ref().map_or(above, |c| c.rect().bottom());
            let reviews = reviews
                .and_then(|r| r.get(i))
                .filter(|r| r.count > 0)
                .map(|r| {
                    shaper.text_limited(
                        &crate::i18n::text::stage_reviews(map.lang(), r.count, r.mean_stars),
                        SMALL_TEXT,
                        FontStyle::Italic,
                        text_width,
                        2,
                        pos2(x + pad_x, above + 4.0),
                    )
                });
            StageColumn {
                id: stage.id,
                x,
                width: STAGE_WIDTH,
                header: Rect::NOTHING,
                hue: hues[i],
                name,
                description,
                confidence,
                reviews,
            }
        })
        .collect();
    let content_bottom = columns
        .iter()
        .map(|c| {
            c.reviews
                .as_ref()
                .or(c.confidence.as_ref())
                .or(c.description.as_ref())
                .unwrap_or(&c.name)
                .rect()
                .bottom()
        })
        .fold(top + 40.0, f32::max);
    let bottom = content_bottom + 10.0;
    for c in &mut columns {
        c.header = Rect::from_min_max(pos2(c.x, top), pos2(c.x + c.width, bottom));
    }
    (columns, bottom)
}
