//! Native file dialogs on a worker thread: a broken desktop portal can block
//! a dialog forever, and the UI must keep drawing meanwhile.
//!
//! On Linux the native dialog is the desktop portal, else `zenity`. With
//! neither, rfd returns "cancelled" and logs an error; we tell the two
//! apart (no session bus and no zenity up front, rfd's error record after)
//! and answer [`Outcome::Unavailable`], so the app opens its own path
//! chooser instead of doing nothing.

use crate::t;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// Which format the user asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Png,
    Svg,
    Pdf,
    /// A text format: Mermaid, CSV (with a BOM for Excel) or Markdown.
    Text(crate::interop::Format),
}

impl ExportFormat {
    /// File extension written.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Text(format) => format.extension(),
        }
    }

    /// Name in the file dialog's filter.
    pub fn filter_name(self) -> String {
        match self {
            ExportFormat::Png => t!("files-png-image").into_owned(),
            ExportFormat::Svg => t!("files-svg-image").into_owned(),
            ExportFormat::Pdf => t!("files-pdf-document").into_owned(),
            ExportFormat::Text(f) => f.label().to_string(),
        }
    }
}

/// What a dialog was opened for.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    Open,
    SaveAs,
    Export(ExportFormat, crate::export::ExportOptions),
    /// A Mermaid, Markdown or CSV file to import as a new map.
    Import,
    /// A map to compare the open one with.
    Compare,
    /// Customer reviews (CSV, Excel, JSON) for the inbox.
    ImportReviews,
    /// Another copy of the open map, to see what changed since it.
    CompareVersions,
    /// Another copy of the open map, to merge into it.
    MergeWith,
    /// A photo for this persona.
    Photo(crate::model::PersonaId),
    /// A picture for this card.
    CardPicture(crate::model::CardId),
    /// Where to save the current-vs-future comparison (file extension:
    /// png, svg or md).
    ExportComparison(&'static str),
}

/// What a dialog is asked: its purpose, the folder to start in and the
/// file name to suggest (for saving).
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub purpose: Purpose,
    pub folder: Option<PathBuf>,
    pub suggested: String,
}

/// How a dialog ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Chosen(PathBuf),
    Cancelled,
    /// No native dialog could open (no portal, no zenity): the app asks
    /// with its own chooser instead.
    Unavailable,
    /// The dialog answered with a name it garbled ("???.ron"); nothing is
    /// saved or opened under it, and the app asks with its own chooser.
    Damaged(PathBuf),
}

/// A dialog's answer.
pub type Answer = (Request, Outcome);

/// Runs dialogs off the UI thread and hands back their answers.
pub struct Dialogs {
    tx: Sender<Answer>,
    rx: Receiver<Answer>,
    open: bool,
    /// Skip the native dialog (`JOURNEYMAP_FILE_CHOOSER=builtin`, tests).
    pub builtin_only: bool,
}

impl Default for Dialogs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Dialogs {
            tx,
            rx,
            open: false,
            builtin_only: std::env::var("JOURNEYMAP_FILE_CHOOSER").is_ok_and(|v| v == "builtin"),
        }
    }
}

/// Errors rfd has logged: it reports a dialog that could not open only
/// through `log`, with the same `None` as a cancel.
static RFD_ERRORS: AtomicUsize = AtomicUsize::new(0);

/// rfd found no desktop portal and fell back to zenity: from then on the
/// app runs zenity itself ([`super::zenity`]), in the map's folder and in
/// a UTF-8 locale.
static NO_PORTAL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Counts rfd's error records; every other record is dropped, as before
/// there was a logger.
struct RfdErrors;

impl log::Log for RfdErrors {
    fn enabled(&self, meta: &log::Metadata) -> bool {
        meta.level() <= log::Level::Warn && meta.target().starts_with("rfd")
    }
    fn log(&self, record: &log::Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if record.level() == log::Level::Error {
            RFD_ERRORS.fetch_add(1, Ordering::SeqCst);
        } else if record.args().to_string().contains("zenity fallback") {
            NO_PORTAL.store(true, Ordering::SeqCst);
        }
    }
    fn flush(&self) {}
}

