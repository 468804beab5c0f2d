//! The app: its state and the frame. Each frame draws every panel, which
//! only push [`Intent`]s into one queue; the queue is drained once, after
//! drawing (`apply.rs`), so nothing changes the map while it is drawn.

use std::path::PathBuf;

use egui::{Ui, ViewportCommand};

use super::autosave::Autosave;
use super::canvas::{CanvasState, canvas_ui};
use super::chrome::{menu_bar_ui, status_bar_ui};
use super::command::UiCommand;
use super::document::Document;
use super::files::Dialogs;
use super::intent::{Intent, Replace};
use super::modal::{Modal, modal_ui};
use super::prefs::{PREFS_KEY, Prefs};
use super::pressed::pressed;
use super::selection::Selection;
use super::session::Session;
use super::start::{StartState, start_ui};
use crate::style::Theme;
use crate::t;

/// The journeymap application state.
pub struct JourneyApp {
    pub prefs: Prefs,
    /// The open map and its view; `None` shows the start screen.
    pub session: Option<Session>,
    pub(super) start: StartState,
    pub(super) dialogs: Dialogs,
    /// Open modal dialogs, the top one last (an error over a question).
    pub(super) modals: Vec<Modal>,
    /// What to do after a Save As started from "save changes?" succeeds.
    pub(super) after_save: Option<Replace>,
    /// A short message in the status bar, about the last thing done.
    pub notice: Option<String>,
    /// What the UI asked for this frame; drained after drawing.
    pub(super) queue: Vec<Intent>,
    pub(super) autosave: Autosave,
    applied_theme: Option<Theme>,
    window_title: String,
    pub(super) allow_close: bool,
    /// Did a text field have keyboard focus at the end of the last frame?
    typing_last_frame: bool,
    /// A navigation key (arrow, Tab, Home, End) moved the selection this
    /// frame: egui moves its own widget focus on the same keys, which is
    /// undone at the end of the frame so the next key reaches the map.
    nav_key: bool,
    /// egui time of this frame, and since when the map has been dirty.
    pub(super) now: f64,
    dirty_since: Option<f64>,
    /// The egui context, for starting dialogs.
    pub(super) ctx: Option<egui::Context>,
    /// Date in the map footer of every session; `None` is today (tests pin it).
    pub footer_date: Option<String>,
    /// Pictures dropped, waiting for the pointer to say where.
    pub(super) pending_drop: Option<super::intent::PendingDrop>,
}

