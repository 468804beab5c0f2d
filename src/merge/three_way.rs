//! Three-way merge of maps by stable id: changes to different items, or to
//! different fields of one item, combine; the same field changed two ways
//! is a conflict (ours kept in the item, theirs in `map.conflicts`); new
//! items both sides gave the same id both survive, theirs renumbered.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

use super::items::{Items, Key, List, flatten, rebuild};
use super::renumber::renumber;
use crate::model::{JourneyMap, MergeConflict};

/// A merge's result.
#[derive(Clone, Debug)]
pub struct Merged {
    pub map: JourneyMap,
    /// Conflicts of this merge (also added to `map.conflicts`).
    pub conflicts: Vec<MergeConflict>,
    /// Items of theirs given new ids: what, old id, new id.
    pub renumbered: Vec<(String, u64, u64)>,
    /// What repairing the merged map fixed (a card added on one side to a
    /// stage the other deleted), as for any map loaded.
    pub repairs: Vec<String>,
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

fn text(v: Option<&Value>) -> String {
    v.map_or("(none)".into(), Value::to_string)
}

/// Merge one item; conflicts go into `conflicts`.
fn merge_entry(
    key: &Key,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<MergeConflict>,
) -> Option<Value> {
    if ours == theirs || theirs == base {
        return ours.cloned();
    }
    if ours == base {
        return theirs.cloned();
    }
    let conflict = |field: &str, o: Option<&Value>, t: Option<&Value>| MergeConflict {
        item: item_name(key),
        field: field.to_string(),
        ours: text(o),
        theirs: text(t),
    };
    match (ours, theirs) {
        (Some(Value::Object(o)), Some(Value::Object(t))) => {
            let empty = serde_json::Map::new();
            let b = match base {
                Some(Value::Object(b)) => b,
                _ => &empty,
            };
            let fields: BTreeSet<&String> = o.keys().chain(t.keys()).chain(b.keys()).collect();
            let mut out = serde_json::Map::new();
            for f in fields {
                let (bf, of, tf) = (b.get(f), o.get(f), t.get(f));
                let v = if of == tf || tf == bf {
                    of
                } else if of == bf {
                    tf
                } else {
                    conflicts.push(conflict(f, of, tf));
                    of
                };
                if let Some(v) = v {
                    out.insert(f.clone(), v.clone());
                }
            }
            Some(Value::Object(out))
        }
        // Edited on one side, deleted on the other: the edit is kept.
        (Some(o), None) => {
            conflicts.push(conflict("deleted", Some(o), None));
            Some(o.clone())
        }
        (None, Some(t)) => {
            conflicts.push(conflict("deleted", None, Some(t)));
            Some(t.clone())
        }
        (o, t) => {
            conflicts.push(conflict("value", o, t));
            o.cloned()
        }
    }
}

/// Merge an ordered list: the order of the side that changed it (ours when
/// both did), the other side's new entries placed after the entry they
/// follow there; only entries of `present`.
fn merge_order(base: &[u64], ours: &[u64], theirs: &[u64], present: &BTreeSet<u64>) -> Vec<u64> {
    let (first, second) = if ours == base {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut out: Vec<u64> = first
        .iter()
        .copied()
        .filter(|i| present.contains(i))
        .collect();
    for (k, id) in second.iter().enumerate() {
        if out.contains(id) || !present.contains(id) {
            continue;
        }
        let after = second[..k]
            .iter()
            .rev()
            .find_map(|p| out.iter().position(|o| o == p));
        out.insert(after.map_or(0, |i| i + 1), *id);
    }
    out
}

/// Ids of every item, with what it is ("card", "stage" …).
fn ids(map: &JourneyMap) -> HashMap<u64, &'static str> {
    let mut out = HashMap::new();
    out.extend(map.stages.iter().map(|s| (s.id.0, "stage")));
    out.extend(map.personas.iter().map(|p| (p.id.0, "persona")));
    out.extend(map.reviews.iter().map(|r| (r.id.0, "review")));
    for lane in &map.lanes {
        out.insert(lane.id.0, "lane");
        out.extend(lane.cards.iter().map(|c| (c.id.0, "card")));
    }
    out
}

/// Whether `a` and `b` share any id: versions of one map always do.
pub fn related(a: &JourneyMap, b: &JourneyMap) -> bool {
    let b_ids = ids(b);
    let a_ids = ids(a);
    a_ids.is_empty() || b_ids.is_empty() || a_ids.keys().any(|id| b_ids.contains_key(id))
}

/// Merge `ours` and `theirs`, both changed from `base`.
pub fn merge(base: &JourneyMap, ours: &JourneyMap, theirs: &JourneyMap) -> Merged {
    merge_with(base, ours, theirs, true)
}

/// Merge two copies of one map with no common version at hand (a
/// "conflicted copy" from a sync folder): ids tell what is the same item;
/// items only one copy has are kept, fields the copies disagree on are
/// conflicts (nothing can tell which side changed them), and nothing is
/// deleted.
pub fn merge_two_way(ours: &JourneyMap, theirs: &JourneyMap) -> Merged {
    let base = JourneyMap {
        version: ours.version,
        title: String::new(),
        ..Default::default()
    };
    merge_with(&base, ours, theirs, false)
}

fn merge_with(
    base: &JourneyMap,
    ours: &JourneyMap,
    theirs: &JourneyMap,
    renumber_new: bool,
) -> Merged {
    // New items both sides gave one id (each took "the next id"): theirs
    // get fresh ids above everything, and what refers to them follows.
    let (b_ids, o_ids, t_ids) = (ids(base), ids(ours), ids(theirs));
    let (bi, oi) = (flatten(base), flatten(ours));
    let mut theirs = theirs.clone();
    let top = [ours.next_id(), theirs.next_id(), base.next_id()]
        .into_iter()
        .max()
        .unwrap_or(1);
    let mut next = top;
    let mut renumbered = Vec::new();
    let mut mapping = BTreeMap::new();
    let ti0 = flatten(&theirs);
    let mut collided: Vec<u64> = t_ids
        .keys()
        .filter(|id| !b_ids.contains_key(id) && o_ids.contains_key(id))
        .copied()
        .collect();
    collided.sort_unstable();
    // Without a base every id is "new" on both sides and means one item.
    collided.retain(|_| renumber_new);
    for id in collided {
        let same = o_ids[&id] == t_ids[&id]
            && [
                Key::Stage(id),
                Key::Lane(id),
                Key::Card(id),
                Key::Persona(id),
                Key::Review(id),
            ]
            .iter()
            .all(|k| oi.entries.get(k) == ti0.entries.get(k));
        if !same {
            mapping.insert(id, next);
            renumbered.push((t_ids[&id].to_string(), id, next));
            next += 1;
        }
    }
    if !mapping.is_empty() {
        renumber(&mut theirs, &mapping);
    }
    let ti = flatten(&theirs);
    let mut conflicts = Vec::new();
    let mut merged = Items::default();
    let keys: BTreeSet<&Key> = bi
        .entries
        .keys()
        .chain(oi.entries.keys())
        .chain(ti.entries.keys())
        .collect();
    for key in keys {
        let (b, o, t) = (
            bi.entries.get(key),
            oi.entries.get(key),
            ti.entries.get(key),
        );
        if let Some(v) = merge_entry(key, b, o, t, &mut conflicts) {
            merged.entries.insert(*key, v);
        }
    }
    let lists: BTreeSet<&List> = bi
        .orders
        .keys()
        .chain(oi.orders.keys())
        .chain(ti.orders.keys())
        .collect();
    for list in lists {
        let get = |items: &Items| items.orders.get(list).cloned().unwrap_or_default();
        let (b, o, t) = (get(&bi), get(&oi), get(&ti));
        let present: BTreeSet<u64> = o.iter().chain(&t).copied().collect();
        merged
            .orders
            .insert(*list, merge_order(&b, &o, &t, &present));
    }
    let mut map = rebuild(&merged, ours.version).unwrap_or_else(|_| ours.clone());
    let repairs = map.repair().iter().map(|p| p.message.clone()).collect();
    // Conflicts left from earlier merges stay until resolved.
    let mut all = ours.conflicts.clone();
    for c in theirs.conflicts.iter().chain(&conflicts) {
        if !all.contains(c) {
            all.push(c.clone());
        }
    }
    map.conflicts = all;
    Merged {
        map,
        conflicts,
        renumbered,
        repairs,
    }
}
