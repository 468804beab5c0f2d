//! What the versions features draw: the Compare versions window (what
//! changed since another copy, each change a link to its item), the merge
//! preview (what merging another copy changes) and the merge conflicts
//! window (keep ours or take theirs, one click each). They only push
//! intents; `versions.rs` does the work.

use egui::{Id, RichText};

use super::intent::{Intent, VersionsIntent};
use super::versions_labels::field_label;
use super::versions_words::Words;
use crate::edit::{Command, Edit};
use crate::merge::Change;
use crate::model::JourneyMap;
use crate::model::search::Found;
use crate::t;

/// The changes since another copy, shown in a window.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionsView {
    pub name: String,
    pub changes: Vec<Change>,
    /// The other copy, to compare again after each edit.
    pub other: Box<JourneyMap>,
    /// The revision of the open map `changes` were worked out for.
    pub revision: u64,
}

impl VersionsView {
    /// The changes again when the open map changed since (an edit, an
    /// undo), so the list and the outlines on the canvas stay true.
    pub fn refresh(&mut self, map: &JourneyMap, revision: u64) {
        if self.revision != revision {
            self.changes = crate::merge::diff(&self.other, map);
            self.revision = revision;
        }
    }
}

/// A merge waiting for the user's yes.
#[derive(Clone, Debug, PartialEq)]
pub struct MergePreview {
    pub name: String,
    pub merged: Box<JourneyMap>,
    /// The open map as it was, to name what the merge removes.
    pub before: Box<JourneyMap>,
    pub changes: Vec<Change>,
    pub conflicts: usize,
    /// The other file shares no item with this map: merging adds all of
    /// it (the app's `--force`, asked for here).
    pub unrelated: bool,
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
fn link_or_label(
    ui: &mut egui::Ui,
    map: &JourneyMap,
    text: RichText,
    item: &str,
    out: &mut Vec<Intent>,
) {
    // A removed item is not on the canvas to show.
    match found(item).filter(|f| exists(map, *f)) {
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

/// Whether `found` is in `map`.
fn exists(map: &JourneyMap, found: Found) -> bool {
    match found {
        Found::Card(id) => map.card(id).is_some(),
        Found::Stage(id) => map.stage_index(id).is_some(),
        Found::Lane(id) => map.lane(id).is_some(),
        Found::Persona(id) => map.persona(id).is_some(),
    }
}

/// One change as a row: the item (a link to it while it is on the canvas
/// when `links` is given), and for an edit the field, old and new value as
/// the inspector shows them.
fn change_ui(
    ui: &mut egui::Ui,
    words: &Words,
    change: &Change,
    links: Option<&JourneyMap>,
    out: &mut Vec<Intent>,
) {
    use crate::merge::diff::ChangeKind;
    let item = words.item(&change.item);
    let text = match change.change {
        ChangeKind::Added => t!("versions-added", item = item),
        ChangeKind::Removed => t!("versions-removed", item = item),
        ChangeKind::Reordered => t!("versions-reordered", item = item),
        ChangeKind::Edited | ChangeKind::Moved => item,
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        match links {
            Some(map) => link_or_label(ui, map, RichText::new(text), &change.item, out),
            None => {
                ui.label(text);
            }
        }
        let field = change.field.as_deref().unwrap_or_default();
        match change.change {
            ChangeKind::Edited => {
                ui.label(format!("· {}:", field_label(field)));
                words
                    .value(field, change.old.as_ref())
                    .inline_ui(ui, &t!("versions-was"));
                words
                    .value(field, change.new.as_ref())
                    .inline_ui(ui, &t!("versions-now"));
            }
            ChangeKind::Moved => {
                let (old, new) = (
                    words.value(field, change.old.as_ref()).text,
                    words.value(field, change.new.as_ref()).text,
                );
                ui.label(t!("versions-moved-to", old = old, new = new));
            }
            _ => {}
        }
    });
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
                        let words = Words::new(&[map, &view.other]);
                        for change in &view.changes {
                            change_ui(ui, &words, change, Some(map), out);
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
    // Bottom right, beside the inspector: the items it names stay in view.
    let corner = ctx.content_rect().right_bottom() - egui::vec2(330.0, 40.0);
    egui::Window::new(t!("conflicts-title", n = map.conflicts.len()))
        .id(Id::unique("conflicts-window"))
        .pivot(egui::Align2::RIGHT_BOTTOM)
        .default_pos(corner)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.label(RichText::new(t!("conflicts-body")).weak());
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    let words = Words::new(&[map]);
                    for (i, c) in map.conflicts.iter().enumerate() {
                        ui.separator();
                        let heading = RichText::new(format!(
                            "{} · {}",
                            words.item(&c.item),
                            field_label(&c.field)
                        ))
                        .strong();
                        link_or_label(ui, map, heading, &c.item, out);
                        words
                            .conflict_value(&c.field, &c.ours)
                            .ui(ui, &t!("conflicts-ours-label"));
                        words
                            .conflict_value(&c.field, &c.theirs)
                            .ui(ui, &t!("conflicts-theirs-label"));
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
        if preview.unrelated {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                t!("merge-unrelated", name = preview.name.as_str()),
            );
        }
        ui.label(t!(
            "merge-summary",
            changes = preview.changes.len(),
            conflicts = preview.conflicts
        ));
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                let words = Words::new(&[&preview.merged, &preview.before]);
                for change in &preview.changes {
                    change_ui(ui, &words, change, None, out);
                }
            });
        ui.add_space(8.0);
        let mut done = false;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !preview.changes.is_empty() || preview.conflicts > 0,
                    egui::Button::new(if preview.unrelated {
                        t!("merge-anyway")
                    } else {
                        t!("merge-button")
                    }),
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
