//! Copy, cut and paste of cards through the system clipboard, as RON text
//! (`edit::clipboard`); cut and paste are one undo step each. Pictures go
//! along: copied by absolute path, taken into the map they are pasted in.

use std::path::Path;

use super::app::JourneyApp;
use super::command::UiCommand;
use super::intent::{Intent, PictureIntent};
use super::selection::Selection;
use crate::edit::{self, Edit};
use crate::t;

impl JourneyApp {
    /// Copy, cut and paste arrive as events (the platform's shortcuts).
    pub(super) fn clipboard_events(&mut self, ctx: &egui::Context) {
        let events: Vec<egui::Event> = ctx.input(|i| {
            i.events
                .iter()
                .filter(|e| {
                    matches!(
                        e,
                        egui::Event::Copy
                            | egui::Event::Cut
                            | egui::Event::Paste(_)
                            | egui::Event::PasteImage(_)
                    )
                })
                .cloned()
                .collect()
        });
        if let Some(event) = events.into_iter().next() {
            match event {
                egui::Event::Copy => self.queue.push(Intent::Run(UiCommand::Copy)),
                egui::Event::Cut => self.queue.push(Intent::Run(UiCommand::Cut)),
                egui::Event::Paste(text) => self.paste_text(&text),
                egui::Event::PasteImage(image) => {
                    let at = self.map_point(ctx.pointer_latest_pos());
                    self.queue
                        .push(Intent::Picture(PictureIntent::Paste { image, at }));
                }
                _ => {}
            }
        }
    }

    /// Paste clipboard text into the open map.
    pub(super) fn paste_text(&mut self, text: &str) {
        let Some(session) = &mut self.session else {
            return;
        };
        let at = session.selection.paste_at();
        let link = self.prefs.copy_outside_pictures == Some(false);
        let map_file = session.doc.path.clone();
        let dir = session.doc.dir();
        // A copied card's picture is absolute (see `copy`): taken in as a
        // dropped file is, so the map owns it; one that cannot be read
        // keeps its path (and the card its placeholder).
        let mut picture = |path: &str| -> String {
            let outside = map_file.is_some() && crate::model::photo_outside(path, dir);
            if !Path::new(path).is_absolute() || (link && outside) {
                return path.to_string();
            }
            crate::io::assets::import_picture(map_file.as_deref(), Path::new(path))
                .unwrap_or_else(|_| path.to_string())
        };
        let (edit, pasted) = edit::clipboard::paste(&session.doc.map, at, text, &mut picture);
        if session.doc.apply_edit(edit) {
            session.select(Selection::Cards(pasted));
            self.notice = None;
        }
    }

    /// Copy (or cut) the selected cards as text onto the clipboard.
    pub(super) fn copy(&mut self, cut: bool) {
        let Some(session) = &mut self.session else {
            return;
        };
        let cards = session.selection.cards().to_vec();
        // Pictures travel by absolute path, to be found from any map.
        let dir = session.doc.dir();
        let absolute = |path: &str| {
            let file = crate::model::resolve_photo(path, dir);
            let file = std::path::absolute(&file).unwrap_or(file);
            file.display().to_string()
        };
        let Some(text) = edit::clipboard::copy_text(&session.doc.map, &cards, &absolute) else {
            return;
        };
        if let Some(ctx) = &self.ctx {
            ctx.copy_text(text);
        }
        let n = cards.len();
        if cut {
            session.doc.apply_edit(Edit {
                label: "Cut",
                ..edit::delete_cards(&cards)
            });
            session.select(Selection::None);
            self.notice = Some(t!("notice-cut", n = n));
        } else {
            self.notice = Some(t!("notice-copied", n = n));
        }
    }
}
