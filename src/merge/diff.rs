//! What changed between two versions of a map, item by item: added,
//! removed, edited (each field old → new), moved (a card to another stage
//! or lane) and reordered lists; as text, Markdown or JSON.

use std::collections::BTreeSet;

use serde_json::Value;

use super::items::{Items, Key, List, flatten, item_name};

use crate::model::JourneyMap;

/// How an item changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Removed,
    Edited,
    Moved,
    Reordered,
}

/// One change.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Change {
    pub change: ChangeKind,
    /// "card 104", "stage 11", "stages" (for a reordered list).
    pub item: String,
    /// What a reader knows it by: a card's text, a stage's name.
    pub name: String,
    /// The field that changed (edited, moved).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
}

/// Longest name shown for an item.
const NAME_CHARS: usize = 60;

fn short(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= NAME_CHARS {
        one_line
    } else {
        format!(
            "{}…",
            one_line.chars().take(NAME_CHARS - 1).collect::<String>()
        )
    }
}

/// The name of an item from its fields.
fn name_of(v: &Value) -> String {
    ["name", "text", "title"]
        .iter()
        .find_map(|f| v.get(*f).and_then(Value::as_str))
        .map(short)
        .unwrap_or_default()
}

/// A stage's or lane's name in `items`, for moves.
fn named(items: &Items, key: Key) -> Value {
    let name = items.entries.get(&key).map(name_of).unwrap_or_default();
    Value::String(name)
}

fn list_name(list: &List) -> String {
    match list {
        List::Stages => "stages".into(),
        List::Lanes => "lanes".into(),
        List::Personas => "personas".into(),
        List::Reviews => "reviews".into(),
        List::Comments => "comments".into(),
        List::Cards(l) => format!("cards of lane {l}"),
        List::Series(l) => format!("curves of lane {l}"),
    }
}

/// Everything that differs from `old` to `new`, in item order.
pub fn diff(old: &JourneyMap, new: &JourneyMap) -> Vec<Change> {
    let (a, b) = (flatten(old), flatten(new));
    let mut out = Vec::new();
    let keys: BTreeSet<&Key> = a.entries.keys().chain(b.entries.keys()).collect();
    for key in keys {
        let (o, n) = (a.entries.get(key), b.entries.get(key));
        if o == n {
            continue;
        }
        let name = n.or(o).map(name_of).unwrap_or_default();
        let change =
            |change, field: Option<&str>, old: Option<&Value>, new: Option<&Value>| Change {
                change,
                item: item_name(key),
                name: name.clone(),
                field: field.map(str::to_string),
                old: old.cloned(),
                new: new.cloned(),
            };
        match (o, n) {
            (None, Some(v)) => out.push(change(ChangeKind::Added, None, None, Some(v))),
            (Some(v), None) => out.push(change(ChangeKind::Removed, None, Some(v), None)),
            (Some(Value::Object(of)), Some(Value::Object(nf))) => {
                let fields: BTreeSet<&String> = of.keys().chain(nf.keys()).collect();
                for f in fields {
                    let (ov, nv) = (of.get(f), nf.get(f));
                    if ov == nv {
                        continue;
                    }
                    let moved = matches!(key, Key::Card(_)) && (f == "stage" || f == "lane");
                    if moved {
                        let (ok, nk) = match f.as_str() {
                            "stage" => (
                                ov.and_then(Value::as_u64).map(Key::Stage),
                                nv.and_then(Value::as_u64).map(Key::Stage),
                            ),
                            _ => (
                                ov.and_then(Value::as_u64).map(Key::Lane),
                                nv.and_then(Value::as_u64).map(Key::Lane),
                            ),
                        };
                        let ov = ok.map(|k| named(&a, k));
                        let nv = nk.map(|k| named(&b, k));
                        out.push(change(ChangeKind::Moved, Some(f), ov.as_ref(), nv.as_ref()));
                    } else {
                        out.push(change(ChangeKind::Edited, Some(f), ov, nv));
                    }
                }
            }
            (o, n) => out.push(change(ChangeKind::Edited, None, o, n)),
        }
    }
    for (list, order) in &b.orders {
        let Some(before) = a.orders.get(list) else {
            continue;
        };
        let now: BTreeSet<u64> = order.iter().copied().collect();
        let common: BTreeSet<u64> = before.iter().filter(|i| now.contains(i)).copied().collect();
        let kept = |ids: &Vec<u64>| -> Vec<u64> {
            ids.iter().filter(|i| common.contains(i)).copied().collect()
        };
        if kept(before) != kept(order) {
            out.push(Change {
                change: ChangeKind::Reordered,
                item: list_name(list),
                name: String::new(),
                field: None,
                old: Some(Value::from(kept(before))),
                new: Some(Value::from(kept(order))),
            });
        }
    }
    out
}

