//! Display list of a current-vs-future comparison, for SVG and PNG.

use egui::{Pos2, Rect};

use super::{Prim, Stroke};
use crate::layout::compare::CompareLayout;
use crate::model::Hue;
use crate::style::{STAGE_ROTATION, Theme};

/// Colours of the two maps: now blue, future green (as in the app's window).
pub const NOW: Hue = Hue::Blue;
pub const FUTURE: Hue = Hue::Green;

/// The comparison as primitives, back to front.
pub fn compare_prims(layout: &CompareLayout, theme: Theme) -> Vec<Prim> {
    let mut out = vec![Prim::Rect {
        rect: Rect::from_min_size(Pos2::ZERO, layout.size),
        radius: 0.0,
        fill: Some(theme.background()),
        stroke: None,
    }];
    let text = |block: &crate::layout::TextBlock, color| Prim::Text {
        block: block.clone(),
        color,
    };
    out.push(text(&layout.title, theme.text()));
    out.push(text(&layout.subtitle, theme.text_muted()));
    for ((centre, label), hue) in layout.legend.iter().zip([NOW, FUTURE]) {
        out.push(Prim::Circle {
            center: *centre,
            radius: 5.0,
            fill: Some(theme.accent(hue)),
            stroke: None,
        });
        out.push(text(label, theme.accent(hue)));
    }
    for (i, col) in layout.columns.iter().enumerate() {
        // A stage in one map only is drawn in that map's colour, outlined.
        let hue = match (col.in_current, col.in_future) {
            (true, false) => NOW,
            (false, true) => FUTURE,
            _ => STAGE_ROTATION[i % STAGE_ROTATION.len()],
        };
        let both = col.in_current && col.in_future;
        out.push(Prim::Rect {
            rect: col.header,
            radius: 6.0,
            fill: Some(if both {
                theme.stage_fill(hue)
            } else {
                theme.card_fill(hue)
            }),
            stroke: (!both).then(|| Stroke::dashed(1.5, theme.accent(hue), 5.0, 3.0)),
        });
        out.push(text(
            &col.name,
            if both {
                theme.stage_text()
            } else {
                theme.card_text(hue)
            },
        ));
    }
    out.push(Prim::Rect {
        rect: layout.plot,
        radius: 6.0,
        fill: Some(theme.surface()),
        stroke: Some(Stroke::solid(1.0, theme.grid_line())),
    });
    out.push(Prim::Path {
        points: vec![
            Pos2::new(layout.plot.left(), layout.neutral_y),
            Pos2::new(layout.plot.right(), layout.neutral_y),
        ],
        closed: false,
        stroke: Stroke::dashed(1.0, theme.text_muted(), 4.0, 4.0),
    });
    // The future below, wider, so where nothing changes both stay visible.
    for (runs, hue, width, radius) in [
        (&layout.future_line, FUTURE, 4.5, 6.5),
        (&layout.current_line, NOW, 2.0, 4.0),
    ] {
        let color = theme.accent(hue);
        for run in runs {
            if run.len() > 1 {
                out.push(Prim::Path {
                    points: run.clone(),
                    closed: false,
                    stroke: Stroke::solid(width, color),
                });
            }
            for p in run {
                out.push(Prim::Circle {
                    center: *p,
                    radius,
                    fill: Some(color),
                    stroke: Some(Stroke::solid(1.5, theme.background())),
                });
            }
        }
    }
    for (r, (label, band)) in layout.row_labels.iter().enumerate() {
        if r % 2 == 0 {
            out.push(Prim::Rect {
                rect: *band,
                radius: 0.0,
                fill: Some(theme.lane_band(true)),
                stroke: None,
            });
        }
        out.push(text(label, theme.text()));
        for col in &layout.columns {
            if let Some(cell) = col.cells.get(r) {
                out.push(text(cell, theme.text()));
            }
        }
    }
    out.push(text(&layout.differences_title, theme.text()));
    for d in &layout.differences {
        out.push(text(d, theme.text()));
    }
    out.push(text(&layout.footer, theme.text_muted()));
    out
}
