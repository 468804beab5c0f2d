//! The small "+" that adds a card to the cell under the pointer: in the
//! cell's corner, moved under the cards when they fill the cell, never
//! over a card.

use egui::{Id, Rect, Ui, WidgetInfo};

use super::document::Document;
use super::intent::Intent;
use super::overlay::Transforms;
use crate::layout::MapLayout;
use crate::model::{LaneContent, LaneId, StageId};
use crate::t;

/// A small "+" in the corner of the card cell under the pointer: adds a card
/// there and starts typing (double-clicking the empty cell does the same).
pub fn add_card_button(
    ui: &mut Ui,
    layout: &MapLayout,
    doc: &Document,
    tfs: &Transforms,
    dragging: bool,
    intents: &mut Vec<Intent>,
) {
    // Nor while reviews are dragged over the map: the drop target shows.
    if dragging || egui::DragAndDrop::has_any_payload(ui.ctx()) {
        return;
    }
    let Some(pointer) = ui
        .ctx()
        .pointer_hover_pos()
        .filter(|p| tfs.canvas.contains(*p))
    else {
        return;
    };
    // The button reaches into the padding of the lane below: while the
    // pointer is on it, it stays the button of its own cell.
    let sticky = Id::unique("add-card-button");
    let shown: Option<(LaneId, StageId, Rect)> = ui.data(|d| d.get_temp(sticky));
    let hovered = match shown {
        Some((lane, stage, r)) if r.contains(pointer) => Some((lane, stage)),
        _ => layout.cell_at(tfs.body.inverse() * pointer),
    };
    let Some((lane, stage)) = hovered else {
        return;
    };
    let Some(l) = doc
        .map
        .lane(lane)
        .filter(|l| l.kind.content() == LaneContent::Cards && !l.collapsed)
    else {
        return;
    };
    let Some(cell) = layout.cell_rect(lane, stage) else {
        return;
    };
    // In the cell's bottom-right corner, never over a card: when the cards
    // fill the cell it moves down under the last one, into the padding
    // between this lane's cards and the next lane's, smaller if it must,
    // and is not shown when there is no room to click it.
    let last_bottom = layout
        .cards
        .iter()
        .filter(|c| c.lane == lane && c.stage == stage)
        .map(|c| c.rect.bottom())
        .fold(f32::NEG_INFINITY, f32::max);
    let corner = tfs.body * cell.right_bottom();
    let below_cards = (tfs.body * egui::pos2(0.0, last_bottom)).y + 2.0;
    let room_bottom =
        (tfs.body * egui::pos2(0.0, cell.bottom() + crate::layout::metrics::CELL_PADDING)).y;
    let mut size: f32 = 22.0;
    let mut top = corner.y - size - 4.0;
    if top < below_cards {
        size = size.min(room_bottom - below_cards - 2.0);
        top = below_cards;
    }
    if size < 12.0 {
        return;
    }
    let r = Rect::from_min_size(
        egui::pos2(corner.x - size - 4.0, top),
        egui::vec2(size, size),
    );
    if !tfs.canvas.contains_rect(r) {
        return;
    }
    ui.data_mut(|d| d.insert_temp(sticky, (lane, stage, r)));
    let stage_name = doc.map.stage_name(stage);
    let resp = ui
        .put(r, egui::Button::new("+").corner_radius(size / 2.0))
        .on_hover_text(t!(
            "canvas-add-card-tip",
            lane = &l.title,
            stage = stage_name
        ));
    let name = t!("canvas-add-card", lane = &l.title, stage = stage_name);
    resp.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
    if resp.clicked() {
        intents.push(Intent::AddCard { lane, stage });
    }
}
