//! Setting an emotion point by double-clicking an emotion cell: which
//! curve gets it. The selected persona's curve if it has one in the lane,
//! the only curve if there is one; otherwise a small menu at the pointer
//! asks whose emotion it is.

use egui::{Pos2, Ui};

use super::intent::Intent;
use super::selection::Selection;
use crate::edit::Command;
use crate::model::{JourneyMap, Lane, LaneId, StageId};
use crate::t;

/// A double-click in an emotion cell waiting for the user to pick a curve.
#[derive(Clone, Debug, PartialEq)]
pub struct PointChoice {
    pub lane: LaneId,
    pub stage: StageId,
    pub value: i32,
    /// Where the menu opens (screen).
    pub at: Pos2,
}

/// The curve a double-click sets a point on without asking, if any.
pub fn series_for(lane: &Lane, selection: &Selection) -> Option<usize> {
    if let Selection::Persona(p) = selection
        && let Some(i) = lane.series.iter().position(|s| s.persona == Some(*p))
    {
        return Some(i);
    }
    (lane.series.len() == 1).then_some(0)
}

/// The command that sets the point on curve `series`.
pub fn set_point(choice: &PointChoice, series: usize) -> Intent {
    Intent::Apply(
        Command::SetEmotion {
            lane: choice.lane,
            series,
            stage: choice.stage,
            value: Some(choice.value),
        },
        "Set emotion",
    )
}

/// The "whose emotion?" menu while a choice is open; a pick, Esc or a click
/// elsewhere closes it.
pub fn point_choice_ui(
    ui: &Ui,
    map: &JourneyMap,
    choice: &mut Option<PointChoice>,
    intents: &mut Vec<Intent>,
) {
    let Some(open) = choice.as_ref() else { return };
    let Some(lane) = map.lane(open.lane) else {
        *choice = None;
        return;
    };
    let mut picked = None;
    let area = egui::Area::new(egui::Id::unique("emotion-point-choice"))
        .order(egui::Order::Foreground)
        // Beside the pointer, which would hide the question's first letters.
        .fixed_pos(open.at + egui::vec2(12.0, 6.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::menu(ui.style()).show(ui, |ui| {
                ui.label(egui::RichText::new(t!("point-choice-title")).strong());
                for (i, series) in lane.series.iter().enumerate() {
                    let name = series
                        .persona
                        .and_then(|p| map.persona(p))
                        .map_or_else(|| t!("curve-everyone").into_owned(), |p| p.name.clone());
                    if ui.button(name).clicked() {
                        picked = Some(i);
                    }
                }
            });
        });
    let clicked_elsewhere = ui.input(|i| i.pointer.any_pressed())
        && ui
            .ctx()
            .pointer_interact_pos()
            .is_some_and(|p| !area.response.rect.contains(p));
    if let Some(series) = picked {
        intents.push(set_point(open, series));
        *choice = None;
    } else if clicked_elsewhere || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        *choice = None;
    }
}
