//! The inspector for a stage.

use egui::{RichText, Ui};

use super::fields::{enum_combo, move_buttons, text_field};
use crate::edit::{self, Command};
use crate::i18n::{names, ui_lang};
use crate::model::{Hue, JourneyMap};
use crate::t;
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
    ui.heading(t!("stage-stage"));
    ui.label(
        RichText::new(crate::ui::filter::confidence_counts(map, stage.id))
            .weak()
            .small(),
    )
    .on_hover_text(t!("stage-cards-in-this-stage-by-confidence"));
    ui.add_space(6.0);
    let mut edited = stage.clone();
    let mut changed = text_field(ui, &t!("stage-name"), &mut edited.name, false, focus, out);
    let mut no_focus = false;
    changed |= text_field(
        ui,
        &t!("stage-description"),
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
        &t!("stage-colour"),
        ("stage-hue", stage.id),
        stage.color,
        &Hue::ALL,
        |h| names::hue(ui_lang(), h),
        Some(&t!("stage-automatic")),
    ) {
        let mut e = stage.clone();
        e.color = h;
        out.push(Intent::Edit(edit::Edit::one(
            "Set stage colour",
            Command::UpdateStage { stage: e },
        )));
    }
    ui.add_space(8.0);
    // Wrapped: in Russian the three buttons are wider than the panel.
    ui.horizontal_wrapped(|ui| {
        let moved = move_buttons(
            ui,
            index,
            map.stages.len(),
            [&t!("stage-move-left"), &t!("stage-move-right")],
        );
        if let Some(to) = moved {
            out.push(Intent::Edit(edit::move_stage(map, stage.id, to)));
        }
    });
    ui.horizontal(|ui| {
        if ui.button(t!("stage-add-stage-after")).clicked() {
            out.push(Intent::AddStage { index: index + 1 });
        }
        if ui
            .button(t!("stage-delete-stage"))
            .on_hover_text(t!("stage-deletes-its-cards-too-undo-brings"))
            .clicked()
        {
            out.push(Intent::Run(UiCommand::Delete));
        }
    });
}
