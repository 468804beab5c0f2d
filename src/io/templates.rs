//! The built-in templates, embedded in the binary so an installed copy has them.

use super::{LoadError, parse_map};
use crate::model::{EmotionSeries, JourneyMap, Lane, LaneId, LaneKind, Stage, StageId};

/// A starting point for a new map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// Name used on the command line (`--template NAME`).
    pub name: &'static str,
    /// Title on the start screen.
    pub title: &'static str,
    /// One line: what the template shows.
    pub description: &'static str,
    /// RON source; `None` for the blank map, which is built in code.
    source: Option<&'static str>,
}

/// Every built-in template, in start-screen order.
pub const TEMPLATES: [Template; 5] = [
    Template {
        name: "current-state",
        title: "Current state",
        description: "What customers do, think and feel with you today",
        source: Some(include_str!("../../templates/current-state.ron")),
    },
    Template {
        name: "day-in-the-life",
        title: "Day in the life",
        description: "Everything a person does in an area of life, with you or not",
        source: Some(include_str!("../../templates/day-in-the-life.ron")),
    },
    Template {
        name: "future-state",
        title: "Future state",
        description: "The experience you intend to create",
        source: Some(include_str!("../../templates/future-state.ron")),
    },
    Template {
        name: "service-blueprint",
        title: "Service blueprint",
        description: "A journey with the frontstage, backstage and support processes beneath it",
        source: Some(include_str!("../../templates/service-blueprint.ron")),
    },
    Template {
        name: "blank",
        title: "Blank map",
        description: "Three empty stages and the six core lanes, to start from scratch",
        source: None,
    },
];

/// The template called `name`, if there is one.
pub fn template_by_name(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

impl Template {
    /// A fresh map from this template.
    pub fn instantiate(&self) -> Result<JourneyMap, LoadError> {
        match self.source {
            Some(text) => parse_map(text.as_bytes())
                .map(|loaded| loaded.map)
                .map_err(|e| e.in_file(format!("templates/{}.ron", self.name))),
            None => Ok(blank_map()),
        }
    }
}

/// Three empty stages and the six core lanes.
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
