//! Lanes: the rows of a map. A lane's kind decides what it holds: cards,
//! an emotion curve, metric values, or nothing (a blueprint line).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Card, Hue, LaneId, PersonaId, StageId};

/// What a lane is. The kind picks the lane's content, icon and default hue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    // Card lanes of the journey map.
    Actions,
    Thoughts,
    Touchpoints,
    Pains,
    Opportunities,
    /// A card lane of pictures: each card a frame with a caption under it.
    Storyboard,
    // Card lanes of the service blueprint.
    PhysicalEvidence,
    Frontstage,
    Backstage,
    SupportProcesses,
    People,
    Policies,
    Technology,
    /// A card lane with the user's own title.
    Custom,
    /// The emotion curve: one value per stage and persona.
    Emotions,
    /// A number with a unit per stage ("15 %").
    Metric,
    // Blueprint dividers: no content, drawn as labelled dashed lines.
    LineOfInteraction,
    LineOfVisibility,
    LineOfInternalInteraction,
}

/// What a lane holds, derived from its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneContent {
    Cards,
    Emotion,
    Metric,
    Line,
}

impl LaneKind {
    /// Every kind, in the order of the "add lane" menu.
    pub const ALL: [LaneKind; 19] = [
        LaneKind::Actions,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::Touchpoints,
        LaneKind::Pains,
        LaneKind::Opportunities,
        LaneKind::Storyboard,
        LaneKind::PhysicalEvidence,
        LaneKind::Frontstage,
        LaneKind::Backstage,
        LaneKind::SupportProcesses,
        LaneKind::People,
        LaneKind::Policies,
        LaneKind::Technology,
        LaneKind::Metric,
        LaneKind::LineOfInteraction,
        LaneKind::LineOfVisibility,
        LaneKind::LineOfInternalInteraction,
        LaneKind::Custom,
    ];

    /// The default title of a new lane of this kind.
    pub fn label(self) -> &'static str {
        match self {
            LaneKind::Actions => "Actions",
            LaneKind::Thoughts => "Thoughts",
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::Pains => "Pains",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Storyboard => "Storyboard",
            LaneKind::PhysicalEvidence => "Physical evidence",
            LaneKind::Frontstage => "Frontstage actions",
            LaneKind::Backstage => "Backstage actions",
            LaneKind::SupportProcesses => "Support processes",
            LaneKind::People => "People",
            LaneKind::Policies => "Policies",
            LaneKind::Technology => "Technology",
            LaneKind::Custom => "Notes",
            LaneKind::Emotions => "Emotions",
            LaneKind::Metric => "Metric",
            LaneKind::LineOfInteraction => "Line of interaction",
            LaneKind::LineOfVisibility => "Line of visibility",
            LaneKind::LineOfInternalInteraction => "Line of internal interaction",
        }
    }

    /// What lanes of this kind hold.
    pub fn content(self) -> LaneContent {
        match self {
            LaneKind::Emotions => LaneContent::Emotion,
            LaneKind::Metric => LaneContent::Metric,
            LaneKind::LineOfInteraction
            | LaneKind::LineOfVisibility
            | LaneKind::LineOfInternalInteraction => LaneContent::Line,
            _ => LaneContent::Cards,
        }
    }

    /// The hue cards of this lane get unless they override it.
    pub fn default_hue(self) -> Hue {
        match self {
            LaneKind::Actions => Hue::Blue,
            LaneKind::Thoughts => Hue::Purple,
            LaneKind::Touchpoints => Hue::Teal,
            LaneKind::Pains => Hue::Red,
            LaneKind::Opportunities => Hue::Green,
            // Neutral: the pictures bring the colour.
            LaneKind::Storyboard => Hue::Gray,
            LaneKind::PhysicalEvidence => Hue::Yellow,
            LaneKind::Frontstage => Hue::Blue,
            LaneKind::Backstage => Hue::Gray,
            LaneKind::SupportProcesses => Hue::Gray,
            LaneKind::People => Hue::Orange,
            LaneKind::Policies => Hue::Pink,
            LaneKind::Technology => Hue::Lime,
            LaneKind::Custom => Hue::Yellow,
            LaneKind::Emotions => Hue::Orange,
            LaneKind::Metric => Hue::Teal,
            LaneKind::LineOfInteraction
            | LaneKind::LineOfVisibility
            | LaneKind::LineOfInternalInteraction => Hue::Gray,
        }
    }
}

