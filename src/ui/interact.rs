//! Canvas interactions: selecting, dragging cards between cells, dragging
//! emotion points, double-click to add. Each widget also carries its text as
//! an accessible label, so screen readers and UI tests can find it.

use super::context_menu::{Target, context_menu};
use egui::{Id, PointerButton, Pos2, Rect, Sense, Ui, Vec2, WidgetInfo};

use super::document::Document;
use super::intent::Intent;
use super::overlay::{
    Drag, Transforms, document_order, drop_target, lane_drop_index, stage_drop_index,
};
use super::selection::Selection;
use crate::edit::{Command, Edit};
use crate::layout::{MapLayout, RowContent};
use crate::model::{LaneContent, LaneId, StageId};
use crate::t;

/// A header that reorders its stage or lane when dragged.
#[derive(Clone, Copy, Debug, Hash)]
enum Header {
    Stage(StageId),
    Lane(LaneId),
}

impl Header {
    fn selection(self) -> Selection {
        match self {
            Header::Stage(id) => Selection::Stage(id),
            Header::Lane(id) => Selection::Lane(id),
        }
    }

    fn drag(self) -> Drag {
        match self {
            Header::Stage(id) => Drag::Stage { id },
            Header::Lane(id) => Drag::Lane { id },
        }
    }

    /// The move that puts the header where it was dropped (`p`, map
    /// coordinates), if that is somewhere else.
    fn reorder(self, layout: &MapLayout, map: &crate::model::JourneyMap, p: Pos2) -> Option<Edit> {
        match self {
            Header::Stage(id) => {
                let index = stage_drop_index(layout, id, p.x);
                (Some(index) != map.stage_index(id))
                    .then(|| crate::edit::move_stage(map, id, index))
            }
            Header::Lane(id) => {
                let index = lane_drop_index(layout, id, p.y);
                (Some(index) != map.lane_index(id))
                    .then(|| Edit::one("Move lane", Command::MoveLane { lane: id, index }))
            }
        }
    }
}

fn label(resp: &egui::Response, role: egui::Role, text: &str) {
    resp.widget_info(|| WidgetInfo::labeled(role, true, text));
}

/// A stage header or lane title: click selects, double-click edits, drag
/// reorders. Returns true when a drag of this header just ended (the caller
/// works out where it landed).
fn header_widget(
    resp: &egui::Response,
    text: &str,
    (selects, drags): (Selection, Drag),
    pans: bool,
    drag: &mut Option<Drag>,
    intents: &mut Vec<Intent>,
) -> bool {
    label(resp, egui::Role::Button, text);
    if resp.clicked() {
        intents.push(Intent::Select(selects.clone()));
    }
    if resp.double_clicked() {
        intents.push(Intent::FocusText);
    }
    if resp.drag_started_by(PointerButton::Primary) && !pans {
        *drag = Some(drags.clone());
        intents.push(Intent::Select(selects));
    }
    if resp.drag_stopped() && drag.as_ref() == Some(&drags) {
        *drag = None;
        return true;
    }
    false
}

