//! Right-click menus on the canvas: on cards, stage headers, lane titles,
//! persona cards and (see [`background_menu`]) empty cells, the actions that apply there. Each entry
//! is a [`UiCommand`] (with its shortcut shown) or an edit of the map, and
//! the thing clicked is selected first, as a click would.

use egui::{Response, Ui};

use super::command::UiCommand;
use super::intent::Intent;
use super::selection::Selection;
use crate::edit;
use crate::model::{CardId, JourneyMap, LaneContent, LaneId, StageId};
use crate::t;

/// What was right-clicked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    Card(CardId),
    Stage(StageId),
    Lane(LaneId),
    Persona(crate::model::PersonaId),
}

fn run(ui: &mut Ui, command: UiCommand, out: &mut Vec<Intent>) {
    if command.menu_item_ui(ui, true) {
        out.push(Intent::Run(command));
    }
}

/// Attach the menu for `target` to `resp`.
pub fn context_menu(
    resp: &Response,
    target: Target,
    map: &JourneyMap,
    selection: &Selection,
    out: &mut Vec<Intent>,
) {
    if resp.secondary_clicked() {
        // The menu acts on the selection: right-clicking selects, except a
        // card that is already part of a selection of several.
        let keep = matches!(target, Target::Card(id) if selection.contains(id));
        let selects = match target {
            Target::Card(id) => Selection::card(id),
            Target::Stage(id) => Selection::Stage(id),
            Target::Lane(id) => Selection::Lane(id),
            Target::Persona(id) => Selection::Persona(id),
        };
        if !keep {
            out.push(Intent::Select(selects));
        }
    }
    resp.context_menu(|ui| match target {
        Target::Card(id) => card_menu(ui, map, id, selection, out),
        Target::Stage(id) => stage_menu(ui, map, id, out),
        Target::Lane(id) => {
            let index = map.lanes.iter().position(|l| l.id == id).unwrap_or(0);
            for (key, at) in [
                ("context-add-lane-above", index),
                ("context-add-lane-below", index + 1),
            ] {
                ui.menu_button(t!(key), |ui| {
                    for kind in crate::model::LaneKind::ALL {
                        let name = crate::i18n::names::lane_kind(crate::i18n::ui_lang(), kind);
                        if ui.button(name).clicked() {
                            out.push(Intent::AddLane(kind, Some(at)));
                            ui.close();
                        }
                    }
                });
            }
            if let Some(lane) = map.lane(id) {
                let mut collapsed = lane.collapsed;
                if ui.checkbox(&mut collapsed, t!("lane-collapsed")).clicked() {
                    let mut changed = lane.clone();
                    changed.collapsed = collapsed;
                    out.push(Intent::Apply(
                        crate::edit::Command::UpdateLane {
                            lane: Box::new(changed),
                        },
                        "Collapse lane",
                    ));
                    ui.close();
                }
            }
            run(ui, UiCommand::AddComment, out);
            run(ui, UiCommand::ZoomToSelection, out);
            ui.separator();
            run(ui, UiCommand::Delete, out);
        }
        Target::Persona(_) => {
            run(ui, UiCommand::ZoomToSelection, out);
            ui.separator();
            run(ui, UiCommand::Delete, out);
        }
    });
}

fn card_menu(
    ui: &mut Ui,
    map: &JourneyMap,
    id: CardId,
    selection: &Selection,
    out: &mut Vec<Intent>,
) {
    if selection.cards().len() <= 1 {
        run(ui, UiCommand::EditCard, out);
    }
    run(ui, UiCommand::Duplicate, out);
    run(ui, UiCommand::Copy, out);
    run(ui, UiCommand::Cut, out);
    let ids = acted_on(id, selection);
    ui.menu_button(t!("context-move-to-stage"), |ui| {
        let Some((lane, card)) = map.card(id) else {
            return;
        };
        for stage in &map.stages {
            let here = stage.id == card.stage;
            if ui
                .add_enabled(!here, egui::Button::new(&stage.name))
                .clicked()
            {
                out.push(Intent::Edit(edit::move_cards(
                    map, &ids, lane.id, stage.id, None,
                )));
                ui.close();
            }
        }
    });
    set_menus(ui, map, id, &ids, out);
    run(ui, UiCommand::AddComment, out);
    run(ui, UiCommand::ZoomToSelection, out);
    ui.separator();
    run(ui, UiCommand::Delete, out);
}

