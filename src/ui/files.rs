//! Native file dialogs on a worker thread: a broken desktop portal can block
//! a dialog forever, and the UI must keep drawing meanwhile.

use crate::t;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Which format the user asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Png,
    Svg,
    /// A text format: Mermaid, CSV (with a BOM for Excel) or Markdown.
    Text(crate::interop::Format),
}

impl ExportFormat {
    /// File extension written.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::Text(format) => format.extension(),
        }
    }

    /// Name in the file dialog's filter.
    pub fn filter_name(self) -> String {
        match self {
            ExportFormat::Png => t!("files-png-image").into_owned(),
            ExportFormat::Svg => t!("files-svg-image").into_owned(),
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
    /// A photo for this persona.
    Photo(crate::model::PersonaId),
    /// Where to save the current-vs-future comparison (file extension:
    /// png, svg or md).
    ExportComparison(&'static str),
}

/// A dialog answer: the purpose and the chosen path (`None` if cancelled).
pub type Answer = (Purpose, Option<PathBuf>);

/// Runs dialogs off the UI thread and hands back their answers.
pub struct Dialogs {
    tx: Sender<Answer>,
    rx: Receiver<Answer>,
    open: bool,
}

impl Default for Dialogs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Dialogs {
            tx,
            rx,
            open: false,
        }
    }
}

impl Dialogs {
    /// Show a dialog for `purpose`; `suggested` names the file to save.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        folder: Option<PathBuf>,
        suggested: String,
    ) {
        if self.open {
            return;
        }
        self.open = true;
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let path = match &purpose {
                Purpose::Open | Purpose::Compare => dialog
                    .add_filter(t!("files-journey-map"), &["ron"])
                    .pick_file(),
                Purpose::SaveAs => dialog
                    .add_filter(t!("files-journey-map"), &["ron"])
                    .set_file_name(suggested)
                    .save_file(),
                Purpose::Photo(_) => dialog
                    .add_filter(t!("files-image"), &["png", "jpg", "jpeg"])
                    .pick_file(),
                Purpose::Import => dialog
                    .add_filter(
                        t!("files-mermaid-markdown-or-csv"),
                        &crate::interop::IMPORT_EXTENSIONS,
                    )
                    .pick_file(),
                Purpose::Export(format, _) => dialog
                    .add_filter(format.filter_name(), &[format.extension()])
                    .set_file_name(suggested)
                    .save_file(),
                Purpose::ExportComparison(ext) => dialog
                    .add_filter(ext.to_uppercase(), &[*ext])
                    .set_file_name(suggested)
                    .save_file(),
            };
            let _ = tx.send((purpose, path));
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
