//! The desktop app (eframe/egui): start screen, canvas, menus, file dialogs.
//! It reads the document and layout; it never draws anything the exporter
//! would not (both paint the same display list).

mod actions;
mod app;
mod canvas;
mod chrome;
mod clipboard;
mod compare_ui;
mod document;
mod export_dialog;
mod files;
mod filter;
mod in_place;
mod inspector;
mod interact;
mod paint;
mod persona_ui;
pub mod priorities;
mod recovery_ui;
mod selection;
mod start;

use std::path::PathBuf;
use std::process::ExitCode;

pub use actions::Action;
pub use app::{JourneyApp, Prefs, setup_context};
pub use canvas::{Camera, CanvasState, FitMode, canvas_ui};
pub use document::Document;
pub use filter::ViewFilter;
pub use selection::{Intent, Selection};

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
