//! Three-way merge of maps by stable id: changes to different items, or to
//! different fields of one item, combine; the same field changed two ways
//! is a conflict (ours kept in the item, theirs in `map.conflicts`); new
//! items both sides gave the same id both survive, theirs renumbered.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::Value;

use super::items::{Items, Key, List, flatten, item_name, rebuild};
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
            // With no base item (two copies without a common version) a
            // field left out on one side is not "unchanged": every
            // disagreement is for the user to decide.
            let strict = base.is_none();
            let fields: BTreeSet<&String> = o.keys().chain(t.keys()).chain(b.keys()).collect();
            let mut out = serde_json::Map::new();
            for f in fields {
                let (bf, of, tf) = (b.get(f), o.get(f), t.get(f));
                let v = if of == tf || (!strict && tf == bf) {
                    of
                } else if !strict && of == bf {
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
    // Whether a side reordered is judged on the entries all three have:
    // adding or removing one is not a reorder.
    let sets: [HashSet<u64>; 3] = [base, ours, theirs].map(|l| l.iter().copied().collect());
    let common = |list: &[u64]| -> Vec<u64> {
        list.iter()
            .copied()
            .filter(|i| sets.iter().all(|s| s.contains(i)))
            .collect()
    };
    let ours_moved = common(ours) != common(base);
    let theirs_moved = common(theirs) != common(base);
    let (first, second) = if theirs_moved && !ours_moved {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    // Each entry of `second` that `first` lacks goes right after the entry
    // before it in `second` (or first of all): a chain hangs off each
    // entry, laid out in one pass — no search or insertion in the middle.
    let in_first: HashSet<u64> = first
        .iter()
        .copied()
        .filter(|i| present.contains(i))
        .collect();
    let mut follower: HashMap<Option<u64>, u64> = HashMap::new();
    let mut placed: HashSet<u64> = HashSet::new();
    let mut before: Option<u64> = None;
    for id in second.iter().copied().filter(|i| present.contains(i)) {
        if !in_first.contains(&id) && placed.insert(id) {
            follower.insert(before, id);
        }
        before = Some(id);
    }
    let mut out = Vec::with_capacity(in_first.len() + placed.len());
    let mut chain = |from: Option<u64>, out: &mut Vec<u64>| {
        let mut at = from;
        while let Some(next) = follower.remove(&at) {
            out.push(next);
            at = Some(next);
        }
    };
    chain(None, &mut out);
    let mut seen = HashSet::new();
    for id in first.iter().copied().filter(|i| present.contains(i)) {
        if seen.insert(id) {
            out.push(id);
            chain(Some(id), &mut out);
        }
    }
    out
}

/// Ids of every item, with what it is ("card", "stage" …).
fn ids(map: &JourneyMap) -> HashMap<u64, &'static str> {
    let mut out = HashMap::new();
    out.extend(map.stages.iter().map(|s| (s.id.0, "stage")));
    out.extend(map.personas.iter().map(|p| (p.id.0, "persona")));
    out.extend(map.reviews.iter().map(|r| (r.id.0, "review")));
    out.extend(map.comments.iter().map(|c| (c.id.0, "comment")));
    for lane in &map.lanes {
        out.insert(lane.id.0, "lane");
        out.extend(lane.cards.iter().map(|c| (c.id.0, "card")));
    }
    out
}

/// Whether `a` and `b` are versions of one map. Maps with identities (see
/// `model::identity`) are when theirs is the same. Older maps have none:
/// then the ids both use must name the same kind of item with the same
/// name or text often enough — every template-born map numbers its items
/// from 1, so merely sharing ids says nothing.
pub fn related(a: &JourneyMap, b: &JourneyMap) -> bool {
    if !a.map_id.is_empty() && !b.map_id.is_empty() {
        return a.map_id == b.map_id;
    }
    let (a_items, b_items) = (named_items(a), named_items(b));
    if a_items.is_empty() || b_items.is_empty() {
        return true;
    }
    let shared: Vec<bool> = (a_items.iter())
        .filter_map(|(id, mine)| b_items.get(id).map(|theirs| mine == theirs))
        .collect();
    // A version keeps most of what it shares with its base as it was; a
    // third of the shared items named alike leaves room for heavy editing.
    let alike = shared.iter().filter(|same| **same).count();
    alike > 0 && alike * 3 >= shared.len()
}

/// Every item's id with its kind and what a reader knows it by.
fn named_items(map: &JourneyMap) -> HashMap<u64, (&'static str, &str)> {
    let mut out = HashMap::new();
    out.extend((map.stages.iter()).map(|s| (s.id.0, ("stage", s.name.as_str()))));
    out.extend((map.personas.iter()).map(|p| (p.id.0, ("persona", p.name.as_str()))));
    out.extend((map.reviews.iter()).map(|r| (r.id.0, ("review", r.text.as_str()))));
    out.extend((map.comments.iter()).map(|c| (c.id.0, ("comment", c.text.as_str()))));
    for lane in &map.lanes {
        out.insert(lane.id.0, ("lane", lane.title.as_str()));
        out.extend((lane.cards.iter()).map(|c| (c.id.0, ("card", c.text.as_str()))));
    }
    out
}

/// Of the items of `ours` (stages, lanes, cards, personas, reviews,
/// comments), how many `merged` no longer has as they were — gone, or
/// their id now naming something else — and how many there were: a merge
/// that loses most of them merged maps that are not versions of one map.
pub fn items_lost(ours: &JourneyMap, merged: &JourneyMap) -> (usize, usize) {
    let (before, after) = (named_items(ours), named_items(merged));
    let lost = (before.iter())
        .filter(|(id, item)| {
            after
                .get(id)
                .is_none_or(|now| now.0 != item.0 || now.1 != item.1)
        })
        .count();
    (lost, before.len())
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
    if !renumber_new {
        // No base: the copies' common past ends about where their items
        // stop being equal — the largest id whose item both hold alike.
        // Above it each copy made its own new items, which may have taken
        // the same ids ("the next id" on both); those are renumbered.
        let same = |id: &u64| {
            o_ids.get(id) == t_ids.get(id)
                && [
                    Key::Stage(*id),
                    Key::Lane(*id),
                    Key::Card(*id),
                    Key::Persona(*id),
                    Key::Review(*id),
                    Key::Comment(*id),
                ]
                .iter()
                .all(|k| oi.entries.get(k) == ti0.entries.get(k))
        };
        let shared_max = t_ids
            .keys()
            .filter(|id| o_ids.contains_key(id) && same(id))
            .max()
            .copied()
            .unwrap_or(0);
        collided = t_ids
            .keys()
            .filter(|id| **id > shared_max && o_ids.contains_key(id))
            .copied()
            .collect();
        collided.sort_unstable();
    }
    for id in collided {
        let same = o_ids[&id] == t_ids[&id]
            && [
                Key::Stage(id),
                Key::Lane(id),
                Key::Card(id),
                Key::Persona(id),
                Key::Review(id),
                Key::Comment(id),
            ]
            .iter()
            .all(|k| oi.entries.get(k) == ti0.entries.get(k));
        if !same {
            mapping.insert(id, next);
            renumbered.push((t_ids[&id].to_string(), id, next));
            next += 1;
        }
    }
    let ti = if mapping.is_empty() {
        ti0
    } else {
        renumber(&mut theirs, &mapping);
        flatten(&theirs)
    };
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
    restore_containers(&mut merged, [&oi, &ti, &bi], &mut conflicts);
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
    // The identity is not an item: the copies share it (or ours has none).
    map.map_id = [ours, &theirs, base]
        .iter()
        .map(|m| m.map_id.clone())
        .find(|id| !id.is_empty())
        .unwrap_or_default();
    let mut repairs: Vec<String> = map.repair().iter().map(|p| p.message.clone()).collect();
    let joined = super::reviews::join_duplicate_reviews(&mut map);
    if joined > 0 {
        repairs.push(format!(
            "{joined} review(s) both copies had imported (same text, date and author) are kept once; \
             their quotes point at the one kept"
        ));
    }
    map.conflicts = merge_conflict_lists(base, ours, &theirs, &conflicts);
    Merged {
        map,
        conflicts,
        renumbered,
        repairs,
    }
}

/// Conflicts of earlier merges: ours as they are (one ours resolved stays
/// resolved), theirs only when new on their side, then this merge's; one
/// per item and field, the newest.
fn merge_conflict_lists(
    base: &JourneyMap,
    ours: &JourneyMap,
    theirs: &JourneyMap,
    new: &[MergeConflict],
) -> Vec<MergeConflict> {
    let key = |c: &MergeConflict| (c.item.clone(), c.field.clone());
    let in_base: HashSet<(String, String)> = base.conflicts.iter().map(key).collect();
    let mut all: Vec<MergeConflict> = ours.conflicts.clone();
    // Where each item and field is in `all`: one lookup per conflict, so
    // 20,000 conflicts take a moment, not a minute.
    let mut at: HashMap<(String, String), usize> = HashMap::new();
    for (i, c) in all.iter().enumerate() {
        at.insert(key(c), i);
    }
    let later = theirs
        .conflicts
        .iter()
        .filter(|c| !in_base.contains(&key(c)));
    for c in later.chain(new) {
        match at.get(&key(c)) {
            Some(&i) => all[i] = c.clone(),
            None => {
                at.insert(key(c), all.len());
                all.push(c.clone());
            }
        }
    }
    all
}

/// A card, curve value or metric value kept whose lane (or curve) the other
/// side deleted would have nowhere to go: the lane or curve comes back, as
/// a conflict to decide.
fn restore_containers(merged: &mut Items, sides: [&Items; 3], conflicts: &mut Vec<MergeConflict>) {
    let mut wanted = BTreeSet::new();
    for (key, v) in &merged.entries {
        match key {
            Key::Card(_) => wanted.extend(v.get("lane").and_then(Value::as_u64).map(Key::Lane)),
            Key::Metric { lane, .. } | Key::Series { lane, .. } => {
                wanted.insert(Key::Lane(*lane));
            }
            Key::Emotion { lane, persona, .. } => {
                wanted.insert(Key::Lane(*lane));
                wanted.insert(Key::Series {
                    lane: *lane,
                    persona: *persona,
                });
            }
            _ => {}
        }
    }
    for key in wanted {
        if merged.entries.contains_key(&key) {
            continue;
        }
        let Some(v) = sides.iter().find_map(|s| s.entries.get(&key)) else {
            continue;
        };
        conflicts.push(MergeConflict {
            item: item_name(&key),
            field: "deleted".into(),
            ours: text(sides[0].entries.get(&key)),
            theirs: text(sides[1].entries.get(&key)),
        });
        merged.entries.insert(key, v.clone());
    }
}
