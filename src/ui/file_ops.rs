//! Files: open, save, import, export, compare, photos, and the native
//! dialogs' answers. A failure shows why and leaves the open map as it was.

use std::path::{Path, PathBuf};

use super::app::JourneyApp;
use super::document::Document;
use super::files::ExportFormat;
use super::files::{Outcome, Purpose, Request};
use super::modal::Modal;
use super::path_chooser::PathChooser;
use crate::edit::Command;
use crate::export::ExportOptions;
use crate::i18n::text::load_error_here;
use crate::io::{Template, load_file, save_file};
use crate::t;

impl JourneyApp {
    /// Open a map file. On error the message is shown and the open map stays.
    pub fn open_path(&mut self, path: &Path) {
        match load_file(path) {
            Ok(loaded) => {
                let mut doc = Document::new(loaded.map, Some(path.to_path_buf()));
                self.notice = Some(if loaded.warnings.is_empty() {
                    t!("notice-opened", file = doc.display_name())
                } else {
                    t!(
                        "notice-opened-repaired",
                        file = doc.display_name(),
                        n = loaded.warnings.len(),
                        first =
                            crate::i18n::text::problem(crate::i18n::ui_lang(), &loaded.warnings[0])
                    )
                });
                doc.warnings = loaded.warnings;
                self.replace_session(doc);
                self.prefs.remember(path);
            }
            Err(e) => self.show_error(t!("error-open", error = load_error_here(&e))),
        }
    }

    /// Start a new, unsaved map from a template.
    pub fn new_from_template(&mut self, template: &'static Template) {
        match template.instantiate() {
            Ok(mut map) => {
                crate::edit::own_stage_colours(&mut map);
                // A new map: an identity of its own, kept by its copies.
                self.replace_session(Document::new(map.with_new_identity(), None));
                self.notice = Some(t!(
                    "notice-new-from-template",
                    template = template.title_in(crate::i18n::ui_lang()).into_owned()
                ));
            }
            Err(e) => self.show_error(t!("error-template", error = load_error_here(&e))),
        }
    }