fn value_text(v: &Option<Value>) -> String {
    match v {
        Some(Value::String(s)) => format!("\"{}\"", short(s)),
        Some(v) => {
            let t = v.to_string();
            if t.chars().count() > 80 {
                format!("{}…", t.chars().take(79).collect::<String>())
            } else {
                t
            }
        }
        None => "(none)".into(),
    }
}

/// A conflict's value (JSON text, as `MergeConflict` keeps it) cut for a
/// line of text as `diff` cuts values: a text to 60 characters, anything
/// else to 80.
pub fn cut_value(json: &str) -> String {
    match serde_json::from_str::<Value>(json) {
        Ok(v) => value_text(&Some(v)),
        Err(_) => value_text(&Some(Value::String(json.to_string()))),
    }
}

/// Fields whose numbers are ids (of the item, or of what it refers to).
const ID_FIELDS: [&str; 13] = [
    "id", "stage", "lane", "card", "persona", "personas", "review", "reply_to", "on", "Stage",
    "Lane", "Card", "cards",
];

/// `value` with every id written as a string: ids are 64-bit and
/// JavaScript reads numbers past 2^53 inexactly, so the JSON forms of
/// `diff` and `reviews list` always write ids as strings ("104").
pub fn ids_as_strings(value: &mut Value, is_id: bool) {
    match value {
        Value::Number(n) if is_id => {
            if let Some(id) = n.as_u64() {
                *value = Value::String(id.to_string());
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| ids_as_strings(v, is_id)),
        Value::Object(fields) => {
            for (name, v) in fields.iter_mut() {
                ids_as_strings(v, ID_FIELDS.contains(&name.as_str()));
            }
        }
        _ => {}
    }
}

/// The changes as pretty JSON, ids as strings (see [`ids_as_strings`]).
pub fn as_json(changes: &[Change]) -> String {
    let mut value = serde_json::to_value(changes).unwrap_or(Value::Null);
    if let Value::Array(items) = &mut value {
        for (change, item) in changes.iter().zip(items) {
            let reordered = change.change == ChangeKind::Reordered;
            let moved = change.change == ChangeKind::Moved;
            if let Value::Object(fields) = item {
                for side in ["old", "new"] {
                    if let Some(v) = fields.get_mut(side) {
                        // A reordered list is ids; a moved card's sides are names.
                        let field_is_id = (change.field.as_deref())
                            .is_some_and(|f| ID_FIELDS.contains(&f) && !moved);
                        ids_as_strings(v, reordered || field_is_id);
                    }
                }
            }
        }
    }
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

/// One line per change: `+` added, `-` removed, `~` edited, `>` moved, `=` reordered.
pub fn as_text(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        let named = if c.name.is_empty() {
            c.item.clone()
        } else {
            format!("{} \"{}\"", c.item, c.name)
        };
        let line = match c.change {
            ChangeKind::Added => format!("+ {named}"),
            ChangeKind::Removed => format!("- {named}"),
            ChangeKind::Edited => match &c.field {
                Some(f) => format!(
                    "~ {named}: {f} {} → {}",
                    value_text(&c.old),
                    value_text(&c.new)
                ),
                None => format!("~ {named}: {} → {}", value_text(&c.old), value_text(&c.new)),
            },
            ChangeKind::Moved => format!(
                "> {named}: moved to {} {} (from {})",
                c.field.as_deref().unwrap_or(""),
                value_text(&c.new),
                value_text(&c.old)
            ),
            ChangeKind::Reordered => format!("= {} reordered", c.item),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A Markdown list of the changes, for pull requests and wikis.
pub fn as_markdown(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "No changes.\n".into();
    }
    let mut out = format!("**{} change(s)**\n\n", changes.len());
    for line in as_text(changes).lines() {
        let (mark, rest) = line.split_at(1);
        let what = match mark {
            "+" => "Added",
            "-" => "Removed",
            "~" => "Edited",
            ">" => "Moved",
            _ => "Reordered",
        };
        out.push_str(&format!(
            "- **{what}** {}\n",
            rest.trim().replace('|', "\\|")
        ));
    }
    out
}
