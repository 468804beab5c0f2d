//! A map as keyed items for diff and merge: every stage, lane, card,
//! persona, review, comment, curve, emotion value and metric value under a stable
//! key (ids, which survive reordering), each item's fields as JSON values,
//! and the orders of the lists apart from the items.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::{EmotionSeries, JourneyMap, Lane, LaneId, PersonaId, StageId};

/// What an item is, by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    Title,
    Language,
    Lens,
    Stage(u64),
    Lane(u64),
    Card(u64),
    Persona(u64),
    Review(u64),
    Comment(u64),
    /// A curve of an emotion lane, by the persona it belongs to.
    Series {
        lane: u64,
        persona: Option<u64>,
    },
    Emotion {
        lane: u64,
        persona: Option<u64>,
        stage: u64,
    },
    Metric {
        lane: u64,
        stage: u64,
    },
}

/// "card 104", "stage 11", "lens".
pub fn item_name(key: &Key) -> String {
    match key {
        Key::Title => "title".into(),
        Key::Language => "language".into(),
        Key::Lens => "lens".into(),
        Key::Stage(id) => format!("stage {id}"),
        Key::Lane(id) => format!("lane {id}"),
        Key::Card(id) => format!("card {id}"),
        Key::Persona(id) => format!("persona {id}"),
        Key::Review(id) => format!("review {id}"),
        Key::Comment(id) => format!("comment {id}"),
        Key::Series { lane, persona } => match persona {
            Some(p) => format!("curve of persona {p} in lane {lane}"),
            None => format!("curve in lane {lane}"),
        },
        Key::Emotion {
            lane,
            persona,
            stage,
        } => match persona {
            Some(p) => format!("emotion of persona {p} in lane {lane}, stage {stage}"),
            None => format!("emotion in lane {lane}, stage {stage}"),
        },
        Key::Metric { lane, stage } => format!("metric of lane {lane}, stage {stage}"),
    }
}

/// The lists whose order is kept apart from their items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum List {
    Stages,
    Lanes,
    Personas,
    Reviews,
    Comments,
    /// The cards of a lane.
    Cards(u64),
    /// The curves of an emotion lane (by persona; `u64::MAX` for none).
    Series(u64),
}

/// A map taken apart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Items {
    pub entries: BTreeMap<Key, Value>,
    pub orders: BTreeMap<List, Vec<u64>>,
    /// The map's identity: not an item (versions of one map share it, so
    /// it never differs), carried through so a rebuilt map keeps it.
    pub map_id: String,
}

/// The persona of a curve as an order entry.
fn series_tag(persona: Option<u64>) -> u64 {
    persona.unwrap_or(u64::MAX)
}

fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Take `map` apart.
pub fn flatten(map: &JourneyMap) -> Items {
    let mut items = Items {
        map_id: map.map_id.clone(),
        ..Items::default()
    };
    let e = &mut items.entries;
    e.insert(Key::Title, json(&map.title));
    e.insert(Key::Language, json(&map.language));
    e.insert(Key::Lens, json(&map.lens));
    let o = &mut items.orders;
    o.insert(List::Stages, map.stages.iter().map(|s| s.id.0).collect());
    o.insert(List::Lanes, map.lanes.iter().map(|l| l.id.0).collect());
    o.insert(
        List::Personas,
        map.personas.iter().map(|p| p.id.0).collect(),
    );
    o.insert(List::Reviews, map.reviews.iter().map(|r| r.id.0).collect());
    o.insert(
        List::Comments,
        map.comments.iter().map(|c| c.id.0).collect(),
    );
    for s in &map.stages {
        e.insert(Key::Stage(s.id.0), json(s));
    }
    for p in &map.personas {
        e.insert(Key::Persona(p.id.0), json(p));
    }
    for r in &map.reviews {
        e.insert(Key::Review(r.id.0), json(r));
    }
    for c in &map.comments {
        e.insert(Key::Comment(c.id.0), json(c));
    }
    for lane in &map.lanes {
        let l = lane.id.0;
        e.insert(Key::Lane(l), json(&lane.clone_shallow()));
        o.insert(List::Cards(l), lane.cards.iter().map(|c| c.id.0).collect());
        for card in &lane.cards {
            let mut v = json(card);
            if let Value::Object(fields) = &mut v {
                fields.insert("lane".into(), Value::from(l));
            }
            e.insert(Key::Card(card.id.0), v);
        }
        let mut tags = Vec::new();
        for series in &lane.series {
            let persona = series.persona.map(|p| p.0);
            tags.push(series_tag(persona));
            e.insert(Key::Series { lane: l, persona }, Value::Bool(true));
            for (stage, v) in &series.values {
                e.insert(
                    Key::Emotion {
                        lane: l,
                        persona,
                        stage: stage.0,
                    },
                    Value::from(*v),
                );
            }
        }
        o.insert(List::Series(l), tags);
        for (stage, v) in &lane.values {
            e.insert(
                Key::Metric {
                    lane: l,
                    stage: stage.0,
                },
                json(v),
            );
        }
    }
    items
}

fn parse<T: serde::de::DeserializeOwned>(key: Key, v: &Value) -> Result<T, String> {
    serde_json::from_value(v.clone()).map_err(|e| format!("{key:?}: {e}"))
}

