//! Compound edits: the user's actions that change several things at once
//! ("delete a persona" also removes their curves and card tags). Each is an
//! [`Edit`] — one undo step — built from the map as it is, so the app, the
//! CLI and tests get the same result from the same function.

use super::Command;
use crate::model::{
    Card, CardId, EmotionSeries, Hue, JourneyMap, Lane, LaneId, LaneKind, Persona, PersonaId,
    Stage, StageId,
};
use crate::style::STAGE_ROTATION;
use crate::t_in;

/// A named group of commands, applied in order as one undo step.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub label: &'static str,
    pub commands: Vec<Command>,
}

impl Edit {
    /// An edit that does nothing yet.
    pub fn new(label: &'static str) -> Self {
        Edit {
            label,
            commands: Vec::new(),
        }
    }

    /// An edit of one command.
    pub fn one(label: &'static str, command: Command) -> Self {
        Edit {
            label,
            commands: vec![command],
        }
    }

    /// Does the edit do nothing?
    pub fn is_empty(&self) -> bool {
        self.commands.is_empty()
    }

    /// Apply every command to `map` (no history), e.g. from the CLI.
    pub fn apply_to(self, map: &mut JourneyMap) -> bool {
        let mut changed = false;
        for command in self.commands {
            changed |= command.apply(map).is_some();
        }
        changed
    }
}

/// The colour stage `index` is drawn in: its own, or the rotation's.
pub fn stage_hue(map: &JourneyMap, index: usize) -> Hue {
    crate::style::stage_hues(&map.stages)[index]
}

/// Commands that give each stage with no colour of its own the colour it
/// is drawn in now, where the stage order `new_order` would draw it in
/// another: a move reorders the stages it passes, and their colours go
/// with them.
fn pin_colours(map: &JourneyMap, new_order: &[StageId]) -> Vec<Command> {
    let now = crate::style::stage_hues(&map.stages);
    let moved: Vec<Stage> = new_order
        .iter()
        .filter_map(|id| map.stage_index(*id).map(|i| map.stages[i].clone()))
        .collect();
    let later = crate::style::stage_hues(&moved);
    let mut out = Vec::new();
    for (stage, hue) in moved.iter().zip(later) {
        let Some(i) = map.stage_index(stage.id) else {
            continue;
        };
        if stage.color.is_none() && hue != now[i] {
            let mut pinned = stage.clone();
            pinned.color = Some(now[i]);
            out.push(Command::UpdateStage { stage: pinned });
        }
    }
    out
}

/// Give every stage of a new map the colour it is drawn in as its own, so
/// adding, deleting or moving stages later never recolours another one
/// (the built-in templates already own theirs). Not an edit: the map is
/// not a file yet (a blank map, an import), nobody else has a copy.
pub fn own_stage_colours(map: &mut JourneyMap) {
    let hues = crate::style::stage_hues(&map.stages);
    for (stage, hue) in map.stages.iter_mut().zip(hues) {
        stage.color = Some(hue);
    }
}

fn stage_ids(map: &JourneyMap) -> Vec<StageId> {
    map.stages.iter().map(|s| s.id).collect()
}

/// A new stage at `index`, named "Stage N"; returns the edit and its id.
/// The new stage gets a colour of its own, unlike both neighbours; it takes
/// no turn of the rotation, so every other stage keeps its colour and the
/// edit writes nothing into them (a merge sees only the new stage).
pub fn add_stage(map: &JourneyMap, index: usize) -> (Edit, StageId) {
    let index = index.min(map.stages.len());
    let id = StageId(map.next_id());
    // Named in the map's language, like every default text in it.
    let name = t_in!(map.lang(), "default-stage-name", n = map.stages.len() + 1);
    let mut stage = Stage::new(id, name);
    let hues = crate::style::stage_hues(&map.stages);
    let left = index.checked_sub(1).map(|i| hues[i]);
    let right = hues.get(index).copied();
    // After the left neighbour's colour in the rotation, as if the map's
    // colours went on; the first stage starts the rotation.
    let start = left
        .and_then(|h| STAGE_ROTATION.iter().position(|r| *r == h))
        .map_or(0, |p| p + 1);
    stage.color = (0..STAGE_ROTATION.len())
        .map(|k| STAGE_ROTATION[(start + k) % STAGE_ROTATION.len()])
        .find(|h| Some(*h) != left && Some(*h) != right);
    (
        Edit {
            label: "Add stage",
            commands: vec![Command::AddStage { index, stage }],
        },
        id,
    )
}

