//! Working a map from the keyboard: which card an arrow key, Tab, Home or
//! End selects, and which cell Ctrl+arrow moves cards to. Arrows follow the
//! map's geometry (left and right across stages in the same lane, up and
//! down within a cell and on across lanes); Tab follows reading order.

use crate::layout::{CardBox, MapLayout};
use crate::model::{CardId, JourneyMap, LaneContent, LaneId, StageId};

/// An arrow key's direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// Every card in reading order: stage by stage, lane by lane, in the
/// order of its cell.
pub fn reading_order(map: &JourneyMap) -> Vec<CardId> {
    map.stages
        .iter()
        .flat_map(|stage| {
            map.lanes
                .iter()
                .flat_map(move |lane| lane.cards_in(stage.id).map(|c| c.id))
        })
        .collect()
}

/// The next (or previous) card in reading order after `from`, wrapping;
/// the first (or last) card when nothing is selected.
pub fn tab(map: &JourneyMap, from: Option<CardId>, forward: bool) -> Option<CardId> {
    let order = reading_order(map);
    let n = order.len();
    if n == 0 {
        return None;
    }
    let at = from.and_then(|id| order.iter().position(|c| *c == id));
    Some(match (at, forward) {
        (None, true) => order[0],
        (None, false) => order[n - 1],
        (Some(i), true) => order[(i + 1) % n],
        (Some(i), false) => order[(i + n - 1) % n],
    })
}

fn cards_in(layout: &MapLayout, lane: LaneId, stage: StageId) -> Vec<&CardBox> {
    let mut cards: Vec<&CardBox> = layout
        .cards
        .iter()
        .filter(|c| c.lane == lane && c.stage == stage)
        .collect();
    cards.sort_by(|a, b| a.rect.top().total_cmp(&b.rect.top()));
    cards
}

/// The card an arrow key selects from `from`; `None` at the map's edge.
pub fn neighbour(
    map: &JourneyMap,
    layout: &MapLayout,
    from: CardId,
    dir: Direction,
) -> Option<CardId> {
    let here = layout.cards.iter().find(|c| c.id == from)?;
    let stage_at = map.stage_index(here.stage)?;
    let lane_at = map.lanes.iter().position(|l| l.id == here.lane)?;
    match dir {
        Direction::Left | Direction::Right => {
            // The nearest stage that has cards in this lane; the card there
            // at the nearest height.
            let stages: Box<dyn Iterator<Item = usize>> = match dir {
                Direction::Left => Box::new((0..stage_at).rev()),
                _ => Box::new(stage_at + 1..map.stages.len()),
            };
            let y = here.rect.center().y;
            stages
                .map(|i| cards_in(layout, here.lane, map.stages[i].id))
                .find(|cards| !cards.is_empty())?
                .into_iter()
                .min_by(|a, b| {
                    (a.rect.center().y - y)
                        .abs()
                        .total_cmp(&(b.rect.center().y - y).abs())
                })
                .map(|c| c.id)
        }
        Direction::Up | Direction::Down => {
            let cell = cards_in(layout, here.lane, here.stage);
            let i = cell.iter().position(|c| c.id == from)?;
            let within = match dir {
                Direction::Up => i.checked_sub(1),
                _ => (i + 1 < cell.len()).then_some(i + 1),
            };
            if let Some(j) = within {
                return Some(cell[j].id);
            }
            // On to the nearest lane with cards in this stage.
            let lanes: Box<dyn Iterator<Item = usize>> = match dir {
                Direction::Up => Box::new((0..lane_at).rev()),
                _ => Box::new(lane_at + 1..map.lanes.len()),
            };
            let cards = lanes
                .map(|l| cards_in(layout, map.lanes[l].id, here.stage))
                .find(|cards| !cards.is_empty())?;
            let card = match dir {
                Direction::Up => cards.last(),
                _ => cards.first(),
            };
            card.map(|c| c.id)
        }
    }
}

/// The cell Ctrl+arrow moves a card in (`lane`, `stage`) to: the stage
/// beside it in the same lane, or the card lane above or below in the same
/// stage; `None` at the edge.
pub fn neighbour_cell(
    map: &JourneyMap,
    lane: LaneId,
    stage: StageId,
    dir: Direction,
) -> Option<(LaneId, StageId)> {
    let s = map.stage_index(stage)?;
    let l = map.lanes.iter().position(|x| x.id == lane)?;
    match dir {
        Direction::Left => Some((lane, map.stages.get(s.checked_sub(1)?)?.id)),
        Direction::Right => Some((lane, map.stages.get(s + 1)?.id)),
        Direction::Up | Direction::Down => {
            let card_lane = |i: &usize| map.lanes[*i].kind.content() == LaneContent::Cards;
            let target = match dir {
                Direction::Up => (0..l).rev().find(card_lane),
                _ => (l + 1..map.lanes.len()).find(card_lane),
            }?;
            Some((map.lanes[target].id, stage))
        }
    }
}

