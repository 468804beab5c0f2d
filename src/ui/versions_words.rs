//! How the versions windows name items and show values to a person, in
//! the interface language: a card by its text, a stage by its position and
//! name, a persona by name; a colour as a swatch and its name, a quote as
//! its text and source. The merge keys its items as JSON values ("card
//! 104", `{"quote":…}`); nothing of that reaches the screen.

use egui::{RichText, Ui};
use serde_json::Value;

use crate::i18n::format_number;
use crate::i18n::{names, ui_lang};
use crate::merge::items::Key;
use crate::model::{
    Card, CardId, Channel, CommentId, CommentOn, Confidence, Evidence, Hue, JourneyMap, Lane,
    LaneId, LaneKind, PersonaId, Rating, ReviewId, ReviewRating, StageId,
};
use crate::t;

/// Longest text shown for a name or a value.
const CUT_CHARS: usize = 48;

/// Names items from the maps they may be in: the open map first, then the
/// other copy (a removed item is only there).
pub struct Words<'a> {
    maps: Vec<&'a JourneyMap>,
}

/// A value as shown: its text, and the colour it is, drawn as a swatch.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub text: String,
    pub hue: Option<Hue>,
}

impl Shown {
    fn text(text: String) -> Self {
        Shown { text, hue: None }
    }

    /// Draw `prefix`, the swatch (if any) and the text on a line of their
    /// own.
    pub fn ui(&self, ui: &mut Ui, prefix: &str) {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            self.inline_ui(ui, prefix);
        });
    }

    /// Draw `prefix`, the swatch (if any) and the text into the row `ui`
    /// is laying out.
    pub fn inline_ui(&self, ui: &mut Ui, prefix: &str) {
        if !prefix.is_empty() {
            ui.label(prefix);
        }
        if let Some(hue) = self.hue {
            swatch_ui(ui, hue);
        }
        ui.label(RichText::new(&self.text));
    }
}

/// A small square in `hue`, as the canvas draws cards of that colour.
fn swatch_ui(ui: &mut Ui, hue: Hue) {
    let theme = if ui.visuals().dark_mode {
        crate::style::Theme::Dark
    } else {
        crate::style::Theme::Light
    };
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    let fill = super::paint::color(theme.card_fill(hue));
    let border = super::paint::color(theme.accent(hue));
    ui.painter().rect_filled(rect, 3.0, fill);
    ui.painter().rect_stroke(
        rect,
        3.0,
        egui::Stroke::new(1.5, border),
        egui::StrokeKind::Inside,
    );
}