/// Install the logger that lets [`Dialogs`] see rfd's failures (once; a
/// logger installed by someone else wins).
fn watch_rfd_errors() {
    static LOGGER: RfdErrors = RfdErrors;
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
}

/// Systems whose native dialogs are the desktop portal or zenity.
const FREEDESKTOP: bool = cfg!(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "dragonfly",
    target_os = "netbsd",
    target_os = "openbsd"
));

/// Is there a session bus to find the desktop portal on?
fn session_bus() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists())
}

/// Can a native dialog open at all? On Linux and the BSDs it needs the
/// desktop portal (on the session bus) or `zenity`; elsewhere the system's
/// own dialogs are always there.
fn native_dialog_possible() -> bool {
    if !FREEDESKTOP {
        return true;
    }
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()))
    };
    let bus = session_bus();
    bus || on_path("zenity")
}

impl Dialogs {
    /// Show a dialog for `request`.
    pub fn show(&mut self, ctx: &egui::Context, request: Request) {
        if self.open {
            return;
        }
        self.open = true;
        if self.builtin_only || !native_dialog_possible() {
            let _ = self.tx.send((request, Outcome::Unavailable));
            ctx.request_repaint();
            return;
        }
        watch_rfd_errors();
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        // The dialog's title and filter names in the interface language,
        // which is kept per thread.
        spawn_in_language(crate::i18n::ui_lang(), move || {
            let errors_before = RFD_ERRORS.load(Ordering::SeqCst);
            let path = native_dialog(&request);
            let outcome = match path {
                Some(path) if super::zenity::looks_damaged(&path) => Outcome::Damaged(path),
                Some(path) => Outcome::Chosen(path),
                None if RFD_ERRORS.load(Ordering::SeqCst) != errors_before => Outcome::Unavailable,
                None => Outcome::Cancelled,
            };
            let _ = tx.send((request, outcome));
            ctx.request_repaint();
        });
    }

    /// The answer of a finished dialog, if any.
    pub fn poll(&mut self) -> Option<Answer> {
        let answer = self.rx.try_recv().ok()?;
        self.open = false;
        Some(answer)
    }
}

/// Run `work` on a new thread speaking `lang`: the interface language is
/// kept per thread, and a dialog's title and filter names are asked for on
/// its worker (they came out in English: «Review exports (CSV, Excel,
/// JSON)» in a Russian window).
fn spawn_in_language(
    lang: crate::model::Lang,
    work: impl FnOnce() + Send + 'static,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        crate::i18n::set_ui_lang(lang);
        work();
    })
}

/// Is there no desktop portal to ask, so zenity is the dialog? (No
/// session bus, or rfd already fell back to zenity once.)
fn zenity_is_the_dialog() -> bool {
    if !FREEDESKTOP {
        return false;
    }
    let bus = session_bus();
    !bus || NO_PORTAL.load(Ordering::SeqCst)
}

/// The native dialog for `request` (blocks until it closes).
fn native_dialog(request: &Request) -> Option<PathBuf> {
    let purpose = &request.purpose;
    if zenity_is_the_dialog() {
        let title = purpose.title();
        let ask = super::zenity::Ask {
            title: &title,
            save: purpose.saves(),
            folder: request.folder.as_deref(),
            suggested: &request.suggested,
            filter_name: &purpose.filter_name(),
            extensions: &purpose.extensions(),
        };
        // When it could not run, rfd tries and reports why.
        if let Ok(answer) = super::zenity::run(&ask) {
            return answer;
        }
    }
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
    if let Some(folder) = &request.folder {
        dialog = dialog.set_directory(folder);
    }
    let dialog = dialog.add_filter(purpose.filter_name(), &purpose.extensions());
    if purpose.saves() {
        dialog.set_file_name(request.suggested.clone()).save_file()
    } else {
        dialog.pick_file()
    }
}

