//! Names of merge items and fields in the interface language ("этап 11",
//! "текст"), shared by the versions windows (`versions_ui.rs`) and the way
//! they name items and values (`versions_words.rs`).

use crate::t;

/// What an item is, in the interface language: "card 104", "этап 11".
pub fn item_label(item: &str) -> String {
    use crate::merge::items::Key;
    let Some(key) = crate::merge::resolve::key_of(item) else {
        // Lists ("stages", "cards of lane 7") and anything else as written.
        return item.to_string();
    };
    match key {
        Key::Title => t!("versions-item-title").into_owned(),
        Key::Language => t!("versions-item-language").into_owned(),
        Key::Lens => t!("versions-item-lens").into_owned(),
        Key::Stage(id) => t!("versions-item-stage", id = id.to_string()),
        Key::Lane(id) => t!("versions-item-lane", id = id.to_string()),
        Key::Card(id) => t!("versions-item-card", id = id.to_string()),
        Key::Persona(id) => t!("versions-item-persona", id = id.to_string()),
        Key::Review(id) => t!("versions-item-review", id = id.to_string()),
        Key::Comment(id) => t!("versions-item-comment", id = id.to_string()),
        Key::Series { lane, .. } => t!("versions-item-curve", lane = lane.to_string()),
        Key::Emotion { lane, stage, .. } => t!(
            "versions-item-emotion",
            lane = lane.to_string(),
            stage = stage.to_string()
        ),
        Key::Metric { lane, stage } => t!(
            "versions-item-metric",
            lane = lane.to_string(),
            stage = stage.to_string()
        ),
    }
}

/// A field's name in the interface language ("text" → "текст"); fields
/// without a translation as the file spells them.
pub fn field_label(field: &str) -> String {
    let key = match field {
        "text" => "versions-field-text",
        "name" => "versions-field-name",
        "title" => "versions-field-title",
        "description" => "versions-field-description",
        "note" => "versions-field-note",
        "stage" => "versions-field-stage",
        "lane" => "versions-field-lane",
        "color" => "versions-field-color",
        "confidence" => "versions-field-confidence",
        "channel" => "versions-field-channel",
        "rating" => "versions-field-rating",
        "personas" => "versions-field-personas",
        "evidence" => "versions-field-evidence",
        "value" => "versions-field-value",
        "deleted" => "versions-field-deleted",
        "resolved" => "versions-field-resolved",
        "role" => "versions-field-role",
        "quote" => "versions-field-quote",
        "goals" => "versions-field-goals",
        "frustrations" => "versions-field-frustrations",
        "image" => "versions-field-image",
        "alt" => "versions-field-alt",
        "author" => "versions-field-author",
        "time" => "versions-field-time",
        "impact" => "versions-field-impact",
        "importance" => "versions-field-importance",
        "source" => "versions-field-source",
        "date" => "versions-field-date",
        "link" => "versions-field-link",
        "photo" => "versions-field-photo",
        "unit" => "versions-field-unit",
        "age" => "versions-field-age",
        "kind" => "versions-field-kind",
        "scale" => "versions-field-scale",
        "collapsed" => "versions-field-collapsed",
        "metric_style" => "versions-field-metric-style",
        "on" => "versions-field-on",
        "reply_to" => "versions-field-reply-to",
        "goal" => "versions-field-goal",
        "scenario" => "versions-field-scenario",
        "expectations" => "versions-field-expectations",
        "review" => "versions-field-review",
        "accessible_title" => "versions-field-accessible-title",
        // A field this list does not know yet: its words, not its spelling.
        _ => return field.replace('_', " "),
    };
    t!(key).into_owned()
}
