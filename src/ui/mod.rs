//! The desktop app (eframe/egui): start screen, canvas, menus, file dialogs.
//! It reads the document and layout; it never draws anything the exporter
//! would not (both paint the same display list).

mod app;
mod apply;
mod autosave;
mod canvas;
mod chrome;
mod command;
mod compare_ui;
mod context_menu;
mod document;
mod export_dialog;
mod file_ops;
mod files;
mod filter;
mod in_place;
mod inspector;
mod intent;
mod interact;
mod keyboard;
mod modal;
mod overlay;
mod paint;
mod palette;
mod path_chooser;
mod prefs;
mod present;
mod priorities;
mod search;
mod selection;
mod session;
mod start;
mod windows;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::{JourneyApp, setup_context};
pub use canvas::{Camera, CanvasState, FitMode, canvas_ui};
pub use command::UiCommand;
pub use document::Document;
pub use filter::ViewFilter;
pub use intent::{Intent, Replace};
pub use prefs::Prefs;
pub use selection::Selection;
pub use session::Session;

/// Open the app window (on `file` when given). Without a display this prints
/// what to do instead and returns exit code 1.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("journeymap")
            .with_app_id("journeymap")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "journeymap",
        options,
        Box::new(move |cc| Ok(Box::new(JourneyApp::new(cc, file)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "journeymap: cannot open a window ({e}).\n\
                 Without a display, use the headless commands: `journeymap templates`, \
                 `journeymap new`, `journeymap check`, `journeymap export` (see `journeymap --help`)."
            );
            ExitCode::from(1)
        }
    }
}