/// Create the canvas widgets and turn their clicks and drags into intents.
pub fn interact_ui(
    ui: &mut Ui,
    layout: &MapLayout,
    doc: &Document,
    tfs: &Transforms,
    selection: &Selection,
    drag: &mut Option<Drag>,
    intents: &mut Vec<Intent>,
) {
    let toggle_modifier = ui.input(|i| i.modifiers.command || i.modifiers.shift);
    // A drag that pans (middle button, Space) moves nothing.
    let pans = super::canvas::pan::pans(ui, false);
    let base = Id::unique("canvas-widgets");
    let pointer = ui
        .ctx()
        .pointer_interact_pos()
        .map(|p| tfs.body.inverse() * p);
    // Stage headers and lane titles: select on click, reorder on drag.
    let stages = doc
        .map
        .stages
        .iter()
        .zip(&layout.stages)
        .map(|(s, c)| (Header::Stage(s.id), &s.name, tfs.stage_header(c.header)));
    let lanes = doc.map.lanes.iter().zip(&layout.lanes).map(|(l, r)| {
        (
            Header::Lane(l.id),
            &l.title,
            tfs.titles * r.title.rect().expand(4.0),
        )
    });
    for (header, text, rect) in stages.chain(lanes) {
        let r = rect.intersect(tfs.canvas);
        let resp = ui.interact(r, base.with(header), Sense::click_and_drag());
        let target = match header {
            Header::Stage(id) => Target::Stage(id),
            Header::Lane(id) => Target::Lane(id),
        };
        context_menu(&resp, target, &doc.map, selection, intents);
        let dropped = header_widget(
            &resp,
            text,
            (header.selection(), header.drag()),
            pans,
            drag,
            intents,
        );
        if dropped
            && let Some(p) = pointer
            && let Some(edit) = header.reorder(layout, &doc.map, p)
        {
            intents.push(Intent::Edit(edit));
        }
    }
    for (persona, card) in doc.map.personas.iter().zip(&layout.header.personas) {
        let r = (tfs.body * card.rect).intersect(tfs.canvas);
        let resp = ui.interact(r, base.with(("persona", persona.id)), Sense::click());
        context_menu(
            &resp,
            Target::Persona(persona.id),
            &doc.map,
            selection,
            intents,
        );
        label(&resp, egui::Role::Button, &persona.name);
        if resp.clicked() {
            intents.push(Intent::Select(Selection::Persona(persona.id)));
        }
    }
    let visible = tfs.body.inverse() * tfs.canvas;
    for card in layout.cards.iter().filter(|c| c.rect.intersects(visible)) {
        let r = (tfs.body * card.rect).intersect(tfs.canvas);
        let resp = ui.interact(r, base.with(("card", card.id)), Sense::click_and_drag());
        context_menu(&resp, Target::Card(card.id), &doc.map, selection, intents);
        let empty = t!("canvas-empty-card");
        let text = doc
            .map
            .card(card.id)
            .map(|(_, c)| c.text.as_str())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(&empty);
        label(&resp, egui::Role::Button, text);
        // Hovering a marker (not the whole card) says what it means.
        let tip = doc
            .map
            .card(card.id)
            .zip(pointer)
            .and_then(|((_, c), p)| marker_tip(card, c, p));
        let resp = match tip {
            Some(tip) => resp.on_hover_text(tip),
            None => resp,
        };
        if resp.clicked() {
            if toggle_modifier {
                intents.push(Intent::ToggleCard(card.id));
            } else {
                intents.push(Intent::Select(Selection::card(card.id)));
            }
        }
        if resp.double_clicked() && !toggle_modifier {
            intents.push(Intent::Select(Selection::card(card.id)));
            intents.push(Intent::EditInPlace(card.id));
        }
        if resp.drag_started_by(PointerButton::Primary)
            && !pans
            && let Some(p) = resp.interact_pointer_pos()
        {
            let p = tfs.body.inverse() * p;
            // Dragging a selected card takes the whole selection along.
            let moving = if selection.contains(card.id) {
                document_order(doc, selection.cards())
            } else {
                intents.push(Intent::Select(Selection::card(card.id)));
                vec![card.id]
            };
            *drag = Some(Drag::Card {
                id: card.id,
                moving,
                grab: p - card.rect.min,
                pointer: p,
            });
        }
        if let Some(Drag::Card {
            id,
            moving,
            pointer,
            ..
        }) = drag
            && *id == card.id
        {
            if let Some(p) = ui.ctx().pointer_interact_pos() {
                *pointer = tfs.body.inverse() * p;
            }
            if resp.drag_stopped() {
                if let Some((lane, stage, before, _)) = drop_target(layout, doc, moving, *pointer) {
                    let edit = crate::edit::move_cards(&doc.map, moving, lane, stage, before);
                    intents.push(Intent::Edit(edit));
                }
                *drag = None;
            }
        }
    }
    emotion_points(ui, layout, doc, tfs, (drag, pans), intents, base);
    super::add_card_button::add_card_button(ui, layout, doc, tfs, drag.is_some(), intents);
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) && drag.is_some() {
        if matches!(drag, Some(Drag::Emotion { .. })) {
            intents.push(Intent::Commit);
        }
        *drag = None;
    }
}

fn emotion_points(
    ui: &mut Ui,
    layout: &MapLayout,
    doc: &Document,
    tfs: &Transforms,
    (drag, pans): (&mut Option<Drag>, bool),
    intents: &mut Vec<Intent>,
    base: Id,
) {
    for row in &layout.lanes {
        let RowContent::Emotion(plot) = &row.content else {
            continue;
        };
        for (series, curve) in plot.curves.iter().enumerate() {
            let who = curve
                .persona
                .and_then(|p| doc.map.persona(p))
                .map_or(t!("canvas-emotion").into_owned(), |p| {
                    t!("canvas-emotion-of", name = &p.name)
                });
            for &(stage, value, point) in &curve.points {
                let stage_name = doc.map.stage_name(stage);
                let r = Rect::from_center_size(
                    tfs.body * point,
                    Vec2::splat(22.0 * tfs.body.scaling.max(0.6)),
                );
                let resp = ui
                    .interact(
                        r,
                        base.with(("emotion", row.id, series, stage)),
                        Sense::drag(),
                    )
                    .on_hover_cursor(egui::CursorIcon::ResizeVertical)
                    .on_hover_text(t!(
                        "canvas-emotion-value",
                        who = &who,
                        stage = stage_name,
                        value = value
                    ));
                label(
                    &resp,
                    egui::Role::Slider,
                    &t!("canvas-emotion-at", who = &who, stage = stage_name),
                );
                let this = Drag::Emotion {
                    lane: row.id,
                    series,
                    stage,
                };
                if resp.drag_started_by(PointerButton::Primary) && !pans {
                    intents.push(Intent::Begin("Change emotion"));
                    *drag = Some(this.clone());
                }
                let ours = drag.as_ref() == Some(&this);
                if ours
                    && resp.dragged()
                    && let Some(p) = ui.ctx().pointer_interact_pos()
                {
                    let new = plot.value_at((tfs.body.inverse() * p).y);
                    if new != value {
                        intents.push(Intent::Apply(
                            Command::SetEmotion {
                                lane: row.id,
                                series,
                                stage,
                                value: Some(new),
                            },
                            "Change emotion",
                        ));
                    }
                }
                if ours && resp.drag_stopped() {
                    intents.push(Intent::Commit);
                    *drag = None;
                }
            }
        }
    }
}

