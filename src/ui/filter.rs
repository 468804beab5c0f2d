//! View filters: show one persona's cards, or cards of one confidence, and
//! dim the rest (the canvas draws the veils from `render::filter_veils`).
//! View state only; the map is unchanged, and an export dims the same cards
//! only when asked to.

use egui::{RichText, Ui};

use super::command::UiCommand;
use super::intent::Intent;
use crate::i18n::{names, ui_lang};
use crate::model::{Confidence, JourneyMap};
use crate::t;

/// What the canvas highlights (the same filter exports can apply).
pub type ViewFilter = crate::model::CardFilter;

/// "Show" items for the View menu.
pub fn filter_menu_ui(ui: &mut Ui, map: &JourneyMap, filter: ViewFilter, out: &mut Vec<Intent>) {
    let mut pick = |ui: &mut Ui, on: bool, label: &str, next: ViewFilter| {
        if ui.radio(on, label).clicked() {
            out.push(Intent::SetFilter(next));
            ui.close();
        }
    };
    ui.menu_button(t!("filter-show-persona"), |ui| {
        let all = ViewFilter {
            persona: None,
            ..filter
        };
        pick(
            ui,
            filter.persona.is_none(),
            &t!("filter-all-personas"),
            all,
        );
        for p in &map.personas {
            let one = ViewFilter {
                persona: Some(p.id),
                ..filter
            };
            pick(ui, filter.persona == Some(p.id), &p.name, one);
        }
    });
    ui.menu_button(t!("filter-show-confidence"), |ui| {
        let all = ViewFilter {
            confidence: None,
            ..filter
        };
        pick(
            ui,
            filter.confidence.is_none(),
            &t!("filter-all-cards"),
            all,
        );
        for c in Confidence::ALL {
            let one = ViewFilter {
                confidence: Some(c),
                ..filter
            };
            pick(
                ui,
                filter.confidence == Some(c),
                &names::confidence(ui_lang(), c),
                one,
            );
        }
    });
}

/// A status-bar note while a filter is on, with a button to clear it.
pub fn filter_status_ui(ui: &mut Ui, map: &JourneyMap, filter: &ViewFilter, out: &mut Vec<Intent>) {
    if !filter.is_active() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(t!("filter-showing", what = describe(map, filter))).strong());
    if ui
        .small_button(t!("filter-show-all"))
        .on_hover_text(UiCommand::ShowAll.tooltip())
        .clicked()
    {
        out.push(Intent::Run(UiCommand::ShowAll));
    }
}

/// "5 observed · 2 assumed · 1 proposed" for the cards of one stage.
pub fn confidence_counts(map: &JourneyMap, stage: crate::model::StageId) -> String {
    crate::i18n::text::confidence_counts(ui_lang(), crate::model::confidence_counts(map, stage))
}

/// The status bar's count of what the map holds.
pub fn summary_text(map: &JourneyMap) -> String {
    crate::i18n::text::summary(ui_lang(), map.summary(), " · ")
}

/// What the filter keeps bright, in the interface language.
pub fn describe(map: &JourneyMap, filter: &ViewFilter) -> String {
    crate::i18n::text::filter(ui_lang(), map, filter)
}
