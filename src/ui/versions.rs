//! Versions in the app: File → Compare versions… and File → Merge with…
//! read another copy of the open map (refused when it shares no id with it:
//! not a version of this map); what they show is drawn by `versions_ui.rs`.

use std::path::Path;

use super::app::JourneyApp;
use super::intent::VersionsIntent;
use super::modal::Modal;
use super::selection::Selection;
use super::versions_ui::{MergePreview, VersionsView};
use crate::model::JourneyMap;
use crate::model::search::Found;
use crate::t;

impl JourneyApp {
    /// Read another copy of the open map; on success `then` gets its name
    /// and map. Errors (a broken file, a map of another origin) are shown.
    fn other_version(&mut self, path: &Path, force: bool) -> Option<(String, JourneyMap)> {
        let session = self.session.as_ref()?;
        let other = match crate::io::load_file(path) {
            Ok(loaded) => loaded.map,
            Err(e) => {
                self.show_error(crate::i18n::text::load_error_here(&e));
                return None;
            }
        };
        if !force && !crate::merge::related(&session.doc.map, &other) {
            self.show_error(t!("error-not-a-version", file = path.display().to_string()));
            return None;
        }
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        Some((name, other))
    }

    /// File → Compare versions…: the changes from `path` to the open map.
    pub(super) fn compare_versions_path(&mut self, path: &Path) {
        let Some((name, other)) = self.other_version(path, false) else {
            return;
        };
        let Some(session) = &mut self.session else {
            return;
        };
        let changes = crate::merge::diff(&other, &session.doc.map);
        session.versions = Some(VersionsView {
            name,
            changes,
            other: Box::new(other),
            revision: session.doc.revision,
        });
    }

    /// File → Merge with…: preview merging the copy at `path` into the open map.
    pub(super) fn merge_with_path(&mut self, path: &Path) {
        // Another map altogether is previewed with a warning, not refused:
        // merging it on purpose is the app's `--force`.
        let Some((name, other)) = self.other_version(path, true) else {
            return;
        };
        let Some(session) = &self.session else { return };
        let unrelated = !crate::merge::related(&session.doc.map, &other);
        let merged = crate::merge::merge_two_way(&session.doc.map, &other);
        let changes = crate::merge::diff(&session.doc.map, &merged.map);
        self.modals.push(Modal::MergePreview(Box::new(MergePreview {
            name,
            conflicts: merged.conflicts.len(),
            unrelated,
            merged: Box::new(merged.map),
            before: Box::new(session.doc.map.clone()),
            changes,
        })));
    }

    /// Apply a [`VersionsIntent`].
    pub(super) fn versions_intent(&mut self, intent: VersionsIntent) {
        let Some(session) = &mut self.session else {
            return;
        };
        match intent {
            VersionsIntent::Show(found) => {
                session.select(match found {
                    Found::Card(id) => Selection::card(id),
                    Found::Stage(id) => Selection::Stage(id),
                    Found::Lane(id) => Selection::Lane(id),
                    Found::Persona(id) => Selection::Persona(id),
                });
                session.pending_reveal = Some(found);
            }
            VersionsIntent::Close => session.versions = None,
        }
    }
}