/// Delete a stage with its cards and values. Only the stage goes: no other
/// stage is written to (stages after it with no colour of their own take
/// the rotation's next turn), and undo puts everything back as it was.
pub fn delete_stage(_map: &JourneyMap, stage: StageId) -> Edit {
    Edit {
        label: "Delete stage",
        commands: vec![Command::RemoveStage { stage }],
    }
}

/// Move a stage to `index`; every stage keeps its colour.
pub fn move_stage(map: &JourneyMap, stage: StageId, index: usize) -> Edit {
    let mut order = stage_ids(map);
    let Some(from) = order.iter().position(|s| *s == stage) else {
        return Edit {
            label: "Move stage",
            commands: Vec::new(),
        };
    };
    order.remove(from);
    order.insert(index.min(order.len()), stage);
    let mut commands = pin_colours(map, &order);
    commands.push(Command::MoveStage { stage, index });
    Edit {
        label: "Move stage",
        commands,
    }
}

/// A new lane of `kind` at `index` (the bottom when past the end); an
/// emotion lane gets a curve per persona, or one for everyone.
pub fn add_lane(map: &JourneyMap, kind: LaneKind, index: usize) -> (Edit, LaneId) {
    let id = LaneId(map.next_id());
    let mut lane = Lane::new(id, kind);
    lane.title = crate::i18n::names::lane_kind(map.lang(), kind).into_owned();
    if kind == LaneKind::Emotions {
        if map.personas.is_empty() {
            lane.series.push(EmotionSeries::default());
        }
        for p in &map.personas {
            lane.series.push(EmotionSeries {
                persona: Some(p.id),
                ..Default::default()
            });
        }
    }
    let command = Command::AddLane {
        index: index.min(map.lanes.len()),
        lane: Box::new(lane),
    };
    (Edit::one("Add lane", command), id)
}

/// An empty card at the end of a cell; returns the edit and the card's id.
pub fn add_card(map: &JourneyMap, lane: LaneId, stage: StageId) -> Option<(Edit, CardId)> {
    let l = map.lane(lane)?;
    map.stage_index(stage)?;
    // After the cell's last card, so it appears at the bottom of the cell.
    let index = l
        .cards
        .iter()
        .rposition(|c| c.stage == stage)
        .map_or(l.cards.len(), |i| i + 1);
    let card = Card::new(CardId(map.next_id()), stage, "");
    let id = card.id;
    Some((
        Edit::one("Add card", Command::AddCard { lane, index, card }),
        id,
    ))
}

/// A copy of each card, right after its original; returns the copies' ids.
pub fn duplicate_cards(map: &JourneyMap, cards: &[CardId]) -> (Edit, Vec<CardId>) {
    let mut ids = map.fresh_ids();
    let mut commands = Vec::new();
    let mut copies = Vec::new();
    // Copies placed so far per lane, to keep the later positions right.
    let mut shift: std::collections::HashMap<LaneId, Vec<usize>> = Default::default();
    for id in cards {
        let Some((lane, card)) = map.card(*id) else {
            continue;
        };
        let Some(pos) = lane.cards.iter().position(|c| c.id == *id) else {
            continue;
        };
        let placed = shift.entry(lane.id).or_default();
        let before = placed.iter().filter(|p| **p <= pos).count();
        placed.push(pos);
        let mut copy = card.clone();
        copy.id = CardId(ids.next_id());
        copies.push(copy.id);
        commands.push(Command::AddCard {
            lane: lane.id,
            index: pos + 1 + before,
            card: copy,
        });
    }
    let label = if copies.len() == 1 {
        "Duplicate card"
    } else {
        "Duplicate cards"
    };
    (Edit { label, commands }, copies)
}

/// Delete cards.
pub fn delete_cards(cards: &[CardId]) -> Edit {
    Edit {
        label: if cards.len() == 1 {
            "Delete card"
        } else {
            "Delete cards"
        },
        commands: cards
            .iter()
            .map(|&card| Command::RemoveCard { card })
            .collect(),
    }
}

