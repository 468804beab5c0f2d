//! Edits to a map. Every change is a [`Command`]; applying one returns its
//! inverse, which is what undo applies. A [`History`] groups the commands of
//! one gesture (a whole drag, a whole text edit) into one undo step.

mod command;
mod history;

pub use command::{Command, StageRemoval};
pub use history::History;
