//! One open map and everything the app shows about it: the document (map,
//! file, history) and its view state (camera, selection, filter, windows).
//! The session is dropped with its map, so nothing of one map's view
//! survives into the next.

use super::canvas::CanvasState;
use super::document::Document;
use super::selection::Selection;
use crate::layout::MapLayout;
use crate::model::JourneyMap;
use crate::model::search::Found;

/// Where `found` is drawn (map units).
pub fn found_rect(layout: &MapLayout, found: Found) -> Option<egui::Rect> {
    match found {
        Found::Card(id) => layout.cards.iter().find(|c| c.id == id).map(|c| c.rect),
        Found::Stage(id) => layout.stages.iter().find(|s| s.id == id).map(|s| s.header),
        Found::Lane(id) => layout
            .lanes
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.title.rect()),
        Found::Persona(id) => layout
            .header
            .personas
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.rect),
    }
}

/// Where `found` is drawn on screen: cards and personas with the body,
/// stage headers in the (pinned) band, lane titles in the title column.
pub fn found_on_screen(
    layout: &MapLayout,
    tfs: &super::overlay::Transforms,
    found: crate::model::search::Found,
) -> Option<egui::Rect> {
    use crate::model::search::Found;
    let rect = found_rect(layout, found)?;
    Some(match found {
        Found::Card(_) | Found::Persona(_) => tfs.body * rect,
        Found::Stage(_) => tfs.stage_header(rect),
        Found::Lane(_) => tfs.titles * rect,
    })
}

/// Whether the screen point `p` lies under the lane-title column or the
/// stage band, where they are pinned over the scrolled map: what is drawn
/// over a card there would sit on top of them.
pub fn under_pins(layout: &MapLayout, tfs: &super::overlay::Transforms, p: egui::Pos2) -> bool {
    let titles_right = (tfs.titles * egui::pos2(layout.grid.left(), 0.0)).x
        + crate::layout::metrics::LANE_TITLE_WIDTH * tfs.titles.scaling;
    let band_bottom =
        (layout.stages.first()).map_or(f32::NEG_INFINITY, |s| tfs.stage_header(s.header).bottom());
    p.x < titles_right || p.y < band_bottom
}

/// An open map with its view state.
pub struct Session {
    pub doc: Document,
    /// Camera, cached layout, filter, heat and counts of this map's canvas.
    pub canvas: CanvasState,
    /// The selected cards, stage, lane or persona.
    pub selection: Selection,
    /// Put the cursor into the inspector's first text field on the next frame.
    pub focus_text: bool,
    /// A map to compare this one with (name, map), shown in a window.
    pub comparison: Option<(String, JourneyMap)>,
    /// Is the "Touchpoint priorities" window open?
    pub show_priorities: bool,
    /// The Find bar, while it is open.
    pub search: Option<super::search::SearchBar>,
    /// Scroll this into view once the layout shows the latest edit (a new
    /// stage, cards moved with Ctrl+arrow).
    pub pending_reveal: Option<Found>,
    /// Presenting, at this stage (index), or not.
    pub presenting: Option<usize>,
    /// How far down the presented stage is scrolled (map units), when it is
    /// taller than the screen at a readable size.
    pub present_scroll: f32,
    /// The presentation's step under way (the camera gliding to a stage).
    pub transition: Option<super::canvas::Glide>,
    /// File → Compare versions…: the changes since another copy.
    pub versions: Option<super::versions_ui::VersionsView>,
    /// The evidence inbox panel, while it is open.
    pub inbox: Option<super::inbox::Inbox>,
    /// The Comments panel, while it is open.
    pub comments: Option<super::comments::CommentsPanel>,
    /// The document revision a deletion left: while the map is still at
    /// it, the status bar offers Undo beside the deletion's notice.
    pub undo_offer: Option<u64>,
}

impl Session {
    /// The layout and transforms the canvas last drew the map with, while
    /// they are of the map as it is (marks drawn over the canvas use them).
    pub fn drawn(&self) -> Option<(&MapLayout, super::overlay::Transforms)> {
        let layout = self.canvas.layout_at(self.doc.revision)?;
        Some((layout, self.canvas.transforms?))
    }