/// The scale of an emotion lane.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EmotionScale {
    /// −2 (very negative) … +2 (very positive), 0 neutral.
    #[default]
    MinusTwoToTwo,
    /// 1 … 5, as in Mermaid journey scores.
    OneToFive,
    /// 1 … 10.
    OneToTen,
}

impl EmotionScale {
    /// All scales, in menu order.
    pub const ALL: [EmotionScale; 3] = [
        EmotionScale::MinusTwoToTwo,
        EmotionScale::OneToFive,
        EmotionScale::OneToTen,
    ];

    /// Lowest value on the scale.
    pub fn min(self) -> i32 {
        match self {
            EmotionScale::MinusTwoToTwo => -2,
            EmotionScale::OneToFive | EmotionScale::OneToTen => 1,
        }
    }

    /// Highest value on the scale.
    pub fn max(self) -> i32 {
        match self {
            EmotionScale::MinusTwoToTwo => 2,
            EmotionScale::OneToFive => 5,
            EmotionScale::OneToTen => 10,
        }
    }

    /// The neutral value: where the zero line is drawn.
    pub fn neutral(self) -> f32 {
        (self.min() + self.max()) as f32 / 2.0
    }

    /// Human name.
    pub fn label(self) -> &'static str {
        match self {
            EmotionScale::MinusTwoToTwo => "-2 … +2",
            EmotionScale::OneToFive => "1 … 5",
            EmotionScale::OneToTen => "1 … 10",
        }
    }

    /// Clamp a value into the scale.
    pub fn clamp(self, value: i32) -> i32 {
        value.clamp(self.min(), self.max())
    }

    /// Value mapped to 0.0 (lowest) … 1.0 (highest).
    pub fn normalized(self, value: i32) -> f32 {
        (value - self.min()) as f32 / (self.max() - self.min()) as f32
    }

    fn is_default(&self) -> bool {
        *self == EmotionScale::MinusTwoToTwo
    }
}

/// How a metric lane draws its values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MetricStyle {
    /// A bar per stage, filled to the value's share of the largest.
    #[default]
    Bars,
    /// A line through the values.
    Line,
    /// Centred bars narrowing stage by stage: for conversion shares.
    Funnel,
}

impl MetricStyle {
    /// All styles, in menu order.
    pub const ALL: [MetricStyle; 3] = [MetricStyle::Bars, MetricStyle::Line, MetricStyle::Funnel];

    /// Human name.
    pub fn label(self) -> &'static str {
        match self {
            MetricStyle::Bars => "Bars",
            MetricStyle::Line => "Line",
            MetricStyle::Funnel => "Funnel",
        }
    }

    fn is_default(&self) -> bool {
        *self == MetricStyle::Bars
    }
}

/// One persona's emotion values, one per stage. Stages with no value are
/// gaps in the curve.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EmotionSeries {
    /// The persona whose feelings these are; `None` for the map's only actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<PersonaId>,
    #[serde(default)]
    pub values: BTreeMap<StageId, i32>,
}

/// A row of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    pub id: LaneId,
    pub kind: LaneKind,
    pub title: String,
    /// Hue override for the lane and its cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Hue>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub collapsed: bool,
    /// Cards of card lanes, in reading order within each stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<Card>,
    /// Scale of an emotion lane.
    #[serde(default, skip_serializing_if = "EmotionScale::is_default")]
    pub scale: EmotionScale,
    /// Curves of an emotion lane, one per persona.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<EmotionSeries>,
    /// Unit of a metric lane ("%", "days", "€").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Values of a metric lane, per stage.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<StageId, f64>,
    /// How a metric lane draws its values.
    #[serde(default, skip_serializing_if = "MetricStyle::is_default")]
    pub metric_style: MetricStyle,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Lane {
    /// An empty lane of `kind` titled with the kind's label.
    pub fn new(id: LaneId, kind: LaneKind) -> Self {
        Lane {
            id,
            kind,
            title: kind.label().to_string(),
            color: None,
            collapsed: false,
            cards: Vec::new(),
            scale: EmotionScale::default(),
            series: Vec::new(),
            unit: String::new(),
            values: BTreeMap::new(),
            metric_style: MetricStyle::Bars,
        }
    }

    /// The lane's hue: its override or its kind's default.
    pub fn hue(&self) -> Hue {
        self.color.unwrap_or(self.kind.default_hue())
    }

    /// Cards of this lane in `stage`, in order.
    pub fn cards_in(&self, stage: StageId) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(move |c| c.stage == stage)
    }
}