impl Purpose {
    /// Does the dialog name a new file (save) rather than pick one?
    pub fn saves(&self) -> bool {
        matches!(
            self,
            Purpose::SaveAs | Purpose::Export(..) | Purpose::ExportComparison(_)
        )
    }

    /// The dialog's title, in the interface language (the app's own
    /// chooser says the same).
    pub fn title(&self) -> String {
        let key = match self {
            Purpose::Open => "chooser-open",
            Purpose::SaveAs => "chooser-save-as",
            Purpose::Import => "chooser-import",
            Purpose::ImportReviews => "chooser-import-reviews",
            Purpose::CompareVersions => "chooser-compare-versions",
            Purpose::MergeWith => "chooser-merge-with",
            Purpose::Compare => "chooser-compare",
            Purpose::Photo(_) => "chooser-photo",
            Purpose::CardPicture(_) => "chooser-picture",
            Purpose::Export(..) | Purpose::ExportComparison(_) => "chooser-export",
        };
        t!(key).into_owned()
    }

    /// The name of the kind of file the dialog lists.
    pub fn filter_name(&self) -> String {
        match self {
            Purpose::Open
            | Purpose::Compare
            | Purpose::SaveAs
            | Purpose::CompareVersions
            | Purpose::MergeWith => t!("files-journey-map").into_owned(),
            Purpose::Photo(_) | Purpose::CardPicture(_) => t!("files-image").into_owned(),
            Purpose::Import => t!("files-mermaid-markdown-or-csv").into_owned(),
            Purpose::ImportReviews => t!("files-reviews").into_owned(),
            Purpose::Export(format, _) => format.filter_name(),
            Purpose::ExportComparison("png") => ExportFormat::Png.filter_name(),
            Purpose::ExportComparison("svg") => ExportFormat::Svg.filter_name(),
            Purpose::ExportComparison(_) => crate::interop::Format::Markdown.label().to_string(),
        }
    }

    /// The extensions the dialog lists (lowercase, no dot).
    pub fn extensions(&self) -> Vec<&'static str> {
        match self {
            Purpose::Open
            | Purpose::Compare
            | Purpose::SaveAs
            | Purpose::CompareVersions
            | Purpose::MergeWith => vec!["ron"],
            Purpose::Photo(_) => vec!["png", "jpg", "jpeg"],
            Purpose::CardPicture(_) => PICTURE_EXTENSIONS.to_vec(),
            Purpose::Import => crate::interop::IMPORT_EXTENSIONS.to_vec(),
            Purpose::ImportReviews => crate::interop::reviews::REVIEW_EXTENSIONS.to_vec(),
            Purpose::Export(format, _) => vec![format.extension()],
            Purpose::ExportComparison(ext) => vec![*ext],
        }
    }
}

/// Extensions of the pictures a card can show.
pub const PICTURE_EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "webp", "gif"];

/// Whether `path` names a picture (by its extension).
pub fn is_picture_file(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PICTURE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn a_dialog_worker_names_its_files_in_the_interface_language() {
        crate::i18n::set_ui_lang(Lang::Ru);
        let (tx, rx) = channel();
        spawn_in_language(crate::i18n::ui_lang(), move || {
            let purposes = [
                Purpose::ImportReviews,
                Purpose::Open,
                Purpose::Export(ExportFormat::Pdf, Default::default()),
                Purpose::Export(ExportFormat::Png, Default::default()),
                Purpose::Export(ExportFormat::Svg, Default::default()),
                Purpose::ExportComparison("png"),
            ];
            let said: Vec<String> = purposes
                .iter()
                .flat_map(|p| [p.title(), p.filter_name()])
                .collect();
            tx.send(said).unwrap();
        })
        .join()
        .unwrap();
        let said = rx.recv().unwrap();
        assert_eq!(said[1], "Выгрузки отзывов (CSV, Excel, JSON)");
        assert_eq!(said[3], "Карта пути клиента");
        for text in &said {
            for english in ["Review", "Journey", "document", "image", "Open", "Export"] {
                assert!(!text.contains(english), "{text}");
            }
        }
        crate::i18n::set_ui_lang(Lang::En);
    }
}
