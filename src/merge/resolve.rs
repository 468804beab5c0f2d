//! Resolving a conflict a merge left in the map: keep ours (the value the
//! item already holds) or take theirs; either way the conflict goes.

use serde_json::Value;

use super::items::{Key, flatten, rebuild};
use crate::model::JourneyMap;

/// The key `item_name` wrote as `item` ("card 104", "emotion of persona 3
/// in lane 200, stage 11" …).
pub fn key_of(item: &str) -> Option<Key> {
    let numbers: Vec<u64> = item
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let word = item.split(' ').next()?;
    Some(match (word, numbers.as_slice()) {
        ("title", []) => Key::Title,
        ("language", []) => Key::Language,
        ("lens", []) => Key::Lens,
        ("stage", [id]) => Key::Stage(*id),
        ("lane", [id]) => Key::Lane(*id),
        ("card", [id]) => Key::Card(*id),
        ("persona", [id]) => Key::Persona(*id),
        ("review", [id]) => Key::Review(*id),
        ("comment", [id]) => Key::Comment(*id),
        ("curve", [p, lane]) if item.contains("persona") => Key::Series {
            lane: *lane,
            persona: Some(*p),
        },
        ("curve", [lane]) => Key::Series {
            lane: *lane,
            persona: None,
        },
        ("emotion", [p, lane, stage]) => Key::Emotion {
            lane: *lane,
            persona: Some(*p),
            stage: *stage,
        },
        ("emotion", [lane, stage]) => Key::Emotion {
            lane: *lane,
            persona: None,
            stage: *stage,
        },
        ("metric", [lane, stage]) => Key::Metric {
            lane: *lane,
            stage: *stage,
        },
        _ => return None,
    })
}

/// The map with conflict `index` resolved: the value chosen — theirs with
/// `take_theirs`, else ours — put into the item (for "deleted", the item
/// as that side left it: kept, or gone), then repaired as a loaded map is
/// (a stage taken back brings nothing dangling). `None` when there is no
/// such conflict or its value cannot be read.
pub fn resolve(map: &JourneyMap, index: usize, take_theirs: bool) -> Option<JourneyMap> {
    let conflict = map.conflicts.get(index)?;
    let key = key_of(&conflict.item)?;
    let chosen = if take_theirs {
        &conflict.theirs
    } else {
        &conflict.ours
    };
    let value: Option<Value> = match chosen.as_str() {
        "(none)" => None,
        text => Some(serde_json::from_str(text).ok()?),
    };
    let mut items = flatten(map);
    match (conflict.field.as_str(), value) {
        ("deleted" | "value", None) => {
            items.entries.remove(&key);
        }
        ("deleted" | "value", Some(v)) => {
            items.entries.insert(key, v);
        }
        (field, v) => {
            let Some(Value::Object(fields)) = items.entries.get_mut(&key) else {
                return None;
            };
            match v {
                Some(v) => fields.insert(field.to_string(), v),
                None => fields.remove(field),
            };
        }
    }
    let mut out = rebuild(&items, map.version).ok()?;
    out.conflicts = map.conflicts.clone();
    out.conflicts.remove(index);
    out.repair();
    Some(out)
}
