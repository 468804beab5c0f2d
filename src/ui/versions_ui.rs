//! What the versions features draw: the Compare versions window (what
//! changed since another copy, each change a link to its item), the merge
//! preview (what merging another copy changes) and the merge conflicts
//! window (keep ours or take theirs, one click each). They only push
//! intents; `versions.rs` does the work.

use egui::{Id, RichText};

use super::intent::{Intent, VersionsIntent};
use crate::edit::{Command, Edit};
use crate::merge::{Change, diff::as_text};
use crate::model::JourneyMap;
use crate::model::search::Found;
use crate::t;

/// The changes since another copy, shown in a window.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionsView {
    pub name: String,
    pub changes: Vec<Change>,
}

/// A merge waiting for the user's yes.
#[derive(Clone, Debug, PartialEq)]
pub struct MergePreview {
    pub name: String,
    pub merged: Box<JourneyMap>,
    pub changes: Vec<Change>,
    pub conflicts: usize,
}

/// The item a change or conflict is about, to show on the canvas.
pub fn found(item: &str) -> Option<Found> {
    use crate::merge::items::Key;
    use crate::merge::resolve::key_of;
    Some(match key_of(item)? {
        Key::Card(id) => Found::Card(crate::model::CardId(id)),
        Key::Stage(id) => Found::Stage(crate::model::StageId(id)),
        Key::Lane(id) => Found::Lane(crate::model::LaneId(id)),
        Key::Persona(id) => Found::Persona(crate::model::PersonaId(id)),
        _ => return None,
    })
}

/// `text` as a link that shows `item` on the canvas, or as a label when
/// the item is not drawn (a curve value, the title).
fn link_or_label(ui: &mut egui::Ui, text: RichText, item: &str, out: &mut Vec<Intent>) {
    match found(item) {
        Some(f) => {
            if ui.link(text).clicked() {
                out.push(Intent::Versions(VersionsIntent::Show(f)));
            }
        }
        None => {
            ui.label(text);
        }
    }
}

/// One line of a change, as `journeymap diff` writes it.
fn line(change: &Change) -> String {
    // The interface font has no arrow glyph; the CLI's text keeps it.
    as_text(std::slice::from_ref(change))
        .trim_end()
        .replace(" → ", " -> ")
}

/// The Compare versions window (when `view`) and the merge conflicts
/// window (when `map` has conflicts).
pub fn versions_windows_ui(
    ctx: &egui::Context,
    map: &JourneyMap,
    view: Option<&VersionsView>,
    out: &mut Vec<Intent>,
) {
    if let Some(view) = view {
        let mut open = true;
        egui::Window::new(t!("versions-title", name = view.name.as_str()))
            .id(Id::unique("versions-window"))
            .open(&mut open)
            .default_width(560.0)
            .show(ctx, |ui| {
                if view.changes.is_empty() {
                    ui.label(t!("versions-none"));
                }
                egui::ScrollArea::vertical()
                    .max_height(420.0)
                    .show(ui, |ui| {
                        for change in &view.changes {
                            link_or_label(ui, RichText::new(line(change)), &change.item, out);
                        }
                    });
            });
        if !open {
            out.push(Intent::Versions(VersionsIntent::Close));
        }
    }
    if map.conflicts.is_empty() {
        return;
    }
    egui::Window::new(t!("conflicts-title", n = map.conflicts.len()))
        .id(Id::unique("conflicts-window"))
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(t!("conflicts-body")).weak());
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    for (i, c) in map.conflicts.iter().enumerate() {
                        ui.separator();
                        let heading = RichText::new(format!("{} · {}", c.item, c.field)).strong();
                        link_or_label(ui, heading, &c.item, out);
                        ui.label(t!("conflicts-ours", value = c.ours.as_str()));
                        ui.label(t!("conflicts-theirs", value = c.theirs.as_str()));
                        ui.horizontal(|ui| {
                            for (theirs, key) in [
                                (false, "conflicts-keep-ours"),
                                (true, "conflicts-take-theirs"),
                            ] {
                                if ui.button(t!(key)).clicked()
                                    && let Some(resolved) = crate::merge::resolve(map, i, theirs)
                                {
                                    out.push(Intent::Edit(Edit::one(
                                        "Resolve conflict",
                                        Command::ReplaceAll(Box::new(resolved)),
                                    )));
                                }
                            }
                        });
                    }
                });
        });
}

/// The merge preview: what merging changes, then Merge or Cancel.
pub fn merge_preview_ui(ctx: &egui::Context, preview: &MergePreview, out: &mut Vec<Intent>) {
    let modal = egui::Modal::new(Id::unique("merge-preview")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(t!("merge-title", name = preview.name.as_str()));
        ui.label(t!(
            "merge-summary",
            changes = preview.changes.len(),
            conflicts = preview.conflicts
        ));
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for change in &preview.changes {
                    ui.label(RichText::new(line(change)).monospace().small());
                }
            });
        ui.add_space(8.0);
        let mut done = false;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !preview.changes.is_empty(),
                    egui::Button::new(t!("merge-button")),
                )
                .clicked()
            {
                out.push(Intent::CloseModal);
                out.push(Intent::Edit(Edit::one(
                    "Merge",
                    Command::ReplaceAll(preview.merged.clone()),
                )));
                done = true;
            }
            if ui.button(t!("button-cancel")).clicked() {
                out.push(Intent::CloseModal);
                done = true;
            }
        });
        done
    });
    if modal.should_close() && !modal.inner {
        out.push(Intent::CloseModal);
    }
}
