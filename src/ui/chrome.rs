//! The menu bar and the status bar. Every item comes from [`UiCommand`] and
//! only queues an intent; nothing here changes the map.

use egui::{RichText, Ui};

use super::command::UiCommand;
use super::intent::{Intent, Replace};
use super::prefs::Prefs;
use super::session::Session;
use crate::i18n;
use crate::io::templates_in;
use crate::model::LaneKind;
use crate::style::Theme;
use crate::t;

/// The menu bar; `session` is the open map, if any.
pub fn menu_bar_ui(ui: &mut Ui, session: Option<&Session>, prefs: &Prefs, out: &mut Vec<Intent>) {
    let open = session.is_some();
    let item = |ui: &mut Ui, c: UiCommand, out: &mut Vec<Intent>| {
        run_item(ui, c, !c.needs_map() || open, out);
    };
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t!("menu-file"), |ui| {
            ui.menu_button(t!("menu-new-from-template"), |ui| {
                let lang = i18n::ui_lang();
                for t in templates_in(lang) {
                    if ui
                        .button(t.title_in(lang))
                        .on_hover_text(t.description_in(lang))
                        .clicked()
                    {
                        out.push(Intent::Request(Replace::Template(t)));
                        ui.close();
                    }
                }
            });
            item(ui, UiCommand::Open, out);
            item(ui, UiCommand::Import, out);
            if !prefs.recent.is_empty() {
                ui.menu_button(t!("menu-open-recent"), |ui| {
                    for path in &prefs.recent {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        let text = format!("{name} — {}", super::start::folder_text(path));
                        if ui
                            .add_enabled(path.exists(), egui::Button::new(text))
                            .on_hover_text(path.display().to_string())
                            .on_disabled_hover_text(t!("start-missing-file", name = name.as_str()))
                            .clicked()
                        {
                            out.push(Intent::Request(Replace::OpenPath(path.clone())));
                            ui.close();
                        }
                    }
                });
            }
            ui.separator();
            for c in [
                UiCommand::Save,
                UiCommand::SaveAs,
                UiCommand::Export,
                UiCommand::CompareWith,
                UiCommand::CompareVersions,
                UiCommand::MergeWith,
                UiCommand::ImportReviews,
            ] {
                item(ui, c, out);
            }
            ui.separator();
            item(ui, UiCommand::CloseMap, out);
            item(ui, UiCommand::Quit, out);
        });
        ui.menu_button(t!("menu-edit"), |ui| edit_menu_ui(ui, session, prefs, out));
        ui.menu_button(t!("menu-view"), |ui| {
            if let Some(s) = session {
                super::filter::filter_menu_ui(ui, &s.doc.map, s.canvas.filter, out);
                toggle(ui, UiCommand::ToggleHeat, s.canvas.heat, out);
                toggle(
                    ui,
                    UiCommand::ToggleConfidenceCounts,
                    s.canvas.confidence_counts,
                    out,
                );
                toggle(ui, UiCommand::ToggleLegend, s.canvas.legend, out);
                toggle(ui, UiCommand::ToggleInbox, s.inbox.is_some(), out);
                toggle(ui, UiCommand::ToggleComments, s.comments.is_some(), out);
                toggle(ui, UiCommand::ToggleInspector, !prefs.inspector_hidden, out);
                toggle(ui, UiCommand::ToggleReviewStats, s.canvas.review_stats, out);
                let can_adopt =
                    super::review_commands::adopt_curve(&s.doc.map, &s.selection).is_some();
                run_item(ui, UiCommand::AdoptReviewCurve, can_adopt, out);
                item(ui, UiCommand::Priorities, out);
                ui.separator();
            }
            for c in [
                UiCommand::ZoomIn,
                UiCommand::ZoomOut,
                UiCommand::ZoomReset,
                UiCommand::ZoomFit,
                UiCommand::ZoomToSelection,
            ] {
                item(ui, c, out);
            }
            if session.is_some() {
                ui.separator();
                item(ui, UiCommand::Present, out);
            }
            ui.separator();
            toggle(ui, UiCommand::ToggleTheme, prefs.theme == Theme::Dark, out);
            ui.menu_button(t!("menu-language"), |ui| {
                for lang in crate::model::Lang::ALL {
                    let on = i18n::ui_lang() == lang;
                    if ui.radio(on, lang.native_name()).clicked() {
                        out.push(Intent::Run(UiCommand::Language(lang)));
                        ui.close();
                    }
                }
            });
        });
        ui.menu_button(t!("menu-help"), |ui| {
            item(ui, UiCommand::CommandPalette, out);
            item(ui, UiCommand::Help, out);
        });
    });
}

