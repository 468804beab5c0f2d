//! Edits to a map. Every change is a [`Command`]; applying one returns its
//! inverse, which is what undo applies. A [`History`] groups the commands of
//! one gesture (a whole drag, a whole text edit) into one undo step. The
//! user's actions that change several things at once are [`Edit`]s built by
//! the functions of `compound` (and `clipboard` for paste).

pub mod clipboard;
mod command;
mod comments;
mod compound;
mod history;
mod pictures;
mod reviews;

pub use command::{Command, StageRemoval};
pub use comments::{add_comment, delete_comment, edit_comment, reply_to_comment, resolve_thread};
pub use compound::{
    Edit, add_card, add_lane, add_persona, add_stage, delete_cards, delete_lane, delete_stage,
    duplicate_cards, move_cards, move_stage, own_stage_colours, remove_persona, stage_hue,
    update_cards,
};
pub use history::History;
pub use pictures::{add_picture_card, relink_pictures, set_card_picture};
pub use reviews::{
    adopt_review_curve, delete_reviews, import_reviews, quote_reviews, quote_reviews_in_new_card,
    sort_reviews,
};
