//! The commands and how each is applied and inverted.

use std::collections::BTreeMap;

use crate::model::{
    Card, CardId, Comment, CommentId, EmotionSeries, JourneyMap, Lane, LaneId, Lens, Persona,
    PersonaId, Review, ReviewId, Stage, StageId,
};

/// Everything a removed stage took with it, so undo can put it all back.
#[derive(Clone, Debug, PartialEq)]
pub struct StageRemoval {
    pub stage: Stage,
    pub index: usize,
    /// Cards of the stage: lane, position in the lane's list, card.
    pub cards: Vec<(LaneId, usize, Card)>,
    /// Emotion values: lane, series index, value.
    pub emotions: Vec<(LaneId, usize, i32)>,
    /// Metric values: lane, value.
    pub metrics: Vec<(LaneId, f64)>,
}

/// One change to a map. Commands name things by id, so they stay valid
/// while other things move.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Insert `card` into `lane` at position `index` of the lane's card list.
    AddCard {
        lane: LaneId,
        index: usize,
        card: Card,
    },
    RemoveCard {
        card: CardId,
    },
    /// Replace a card's content (text, colour, note, channel, …); id kept.
    UpdateCard {
        card: Card,
    },
    /// Move a card to a lane and stage, at position `index` of the target
    /// lane's card list.
    MoveCard {
        card: CardId,
        lane: LaneId,
        stage: StageId,
        index: usize,
    },
    AddStage {
        index: usize,
        stage: Stage,
    },
    RemoveStage {
        stage: StageId,
    },
    RestoreStage(Box<StageRemoval>),
    /// Replace a stage's name, description and colour.
    UpdateStage {
        stage: Stage,
    },
    MoveStage {
        stage: StageId,
        index: usize,
    },
    AddLane {
        index: usize,
        lane: Box<Lane>,
    },
    RemoveLane {
        lane: LaneId,
    },
    /// Replace a lane's own fields (title, colour, collapsed, scale, unit);
    /// its cards, series and values are left alone.
    UpdateLane {
        lane: Box<Lane>,
    },
    MoveLane {
        lane: LaneId,
        index: usize,
    },
    /// Set (or clear with `None`) one emotion value.
    SetEmotion {
        lane: LaneId,
        series: usize,
        stage: StageId,
        value: Option<i32>,
    },
    /// Add an emotion curve to a lane at position `index`.
    AddSeries {
        lane: LaneId,
        index: usize,
        series: EmotionSeries,
    },
    RemoveSeries {
        lane: LaneId,
        index: usize,
    },
    /// Set (or clear) one metric value.
    SetMetric {
        lane: LaneId,
        stage: StageId,
        value: Option<f64>,
    },
    SetTitle {
        title: String,
    },
    SetLens {
        lens: Lens,
    },
    AddPersona {
        index: usize,
        persona: Persona,
    },
    RemovePersona {
        persona: PersonaId,
    },
    UpdatePersona {
        persona: Persona,
    },
    /// Put reviews into the inbox, each at its position in the final list
    /// (ascending).
    InsertReviews {
        reviews: Vec<(usize, Review)>,
    },
    RemoveReviews {
        ids: Vec<ReviewId>,
    },
    /// Replace the whole map (a merge, a resolved merge conflict).
    ReplaceAll(Box<JourneyMap>),
    /// Replace a review's fields (its stage, a corrected text); id kept.
    UpdateReview {
        review: Review,
    },
    /// Put a comment at `index` of the map's comments.
    AddComment {
        index: usize,
        comment: Comment,
    },
    RemoveComment {
        id: CommentId,
    },
    /// Replace a comment's text, author, time or resolved mark.
    UpdateComment {
        comment: Comment,
    },
}

