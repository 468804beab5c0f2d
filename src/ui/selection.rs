//! What the user has selected (view state, never saved in the map) and the
//! intents the canvas and inspector hand back to the app after drawing.

use crate::edit::Command;
use crate::model::{CardId, LaneId, PersonaId, StageId};

/// The current selection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector shows the map's title and lens.
    #[default]
    None,
    /// One or more cards, in the order they were picked.
    Cards(Vec<CardId>),
    Stage(StageId),
    Lane(LaneId),
    Persona(PersonaId),
}

impl Selection {
    /// Just this card.
    pub fn card(id: CardId) -> Self {
        Selection::Cards(vec![id])
    }

    /// The selected cards (empty unless cards are selected).
    pub fn cards(&self) -> &[CardId] {
        match self {
            Selection::Cards(ids) => ids,
            _ => &[],
        }
    }

    /// The card, when exactly one is selected.
    pub fn single_card(&self) -> Option<CardId> {
        match self.cards() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Is `card` selected?
    pub fn contains(&self, card: CardId) -> bool {
        self.cards().contains(&card)
    }

    /// The selection with `card` added, or removed if it was there
    /// (Ctrl/Shift-click).
    pub fn toggled(&self, card: CardId) -> Selection {
        let mut ids = self.cards().to_vec();
        match ids.iter().position(|c| *c == card) {
            Some(i) => {
                ids.remove(i);
            }
            None => ids.push(card),
        }
        if ids.is_empty() {
            Selection::None
        } else {
            Selection::Cards(ids)
        }
    }
}

/// What a canvas interaction asks the app to do; applied after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    Select(Selection),
    /// Add or remove one card from the selection.
    ToggleCard(CardId),
    /// Add an empty card in this cell, select it and start typing.
    AddCard {
        lane: LaneId,
        stage: StageId,
    },
    /// Move cards (in this order) into a cell, before `before` or at the
    /// end of the cell; one undo step.
    MoveCards {
        cards: Vec<CardId>,
        lane: LaneId,
        stage: StageId,
        before: Option<CardId>,
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
    /// Open a file dialog to pick this persona's photo.
    ChoosePhoto(PersonaId),
}
