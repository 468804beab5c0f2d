//! Windows beside the canvas (not modal): the current-vs-future comparison
//! and the touchpoint priorities. They only push intents.

use super::files::Purpose;
use super::intent::Intent;
use super::session::Session;
use crate::t;

/// Draw the open windows of `session`.
pub fn windows_ui(ctx: &egui::Context, session: &Session, out: &mut Vec<Intent>) {
    if let Some((name, future)) = &session.comparison {
        let mut open = true;
        let mut save_as = None;
        egui::Window::new(t!("window-compare"))
            .id(egui::Id::unique("compare-window"))
            .open(&mut open)
            .default_width(640.0)
            .show(ctx, |ui| {
                save_as = super::compare_ui::compare_ui(ui, &session.doc.map, future, name);
            });
        if !open {
            out.push(Intent::CloseComparison);
        }
        if let Some(ext) = save_as {
            out.push(Intent::Dialog(Purpose::ExportComparison(ext)));
        }
    }
    super::versions_ui::versions_windows_ui(ctx, &session.doc.map, session.versions.as_ref(), out);
    if session.show_priorities {
        let mut open = true;
        egui::Window::new(t!("command-priorities"))
            .id(egui::Id::unique("priorities-window"))
            .open(&mut open)
            .default_width(560.0)
            .show(ctx, |ui| {
                super::priorities::priorities_ui(ui, &session.doc.map, out);
            });
        if !open {
            out.push(Intent::ShowPriorities(false));
        }
    }
}