/// Clicks on the canvas background: click clears the selection, double-click
/// adds a card to a card cell or sets an emotion point in an emotion cell
/// (on the selected persona's curve, the only curve, or the one picked in
/// `choice`'s menu).
#[allow(clippy::too_many_arguments)]
pub fn background_clicks(
    ui: &Ui,
    response: &egui::Response,
    layout: &MapLayout,
    doc: &Document,
    tfs: &Transforms,
    selection: &Selection,
    choice: &mut Option<super::point_choice::PointChoice>,
    intents: &mut Vec<Intent>,
) {
    let Some(p) = response.interact_pointer_pos() else {
        return;
    };
    let map_pos = tfs.body.inverse() * p;
    if response.double_clicked() {
        let Some((lane_id, stage)) = layout.cell_at(map_pos) else {
            return;
        };
        let Some(lane) = doc.map.lane(lane_id) else {
            return;
        };
        match lane.kind.content() {
            LaneContent::Cards if !lane.collapsed => intents.push(Intent::AddCard {
                lane: lane_id,
                stage,
            }),
            LaneContent::Emotion if !lane.series.is_empty() => {
                let row = layout.lanes.iter().find(|l| l.id == lane_id);
                if let Some(RowContent::Emotion(plot)) = row.map(|r| &r.content) {
                    let asked = super::point_choice::PointChoice {
                        lane: lane_id,
                        stage,
                        value: plot.value_at(map_pos.y),
                        at: p,
                    };
                    match super::point_choice::series_for(lane, selection) {
                        Some(series) => {
                            intents.push(super::point_choice::set_point(&asked, series));
                        }
                        None => *choice = Some(asked),
                    }
                }
            }
            _ => {}
        }
    } else if response.clicked() && !ui.input(|i| i.modifiers.any()) {
        // A selected persona stays selected through clicks in an emotion
        // lane with their curve: it is the curve a double-click sets.
        let on_their_curve = layout
            .cell_at(map_pos)
            .and_then(|(lane, _)| doc.map.lane(lane))
            .is_some_and(|lane| {
                lane.series.len() > 1 && super::point_choice::series_for(lane, selection).is_some()
            });
        if !on_their_curve {
            intents.push(Intent::Select(Selection::None));
        }
    }
}

/// What the marker of `card` under `p` (map units) means: the confidence
/// dot, the evidence badge, the channel icon or the rating.
fn marker_tip(
    card: &crate::layout::CardBox,
    c: &crate::model::Card,
    p: egui::Pos2,
) -> Option<String> {
    let lang = crate::i18n::ui_lang();
    let icon = crate::layout::metrics::ICON_SIZE;
    if card.marker_center.distance(p) <= 7.0 {
        return Some(t!(
            "card-tip-confidence",
            confidence = crate::i18n::names::confidence(lang, c.confidence).into_owned()
        ));
    }
    if let Some((pill, _)) = &card.badge
        && pill.expand(2.0).contains(p)
    {
        return Some(t!("card-tip-evidence", n = c.evidence.len()));
    }
    if let (Some((_, at)), Some(channel)) = (card.channel, c.channel)
        && egui::Rect::from_min_size(at, egui::Vec2::splat(icon))
            .expand(2.0)
            .contains(p)
    {
        return Some(t!(
            "card-tip-channel",
            channel = crate::i18n::names::channel(lang, channel).into_owned()
        ));
    }
    if let (Some(block), Some(r)) = (&card.rating, c.rating)
        && block.rect().contains(p)
    {
        return Some(t!(
            "card-tip-rating",
            impact = r.impact as usize,
            importance = r.importance as usize
        ));
    }
    None
}