    /// Save to `path`; errors keep the map open and unsaved.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let Some(session) = &mut self.session else {
            return false;
        };
        // What is being typed is part of what is saved.
        session.settle_typing();
        let Ok(moved) = self.pictures_for(path) else {
            return false;
        };
        let Some(session) = &mut self.session else {
            return false;
        };
        // The file gets the pictures' new paths; the open map only once it
        // is written, so a failed save leaves it as it was.
        let relinked = (!moved.is_empty()).then(|| {
            let mut copy = session.doc.map.clone();
            crate::edit::relink_pictures(&copy, &moved).apply_to(&mut copy);
            copy
        });
        match save_file(path, relinked.as_ref().unwrap_or(&session.doc.map)) {
            Ok(()) => {
                session.doc.relink(&moved);
                session.doc.mark_saved(path);
                self.notice = Some(t!("notice-saved", file = path.display().to_string()));
                self.prefs.remember(path);
                self.discard_recovery_copy();
                true
            }
            Err(e) => {
                self.show_error(crate::i18n::text::save_error_here(&e));
                false
            }
        }
    }

    /// Import a Mermaid, Markdown or CSV file as a new, unsaved map. On error
    /// the message is shown and the open map stays.
    pub fn import_path(&mut self, path: &Path) {
        match crate::interop::import_file(path) {
            Ok(imported) => {
                let mut map = imported.map;
                crate::edit::own_stage_colours(&mut map);
                // An imported map is a new map: an identity of its own.
                let mut doc = Document::new(map.with_new_identity(), None);
                doc.touch(); // not saved as a map yet
                self.replace_session(doc);
                self.notice = Some(t!("notice-imported", file = path.display().to_string()));
                if !imported.warnings.is_empty() {
                    let lines: Vec<String> =
                        imported.warnings.iter().map(load_error_here).collect();
                    self.modals.push(Modal::Notice {
                        heading: t!("warning-import-title", count = lines.len()),
                        body: lines.join("\n"),
                    });
                }
            }
            Err(e) => self.show_error(t!("error-import", error = load_error_here(&e))),
        }
    }

    /// Open the Export dialog with the last options and what the canvas shows.
    pub(super) fn open_export_dialog(&mut self) {
        let Some(session) = &self.session else { return };
        let options = ExportOptions {
            theme: self.prefs.export_theme,
            scale: self.prefs.export_scale,
            text_as_paths: self.prefs.export_text_as_paths,
            date: None,
            evidence_appendix: false,
            comments_appendix: false,
            heat: session.canvas.heat,
            map_dir: session.doc.dir().map(Path::to_path_buf),
            // What the canvas shows now.
            filter: session.canvas.filter,
            confidence_counts: session.canvas.confidence_counts,
            no_outside_images: self.prefs.export_no_outside_images,
            pdf_pages: self.prefs.export_pdf_pages,
            persona_pages: self.prefs.export_persona_pages,
            // What the canvas shows now.
            legend: session.canvas.legend,
            review_stats: session.canvas.review_stats,
            authors: self.prefs.export_authors,
        };
        self.modals.push(Modal::Export(Box::new(options)));
    }

    pub(super) fn show_dialog(&mut self, purpose: Purpose) {
        let doc = self.doc();
        // The map's own folder (made absolute: a map opened as
        // "dealer.ron" has the empty path as its parent, which dialogs take
        // for the folder the app was started in), else the last map's.
        let folder_of = |p: &PathBuf| {
            std::path::absolute(p)
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf))
        };
        let folder = doc
            .and_then(|d| d.path.as_ref())
            .and_then(folder_of)
            .or_else(|| self.prefs.recent.first().and_then(folder_of));
        let stem = doc
            .map(|d| match &d.path {
                Some(p) => p
                    .file_stem()
                    .map_or("map".into(), |s| s.to_string_lossy().into_owned()),
                None => file_stem_for(&d.map.title),
            })
            .unwrap_or_else(|| "map".into());
        let suggested = match &purpose {
            Purpose::Open
            | Purpose::Photo(_)
            | Purpose::CardPicture(_)
            | Purpose::Import
            | Purpose::ImportReviews
            | Purpose::CompareVersions
            | Purpose::MergeWith
            | Purpose::Compare => String::new(),
            Purpose::SaveAs => format!("{stem}.ron"),
            Purpose::Export(format, _) => format!("{stem}.{}", format.extension()),
            Purpose::ExportComparison(ext) => format!("{stem}-current-vs-future.{ext}"),
        };
        if let Some(ctx) = self.ctx.clone() {
            let request = Request {
                purpose,
                folder,
                suggested,
            };
            self.dialogs.show(&ctx, request);
        }
    }

    /// Act on a native dialog's answer, if one came; when none could open,
    /// ask with the app's own chooser.
    pub(super) fn poll_dialogs(&mut self) {
        let Some((request, outcome)) = self.dialogs.poll() else {
            return;
        };
        match outcome {
            Outcome::Chosen(path) => self.answer_dialog(request.purpose, path),
            Outcome::Cancelled => self.after_save = None,
            Outcome::Unavailable => self
                .modals
                .push(Modal::ChoosePath(Box::new(PathChooser::new(request)))),
            Outcome::Damaged(path) => {
                self.notice = Some(t!(
                    "files-name-damaged",
                    name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                ));
                self.modals
                    .push(Modal::ChoosePath(Box::new(PathChooser::new(request))));
            }
        }
    }

    /// Do what a file dialog (native or the app's own) was opened for.
    pub(super) fn answer_dialog(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open_path(&path),
            Purpose::SaveAs => {
                let path = with_extension(path, "ron");
                if self.save_to(&path)
                    && let Some(next) = self.after_save.take()
                {
                    self.perform(next);
                }
            }
            Purpose::Photo(id) => self.set_photo(id, &path),
            Purpose::CardPicture(card) => {
                self.picture_intent(super::intent::PictureIntent::Choose { card, file: path })
            }
            Purpose::Import => self.import_path(&path),
            Purpose::ImportReviews => self.import_reviews_path(&path),
            Purpose::CompareVersions => self.compare_versions_path(&path),
            Purpose::MergeWith => self.merge_with_path(&path),
            Purpose::Compare => self.compare_with_path(&path),
            Purpose::ExportComparison(ext) => {
                self.export_comparison_to(&with_extension(path, ext));
            }
            Purpose::Export(format, options) => {
                let path = with_extension(path, format.extension());
                match format {
                    ExportFormat::Text(f) => self.export_text_to(&path, f),
                    _ => self.export_to(&path, &options),
                }
            }
        }
    }

    /// Give persona `id` the photo at `path` after checking it is an image
    /// we can read; stored relative to the map's folder when inside it.
    pub fn set_photo(&mut self, id: crate::model::PersonaId, path: &Path) {
        if let Err(why) = crate::model::photo_file(&path.display().to_string(), None) {
            self.show_error(t!(
                "error-photo",
                file = path.display().to_string(),
                error = crate::i18n::text::photo_error(crate::i18n::ui_lang(), &why)
            ));
            return;
        }
        if let Err(e) = image::ImageReader::open(path)
            .and_then(|r| r.with_guessed_format())
            .map_err(|e| e.to_string())
            .and_then(|r| r.decode().map_err(|e| e.to_string()))
        {
            self.show_error(t!(
                "error-photo",
                file = path.display().to_string(),
                error = e
            ));
            return;
        }
        let Some(session) = &mut self.session else {
            return;
        };
        let doc = &mut session.doc;
        let Some(mut persona) = doc.map.persona(id).cloned() else {
            return;
        };
        // Inside the map's folder: stored relative, so both can move together.
        let dir = doc.dir();
        let stored = dir.and_then(|d| path.strip_prefix(d).ok()).unwrap_or(path);
        persona.photo = Some(stored.display().to_string());
        doc.history.commit();
        doc.apply(Command::UpdatePersona { persona }, "Set photo");
    }

    /// Compare the open map (current state) with the map at `path` (future
    /// state); errors are shown and nothing else changes.
    pub fn compare_with_path(&mut self, path: &Path) {
        match load_file(path) {
            Ok(loaded) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if let Some(session) = &mut self.session {
                    session.comparison = Some((name, loaded.map));
                }
            }
            Err(e) => self.show_error(t!("error-compare", error = load_error_here(&e))),
        }
    }

    /// Write the open comparison to `path`: a picture (.png, .svg, in the
    /// export theme and scale) or a Markdown report (.md).
    pub fn export_comparison_to(&mut self, path: &Path) {
        let Some(session) = &self.session else { return };
        let Some((_, future)) = &session.comparison else {
            return;
        };
        let options = ExportOptions {
            theme: self.prefs.export_theme,
            scale: self.prefs.export_scale,
            ..Default::default()
        };
        let result =
            crate::export::export_comparison_to_file(&session.doc.map, future, path, &options);
        self.report_export(path, result.map_err(|e| e.in_ui_language()));
    }

    /// Export the open map as Mermaid, CSV or Markdown to `path`.
    pub fn export_text_to(&mut self, path: &Path, format: crate::interop::Format) {
        let Some(doc) = self.doc() else { return };
        let result = crate::interop::export_file(&doc.map, path, format);
        let result = result.map_err(|e| crate::i18n::text::save_error_here(&e));
        self.report_export(path, result);
    }

    /// Export the open map to `path` (format from the extension).
    pub fn export_to(&mut self, path: &Path, options: &ExportOptions) {
        let Some(doc) = self.doc() else { return };
        let is_pdf = crate::export::Format::from_path(path) == Some(crate::export::Format::Pdf);
        if is_pdf {
            let result = crate::export::pdf::export_pdf(&doc.map, options)
                .and_then(|pdf| crate::export::write_export(path, &pdf.bytes).map(|()| pdf));
            match result {
                Ok(pdf) => {
                    self.notice = Some(export_notice(path, &pdf.notes));
                    if let Some(pt) = pdf.small_text_pt {
                        let size = crate::i18n::format_number(crate::i18n::ui_lang(), pt as f64, 1);
                        self.modals.push(Modal::Notice {
                            heading: t!("notice-exported", file = path.display().to_string()),
                            body: t!("pdf-small-text", size = size),
                        });
                    }
                }
                Err(e) => self.show_error(t!("error-export", error = e.in_ui_language())),
            }
            return;
        }
        let result = crate::export::export_to_file_with_notes(&doc.map, path, options);
        match result {
            Ok(notes) => self.notice = Some(export_notice(path, &notes)),
            Err(e) => self.show_error(t!("error-export", error = e.in_ui_language())),
        }
    }

    fn report_export(&mut self, path: &Path, result: Result<(), String>) {
        match result {
            Ok(()) => self.notice = Some(t!("notice-exported", file = path.display().to_string())),
            Err(e) => self.show_error(t!("error-export", error = e)),
        }
    }
}

