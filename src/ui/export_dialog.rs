//! File → Export: the same options as `journeymap export`.

use egui::{Id, Modal, Ui};

use super::files::ExportFormat;
use super::intent::Intent;
use crate::export::ExportOptions;
use crate::export::pdf::{Orientation, Paper, PdfPages, PdfPreview, pdf_preview};
use crate::style::Theme;
use crate::t;

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
        ui.heading(t!("export-export-picture"));
        ui.add_space(8.0);
        egui::Grid::new("export-grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(t!("export-png-scale"));
                // A slider of whole steps plus its number box, both named
                // for screen readers.
                ui.add(
                    egui::Slider::new(&mut options.scale, 1.0..=4.0)
                        .step_by(1.0)
                        .suffix("×")
                        .custom_formatter(|v, _| {
                            crate::i18n::format_number(crate::i18n::ui_lang(), v, 2)
                        })
                        .custom_parser(|t| crate::i18n::parse_number(crate::i18n::ui_lang(), t)),
                )
                .labelled_by(label.id);
                ui.end_row();
                ui.label(t!("export-theme"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut options.theme, Theme::Light, t!("export-light"));
                    ui.radio_value(&mut options.theme, Theme::Dark, t!("export-dark"));
                });
                ui.end_row();
                let label = ui.label(t!("export-pdf-pages"));
                ui.vertical(|ui| {
                    pdf_pages_ui(ui, &mut options.pdf_pages, label.id);
                    if let Some((_, map)) = view {
                        pdf_preview_ui(ui, map, options);
                    }
                });
                ui.end_row();
                ui.label(t!("export-svg-text"));
                ui.checkbox(
                    &mut options.text_as_paths,
                    t!("export-convert-text-to-shapes"),
                );
                ui.end_row();
                ui.label(t!("export-include"));
                ui.vertical(|ui| {
                    ui.checkbox(
                        &mut options.evidence_appendix,
                        t!("export-evidence-appendix"),
                    );
                    ui.checkbox(
                        &mut options.comments_appendix,
                        t!("export-comments-appendix"),
                    );
                    ui.checkbox(&mut options.persona_pages, t!("export-persona-pages"));
                    ui.checkbox(&mut options.legend, t!("export-legend"));
                    ui.checkbox(
                        &mut options.heat,
                        t!("export-heat-colouring-of-touchpoints"),
                    );
                    ui.checkbox(
                        &mut options.confidence_counts,
                        t!("export-confidence-counts-in-stage-headers"),
                    );
                    ui.checkbox(&mut options.review_stats, t!("export-review-stats"));
                    ui.horizontal(|ui| {
                        let l = ui.label(t!("export-authors"));
                        egui::ComboBox::from_id_salt("export-authors")
                            .selected_text(authors_text(options.authors))
                            .show_ui(ui, |ui| {
                                for a in crate::reviews::Authors::ALL {
                                    ui.selectable_value(&mut options.authors, a, authors_text(a));
                                }
                            })
                            .response
                            .labelled_by(l.id);
                    });
                    ui.checkbox(
                        &mut options.no_outside_images,
                        t!("export-leave-out-outside-photos"),
                    )
                    .on_hover_text(t!("export-leave-out-outside-photos-tip"));
                    if let Some((filter, map)) = view.filter(|(f, _)| f.is_active()) {
                        let mut dim = options.filter.is_active();
                        let label = t!(
                            "export-highlight-as-on-screen",
                            what = crate::i18n::text::filter(crate::i18n::ui_lang(), map, &filter)
                        );
                        if ui.checkbox(&mut dim, label).changed() {
                            options.filter = if dim { filter } else { Default::default() };
                        }
                    }
                });
                ui.end_row();
            });
        ui.add_space(4.0);
        ui.label(
            egui::RichText::new(t!("export-png-at-2-is-crisp-on"))
                .small()
                .weak(),
        );
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(t!("export-export-png")).clicked() {
                choice = Some(Some(ExportFormat::Png));
            }
            if ui.button(t!("export-export-svg")).clicked() {
                choice = Some(Some(ExportFormat::Svg));
            }
            if ui.button(t!("export-export-pdf")).clicked() {
                choice = Some(Some(ExportFormat::Pdf));
            }
        });
        ui.add_space(10.0);
        ui.label(
            egui::RichText::new(t!("export-as-text-for-wikis-docs-and"))
                .small()
                .strong(),
        );
        ui.horizontal(|ui| {
            use crate::interop::Format;
            if ui
                .button(t!("export-mermaid"))
                .on_hover_text(t!("export-a-mermaid-user-journey-diagram-mmd"))
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::Mermaid)));
            }
            if ui
                .button(t!("export-csv"))
                .on_hover_text(t!("export-the-grid-as-a-spreadsheet-utf"))
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::Csv { bom: true })));
            }
            if ui
                .button(t!("export-excel-locale"))
                .on_hover_text(t!("export-excel-locale-tip"))
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::CsvSemicolon)));
            }
            if ui
                .button(t!("export-markdown"))
                .on_hover_text(t!("export-a-table-for-wikis-and-pull"))
                .clicked()
            {
                choice = Some(Some(ExportFormat::Text(Format::Markdown)));
            }
        });
        ui.add_space(10.0);
        if ui.button(t!("export-cancel")).clicked() {
            choice = Some(None);
        }
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(None);
    }
    if choice.is_some() {
        // The next opening works the preview out again: the map may change.
        ctx.data_mut(|d| d.remove_temp::<(String, Option<PdfPreview>)>(preview_id()));
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

/// The PDF page choice: a poster page, one sheet fitted, or tiles; then
/// which way up, and how large tiles print.
fn pdf_pages_ui(ui: &mut Ui, pages: &mut PdfPages, label: egui::Id) {
    let name = |p: &PdfPages| match p {
        PdfPages::Poster => t!("export-pdf-poster").into_owned(),
        PdfPages::Fit { paper, .. } => t!("export-pdf-fit", paper = paper.label()),
        PdfPages::Tile { paper, .. } => t!("export-pdf-tiles", paper = paper.label()),
    };
    let (orientation, scale) = match *pages {
        PdfPages::Poster => (Orientation::Auto, 1.0),
        PdfPages::Fit { orientation, .. } => (orientation, 1.0),
        PdfPages::Tile {
            orientation, scale, ..
        } => (orientation, scale),
    };
    egui::ComboBox::from_id_salt("pdf-pages")
        .selected_text(name(pages))
        .width(220.0)
        // Tall enough for every choice: tiles, last, were out of sight.
        .height(400.0)
        .show_ui(ui, |ui| {
            let mut choices = vec![PdfPages::Poster];
            choices.extend(Paper::ALL.map(|paper| PdfPages::Fit { paper, orientation }));
            choices.extend([Paper::A4, Paper::A3].map(|paper| PdfPages::Tile {
                paper,
                orientation,
                scale,
            }));
            for choice in choices {
                let text = name(&choice);
                ui.selectable_value(pages, choice, text);
            }
        })
        .response
        .labelled_by(label);
    match pages {
        PdfPages::Poster => {}
        PdfPages::Fit { orientation, .. } | PdfPages::Tile { orientation, .. } => {
            ui.horizontal(|ui| {
                ui.radio_value(orientation, Orientation::Auto, t!("export-pdf-best-fit"));
                ui.radio_value(
                    orientation,
                    Orientation::Portrait,
                    t!("export-pdf-portrait"),
                );
                ui.radio_value(
                    orientation,
                    Orientation::Landscape,
                    t!("export-pdf-landscape"),
                );
            });
        }
    }
    if let PdfPages::Tile { scale, .. } = pages {
        ui.horizontal(|ui| {
            let label = ui.label(t!("export-pdf-tile-size"));
            ui.add(
                egui::Slider::new(scale, 1.0..=4.0)
                    .step_by(0.5)
                    .suffix("×")
                    // "1,5×" in Russian and Latvian, not "1.50×".
                    .custom_formatter(|v, _| {
                        crate::i18n::format_number(crate::i18n::ui_lang(), v, 1)
                    })
                    .custom_parser(|t| crate::i18n::parse_number(crate::i18n::ui_lang(), t)),
            )
            .labelled_by(label.id);
        });
    }
}

fn preview_id() -> Id {
    Id::unique("export-pdf-preview")
}

/// Before exporting: how many sheets tiles take, and a warning when a
/// fitted sheet prints the smallest text too small to read. Worked out
/// once per choice of options (a layout of the whole map).
fn pdf_preview_ui(ui: &mut Ui, map: &crate::model::JourneyMap, options: &ExportOptions) {
    if options.pdf_pages == PdfPages::Poster {
        return;
    }
    let key = format!("{options:?}");
    let cached = ui
        .ctx()
        .data(|d| d.get_temp::<(String, Option<PdfPreview>)>(preview_id()))
        .filter(|(k, _)| *k == key)
        .map(|(_, p)| p);
    let preview = cached.unwrap_or_else(|| {
        let p = pdf_preview(map, options).ok();
        ui.ctx().data_mut(|d| d.insert_temp(preview_id(), (key, p)));
        p
    });
    let Some(p) = preview else { return };
    let lang = crate::i18n::ui_lang();
    let size = crate::i18n::format_number(lang, p.smallest_pt as f64, 1);
    match options.pdf_pages {
        PdfPages::Tile { .. } => {
            ui.label(
                egui::RichText::new(t!(
                    "export-pdf-sheets",
                    n = p.sheets,
                    rows = p.grid.0,
                    columns = p.grid.1,
                    size = size
                ))
                .small(),
            );
        }
        _ if p.too_small() => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                t!("export-pdf-too-small-before", size = size),
            );
        }
        _ => {
            ui.label(egui::RichText::new(t!("export-pdf-text-size", size = size)).small());
        }
    }
}

/// How reviewers' names go into an export, as the dialog says it.
fn authors_text(a: crate::reviews::Authors) -> String {
    let key = match a {
        crate::reviews::Authors::Keep => "export-authors-keep",
        crate::reviews::Authors::Initials => "export-authors-initials",
        crate::reviews::Authors::Omit => "export-authors-omit",
    };
    t!(key).into_owned()
}