use super::command::UiCommand;
use super::selection::Selection;
use super::session::{Session, found_rect};
use crate::edit;
use crate::model::search::Found;

/// Carry out a keyboard command of the canvas; `false` when `command` is
/// not one. The selection is kept in view after every move.
pub fn run(session: &mut Session, command: UiCommand) -> bool {
    use UiCommand::*;
    let dir = match command {
        SelectLeft | MoveLeft => Some(Direction::Left),
        SelectRight | MoveRight => Some(Direction::Right),
        SelectUp | MoveUp => Some(Direction::Up),
        SelectDown | MoveDown => Some(Direction::Down),
        _ => None,
    };
    let current = session.selection.single_card();
    let map = &session.doc.map;
    let target = match command {
        SelectLeft | SelectRight | SelectUp | SelectDown => {
            let dir = dir.expect("an arrow");
            match (current, session.canvas.layout()) {
                (Some(card), Some(layout)) => neighbour(map, layout, card, dir),
                // Nothing selected yet: the first card.
                (None, _) => tab(map, None, true),
                _ => None,
            }
        }
        SelectNextCard | SelectPreviousCard => tab(map, current, command == SelectNextCard),
        FirstStage | LastStage => end_card(map, current, command == FirstStage),
        MoveLeft | MoveRight | MoveUp | MoveDown => {
            move_selected(session, dir.expect("an arrow"));
            return true;
        }
        ZoomToSelection => {
            zoom_to_selection(session);
            return true;
        }
        _ => return false,
    };
    if let Some(card) = target {
        session.show_found(Found::Card(card));
    }
    true
}

/// The first (or last) card of the first (or last) stage that has cards,
/// in the current card's lane when it has one there.
fn end_card(map: &JourneyMap, current: Option<CardId>, first: bool) -> Option<CardId> {
    let lane = current.and_then(|c| map.card(c)).map(|(l, _)| l.id);
    let stages: Box<dyn Iterator<Item = &crate::model::Stage>> = if first {
        Box::new(map.stages.iter())
    } else {
        Box::new(map.stages.iter().rev())
    };
    for stage in stages {
        let in_lane = lane
            .and_then(|l| map.lane(l))
            .and_then(|l| l.cards_in(stage.id).next());
        let any = map.lanes.iter().find_map(|l| l.cards_in(stage.id).next());
        if let Some(card) = in_lane.or(any) {
            return Some(card.id);
        }
    }
    None
}

/// Ctrl+arrow: the selected cards into the neighbouring cell of the first
/// one, as one undo step; they stay selected and in view.
fn move_selected(session: &mut Session, dir: Direction) {
    let ids = session.selection.cards().to_vec();
    let map = &session.doc.map;
    let Some((lane, card)) = ids.first().and_then(|id| map.card(*id)) else {
        return;
    };
    let Some((to_lane, to_stage)) = neighbour_cell(map, lane.id, card.stage, dir) else {
        return;
    };
    let edit = edit::move_cards(map, &ids, to_lane, to_stage, None);
    if session.doc.apply_edit(edit) {
        session.selection = Selection::Cards(ids.clone());
        // Shown once the canvas has laid the cards out where they went.
        session.pending_reveal = ids.first().map(|id| Found::Card(*id));
    }
}

/// Zoom and pan so the selection fills the view (at most 200 %).
fn zoom_to_selection(session: &mut Session) {
    let (Some(view), Some(layout)) = (session.canvas.last_rect, session.canvas.layout()) else {
        return;
    };
    let found: Vec<Found> = match &session.selection {
        Selection::Cards(ids) => ids.iter().map(|id| Found::Card(*id)).collect(),
        Selection::Stage(id) => vec![Found::Stage(*id)],
        Selection::Lane(id) => vec![Found::Lane(*id)],
        Selection::Persona(id) => vec![Found::Persona(*id)],
        Selection::None => return,
    };
    let Some(rect) = found
        .into_iter()
        .filter_map(|f| found_rect(layout, f))
        .reduce(|a, b| a.union(b))
    else {
        return;
    };
    let rect = rect.expand(24.0);
    let camera = &mut session.canvas.camera;
    let zoom = (view.width() / rect.width())
        .min(view.height() / rect.height())
        .clamp(super::canvas::MIN_ZOOM, 2.0);
    camera.zoom = zoom;
    camera.pan = view.size() / 2.0 - rect.center().to_vec2() * zoom;
}
