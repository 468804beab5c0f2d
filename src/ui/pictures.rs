//! Pictures put on cards in the app: files dropped on a card or a cell, an
//! image pasted from the clipboard (screenshots), a file chosen in the
//! inspector. Each is stored beside the map by `io::assets` (checked by the
//! photo limits first) and set by one edit; saving copies the pictures a
//! map uses into the new file's assets folder.

use std::path::{Path, PathBuf};

use egui::{ColorImage, Pos2};

use super::app::JourneyApp;
use super::intent::{Intent, PictureIntent, PictureTarget as Target};
use super::modal::Modal;
use super::selection::Selection;
use crate::edit;
use crate::io::assets::AssetError;
use crate::model::{LaneContent, PathChange};
use crate::t;

/// How long dropped pictures wait for the pointer to show where they were
/// dropped (a drag from another program reports no position, and the
/// pointer's comes with its next move), in seconds; then they go on the
/// selected card.
const DROP_WAIT_S: f64 = 1.5;

impl JourneyApp {
    /// The point of the map under `screen` (a pointer position), when it
    /// is on the canvas.
    pub(super) fn map_point(&self, screen: Option<Pos2>) -> Option<Pos2> {
        let tfs = self.session.as_ref()?.canvas.transforms?;
        let p = screen.filter(|p| tfs.canvas.contains(*p))?;
        Some(tfs.body.inverse() * p)
    }

