//! The open map's side panels: the inspector on the right, and, while
//! they are shown, the reviews inbox on the left and the Comments panel
//! beside the inspector.

use egui::Ui;

use super::inspector::inspector_ui;
use super::intent::Intent;
use super::session::Session;

/// Draw the panels of `session`; `author` signs new comments.
pub fn side_panels_ui(ui: &mut Ui, session: &mut Session, author: &str, out: &mut Vec<Intent>) {
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(300.0)
        .show(ui, |ui| {
            inspector_ui(ui, session, out);
        });
    if let Some(panel) = &mut session.comments {
        egui::Panel::right("comments")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| {
                super::comments::panel::comments_ui(
                    ui,
                    panel,
                    &session.doc.map,
                    &session.selection,
                    author,
                    out,
                );
            });
    }
    if let Some(inbox) = &mut session.inbox {
        egui::Panel::left("inbox")
            .resizable(true)
            .default_size(360.0)
            .show(ui, |ui| {
                super::inbox::inbox_ui(ui, inbox, &session.doc, &session.selection, out);
            });
    }
}