/// Change every card of `cards` with `change`, as one step.
pub fn update_cards(
    map: &JourneyMap,
    cards: &[CardId],
    label: &'static str,
    change: impl Fn(&mut Card),
) -> Edit {
    let commands = cards
        .iter()
        .filter_map(|id| map.card(*id))
        .map(|(_, c)| {
            let mut e = c.clone();
            change(&mut e);
            Command::UpdateCard { card: e }
        })
        .collect();
    Edit { label, commands }
}

/// Move `cards` (in this order) into the cell (`lane`, `stage`), before
/// `before` or at the end of the cell.
pub fn move_cards(
    map: &JourneyMap,
    cards: &[CardId],
    lane: LaneId,
    stage: StageId,
    before: Option<CardId>,
) -> Edit {
    let label = if cards.len() == 1 {
        "Move card"
    } else {
        "Move cards"
    };
    let mut commands = Vec::new();
    if map.lane(lane).is_none() || map.stage_index(stage).is_none() {
        return Edit { label, commands };
    }
    // Each index is worked out on the lane as the earlier moves left it:
    // keep (id, stage) of the target lane's cards as they will be.
    let mut target: Vec<(CardId, StageId)> = map
        .lane(lane)
        .map(|l| l.cards.iter().map(|c| (c.id, c.stage)).collect())
        .unwrap_or_default();
    for card in cards {
        if map.card(*card).is_none() {
            continue;
        }
        target.retain(|(id, _)| id != card);
        let index = match before.and_then(|b| target.iter().position(|(id, _)| *id == b)) {
            Some(i) => i,
            None => target
                .iter()
                .rposition(|(_, s)| *s == stage)
                .map_or(target.len(), |i| i + 1),
        };
        target.insert(index, (*card, stage));
        commands.push(Command::MoveCard {
            card: *card,
            lane,
            stage,
            index,
        });
    }
    Edit { label, commands }
}

/// Delete a lane with its content.
pub fn delete_lane(lane: LaneId) -> Edit {
    Edit::one("Delete lane", Command::RemoveLane { lane })
}

/// A new persona ("Persona N", an unused colour) with an empty curve in
/// every emotion lane; returns the edit and the persona's id.
pub fn add_persona(map: &JourneyMap) -> (Edit, PersonaId) {
    let id = PersonaId(map.next_id());
    let used: Vec<Hue> = map.personas.iter().map(|p| p.color).collect();
    let color = Hue::ALL
        .into_iter()
        .find(|h| !used.contains(h))
        .unwrap_or(Hue::Blue);
    let name = t_in!(
        map.lang(),
        "default-persona-name",
        n = map.personas.len() + 1
    );
    let persona = Persona::new(id, name, color);
    let mut commands = vec![Command::AddPersona {
        index: map.personas.len(),
        persona,
    }];
    for lane in map.lanes.iter().filter(|l| l.kind == LaneKind::Emotions) {
        commands.push(Command::AddSeries {
            lane: lane.id,
            index: lane.series.len(),
            series: EmotionSeries {
                persona: Some(id),
                ..Default::default()
            },
        });
    }
    (
        Edit {
            label: "Add persona",
            commands,
        },
        id,
    )
}

/// Remove a persona with their emotion curves and card tags, so nothing
/// points at a persona that no longer exists.
pub fn remove_persona(map: &JourneyMap, id: PersonaId) -> Edit {
    let mut commands = Vec::new();
    for lane in &map.lanes {
        // Highest index first so earlier indices stay valid.
        for (i, _) in lane
            .series
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, s)| s.persona == Some(id))
        {
            commands.push(Command::RemoveSeries {
                lane: lane.id,
                index: i,
            });
        }
        for card in lane.cards.iter().filter(|c| c.personas.contains(&id)) {
            let mut c = card.clone();
            c.personas.retain(|p| *p != id);
            commands.push(Command::UpdateCard { card: c });
        }
    }
    if map.persona(id).is_some() {
        commands.push(Command::RemovePersona { persona: id });
    }
    Edit {
        label: "Delete persona",
        commands,
    }
}
