//! What the user has selected (view state, never saved in the map).

use crate::edit::clipboard::PasteAt;
use crate::model::{CardId, JourneyMap, LaneId, PersonaId, StageId};

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

impl Selection {
    /// Where a paste goes for this selection.
    pub fn paste_at(&self) -> PasteAt {
        PasteAt {
            after: self.cards().last().copied(),
            lane: match self {
                Selection::Lane(l) => Some(*l),
                _ => None,
            },
        }
    }

    /// The selection without what `map` no longer has (after undo, a
    /// deleted stage, another map).
    pub fn still_in(&self, map: &JourneyMap) -> Selection {
        match self {
            Selection::Cards(ids) => {
                let ids: Vec<CardId> = ids
                    .iter()
                    .copied()
                    .filter(|id| map.card(*id).is_some())
                    .collect();
                if ids.is_empty() {
                    Selection::None
                } else {
                    Selection::Cards(ids)
                }
            }
            Selection::Stage(s) if map.stage_index(*s).is_none() => Selection::None,
            Selection::Lane(l) if map.lane(*l).is_none() => Selection::None,
            Selection::Persona(p) if map.persona(*p).is_none() => Selection::None,
            other => other.clone(),
        }
    }
}