impl JourneyApp {
    /// Create the app; opens `file` if given.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        setup_context(&cc.egui_ctx);
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            .unwrap_or_default();
        let mut prefs = prefs;
        // First start: the system's language, remembered from then on.
        prefs.language.get_or_insert_with(crate::i18n::system_lang);
        let mut app = JourneyApp::with_prefs(prefs);
        let recovery_dir = eframe::storage_dir("journeymap");
        crate::io::assets::sweep_unsaved_assets_later(recovery_dir.clone());
        app.use_recovery_dir(recovery_dir);
        if let Some(path) = file {
            app.open_path(&path);
        }
        app
    }

    /// An app with no window attached (tests), starting on the start screen.
    pub fn with_prefs(prefs: Prefs) -> Self {
        crate::i18n::set_ui_lang(prefs.language.unwrap_or_default());
        JourneyApp {
            prefs,
            session: None,
            start: StartState::default(),
            dialogs: Dialogs::default(),
            modals: Vec::new(),
            after_save: None,
            notice: None,
            queue: Vec::new(),
            autosave: Autosave::default(),
            applied_theme: None,
            window_title: String::new(),
            allow_close: false,
            typing_last_frame: false,
            nav_key: false,
            now: 0.0,
            dirty_since: None,
            ctx: None,
            footer_date: None,
            pending_drop: None,
        }
    }

    /// Ask for files with the app's own chooser instead of the native
    /// dialog (what happens when no native dialog can open; tests use it).
    pub fn use_builtin_file_chooser(&mut self) {
        self.dialogs.builtin_only = true;
    }

    /// Use `dir` for recovery copies and offer one left by a crash.
    pub fn use_recovery_dir(&mut self, dir: Option<PathBuf>) {
        for orphan in self.autosave.use_dir(dir) {
            match orphan.copy {
                Ok(recovery) => self.modals.push(Modal::Recovery {
                    offer: Box::new(recovery),
                    slot: orphan.slot,
                }),
                // Left in place for the user to look at; the lock goes.
                Err(e) => self.show_error(t!("error-recovery-unreadable", error = e)),
            }
        }
    }

    /// The open map's document.
    pub fn doc(&self) -> Option<&Document> {
        self.session.as_ref().map(|s| &s.doc)
    }

    /// The open map's document, to change it (tests).
    pub fn doc_mut(&mut self) -> Option<&mut Document> {
        self.session.as_mut().map(|s| &mut s.doc)
    }

    /// The canvas of the open map. Panics on the start screen.
    pub fn canvas(&self) -> &CanvasState {
        &self.session.as_ref().expect("a map is open").canvas
    }

    /// The canvas of the open map, to change it. Panics on the start screen.
    pub fn canvas_mut(&mut self) -> &mut CanvasState {
        &mut self.session.as_mut().expect("a map is open").canvas
    }

    /// The selection in the open map (nothing on the start screen).
    pub fn selection(&self) -> &Selection {
        static NONE: Selection = Selection::None;
        self.session.as_ref().map_or(&NONE, |s| &s.selection)
    }

    /// Is the touchpoint priorities window open?
    pub fn show_priorities(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.show_priorities)
    }

    /// The error on show, if any.
    pub fn error(&self) -> Option<String> {
        self.modals.iter().rev().find_map(|m| match m {
            Modal::Error(e) => Some(e.clone()),
            _ => None,
        })
    }

    /// Close the error on show and return it.
    pub fn take_error(&mut self) -> Option<String> {
        let i = self
            .modals
            .iter()
            .rposition(|m| matches!(m, Modal::Error(_)))?;
        match self.modals.remove(i) {
            Modal::Error(e) => Some(e),
            _ => None,
        }
    }

    /// Show an error; the open map stays as it was.
    pub fn show_error(&mut self, message: String) {
        self.modals.push(Modal::Error(message));
    }

    /// Is a modal dialog open (so shortcuts must not reach the map)?
    pub fn modal_open(&self) -> bool {
        !self.modals.is_empty()
    }

    /// Is a "save changes?" question showing?
    pub fn is_confirming(&self) -> bool {
        self.modals
            .iter()
            .any(|m| matches!(m, Modal::Confirm { .. }))
    }

    /// The title the window shows (for tests).
    pub fn window_title(&self) -> &str {
        &self.window_title
    }

    /// Queue an intent, as a panel would (tests, drops, dialogs).
    pub fn push(&mut self, intent: Intent) {
        self.queue.push(intent);
    }

    /// Run a command now, as its menu item or shortcut would.
    pub fn run(&mut self, command: UiCommand) {
        self.queue.push(Intent::Run(command));
        self.drain_queue();
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        if self.modal_open() {
            return;
        }
        // Presenting: the keys step through the stages and nothing else.
        if let Some(session) = &mut self.session
            && session.presenting.is_some()
        {
            let now = ctx.input(|i| i.time);
            for step in super::present::steps_pressed(ctx) {
                if !super::present::apply(session, step, now) {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                    break;
                }
            }
            return;
        }
        // egui drops focus on Esc before we run, so also ask about last frame:
        // Esc that ends a text edit must not also clear the selection.
        let typing = ctx.egui_wants_keyboard_input() || self.typing_last_frame;
        let dragging = self
            .session
            .as_ref()
            .is_some_and(|s| s.canvas.drag.is_some() || s.canvas.editing.is_some());
        for command in pressed(ctx, typing) {
            if command == UiCommand::Deselect && dragging {
                continue;
            }
            self.nav_key |= command.is_navigation();
            self.queue.push(Intent::Run(command));
        }
        if !typing {
            self.clipboard_events(ctx);
        }
    }

    fn handle_window_events(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        // Pictures dropped on an open map go where the pointer is.
        let (pictures, dropped): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|p| self.session.is_some() && super::files::is_picture_file(p));
        self.dropped_pictures(ctx, pictures);
        if let Some(path) = dropped.into_iter().next() {
            // Review exports go into the open map's inbox; Mermaid,
            // Markdown and CSV files are imported; anything else is opened as
            // a map (and gets a clear error if it is not one).
            if self.is_review_file(&path) {
                let purpose = Box::new(super::files::Purpose::ImportReviews);
                self.queue.push(Intent::PathChosen(purpose, path));
            } else {
                let what = if crate::interop::Format::from_path(&path).is_some() {
                    Replace::ImportPath(path)
                } else {
                    Replace::OpenPath(path)
                };
                self.queue.push(Intent::Request(what));
            }
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc().is_some_and(Document::is_dirty) {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.queue.push(Intent::Request(Replace::Quit));
            } else {
                self.allow_close = true;
            }
        }
    }

    fn update_window(&mut self, ctx: &egui::Context) {
        if self.allow_close && !self.is_confirming() {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        let title = self
            .doc()
            .map_or_else(|| "journeymap".to_string(), Document::window_title);
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.prefs.theme) {
            ctx.set_theme(match self.prefs.theme {
                Theme::Light => egui::Theme::Light,
                Theme::Dark => egui::Theme::Dark,
            });
            self.applied_theme = Some(self.prefs.theme);
        }
    }

    fn autosave_tick(&mut self, ctx: &egui::Context) {
        match &self.session {
            Some(s) if s.doc.is_dirty() => {
                self.dirty_since.get_or_insert(self.now);
            }
            _ => self.dirty_since = None,
        }
        let doc = self.session.as_ref().map(|s| &s.doc);
        if let Err(e) = self.autosave.tick(ctx, doc, self.now, self.dirty_since) {
            self.notice = Some(t!("notice-recovery-failed", error = e));
        }
    }

    /// Write the recovery copy now (if the map has unsaved changes).
    pub fn autosave_now(&mut self) {
        let Some(session) = &self.session else { return };
        if let Err(e) = self.autosave.write_now(&session.doc, self.now) {
            self.notice = Some(t!("notice-recovery-failed", error = e));
        }
    }

    /// Draw every panel of the frame; what they ask for lands in the queue.
    fn draw_ui(&mut self, ui: &mut Ui, ctx: &egui::Context) {
        let mut out = std::mem::take(&mut self.queue);
        if let Some(session) = &mut self.session {
            session.reveal_pending();
        }
        let presenting = self
            .session
            .as_ref()
            .is_some_and(|s| s.presenting.is_some());
        if presenting && let Some(session) = &mut self.session {
            egui::Panel::bottom("speaker-notes").show(ui, |ui| {
                super::present::notes_ui(ui, session);
            });
            super::present::frame_stage(ctx, session);
            let theme = self.prefs.theme;
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let intents = canvas_ui(
                    ui,
                    &session.doc,
                    &mut session.canvas,
                    theme,
                    &Selection::None,
                );
                // Clicks do not edit the map while presenting.
                drop(intents);
                super::present::dim_others(ui, session);
            });
            self.queue = out;
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| {
            menu_bar_ui(ui, self.session.as_ref(), &self.prefs, &mut out);
        });
        if let Some(session) = &mut self.session
            && let Some(bar) = &mut session.search
        {
            // An edit since the last search: find again.
            if bar.revision != session.doc.revision {
                bar.refresh(&session.doc.map);
                bar.revision = session.doc.revision;
            }
            egui::Panel::top("search").show(ui, |ui| {
                super::search::search_bar_ui(ui, bar, &mut out);
            });
        }
        if let Some(session) = &mut self.session {
            egui::Panel::bottom("status").show(ui, |ui| {
                status_bar_ui(ui, session, self.notice.as_deref(), &mut out);
            });
            let author = self.prefs.comment_author_or_login();
            if let Some(panel) = &mut session.comments {
                panel.author_confirmed = !self.prefs.comment_author.trim().is_empty();
            }
            super::panels::side_panels_ui(
                ui,
                session,
                &author,
                self.prefs.inspector_hidden,
                &mut out,
            );
        }
        // Windows and dialogs before the canvas: the canvas builds its text
        // meshes last, after all other text of the frame is in the font atlas.
        if let Some(session) = &self.session {
            super::windows::windows_ui(ctx, session, &mut out);
        }
        if let Some(modal) = self.modals.last_mut() {
            let view = self.session.as_ref().map(|s| (s.canvas.filter, &s.doc.map));
            modal_ui(ctx, modal, view, &mut out);
        }
        let theme = self.prefs.theme;
        egui::CentralPanel::no_frame().show(ui, |ui| match &mut self.session {
            Some(session) => {
                let intents = canvas_ui(
                    ui,
                    &session.doc,
                    &mut session.canvas,
                    theme,
                    &session.selection,
                );
                out.extend(intents);
                super::comments::badges::badges_ui(ui, session, &mut out);
                super::versions_marks::versions_marks_ui(ui, session, &mut out);
                super::search_marks::search_marks_ui(ui, session);
            }
            None => {
                egui::Frame::central_panel(ui.style()).show(ui, |ui| {
                    ui.set_min_size(ui.available_size());
                    start_ui(ui, &mut self.start, &self.prefs.recent, theme, &mut out);
                });
            }
        });
        self.queue = out;
    }
}