/// "Exported …", naming the pictures and photos that could not be read
/// (their placeholders or initials are drawn), else those from outside the
/// map's folder that were embedded or left out (a stranger's map can name
/// any image it guesses).
pub fn export_notice(path: &Path, notes: &[crate::export::PhotoNote]) -> String {
    use crate::export::PhotoIssue;
    let file = path.display().to_string();
    let files = |left: bool| {
        let mut files: Vec<String> = (notes.iter())
            .filter(|n| n.issue == PhotoIssue::Outside { left_out: left })
            .map(|n| n.file.display().to_string())
            .collect();
        files.dedup();
        files.join(", ")
    };
    let (embedded, left_out) = (files(false), files(true));
    let mut unreadable: Vec<String> = (notes.iter())
        .filter(|n| matches!(n.issue, PhotoIssue::Unreadable(_)))
        .map(|n| n.file.display().to_string())
        .collect();
    unreadable.dedup();
    if !unreadable.is_empty() {
        t!(
            "notice-exported-unreadable",
            file = file,
            count = unreadable.len(),
            pictures = unreadable.join(", ")
        )
    } else if !embedded.is_empty() {
        t!(
            "notice-exported-outside-photos-embedded",
            file = file,
            photos = embedded
        )
    } else if !left_out.is_empty() {
        t!(
            "notice-exported-outside-photos-left-out",
            file = file,
            photos = left_out
        )
    } else {
        t!("notice-exported", file = file)
    }
}

/// A file name from a map title: "Buying a car" → "buying-a-car".
fn file_stem_for(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "map".into()
    } else {
        stem.chars().take(60).collect()
    }
}

fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(ext)
    }
}
