//! View filters: show one persona's cards, or cards of one confidence, and
//! dim the rest. View state only; the map and exports are unchanged.

use egui::{Painter, RichText, Ui};

use super::paint::color;
use crate::layout::MapLayout;
use crate::model::{Card, Confidence, JourneyMap, PersonaId};
use crate::style::Theme;
use egui::Rect;
use egui::emath::TSTransform;

/// What the canvas highlights.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewFilter {
    /// Cards about this persona (or about everyone) stay bright.
    pub persona: Option<PersonaId>,
    /// Cards of this confidence stay bright.
    pub confidence: Option<Confidence>,
}

impl ViewFilter {
    /// Is any filter on?
    pub fn is_active(&self) -> bool {
        self.persona.is_some() || self.confidence.is_some()
    }

    /// Does `card` pass the filter? A card tagged with no persona is about
    /// everyone, so it passes every persona filter.
    pub fn matches(&self, card: &Card) -> bool {
        let persona_ok = self
            .persona
            .is_none_or(|p| card.personas.is_empty() || card.personas.contains(&p));
        let confidence_ok = self.confidence.is_none_or(|c| card.confidence == c);
        persona_ok && confidence_ok
    }
}

/// Cover the cards that do not pass `filter` with a veil of the background.
pub fn dim_filtered_out(
    painter: &Painter,
    layout: &MapLayout,
    map: &JourneyMap,
    filter: &ViewFilter,
    to_screen: TSTransform,
    canvas: Rect,
    theme: Theme,
) {
    if !filter.is_active() {
        return;
    }
    let veil = color(theme.background().with_alpha(190));
    let visible = to_screen.inverse() * canvas;
    for b in layout.cards.iter().filter(|b| b.rect.intersects(visible)) {
        if map.card(b.id).is_some_and(|(_, c)| !filter.matches(c)) {
            painter.rect_filled(
                to_screen * b.rect.expand(1.0),
                6.0 * to_screen.scaling,
                veil,
            );
        }
    }
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
    let mut parts = Vec::new();
    if let Some(p) = filter.persona.and_then(|p| map.persona(p)) {
        parts.push(p.name.clone());
    }
    if let Some(c) = filter.confidence {
        parts.push(c.label().to_string());
    }
    ui.separator();
    ui.label(RichText::new(format!("Showing: {}", parts.join(", "))).strong());
    if ui.small_button("Show all").clicked() {
        *filter = ViewFilter::default();
    }
}

/// "Observed 5 · Assumed 2 · Proposed 1" for the cards of one stage.
pub fn confidence_counts(map: &JourneyMap, stage: crate::model::StageId) -> String {
    Confidence::ALL
        .iter()
        .map(|c| {
            let n = map
                .lanes
                .iter()
                .flat_map(|l| l.cards.iter())
                .filter(|card| card.stage == stage && card.confidence == *c)
                .count();
            format!("{} {n}", c.label())
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
