//! New ids for some items of a map, and every reference to them changed
//! with them (cards' stages and personas, curve and metric values, quotes'
//! reviews, reviews' stages, comments' items and threads).

use std::collections::BTreeMap;

use crate::model::{CommentOn, JourneyMap};

/// Give each item whose id is a key of `mapping` the id it maps to.
pub fn renumber(map: &mut JourneyMap, mapping: &BTreeMap<u64, u64>) {
    let new = |id: &mut u64| {
        if let Some(n) = mapping.get(id) {
            *id = *n;
        }
    };
    for s in &mut map.stages {
        new(&mut s.id.0);
    }
    for p in &mut map.personas {
        new(&mut p.id.0);
    }
    for r in &mut map.reviews {
        new(&mut r.id.0);
        if let Some(s) = &mut r.stage {
            new(&mut s.0);
        }
    }
    for c in &mut map.comments {
        new(&mut c.id.0);
        if let Some(r) = &mut c.reply_to {
            new(&mut r.0);
        }
        match &mut c.on {
            CommentOn::Map => {}
            CommentOn::Stage(s) => new(&mut s.0),
            CommentOn::Lane(l) => new(&mut l.0),
            CommentOn::Card(k) => new(&mut k.0),
        }
    }
    for lane in &mut map.lanes {
        new(&mut lane.id.0);
        for card in &mut lane.cards {
            new(&mut card.id.0);
            new(&mut card.stage.0);
            for p in &mut card.personas {
                new(&mut p.0);
            }
            for e in &mut card.evidence {
                if let Some(r) = &mut e.review {
                    new(&mut r.0);
                }
            }
        }
        for series in &mut lane.series {
            if let Some(p) = &mut series.persona {
                new(&mut p.0);
            }
            rekey(&mut series.values, mapping);
        }
        rekey(&mut lane.values, mapping);
    }
    // Conflicts name their items by id too.
    for c in &mut map.conflicts {
        if let Some(key) = super::resolve::key_of(&c.item) {
            c.item = super::items::item_name(&remap(key, mapping));
        }
    }
}

/// `key` with its ids mapped.
fn remap(key: super::items::Key, mapping: &BTreeMap<u64, u64>) -> super::items::Key {
    use super::items::Key;
    let m = |id: u64| mapping.get(&id).copied().unwrap_or(id);
    match key {
        Key::Stage(id) => Key::Stage(m(id)),
        Key::Lane(id) => Key::Lane(m(id)),
        Key::Card(id) => Key::Card(m(id)),
        Key::Persona(id) => Key::Persona(m(id)),
        Key::Review(id) => Key::Review(m(id)),
        Key::Comment(id) => Key::Comment(m(id)),
        Key::Series { lane, persona } => Key::Series {
            lane: m(lane),
            persona: persona.map(m),
        },
        Key::Emotion {
            lane,
            persona,
            stage,
        } => Key::Emotion {
            lane: m(lane),
            persona: persona.map(m),
            stage: m(stage),
        },
        Key::Metric { lane, stage } => Key::Metric {
            lane: m(lane),
            stage: m(stage),
        },
        other => other,
    }
}

/// The same values under the stages' new ids.
fn rekey<V>(values: &mut BTreeMap<crate::model::StageId, V>, mapping: &BTreeMap<u64, u64>) {
    let old = std::mem::take(values);
    for (mut stage, v) in old {
        if let Some(n) = mapping.get(&stage.0) {
            stage.0 = *n;
        }
        values.insert(stage, v);
    }
}
