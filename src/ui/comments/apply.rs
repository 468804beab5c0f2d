//! What the Comments panel and the badges ask for, applied to the open
//! map: each change an `edit::comments` edit, one undo step.

use super::super::app::JourneyApp;
use super::selection_of;
use crate::ui::intent::CommentsIntent;

impl JourneyApp {
    /// Apply what the Comments panel or a badge asked for.
    pub(in crate::ui) fn comments_intent(&mut self, intent: CommentsIntent) {
        let author = self.prefs.comment_author_or_login();
        // Posting with the name offered keeps it: asked once, not again.
        if matches!(
            intent,
            CommentsIntent::Add { .. } | CommentsIntent::Reply { .. }
        ) && self.prefs.comment_author.trim().is_empty()
        {
            self.prefs.comment_author = author.clone();
        }
        let Some(session) = &mut self.session else {
            return;
        };
        let map = &session.doc.map;
        let edit = match intent {
            CommentsIntent::Add { on, text } => {
                if let Some(panel) = &mut session.comments {
                    panel.draft.clear();
                }
                crate::edit::add_comment(map, on, &author, &text)
            }
            CommentsIntent::Reply { thread, text } => {
                if let Some(panel) = &mut session.comments {
                    panel.replies.remove(&thread);
                }
                crate::edit::reply_to_comment(map, thread, &author, &text)
            }
            CommentsIntent::Resolve { thread, resolved } => {
                crate::edit::resolve_thread(map, thread, resolved)
            }
            CommentsIntent::Edit { id, text } => {
                if let Some(panel) = &mut session.comments {
                    panel.editing = None;
                }
                crate::edit::edit_comment(map, id, &text)
            }
            CommentsIntent::Delete(id) => crate::edit::delete_comment(map, id),
            CommentsIntent::SetAuthor(name) => {
                self.prefs.comment_author = name;
                return;
            }
            CommentsIntent::Show(on) | CommentsIntent::Open(on) => {
                if matches!(intent, CommentsIntent::Open(_)) {
                    session.comments.get_or_insert_with(Default::default);
                }
                if let Some((selection, found)) = selection_of(on)
                    && map.comment_target_exists(on)
                {
                    session.select(selection);
                    session.pending_reveal = Some(found);
                }
                return;
            }
        };
        if !edit.is_empty() {
            session.doc.apply_edit(edit);
        }
    }
}