fn edit_menu_ui(ui: &mut Ui, session: Option<&Session>, prefs: &Prefs, out: &mut Vec<Intent>) {
    let history = session.map(|s| &s.doc.history);
    for (command, label) in [
        (UiCommand::Undo, history.and_then(|h| h.undo_label())),
        (UiCommand::Redo, history.and_then(|h| h.redo_label())),
    ] {
        let text = match label {
            Some(l) => t!(
                if command == UiCommand::Undo {
                    "menu-undo-step"
                } else {
                    "menu-redo-step"
                },
                step = i18n::step_name(l).into_owned()
            ),
            None => command.label(),
        };
        if command.menu_item_labelled_ui(ui, label.is_some(), text) {
            out.push(Intent::Run(command));
        }
    }
    ui.separator();
    let selection = session.map(|s| &s.selection);
    let cards = selection.is_some_and(|s| !s.cards().is_empty());
    let anything = selection.is_some_and(|s| *s != super::selection::Selection::None);
    run_item(ui, UiCommand::Cut, cards, out);
    run_item(ui, UiCommand::Copy, cards, out);
    run_item(ui, UiCommand::Paste, session.is_some(), out);
    run_item(ui, UiCommand::SelectAll, session.is_some(), out);
    run_item(ui, UiCommand::Find, session.is_some(), out);
    run_item(ui, UiCommand::AddComment, session.is_some(), out);
    ui.separator();
    run_item(ui, UiCommand::Delete, anything, out);
    run_item(ui, UiCommand::Duplicate, cards, out);
    run_item(ui, UiCommand::AddStage, session.is_some(), out);
    ui.add_enabled_ui(session.is_some(), |ui| {
        ui.menu_button(t!("menu-add-lane"), |ui| add_lane_menu_ui(ui, out));
    });
    run_item(ui, UiCommand::AddPersona, session.is_some(), out);
    ui.separator();
    ui.menu_button(t!("menu-outside-pictures"), |ui| {
        super::pictures_ui::outside_policy_menu_ui(ui, prefs.copy_outside_pictures, out);
    });
}

/// A menu item that queues its command when clicked.
fn run_item(ui: &mut Ui, command: UiCommand, enabled: bool, out: &mut Vec<Intent>) {
    if command.menu_item_ui(ui, enabled) {
        out.push(Intent::Run(command));
    }
}

/// A view toggle that queues its command when clicked.
fn toggle(ui: &mut Ui, command: UiCommand, on: bool, out: &mut Vec<Intent>) {
    if command.menu_toggle_ui(ui, on) {
        out.push(Intent::Run(command));
    }
}

/// One item per lane kind (Edit menu and the map inspector).
pub fn add_lane_menu_ui(ui: &mut Ui, out: &mut Vec<Intent>) {
    for kind in LaneKind::ALL {
        run_item(ui, UiCommand::AddLane(kind), true, out);
    }
}

/// The status bar: what the map holds, the filter, the last notice, zoom.
pub fn status_bar_ui(ui: &mut Ui, session: &Session, notice: Option<&str>, out: &mut Vec<Intent>) {
    ui.horizontal(|ui| {
        ui.label(super::filter::summary_text(&session.doc.map));
        super::filter::filter_status_ui(ui, &session.doc.map, &session.canvas.filter, out);
        if let Some(notice) = notice {
            ui.separator();
            ui.label(RichText::new(notice).weak());
            // Undo right beside a deletion's notice, while it is the last step.
            if session.undo_offer == Some(session.doc.revision)
                && ui
                    .button(t!("notice-undo"))
                    .on_hover_text(UiCommand::Undo.tooltip_with_shortcut(ui.ctx()))
                    .clicked()
            {
                out.push(Intent::Run(UiCommand::Undo));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let ctx = ui.ctx().clone();
            let button = |ui: &mut Ui, text: String, c: UiCommand, out: &mut Vec<Intent>| {
                if ui
                    .button(text)
                    .on_hover_text(c.tooltip_with_shortcut(&ctx))
                    .clicked()
                {
                    out.push(Intent::Run(c));
                }
            };
            button(ui, t!("status-fit").into_owned(), UiCommand::ZoomFit, out);
            button(ui, "+".into(), UiCommand::ZoomIn, out);
            let zoom = format!("{:.0} %", session.canvas.camera.zoom * 100.0);
            button(ui, zoom, UiCommand::ZoomReset, out);
            button(ui, "−".into(), UiCommand::ZoomOut, out);
        });
    });
}
