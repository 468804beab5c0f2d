//! The "Touchpoint priorities" window (the ranking is `model::priorities`).

use egui::{RichText, Ui};

use super::intent::Intent;
use super::selection::Selection;
use crate::model::{JourneyMap, priorities};
use crate::t;

/// The table; clicking a touchpoint selects it on the canvas.
pub fn priorities_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Vec<Intent>) {
    let rows = priorities(map);
    ui.label(RichText::new(t!("priorities-score-rule")).weak().small());
    if rows.is_empty() {
        ui.label(t!("priorities-none"));
        return;
    }
    egui::Grid::new("priorities")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for h in [
                "priorities-rank",
                "priorities-touchpoint",
                "priorities-stage",
                "priorities-importance",
                "priorities-impact",
                "priorities-score",
            ] {
                let h = t!(h);
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
                ui.label(t!(
                    "priorities-score-value",
                    score = r.score,
                    pains = r.pains
                ));
                ui.end_row();
            }
        });
}