/// Fonts and text options for the app (also used by UI tests).
pub fn setup_context(ctx: &egui::Context) {
    ctx.set_fonts(crate::fonts::definitions());
    egui_extras::install_image_loaders(ctx);
    // Hinting snaps outlines to the pixel grid, which makes thin strokes such
    // as hyphens and dashes vanish at card sizes; the canvas is also zoomed,
    // so unhinted outlines look better there anyway.
    ctx.all_styles_mut(|style| style.visuals.text_options.font_hinting = false);
}

impl JourneyApp {
    /// Show `map` as a new, unsaved map (benchmarks and tools; the UI opens
    /// maps through `Replace`).
    pub fn open_map(&mut self, map: crate::model::JourneyMap) {
        self.replace_session(Document::new(map, None));
    }

    /// One frame of the whole app in `ui` (what eframe calls every frame).
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = Some(ctx.clone());
        self.now = ctx.input(|i| i.time);
        // The interface language is per thread: say it for this frame.
        crate::i18n::set_ui_lang(self.prefs.language.unwrap_or_default());
        self.apply_theme(&ctx);
        self.poll_dialogs();
        self.poll_review_reading();
        self.handle_shortcuts(&ctx);
        self.handle_window_events(&ctx);
        // What shortcuts and window events asked for happens before drawing,
        // so this frame already shows it.
        self.drain_queue();
        self.autosave_tick(&ctx);
        self.draw_ui(ui, &ctx);
        self.drain_queue();
        self.update_window(&ctx);
        if std::mem::take(&mut self.nav_key) {
            ctx.memory_mut(|m| m.stop_text_input());
        }
        self.typing_last_frame = ctx.egui_wants_keyboard_input();
    }
}

impl eframe::App for JourneyApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }
}
