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

/// Counts rfd's error records; every other record is dropped, as before
/// there was a logger.
struct RfdErrors;

impl log::Log for RfdErrors {
    fn enabled(&self, meta: &log::Metadata) -> bool {
        meta.level() == log::Level::Error && meta.target().starts_with("rfd")
    }
    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            RFD_ERRORS.fetch_add(1, Ordering::SeqCst);
        }
    }
    fn flush(&self) {}
}

/// Install the logger that lets [`Dialogs`] see rfd's failures (once; a
/// logger installed by someone else wins).
fn watch_rfd_errors() {
    static LOGGER: RfdErrors = RfdErrors;
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(log::LevelFilter::Error);
    }
}

/// Can a native dialog open at all? On Linux and the BSDs it needs the
/// desktop portal (on the session bus) or `zenity`; elsewhere the system's
/// own dialogs are always there.
fn native_dialog_possible() -> bool {
    if !cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "dragonfly",
        target_os = "netbsd",
        target_os = "openbsd"
    )) {
        return true;
    }
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()))
    };
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
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
        std::thread::spawn(move || {
            let errors_before = RFD_ERRORS.load(Ordering::SeqCst);
            let path = native_dialog(&request);
            let outcome = match path {
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

/// The native dialog for `request` (blocks until it closes).
fn native_dialog(request: &Request) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new();
    if let Some(folder) = &request.folder {
        dialog = dialog.set_directory(folder);
    }
    let purpose = &request.purpose;
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
            Purpose::ExportComparison(ext) => ext.to_uppercase(),
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
