//! Recovery copies of unsaved work: written every 30 s while a map has
//! unsaved changes and when the window loses focus, never over the user's
//! file; offered back after a crash.

use std::path::PathBuf;

use super::document::Document;
use crate::io::{
    Orphan, Recovery, RecoverySlot, discard_recovery, orphaned_recoveries, write_recovery,
};

/// Seconds between recovery copies while a map has unsaved changes.
pub const AUTOSAVE_SECS: f64 = 30.0;

/// Autosave state of the app.
#[derive(Default)]
pub struct Autosave {
    /// Folder of the recovery copy; `None` disables autosave.
    pub dir: Option<PathBuf>,
    /// The open map's own recovery copy, locked while it is open.
    slot: Option<RecoverySlot>,
    /// Revision of the map last written, and when (egui time).
    written: Option<(u64, f64)>,
    was_focused: bool,
}

impl Autosave {
    /// Autosave into `dir`; returns the copies crashed instances left there
    /// (claimed by this one, so no other instance offers them too).
    pub fn use_dir(&mut self, dir: Option<PathBuf>) -> Vec<Orphan> {
        self.dir = dir;
        self.dir
            .as_deref()
            .map(orphaned_recoveries)
            .unwrap_or_default()
    }

    /// Keep writing the open map into the copy it was restored from.
    pub fn adopt(&mut self, slot: RecoverySlot) {
        self.discard();
        self.slot = Some(slot);
    }

    /// Remove a copy that was offered and refused.
    pub fn discard_orphan(&self, slot: RecoverySlot) {
        if let Some(dir) = &self.dir {
            discard_recovery(dir, slot);
        }
    }

    /// Write the recovery copy of `doc` now (if it has unsaved changes);
    /// an error says why.
    pub fn write_now(&mut self, doc: &Document, now: f64) -> Result<(), String> {
        let Some(dir) = &self.dir else { return Ok(()) };
        if !doc.is_dirty() {
            return Ok(());
        }
        let recovery = Recovery::now(&doc.map, doc.path.as_deref());
        if self.slot.is_none() {
            self.slot = Some(RecoverySlot::claim_new(dir).map_err(|e| e.to_string())?);
        }
        let slot = self.slot.as_ref().expect("claimed above");
        write_recovery(dir, slot, &recovery).map_err(|e| e.to_string())?;
        self.written = Some((doc.revision, now));
        Ok(())
    }

    /// Remove the recovery copy: the map was saved or its changes discarded.
    pub fn discard(&mut self) {
        if let (Some(dir), Some(slot)) = (&self.dir, self.slot.take()) {
            discard_recovery(dir, slot);
        }
        self.written = None;
    }

    /// Called every frame: writes a copy when one is due (30 s after the
    /// last, or the window lost focus) and schedules its own wake-up so an
    /// idle app still saves. `dirty_since` is when the map became dirty.
    pub fn tick(
        &mut self,
        ctx: &egui::Context,
        doc: Option<&Document>,
        now: f64,
        dirty_since: Option<f64>,
    ) -> Result<(), String> {
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        let lost_focus = self.was_focused && !focused;
        self.was_focused = focused;
        let Some(doc) = doc else { return Ok(()) };
        if !doc.is_dirty() || self.dir.is_none() {
            return Ok(());
        }
        let due = match self.written {
            Some((rev, _)) if rev == doc.revision => return Ok(()),
            Some((_, at)) => at + AUTOSAVE_SECS,
            None => dirty_since.unwrap_or(now) + AUTOSAVE_SECS,
        };
        if lost_focus || now >= due {
            self.write_now(doc, now)
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            Ok(())
        }
    }
}
