//! Bringing reviews into the inbox: File → Import reviews…, a file dropped
//! on the window, and the column step shown when the columns are unsure
//! (a preview of the first rows with what each column holds).

use std::path::Path;

use egui::{Id, RichText};

use crate::edit;
use crate::interop::reviews::{self, Role};
use crate::t;
use crate::ui::app::JourneyApp;
use crate::ui::inbox::ReadingReviews;
use crate::ui::intent::{Intent, ReviewJob};
use crate::ui::modal::Modal;

/// Rows the column step previews.
const PREVIEW_ROWS: usize = 5;

/// The translation key of a column role's name.
fn role_key(role: Role) -> &'static str {
    match role {
        Role::Text => "reviews-role-text",
        Role::Rating => "reviews-role-rating",
        Role::Date => "reviews-role-date",
        Role::Source => "reviews-role-source",
        Role::Author => "reviews-role-author",
        Role::Link => "reviews-role-link",
    }
}

/// The column step: a combo per role and the first rows of the file.
pub fn columns_dialog_ui(ctx: &egui::Context, job: &mut ReviewJob, out: &mut Vec<Intent>) {
    let modal = egui::Modal::new(Id::unique("review-columns")).show(ctx, |ui| {
        ui.set_max_width(720.0);
        let name = job
            .path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        ui.heading(t!("reviews-columns-title", file = name));
        ui.label(t!("reviews-columns-body"));
        ui.add_space(6.0);
        let headers = job.table.headers.clone();
        let column_name = |c: Option<usize>| match c.and_then(|c| headers.get(c)) {
            Some(h) if !h.trim().is_empty() => h.clone(),
            Some(_) => t!("reviews-column-n", n = c.unwrap_or(0) + 1),
            None => t!("reviews-column-none").into_owned(),
        };
        egui::Grid::new("review-roles")
            .num_columns(2)
            .show(ui, |ui| {
                for role in Role::ALL {
                    let l = ui.label(t!(role_key(role)));
                    let mut chosen = job.columns.get(role);
                    egui::ComboBox::from_id_salt(("review-role", role.key()))
                        .selected_text(column_name(chosen))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut chosen, None, t!("reviews-column-none"));
                            for c in 0..headers.len() {
                                ui.selectable_value(&mut chosen, Some(c), column_name(Some(c)));
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    job.columns.set(role, chosen);
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.label(RichText::new(t!("reviews-preview", n = job.table.rows.len())).strong());
        egui::ScrollArea::both().max_height(200.0).show(ui, |ui| {
            egui::Grid::new("review-preview")
                .striped(true)
                .show(ui, |ui| {
                    for c in 0..headers.len() {
                        ui.label(RichText::new(column_name(Some(c))).strong());
                    }
                    ui.end_row();
                    for row in job.table.rows.iter().take(PREVIEW_ROWS) {
                        for c in 0..headers.len() {
                            let cell = row.cells.get(c).map_or("", String::as_str);
                            let short: String = cell.chars().take(60).collect();
                            ui.label(short);
                        }
                        ui.end_row();
                    }
                });
        });
        ui.add_space(8.0);
        let mut done = false;
        ui.horizontal(|ui| {
            let ready = job.columns.text.is_some();
            if ui
                .add_enabled(ready, egui::Button::new(t!("reviews-import-button")))
                .on_disabled_hover_text(t!("reviews-need-text"))
                .clicked()
            {
                out.push(Intent::CloseModal);
                out.push(Intent::ImportReviews(Box::new(job.clone())));
                done = true;
            }
            if ui.button(t!("button-cancel")).clicked() {
                out.push(Intent::CloseModal);
                done = true;
            }
        });
        done
    });
    if modal.should_close() && !modal.inner {
        out.push(Intent::CloseModal);
    }
}

impl JourneyApp {
    /// Is a file dropped on the window reviews for the open map? Excel and
    /// JSON files always are; CSV files when the inbox is open (else a
    /// CSV is a map grid to import).
    pub(in crate::ui) fn is_review_file(&self, path: &Path) -> bool {
        let Some(session) = &self.session else {
            return false;
        };
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match ext.as_str() {
            "xlsx" | "xlsm" | "json" => true,
            "csv" | "tsv" | "txt" => session.inbox.is_some(),
            _ => false,
        }
    }

    /// Read a review file on a thread (a modal with Cancel meanwhile);
    /// [`Self::poll_review_reading`] takes it from there.
    pub(in crate::ui) fn import_reviews_path(&mut self, path: &Path) {
        if self.session.is_none() {
            return;
        }
        let reading = ReadingReviews::start(path.to_path_buf(), self.ctx.clone());
        self.modals.push(Modal::ReadingReviews(Box::new(reading)));
    }

    /// Whether a review file is being read (its modal is open).
    pub fn reading_reviews(&self) -> bool {
        matches!(self.modals.last(), Some(Modal::ReadingReviews(_)))
    }

    /// Once the file on top of the modals is read: import it at once when
    /// its columns are clear, else show the column step. The map is
    /// unchanged on error. (Cancel closed the modal: the result is dropped.)
    pub(in crate::ui) fn poll_review_reading(&mut self) {
        let Some(Modal::ReadingReviews(reading)) = self.modals.last() else {
            return;
        };
        let Some(result) = reading.poll() else {
            return;
        };
        let path = reading.path.clone();
        self.modals.pop();
        match result {
            Ok(table) => {
                let job = ReviewJob {
                    path,
                    columns: table.guessed.clone(),
                    table,
                };
                if job.table.sure {
                    self.import_reviews(job);
                } else {
                    self.modals.push(Modal::ReviewColumns(Box::new(job)));
                }
            }
            Err(e) => {
                let error = crate::i18n::text::load_error_here(&e);
                self.show_error(t!("error-import-reviews", error = error));
            }
        }
    }

    /// Turn the job's rows into reviews, add them as one undo step, open the
    /// inbox and say what happened.
    pub(in crate::ui) fn import_reviews(&mut self, job: ReviewJob) {
        let Some(session) = &mut self.session else {
            return;
        };
        let map = &session.doc.map;
        let mut ids = map.fresh_ids();
        let imported =
            match reviews::reviews_from_table(&job.table, &job.columns, &map.reviews, &mut ids) {
                Ok(imported) => imported,
                Err(e) => {
                    let e = e.in_file(&job.path);
                    let error = crate::i18n::text::load_error_here(&e);
                    self.show_error(t!("error-import-reviews", error = error));
                    return;
                }
            };
        if let Err(e) = reviews::check_room(map, &imported.reviews) {
            let error = crate::i18n::text::load_error_here(&e.in_file(&job.path));
            self.show_error(t!("error-import-reviews", error = error));
            return;
        }
        let added = imported.reviews.len();
        if added > 0 {
            let edit = edit::import_reviews(map, imported.reviews);
            session.doc.apply_edit(edit);
        }
        session.inbox.get_or_insert_with(Default::default);
        self.notice = Some(t!(
            "notice-reviews-imported",
            n = added,
            duplicates = imported.duplicates,
            file = job.path.display().to_string()
        ));
        if !imported.warnings.is_empty() {
            let lines: Vec<String> = imported
                .warnings
                .into_iter()
                .map(|w| w.in_file(&job.path).to_string())
                .collect();
            self.modals.push(Modal::Notice {
                heading: t!("warning-import-title", count = lines.len()),
                body: lines.join("\n"),
            });
        }
    }
}
