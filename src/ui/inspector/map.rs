//! The inspector when nothing is selected: the map's title and lens, adding
//! stages, lanes and personas.

use egui::{RichText, Ui};

use super::fields::text_field;
use crate::edit::Command;
use crate::model::JourneyMap;
use crate::t;
use crate::ui::command::UiCommand;
use crate::ui::intent::Intent;

pub fn map_ui(ui: &mut Ui, map: &JourneyMap, focus: &mut bool, out: &mut Vec<Intent>) {
    ui.heading(t!("map-map"));
    ui.add_space(6.0);
    let mut title = map.title.clone();
    if text_field(ui, &t!("map-title"), &mut title, false, focus, out) {
        out.push(Intent::Apply(Command::SetTitle { title }, "Edit title"));
    }
    let mut lens = map.lens.clone();
    let mut no_focus = false;
    let mut changed = text_field(
        ui,
        &t!("map-goal"),
        &mut lens.goal,
        true,
        &mut no_focus,
        out,
    );
    changed |= text_field(
        ui,
        &t!("map-scenario"),
        &mut lens.scenario,
        true,
        &mut no_focus,
        out,
    );
    changed |= text_field(
        ui,
        &t!("map-expectations"),
        &mut lens.expectations,
        true,
        &mut no_focus,
        out,
    );
    changed |= text_field(
        ui,
        &t!("map-accessible-title"),
        &mut lens.accessible_title,
        false,
        &mut no_focus,
        out,
    );
    if changed {
        out.push(Intent::Apply(Command::SetLens { lens }, "Edit lens"));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .button(UiCommand::AddStage.label())
            .on_hover_text(UiCommand::AddStage.tooltip())
            .clicked()
        {
            out.push(Intent::Run(UiCommand::AddStage));
        }
        ui.menu_button(t!("map-add-lane"), |ui| {
            crate::ui::chrome::add_lane_menu_ui(ui, out)
        });
    });
    super::persona::personas_list_ui(ui, map, out);
    ui.add_space(8.0);
    ui.label(
        RichText::new(t!("map-double-click-an-empty-cell-to"))
            .weak()
            .small(),
    );
}