impl Command {
    /// Apply to `map`; returns the command that undoes it, or `None` when the
    /// command does not apply (a stale id) and nothing changed.
    pub fn apply(self, map: &mut JourneyMap) -> Option<Command> {
        match self {
            Command::AddCard { lane, index, card } => {
                let l = map.lane_mut(lane)?;
                let index = index.min(l.cards.len());
                let id = card.id;
                l.cards.insert(index, card);
                Some(Command::RemoveCard { card: id })
            }
            Command::RemoveCard { card } => {
                let (lane, index) = find_card(map, card)?;
                let l = map.lane_mut(lane)?;
                let card = l.cards.remove(index);
                Some(Command::AddCard { lane, index, card })
            }
            Command::UpdateCard { card } => {
                let (lane, index) = find_card(map, card.id)?;
                let slot = &mut map.lane_mut(lane)?.cards[index];
                let old = std::mem::replace(slot, card);
                slot.stage = old.stage; // moving is MoveCard's job
                Some(Command::UpdateCard { card: old })
            }
            Command::MoveCard {
                card,
                lane,
                stage,
                index,
            } => {
                map.stage_index(stage)?;
                map.lane(lane)?;
                let (from_lane, from_index) = find_card(map, card)?;
                let mut c = map.lane_mut(from_lane)?.cards.remove(from_index);
                let from_stage = c.stage;
                c.stage = stage;
                let target = map.lane_mut(lane).expect("checked above");
                let index = index.min(target.cards.len());
                target.cards.insert(index, c);
                Some(Command::MoveCard {
                    card,
                    lane: from_lane,
                    stage: from_stage,
                    index: from_index,
                })
            }
            Command::AddStage { index, stage } => {
                let index = index.min(map.stages.len());
                let id = stage.id;
                map.stages.insert(index, stage);
                Some(Command::RemoveStage { stage: id })
            }
            Command::RemoveStage { stage } => {
                let index = map.stage_index(stage)?;
                let stage_data = map.stages.remove(index);
                let mut removal = StageRemoval {
                    stage: stage_data,
                    index,
                    cards: Vec::new(),
                    emotions: Vec::new(),
                    metrics: Vec::new(),
                };
                for lane in &mut map.lanes {
                    let mut position = 0;
                    lane.cards.retain(|c| {
                        let keep = c.stage != stage;
                        if !keep {
                            removal.cards.push((lane.id, position, c.clone()));
                        }
                        position += 1;
                        keep
                    });
                    for (s, series) in lane.series.iter_mut().enumerate() {
                        if let Some(v) = series.values.remove(&stage) {
                            removal.emotions.push((lane.id, s, v));
                        }
                    }
                    if let Some(v) = lane.values.remove(&stage) {
                        removal.metrics.push((lane.id, v));
                    }
                }
                Some(Command::RestoreStage(Box::new(removal)))
            }
            Command::RestoreStage(removal) => {
                let StageRemoval {
                    stage,
                    index,
                    cards,
                    emotions,
                    metrics,
                } = *removal;
                let id = stage.id;
                map.stages.insert(index.min(map.stages.len()), stage);
                // Positions were recorded in ascending order in the full list.
                for (lane, position, card) in cards {
                    if let Some(l) = map.lane_mut(lane) {
                        let p = position.min(l.cards.len());
                        l.cards.insert(p, card);
                    }
                }
                for (lane, series, value) in emotions {
                    if let Some(s) = map.lane_mut(lane).and_then(|l| l.series.get_mut(series)) {
                        s.values.insert(id, value);
                    }
                }
                for (lane, value) in metrics {
                    if let Some(l) = map.lane_mut(lane) {
                        l.values.insert(id, value);
                    }
                }
                Some(Command::RemoveStage { stage: id })
            }
            Command::UpdateStage { stage } => {
                let index = map.stage_index(stage.id)?;
                let old = std::mem::replace(&mut map.stages[index], stage);
                Some(Command::UpdateStage { stage: old })
            }
            Command::MoveStage { stage, index } => {
                let from = map.stage_index(stage)?;
                let s = map.stages.remove(from);
                map.stages.insert(index.min(map.stages.len()), s);
                Some(Command::MoveStage { stage, index: from })
            }
            Command::AddLane { index, lane } => {
                let id = lane.id;
                map.lanes.insert(index.min(map.lanes.len()), *lane);
                Some(Command::RemoveLane { lane: id })
            }
            Command::RemoveLane { lane } => {
                let index = map.lane_index(lane)?;
                let l = map.lanes.remove(index);
                Some(Command::AddLane {
                    index,
                    lane: Box::new(l),
                })
            }
            Command::UpdateLane { lane } => {
                let index = map.lane_index(lane.id)?;
                let slot = &mut map.lanes[index];
                let old = slot.clone_shallow();
                slot.kind = lane.kind;
                slot.title = lane.title;
                slot.color = lane.color;
                slot.collapsed = lane.collapsed;
                slot.scale = lane.scale;
                slot.unit = lane.unit;
                slot.metric_style = lane.metric_style;
                Some(Command::UpdateLane {
                    lane: Box::new(old),
                })
            }
            Command::MoveLane { lane, index } => {
                let from = map.lane_index(lane)?;
                let l = map.lanes.remove(from);
                map.lanes.insert(index.min(map.lanes.len()), l);
                Some(Command::MoveLane { lane, index: from })
            }
            Command::SetEmotion {
                lane,
                series,
                stage,
                value,
            } => {
                map.stage_index(stage)?;
                // Stored as given (the UI snaps to the scale): clamping here
                // would make the inverse lossy after a scale change.
                let s = map.lane_mut(lane)?.series.get_mut(series)?;
                let old = match value {
                    Some(v) => s.values.insert(stage, v),
                    None => s.values.remove(&stage),
                };
                Some(Command::SetEmotion {
                    lane,
                    series,
                    stage,
                    value: old,
                })
            }
            Command::AddSeries {
                lane,
                index,
                series,
            } => {
                let l = map.lane_mut(lane)?;
                let index = index.min(l.series.len());
                l.series.insert(index, series);
                Some(Command::RemoveSeries { lane, index })
            }
            Command::RemoveSeries { lane, index } => {
                let l = map.lane_mut(lane)?;
                (index < l.series.len()).then_some(())?;
                let series = l.series.remove(index);
                Some(Command::AddSeries {
                    lane,
                    index,
                    series,
                })
            }
            Command::SetMetric { lane, stage, value } => {
                map.stage_index(stage)?;
                let l = map.lane_mut(lane)?;
                let old = match value.filter(|v| v.is_finite()) {
                    Some(v) => l.values.insert(stage, v),
                    None => l.values.remove(&stage),
                };
                Some(Command::SetMetric {
                    lane,
                    stage,
                    value: old,
                })
            }
            Command::SetTitle { title } => {
                let old = std::mem::replace(&mut map.title, title);
                Some(Command::SetTitle { title: old })
            }
            Command::SetLens { lens } => {
                let old = std::mem::replace(&mut map.lens, lens);
                Some(Command::SetLens { lens: old })
            }
            Command::AddPersona { index, persona } => {
                let id = persona.id;
                map.personas.insert(index.min(map.personas.len()), persona);
                Some(Command::RemovePersona { persona: id })
            }
            Command::RemovePersona { persona } => {
                let index = map.personas.iter().position(|p| p.id == persona)?;
                let p = map.personas.remove(index);
                Some(Command::AddPersona { index, persona: p })
            }
            Command::UpdatePersona { persona } => {
                let index = map.personas.iter().position(|p| p.id == persona.id)?;
                let old = std::mem::replace(&mut map.personas[index], persona);
                Some(Command::UpdatePersona { persona: old })
            }
            Command::ReplaceAll(new) => {
                let old = std::mem::replace(map, *new);
                Some(Command::ReplaceAll(Box::new(old)))
            }
            Command::InsertReviews { reviews } => super::reviews::insert(map, reviews),
            Command::RemoveReviews { ids } => super::reviews::remove(map, &ids),
            Command::UpdateReview { review } => {
                let slot = map.reviews.iter_mut().find(|r| r.id == review.id)?;
                let old = std::mem::replace(slot, review);
                Some(Command::UpdateReview { review: old })
            }
            Command::AddComment { index, comment } => super::comments::add(map, index, comment),
            Command::RemoveComment { id } => super::comments::remove(map, id),
            Command::UpdateComment { comment } => super::comments::update(map, comment),
        }
    }
}

/// The lane holding `card` and the card's position in it.
fn find_card(map: &JourneyMap, card: CardId) -> Option<(LaneId, usize)> {
    map.lanes
        .iter()
        .find_map(|l| l.cards.iter().position(|c| c.id == card).map(|i| (l.id, i)))
}

impl Lane {
    /// The lane's own fields without its content (cards, series, values).
    pub fn clone_shallow(&self) -> Lane {
        Lane {
            id: self.id,
            kind: self.kind,
            title: self.title.clone(),
            color: self.color,
            collapsed: self.collapsed,
            cards: Vec::new(),
            scale: self.scale,
            series: Vec::new(),
            unit: self.unit.clone(),
            values: BTreeMap::new(),
            metric_style: self.metric_style,
        }
    }
}