    /// Picture files dropped on the window this frame (and those still
    /// waiting): placed where the pointer is once it is known.
    pub(super) fn dropped_pictures(&mut self, ctx: &egui::Context, files: Vec<PathBuf>) {
        if !files.is_empty() {
            let presenting = (self.session.as_ref()).is_some_and(|s| s.presenting.is_some());
            if self.modal_open() || presenting {
                self.notice = Some(t!("picture-not-now").into_owned());
                return;
            }
            let pending = self.pending_drop.get_or_insert_with(Default::default);
            pending.files.extend(files);
            pending.since = ctx.input(|i| i.time);
        }
        let Some(pending) = &self.pending_drop else {
            return;
        };
        let at = self.map_point(ctx.pointer_latest_pos());
        let waited = ctx.input(|i| i.time) - pending.since;
        if at.is_some() || waited > DROP_WAIT_S {
            let files = self
                .pending_drop
                .take()
                .map(|p| p.files)
                .unwrap_or_default();
            self.queue
                .push(Intent::Picture(PictureIntent::Drop { files, at }));
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// What a picture put at `at` (map coordinates) goes on: the card
    /// there, else a new card in the cell there (of a card lane); the
    /// selected card first when `selection_first` (a paste), else last.
    fn picture_target(&self, at: Option<Pos2>, selection_first: bool) -> Option<Target> {
        let session = self.session.as_ref()?;
        let selected = session.selection.single_card().map(Target::Card);
        if selection_first && selected.is_some() {
            return selected;
        }
        let layout = session.canvas.layout_at(session.doc.revision);
        let pointed = at.zip(layout).and_then(|(p, layout)| {
            if let Some(card) = layout.cards.iter().find(|c| c.rect.contains(p)) {
                return Some(Target::Card(card.id));
            }
            let (lane, stage) = layout.cell_at(p)?;
            let cards = session.doc.map.lane(lane)?.kind.content() == LaneContent::Cards;
            cards.then_some(Target::Cell(lane, stage))
        });
        pointed.or(selected)
    }

    /// Apply what was asked about pictures.
    pub(in crate::ui) fn picture_intent(&mut self, intent: PictureIntent) {
        match intent {
            PictureIntent::Drop { files, at } => {
                let target = self.picture_target(at, false);
                self.put_files(files, target);
            }
            PictureIntent::Paste { image, at } => self.paste_picture(&image, at),
            PictureIntent::Choose { card, file } => {
                self.put_files(vec![file], Some(Target::Card(card)));
            }
            PictureIntent::Outside {
                files,
                target,
                copy,
            } => {
                self.prefs.copy_outside_pictures = Some(copy);
                self.put_files(files, Some(target));
            }
            PictureIntent::Policy(policy) => self.prefs.copy_outside_pictures = policy,
        }
    }

    /// Put `files` on `target`: the first there, the others as new cards
    /// in its cell (several files dropped at once).
    fn put_files(&mut self, files: Vec<PathBuf>, target: Option<Target>) {
        let (Some(target), Some(session)) = (target, &self.session) else {
            self.notice = Some(t!("picture-where").into_owned());
            return;
        };
        // From outside the map's folder: copied in, or linked, as the user
        // said the first time they were asked.
        let dir = session.doc.dir();
        let outside = |f: &PathBuf| {
            session.doc.path.is_some() && crate::model::photo_outside(&f.display().to_string(), dir)
        };
        let outside: Vec<bool> = files.iter().map(outside).collect();
        if self.prefs.copy_outside_pictures.is_none() && outside.contains(&true) {
            self.modals.push(Modal::OutsidePicture { files, target });
            return;
        }
        let link = self.prefs.copy_outside_pictures == Some(false);
        let map_file = session.doc.path.clone();
        let cell = match target {
            Target::Card(card) => (session.doc.map.card(card)).map(|(l, c)| (l.id, c.stage)),
            Target::Cell(lane, stage) => Some((lane, stage)),
        };
        for (k, file) in files.iter().enumerate() {
            let stored = match link && outside[k] {
                true => linked(file),
                false => crate::io::assets::import_picture(map_file.as_deref(), file),
            };
            let here = match (k, cell) {
                (0, _) => Some(target),
                (_, Some((lane, stage))) => Some(Target::Cell(lane, stage)),
                (_, None) => None,
            };
            match (stored, here) {
                (Ok(stored), Some(here)) => self.put_picture(here, stored),
                (Err(e), _) => {
                    let error = crate::i18n::text::asset_error_here(&e);
                    self.show_error(t!("error-picture", error = error));
                    return;
                }
                (Ok(_), None) => return,
            }
        }
    }

    fn paste_picture(&mut self, image: &ColorImage, at: Option<Pos2>) {
        let Some(target) = self.picture_target(at, true) else {
            self.notice = Some(t!("picture-where").into_owned());
            return;
        };
        let Some(session) = &self.session else { return };
        let rgba: Vec<u8> = (image.pixels.iter())
            .flat_map(|c| c.to_srgba_unmultiplied())
            .collect();
        let [w, h] = image.size.map(|s| s as u32);
        match crate::io::assets::import_rgba(session.doc.path.as_deref(), w, h, &rgba) {
            Ok(stored) => self.put_picture(target, stored),
            Err(e) => {
                let error = crate::i18n::text::asset_error_here(&e);
                self.show_error(t!("error-picture", error = error));
            }
        }
    }

    /// Set `stored` (a path from `io::assets`) on the target: one undo step.
    fn put_picture(&mut self, target: Target, stored: String) {
        let Some(session) = &mut self.session else {
            return;
        };
        let map = &session.doc.map;
        let done = match target {
            Target::Card(card) => {
                let alt = map.card(card).and_then(|(_, c)| c.alt.clone());
                edit::set_card_picture(map, card, Some(stored), alt)
                    .is_some_and(|edit| session.doc.apply_edit(edit))
                    .then_some(card)
            }
            Target::Cell(lane, stage) => edit::add_picture_card(map, lane, stage, stored, None)
                .and_then(|(edit, card)| session.doc.apply_edit(edit).then_some(card)),
        };
        // The card grew by its picture: keep it in view.
        if let Some(card) = done {
            session.select(Selection::card(card));
            session.pending_reveal = Some(crate::model::search::Found::Card(card));
            let linked = Path::new(
                &session
                    .doc
                    .map
                    .card(card)
                    .map_or("", |(_, c)| c.image.as_deref().unwrap_or("")),
            )
            .is_absolute();
            self.notice = Some(match linked {
                true => t!("picture-linked").into_owned(),
                false => t!("picture-added").into_owned(),
            });
        }
    }

    /// What a save to `to` must do first: copy the pictures the map uses
    /// into the assets folder beside `to`; the path changes pointing the
    /// cards there are for the saved copy and, once the save succeeded, for
    /// the map (`Document::relink`). `Err` when a copy failed: nothing is
    /// saved.
    pub(super) fn pictures_for(&mut self, to: &Path) -> Result<Vec<PathChange>, ()> {
        let Some(session) = &self.session else {
            return Ok(Vec::new());
        };
        let doc = &session.doc;
        // "Link where they are": a first save leaves dropped files in place.
        let link = self.prefs.copy_outside_pictures == Some(false);
        match crate::io::assets::copy_assets(&doc.map, doc.path.as_deref(), to, link) {
            Ok(relink) => {
                if let Some((file, _)) = relink.missing.first() {
                    self.notice = Some(t!(
                        "picture-not-copied",
                        count = relink.missing.len(),
                        file = file.display().to_string()
                    ));
                }
                Ok(relink.changes)
            }
            Err(e) => {
                let error = crate::i18n::text::asset_error_here(&e);
                self.show_error(t!("error-picture", error = error));
                Err(())
            }
        }
    }
}

/// A picture from outside the map's folder, linked where it is (checked
/// by the photo limits first).
fn linked(file: &Path) -> Result<String, AssetError> {
    let refused = |why| AssetError::Refused {
        file: Some(file.to_path_buf()),
        why,
    };
    crate::model::image_header(file).map_err(refused)?;
    let canonical = file.canonicalize();
    let canonical = canonical.map_err(|e| refused(crate::model::PhotoError::Io(e.to_string())))?;
    Ok(canonical.display().to_string())
}
