//! Computing a [`MapLayout`] from a map.

use egui::{Rect, pos2, vec2};

use super::cards::card_cells;
use super::emotion_lane::{curve_hues, emotion_legend, emotion_plot};
use super::header::header;
use super::metric_lane::metric_content;
use super::metrics::*;
use super::review_curve::{review_curve_layout, review_legend};
use super::stages::stage_columns;
use super::{CardBox, LaneRow, MapLayout, RowContent, Shaper, StageColumn};
use crate::fonts::FontStyle;
use crate::model::{JourneyMap, Lane, LaneContent, LaneKind, MetricStyle};

/// Lay out the whole map. `footer` is the text of the footer line (map name,
/// date, credit), passed in so layouts are reproducible in tests.
pub fn compute(map: &JourneyMap, shaper: &mut Shaper, footer: &str) -> MapLayout {
    compute_with(map, shaper, footer, LayoutOptions::default())
}

/// What a layout includes beyond the map itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Every card's quotes under the grid (for exports that go into reports).
    pub evidence_appendix: bool,
    /// "5 observed · 2 assumed · 1 proposed" in every stage header.
    pub confidence_counts: bool,
    /// The legend of markers and colours under the grid.
    pub legend: bool,
    /// Touchpoints are heat-coloured (the legend then shows the scale).
    pub heat: bool,
    /// What sorted reviews say: "12 reviews · 3.4 of 5" in stage headers and
    /// their curve on emotion lanes.
    pub review_stats: bool,
    /// Every comment thread under the grid (after the evidence).
    pub comments_appendix: bool,
}

/// Like [`compute`], with extras.
pub fn compute_with(
    map: &JourneyMap,
    shaper: &mut Shaper,
    footer: &str,
    options: LayoutOptions,
) -> MapLayout {
    // Notes the shaper adds (text cut for length) are in the map's language.
    shaper.lang = map.lang();
    let evidence_appendix = options.evidence_appendix;
    let columns = map.stages.len().max(1) as f32;
    let grid_width = LANE_TITLE_WIDTH + columns * (STAGE_WIDTH + COLUMN_GAP);
    let left = MARGIN;

    let header = header(map, shaper, left, MARGIN, grid_width);
    let stages_top = header.rect.bottom() + HEADER_GAP;
    let review_stats = options
        .review_stats
        .then(|| crate::reviews::stage_reviews(map))
        .filter(|s| crate::reviews::any_sorted(s));
    let (stages, stages_bottom) = stage_columns(
        map,
        shaper,
        left,
        stages_top,
        options.confidence_counts,
        review_stats.as_deref(),
    );

    let mut lanes = Vec::with_capacity(map.lanes.len());
    let mut cards = Vec::with_capacity(map.card_count());
    let mut y = stages_bottom + 6.0;
    let mut backstage = false;
    for (index, lane) in map.lanes.iter().enumerate() {
        if lane.kind == LaneKind::LineOfVisibility {
            backstage = true;
        }
        let row = lane_row(
            map,
            lane,
            index,
            backstage,
            shaper,
            &stages,
            (left, grid_width, y),
            review_stats.as_deref(),
            &mut cards,
        );
        y = row.rect.bottom();
        lanes.push(row);
    }

    let grid = Rect::from_min_max(pos2(left, stages_top), pos2(left + grid_width, y));
    let (legend, y) = if options.legend {
        let (legend, bottom) =
            super::legend::legend(map, shaper, left, y + 24.0, grid_width, options.heat);
        (Some(legend), bottom)
    } else {
        (None, y)
    };
    let (mut appendix, appendix_bottom) = if evidence_appendix {
        super::appendix::evidence_appendix(map, shaper, left, y + 28.0, grid_width)
    } else {
        (Vec::new(), y)
    };
    let y = if options.comments_appendix {
        let (comments, bottom) = super::comments::comments_appendix(
            map,
            shaper,
            left,
            appendix_bottom + 28.0,
            grid_width,
        );
        appendix.extend(comments);
        bottom
    } else {
        appendix_bottom
    };
    let footer = shaper.text(
        footer,
        SMALL_TEXT,
        FontStyle::Regular,
        grid_width,
        pos2(left, y + (FOOTER_HEIGHT - SMALL_TEXT * 1.4) / 2.0 + 4.0),
    );
    let size = vec2(left + grid_width + MARGIN, y + FOOTER_HEIGHT + MARGIN);
    MapLayout {
        size,
        header,
        stages,
        lanes,
        cards,
        grid,
        footer,
        appendix,
        legend,
    }
}

