//! The inspector for a stage.

use egui::{RichText, Ui};

use super::fields::{enum_combo, move_buttons, text_field};
use crate::edit::{self, Command};
use crate::model::{Hue, JourneyMap};
use crate::ui::command::UiCommand;
use crate::ui::intent::Intent;

pub fn stage_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    index: usize,
    focus: &mut bool,
    out: &mut Vec<Intent>,
) {
    let stage = &map.stages[index];
    ui.heading("Stage");
    ui.label(
        RichText::new(crate::ui::filter::confidence_counts(map, stage.id))
            .weak()
            .small(),
    )
    .on_hover_text("Cards in this stage by confidence");
    ui.add_space(6.0);
    let mut edited = stage.clone();
    let mut changed = text_field(ui, "Name", &mut edited.name, false, focus, out);
    let mut no_focus = false;
    changed |= text_field(
        ui,
        "Description",
        &mut edited.description,
        true,
        &mut no_focus,
        out,
    );
    if changed {
        out.push(Intent::Apply(
            Command::UpdateStage { stage: edited },
            "Edit stage",
        ));
    }
    // What "Automatic" looks like now, so picking it changes nothing visible.
    if let Some(h) = enum_combo(
        ui,
        "Colour",
        ("stage-hue", stage.id),
        stage.color,
        &Hue::ALL,
        Hue::label,
        Some("Automatic"),
    ) {
        let mut e = stage.clone();
        e.color = h;
        out.push(Intent::Edit(edit::Edit::one(
            "Set stage colour",
            Command::UpdateStage { stage: e },
        )));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let moved = move_buttons(ui, index, map.stages.len(), ["Move left", "Move right"]);
        if let Some(to) = moved {
            out.push(Intent::Edit(edit::move_stage(map, stage.id, to)));
        }
    });
    ui.horizontal(|ui| {
        if ui.button("Add stage after").clicked() {
            out.push(Intent::AddStage { index: index + 1 });
        }
        if ui
            .button("Delete stage")
            .on_hover_text("Deletes its cards too (undo brings them back)")
            .clicked()
        {
            out.push(Intent::Run(UiCommand::Delete));
        }
    });
}
