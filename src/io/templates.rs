//! The built-in templates, embedded in the binary so an installed copy has them.
//!
//! Every template exists in every [`Lang`]: the English ones in `templates/`,
//! the others in `templates/<code>/`, written by practitioners of that
//! language (their own examples, not translations), with the map's
//! `language` set. [`TEMPLATES`] and [`template_by_name`] are the English
//! set; [`templates_in`] and [`template_in`] pick a language.

use std::borrow::Cow;

use super::{LoadError, parse_map};
use crate::i18n::{self, names};
use crate::model::{EmotionSeries, JourneyMap, Lane, LaneId, LaneKind, Lang, Stage, StageId};

/// A starting point for a new map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// Name used on the command line (`--template NAME`); the same in every
    /// language.
    pub name: &'static str,
    /// Title on the start screen, in English; [`Template::title_in`] gives
    /// it in the interface's language.
    pub title: &'static str,
    /// One line in English: what the template shows
    /// ([`Template::description_in`] in another language).
    pub description: &'static str,
    /// The language the map is written in.
    pub lang: Lang,
    /// RON source; `None` for the blank map, which is built in code.
    source: Option<&'static str>,
}

/// Every built-in template, in start-screen order.
pub const TEMPLATES: [Template; 5] = [
    Template {
        name: "current-state",
        title: "Current state",
        description: "What customers do, think and feel with you today",
        lang: Lang::En,
        source: Some(include_str!("../../templates/current-state.ron")),
    },
    Template {
        name: "day-in-the-life",
        title: "Day in the life",
        description: "Everything a person does in an area of life, with you or not",
        lang: Lang::En,
        source: Some(include_str!("../../templates/day-in-the-life.ron")),
    },
    Template {
        name: "future-state",
        title: "Future state",
        description: "The experience you intend to create",
        lang: Lang::En,
        source: Some(include_str!("../../templates/future-state.ron")),
    },
    Template {
        name: "service-blueprint",
        title: "Service blueprint",
        description: "A journey with the frontstage, backstage and support processes beneath it",
        lang: Lang::En,
        source: Some(include_str!("../../templates/service-blueprint.ron")),
    },
    Template {
        name: "blank",
        title: "Blank map",
        description: "Three empty stages and the six core lanes, to start from scratch",
        lang: Lang::En,
        source: None,
    },
];

/// The templates in Russian, in the order of [`TEMPLATES`].
pub const TEMPLATES_RU: [Template; 5] = [
    TEMPLATES[0].written_in(
        Lang::Ru,
        include_str!("../../templates/ru/current-state.ron"),
    ),
    TEMPLATES[1].written_in(
        Lang::Ru,
        include_str!("../../templates/ru/day-in-the-life.ron"),
    ),
    TEMPLATES[2].written_in(
        Lang::Ru,
        include_str!("../../templates/ru/future-state.ron"),
    ),
    TEMPLATES[3].written_in(
        Lang::Ru,
        include_str!("../../templates/ru/service-blueprint.ron"),
    ),
    TEMPLATES[4].blank_in(Lang::Ru),
];

/// The templates in Latvian, in the order of [`TEMPLATES`].
pub const TEMPLATES_LV: [Template; 5] = [
    TEMPLATES[0].written_in(
        Lang::Lv,
        include_str!("../../templates/lv/current-state.ron"),
    ),
    TEMPLATES[1].written_in(
        Lang::Lv,
        include_str!("../../templates/lv/day-in-the-life.ron"),
    ),
    TEMPLATES[2].written_in(
        Lang::Lv,
        include_str!("../../templates/lv/future-state.ron"),
    ),
    TEMPLATES[3].written_in(
        Lang::Lv,
        include_str!("../../templates/lv/service-blueprint.ron"),
    ),
    TEMPLATES[4].blank_in(Lang::Lv),
];

/// Every built-in template written in `lang`, in start-screen order.
pub fn templates_in(lang: Lang) -> &'static [Template; 5] {
    match lang {
        Lang::En => &TEMPLATES,
        Lang::Ru => &TEMPLATES_RU,
        Lang::Lv => &TEMPLATES_LV,
    }
}

/// The template called `name` written in `lang`, if there is one.
pub fn template_in(name: &str, lang: Lang) -> Option<&'static Template> {
    templates_in(lang).iter().find(|t| t.name == name)
}

/// The template called `name`, if there is one.
pub fn template_by_name(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

impl Template {
    /// This template's counterpart written in `lang` from `source`.
    const fn written_in(self, lang: Lang, source: &'static str) -> Template {
        Template {
            lang,
            source: Some(source),
            ..self
        }
    }

    /// The blank map in `lang`.
    const fn blank_in(self, lang: Lang) -> Template {
        Template {
            lang,
            source: None,
            ..self
        }
    }

    /// The title for the start screen in `ui` (the interface's language):
    /// the message `template-NAME-title`.
    pub fn title_in(&self, ui: Lang) -> Cow<'static, str> {
        i18n::tr_in(ui, &format!("template-{}-title", self.name))
    }

    /// The one-line description in `ui`: the message
    /// `template-NAME-description`.
    pub fn description_in(&self, ui: Lang) -> Cow<'static, str> {
        i18n::tr_in(ui, &format!("template-{}-description", self.name))
    }

    /// Where the template's source lives in the repository, for messages.
    pub fn path(&self) -> String {
        match self.lang {
            Lang::En => format!("templates/{}.ron", self.name),
            lang => format!("templates/{}/{}.ron", lang.code(), self.name),
        }
    }

    /// A fresh map from this template (the same every time: a map the
    /// user starts from it gets its identity where it is made — `new`, the
    /// start screen — with `JourneyMap::with_new_identity`).
    pub fn instantiate(&self) -> Result<JourneyMap, LoadError> {
        match self.source {
            Some(text) => parse_map(text.as_bytes())
                .map(|loaded| loaded.map)
                .map_err(|e| e.in_file(self.path())),
            None => Ok(blank_map_in(self.lang)),
        }
    }
}

/// Three empty stages and the six core lanes, written in `lang`: the title
/// is `untitled-map`, stages are named by `default-stage-name`, lanes by
/// their kind's default name, and the map's `language` is set. English
/// gives [`blank_map`] as it always was (no `language`, "Untitled journey").
pub fn blank_map_in(lang: Lang) -> JourneyMap {
    let mut map = blank_map();
    if lang == Lang::En {
        return map;
    }
    map.language = lang.code().to_string();
    map.title = i18n::tr_in(lang, "untitled-map").into_owned();
    for (n, stage) in map.stages.iter_mut().enumerate() {
        stage.name = crate::t_in!(lang, "default-stage-name", n = n + 1);
    }
    for lane in &mut map.lanes {
        lane.title = names::lane_kind(lang, lane.kind).into_owned();
    }
    map
}

/// Three empty stages and the six core lanes, in English.
pub fn blank_map() -> JourneyMap {
    let mut map = JourneyMap {
        title: "Untitled journey".into(),
        ..JourneyMap::default()
    };
    let mut id = 0;
    let mut next = || {
        id += 1;
        id
    };
    for n in 1..=3 {
        map.stages
            .push(Stage::new(StageId(next()), format!("Stage {n}")));
    }
    for kind in [
        LaneKind::Actions,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::Touchpoints,
        LaneKind::Pains,
        LaneKind::Opportunities,
    ] {
        let mut lane = Lane::new(LaneId(next()), kind);
        if kind == LaneKind::Emotions {
            // One curve for the map's (unnamed) actor, ready for its first point.
            lane.series.push(EmotionSeries::default());
        }
        map.lanes.push(lane);
    }
    map
}
