//! Badges on the canvas: the number of open comments on a card, stage
//! header, lane title or the map's title, in a small disc at its corner.
//! A badge is a button: clicking it selects the item and opens the panel.

use egui::{Pos2, Rect, Ui, vec2};

use crate::model::{CommentOn, Hue};
use crate::t;
use crate::ui::badge::{Badge, badge_ui, theme_of};
use crate::ui::intent::CommentsIntent;
use crate::ui::intent::Intent;
use crate::ui::paint::color;
use crate::ui::session::Session;
use crate::ui::session::{found_on_screen, under_pins};

/// Draw the badges of the open map over its canvas (after `canvas_ui`, so
/// they sit on top of the cards and take their clicks).
pub fn badges_ui(ui: &mut Ui, session: &Session, out: &mut Vec<Intent>) {
    let map = &session.doc.map;
    if map.comments.is_empty() {
        return;
    }
    let Some((layout, tfs)) = session.drawn() else {
        return;
    };
    let counts = map.open_comment_counts();
    if counts.is_empty() {
        return;
    }
    let zoom = tfs.body.scaling;
    let radius = 9.0 * zoom.clamp(0.7, 1.0);
    let mut badges: Vec<(CommentOn, Rect)> = Vec::new();
    for on in counts.keys() {
        let rect = match super::selection_of(*on) {
            None => Some(tfs.body * layout.header.title.rect()),
            Some((_, found)) => found_on_screen(layout, &tfs, found),
        };
        if let Some(rect) = rect {
            badges.push((*on, rect));
        }
    }
    // One order every frame, so widget ids and paint order are stable.
    badges.sort_by(|a, b| {
        (a.1.top(), a.1.left())
            .partial_cmp(&(b.1.top(), b.1.left()))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let painter = ui.painter_at(tfs.canvas);
    let fill = color(theme_of(ui).accent(Hue::Orange));
    for (on, rect) in badges {
        let center = match on {
            // After the title's text, where nothing else is drawn.
            CommentOn::Map => Pos2::new(rect.right() + radius + 6.0, rect.center().y),
            // Astride the corner, clear of the marker dot inside it.
            _ => rect.right_top() + vec2(radius * 0.3, -radius * 0.3),
        };
        // A card scrolled under the pinned titles or band: its badge too.
        if matches!(on, CommentOn::Card(_)) && under_pins(layout, &tfs, center) {
            continue;
        }
        let count = counts[&on];
        let text = if count > 99 {
            "99+".to_string()
        } else {
            count.to_string()
        };
        let badge = Badge {
            id: egui::Id::unique("comment-badges").with(on),
            center,
            radius,
            fill,
            text: &text,
            label: t!("comments-badge", count = count),
            tip: t!("comments-badge-tip", count = count),
        };
        if badge_ui(ui, &painter, tfs.canvas, badge).is_some_and(|r| r.clicked()) {
            out.push(Intent::Comments(CommentsIntent::Open(on)));
        }
    }
}
