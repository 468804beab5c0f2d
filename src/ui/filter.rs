//! View filters: show one persona's cards, or cards of one confidence, and
//! dim the rest (the canvas draws the veils from `render::filter_veils`).
//! View state only; the map is unchanged, and an export dims the same cards
//! only when asked to.

use egui::{RichText, Ui};

use crate::model::{Confidence, JourneyMap};

/// What the canvas highlights (the same filter exports can apply).
pub type ViewFilter = crate::model::CardFilter;

/// "Show" items for the View menu.
pub fn filter_menu_ui(ui: &mut Ui, map: &JourneyMap, filter: &mut ViewFilter) {
    ui.menu_button("Show persona", |ui| {
        if ui.radio(filter.persona.is_none(), "All personas").clicked() {
            filter.persona = None;
            ui.close();
        }
        for p in &map.personas {
            if ui.radio(filter.persona == Some(p.id), &p.name).clicked() {
                filter.persona = Some(p.id);
                ui.close();
            }
        }
    });
    ui.menu_button("Show confidence", |ui| {
        if ui.radio(filter.confidence.is_none(), "All cards").clicked() {
            filter.confidence = None;
            ui.close();
        }
        for c in Confidence::ALL {
            if ui.radio(filter.confidence == Some(c), c.label()).clicked() {
                filter.confidence = Some(c);
                ui.close();
            }
        }
    });
}

/// A status-bar note while a filter is on, with a button to clear it.
pub fn filter_status_ui(ui: &mut Ui, map: &JourneyMap, filter: &mut ViewFilter) {
    if !filter.is_active() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(format!("Showing: {}", filter.describe(map))).strong());
    if ui.small_button("Show all").clicked() {
        *filter = ViewFilter::default();
    }
}

/// "5 observed · 2 assumed · 1 proposed" for the cards of one stage.
pub fn confidence_counts(map: &JourneyMap, stage: crate::model::StageId) -> String {
    crate::model::confidence_counts_text(crate::model::confidence_counts(map, stage))
}
