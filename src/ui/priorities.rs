//! The "Touchpoint priorities" window (the ranking is `model::priorities`).

use egui::{RichText, Ui};

use super::intent::Intent;
use super::selection::Selection;
use crate::model::{JourneyMap, priorities};

/// The table; clicking a touchpoint selects it on the canvas.
pub fn priorities_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Vec<Intent>) {
    let rows = priorities(map);
    ui.label(
        RichText::new("Score = importance × (1 + pain cards in the stage)")
            .weak()
            .small(),
    );
    if rows.is_empty() {
        ui.label(
            "No rated touchpoints yet: select a touchpoint and tick “Rate impact and importance”.",
        );
        return;
    }
    egui::Grid::new("priorities")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for h in ["#", "Touchpoint", "Stage", "Importance", "Impact", "Score"] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for (i, r) in rows.iter().enumerate() {
                ui.label(format!("{}", i + 1));
                if ui.link(&r.text).clicked() {
                    out.push(Intent::Select(Selection::card(r.card)));
                }
                ui.label(&r.stage);
                ui.label(r.importance.to_string());
                ui.label(r.impact.to_string());
                ui.label(format!("{} ({} pains)", r.score, r.pains));
                ui.end_row();
            }
        });
}
