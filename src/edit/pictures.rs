//! Edits of pictures: a card's picture and alt text, a new card holding a
//! picture, and the paths a "Save as…" to another folder moves. The files
//! themselves are `io::assets`'s; these only change what the map names.

use super::{Command, Edit, add_card};
use crate::model::{CardId, JourneyMap, LaneContent, LaneId, PathChange, PictureOwner, StageId};

/// Set (or clear, with `None`) the picture and the alt text of `card`;
/// `None` when the card is gone or nothing would change. `image` is a path
/// from `io::assets::import_picture` / `import_rgba`; blank text counts as
/// none.
pub fn set_card_picture(
    map: &JourneyMap,
    card: CardId,
    image: Option<String>,
    alt: Option<String>,
) -> Option<Edit> {
    let (_, old) = map.card(card)?;
    let blank_is_none = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    let mut new = old.clone();
    new.image = blank_is_none(image);
    new.alt = blank_is_none(alt);
    (new != *old).then(|| Edit::one("Set picture", Command::UpdateCard { card: new }))
}

/// A new card at the end of a cell of a card lane, showing `image` (with
/// `alt`): what dropping a picture on an empty cell makes. One undo step.
pub fn add_picture_card(
    map: &JourneyMap,
    lane: LaneId,
    stage: StageId,
    image: String,
    alt: Option<String>,
) -> Option<(Edit, CardId)> {
    if map.lane(lane)?.kind.content() != LaneContent::Cards {
        return None;
    }
    let (mut edit, id) = add_card(map, lane, stage)?;
    if let Some(Command::AddCard { card, .. }) = edit.commands.first_mut() {
        card.image = Some(image).filter(|s| !s.trim().is_empty());
        card.alt = alt.filter(|s| !s.trim().is_empty());
    }
    Some((edit, id))
}

/// Replace picture paths as `changes` say (from `io::assets::copy_assets`),
/// on cards and persona photos alike: one undo step. A change whose owner
/// no longer names its `from` path is skipped.
pub fn relink_pictures(map: &JourneyMap, changes: &[PathChange]) -> Edit {
    let mut commands = Vec::new();
    for change in changes {
        match change.owner {
            PictureOwner::Card(id) => {
                let Some((_, card)) = map.card(id) else {
                    continue;
                };
                if card.image.as_deref() == Some(change.from.as_str()) {
                    let mut card = card.clone();
                    card.image = Some(change.to.clone());
                    commands.push(Command::UpdateCard { card });
                }
            }
            PictureOwner::Persona(id) => {
                let Some(persona) = map.persona(id) else {
                    continue;
                };
                if persona.photo.as_deref() == Some(change.from.as_str()) {
                    let mut persona = persona.clone();
                    persona.photo = Some(change.to.clone());
                    commands.push(Command::UpdatePersona { persona });
                }
            }
        }
    }
    Edit {
        label: "Relink pictures",
        commands,
    }
}

/// Rename picture paths as `changes` say inside `command` (the cards and
/// photos an undo or redo step would put back), so that after a save that
/// moved the pictures no step brings back a path that is not there.
pub(super) fn relink_command(command: &mut Command, changes: &[PathChange]) {
    let renamed = |path: &mut Option<String>| {
        if let Some(p) = path
            && let Some(c) = changes.iter().find(|c| c.from == *p)
        {
            *p = c.to.clone();
        }
    };
    let card = |card: &mut crate::model::Card| renamed(&mut card.image);
    match command {
        Command::AddCard { card: c, .. } | Command::UpdateCard { card: c } => card(c),
        Command::RestoreStage(removal) => removal.cards.iter_mut().for_each(|(_, _, c)| card(c)),
        Command::AddLane { lane, .. } => lane.cards.iter_mut().for_each(card),
        Command::AddPersona { persona, .. } | Command::UpdatePersona { persona } => {
            renamed(&mut persona.photo);
        }
        Command::ReplaceAll(map) => {
            map.lanes
                .iter_mut()
                .flat_map(|l| &mut l.cards)
                .for_each(card);
            map.personas.iter_mut().for_each(|p| renamed(&mut p.photo));
        }
        _ => {}
    }
}
