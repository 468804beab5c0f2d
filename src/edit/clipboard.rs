//! Copy, cut and paste of cards, also between maps and from other apps.
//! Cards travel as RON text behind a header line, so a paste into a text
//! editor is still readable; plain text pastes as one card per line.

use serde::{Deserialize, Serialize};

use super::{Command, Edit};
use crate::model::{Card, CardId, JourneyMap, LaneContent, LaneId, LaneKind, StageId};

/// First line of copied cards.
const HEADER: &str = "journeymap cards v1";

/// A copied card and the kind of lane it came from (to find a home for it in
/// another map).
#[derive(Clone, Debug, Serialize, Deserialize)]
struct ClipCard {
    lane_kind: LaneKind,
    card: Card,
}

/// The clipboard text for `cards` (in map order). `picture` gives each
/// card picture's path as it travels (the app makes it absolute, so a paste
/// into a map in another folder still finds the file).
pub fn copy_text(
    map: &JourneyMap,
    cards: &[CardId],
    picture: &dyn Fn(&str) -> String,
) -> Option<String> {
    let clip: Vec<ClipCard> = map
        .lanes
        .iter()
        .flat_map(|l| {
            l.cards.iter().filter(|c| cards.contains(&c.id)).map(|c| {
                let mut card = c.clone();
                card.image = card.image.map(|p| picture(&p));
                ClipCard {
                    lane_kind: l.kind,
                    card,
                }
            })
        })
        .collect();
    if clip.is_empty() {
        return None;
    }
    let body = ron::ser::to_string_pretty(&clip, ron::ser::PrettyConfig::default()).ok()?;
    Some(format!("{HEADER}\n{body}\n"))
}

/// What is selected where the paste happens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PasteAt {
    /// The last selected card: pasted cards go after it, in its cell.
    pub after: Option<CardId>,
    /// A selected lane: pasted cards go into its first stage.
    pub lane: Option<LaneId>,
}

/// Where pasted cards go: the cell of the selected card (after it), the
/// selected lane's first stage, or else a lane of the card's kind.
fn target(
    map: &JourneyMap,
    at: PasteAt,
    kind: Option<LaneKind>,
) -> Option<(LaneId, StageId, Option<usize>)> {
    if let Some(id) = at.after
        && let Some((lane, card)) = map.card(id)
    {
        let index = lane.cards.iter().position(|c| c.id == id).map(|i| i + 1);
        return Some((lane.id, card.stage, index));
    }
    let first_stage = map.stages.first()?.id;
    if let Some(lane) = at.lane
        && map
            .lane(lane)
            .is_some_and(|l| l.kind.content() == LaneContent::Cards)
    {
        return Some((lane, first_stage, None));
    }
    let card_lanes = || {
        map.lanes
            .iter()
            .filter(|l| l.kind.content() == LaneContent::Cards)
    };
    let lane = kind
        .and_then(|k| card_lanes().find(|l| l.kind == k))
        .or_else(|| card_lanes().next())?;
    Some((lane.id, first_stage, None))
}

/// Paste `text` (copied cards or plain text) as one undo step; returns the
/// edit and the pasted cards' ids (none when nothing can be pasted).
/// `picture` gives the path a pasted card's picture gets in this map (the
/// app takes the file in as a dropped one).
pub fn paste(
    map: &JourneyMap,
    at: PasteAt,
    text: &str,
    picture: &mut dyn FnMut(&str) -> String,
) -> (Edit, Vec<CardId>) {
    let clip: Vec<ClipCard> = match text.strip_prefix(HEADER) {
        Some(body) => ron::from_str(body.trim()).unwrap_or_default(),
        None => text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|line| ClipCard {
                lane_kind: LaneKind::Actions,
                card: Card::new(CardId(0), StageId(0), line),
            })
            .collect(),
    };
    let plain = !text.starts_with(HEADER);
    let mut ids = map.fresh_ids();
    let mut commands = Vec::new();
    let mut pasted = Vec::new();
    let mut offsets: std::collections::HashMap<LaneId, usize> = Default::default();
    for ClipCard {
        lane_kind,
        mut card,
    } in clip
    {
        let kind = (!plain).then_some(lane_kind);
        let Some((lane, stage, index)) = target(map, at, kind) else {
            continue;
        };
        // Same map and nothing selected: keep the card's own stage if it exists.
        let stage = if at.after.is_none() && map.stage_index(card.stage).is_some() && !plain {
            card.stage
        } else {
            stage
        };
        card.id = CardId(ids.next_id());
        card.stage = stage;
        card.image = card.image.map(|p| picture(&p));
        let offset = offsets.entry(lane).or_default();
        let index = index.map_or(usize::MAX, |i| i + *offset);
        *offset += 1;
        pasted.push(card.id);
        commands.push(Command::AddCard { lane, index, card });
    }
    (
        Edit {
            label: "Paste",
            commands,
        },
        pasted,
    )
}