/// Put a map together again from `items` (lists in their orders; an item
/// missing from its order goes at the end).
pub fn rebuild(items: &Items, version: u32) -> Result<JourneyMap, String> {
    let e = &items.entries;
    let order = |list: List| items.orders.get(&list).cloned().unwrap_or_default();
    let ordered = |list: List, all: Vec<u64>| -> Vec<u64> {
        let present: std::collections::HashSet<u64> = all.iter().copied().collect();
        let mut out: Vec<u64> = order(list)
            .into_iter()
            .filter(|id| present.contains(id))
            .collect();
        let placed: std::collections::HashSet<u64> = out.iter().copied().collect();
        out.extend(all.into_iter().filter(|id| !placed.contains(id)));
        out
    };
    let ids = |pick: fn(&Key) -> Option<u64>| -> Vec<u64> { e.keys().filter_map(pick).collect() };
    let mut map = JourneyMap {
        version,
        map_id: items.map_id.clone(),
        ..Default::default()
    };
    if let Some(v) = e.get(&Key::Title) {
        map.title = parse(Key::Title, v)?;
    }
    if let Some(v) = e.get(&Key::Language) {
        map.language = parse(Key::Language, v)?;
    }
    if let Some(v) = e.get(&Key::Lens) {
        map.lens = parse(Key::Lens, v)?;
    }
    let stage_ids = ids(|k| {
        if let Key::Stage(id) = k {
            Some(*id)
        } else {
            None
        }
    });
    for id in ordered(List::Stages, stage_ids) {
        map.stages.push(parse(Key::Stage(id), &e[&Key::Stage(id)])?);
    }
    let persona_ids = ids(|k| {
        if let Key::Persona(id) = k {
            Some(*id)
        } else {
            None
        }
    });
    for id in ordered(List::Personas, persona_ids) {
        map.personas
            .push(parse(Key::Persona(id), &e[&Key::Persona(id)])?);
    }
    let review_ids = ids(|k| {
        if let Key::Review(id) = k {
            Some(*id)
        } else {
            None
        }
    });
    for id in ordered(List::Reviews, review_ids) {
        map.reviews
            .push(parse(Key::Review(id), &e[&Key::Review(id)])?);
    }
    let comment_ids = ids(|k| {
        if let Key::Comment(id) = k {
            Some(*id)
        } else {
            None
        }
    });
    for id in ordered(List::Comments, comment_ids) {
        map.comments
            .push(parse(Key::Comment(id), &e[&Key::Comment(id)])?);
    }
    // Cards by the lane their own field names (a card moved to another lane
    // on one side is in that lane, whatever the orders say).
    let mut cards_of: BTreeMap<u64, Vec<u64>> = BTreeMap::new();
    for (key, v) in e {
        if let Key::Card(id) = key {
            let lane = v.get("lane").and_then(Value::as_u64).unwrap_or(0);
            cards_of.entry(lane).or_default().push(*id);
        }
    }
    let lane_ids = ids(|k| {
        if let Key::Lane(id) = k {
            Some(*id)
        } else {
            None
        }
    });
    for id in ordered(List::Lanes, lane_ids) {
        let mut lane: Lane = parse(Key::Lane(id), &e[&Key::Lane(id)])?;
        lane.id = LaneId(id);
        for card in ordered(List::Cards(id), cards_of.remove(&id).unwrap_or_default()) {
            let mut v = e[&Key::Card(card)].clone();
            if let Value::Object(fields) = &mut v {
                fields.remove("lane");
            }
            lane.cards.push(parse(Key::Card(card), &v)?);
        }
        let tags: Vec<u64> = e
            .keys()
            .filter_map(|k| match k {
                Key::Series { lane: l, persona } if *l == id => Some(series_tag(*persona)),
                _ => None,
            })
            .collect();
        for tag in ordered(List::Series(id), tags) {
            let persona = (tag != u64::MAX).then_some(tag);
            let mut series = EmotionSeries {
                persona: persona.map(PersonaId),
                values: Default::default(),
            };
            for (key, v) in e.range(
                Key::Emotion {
                    lane: id,
                    persona,
                    stage: 0,
                }..=Key::Emotion {
                    lane: id,
                    persona,
                    stage: u64::MAX,
                },
            ) {
                if let Key::Emotion { stage, .. } = key {
                    series.values.insert(StageId(*stage), parse(*key, v)?);
                }
            }
            lane.series.push(series);
        }
        for (key, v) in e.range(
            Key::Metric { lane: id, stage: 0 }..=Key::Metric {
                lane: id,
                stage: u64::MAX,
            },
        ) {
            if let Key::Metric { stage, .. } = key {
                lane.values.insert(StageId(*stage), parse(*key, v)?);
            }
        }
        map.lanes.push(lane);
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_comes_apart_and_back_together_unchanged() {
        for t in crate::io::TEMPLATES.iter() {
            let map = t.instantiate().unwrap();
            assert_eq!(
                rebuild(&flatten(&map), map.version).unwrap(),
                map,
                "{}",
                t.name
            );
        }
    }
}
