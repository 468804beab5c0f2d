//! A metric lane: a value per stage drawn as bars, a funnel or a line.

use egui::{Rect, pos2, vec2};

use super::metrics::*;
use super::{MetricCell, RowContent, Shaper, StageColumn};
use crate::fonts::FontStyle;
use crate::model::{Lane, MetricStyle};

pub(super) fn metric_content(
    lang: crate::model::Lang,
    lane: &Lane,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    top: f32,
    bottom: f32,
) -> RowContent {
    let cells = metric_cells(lang, lane, shaper, stages, top, bottom);
    let line = if lane.metric_style == MetricStyle::Line {
        cells.iter().map(|c| c.fill.center()).collect()
    } else {
        Vec::new()
    };
    RowContent::Metric { cells, line }
}

pub(super) fn metric_cells(
    lang: crate::model::Lang,
    lane: &Lane,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    top: f32,
    bottom: f32,
) -> Vec<MetricCell> {
    let max = lane.values.values().fold(0.0_f64, |m, v| m.max(v.abs()));
    stages
        .iter()
        .filter_map(|s| {
            let &value = lane.values.get(&s.id)?;
            let x = s.x + CELL_PADDING;
            let value_block = shaper.text(
                // As the map's language writes numbers: "15,000", «15 000», "3,5".
                &crate::i18n::format_number(lang, value, 2),
                20.0,
                FontStyle::Bold,
                f32::INFINITY,
                pos2(x, top + 8.0),
            );
            let unit = (!lane.unit.is_empty()).then(|| {
                let r = value_block.rect();
                shaper.text(
                    &lane.unit,
                    SMALL_TEXT,
                    FontStyle::Regular,
                    f32::INFINITY,
                    pos2(r.right() + 4.0, r.bottom() - 19.0),
                )
            });
            let bar = Rect::from_min_size(
                pos2(x, bottom - 18.0),
                vec2(s.width - 2.0 * CELL_PADDING, 6.0),
            );
            let share = if max > 0.0 {
                (value.abs() / max) as f32
            } else {
                0.0
            };
            let (track, fill) = match lane.metric_style {
                MetricStyle::Bars => (
                    bar,
                    Rect::from_min_size(bar.min, vec2(bar.width() * share, bar.height())),
                ),
                MetricStyle::Funnel => (
                    Rect::NOTHING,
                    Rect::from_center_size(
                        bar.center() - vec2(0.0, 3.0),
                        vec2(bar.width() * share, 12.0),
                    ),
                ),
                MetricStyle::Line => {
                    let y = bottom - 10.0 - share * (bottom - top - 44.0).max(8.0);
                    (
                        Rect::NOTHING,
                        Rect::from_center_size(pos2(s.center_x(), y), vec2(7.0, 7.0)),
                    )
                }
            };
            Some(MetricCell {
                stage: s.id,
                value: value_block,
                unit,
                track,
                fill,
            })
        })
        .collect()
}
