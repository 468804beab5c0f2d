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

    /// Forget selected things the map no longer has (after undo or redo).
    pub fn prune_selection(&mut self) {
        self.selection = self.selection.still_in(&self.doc.map);
    }
}
