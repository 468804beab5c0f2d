//! The open map with its file and dirty state (view state lives elsewhere).

use std::path::{Path, PathBuf};

use crate::edit::{Command, Edit, History};
use crate::model::{JourneyMap, Problem};

/// A map open in the app.
#[derive(Clone, Debug)]
pub struct Document {
    pub map: JourneyMap,
    /// Where it is saved; `None` for a map made from a template and not yet saved.
    pub path: Option<PathBuf>,
    /// Bumped on every change; the layout cache keys off it.
    pub revision: u64,
    /// Changed in a way the history does not know of (an import, a
    /// restored recovery copy): unsaved until the next save.
    changed_outside_history: bool,
    /// Repairs made when the file was loaded, shown once to the user.
    pub warnings: Vec<Problem>,
    /// Undo and redo for this map (never saved into the file).
    pub history: History,
}

impl Document {
    /// Folder of the map's file (where relative photo paths start), if saved.
    pub fn dir(&self) -> Option<&std::path::Path> {
        self.path.as_deref().and_then(std::path::Path::parent)
    }

    /// A document for `map`, unchanged since `path` (if any) was read.
    pub fn new(map: JourneyMap, path: Option<PathBuf>) -> Self {
        Document {
            map,
            path,
            revision: 1,
            changed_outside_history: false,
            warnings: Vec::new(),
            history: History::saved_now(),
        }
    }

    /// Apply an edit (as its own undo step, or part of an open gesture).
    pub fn apply(&mut self, command: Command, label: &str) -> bool {
        let changed = self.history.apply(&mut self.map, command, label);
        if changed {
            self.revision += 1;
        }
        changed
    }

    /// Apply a compound edit as one undo step of its own (an open gesture
    /// is ended first). Returns whether the map changed.
    pub fn apply_edit(&mut self, edit: Edit) -> bool {
        if edit.is_empty() {
            return false;
        }
        self.history.commit();
        self.history.begin(edit.label);
        let mut changed = false;
        for command in edit.commands {
            changed |= self.history.apply(&mut self.map, command, edit.label);
        }
        self.history.commit();
        if changed {
            self.revision += 1;
        }
        changed
    }

    /// Undo the last step; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let label = self.history.undo(&mut self.map)?;
        self.revision += 1;
        Some(label)
    }

    /// Redo the last undone step; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let label = self.history.redo(&mut self.map)?;
        self.revision += 1;
        Some(label)
    }

    /// Cancel the gesture in progress, restoring the map as it was before it.
    pub fn abort_gesture(&mut self) {
        if self.history.in_gesture() {
            self.history.abort(&mut self.map);
            self.revision += 1;
        }
    }

    /// Does the map differ from its file? Undoing back to the saved state,
    /// or cancelling a new card, makes it clean again.
    pub fn is_dirty(&self) -> bool {
        self.changed_outside_history || !self.history.at_saved()
    }

    /// Record a change the history does not track (the map was imported or
    /// restored, so it is not in its file yet).
    pub fn touch(&mut self) {
        self.revision += 1;
        self.changed_outside_history = true;
    }

    /// A save moved the map's pictures (`io::assets::copy_assets`): the map
    /// and every undo and redo step name the new paths. Not an undo step of
    /// its own: where the files are is not an edit of the map.
    pub fn relink(&mut self, changes: &[crate::model::PathChange]) {
        if changes.is_empty() {
            return;
        }
        for command in crate::edit::relink_pictures(&self.map, changes).commands {
            command.apply(&mut self.map);
        }
        self.history.relink(changes);
        self.revision += 1;
    }

    /// Record a successful save to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        self.path = Some(path.to_path_buf());
        self.history.mark_saved();
        self.changed_outside_history = false;
    }

    /// File name for the window title.
    pub fn display_name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| crate::t!("window-not-saved", title = &self.map.title))
    }

    /// The window title: file name, an unsaved marker, the app name.
    pub fn window_title(&self) -> String {
        let marker = if self.is_dirty() { "● " } else { "" };
        format!("{marker}{} — journeymap", self.display_name())
    }
}
