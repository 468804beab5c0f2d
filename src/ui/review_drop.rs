//! Reviews dragged from the inbox onto the canvas: onto a card (quotes on
//! it), an empty spot of a card lane's cell (a new card quoting them) or a
//! stage header (sorted into the stage). The target is outlined while the
//! reviews are over it and says what a drop will do.

use egui::{Painter, Pos2, Rect, StrokeKind, Ui};

use crate::edit;
use crate::layout::MapLayout;
use crate::model::{CardId, JourneyMap, LaneContent, LaneId, StageId};
use crate::style::Theme;
use crate::t;
use crate::ui::intent::Intent;
use crate::ui::overlay::Transforms;
use crate::ui::paint::color;
use crate::ui::selection::Selection;

/// What is being dragged out of the reviews inbox: these reviews.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewDrag(pub Vec<crate::model::ReviewId>);

/// Where dragged reviews would go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DropTarget {
    Card(CardId),
    Cell(LaneId, StageId),
    Stage(StageId),
}

/// The target under `p` (screen coordinates) and its outline on screen.
pub fn target_at(
    layout: &MapLayout,
    map: &JourneyMap,
    tfs: &Transforms,
    p: Pos2,
) -> Option<(DropTarget, Rect)> {
    if !tfs.canvas.contains(p) {
        return None;
    }
    if let Some(stage) = layout
        .stages
        .iter()
        .find(|s| tfs.stage_header(s.header).contains(p))
    {
        return Some((DropTarget::Stage(stage.id), tfs.stage_header(stage.header)));
    }
    let at = tfs.body.inverse() * p;
    if let Some(card) = layout.card_at(at) {
        return Some((DropTarget::Card(card.id), tfs.body * card.rect));
    }
    let (lane, stage) = layout.cell_at(at)?;
    let l = map.lane(lane)?;
    (l.kind.content() == LaneContent::Cards && !l.collapsed).then_some(())?;
    Some((
        DropTarget::Cell(lane, stage),
        tfs.body * layout.cell_rect(lane, stage)?,
    ))
}

/// The edit a drop onto `target` makes, and the card to select after it.
pub fn drop_edit(
    map: &JourneyMap,
    reviews: &[crate::model::ReviewId],
    target: DropTarget,
) -> Option<(edit::Edit, Option<CardId>)> {
    match target {
        DropTarget::Card(card) => edit::quote_reviews(map, reviews, card).map(|e| (e, Some(card))),
        DropTarget::Cell(lane, stage) => edit::quote_reviews_in_new_card(map, reviews, lane, stage)
            .map(|(e, card)| (e, Some(card))),
        DropTarget::Stage(stage) => {
            let e = edit::sort_reviews(map, reviews, Some(stage));
            (!e.is_empty()).then_some((e, None))
        }
    }
}

/// Outline the target while reviews are dragged over the canvas; on release
/// queue the edit (and select the card it went to).
pub fn review_drop_ui(
    ui: &Ui,
    layout: &MapLayout,
    map: &JourneyMap,
    tfs: &Transforms,
    painter: &Painter,
    theme: Theme,
    out: &mut Vec<Intent>,
) {
    let Some(drag) = egui::DragAndDrop::payload::<ReviewDrag>(ui.ctx()) else {
        return;
    };
    let Some(p) = ui.ctx().pointer_latest_pos() else {
        return;
    };
    let Some((target, rect)) = target_at(layout, map, tfs, p) else {
        return;
    };
    let accent = color(theme.accent(crate::model::Hue::Blue));
    painter.rect(
        rect.expand(2.0),
        4.0,
        accent.gamma_multiply(0.12),
        egui::Stroke::new(2.0, accent),
        StrokeKind::Outside,
    );
    let n = drag.0.len();
    let what = match target {
        DropTarget::Card(_) => t!("inbox-drop-card", n = n),
        DropTarget::Cell(..) => t!("inbox-drop-cell", n = n),
        DropTarget::Stage(_) => t!("inbox-drop-stage", n = n),
    };
    drop_label(ui, painter, tfs.canvas, rect, what, accent);
    if ui.input(|i| i.pointer.any_released())
        && let Some(drag) = egui::DragAndDrop::take_payload::<ReviewDrag>(ui.ctx())
        && let Some((edit, card)) = drop_edit(map, &drag.0, target)
    {
        out.push(Intent::Edit(edit));
        if let Some(card) = card {
            out.push(Intent::Select(Selection::card(card)));
        }
    }
}

/// What a drop will do, on a pill above the target (below it when there is
/// no room), kept inside the canvas so a side panel never cuts it.
fn drop_label(
    ui: &Ui,
    painter: &Painter,
    canvas: Rect,
    target: Rect,
    text: String,
    accent: egui::Color32,
) {
    let galley = painter.layout_no_wrap(text, egui::FontId::proportional(13.0), accent);
    let pad = egui::vec2(8.0, 4.0);
    let size = galley.size() + 2.0 * pad;
    let above = target.top() - 6.0 - size.y;
    let y = if above >= canvas.top() {
        above
    } else {
        target.bottom() + 6.0
    };
    let x = target
        .left()
        .min(canvas.right() - size.x - 4.0)
        .max(canvas.left() + 4.0);
    let pill = Rect::from_min_size(egui::pos2(x, y), size);
    painter.rect(
        pill,
        size.y / 2.0,
        ui.visuals().extreme_bg_color,
        egui::Stroke::new(1.5, accent),
        StrokeKind::Inside,
    );
    painter.galley(pill.min + pad, galley, accent);
}
