//! Geometry of a map: where every header, lane, card, curve point and label
//! goes, in map coordinates (points at 100 % zoom, equal to SVG units).
//!
//! One layout feeds both renderers: the canvas paints it with egui, the SVG
//! writer turns it into elements. Text is shaped here once (see [`text`]).

mod appendix;
mod build;
mod cards;
mod comments;
pub mod compare;
pub mod emotion;
mod emotion_lane;
mod header;
pub mod icons;
pub mod legend;
mod metric_lane;
pub mod metrics;
mod review_curve;
mod stages;
pub mod text;

use egui::{Pos2, Rect};

pub use appendix::evidence_appendix;
pub use build::{LayoutOptions, compute, compute_with};
pub use comments::{comments_appendix, shown_time};
pub use header::{initials_of, meta_of};
pub use text::{MAX_DRAWN_TEXT, Row, Shaper, TextBlock, TextCache, TextLine, cut_for_drawing};

use crate::model::{
    CardId, Channel, Confidence, EmotionScale, Hue, LaneId, LaneKind, PersonaId, StageId,
};

/// The complete geometry of one map.
#[derive(Clone, Debug)]
pub struct MapLayout {
    /// Size of the whole poster, margins included.
    pub size: egui::Vec2,
    pub header: Header,
    pub stages: Vec<StageColumn>,
    pub lanes: Vec<LaneRow>,
    pub cards: Vec<CardBox>,
    /// The grid: stage header row plus all lanes, title column included.
    pub grid: Rect,
    pub footer: TextBlock,
    /// The evidence appendix under the grid (exports that ask for it).
    pub appendix: Vec<TextBlock>,
    /// The key of markers and colours under the grid, when asked for.
    pub legend: Option<legend::Legend>,
}

/// The lens band above the grid.
#[derive(Clone, Debug)]
pub struct Header {
    pub rect: Rect,
    pub title: TextBlock,
    /// "Goal", "Scenario" and "Expectations": a bold label and its text.
    pub lens: Vec<(TextBlock, TextBlock)>,
    pub personas: Vec<PersonaCard>,
}

/// A persona shown in the header band.
#[derive(Clone, Debug)]
pub struct PersonaCard {
    pub id: PersonaId,
    pub rect: Rect,
    pub hue: Hue,
    /// Circle for the photo or initials.
    pub avatar_center: Pos2,
    pub avatar_radius: f32,
    pub initials: TextBlock,
    /// The persona's photo as stored in the map (drawn over the initials
    /// when it can be read; see [`crate::model::resolve_photo`]).
    pub photo: Option<String>,
    pub name: TextBlock,
    /// Age and role.
    pub meta: Option<TextBlock>,
    pub quote: Option<TextBlock>,
}

/// A stage column and its header.
#[derive(Clone, Debug)]
pub struct StageColumn {
    pub id: StageId,
    /// Left edge and width of the column (cells and header).
    pub x: f32,
    pub width: f32,
    /// The header shape's bounds; drawn as a chevron.
    pub header: Rect,
    pub hue: Hue,
    pub name: TextBlock,
    pub description: Option<TextBlock>,
    /// Confidence counts of the stage's cards, when asked for.
    pub confidence: Option<TextBlock>,
    /// "12 reviews · 3.4 of 5", when asked for and reviews are sorted here.
    pub reviews: Option<TextBlock>,
}

impl EmotionPlot {
    /// The y of `value` in this plot.
    pub fn y_of(&self, value: i32) -> f32 {
        emotion::value_to_y(self.scale, self.plot, self.scale.clamp(value) as f32)
    }

    /// The whole value on this plot's scale nearest to `y`.
    pub fn value_at(&self, y: f32) -> i32 {
        emotion::y_to_value(self.scale, self.plot, y)
    }
}

impl StageColumn {
    /// Horizontal centre, where emotion points sit.
    pub fn center_x(&self) -> f32 {
        self.x + self.width / 2.0
    }
}

/// A lane row: its band, title and content.
#[derive(Clone, Debug)]
pub struct LaneRow {
    pub id: LaneId,
    pub kind: LaneKind,
    /// The whole row, title column included.
    pub rect: Rect,
    pub hue: Hue,
    pub title: TextBlock,
    pub icon_pos: Pos2,
    /// Below the line of visibility: drawn in a cooler tone.
    pub backstage: bool,
    /// Odd rows get a faint tint.
    pub odd: bool,
    pub content: RowContent,
}

/// What is drawn in a lane's cells.
#[derive(Clone, Debug)]
pub enum RowContent {
    /// Cards; they are in [`MapLayout::cards`].
    Cards,
    Emotion(EmotionPlot),
    /// Metric values; `line` holds the points of the Line style.
    Metric {
        cells: Vec<MetricCell>,
        line: Vec<Pos2>,
    },
    /// A labelled dashed divider at `y`.
    Line {
        y: f32,
    },
    /// Collapsed: only the title and a count.
    Collapsed {
        summary: TextBlock,
    },
}

