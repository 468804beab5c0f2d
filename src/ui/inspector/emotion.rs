//! The curves of an emotion lane in the inspector: one block per curve, a
//! slider per stage where the curve has a point, "Add point" where not.

use egui::{RichText, Ui};

use crate::edit::{self, Command};
use crate::model::{EmotionSeries, JourneyMap, Lane};
use crate::t;
use crate::ui::intent::Intent;

/// Who a curve is about, as the inspector names it.
pub fn curve_name(map: &JourneyMap, series: &EmotionSeries) -> String {
    match series.persona.and_then(|p| map.persona(p)) {
        Some(p) => p.name.clone(),
        None if map.personas.is_empty() => t!("curve-curve").to_string(),
        None => t!("curve-everyone-no-persona").to_string(),
    }
}

pub fn emotion_values_ui(ui: &mut Ui, map: &JourneyMap, lane: &Lane, out: &mut Vec<Intent>) {
    for p in map
        .personas
        .iter()
        .filter(|p| !lane.series.iter().any(|s| s.persona == Some(p.id)))
    {
        if ui.button(t!("curve-add-for", name = &p.name)).clicked() {
            out.push(Intent::Edit(edit::Edit::one(
                "Add curve",
                Command::AddSeries {
                    lane: lane.id,
                    index: lane.series.len(),
                    series: EmotionSeries {
                        persona: Some(p.id),
                        ..Default::default()
                    },
                },
            )));
        }
    }
    for (i, series) in lane.series.iter().enumerate() {
        let who = curve_name(map, series);
        ui.push_id(("curve", lane.id, i), |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&who).small().strong());
                if ui.small_button(t!("curve-remove-curve")).clicked() {
                    out.push(Intent::Edit(edit::Edit::one(
                        "Remove curve",
                        Command::RemoveSeries {
                            lane: lane.id,
                            index: i,
                        },
                    )));
                }
            });
            for stage in &map.stages {
                ui.horizontal(|ui| {
                    let l = ui.label(&stage.name);
                    let set = |value| Command::SetEmotion {
                        lane: lane.id,
                        series: i,
                        stage: stage.id,
                        value,
                    };
                    match series.values.get(&stage.id).copied() {
                        Some(current) => {
                            let mut v = current;
                            let slider =
                                egui::Slider::new(&mut v, lane.scale.min()..=lane.scale.max());
                            let resp = ui.add(slider).labelled_by(l.id);
                            if resp.drag_started() {
                                out.push(Intent::Begin("Set emotion"));
                            }
                            if resp.changed() {
                                out.push(Intent::Apply(set(Some(v)), "Set emotion"));
                            }
                            if resp.drag_stopped() {
                                out.push(Intent::Commit);
                            }
                            if ui.small_button("clear").clicked() {
                                out.push(Intent::Edit(edit::Edit::one("Clear emotion", set(None))));
                            }
                        }
                        // No point here: say so rather than show a value
                        // the curve does not have.
                        None => {
                            ui.label(RichText::new("no point").weak().small());
                            let neutral = lane.scale.neutral().round() as i32;
                            if ui
                                .small_button(t!("curve-add-point"))
                                .on_hover_text(t!("curve-add-point-at", value = neutral))
                                .clicked()
                            {
                                out.push(Intent::Edit(edit::Edit::one(
                                    "Set emotion",
                                    set(Some(neutral)),
                                )));
                            }
                        }
                    }
                });
            }
        });
    }
}
