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

    /// Forget selected things the map no longer has (after undo or redo).
    pub fn prune_selection(&mut self) {
        self.selection = self.selection.still_in(&self.doc.map);
    }
}
