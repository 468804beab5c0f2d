//! Edits of comment threads: start one, reply, edit, resolve or reopen,
//! delete. Each is one undo step.

use super::{Command, Edit};
use crate::model::{Comment, CommentId, CommentOn, JourneyMap, comment_time_now};

/// Apply [`Command::AddComment`].
pub(super) fn add(map: &mut JourneyMap, index: usize, comment: Comment) -> Option<Command> {
    if map.comments.iter().any(|c| c.id == comment.id) {
        return None;
    }
    let id = comment.id;
    map.comments.insert(index.min(map.comments.len()), comment);
    Some(Command::RemoveComment { id })
}

/// Apply [`Command::RemoveComment`].
pub(super) fn remove(map: &mut JourneyMap, id: CommentId) -> Option<Command> {
    let index = map.comments.iter().position(|c| c.id == id)?;
    let comment = map.comments.remove(index);
    Some(Command::AddComment { index, comment })
}

/// Apply [`Command::UpdateComment`]; the id, item and thread stay.
pub(super) fn update(map: &mut JourneyMap, comment: Comment) -> Option<Command> {
    let slot = map.comments.iter_mut().find(|c| c.id == comment.id)?;
    let kept = (slot.on, slot.reply_to);
    let old = std::mem::replace(slot, comment);
    (slot.on, slot.reply_to) = kept;
    Some(Command::UpdateComment { comment: old })
}

fn new_comment(map: &JourneyMap, on: CommentOn, author: &str, text: &str) -> Comment {
    Comment {
        id: CommentId(map.next_id()),
        on,
        reply_to: None,
        author: author.trim().to_string(),
        time: comment_time_now(),
        text: text.trim().to_string(),
        resolved: false,
    }
}

/// Start a thread on `on`. Empty text does nothing.
pub fn add_comment(map: &JourneyMap, on: CommentOn, author: &str, text: &str) -> Edit {
    if text.trim().is_empty() {
        return Edit::new("Add comment");
    }
    let comment = new_comment(map, on, author, text);
    Edit::one(
        "Add comment",
        Command::AddComment {
            index: map.comments.len(),
            comment,
        },
    )
}

/// Answer the thread started by `thread`; a reply reopens a resolved one
/// (someone has more to say).
pub fn reply_to_comment(map: &JourneyMap, thread: CommentId, author: &str, text: &str) -> Edit {
    let mut edit = Edit::new("Reply");
    let Some(first) = map.comments.iter().find(|c| c.id == thread) else {
        return edit;
    };
    if text.trim().is_empty() {
        return edit;
    }
    let mut reply = new_comment(map, first.on, author, text);
    reply.reply_to = Some(thread);
    if first.resolved {
        edit.commands.push(Command::UpdateComment {
            comment: Comment {
                resolved: false,
                ..first.clone()
            },
        });
    }
    edit.commands.push(Command::AddComment {
        index: map.comments.len(),
        comment: reply,
    });
    edit
}

/// Mark the thread started by `thread` settled (or open again).
pub fn resolve_thread(map: &JourneyMap, thread: CommentId, resolved: bool) -> Edit {
    let label = if resolved {
        "Resolve comment"
    } else {
        "Reopen comment"
    };
    let mut edit = Edit::new(label);
    if let Some(first) = map.comments.iter().find(|c| c.id == thread)
        && first.resolved != resolved
    {
        edit.commands.push(Command::UpdateComment {
            comment: Comment {
                resolved,
                ..first.clone()
            },
        });
    }
    edit
}

/// Change a comment's text. Empty text does nothing (delete it instead).
pub fn edit_comment(map: &JourneyMap, id: CommentId, text: &str) -> Edit {
    let mut edit = Edit::new("Edit comment");
    if let Some(c) = map.comments.iter().find(|c| c.id == id)
        && !text.trim().is_empty()
        && c.text != text.trim()
    {
        edit.commands.push(Command::UpdateComment {
            comment: Comment {
                text: text.trim().to_string(),
                ..c.clone()
            },
        });
    }
    edit
}

/// Delete a comment; the first comment of a thread takes its replies along.
pub fn delete_comment(map: &JourneyMap, id: CommentId) -> Edit {
    let starts_thread = map.thread(id).is_some();
    // Removed from the back, so undo puts each back at its own position.
    let commands = (map.comments.iter().rev())
        .filter(|c| c.id == id || (starts_thread && c.reply_to == Some(id)))
        .map(|c| Command::RemoveComment { id: c.id })
        .collect();
    Edit {
        label: "Delete comment",
        commands,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::History;
    use crate::model::CardId;

    fn apply(map: &mut JourneyMap, history: &mut History, edit: Edit) {
        history.begin(edit.label);
        let mut changed = false;
        for command in edit.commands {
            changed |= history.apply(map, command, "");
        }
        history.commit();
        assert!(changed, "the edit changed the map");
    }

    #[test]
    fn a_thread_is_started_answered_resolved_and_each_step_undone() {
        let mut map = JourneyMap::default();
        let mut history = History::default();
        let on = CommentOn::Card(CardId(5));
        let edit = add_comment(&map, on, " Anna ", " Why two visits? ");
        apply(&mut map, &mut history, edit);
        let first = map.comments[0].id;
        assert_eq!(map.comments[0].text, "Why two visits?");
        assert_eq!(map.comments[0].author, "Anna");
        let edit = reply_to_comment(&map, first, "Jānis", "The car is not ready");
        apply(&mut map, &mut history, edit);
        assert_eq!(map.thread(first).unwrap().replies[0].author, "Jānis");
        let edit = resolve_thread(&map, first, true);
        apply(&mut map, &mut history, edit);
        assert!(map.open_comment_counts().is_empty());
        // Replying again reopens it.
        let edit = reply_to_comment(&map, first, "Anna", "Still?");
        apply(&mut map, &mut history, edit);
        assert_eq!(map.open_comment_counts()[&on], 3);
        let edit = delete_comment(&map, first);
        apply(&mut map, &mut history, edit);
        assert!(
            map.comments.is_empty(),
            "the thread goes with its first comment"
        );
        // Undo one step at a time: delete, reply, resolve, reply, start.
        for (comments, open) in [(3, 3), (2, 0), (2, 2), (1, 1), (0, 0)] {
            history.undo(&mut map);
            assert_eq!(map.comments.len(), comments);
            assert_eq!(
                map.open_comment_counts().get(&on).copied().unwrap_or(0),
                open
            );
        }
        history.redo(&mut map);
        history.redo(&mut map);
        history.redo(&mut map);
        history.redo(&mut map);
        assert_eq!(map.comments.len(), 3);
        assert_eq!(map.open_comment_counts()[&on], 3);
        assert!(add_comment(&map, on, "Anna", "   ").is_empty());
    }
}
