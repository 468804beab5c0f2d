//! What the user has selected (view state, never saved in the map) and the
//! intents the canvas hands back to the app after drawing.

use crate::edit::Command;
use crate::model::{CardId, LaneId, StageId};

/// The current selection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector shows the map's title and lens.
    #[default]
    None,
    Card(CardId),
    Stage(StageId),
    Lane(LaneId),
}

/// What a canvas interaction asks the app to do; applied after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    Select(Selection),
    /// Add an empty card in this cell, select it and start typing.
    AddCard {
        lane: LaneId,
        stage: StageId,
    },
    /// Start a gesture that will be one undo step.
    Begin(&'static str),
    Apply(Command, &'static str),
    Commit,
    /// Put keyboard focus into the inspector's text field.
    FocusText,
    /// Edit a card's text in place on the canvas.
    EditInPlace(CardId),
    /// Cancel the gesture in progress (Esc), restoring the map.
    Abort,
}