#[allow(clippy::too_many_arguments)]
fn lane_row(
    map: &JourneyMap,
    lane: &Lane,
    index: usize,
    backstage: bool,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    (left, grid_width, top): (f32, f32, f32),
    review_stats: Option<&[crate::reviews::StageReviews]>,
    cards: &mut Vec<CardBox>,
) -> LaneRow {
    let content = lane.kind.content();
    let hue = lane.hue();
    let title_x = left + 30.0;
    let title_width = LANE_TITLE_WIDTH - 40.0;
    let is_line = content == LaneContent::Line;
    let title_style = if is_line {
        FontStyle::Italic
    } else {
        FontStyle::Bold
    };
    let title_size = if is_line { SMALL_TEXT } else { LANE_TEXT };
    let title_text = if lane.title.trim().is_empty() {
        lane.kind.label()
    } else {
        lane.title.as_str()
    };
    let title = shaper.text(
        title_text,
        title_size,
        title_style,
        title_width,
        pos2(title_x, top + 12.0),
    );
    let mut bottom_min = (title.rect().bottom() + 12.0).max(top + MIN_LANE_HEIGHT);

    let (content, bottom) = if lane.collapsed {
        let count = match content {
            LaneContent::Cards => crate::t_in!(map.lang(), "count-cards", n = lane.cards.len()),
            _ => crate::i18n::tr_in(map.lang(), "map-lane-collapsed").into_owned(),
        };
        let first_x = stages.first().map_or(left + LANE_TITLE_WIDTH, |s| s.x);
        let summary = shaper.text(
            &count,
            SMALL_TEXT,
            FontStyle::Italic,
            300.0,
            pos2(first_x + CELL_PADDING, top + 8.0),
        );
        let title = shaper.text(
            title_text,
            title_size,
            title_style,
            title_width,
            pos2(title_x, top + 6.0),
        );
        let rect = Rect::from_min_size(pos2(left, top), vec2(grid_width, COLLAPSED_HEIGHT));
        return LaneRow {
            id: lane.id,
            kind: lane.kind,
            rect,
            hue,
            icon_pos: pos2(left + 8.0, top + 8.0),
            title,
            backstage,
            odd: index % 2 == 1,
            content: RowContent::Collapsed { summary },
        };
    } else {
        match content {
            LaneContent::Cards => {
                let bottom =
                    card_cells(map.lang(), lane, shaper, stages, top, cards).max(bottom_min);
                (RowContent::Cards, bottom)
            }
            LaneContent::Emotion => {
                let hues = curve_hues(map, lane);
                let (legend, legend_bottom) =
                    emotion_legend(map, lane, &hues, shaper, left, title.rect().bottom() + 8.0);
                let curve = review_stats
                    .map(|s| crate::reviews::review_curve(map, s, lane.scale))
                    .filter(|c| !c.is_empty());
                let (review_legend, legend_bottom) = match &curve {
                    Some(_) => {
                        let (entry, bottom) =
                            review_legend(map, shaper, left, legend_bottom + LEGEND_GAP);
                        (Some(entry), bottom)
                    }
                    None => (None, legend_bottom),
                };
                let bottom = (top + EMOTION_HEIGHT)
                    .max(bottom_min)
                    .max(legend_bottom + 12.0);
                let mut plot = emotion_plot(lane, &hues, legend, shaper, stages, left, top, bottom);
                if let (Some(curve), Some(entry)) = (curve, review_legend) {
                    plot.reviews = Some(review_curve_layout(&plot, &curve, entry, shaper, stages));
                }
                (RowContent::Emotion(plot), bottom)
            }
            LaneContent::Metric => {
                let height = if lane.metric_style == MetricStyle::Line {
                    METRIC_HEIGHT * 1.7
                } else {
                    METRIC_HEIGHT
                };
                let bottom = (top + height).max(bottom_min);
                (
                    metric_content(map.lang(), lane, shaper, stages, top, bottom),
                    bottom,
                )
            }
            LaneContent::Line => {
                bottom_min = top + LINE_HEIGHT.max(title.rect().height() + 10.0);
                (
                    RowContent::Line {
                        y: top + (bottom_min - top) / 2.0,
                    },
                    bottom_min,
                )
            }
        }
    };
    let title = if is_line {
        // Line labels sit on the line, vertically centred.
        let h = title.rect().height();
        title.translated(vec2(0.0, (bottom - top - h) / 2.0 - 12.0))
    } else {
        title
    };
    LaneRow {
        id: lane.id,
        kind: lane.kind,
        rect: Rect::from_min_max(pos2(left, top), pos2(left + grid_width, bottom)),
        hue,
        icon_pos: pos2(
            left + 8.0,
            if is_line {
                title.rect().top()
            } else {
                top + 13.0
            },
        ),
        title,
        backstage,
        odd: index % 2 == 1,
        content,
    }
}