/// Confidence ▸, Colour ▸ and (on touchpoints) Channel ▸ for the cards
/// the menu acts on, each one undo step.
fn set_menus(ui: &mut Ui, map: &JourneyMap, id: CardId, ids: &[CardId], out: &mut Vec<Intent>) {
    use crate::i18n::{names, ui_lang};
    use crate::model::{Channel, Confidence, Hue, LaneKind};
    let Some((lane, card)) = map.card(id) else {
        return;
    };
    let lang = ui_lang();
    ui.menu_button(t!("card-confidence"), |ui| {
        for c in Confidence::ALL {
            if ui
                .radio(card.confidence == c, names::confidence(lang, c))
                .clicked()
            {
                let e = edit::update_cards(map, ids, "Set confidence", |x| x.confidence = c);
                out.push(Intent::Edit(e));
                ui.close();
            }
        }
    });
    ui.menu_button(t!("card-colour"), |ui| {
        let lane_colour = std::iter::once((None, t!("card-lane-colour").into_owned()));
        let hues = Hue::ALL
            .into_iter()
            .map(|h| (Some(h), names::hue(lang, h).into_owned()));
        for (hue, name) in lane_colour.chain(hues) {
            if ui.radio(card.color == hue, name).clicked() {
                let e = edit::update_cards(map, ids, "Set card colour", |x| x.color = hue);
                out.push(Intent::Edit(e));
                ui.close();
            }
        }
    });
    if lane.kind == LaneKind::Touchpoints {
        ui.menu_button(t!("card-channel"), |ui| {
            let none = std::iter::once((None, t!("card-none").into_owned()));
            let channels = Channel::ALL
                .into_iter()
                .map(|c| (Some(c), names::channel(lang, c).into_owned()));
            for (channel, name) in none.chain(channels) {
                if ui.radio(card.channel == channel, name).clicked() {
                    let e = edit::update_cards(map, ids, "Set channel", |x| x.channel = channel);
                    out.push(Intent::Edit(e));
                    ui.close();
                }
            }
        });
    }
}

/// The cards a card's menu acts on: the selection, or the card itself.
fn acted_on(id: CardId, selection: &Selection) -> Vec<CardId> {
    match selection.cards() {
        [] => vec![id],
        many => many.to_vec(),
    }
}

fn stage_menu(ui: &mut Ui, map: &JourneyMap, id: StageId, out: &mut Vec<Intent>) {
    let Some(index) = map.stage_index(id) else {
        return;
    };
    if ui.button(t!("context-add-stage-before")).clicked() {
        out.push(Intent::AddStage { index });
        ui.close();
    }
    if ui.button(t!("context-add-stage-after")).clicked() {
        out.push(Intent::AddStage { index: index + 1 });
        ui.close();
    }
    run(ui, UiCommand::AddComment, out);
    run(ui, UiCommand::ZoomToSelection, out);
    ui.separator();
    run(ui, UiCommand::Delete, out);
}

fn cell_menu(ui: &mut Ui, map: &JourneyMap, lane: LaneId, stage: StageId, out: &mut Vec<Intent>) {
    let cards = map
        .lane(lane)
        .is_some_and(|l| l.kind.content() == LaneContent::Cards && !l.collapsed);
    if ui
        .add_enabled(cards, egui::Button::new(t!("context-add-card-here")))
        .clicked()
    {
        out.push(Intent::AddCard { lane, stage });
        ui.close();
    }
    run(ui, UiCommand::Paste, out);
    run(ui, UiCommand::AddStage, out);
}

/// The menu of the canvas background: for the cell right-clicked (kept
/// while the menu is open, as the pointer moves on).
pub fn background_menu(
    resp: &Response,
    cell_at: impl Fn(egui::Pos2) -> Option<(LaneId, StageId)>,
    map: &JourneyMap,
    out: &mut Vec<Intent>,
) {
    let id = resp.id.with("context-cell");
    if resp.secondary_clicked() {
        let cell = resp.interact_pointer_pos().and_then(&cell_at);
        resp.ctx.data_mut(|d| d.insert_temp(id, cell));
    }
    let Some((lane, stage)) = resp
        .ctx
        .data(|d| d.get_temp::<Option<(LaneId, StageId)>>(id))
        .flatten()
    else {
        return;
    };
    resp.context_menu(|ui| cell_menu(ui, map, lane, stage, out));
}
