//! What the canvas draws over the map while the user works — selection
//! outlines, the dragged card and where it will land — and the geometry of
//! drops, shared by the widgets (`interact.rs`) and the painting.

use egui::emath::TSTransform;
use egui::{Id, Painter, Pos2, Rect, Stroke, Ui, Vec2, pos2};

use super::document::Document;
use super::paint::color;
use super::selection::Selection;
use crate::layout::MapLayout;
use crate::layout::metrics::CARD_RADIUS;
use crate::model::{CardId, LaneContent, LaneId, StageId};
use crate::style::Theme;

/// The three camera transforms of the canvas and its rect on screen.
#[derive(Clone, Copy, Debug)]
pub struct Transforms {
    pub body: TSTransform,
    pub titles: TSTransform,
    /// Stage headers at the body's scale (their x on screen).
    pub band: TSTransform,
    /// Stage headers as drawn: pinned and zoomed in, the band keeps its
    /// 100 % height, so its y differs from `band`'s.
    pub band_drawn: TSTransform,
    pub canvas: Rect,
}

impl Transforms {
    /// Where the stage header `header` (map coordinates) is on screen, as
    /// drawn: x from the body, y from the (possibly height-capped) band.
    pub fn stage_header(&self, header: Rect) -> Rect {
        let x = (self.band * header).x_range();
        let y = (self.band_drawn * header).y_range();
        Rect::from_x_y_ranges(x, y)
    }
}

/// A drag in progress.
#[derive(Clone, Debug, PartialEq)]
pub enum Drag {
    /// A card follows the pointer; `grab` is where it was held (map units
    /// from its corner), `pointer` the pointer in map coordinates.
    Card {
        id: CardId,
        moving: Vec<CardId>,
        grab: Vec2,
        pointer: Pos2,
    },
    /// A stage header dragged sideways to reorder stages.
    Stage { id: StageId },
    /// A lane title dragged up or down to reorder lanes.
    Lane { id: LaneId },
    /// An emotion point moves up and down its stage column.
    Emotion {
        lane: LaneId,
        series: usize,
        stage: StageId,
    },
}

/// Where a dragged stage goes: the number of other stages left of `x`.
pub fn stage_drop_index(layout: &MapLayout, stage: StageId, x: f32) -> usize {
    layout
        .stages
        .iter()
        .filter(|s| s.id != stage && s.center_x() < x)
        .count()
}

/// Where a dragged lane goes: the number of other lanes above `y`.
pub fn lane_drop_index(layout: &MapLayout, lane: LaneId, y: f32) -> usize {
    layout
        .lanes
        .iter()
        .filter(|l| l.id != lane && l.rect.center().y < y)
        .count()
}

/// `cards` sorted as they appear in the map (lane by lane).
pub fn document_order(doc: &Document, cards: &[CardId]) -> Vec<CardId> {
    doc.map
        .lanes
        .iter()
        .flat_map(|l| l.cards.iter().map(|c| c.id))
        .filter(|id| cards.contains(id))
        .collect()
}

/// Where dragged cards would land: lane, stage, the card they go before
/// (`None`: the end of the cell), and the y of the insertion line.
pub fn drop_target(
    layout: &MapLayout,
    doc: &Document,
    moving: &[CardId],
    pointer: Pos2,
) -> Option<(LaneId, StageId, Option<CardId>, f32)> {
    let (lane_id, stage) = layout.cell_at(pointer)?;
    let lane = doc.map.lane(lane_id)?;
    if lane.kind.content() != LaneContent::Cards || lane.collapsed {
        return None;
    }
    let cell_boxes: Vec<_> = layout
        .cards
        .iter()
        .filter(|b| b.lane == lane_id && b.stage == stage && !moving.contains(&b.id))
        .collect();
    let before = cell_boxes.iter().find(|b| pointer.y < b.rect.center().y);
    let y = match (before, cell_boxes.last()) {
        (Some(b), _) => b.rect.top() - 4.0,
        (None, Some(last)) => last.rect.bottom() + 4.0,
        (None, None) => layout.cell_rect(lane_id, stage)?.top() + 6.0,
    };
    Some((lane_id, stage, before.map(|b| b.id), y))
}