    /// A session showing `doc` fitted to the window; `footer_date` pins the
    /// date in the map's footer (tests), `None` is today.
    pub fn new(doc: Document, footer_date: Option<String>) -> Self {
        let mut canvas = CanvasState::default();
        canvas.reset();
        canvas.footer_date = footer_date;
        // Sorted reviews show in the headers and as a curve until hidden.
        canvas.review_stats = true;
        Session {
            doc,
            canvas,
            selection: Selection::None,
            focus_text: false,
            comparison: None,
            show_priorities: false,
            search: None,
            pending_reveal: None,
            presenting: None,
            present_scroll: 0.0,
            transition: None,
            versions: None,
            inbox: None,
            comments: None,
            undo_offer: None,
        }
    }

    /// Select `selection`; the inspector field of the old selection goes
    /// away without reporting lost focus, so its edit step ends here.
    pub fn select(&mut self, selection: Selection) {
        if selection != self.selection {
            // So does a card's in-place edit (a new card left empty goes).
            self.finish_in_place();
            self.doc.history.commit();
        }
        self.selection = selection;
    }

    /// Scroll what an edit asked to show into view once the canvas has laid
    /// the edit out (the frame after it), clear of the pinned lane titles;
    /// and compare with the other version again after an edit.
    pub fn reveal_pending(&mut self) {
        if let Some(view) = &mut self.versions {
            view.refresh(&self.doc.map, self.doc.revision);
        }
        if let Some(found) = self.pending_reveal {
            let revision = self.doc.revision;
            if let Some(layout) = self.canvas.layout_at(revision) {
                // Laid out: shown now, or not on the map (deleted) at all.
                let rect = found_rect(layout, found);
                self.pending_reveal = None;
                if let Some(rect) = rect {
                    self.reveal(rect);
                }
            }
        }
    }

    /// Select what a search found and scroll it into view (its card, stage
    /// header, lane title or persona card).
    pub fn show_found(&mut self, found: Found) {
        self.select(match found {
            Found::Card(id) => Selection::card(id),
            Found::Stage(id) => Selection::Stage(id),
            Found::Lane(id) => Selection::Lane(id),
            Found::Persona(id) => Selection::Persona(id),
        });
        if let Some(rect) = self.canvas.layout().and_then(|l| found_rect(l, found)) {
            self.reveal(rect);
        }
    }

    /// Scroll so that `rect` (map units) is on screen, clear of the pinned
    /// lane titles and stage band; nothing moves when it already is.
    pub fn reveal(&mut self, rect: egui::Rect) {
        let Some(view) = self.canvas.last_rect else {
            return;
        };
        let camera = &mut self.canvas.camera;
        let zoom = camera.zoom;
        let on_screen = |p: egui::Pos2| view.min + camera.pan + p.to_vec2() * zoom;
        let (min, max) = (on_screen(rect.min), on_screen(rect.max));
        let margin = 24.0;
        let left = view.left() + crate::layout::metrics::LANE_TITLE_WIDTH * zoom + margin;
        let top = view.top() + 80.0 * zoom.min(1.0) + margin;
        let mut shift = egui::Vec2::ZERO;
        if max.x > view.right() - margin {
            shift.x = view.right() - margin - max.x;
        }
        if min.x + shift.x < left {
            shift.x = left - min.x;
        }
        if max.y > view.bottom() - margin {
            shift.y = view.bottom() - margin - max.y;
        }
        if min.y + shift.y < top {
            shift.y = top - min.y;
        }
        camera.pan += shift;
    }

    /// Commit what is being typed before a command reads or writes the
    /// whole map: the in-place editor ends as Enter would end it, and the
    /// inspector field's edit becomes its undo step (the field keeps the
    /// cursor; what is typed next is a step of its own).
    pub fn settle_typing(&mut self) {
        self.finish_in_place();
        self.doc.history.commit();
    }

    /// End the in-place edit: its step is committed, or, for a card added
    /// for it and left empty, taken back as Esc would (no empty card stays).
    pub fn finish_in_place(&mut self) {
        let Some(edit) = self.canvas.editing.take() else {
            return;
        };
        let empty = self
            .doc
            .map
            .card(edit.card)
            .is_none_or(|(_, c)| c.text.trim().is_empty() && c.image.is_none());
        if edit.new && empty {
            self.doc.abort_gesture();
            self.prune_selection();
        } else {
            self.doc.history.commit();
        }
    }

    /// Forget selected things the map no longer has (after undo or redo).
    pub fn prune_selection(&mut self) {
        self.selection = self.selection.still_in(&self.doc.map);
    }
}
