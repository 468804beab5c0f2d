//! Cards, icons, and the veils a filter lays over cards.

use egui::{Pos2, Rect, pos2};

use super::{Prim, Stroke};
use crate::layout::icons::{IconPart, channel_icon, picture_icon, place};
use crate::layout::metrics::{CARD_RADIUS, ICON_SIZE};
use crate::layout::{CardBox, MapLayout};
use crate::model::Confidence;
use crate::style::{Rgba, Theme};

pub(super) fn card_prims(card: &CardBox, theme: Theme, out: &mut Vec<Prim>) {
    let border = theme.card_border(card.hue);
    let proposed = card.confidence == Confidence::Proposed;
    out.push(Prim::Rect {
        rect: card.rect,
        radius: CARD_RADIUS,
        fill: Some(theme.card_fill(card.hue)),
        stroke: (!proposed).then(|| Stroke::solid(1.0, border)),
    });
    if proposed {
        out.push(Prim::Path {
            points: rounded_rect_outline(card.rect, CARD_RADIUS),
            closed: true,
            stroke: Stroke::dashed(1.3, theme.accent(card.hue), 5.0, 3.0),
        });
    }
    if let Some(picture) = &card.picture {
        let backdrop = theme.picture_backdrop();
        // The outline just outside the frame: a picture covering the frame
        // leaves it whole.
        out.push(Prim::Rect {
            rect: picture.frame.expand(0.5),
            radius: 0.0,
            fill: Some(backdrop),
            stroke: Some(Stroke::solid(1.0, border)),
        });
        let muted = theme.text_muted();
        icon(&picture_icon(), picture.icon, ICON_SIZE, muted, 1.2, out);
        out.push(Prim::Text {
            block: picture.label.clone(),
            color: muted,
        });
        if let Some(path) = &picture.path {
            out.push(Prim::Picture {
                rect: picture.frame,
                path: path.clone(),
                alt: picture.alt.clone(),
                backdrop,
            });
        }
    }
    out.push(Prim::Text {
        block: card.text.clone(),
        color: theme.card_text(card.hue),
    });
    let accent = theme.accent(card.hue);
    out.push(Prim::Circle {
        center: card.marker_center,
        radius: 3.5,
        fill: (card.confidence == Confidence::Observed).then_some(accent),
        stroke: Some(Stroke::solid(1.3, accent)),
    });
    if let Some((channel, pos)) = card.channel {
        icon(&channel_icon(channel), pos, ICON_SIZE, accent, 1.3, out);
    }
    if let Some(rating) = &card.rating {
        out.push(Prim::Text {
            block: rating.clone(),
            color: theme.card_text(card.hue),
        });
    }
    if let Some((pill, label)) = &card.badge {
        out.push(Prim::Rect {
            rect: *pill,
            radius: pill.height() / 2.0,
            fill: Some(accent),
            stroke: None,
        });
        out.push(Prim::Text {
            block: label.clone(),
            color: theme.card_fill(card.hue),
        });
    }
}

pub(super) fn icon(
    parts: &[IconPart],
    origin: Pos2,
    size: f32,
    color: Rgba,
    width: f32,
    out: &mut Vec<Prim>,
) {
    for part in parts {
        match part {
            IconPart::Line { points, closed } => out.push(Prim::Path {
                points: points.iter().map(|p| place(*p, origin, size)).collect(),
                closed: *closed,
                stroke: Stroke::solid(width, color),
            }),
            IconPart::Circle {
                center,
                radius,
                filled,
            } => out.push(Prim::Circle {
                center: place(*center, origin, size),
                radius: radius * size / 16.0,
                fill: filled.then_some(color),
                stroke: (!filled).then(|| Stroke::solid(width, color)),
            }),
        }
    }
}

/// A quarter turn's point rotated to its corner.
type Turn = fn((f32, f32)) -> (f32, f32);

/// A rounded rectangle as a closed polyline (for dashed outlines).
pub fn rounded_rect_outline(r: Rect, radius: f32) -> Vec<Pos2> {
    // cos and sin of 0°, 18°, … 90°: each corner is a quarter turn in six
    // points, turned by swapping and negating (no trigonometry per card).
    const QUARTER: [(f32, f32); 6] = [
        (1.0, 0.0),
        (0.951_056_5, 0.309_017),
        (0.809_017, 0.587_785_24),
        (0.587_785_24, 0.809_017),
        (0.309_017, 0.951_056_5),
        (0.0, 1.0),
    ];
    let radius = radius.min(r.width() / 2.0).min(r.height() / 2.0);
    // Corner centres with the rotation of their quarter: starting at -90°
    // (top right), 0°, 90° and 180°.
    let corners: [(Pos2, Turn); 4] = [
        (pos2(r.right() - radius, r.top() + radius), |(c, s)| (s, -c)),
        (pos2(r.right() - radius, r.bottom() - radius), |(c, s)| {
            (c, s)
        }),
        (pos2(r.left() + radius, r.bottom() - radius), |(c, s)| {
            (-s, c)
        }),
        (pos2(r.left() + radius, r.top() + radius), |(c, s)| (-c, -s)),
    ];
    let mut pts = Vec::with_capacity(24);
    for (centre, turn) in corners {
        for unit in QUARTER {
            let (x, y) = turn(unit);
            pts.push(pos2(centre.x + radius * x, centre.y + radius * y));
        }
    }
    pts
}

/// Veils over the cards `filter` does not show, in the background colour:
/// dimmed, still readable up close. Drawn over the body by the canvas and
/// by exports alike.
pub fn filter_veils(
    layout: &MapLayout,
    map: &crate::model::JourneyMap,
    filter: &crate::model::CardFilter,
    theme: Theme,
) -> Vec<Prim> {
    if !filter.is_active() {
        return Vec::new();
    }
    // One pass over the map (looking each card up would be quadratic).
    let dimmed: std::collections::HashSet<_> = map
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .filter(|c| !filter.matches(c))
        .map(|c| c.id)
        .collect();
    layout
        .cards
        .iter()
        .filter(|b| dimmed.contains(&b.id))
        .map(|b| Prim::Rect {
            rect: b.rect.expand(1.0),
            radius: CARD_RADIUS,
            fill: Some(theme.background().with_alpha(190)),
            stroke: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounded_outline_matches_the_circle() {
        let r = Rect::from_min_max(pos2(10.0, 20.0), pos2(110.0, 60.0));
        let pts = rounded_rect_outline(r, 6.0);
        let starts = [-90.0_f32, 0.0, 90.0, 180.0];
        let centres = [
            pos2(104.0, 26.0),
            pos2(104.0, 54.0),
            pos2(16.0, 54.0),
            pos2(16.0, 26.0),
        ];
        for (k, (start, c)) in starts.iter().zip(centres).enumerate() {
            for i in 0..=5 {
                let a = (start + 18.0 * i as f32).to_radians();
                let want = pos2(c.x + 6.0 * a.cos(), c.y + 6.0 * a.sin());
                assert!(pts[k * 6 + i].distance(want) < 1e-4, "{k} {i}");
            }
        }
    }
}
