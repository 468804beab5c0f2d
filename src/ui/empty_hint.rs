//! What a blank map says on the canvas until its first card exists: the
//! three ways to start (add a stage, double-click a cell, import a
//! spreadsheet), with buttons for the first and the last.

use egui::{Align2, Id, Rect, RichText, Ui};

use super::command::UiCommand;
use super::intent::{Intent, Replace};
use crate::model::JourneyMap;
use crate::t;

/// Show the first steps over the canvas at `rect` when `map` has no cards.
pub fn empty_hint_ui(ui: &Ui, rect: Rect, map: &JourneyMap, out: &mut Vec<Intent>) {
    if map.card_count() > 0 {
        return;
    }
    egui::Area::new(Id::unique("empty-map-hint"))
        .fixed_pos(rect.center())
        .pivot(Align2::CENTER_CENTER)
        .order(egui::Order::Middle)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(420.0);
                ui.label(RichText::new(t!("empty-heading")).strong().size(16.0));
                ui.add_space(4.0);
                for key in ["empty-step-stage", "empty-step-card", "empty-step-import"] {
                    ui.label(format!("•  {}", t!(key)));
                }
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    if ui.button(t!("empty-add-stage")).clicked() {
                        out.push(Intent::Run(UiCommand::AddStage));
                    }
                    if ui.button(t!("empty-import")).clicked() {
                        out.push(Intent::Request(Replace::ImportDialog));
                    }
                });
            });
        });
}
