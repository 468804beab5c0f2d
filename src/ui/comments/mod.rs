//! Comment threads in the app: the Comments panel's view state, what it and
//! the canvas badges ask for (`CommentsIntent`), and the two commands
//! (show the panel, comment on the selection). Every change to a thread is
//! an edit of `edit::comments`, one undo step, through the queue.

mod apply;
pub mod badges;
pub mod commands;
pub mod panel;

use std::collections::HashMap;

use super::selection::Selection;
use crate::model::search::Found;
use crate::model::{CommentId, CommentOn, JourneyMap};
use crate::t;

/// The Comments panel while it is open.
#[derive(Clone, Debug, Default)]
pub struct CommentsPanel {
    /// The new comment being written (on the selection, or the map).
    pub draft: String,
    /// Replies being written, per thread.
    pub replies: HashMap<CommentId, String>,
    /// A comment whose text is being changed, and the text so far.
    pub editing: Option<(CommentId, String)>,
    /// List resolved threads too.
    pub show_resolved: bool,
    /// Put the cursor into the new-comment box on the next frame.
    pub focus_draft: bool,
    /// The author field as typed (the preference follows it).
    pub author: Option<String>,
    /// Why the last try to post did nothing (no text, no name).
    pub why_not: Option<String>,
    /// The name was set by the user (typed, or kept by posting with it):
    /// the panel no longer asks to check it.
    pub author_confirmed: bool,
}

/// What a new comment is about: the selected card (the first of several),
/// stage or lane; the map otherwise.
pub fn target_of(selection: &Selection) -> CommentOn {
    match selection {
        Selection::Cards(ids) if !ids.is_empty() => CommentOn::Card(ids[0]),
        Selection::Stage(id) => CommentOn::Stage(*id),
        Selection::Lane(id) => CommentOn::Lane(*id),
        _ => CommentOn::Map,
    }
}

/// "Card: Visits the showroom", "Stage: Purchase", "The map", or what is
/// gone ("A deleted card").
pub fn target_label(map: &JourneyMap, on: CommentOn) -> String {
    let short = |s: &str| {
        let line = s.lines().next().unwrap_or("").trim();
        match line.char_indices().nth(40) {
            Some((i, _)) => format!("{}…", &line[..i]),
            None => line.to_string(),
        }
    };
    match on {
        CommentOn::Map => t!("comments-on-map").into_owned(),
        CommentOn::Stage(id) => match map.stage_index(id) {
            Some(i) => t!("comments-on-stage", name = short(&map.stages[i].name)),
            None => t!("comments-on-deleted-stage").into_owned(),
        },
        CommentOn::Lane(id) => match map.lane(id) {
            Some(l) => t!("comments-on-lane", name = short(&l.title)),
            None => t!("comments-on-deleted-lane").into_owned(),
        },
        CommentOn::Card(id) => match map.card(id) {
            Some((_, c)) => t!("comments-on-card", name = short(&c.text)),
            None => t!("comments-on-deleted-card").into_owned(),
        },
    }
}

/// The selection that shows `on`, and where it is drawn.
pub(super) fn selection_of(on: CommentOn) -> Option<(Selection, Found)> {
    Some(match on {
        CommentOn::Map => return None,
        CommentOn::Stage(id) => (Selection::Stage(id), Found::Stage(id)),
        CommentOn::Lane(id) => (Selection::Lane(id), Found::Lane(id)),
        CommentOn::Card(id) => (Selection::card(id), Found::Card(id)),
    })
}
