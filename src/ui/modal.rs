//! Modal dialogs: one enum, so "is a modal open?" is one question (and no
//! shortcut acts on the map behind one). Each dialog only pushes intents.

use egui::{Id, RichText};

use super::command::UiCommand;
use super::export_dialog::export_dialog_ui;
use super::intent::{Intent, Replace};
use crate::export::ExportOptions;
use crate::io::{Recovery, RecoverySlot};
use crate::model::{CardFilter, JourneyMap};
use crate::t;

/// A dialog that blocks the rest of the window until answered.
#[derive(Debug)]
pub enum Modal {
    /// Something went wrong; the open map stays as it was.
    Error(String),
    /// The app's own file chooser: no native dialog could open.
    ChoosePath(Box<super::path_chooser::PathChooser>),
    /// Something worked, with things worth knowing (an import's warnings).
    Notice { heading: String, body: String },
    /// "Save changes to NAME?" before `what` replaces the map.
    Confirm { what: Replace, name: String },
    /// File → Export, with the options being chosen.
    Export(Box<ExportOptions>),
    /// The keyboard shortcuts (F1).
    Help,
    /// What merging another copy of the map will change, before it does.
    MergePreview(Box<super::versions_ui::MergePreview>),
    /// Which column of a review file holds what, before importing it.
    ReviewColumns(Box<super::intent::ReviewJob>),
    /// A review file being read off the UI thread, with Cancel.
    ReadingReviews(Box<super::inbox::ReadingReviews>),
    /// The command palette (Ctrl+Shift+P, Ctrl+K).
    Palette(super::palette::Palette),
    /// A picture from outside the map's folder: copy it in, or link to it?
    /// (Asked once; the answer is remembered.)
    OutsidePicture {
        files: Vec<std::path::PathBuf>,
        target: super::intent::PictureTarget,
    },
    /// A recovery copy left by a crash, waiting for Restore or Discard.
    Recovery {
        offer: Box<Recovery>,
        /// The copy's slot, claimed while the offer waits.
        slot: RecoverySlot,
    },
}

/// Draw `modal`; answers go into `out`. `view` is the canvas's filter and
/// the map, for the Export dialog's "highlight as on screen".
pub fn modal_ui(
    ctx: &egui::Context,
    modal: &mut Modal,
    view: Option<(CardFilter, &JourneyMap)>,
    out: &mut Vec<Intent>,
) {
    match modal {
        Modal::Error(message) => error_ui(ctx, message, out),
        Modal::Notice { heading, body } => notice_ui(ctx, heading, body, out),
        Modal::Confirm { what, name } => confirm_ui(ctx, what, name, out),
        Modal::Export(options) => export_dialog_ui(ctx, options, view, out),
        Modal::Help => help_ui(ctx, out),
        Modal::Palette(palette) => super::palette::palette_ui(ctx, palette, out),
        Modal::ReviewColumns(job) => super::inbox::columns_dialog_ui(ctx, job, out),
        Modal::ReadingReviews(job) => super::inbox::reading_ui(ctx, job, out),
        Modal::MergePreview(p) => super::versions_ui::merge_preview_ui(ctx, p, out),
        Modal::ChoosePath(chooser) => super::path_chooser::path_chooser_ui(ctx, chooser, out),
        Modal::Recovery { offer, .. } => recovery_ui(ctx, offer, out),
        Modal::OutsidePicture { files, target } => {
            super::pictures_ui::outside_picture_ui(ctx, files, *target, out)
        }
    }
}

fn error_ui(ctx: &egui::Context, message: &str, out: &mut Vec<Intent>) {
    let modal = egui::Modal::new(Id::unique("error")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(t!("error-title"));
        ui.add_space(6.0);
        ui.label(message);
        ui.add_space(6.0);
        ui.label(RichText::new(t!("error-map-unchanged")).weak());
        ui.add_space(8.0);
        ui.button(t!("button-ok")).clicked()
    });
    if modal.inner || modal.should_close() {
        out.push(Intent::CloseModal);
    }
}

