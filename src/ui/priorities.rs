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
    // With reviews sorted into stages, the negative ones of each
    // touchpoint's stage stand beside its pains: evidence for the ranking.
    let reviews = crate::reviews::stage_reviews(map);
    let with_reviews = crate::reviews::any_sorted(&reviews);
    let negative = |card| {
        map.card(card)
            .and_then(|(_, c)| map.stage_index(c.stage))
            .map_or(0, |i| reviews[i].negative)
    };
    egui::Grid::new("priorities")
        .striped(true)
        .num_columns(if with_reviews { 7 } else { 6 })
        .show(ui, |ui| {
            let mut headers = vec![
                "priorities-rank",
                "priorities-touchpoint",
                "priorities-stage",
                "priorities-importance",
                "priorities-impact",
                "priorities-score",
            ];
            if with_reviews {
                headers.push("priorities-negative-reviews");
            }
            for h in headers {
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
                if with_reviews {
                    ui.label(negative(r.card).to_string())
                        .on_hover_text(t!("priorities-negative-reviews-tip"));
                }
                ui.end_row();
            }
        });
}
