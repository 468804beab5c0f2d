//! Lane bands, their title column entries, metric values and emotion plots.

use egui::{Rect, pos2, vec2};

use super::cards::icon;
use super::{Prim, Stroke};
use crate::layout::emotion::area_quads;
use crate::layout::icons::{IconPart, face, lane_icon};
use crate::layout::metrics::FACE_SIZE;
use crate::layout::{EmotionPlot, LaneRow, MapLayout, RowContent};
use crate::model::LaneContent;
use crate::style::Theme;

pub(super) fn lane_band(
    lane: &LaneRow,
    layout: &MapLayout,
    theme: Theme,
    out: &mut Vec<Prim>,
    titles: &mut Vec<Prim>,
) {
    let band = if lane.backstage {
        theme.backstage_band(lane.odd)
    } else {
        theme.lane_band(lane.odd)
    };
    let is_line = lane.kind.content() == LaneContent::Line;
    if !is_line {
        out.push(Prim::Rect {
            rect: lane.rect,
            radius: 0.0,
            fill: Some(band),
            stroke: None,
        });
        // Tag, icon and title belong to the title column, which the canvas
        // pins over the body while panning.
        titles.push(Prim::Rect {
            rect: Rect::from_min_size(
                lane.rect.min + vec2(0.0, 6.0),
                vec2(4.0, lane.rect.height() - 12.0),
            ),
            radius: 2.0,
            fill: Some(theme.accent(lane.hue)),
            stroke: None,
        });
    }
    icon(
        &lane_icon(lane.kind),
        lane.icon_pos,
        16.0,
        theme.accent(lane.hue),
        1.4,
        titles,
    );
    titles.push(Prim::Text {
        block: lane.title.clone(),
        color: if is_line {
            theme.text_muted()
        } else {
            theme.text()
        },
    });
    match &lane.content {
        RowContent::Cards => {}
        RowContent::Collapsed { summary } => out.push(Prim::Text {
            block: summary.clone(),
            color: theme.text_muted(),
        }),
        RowContent::Line { y } => {
            let x0 = lane.title.rect().right() + 12.0;
            out.push(Prim::Path {
                points: vec![pos2(x0, *y), pos2(layout.grid.right(), *y)],
                closed: false,
                stroke: Stroke::dashed(1.5, theme.text_muted(), 8.0, 5.0),
            });
        }
        RowContent::Metric { cells, line } => {
            if line.len() > 1 {
                out.push(Prim::Path {
                    points: line.clone(),
                    closed: false,
                    stroke: Stroke::solid(2.0, theme.accent(lane.hue)),
                });
            }
            for c in cells {
                if c.track.is_positive() {
                    out.push(Prim::Rect {
                        rect: c.track,
                        radius: 3.0,
                        fill: Some(theme.grid_line()),
                        stroke: None,
                    });
                }
                if c.fill.width() > 0.5 {
                    out.push(Prim::Rect {
                        rect: c.fill,
                        radius: if line.is_empty() {
                            3.0
                        } else {
                            c.fill.width() / 2.0
                        },
                        fill: Some(theme.accent(lane.hue)),
                        stroke: None,
                    });
                }
                out.push(Prim::Text {
                    block: c.value.clone(),
                    color: theme.text(),
                });
                if let Some(u) = &c.unit {
                    out.push(Prim::Text {
                        block: u.clone(),
                        color: theme.text_muted(),
                    });
                }
            }
        }
        RowContent::Emotion(plot) => emotion_background(plot, theme, out, titles),
    }
}