fn notice_ui(ctx: &egui::Context, heading: &str, body: &str, out: &mut Vec<Intent>) {
    let modal = egui::Modal::new(Id::unique("notice")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(heading);
        ui.add_space(6.0);
        // An import can warn about hundreds of lines.
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| ui.label(body));
        ui.add_space(8.0);
        ui.button(t!("button-ok")).clicked()
    });
    if modal.inner || modal.should_close() {
        out.push(Intent::CloseModal);
    }
}

fn confirm_ui(ctx: &egui::Context, what: &Replace, name: &str, out: &mut Vec<Intent>) {
    let modal = egui::Modal::new(Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(t!("confirm-title", name = name));
        ui.label(t!("confirm-body"));
        ui.add_space(8.0);
        let mut answered = false;
        ui.horizontal(|ui| {
            if ui.button(t!("button-save")).clicked() {
                out.extend([Intent::CloseModal, Intent::SaveThen(what.clone())]);
                answered = true;
            }
            if ui.button(t!("button-dont-save")).clicked() {
                out.extend([Intent::CloseModal, Intent::Perform(what.clone())]);
                answered = true;
            }
            if ui.button(t!("button-cancel")).clicked() {
                out.push(Intent::CloseModal);
                answered = true;
            }
        });
        answered
    });
    if modal.should_close() && !modal.inner {
        out.push(Intent::CloseModal);
    }
}

fn help_ui(ctx: &egui::Context, out: &mut Vec<Intent>) {
    let modal = egui::Modal::new(Id::unique("help")).show(ctx, |ui| {
        ui.heading(t!("help-title"));
        ui.add_space(6.0);
        // A fixed height: a scroll area sized from the window made the
        // modal grow a little every frame.
        egui::ScrollArea::vertical()
            .max_height(560.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for command in UiCommand::all() {
                        let keys: Vec<String> = command
                            .shortcuts()
                            .iter()
                            .map(|s| super::command::shortcut_text(ctx, s))
                            .collect();
                        if keys.is_empty() {
                            continue;
                        }
                        ui.label(command.label());
                        ui.label(RichText::new(keys.join(&t!("help-or"))).monospace());
                        ui.end_row();
                    }
                    for (what, how) in GESTURES {
                        ui.label(t!(what));
                        ui.label(t!(how));
                        ui.end_row();
                    }
                });
            });
        ui.add_space(8.0);
        ui.button(t!("button-close")).clicked()
    });
    if modal.inner || modal.should_close() {
        out.push(Intent::CloseModal);
    }
}

/// What the mouse does, listed under the shortcuts.
const GESTURES: &[(&str, &str)] = &[
    ("help-add-card", "help-add-card-how"),
    ("help-edit-card", "help-edit-card-how"),
    ("help-select-many", "help-select-many-how"),
    ("help-move-cards", "help-move-cards-how"),
    ("help-reorder", "help-reorder-how"),
    ("help-pan", "help-pan-how"),
    ("help-zoom", "help-zoom-how"),
    ("help-open", "help-open-how"),
];

fn recovery_ui(ctx: &egui::Context, offer: &Recovery, out: &mut Vec<Intent>) {
    let title = &offer.map.title;
    let when = super::local_time::shown_seconds(offer.saved_at);
    let file = offer
        .original
        .as_ref()
        .map_or(t!("recovery-never-saved").into_owned(), |p| {
            p.display().to_string()
        });
    egui::Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(t!("recovery-title"));
        ui.add_space(6.0);
        ui.label(t!("recovery-body", title = title, when = when));
        ui.label(RichText::new(t!("recovery-from", file = file)).weak());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t!("button-restore")).clicked() {
                out.push(Intent::Recover(true));
            }
            if ui.button(t!("button-discard")).clicked() {
                out.push(Intent::Recover(false));
            }
        });
    });
}
