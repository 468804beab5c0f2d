//! The app's panels and dialogs: menu bar, status bar, central area, modals.

use egui::{Id, Modal, RichText, Ui};

use super::actions::Action;
use super::app::{JourneyApp, Replace};
use super::canvas::canvas_ui;
use super::export_dialog::{ExportChoice, export_dialog_ui};
use super::files::Purpose;
use super::inspector::inspector_ui;
use super::start::{StartChoice, start_ui};
use crate::io::TEMPLATES;

impl JourneyApp {
    fn action_button(&mut self, ui: &mut Ui, action: Action) {
        let enabled = !action.needs_map() || self.doc.is_some();
        let mut button = egui::Button::new(action.label());
        if let Some(shortcut) = action.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        if ui.add_enabled(enabled, button).clicked() {
            self.run(action);
            ui.close();
        }
    }

    pub(super) fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                ui.menu_button("New from template", |ui| {
                    for t in &TEMPLATES {
                        if ui.button(t.title).on_hover_text(t.description).clicked() {
                            self.request(Replace::Template(t));
                            ui.close();
                        }
                    }
                });
                self.action_button(ui, Action::Open);
                self.action_button(ui, Action::Import);
                if !self.prefs.recent.is_empty() {
                    ui.menu_button("Open recent", |ui| {
                        for path in self.prefs.recent.clone() {
                            let name = path.file_name().map_or_else(
                                || path.display().to_string(),
                                |n| n.to_string_lossy().into_owned(),
                            );
                            if ui
                                .button(name)
                                .on_hover_text(path.display().to_string())
                                .clicked()
                            {
                                self.request(Replace::OpenPath(path));
                                ui.close();
                            }
                        }
                    });
                }
                ui.separator();
                self.action_button(ui, Action::Save);
                self.action_button(ui, Action::SaveAs);
                self.action_button(ui, Action::Export);
                if ui
                    .add_enabled(self.doc.is_some(), egui::Button::new("Compare with another map…"))
                    .on_hover_text("Open a future-state map against this one: stages matched by name, curves overlaid")
                    .clicked()
                {
                    self.show_dialog(Purpose::Compare);
                    ui.close();
                }
                ui.separator();
                self.action_button(ui, Action::CloseMap);
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                    ui.close();
                }
            });
            ui.menu_button("Edit", |ui| {
                let undo = self
                    .doc
                    .as_ref()
                    .and_then(|d| d.history.undo_label().map(str::to_string));
                let redo = self
                    .doc
                    .as_ref()
                    .and_then(|d| d.history.redo_label().map(str::to_string));
                for (action, label) in [(Action::Undo, undo), (Action::Redo, redo)] {
                    let text = match &label {
                        Some(l) => format!("{} {l}", action.label()),
                        None => action.label().to_string(),
                    };
                    let mut button = egui::Button::new(text);
                    if let Some(sc) = action.shortcut() {
                        button = button.shortcut_text(ui.ctx().format_shortcut(&sc));
                    }
                    if ui.add_enabled(label.is_some(), button).clicked() {
                        self.run(action);
                        ui.close();
                    }
                }
                ui.separator();
                self.action_button(ui, Action::Delete);
                self.action_button(ui, Action::Duplicate);
                self.action_button(ui, Action::AddStage);
                if let Some(doc) = &self.doc {
                    let map = doc.map.clone();
                    ui.menu_button("Add lane", |ui| {
                        for kind in crate::model::LaneKind::ALL {
                            if ui.button(kind.label()).clicked() {
                                let intent = super::inspector::add_lane_intent(&map, kind);
                                self.apply_intents(vec![intent]);
                                ui.close();
                            }
                        }
                    });
                }
            });
            ui.menu_button("View", |ui| {
                if let Some(doc) = &self.doc {
                    super::filter::filter_menu_ui(ui, &doc.map, &mut self.canvas.filter);
                    ui.checkbox(&mut self.canvas.heat, "Heat colouring of touchpoints");
                    ui.checkbox(
                        &mut self.canvas.confidence_counts,
                        "Confidence counts in stage headers",
                    );
                    if ui.button("Touchpoint priorities").clicked() {
                        self.show_priorities = true;
                        ui.close();
                    }
                    ui.separator();
                }
                for a in [
                    Action::ZoomIn,
                    Action::ZoomOut,
                    Action::ZoomReset,
                    Action::ZoomFit,
                ] {
                    self.action_button(ui, a);
                }
                ui.separator();
                self.action_button(ui, Action::ToggleTheme);
            });
            ui.menu_button("Help", |ui| {
                self.action_button(ui, Action::Help);
            });
        });
    }

    pub(super) fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            if let Some(doc) = &self.doc {
                ui.label(doc.map.summary().describe(" · "));
            }
            if let Some(doc) = &self.doc {
                super::filter::filter_status_ui(ui, &doc.map, &mut self.canvas.filter);
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(RichText::new(notice).weak());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Fit")
                    .on_hover_text("Zoom to fit (Ctrl+1)")
                    .clicked()
                {
                    self.run(Action::ZoomFit);
                }
                if ui.button("+").on_hover_text("Zoom in (Ctrl++)").clicked() {
                    self.run(Action::ZoomIn);
                }
                let zoom = format!("{:.0} %", self.canvas.camera.zoom * 100.0);
                if ui
                    .button(zoom)
                    .on_hover_text("Zoom level — click for 100 % (Ctrl+0)")
                    .clicked()
                {
                    self.run(Action::ZoomReset);
                }
                if ui.button("−").on_hover_text("Zoom out (Ctrl+-)").clicked() {
                    self.run(Action::ZoomOut);
                }
            });
        });
    }

    pub(super) fn inspector_panel_ui(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else { return };
        let intents = inspector_ui(ui, doc, &self.selection, &mut self.focus_text);
        self.apply_intents(intents);
    }

    pub(super) fn central_ui(&mut self, ui: &mut Ui) {
        match &self.doc {
            Some(doc) => {
                let intents =
                    canvas_ui(ui, doc, &mut self.canvas, self.prefs.theme, &self.selection);
                self.apply_intents(intents);
            }
            None => {
                let recent = self.prefs.recent.clone();
                egui::Frame::central_panel(ui.style()).show(ui, |ui| {
                    ui.set_min_size(ui.available_size());
                    match start_ui(ui, &mut self.start, &recent, self.prefs.theme) {
                        Some(StartChoice::Template(t)) => self.request(Replace::Template(t)),
                        Some(StartChoice::OpenDialog) => self.request(Replace::OpenDialog),
                        Some(StartChoice::ImportDialog) => self.request(Replace::ImportDialog),
                        Some(StartChoice::Recent(p)) => self.request(Replace::OpenPath(p)),
                        None => {}
                    }
                });
            }
        }
    }

    pub(super) fn modals_ui(&mut self, ctx: &egui::Context) {
        if let (Some((name, future)), Some(doc)) = (&self.comparison, &self.doc) {
            let mut open = true;
            let mut save_as = None;
            egui::Window::new("Current vs future")
                .open(&mut open)
                .default_width(640.0)
                .show(ctx, |ui| {
                    save_as = super::compare_ui::compare_ui(ui, &doc.map, future, name);
                });
            if !open {
                self.comparison = None;
            }
            if let Some(ext) = save_as {
                self.show_dialog(Purpose::ExportComparison(ext));
            }
        }
        if self.show_priorities
            && let Some(doc) = &self.doc
        {
            let mut open = true;
            let mut intents = Vec::new();
            egui::Window::new("Touchpoint priorities")
                .open(&mut open)
                .default_width(560.0)
                .show(ctx, |ui| {
                    super::priorities::priorities_ui(ui, &doc.map, &mut intents)
                });
            self.show_priorities = open;
            self.apply_intents(intents);
        }
        if let Some(message) = self.error.clone() {
            let modal = Modal::new(Id::unique("error")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading("Something went wrong");
                ui.add_space(6.0);
                ui.label(&message);
                ui.add_space(6.0);
                ui.label(RichText::new("Your open map was not changed.").weak());
                ui.add_space(8.0);
                ui.button("OK").clicked()
            });
            if modal.inner || modal.should_close() {
                self.error = None;
            }
        }
        if let Some(what) = self.confirm.clone() {
            let name = self
                .doc
                .as_ref()
                .map(|d| d.display_name())
                .unwrap_or_default();
            let mut answer = None;
            let modal = Modal::new(Id::unique("confirm")).show(ctx, |ui| {
                ui.set_max_width(460.0);
                ui.heading(format!("Save changes to {name}?"));
                ui.label("Your changes will be lost if you don't save them.");
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        answer = Some(0);
                    }
                    if ui.button("Don't save").clicked() {
                        answer = Some(1);
                    }
                    if ui.button("Cancel").clicked() {
                        answer = Some(2);
                    }
                });
            });
            if modal.should_close() && answer.is_none() {
                answer = Some(2);
            }
            match answer {
                Some(0) => {
                    self.confirm = None;
                    match self.doc.as_ref().and_then(|d| d.path.clone()) {
                        Some(path) => {
                            if self.save_to(&path) {
                                self.perform(what);
                            }
                        }
                        None => {
                            self.after_save = Some(what);
                            self.show_dialog(Purpose::SaveAs);
                        }
                    }
                }
                Some(1) => {
                    self.confirm = None;
                    self.perform(what);
                }
                Some(_) => self.confirm = None,
                None => {}
            }
        }
        if let Some(mut options) = self.export_options.take() {
            let view = self.doc.as_ref().map(|d| (self.canvas.filter, &d.map));
            match export_dialog_ui(ctx, &mut options, view) {
                None => self.export_options = Some(options),
                Some(ExportChoice::Cancel) => {}
                Some(ExportChoice::Export(format, options)) => {
                    self.prefs.export_scale = options.scale;
                    self.prefs.export_theme = options.theme;
                    self.prefs.export_text_as_paths = options.text_as_paths;
                    self.show_dialog(Purpose::Export(format, options));
                }
            }
        }
        if self.show_help {
            let modal = Modal::new(Id::unique("help")).show(ctx, |ui| {
                ui.heading("Keyboard shortcuts");
                ui.add_space(6.0);
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for action in Action::ALL {
                        if let Some(sc) = action.shortcut() {
                            ui.label(action.label());
                            ui.label(RichText::new(ctx.format_shortcut(&sc)).monospace());
                            ui.end_row();
                        }
                    }
                    for (what, how) in [
                        ("Pan", "Drag the canvas, or scroll"),
                        ("Zoom", "Ctrl + scroll, or pinch"),
                        ("Open a map", "Drop a .ron file on the window"),
                    ] {
                        ui.label(what);
                        ui.label(how);
                        ui.end_row();
                    }
                });
                ui.add_space(8.0);
                ui.button("Close").clicked()
            });
            if modal.inner || modal.should_close() {
                self.show_help = false;
            }
        }
    }
}