/// `text` on one line, cut to `CUT_CHARS` with "…". Line breaks and runs
/// of spaces become one space; no-break spaces stay (Russian puts them
/// before a dash).
pub fn cut(text: &str) -> String {
    let one_line = text
        .split([' ', '\n', '\r', '\t'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if one_line.chars().count() <= CUT_CHARS {
        one_line
    } else {
        let short: String = one_line.chars().take(CUT_CHARS - 1).collect();
        format!("{}…", short.trim_end())
    }
}

/// `text` in the interface language's quotation marks, cut; "(empty)"
/// when there is none.
fn quoted(text: &str) -> String {
    if text.trim().is_empty() {
        t!("versions-value-empty").into_owned()
    } else {
        t!("versions-quoted", text = cut(text))
    }
}

fn id_of(v: &Value) -> Option<u64> {
    v.as_u64()
}

impl<'a> Words<'a> {
    /// Words for items of `maps`, looked up in that order.
    pub fn new(maps: &[&'a JourneyMap]) -> Self {
        Words {
            maps: maps.to_vec(),
        }
    }

    fn find<T>(&self, f: impl Fn(&'a JourneyMap) -> Option<T>) -> Option<T> {
        self.maps.iter().find_map(|m| f(m))
    }

    /// "этап 2 «Выбор»"; a stage in no map by its number.
    pub fn stage(&self, id: u64) -> String {
        self.find(|m| {
            let i = m.stage_index(StageId(id))?;
            Some(t!(
                "versions-name-stage",
                n = i + 1,
                name = quoted(&m.stages[i].name)
            ))
        })
        .unwrap_or_else(|| t!("versions-item-stage", id = id.to_string()))
    }

    fn lane_title(&self, id: u64) -> String {
        self.find(|m| m.lane(LaneId(id)).map(|l| quoted(&l.title)))
            .unwrap_or_else(|| id.to_string())
    }

    /// "дорожка «Действия»".
    pub fn lane(&self, id: u64) -> String {
        t!("versions-name-lane", name = self.lane_title(id))
    }

    fn stage_name(&self, id: u64) -> String {
        self.find(|m| {
            let i = m.stage_index(StageId(id))?;
            Some(quoted(&m.stages[i].name))
        })
        .unwrap_or_else(|| id.to_string())
    }

    fn persona_name(&self, id: Option<u64>) -> String {
        match id {
            None => t!("curve-everyone").into_owned(),
            Some(id) => self
                .find(|m| m.persona(PersonaId(id)).map(|p| p.name.clone()))
                .unwrap_or_else(|| id.to_string()),
        }
    }

    fn card(&self, id: u64) -> Option<(&'a Lane, &'a Card, &'a JourneyMap)> {
        self.find(|m| m.card(CardId(id)).map(|(l, c)| (l, c, m)))
    }

    /// What a person knows an item by, from the merge's name of it:
    /// "карточка «Звонит в сервис» (Действия, этап «Выбор»)".
    pub fn item(&self, item: &str) -> String {
        let Some(key) = crate::merge::resolve::key_of(item) else {
            return self.list(item);
        };
        match key {
            Key::Title | Key::Language | Key::Lens => super::versions_labels::item_label(item),
            Key::Stage(id) => self.stage(id),
            Key::Lane(id) => self.lane(id),
            Key::Card(id) => match self.card(id) {
                Some((lane, card, map)) => t!(
                    "versions-name-card",
                    text = quoted(&card.text),
                    lane = quoted(&lane.title),
                    stage = map
                        .stage_index(card.stage)
                        .map(|i| quoted(&map.stages[i].name))
                        .unwrap_or_default()
                ),
                None => t!("versions-item-card", id = id.to_string()),
            },
            Key::Persona(id) => t!("versions-name-persona", name = self.persona_name(Some(id))),
            Key::Review(id) => self
                .find(|m| m.review(ReviewId(id)))
                .map(|r| t!("versions-name-review", text = quoted(&r.text)))
                .unwrap_or_else(|| t!("versions-item-review", id = id.to_string())),
            Key::Comment(id) => self
                .find(|m| m.comments.iter().find(|c| c.id == CommentId(id)))
                .map(|c| {
                    t!(
                        "versions-name-comment",
                        text = quoted(&c.text),
                        author = c.author.as_str()
                    )
                })
                .unwrap_or_else(|| t!("versions-item-comment", id = id.to_string())),
            Key::Series { lane, persona } => t!(
                "versions-name-curve",
                persona = self.persona_name(persona),
                lane = self.lane_title(lane)
            ),
            Key::Emotion {
                lane,
                persona,
                stage,
            } => t!(
                "versions-name-emotion",
                persona = self.persona_name(persona),
                lane = self.lane_title(lane),
                stage = self.stage_name(stage)
            ),
            Key::Metric { lane, stage } => t!(
                "versions-name-metric",
                lane = self.lane_title(lane),
                stage = self.stage_name(stage)
            ),
        }
    }

    /// A list whose order changed: "порядок этапов".
    fn list(&self, item: &str) -> String {
        let lane = item
            .rsplit(' ')
            .next()
            .and_then(|n| n.parse::<u64>().ok())
            .map(|l| self.lane_title(l))
            .unwrap_or_default();
        match item {
            "stages" => t!("versions-list-stages").into_owned(),
            "lanes" => t!("versions-list-lanes").into_owned(),
            "personas" => t!("versions-list-personas").into_owned(),
            "reviews" => t!("versions-list-reviews").into_owned(),
            "comments" => t!("versions-list-comments").into_owned(),
            _ if item.starts_with("cards of lane") => t!("versions-list-cards", lane = lane),
            _ if item.starts_with("curves of lane") => t!("versions-list-curves", lane = lane),
            _ => t!("versions-list-other").into_owned(),
        }
    }

    /// A conflict's value as the merge wrote it (JSON text, "(none)" for
    /// a side that has no such item).
    pub fn conflict_value(&self, field: &str, text: &str) -> Shown {
        self.value(field, serde_json::from_str::<Value>(text).ok().as_ref())
    }

    /// `value` of `field` as the inspector shows it.
    pub fn value(&self, field: &str, value: Option<&Value>) -> Shown {
        // A field left out of the file (an age nobody gave) or an item
        // one side deleted.
        let Some(v) = value.filter(|v| !(field == "age" && v.is_null())) else {
            return Shown::text(
                match field {
                    "deleted" => t!("versions-value-deleted"),
                    "age" => t!("versions-value-not-given"),
                    _ => t!("versions-none-value"),
                }
                .into_owned(),
            );
        };
        let lang = ui_lang();
        let parse = |v: &Value| v.clone();
        match field {
            "deleted" => Shown::text(t!("versions-value-kept").into_owned()),
            "color" => match serde_json::from_value::<Option<Hue>>(parse(v)) {
                Ok(Some(hue)) => Shown {
                    text: names::hue(lang, hue).into_owned(),
                    hue: Some(hue),
                },
                Ok(None) => Shown::text(t!("versions-value-auto-colour").into_owned()),
                Err(_) => Shown::text(self.generic(v)),
            },
            "confidence" => serde_json::from_value::<Confidence>(parse(v))
                .map(|c| Shown::text(names::confidence(lang, c).into_owned()))
                .unwrap_or_else(|_| Shown::text(self.generic(v))),
            "channel" => match serde_json::from_value::<Option<Channel>>(parse(v)) {
                Ok(Some(c)) => Shown::text(names::channel(lang, c).into_owned()),
                Ok(None) => Shown::text(t!("versions-none-value").into_owned()),
                Err(_) => Shown::text(self.generic(v)),
            },
            "kind" => serde_json::from_value::<LaneKind>(parse(v))
                .map(|k| Shown::text(names::lane_kind(lang, k).into_owned()))
                .unwrap_or_else(|_| Shown::text(self.generic(v))),
            "stage" => match v {
                Value::Null => Shown::text(t!("versions-none-value").into_owned()),
                _ => Shown::text(id_of(v).map_or_else(|| self.generic(v), |id| self.stage(id))),
            },
            "lane" => Shown::text(id_of(v).map_or_else(|| self.generic(v), |id| self.lane(id))),
            "personas" => match serde_json::from_value::<Vec<u64>>(parse(v)) {
                Ok(ids) if ids.is_empty() => {
                    Shown::text(t!("versions-value-everyone").into_owned())
                }
                Ok(ids) => Shown::text(
                    ids.iter()
                        .map(|id| self.persona_name(Some(*id)))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Err(_) => Shown::text(self.generic(v)),
            },
            "evidence" => match serde_json::from_value::<Vec<Evidence>>(parse(v)) {
                Ok(list) if list.is_empty() => Shown::text(t!("versions-value-empty").into_owned()),
                Ok(list) => Shown::text(
                    list.iter()
                        .map(|e| self.quote(e))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                Err(_) => Shown::text(self.generic(v)),
            },
            "rating" => Shown::text(self.rating(v)),
            "on" => match serde_json::from_value::<CommentOn>(parse(v)) {
                Ok(CommentOn::Map) => Shown::text(t!("versions-value-whole-map").into_owned()),
                Ok(CommentOn::Stage(s)) => Shown::text(self.stage(s.0)),
                Ok(CommentOn::Lane(l)) => Shown::text(self.lane(l.0)),
                Ok(CommentOn::Card(c)) => Shown::text(self.item(&format!("card {}", c.0))),
                Err(_) => Shown::text(self.generic(v)),
            },
            "time" => Shown::text(
                v.as_str()
                    .map(super::local_time::shown)
                    .unwrap_or_else(|| self.generic(v)),
            ),
            _ => Shown::text(self.generic(v)),
        }
    }

    /// A quote as the inspector lists it: its text, then where it is from.
    fn quote(&self, e: &Evidence) -> String {
        let from: Vec<&str> = [e.source.as_str(), e.date.as_str(), e.author.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        if from.is_empty() {
            quoted(&e.quote)
        } else {
            t!(
                "versions-value-quote",
                quote = quoted(&e.quote),
                source = from.join(", ")
            )
        }
    }

    /// A card's rating (impact and importance) or a review's (value of
    /// its scale).
    fn rating(&self, v: &Value) -> String {
        let lang = ui_lang();
        if v.is_null() {
            return t!("versions-none-value").into_owned();
        }
        if let Ok(r) = serde_json::from_value::<Rating>(v.clone()) {
            return t!(
                "map-rating",
                impact = r.impact as usize,
                importance = r.importance as usize
            );
        }
        if let Ok(r) = serde_json::from_value::<ReviewRating>(v.clone()) {
            return t!(
                "evidence-rating",
                value = format_number(lang, r.value, 1),
                scale = r.scale.label()
            );
        }
        self.generic(v)
    }

    /// Any other value in words: text quoted, numbers in the language's
    /// style, yes or no, lists one after another; never JSON.
    fn generic(&self, v: &Value) -> String {
        match v {
            Value::Null => t!("versions-none-value").into_owned(),
            Value::Bool(true) => t!("versions-value-yes").into_owned(),
            Value::Bool(false) => t!("versions-value-no").into_owned(),
            Value::Number(n) => n
                .as_f64()
                .map(|x| format_number(ui_lang(), x, 2))
                .unwrap_or_default(),
            Value::String(s) => quoted(s),
            Value::Array(items) if items.is_empty() => t!("versions-value-empty").into_owned(),
            Value::Array(items) => items
                .iter()
                .map(|i| self.generic(i))
                .collect::<Vec<_>>()
                .join("; "),
            Value::Object(fields) => fields
                .iter()
                .filter(|(_, v)| !is_blank(v))
                .map(|(k, v)| {
                    format!(
                        "{}: {}",
                        super::versions_labels::field_label(k),
                        self.value(k, Some(v)).text
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// Nothing worth showing: null, "", [], {}.
fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn values_are_words_not_json() {
        crate::i18n::set_ui_lang(Lang::Ru);
        let map = crate::io::template_in("current-state", Lang::Ru)
            .unwrap()
            .instantiate()
            .unwrap();
        let w = Words::new(&[&map]);
        let pink = w.conflict_value("color", "\"Pink\"");
        assert_eq!(pink.hue, Some(Hue::Pink));
        assert!(!pink.text.contains("Pink"), "{}", pink.text);
        let quote = w.conflict_value(
            "evidence",
            r#"[{"date":"2026-01","quote":"Долго ждал","source":"Яндекс Карты","rating":{"value":4.0,"scale":"OneToFive"}}]"#,
        );
        assert!(quote.text.contains("«Долго ждал»"), "{}", quote.text);
        assert!(quote.text.contains("Яндекс Карты"), "{}", quote.text);
        assert!(!quote.text.contains('{'), "{}", quote.text);
        let persona = map.personas[0].id.0;
        assert_eq!(
            w.item(&format!("persona {persona}")),
            format!("персона «{}»", map.personas[0].name)
        );
        let stage = map.stages[1].id.0;
        assert!(w.item(&format!("stage {stage}")).contains("этап 2"));
        assert_eq!(w.conflict_value("age", "(none)").text, "не указан");
        assert_eq!(w.conflict_value("channel", "(none)").text, "(нет)");
        crate::i18n::set_ui_lang(Lang::En);
    }
}