pub(super) fn emotion_background(
    plot: &EmotionPlot,
    theme: Theme,
    out: &mut Vec<Prim>,
    titles: &mut Vec<Prim>,
) {
    for (label, y) in &plot.ticks {
        out.push(Prim::Path {
            points: vec![pos2(plot.plot.left(), *y), pos2(plot.plot.right(), *y)],
            closed: false,
            stroke: Stroke::solid(1.0, theme.grid_line()),
        });
        titles.push(Prim::Text {
            block: label.clone(),
            color: theme.text_muted(),
        });
    }
    out.push(Prim::Path {
        points: vec![
            pos2(plot.plot.left(), plot.neutral_y),
            pos2(plot.plot.right(), plot.neutral_y),
        ],
        closed: false,
        stroke: Stroke::dashed(1.0, theme.text_muted().with_alpha(160), 4.0, 4.0),
    });
    // Tint only under the first curve: several tinted areas would muddy.
    if let Some(curve) = plot.curves.first() {
        let mut above = Vec::new();
        let mut below = Vec::new();
        for path in &curve.paths {
            for q in area_quads(path, plot.neutral_y) {
                let [a, b, c, d] = q.corners;
                let target = if q.positive { &mut above } else { &mut below };
                target.push([a, b, c]);
                target.push([a, c, d]);
            }
        }
        if !above.is_empty() {
            out.push(Prim::Triangles {
                triangles: above,
                fill: theme.positive_area(),
            });
        }
        if !below.is_empty() {
            out.push(Prim::Triangles {
                triangles: below,
                fill: theme.negative_area(),
            });
        }
    }
    for (center, hue, name) in &plot.legend {
        titles.push(Prim::Rect {
            rect: Rect::from_center_size(*center, vec2(12.0, 4.0)),
            radius: 2.0,
            fill: Some(theme.accent(*hue)),
            stroke: None,
        });
        titles.push(Prim::Text {
            block: name.clone(),
            color: theme.text_muted(),
        });
    }
    if let Some(reviews) = &plot.reviews {
        let (start, name) = &reviews.legend;
        titles.push(Prim::Path {
            points: vec![*start, *start + vec2(14.0, 0.0)],
            closed: false,
            stroke: review_stroke(theme),
        });
        titles.push(Prim::Text {
            block: name.clone(),
            color: theme.text_muted(),
        });
    }
}

/// The review curve's line: dashed, in the text colour, so it reads as
/// evidence beside the personas' coloured curves and never as one of them.
fn review_stroke(theme: Theme) -> Stroke {
    Stroke::dashed(2.0, theme.text_muted(), 6.0, 4.0)
}

/// The review curve: dashed line, a small ring at each stage's mean, "n = 12".
pub(super) fn review_curve(plot: &EmotionPlot, theme: Theme, out: &mut Vec<Prim>) {
    let Some(reviews) = &plot.reviews else { return };
    for path in &reviews.paths {
        if path.len() > 1 {
            out.push(Prim::Path {
                points: path.clone(),
                closed: false,
                stroke: review_stroke(theme),
            });
        }
    }
    for (_, _, p, _) in &reviews.points {
        out.push(Prim::Circle {
            center: *p,
            radius: 4.0,
            fill: Some(theme.lane_band(false)),
            stroke: Some(Stroke::solid(2.0, theme.text_muted())),
        });
    }
    for label in &reviews.labels {
        out.push(Prim::Text {
            block: label.clone(),
            color: theme.text_muted(),
        });
    }
}

pub(super) fn emotion_curves(plot: &EmotionPlot, theme: Theme, out: &mut Vec<Prim>) {
    for curve in &plot.curves {
        for path in &curve.paths {
            if path.len() > 1 {
                out.push(Prim::Path {
                    points: path.clone(),
                    closed: false,
                    stroke: Stroke::solid(2.5, theme.accent(curve.hue)),
                });
            }
        }
        for bridge in &curve.bridges {
            out.push(Prim::Path {
                points: bridge.clone(),
                closed: false,
                stroke: Stroke::dashed(2.0, theme.accent(curve.hue).with_alpha(200), 5.0, 5.0),
            });
        }
    }
    for curve in &plot.curves {
        for (_, value, p) in &curve.points {
            let n = plot.scale.normalized(*value);
            let size = FACE_SIZE;
            out.push(Prim::Circle {
                center: *p,
                radius: size / 2.0 - 0.5,
                fill: Some(theme.face_fill(n)),
                stroke: Some(Stroke::solid(2.0, theme.accent(curve.hue))),
            });
            let parts: Vec<IconPart> = face(n).into_iter().skip(1).collect(); // outline drawn above
            icon(
                &parts,
                *p - vec2(size / 2.0, size / 2.0),
                size,
                theme.face_ink(),
                1.5,
                out,
            );
        }
    }
}