/// The plot of an emotion lane.
#[derive(Clone, Debug)]
pub struct EmotionPlot {
    pub plot: Rect,
    pub scale: EmotionScale,
    /// y of the neutral line.
    pub neutral_y: f32,
    /// Scale labels in the title column with the y they mark.
    pub ticks: Vec<(TextBlock, f32)>,
    pub curves: Vec<Curve>,
    /// Legend, one entry per curve in curve order: swatch centre, colour
    /// and name (the persona's, or the `curve-everyone` text).
    pub legend: Vec<(Pos2, Hue, TextBlock)>,
    /// The curve the sorted reviews give, when asked for and there is one.
    pub reviews: Option<ReviewCurve>,
}

/// The mean rating of each stage's reviews on an emotion lane's scale,
/// drawn dashed beside the personas' curves.
#[derive(Clone, Debug)]
pub struct ReviewCurve {
    /// One point per stage with rated reviews: stage, value on the lane's
    /// scale (not rounded), position, number of ratings.
    pub points: Vec<(StageId, f64, Pos2, usize)>,
    /// Smooth polylines through the points; a stage without ratings breaks it.
    pub paths: Vec<Vec<Pos2>>,
    /// "n = 12" beside each point.
    pub labels: Vec<TextBlock>,
    /// The legend entry in the title column: where its dash starts, and its name.
    pub legend: (Pos2, TextBlock),
}

/// One persona's curve.
#[derive(Clone, Debug)]
pub struct Curve {
    pub persona: Option<PersonaId>,
    pub hue: Hue,
    /// One point per stage that has a value: stage, value, position.
    pub points: Vec<(StageId, i32, Pos2)>,
    /// Smooth polylines through the points; a stage without a value breaks it.
    pub paths: Vec<Vec<Pos2>>,
    /// Straight lines over stages without a value, from the point before
    /// to the point after (drawn dashed).
    pub bridges: Vec<Vec<Pos2>>,
}

/// A metric value in one stage.
#[derive(Clone, Debug)]
pub struct MetricCell {
    pub stage: StageId,
    pub value: TextBlock,
    pub unit: Option<TextBlock>,
    /// The bar's track (empty for the Line and Funnel styles) and its
    /// filled part (centred for Funnel; a marker around the point for Line).
    pub track: Rect,
    pub fill: Rect,
}

/// A card on the map.
#[derive(Clone, Debug)]
pub struct CardBox {
    pub id: CardId,
    pub lane: LaneId,
    pub stage: StageId,
    pub rect: Rect,
    pub hue: Hue,
    pub text: TextBlock,
    pub confidence: Confidence,
    pub marker_center: Pos2,
    pub channel: Option<(Channel, Pos2)>,
    /// Evidence badge: its pill and the count text.
    pub badge: Option<(Rect, TextBlock)>,
    /// "Impact 4 · Importance 5" on a rated touchpoint.
    pub rating: Option<TextBlock>,
    /// Importance of a rated touchpoint (1–5), for heat colouring.
    pub importance: Option<u8>,
    /// The picture frame above the text: on every storyboard card, and on a
    /// card of any card lane that has a picture.
    pub picture: Option<CardPicture>,
}

/// A card's picture frame: 4:3 at the card's width ([`metrics::PICTURE_ASPECT`]).
#[derive(Clone, Debug)]
pub struct CardPicture {
    /// Where the picture is fitted ("contain"), in map coordinates.
    pub frame: Rect,
    /// The picture as stored in the map (see [`crate::model::resolve_photo`]);
    /// `None` on a storyboard card without one.
    pub path: Option<String>,
    /// The card's alt text.
    pub alt: Option<String>,
    /// The placeholder in the empty frame, covered by the picture once it
    /// is drawn: an icon (its top-left corner) and the file's name, or
    /// "No picture".
    pub icon: Pos2,
    pub label: TextBlock,
}

impl MapLayout {
    /// The card under `pos`, topmost first.
    pub fn card_at(&self, pos: Pos2) -> Option<&CardBox> {
        self.cards.iter().rev().find(|c| c.rect.contains(pos))
    }

    /// The cell (lane, stage) under `pos`.
    pub fn cell_at(&self, pos: Pos2) -> Option<(LaneId, StageId)> {
        let lane = self
            .lanes
            .iter()
            .find(|l| l.rect.y_range().contains(pos.y))?;
        let stage = self
            .stages
            .iter()
            .find(|s| (s.x..=s.x + s.width).contains(&pos.x))?;
        Some((lane.id, stage.id))
    }

    /// Bounds of the cell of `lane` × `stage`.
    pub fn cell_rect(&self, lane: LaneId, stage: StageId) -> Option<Rect> {
        let row = self.lanes.iter().find(|l| l.id == lane)?;
        let col = self.stages.iter().find(|s| s.id == stage)?;
        Some(Rect::from_x_y_ranges(
            col.x..=col.x + col.width,
            row.rect.y_range(),
        ))
    }
}
