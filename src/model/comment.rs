//! Comments: threads of discussion on a card, stage, lane or the whole map,
//! kept in the map file. Each comment is its own item with its own id (a
//! reply names the thread's first comment), so two people replying to one
//! thread in two copies merge without a conflict.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{CardId, JourneyMap, LaneId, StageId};

/// Identifies a comment (the map's one id space).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CommentId(pub u64);

impl std::fmt::Display for CommentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a thread is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CommentOn {
    Map,
    Stage(StageId),
    Lane(LaneId),
    Card(CardId),
}

/// One comment: the first of a thread, or a reply to one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub id: CommentId,
    /// The thread's item (replies repeat their thread's).
    pub on: CommentOn,
    /// The first comment of the thread this one answers; `None` starts one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<CommentId>,
    #[serde(default)]
    pub author: String,
    /// When it was written, UTC, "YYYY-MM-DDTHH:MMZ".
    #[serde(default)]
    pub time: String,
    pub text: String,
    /// On a thread's first comment: the discussion is settled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
}

/// A thread: its first comment and the replies, in the order written.
#[derive(Clone, Debug, PartialEq)]
pub struct Thread<'a> {
    pub first: &'a Comment,
    pub replies: Vec<&'a Comment>,
}

impl Thread<'_> {
    /// Comments in the thread, the first one included.
    pub fn len(&self) -> usize {
        1 + self.replies.len()
    }

    /// Never: a thread has its first comment.
    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn resolved(&self) -> bool {
        self.first.resolved
    }

    /// Every comment, the first one first.
    pub fn comments(&self) -> impl Iterator<Item = &Comment> {
        std::iter::once(self.first).chain(self.replies.iter().copied())
    }
}

impl JourneyMap {
    /// The threads in the order they were started. A reply to a reply
    /// (a hand edit) joins the thread at the top of its chain; a reply
    /// whose thread is gone (a merge, a hand edit) starts its own.
    pub fn threads(&self) -> Vec<Thread<'_>> {
        let by_id: HashMap<CommentId, &Comment> = self.comments.iter().map(|c| (c.id, c)).collect();
        // The first comment of the thread `c` belongs to; chains are
        // followed a bounded number of steps, so a cycle cannot hang.
        let root = |c: &Comment| -> CommentId {
            let mut at = c;
            for _ in 0..self.comments.len() {
                match at
                    .reply_to
                    .filter(|r| *r != at.id)
                    .and_then(|r| by_id.get(&r))
                {
                    Some(up) => at = up,
                    None => break,
                }
            }
            at.id
        };
        let mut threads: Vec<Thread> = Vec::new();
        let mut index: HashMap<CommentId, usize> = HashMap::new();
        let mut replies = Vec::new();
        for c in &self.comments {
            let top = root(c);
            if top == c.id {
                index.insert(c.id, threads.len());
                threads.push(Thread {
                    first: c,
                    replies: Vec::new(),
                });
            } else {
                replies.push((top, c));
            }
        }
        for (top, c) in replies {
            if let Some(&k) = index.get(&top) {
                threads[k].replies.push(c);
            }
        }
        // Replies merged in from two copies read in the order written.
        for t in &mut threads {
            t.replies.sort_by(|a, b| a.time.cmp(&b.time));
        }
        threads
    }

    /// The thread whose first comment is `id`.
    pub fn thread(&self, id: CommentId) -> Option<Thread<'_>> {
        self.threads().into_iter().find(|t| t.first.id == id)
    }

    /// Comments in unresolved threads, per item (the badges' numbers).
    pub fn open_comment_counts(&self) -> HashMap<CommentOn, usize> {
        let mut counts = HashMap::new();
        for t in self.threads().iter().filter(|t| !t.resolved()) {
            *counts.entry(t.first.on).or_default() += t.len();
        }
        counts
    }

    /// Whether the item a thread is about is still in the map.
    pub fn comment_target_exists(&self, on: CommentOn) -> bool {
        match on {
            CommentOn::Map => true,
            CommentOn::Stage(s) => self.stage_index(s).is_some(),
            CommentOn::Lane(l) => self.lane(l).is_some(),
            CommentOn::Card(c) => self.card(c).is_some(),
        }
    }
}

/// The time now as stored in a comment: UTC to the minute.
pub fn comment_time_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    comment_time(secs)
}

/// `secs` after 1970 as "YYYY-MM-DDTHH:MMZ".
pub fn comment_time(secs: u64) -> String {
    let date = crate::date::date_from_days((secs / 86_400) as i64);
    let minute = secs % 86_400 / 60;
    format!("{date}T{:02}:{:02}Z", minute / 60, minute % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: u64, reply_to: Option<u64>, on: CommentOn) -> Comment {
        Comment {
            id: CommentId(id),
            on,
            reply_to: reply_to.map(CommentId),
            author: "Anna".into(),
            time: comment_time(0),
            text: format!("comment {id}"),
            resolved: false,
        }
    }

    #[test]
    fn replies_gather_under_their_thread_and_count_while_open() {
        let card = CommentOn::Card(CardId(7));
        let mut map = JourneyMap {
            comments: vec![
                comment(1, None, card),
                comment(2, None, CommentOn::Map),
                comment(3, Some(1), card),
                comment(4, Some(99), CommentOn::Map),
            ],
            ..JourneyMap::default()
        };
        let threads = map.threads();
        assert_eq!(threads.len(), 3, "an orphan reply starts its own thread");
        assert_eq!(threads[0].len(), 2);
        assert_eq!(threads[0].replies[0].id, CommentId(3));
        assert_eq!(map.open_comment_counts()[&card], 2);
        assert_eq!(map.open_comment_counts()[&CommentOn::Map], 2);
        map.comments[0].resolved = true;
        assert!(!map.open_comment_counts().contains_key(&card));
    }

    #[test]
    fn times_are_utc_minutes() {
        assert_eq!(comment_time(0), "1970-01-01T00:00Z");
        assert_eq!(
            comment_time(20_454 * 86_400 + 3_600 * 17 + 41 * 60 + 59),
            "2026-01-01T17:41Z"
        );
    }
}
