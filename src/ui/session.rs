//! One open map and everything the app shows about it: the document (map,
//! file, history) and its view state (camera, selection, filter, windows).
//! The session is dropped with its map, so nothing of one map's view
//! survives into the next.

use super::canvas::CanvasState;
use super::document::Document;
use super::selection::Selection;
use crate::model::JourneyMap;

/// An open map with its view state.
pub struct Session {
    pub doc: Document,
    /// Camera, cached layout, filter, heat and counts of this map's canvas.
    pub canvas: CanvasState,
    /// The selected cards, stage, lane or persona.
    pub selection: Selection,
    /// Put the cursor into the inspector's first text field on the next frame.
    pub focus_text: bool,
    /// Scroll this stage into view on the next frame (a new stage).
    pub reveal_stage: Option<crate::model::StageId>,
    /// A map to compare this one with (name, map), shown in a window.
    pub comparison: Option<(String, JourneyMap)>,
    /// Is the "Touchpoint priorities" window open?
    pub show_priorities: bool,
    /// The Find bar, while it is open.
    pub search: Option<super::search::SearchBar>,
}

impl Session {
    /// A session showing `doc` fitted to the window; `footer_date` pins the
    /// date in the map's footer (tests), `None` is today.
    pub fn new(doc: Document, footer_date: Option<String>) -> Self {
        let mut canvas = CanvasState::default();
        canvas.reset();
        canvas.footer_date = footer_date;
        Session {
            doc,
            canvas,
            selection: Selection::None,
            focus_text: false,
            reveal_stage: None,
            comparison: None,
            show_priorities: false,
            search: None,
        }
    }

    /// Select `selection`; the inspector field of the old selection goes
    /// away without reporting lost focus, so its edit step ends here.
    pub fn select(&mut self, selection: Selection) {
        if selection != self.selection {
            self.doc.history.commit();
        }
        self.selection = selection;
    }

    /// Scroll a new stage into view once the canvas has laid it out (the
    /// frame after it was added), clear of the pinned lane titles.
    pub fn reveal_pending(&mut self) {
        let Some(id) = self.reveal_stage else { return };
        let (Some(rect), Some(layout)) = (self.canvas.last_rect, self.canvas.layout()) else {
            return;
        };
        let Some((x, width)) = layout
            .stages
            .iter()
            .find(|s| s.id == id)
            .map(|s| (s.x, s.width))
        else {
            return;
        };
        let camera = &mut self.canvas.camera;
        let zoom = camera.zoom;
        let left = rect.left() + camera.pan.x + x * zoom;
        let right = left + width * zoom;
        let titles = crate::layout::metrics::LANE_TITLE_WIDTH * zoom;
        let margin = 24.0;
        if right > rect.right() - margin {
            camera.pan.x -= right - (rect.right() - margin);
        } else if left < rect.left() + titles + margin {
            camera.pan.x += rect.left() + titles + margin - left;
        }
        self.reveal_stage = None;
    }

    /// Select what a search found and scroll it into view (its card, stage
    /// header, lane title or persona card), clear of the pinned lane titles
    /// and stage band.
    pub fn show_found(&mut self, found: crate::model::search::Found) {
        use crate::model::search::Found;
        self.select(match found {
            Found::Card(id) => Selection::card(id),
            Found::Stage(id) => Selection::Stage(id),
            Found::Lane(id) => Selection::Lane(id),
            Found::Persona(id) => Selection::Persona(id),
        });
        let (Some(view), Some(layout)) = (self.canvas.last_rect, self.canvas.layout()) else {
            return;
        };
        let rect = match found {
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
        };
        let Some(rect) = rect else { return };
        let camera = &mut self.canvas.camera;
        let zoom = camera.zoom;
        let on_screen = |x: f32, y: f32| {
            egui::pos2(
                view.left() + camera.pan.x + x * zoom,
                view.top() + camera.pan.y + y * zoom,
            )
        };
        let (min, max) = (
            on_screen(rect.left(), rect.top()),
            on_screen(rect.right(), rect.bottom()),
        );
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

    /// Forget selected things the map no longer has (after undo or redo).
    pub fn prune_selection(&mut self) {
        self.selection = self.selection.still_in(&self.doc.map);
    }
}
