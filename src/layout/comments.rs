//! The comments appendix of an export: every thread — open ones first, then
//! resolved ones, marked — with its item, each comment's author, time and
//! text, in columns under the grid (or on report pages of a PDF).

use egui::pos2;

use super::metrics::{SMALL_TEXT, STAGE_WIDTH};
use super::{Shaper, TextBlock};
use crate::fonts::FontStyle;
use crate::model::{CommentOn, JourneyMap, Thread};
use crate::t_in;

/// What a thread is about, in the map's language.
fn item_of(map: &JourneyMap, on: CommentOn) -> String {
    let lang = map.lang();
    match on {
        CommentOn::Map => t_in!(lang, "comments-on-map").into_owned(),
        CommentOn::Stage(id) => match map.stage_index(id) {
            Some(i) => t_in!(lang, "comments-on-stage", name = map.stages[i].name.trim()),
            None => t_in!(lang, "comments-on-deleted-stage").into_owned(),
        },
        CommentOn::Lane(id) => match map.lane(id) {
            Some(l) => t_in!(lang, "comments-on-lane", name = l.title.trim()),
            None => t_in!(lang, "comments-on-deleted-lane").into_owned(),
        },
        CommentOn::Card(id) => match map.card(id) {
            Some((_, c)) => t_in!(lang, "comments-on-card", name = c.text.trim()),
            None => t_in!(lang, "comments-on-deleted-card").into_owned(),
        },
    }
}

/// "2026-12-01 17:41 UTC" from a stored time.
pub fn shown_time(time: &str) -> String {
    match time.strip_suffix('Z') {
        Some(t) => format!("{} UTC", t.replacen('T', " ", 1)),
        None => time.to_string(),
    }
}

/// Text of the appendix placed from `top` in `width`, and its bottom; no
/// blocks when the map has no comments.
pub fn comments_appendix(
    map: &JourneyMap,
    shaper: &mut Shaper,
    left: f32,
    top: f32,
    width: f32,
) -> (Vec<TextBlock>, f32) {
    let mut threads = map.threads();
    if threads.is_empty() {
        return (Vec::new(), top);
    }
    threads.sort_by_key(Thread::resolved);
    let lang = map.lang();
    let mut blocks = Vec::new();
    let title = t_in!(lang, "map-comments-heading");
    let heading = shaper.text(&title, 18.0, FontStyle::Bold, width, pos2(left, top));
    let body_top = heading.rect().bottom() + 10.0;
    blocks.push(heading);
    let column_width = (STAGE_WIDTH * 2.0).min(width);
    let columns = ((width + 24.0) / (column_width + 24.0)).floor().max(1.0) as usize;
    let per_column = threads.len().div_ceil(columns).max(1);
    let mut bottom = body_top;
    for (col, chunk) in threads.chunks(per_column).enumerate() {
        let x = left + col as f32 * (column_width + 24.0);
        let mut y = body_top;
        for thread in chunk {
            let mut about = item_of(map, thread.first.on);
            if thread.resolved() {
                about = format!("{about} ({})", t_in!(lang, "map-comment-resolved"));
            }
            let item = shaper.text(
                &about,
                SMALL_TEXT,
                FontStyle::Bold,
                column_width,
                pos2(x, y),
            );
            y = item.rect().bottom() + 2.0;
            blocks.push(item);
            for (k, c) in thread.comments().enumerate() {
                let indent = if k == 0 { 0.0 } else { 12.0 };
                let author = match c.author.trim() {
                    "" => t_in!(lang, "comments-anonymous").into_owned(),
                    a => a.to_string(),
                };
                let line = format!("{author}, {}: {}", shown_time(&c.time), c.text.trim());
                let text = shaper.text(
                    &line,
                    SMALL_TEXT,
                    FontStyle::Regular,
                    column_width - indent,
                    pos2(x + indent, y),
                );
                y = text.rect().bottom() + 2.0;
                blocks.push(text);
            }
            y += 8.0;
        }
        bottom = bottom.max(y);
    }
    (blocks, bottom)
}
