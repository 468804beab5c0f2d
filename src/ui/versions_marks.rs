//! What the versions features mark on the canvas: a red badge on each item
//! a merge left a conflict on (click: select it; the conflicts window
//! resolves it), and, while Compare versions is open, an outline around
//! every item that changed.

use std::collections::BTreeMap;

use egui::{Stroke, StrokeKind, Ui, vec2};

use super::badge::{Badge, badge_ui, theme_of};
use super::intent::{Intent, VersionsIntent};
use super::paint::color;
use super::session::Session;
use super::session::{found_on_screen, under_pins};
use super::versions_ui::found;
use crate::model::Hue;
use crate::model::search::Found;
use crate::t;

/// Draw the marks of the open map over its canvas (after `canvas_ui`).
pub fn versions_marks_ui(ui: &mut Ui, session: &Session, out: &mut Vec<Intent>) {
    let map = &session.doc.map;
    if map.conflicts.is_empty() && session.versions.is_none() {
        return;
    }
    let Some((layout, tfs)) = session.drawn() else {
        return;
    };
    let painter = ui.painter_at(tfs.canvas);
    let theme = theme_of(ui);
    if let Some(view) = &session.versions {
        let stroke = Stroke::new(2.5, color(theme.accent(Hue::Yellow)));
        let changed: std::collections::BTreeSet<Found> = (view.changes.iter())
            .filter_map(|c| found(&c.item))
            .collect();
        for f in changed {
            if let Some(rect) = found_on_screen(layout, &tfs, f) {
                painter.rect_stroke(rect.expand(3.0), 6.0, stroke, StrokeKind::Outside);
            }
        }
    }
    // Conflicts per item, in one order every frame.
    let mut conflicts: BTreeMap<Found, usize> = BTreeMap::new();
    for c in &map.conflicts {
        if let Some(f) = found(&c.item) {
            *conflicts.entry(f).or_default() += 1;
        }
    }
    let fill = color(theme.accent(Hue::Red));
    let radius = 9.0 * tfs.body.scaling.clamp(0.7, 1.0);
    for (f, count) in conflicts {
        let Some(rect) = found_on_screen(layout, &tfs, f) else {
            continue;
        };
        painter.rect_stroke(
            rect.expand(2.0),
            6.0,
            Stroke::new(2.0, fill),
            StrokeKind::Outside,
        );
        // Astride the top-left corner (comment badges take the right).
        let center = rect.left_top() + vec2(-radius * 0.3, -radius * 0.3);
        if matches!(f, Found::Card(_)) && under_pins(layout, &tfs, center) {
            continue;
        }
        let badge = Badge {
            id: egui::Id::unique("conflict-badges").with(f),
            center,
            radius,
            fill,
            text: "!",
            label: t!("conflicts-badge", count = count),
            tip: t!("conflicts-badge-tip", count = count),
        };
        if badge_ui(ui, &painter, tfs.canvas, badge).is_some_and(|r| r.clicked()) {
            out.push(Intent::Versions(VersionsIntent::Show(f)));
        }
    }
}
