//! Cards, icons, and the veils a filter lays over cards.

use egui::{Pos2, Rect, pos2};

use super::{Prim, Stroke};
use crate::layout::icons::{IconPart, channel_icon, place};
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

/// A rounded rectangle as a closed polyline (for dashed outlines).
pub fn rounded_rect_outline(r: Rect, radius: f32) -> Vec<Pos2> {
    let radius = radius.min(r.width() / 2.0).min(r.height() / 2.0);
    let corners = [
        (pos2(r.right() - radius, r.top() + radius), -90.0_f32),
        (pos2(r.right() - radius, r.bottom() - radius), 0.0),
        (pos2(r.left() + radius, r.bottom() - radius), 90.0),
        (pos2(r.left() + radius, r.top() + radius), 180.0),
    ];
    let mut pts = Vec::with_capacity(24);
    for (c, start) in corners {
        for i in 0..=5 {
            let a = (start + 18.0 * i as f32).to_radians();
            pts.push(pos2(c.x + radius * a.cos(), c.y + radius * a.sin()));
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
