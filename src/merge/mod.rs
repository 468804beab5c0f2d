//! Versions of one map side by side, for teams that keep maps in git or a
//! shared folder: `diff` says what changed item by item, `merge` combines
//! two people's changes from a common base (three-way, by stable id). No
//! egui; the CLI (`journeymap diff`, `journeymap merge`) and tests use it.
//!
//! Both work on the map taken apart into keyed items (`items.rs`): each
//! item's fields are JSON values, so every field of every item is compared
//! the same way, and an item's place in its list is kept apart from it.

pub mod diff;
pub mod items;
pub mod renumber;
pub mod resolve;
pub mod reviews;
mod three_way;

pub use diff::{Change, diff};
pub use resolve::resolve;
pub use three_way::{Merged, items_lost, merge, merge_two_way, related};
