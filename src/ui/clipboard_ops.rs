//! Copy, cut and paste of cards through the system clipboard, as RON text
//! (`edit::clipboard`); cut and paste are one undo step each.

use super::app::JourneyApp;
use super::selection::Selection;
use crate::edit::{self, Edit};
use crate::t;

impl JourneyApp {
    /// Paste clipboard text into the open map.
    pub(super) fn paste_text(&mut self, text: &str) {
        let Some(session) = &mut self.session else {
            return;
        };
        let at = session.selection.paste_at();
        let (edit, pasted) = edit::clipboard::paste(&session.doc.map, at, text);
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
        let Some(text) = edit::clipboard::copy_text(&session.doc.map, &cards) else {
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
