//! View filters: show one persona's cards, or cards of one confidence, and
//! dim the rest. View state only; the map and exports are unchanged.

use egui::{Painter, RichText, Ui};

use crate::layout::MapLayout;
use crate::model::{Confidence, JourneyMap};
use crate::style::Theme;
use egui::Rect;
use egui::emath::TSTransform;

/// What the canvas highlights (the same filter exports can apply).
pub type ViewFilter = crate::model::CardFilter;

/// Cover the cards that do not pass `filter` with a veil of the background
/// (the same veils an export draws).
pub fn dim_filtered_out(
    painter: &Painter,
    layout: &MapLayout,
    map: &JourneyMap,
    filter: &ViewFilter,
    to_screen: TSTransform,
    canvas: Rect,
    theme: Theme,
) {
    let veils = crate::render::filter_veils(layout, map, filter, theme);
    super::paint::paint_prims(painter, &veils, to_screen, to_screen.inverse() * canvas);
}

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
