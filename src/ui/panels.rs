//! The open map's side panels: the inspector on the right, and, while
//! they are shown, the reviews inbox on the left and the Comments panel
//! beside the inspector.
//!
//! Each panel keeps the width the user dragged it to, between a minimum
//! and a maximum, and never grows by itself: its contents are laid out in
//! the panel's width (a wide row is clipped, not a reason to widen). Open
//! panels together leave the map at least [`MAP_SHARE`] of the window. The
//! inspector folds away to a narrow strip (its button or Ctrl+B), which
//! the preferences remember.

use egui::{Rect, Ui, UiBuilder};

use super::command::UiCommand;
use super::inspector::inspector_ui;
use super::intent::Intent;
use super::session::Session;

/// The part of the window the map keeps however many panels are open.
pub const MAP_SHARE: f32 = 0.4;

/// A panel's widths in points: the smallest, the first, the largest.
#[derive(Clone, Copy, Debug)]
pub struct Widths {
    pub min: f32,
    pub default: f32,
    pub max: f32,
}

pub const INSPECTOR: Widths = Widths {
    min: 240.0,
    default: 300.0,
    max: 420.0,
};
pub const COMMENTS: Widths = Widths {
    min: 240.0,
    default: 300.0,
    max: 440.0,
};
pub const INBOX: Widths = Widths {
    min: 260.0,
    default: 340.0,
    max: 480.0,
};

/// Width of the folded inspector's strip.
const FOLDED_WIDTH: f32 = 30.0;

/// Each open panel's widths within `window_width`: when the panels'
/// largest widths would leave the map less than its share, their largest
/// widths shrink in proportion (never below their smallest).
fn fitted(window_width: f32, open: &[Widths]) -> Vec<Widths> {
    let budget = window_width * (1.0 - MAP_SHARE);
    let wanted: f32 = open.iter().map(|w| w.max).sum();
    let scale = (budget / wanted).min(1.0);
    open.iter()
        .map(|w| {
            let max = (w.max * scale).max(w.min);
            Widths {
                min: w.min,
                default: w.default.min(max),
                max,
            }
        })
        .collect()
}

/// Show `add` in all of `ui`'s width and no more: whatever needs more room
/// is clipped instead of widening the panel.
fn within_width_ui(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    let rect = ui.available_rect_before_wrap();
    let mut child = ui.new_child(UiBuilder::new().max_rect(rect).layout(*ui.layout()));
    child.shrink_clip_rect(rect);
    add(&mut child);
    let height = child.min_rect().height().min(rect.height());
    ui.advance_cursor_after_rect(Rect::from_min_size(
        rect.min,
        egui::vec2(rect.width(), height),
    ));
}

/// Draw the panels of `session`; `author` signs new comments;
/// `inspector_hidden` folds the inspector to a strip.
pub fn side_panels_ui(
    ui: &mut Ui,
    session: &mut Session,
    author: &str,
    inspector_hidden: bool,
    out: &mut Vec<Intent>,
) {
    let mut open = Vec::new();
    if !inspector_hidden {
        open.push(INSPECTOR);
    }
    if session.comments.is_some() {
        open.push(COMMENTS);
    }
    if session.inbox.is_some() {
        open.push(INBOX);
    }
    let mut widths = fitted(ui.available_width(), &open).into_iter();
    if inspector_hidden {
        egui::Panel::right("inspector-folded")
            .resizable(false)
            .exact_size(FOLDED_WIDTH)
            .show(ui, |ui| {
                if ui
                    .button("«")
                    .on_hover_text(UiCommand::ToggleInspector.tooltip_with_shortcut(ui.ctx()))
                    .clicked()
                {
                    out.push(Intent::Run(UiCommand::ToggleInspector));
                }
            });
    } else {
        let w = widths.next().expect("one width per open panel");
        // A new id: widths the old inspector grew to by itself (and kept
        // between runs) are forgotten once.
        egui::Panel::right("inspector-panel")
            .resizable(true)
            .default_size(w.default)
            .size_range(w.min..=w.max)
            .show(ui, |ui| {
                within_width_ui(ui, |ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        if ui
                            .small_button("»")
                            .on_hover_text(
                                UiCommand::ToggleInspector.tooltip_with_shortcut(ui.ctx()),
                            )
                            .clicked()
                        {
                            out.push(Intent::Run(UiCommand::ToggleInspector));
                        }
                    });
                    inspector_ui(ui, session, out);
                });
            });
    }
    if let Some(panel) = &mut session.comments {
        let w = widths.next().expect("one width per open panel");
        egui::Panel::right("comments-panel")
            .resizable(true)
            .default_size(w.default)
            .size_range(w.min..=w.max)
            .show(ui, |ui| {
                within_width_ui(ui, |ui| {
                    super::comments::panel::comments_ui(
                        ui,
                        panel,
                        &session.doc.map,
                        &session.selection,
                        author,
                        out,
                    );
                });
            });
    }
    if let Some(inbox) = &mut session.inbox {
        let w = widths.next().expect("one width per open panel");
        egui::Panel::left("inbox-panel")
            .resizable(true)
            .default_size(w.default)
            .size_range(w.min..=w.max)
            .show(ui, |ui| {
                within_width_ui(ui, |ui| {
                    super::inbox::inbox_ui(ui, inbox, &session.doc, &session.selection, out);
                });
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_panels_leave_the_map_its_share_of_a_laptop_window() {
        let all = fitted(1440.0, &[INSPECTOR, COMMENTS, INBOX]);
        let most: f32 = all.iter().map(|w| w.max).sum();
        assert!(1440.0 - most >= 1440.0 * MAP_SHARE - 0.5, "{most}");
        assert!(all.iter().all(|w| w.min <= w.default && w.default <= w.max));
        let one = fitted(1440.0, &[INSPECTOR]);
        assert_eq!(one[0].max, INSPECTOR.max, "one panel keeps its own maximum");
    }
}
