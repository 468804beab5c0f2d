//! The stage header row: a chevron per stage with its name, description
//! and confidence counts.

use egui::{Pos2, Rect, pos2, vec2};

use super::Prim;
use crate::layout::MapLayout;
use crate::layout::metrics::CHEVRON;
use crate::style::Theme;

/// The stage header row. `stretch` widens the columns about the map's
/// origin while text and heights keep their size: the canvas pins the band
/// at 100 % over a map zoomed in by `stretch`, drawn at scale 1 so the
/// chevrons still line up with the zoomed columns. `shifts` (one per stage,
/// missing = 0) slide each stage's texts right within its chevron; see
/// [`stage_label_shifts`].
pub fn stage_band(layout: &MapLayout, theme: Theme, stretch: f32, shifts: &[f32]) -> Vec<Prim> {
    let mut band = Vec::with_capacity(layout.stages.len() * 4);
    for (i, stage) in layout.stages.iter().enumerate() {
        let extra = shifts.get(i).copied().unwrap_or(0.0);
        let shift = vec2(stage.x * (stretch - 1.0) + extra, 0.0);
        let header = Rect::from_x_y_ranges(
            stage.header.left() * stretch..=stage.header.right() * stretch,
            stage.header.y_range(),
        );
        band.push(Prim::Polygon {
            points: chevron(header, i > 0),
            fill: theme.stage_fill(stage.hue),
        });
        band.push(Prim::Text {
            block: stage.name.clone().translated(shift),
            color: theme.stage_text(),
        });
        if let Some(d) = &stage.description {
            band.push(Prim::Text {
                block: d.clone().translated(shift),
                color: theme.stage_text().with_alpha(230),
            });
        }
        for c in [&stage.confidence, &stage.reviews].into_iter().flatten() {
            band.push(Prim::Text {
                block: c.clone().translated(shift),
                color: theme.stage_text(),
            });
        }
    }
    band
}

/// How far each stage's texts slide right in a band widened by `stretch`
/// so that they start no further left than `keep_from` (band coordinates,
/// the left edge of what is in view) while staying inside their chevron.
/// Whole points, so a small pan rarely changes them.
pub fn stage_label_shifts(layout: &MapLayout, stretch: f32, keep_from: f32) -> Vec<f32> {
    layout
        .stages
        .iter()
        .map(|stage| {
            let blocks = [
                Some(&stage.name),
                stage.description.as_ref(),
                stage.confidence.as_ref(),
                stage.reviews.as_ref(),
            ];
            let text_left = stage.name.pos.x + stage.x * (stretch - 1.0);
            let text_right = blocks
                .iter()
                .flatten()
                .map(|b| b.rect().right() + stage.x * (stretch - 1.0))
                .fold(text_left, f32::max);
            let room = stage.header.right() * stretch - 2.0 * CHEVRON - text_right;
            let pad = text_left - stage.header.left() * stretch;
            (keep_from + pad - text_left)
                .clamp(0.0, room.max(0.0))
                .floor()
        })
        .collect()
}

/// The outline of a stage header: an arrow pointing right, notched on the left
/// for every stage but the first. Star-shaped around its centre.
fn chevron(r: Rect, notched: bool) -> Vec<Pos2> {
    let mid = r.center().y;
    let mut pts = vec![
        pos2(r.left(), r.top()),
        pos2(r.right() - CHEVRON, r.top()),
        pos2(r.right(), mid),
        pos2(r.right() - CHEVRON, r.bottom()),
        pos2(r.left(), r.bottom()),
    ];
    if notched {
        pts.push(pos2(r.left() + CHEVRON, mid));
    }
    pts
}
