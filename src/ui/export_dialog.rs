//! File → Export: the same options as `journeymap export`.

use egui::{Id, Modal, Ui};

use super::files::ExportFormat;
use super::intent::Intent;
use crate::export::ExportOptions;
use crate::style::Theme;

/// Show the export options; `options` persists between exports.
/// `view` is the canvas's filter and the map, so the picture can dim what
/// the canvas dims. The answer is an [`Intent::ExportTo`] (or closing).
pub fn export_dialog_ui(
    ctx: &egui::Context,
    options: &mut ExportOptions,
    view: Option<(crate::model::CardFilter, &crate::model::JourneyMap)>,
    out: &mut Vec<Intent>,
) {
    let mut choice: Option<Option<ExportFormat>> = None;
    let modal = Modal::new(Id::unique("export-dialog")).show(ctx, |ui: &mut Ui| {
        ui.set_width(360.0);
        ui.heading("Export picture");
        ui.add_space(8.0);
        egui::Grid::new("export-grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label("PNG scale");
                // A slider of whole steps plus its number box, both named
                // for screen readers.
                ui.add(
                    egui::Slider::new(&mut options.scale, 1.0..=4.0)
                        .step_by(1.0)
                        .suffix("×"),
                )
                .labelled_by(label.id);
                ui.end_row();
                ui.label("Theme");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut options.theme, Theme::Light, "Light");
                    ui.radio_value(&mut options.theme, Theme::Dark, "Dark");
                });
                ui.end_row();
                ui.label("SVG text");
                ui.checkbox(&mut options.text_as_paths, "Convert text to shapes");
                ui.end_row();
                ui.label("Include");
                ui.vertical(|ui| {
                    ui.checkbox(&mut options.evidence_appendix, "Evidence appendix");
                    ui.checkbox(&mut options.heat, "Heat colouring of touchpoints");
                    ui.checkbox(
                        &mut options.confidence_counts,
                        "Confidence counts in stage headers",
                    );
                    if let Some((filter, map)) = view.filter(|(f, _)| f.is_active()) {
                        let mut dim = options.filter.is_active();
                        let label = format!("Highlight as on screen ({})", filter.describe(map));
                        if ui.checkbox(&mut dim, label).changed() {
                            options.filter = if dim { filter } else { Default::default() };
                        }
                    }
                });
                ui.end_row();
            });
        ui.add_space(4.0);
        ui.label(
            egui::RichText::new(
                "PNG at 2× is crisp on slides. SVG keeps text editable unless converted.",
            )
            .small()
            .weak(),
        );
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Export PNG…").clicked() {
                choice = Some(Some(ExportFormat::Png));
            }
            if ui.button("Export SVG…").clicked() {
                choice = Some(Some(ExportFormat::Svg));
            }
        });
        ui.add_space(10.0);
        ui.label(
            egui::RichText::new("As text, for wikis, docs and spreadsheets")
                .small()
                .strong(),
        );
        ui.horizontal(|ui| {
            use crate::interop::Format;
            if ui
                .button("Mermaid…")
                .on_hover_text("A Mermaid user-journey diagram (.mmd)")
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::Mermaid)));
            }
            if ui
                .button("CSV…")
                .on_hover_text("The grid as a spreadsheet, UTF-8 with BOM for Excel")
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::Csv { bom: true })));
            }
            if ui
                .button("Excel (ru/lv)…")
                .on_hover_text(
                    "CSV as Excel in Russian and Latvian locales opens it: \
                     semicolons, decimal commas, UTF-8 with BOM",
                )
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::CsvSemicolon)));
            }
            if ui
                .button("Markdown…")
                .on_hover_text("A table for wikis and pull requests (.md)")
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::Markdown)));
            }
        });
        ui.add_space(10.0);
        if ui.button("Cancel").clicked() {
            choice = Some(None);
        }
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(None);
    }
    match choice {
        Some(Some(format)) => out.extend([
            Intent::CloseModal,
            Intent::ExportTo(format, Box::new(options.clone())),
        ]),
        Some(None) => out.push(Intent::CloseModal),
        None => {}
    }
}