/// Outline the selected card, stage or lane.
pub fn paint_selection(
    painter: &Painter,
    layout: &MapLayout,
    selection: &Selection,
    tfs: &Transforms,
    theme: Theme,
) {
    let stroke = Stroke::new(2.5, color(theme.accent(crate::model::Hue::Blue)));
    match selection {
        Selection::Cards(ids) => {
            for b in layout.cards.iter().filter(|b| ids.contains(&b.id)) {
                let r = tfs.body * b.rect.expand(2.0);
                painter.rect_stroke(
                    r,
                    CARD_RADIUS * tfs.body.scaling + 2.0,
                    stroke,
                    egui::StrokeKind::Outside,
                );
            }
        }
        Selection::Stage(id) => {
            if let Some(s) = layout.stages.iter().find(|s| s.id == *id) {
                painter.rect_stroke(
                    tfs.stage_header(s.header).expand(3.0),
                    4.0,
                    stroke,
                    egui::StrokeKind::Outside,
                );
            }
        }
        Selection::Lane(id) => {
            if let Some(l) = layout.lanes.iter().find(|l| l.id == *id) {
                painter.rect_stroke(tfs.body * l.rect, 2.0, stroke, egui::StrokeKind::Inside);
            }
        }
        Selection::Persona(id) => {
            if let Some(p) = layout.header.personas.iter().find(|p| p.id == *id) {
                painter.rect_stroke(
                    tfs.body * p.rect.expand(2.0),
                    10.0,
                    stroke,
                    egui::StrokeKind::Outside,
                );
            }
        }
        Selection::None => {}
    }
}

/// The dragged card under the pointer and where it would drop.
pub fn paint_drag(
    ui: &Ui,
    painter: &Painter,
    layout: &MapLayout,
    doc: &Document,
    drag: &Drag,
    tfs: &Transforms,
    theme: Theme,
) {
    let accent_line = Stroke::new(3.0, color(theme.accent(crate::model::Hue::Blue)));
    let pointer = ui
        .ctx()
        .pointer_interact_pos()
        .map(|p| tfs.body.inverse() * p);
    match (drag, pointer) {
        (Drag::Stage { id }, Some(p)) => {
            let index = stage_drop_index(layout, *id, p.x);
            let others: Vec<_> = layout.stages.iter().filter(|s| s.id != *id).collect();
            let x = match others.get(index) {
                Some(s) => s.x - 4.0,
                None => others.last().map_or(p.x, |s| s.x + s.width + 4.0),
            };
            let a = tfs.body * pos2(x, layout.grid.top());
            let b = tfs.body * pos2(x, layout.grid.bottom());
            painter.line_segment([a, b], accent_line);
            return;
        }
        (Drag::Lane { id }, Some(p)) => {
            let index = lane_drop_index(layout, *id, p.y);
            let others: Vec<_> = layout.lanes.iter().filter(|l| l.id != *id).collect();
            let y = match others.get(index) {
                Some(l) => l.rect.top(),
                None => others.last().map_or(p.y, |l| l.rect.bottom()),
            };
            let a = tfs.body * pos2(layout.grid.left(), y);
            let b = tfs.body * pos2(layout.grid.right(), y);
            painter.line_segment([a, b], accent_line);
            return;
        }
        _ => {}
    }
    let Drag::Card {
        id,
        moving,
        grab,
        pointer,
    } = drag
    else {
        return;
    };
    if !ui
        .ctx()
        .is_being_dragged(Id::unique("canvas-widgets").with(("card", *id)))
    {
        return;
    }
    let accent = color(theme.accent(crate::model::Hue::Blue));
    if let Some((lane, stage, _, y)) = drop_target(layout, doc, moving, *pointer)
        && let Some(cell) = layout.cell_rect(lane, stage)
    {
        painter.rect_filled(
            tfs.body * cell.shrink(2.0),
            6.0,
            accent.gamma_multiply(0.08),
        );
        let a = tfs.body * pos2(cell.left() + 8.0, y);
        let b = tfs.body * pos2(cell.right() - 8.0, y);
        painter.line_segment([a, b], Stroke::new(3.0, accent));
        painter.circle_filled(a, 4.0, accent);
    }
    if let Some(b) = layout.cards.iter().find(|b| b.id == *id) {
        let ghost = Rect::from_min_size(*pointer - *grab, b.rect.size());
        let r = tfs.body * ghost;
        painter.rect(
            r,
            CARD_RADIUS * tfs.body.scaling,
            color(theme.card_fill(b.hue)).gamma_multiply(0.85),
            Stroke::new(1.5, accent),
            egui::StrokeKind::Inside,
        );
        // The card's own laid-out text (its font, size, padding and line
        // breaks from the layout), moved with the ghost.
        let text = crate::render::Prim::Text {
            block: b.text.clone().translated(ghost.min - b.rect.min),
            color: theme.card_text(b.hue),
        };
        super::paint::paint_prims(painter, [&text], tfs.body, ghost.expand(1.0));
    }
}
