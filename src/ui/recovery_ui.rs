//! Autosave of a recovery copy and the restore offer after a crash.

use std::path::PathBuf;

use egui::{Id, Modal, RichText};

use super::app::JourneyApp;
use super::document::Document;
use crate::io::{Recovery, discard_recovery, read_recovery, write_recovery};

/// Seconds between recovery copies while a map has unsaved changes.
pub const AUTOSAVE_SECS: f64 = 30.0;

/// Autosave state of the app.
#[derive(Default)]
pub struct Autosave {
    /// Folder of the recovery copy; `None` disables autosave.
    pub dir: Option<PathBuf>,
    /// Revision of the map last written, and when (egui time).
    written: Option<(u64, f64)>,
    /// A copy found at start-up, waiting for the user's answer.
    pub offer: Option<Recovery>,
    was_focused: bool,
}

impl JourneyApp {
    /// Use `dir` for recovery copies and look for one left by a crash.
    pub fn use_recovery_dir(&mut self, dir: Option<PathBuf>) {
        self.autosave.dir = dir;
        let Some(dir) = &self.autosave.dir else {
            return;
        };
        match read_recovery(dir) {
            Some(Ok(recovery)) => self.autosave.offer = Some(recovery),
            Some(Err(e)) => {
                self.error = Some(format!("A recovery copy was found but cannot be read: {e}"));
            }
            None => {}
        }
    }

    /// Write the recovery copy now (if the map has unsaved changes).
    pub fn autosave_now(&mut self) {
        let (Some(dir), Some(doc)) = (&self.autosave.dir, &self.doc) else {
            return;
        };
        if !doc.is_dirty() {
            return;
        }
        let recovery = Recovery::now(&doc.map, doc.path.as_deref());
        match write_recovery(dir, &recovery) {
            Ok(()) => self.autosave.written = Some((doc.revision, self.now)),
            Err(e) => self.notice = Some(format!("Could not write the recovery copy: {e}")),
        }
    }

    /// Remove the recovery copy: the map was saved or its changes discarded.
    pub fn discard_recovery_copy(&mut self) {
        if let Some(dir) = &self.autosave.dir {
            discard_recovery(dir);
        }
        self.autosave.written = None;
    }

    /// Every 30 s while there are unsaved changes, and when the window
    /// loses focus; schedules its own wake-up so an idle app still saves.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        self.now = ctx.input(|i| i.time);
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        let lost_focus = self.autosave.was_focused && !focused;
        self.autosave.was_focused = focused;
        let Some(doc) = &self.doc else { return };
        if !doc.is_dirty() || self.autosave.dir.is_none() {
            return;
        }
        let due = match self.autosave.written {
            Some((rev, _)) if rev == doc.revision => return,
            Some((_, at)) => at + AUTOSAVE_SECS,
            None => self.dirty_since.unwrap_or(self.now) + AUTOSAVE_SECS,
        };
        if lost_focus || self.now >= due {
            self.autosave_now();
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - self.now));
        }
    }

    pub(super) fn recovery_modal_ui(&mut self, ctx: &egui::Context) {
        let Some(offer) = &self.autosave.offer else {
            return;
        };
        let title = offer.map.title.clone();
        let when = offer.time_label();
        let file = offer
            .original
            .as_ref()
            .map_or("a map that was never saved".to_string(), |p| {
                p.display().to_string()
            });
        let mut answer = None;
        Modal::new(Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading("Restore unsaved work?");
            ui.add_space(6.0);
            ui.label(format!("journeymap did not close normally. A copy of “{title}” with unsaved changes was kept at {when}."));
            ui.label(RichText::new(format!("From: {file}")).weak());
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    answer = Some(true);
                }
                if ui.button("Discard").clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                let offer = self.autosave.offer.take().expect("checked above");
                let mut doc = Document::new(offer.map, offer.original);
                doc.touch(); // restored changes are not on disk yet
                self.notice = Some(format!("Restored unsaved work from {when}"));
                self.doc = Some(doc);
                self.canvas.reset();
            }
            Some(false) => {
                self.autosave.offer = None;
                self.discard_recovery_copy();
            }
            None => {}
        }
    }
}
