//! The desktop app (eframe/egui): start screen, canvas, menus, file dialogs.
//! It reads the document and layout; it never draws anything the exporter
//! would not (both paint the same display list).

mod add_card_button;
mod app;
mod apply;
mod autosave;
mod badge;
mod canvas;
mod chrome;
mod clipboard_ops;
mod command;
mod comments;
mod compare_ui;
mod context_menu;
mod document;
mod empty_hint;
mod export_dialog;
mod file_ops;
mod files;
mod filter;
mod in_place;
mod inbox;
mod inspector;
mod intent;
mod interact;
mod key_names;
mod keyboard;
mod local_time;
mod modal;
mod overlay;
mod paint;
mod palette;
mod panels;
mod path_chooser;
mod picture_cache;
mod pictures;
mod pictures_ui;
mod point_choice;
mod prefs;
mod present;
mod pressed;
mod priorities;
mod review_commands;
mod review_drop;
mod search;
mod search_marks;
mod selection;
mod session;
mod start;
mod versions;
mod versions_labels;
mod versions_marks;
mod versions_ui;
mod versions_words;
mod windows;
mod zenity;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::{JourneyApp, setup_context};
pub use canvas::{Camera, CanvasState, FitMode, canvas_ui};
pub use command::UiCommand;
pub use document::Document;
pub use filter::ViewFilter;
pub use inbox::Inbox;
pub use intent::{Intent, Replace};
pub use prefs::Prefs;
pub use selection::Selection;
pub use session::Session;

/// Open the app window (on `file` when given). Without a display this prints
/// what to do instead and returns exit code 1.
/// The window icon: `assets/icon/journeymap.svg`, rendered with resvg at
/// start (the same picture the Linux `.desktop` entry installs).
fn window_icon() -> egui::IconData {
    const SVG: &str = include_str!("../../assets/icon/journeymap.svg");
    const SIDE: u32 = 256;
    let rendered = resvg::usvg::Tree::from_str(SVG, &resvg::usvg::Options::default())
        .ok()
        .zip(resvg::tiny_skia::Pixmap::new(SIDE, SIDE))
        .map(|(tree, mut pixmap)| {
            let scale = SIDE as f32 / tree.size().width();
            let transform = resvg::tiny_skia::Transform::from_scale(scale, scale);
            resvg::render(&tree, transform, &mut pixmap.as_mut());
            pixmap.take_demultiplied()
        });
    match rendered {
        Some(rgba) => egui::IconData {
            rgba,
            width: SIDE,
            height: SIDE,
        },
        None => egui::IconData::default(),
    }
}

pub fn run(file: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("journeymap")
            .with_app_id("journeymap")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true)
            .with_icon(window_icon()),
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

#[cfg(test)]
mod icon_tests {
    /// The icon renders: the right size, mostly opaque.
    #[test]
    fn the_window_icon_renders_from_its_svg() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        let opaque = icon.rgba.chunks(4).filter(|p| p[3] > 200).count();
        assert!(opaque > 256 * 256 / 2, "{opaque} opaque pixels");
    }
}
