//! The app: screens, menus, shortcuts, file handling and modal dialogs.

use std::path::{Path, PathBuf};

use egui::{Key, Ui, ViewportCommand};
use serde::{Deserialize, Serialize};

use super::actions::Action;
use super::canvas::{CanvasState, FitMode};
use super::document::Document;
use super::export_dialog::ExportFormat;
use super::files::{Dialogs, Purpose};
use super::in_place::InPlaceEdit;
use super::inspector::{add_stage_intent, duplicate_intent};
use super::selection::{Intent, Selection};
use super::start::StartState;
use crate::edit::Command;
use crate::export::{ExportOptions, export_to_file};
use crate::io::{Template, load_file, save_file};
use crate::model::{Card, CardId};
use crate::style::Theme;

/// How many recent files the start screen lists.
const MAX_RECENT: usize = 8;

/// Preferences kept between runs (eframe persistence).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub theme: Theme,
    pub recent: Vec<PathBuf>,
    pub export_scale: f32,
    pub export_theme: Theme,
    pub export_text_as_paths: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            theme: Theme::Light,
            recent: Vec::new(),
            export_scale: 2.0,
            export_theme: Theme::Light,
            export_text_as_paths: false,
        }
    }
}

impl Prefs {
    /// Put `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// Something that would replace or close the open map; it waits for the
/// user's answer when the map has unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Replace {
    Template(&'static Template),
    OpenPath(PathBuf),
    OpenDialog,
    ImportDialog,
    ImportPath(PathBuf),
    StartScreen,
    Quit,
}

const PREFS_KEY: &str = "journeymap-prefs";

/// The journeymap application state.
pub struct JourneyApp {
    pub prefs: Prefs,
    /// The open map; `None` shows the start screen.
    pub doc: Option<Document>,
    pub canvas: CanvasState,
    pub(super) start: StartState,
    pub(super) dialogs: Dialogs,
    /// A replacement waiting for "save changes?".
    pub(super) confirm: Option<Replace>,
    /// What to do after a Save As started from the confirm dialog succeeds.
    pub(super) after_save: Option<Replace>,
    /// An error to show in a modal; the open map stays as it was.
    pub error: Option<String>,
    /// A short message in the status bar.
    pub notice: Option<String>,
    pub(super) export_options: Option<ExportOptions>,
    pub(super) show_help: bool,
    pub(super) applied_theme: Option<Theme>,
    pub(super) window_title: String,
    pub(super) allow_close: bool,
    /// The selected card, stage or lane (view state).
    pub selection: Selection,
    /// Put the cursor into the inspector's text field on the next frame.
    pub(super) focus_text: bool,
    /// A map to compare the open one with (name, map), shown in a window.
    pub comparison: Option<(String, crate::model::JourneyMap)>,
    /// Is the "Touchpoint priorities" window open?
    pub show_priorities: bool,
    /// Did a text field have keyboard focus at the end of the last frame?
    pub(super) typing_last_frame: bool,
    /// Recovery copies of unsaved work.
    pub(super) autosave: super::recovery_ui::Autosave,
    /// egui time of this frame, and since when the map has been dirty.
    pub(super) now: f64,
    pub(super) dirty_since: Option<f64>,
    /// The egui context, for starting dialogs from actions.
    pub(super) ctx: Option<egui::Context>,
}

impl JourneyApp {
    /// Create the app; opens `file` if given.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        setup_context(&cc.egui_ctx);
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            .unwrap_or_default();
        let mut app = JourneyApp::with_prefs(prefs);
        app.use_recovery_dir(eframe::storage_dir("journeymap"));
        if let Some(path) = file {
            app.open_path(&path);
        }
        app
    }

    /// An app with no window attached (tests), starting on the start screen.
    pub fn with_prefs(prefs: Prefs) -> Self {
        JourneyApp {
            prefs,
            doc: None,
            canvas: CanvasState::default(),
            start: StartState::default(),
            dialogs: Dialogs::default(),
            confirm: None,
            after_save: None,
            error: None,
            notice: None,
            export_options: None,
            show_help: false,
            applied_theme: None,
            window_title: String::new(),
            allow_close: false,
            ctx: None,
            autosave: Default::default(),
            typing_last_frame: false,
            show_priorities: false,
            comparison: None,
            now: 0.0,
            dirty_since: None,
            selection: Selection::None,
            focus_text: false,
        }
    }

    /// Open a map file. On error the message is shown and the open map stays.
    pub fn open_path(&mut self, path: &Path) {
        match load_file(path) {
            Ok(loaded) => {
                let mut doc = Document::new(loaded.map, Some(path.to_path_buf()));
                self.notice = Some(if loaded.warnings.is_empty() {
                    format!("Opened {}", doc.display_name())
                } else {
                    format!(
                        "Opened {} — {} problem(s) repaired: {}",
                        doc.display_name(),
                        loaded.warnings.len(),
                        loaded.warnings[0].message
                    )
                });
                doc.warnings = loaded.warnings;
                self.replace_doc(doc);
                self.canvas.reset();
                self.selection = Selection::None;
                self.prefs.remember(path);
            }
            Err(e) => self.error = Some(format!("Could not open the map.\n\n{e}")),
        }
    }

    /// Show `doc` instead of the open map, whose changes were saved or
    /// discarded by the user, so its recovery copy goes too (unless a copy
    /// from a crash is still waiting for an answer).
    fn replace_doc(&mut self, doc: Document) {
        if self.autosave.offer.is_none() {
            self.discard_recovery_copy();
        }
        self.doc = Some(doc);
    }

    /// Start a new, unsaved map from a template.
    pub fn new_from_template(&mut self, template: &'static Template) {
        match template.instantiate() {
            Ok(map) => {
                self.replace_doc(Document::new(map, None));
                self.canvas.reset();
                self.selection = Selection::None;
                self.notice = Some(format!("New map from the {} template", template.title));
            }
            Err(e) => self.error = Some(format!("The template is broken: {e}")),
        }
    }

    /// Save to `path`; errors keep the map open and unsaved.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let Some(doc) = &mut self.doc else {
            return false;
        };
        match save_file(path, &doc.map) {
            Ok(()) => {
                doc.mark_saved(path);
                self.notice = Some(format!("Saved {}", path.display()));
                self.prefs.remember(path);
                self.discard_recovery_copy();
                true
            }
            Err(e) => {
                self.error = Some(e.to_string());
                false
            }
        }
    }

    /// Ask to replace or close the map, confirming first if it has unsaved changes.
    pub fn request(&mut self, what: Replace) {
        if self.doc.as_ref().is_some_and(Document::is_dirty) {
            self.confirm = Some(what);
        } else {
            self.perform(what);
        }
    }

    pub(super) fn perform(&mut self, what: Replace) {
        match what {
            Replace::Template(t) => self.new_from_template(t),
            Replace::OpenPath(p) => self.open_path(&p),
            Replace::OpenDialog => self.show_dialog(Purpose::Open),
            Replace::ImportDialog => self.show_dialog(Purpose::Import),
            Replace::ImportPath(p) => self.import_path(&p),
            Replace::StartScreen => {
                self.doc = None;
                self.notice = None;
                self.discard_recovery_copy();
            }
            Replace::Quit => {
                self.allow_close = true;
                self.discard_recovery_copy();
            }
        }
    }

    pub(super) fn show_dialog(&mut self, purpose: Purpose) {
        let folder = self
            .doc
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .or_else(|| {
                self.prefs
                    .recent
                    .first()
                    .and_then(|p| p.parent().map(Path::to_path_buf))
            });
        let stem = self
            .doc
            .as_ref()
            .map(|d| match &d.path {
                Some(p) => p
                    .file_stem()
                    .map_or("map".into(), |s| s.to_string_lossy().into_owned()),
                None => file_stem_for(&d.map.title),
            })
            .unwrap_or_else(|| "map".into());
        let suggested = match &purpose {
            Purpose::Open | Purpose::Photo(_) => String::new(),
            Purpose::SaveAs => format!("{stem}.ron"),
            Purpose::Import | Purpose::Compare => String::new(),
            Purpose::Export(format, _) => format!("{stem}.{}", format.extension()),
            Purpose::ExportComparison(ext) => format!("{stem}-current-vs-future.{ext}"),
        };
        if let Some(ctx) = self.ctx.clone() {
            self.dialogs.show(&ctx, purpose, folder, suggested);
        }
    }

    /// Run an action from a menu, shortcut or button.
    pub fn run(&mut self, action: Action) {
        if action.needs_map() && self.doc.is_none() {
            return;
        }
        match action {
            Action::NewMap => self.request(Replace::StartScreen),
            Action::Open => self.request(Replace::OpenDialog),
            Action::Import => self.request(Replace::ImportDialog),
            Action::Save => match self.doc.as_ref().and_then(|d| d.path.clone()) {
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.show_dialog(Purpose::SaveAs),
            },
            Action::SaveAs => self.show_dialog(Purpose::SaveAs),
            Action::Export => {
                self.export_options = Some(ExportOptions {
                    theme: self.prefs.export_theme,
                    scale: self.prefs.export_scale,
                    text_as_paths: self.prefs.export_text_as_paths,
                    date: None,
                    evidence_appendix: false,
                    heat: self.canvas.heat,
                    map_dir: self
                        .doc
                        .as_ref()
                        .and_then(|d| d.dir())
                        .map(Path::to_path_buf),
                    // What the canvas shows now.
                    filter: self.canvas.filter,
                    confidence_counts: self.canvas.confidence_counts,
                })
            }
            Action::CloseMap => self.request(Replace::StartScreen),
            Action::Undo => {
                let label = self.doc.as_mut().and_then(Document::undo);
                self.notice =
                    Some(label.map_or("Nothing to undo".into(), |l| format!("Undid: {l}")));
                self.canvas.drag = None;
            }
            Action::Redo => {
                let label = self.doc.as_mut().and_then(Document::redo);
                self.notice =
                    Some(label.map_or("Nothing to redo".into(), |l| format!("Redid: {l}")));
            }
            Action::Delete => {
                let (commands, label): (Vec<Command>, &'static str) = match &self.selection {
                    Selection::Cards(ids) => (
                        ids.iter()
                            .map(|&card| Command::RemoveCard { card })
                            .collect(),
                        if ids.len() == 1 {
                            "Delete card"
                        } else {
                            "Delete cards"
                        },
                    ),
                    Selection::Stage(stage) => {
                        (vec![Command::RemoveStage { stage: *stage }], "Delete stage")
                    }
                    Selection::Lane(lane) => {
                        (vec![Command::RemoveLane { lane: *lane }], "Delete lane")
                    }
                    Selection::Persona(persona) => (
                        vec![Command::RemovePersona { persona: *persona }],
                        "Delete persona",
                    ),
                    Selection::None => (Vec::new(), ""),
                };
                if !commands.is_empty() {
                    let mut intents = vec![Intent::Begin(label)];
                    intents.extend(commands.into_iter().map(|c| Intent::Apply(c, label)));
                    intents.extend([Intent::Commit, Intent::Select(Selection::None)]);
                    self.apply_intents(intents);
                }
            }
            Action::Duplicate => {
                if let (Some(id), Some(doc)) = (self.selection.single_card(), &self.doc)
                    && let Some((lane, card)) = doc.map.card(id)
                {
                    let intent = duplicate_intent(&doc.map, lane, card);
                    self.apply_intents(vec![intent]);
                }
            }
            Action::AddStage => {
                if let Some(doc) = &self.doc {
                    let intent = add_stage_intent(&doc.map, doc.map.stages.len());
                    self.apply_intents(vec![intent]);
                }
            }
            Action::ZoomIn => self.canvas.zoom_by(1.25),
            Action::ZoomOut => self.canvas.zoom_by(1.0 / 1.25),
            Action::ZoomReset => self.canvas.zoom_reset(),
            Action::ZoomFit => self.canvas.pending_fit = Some(FitMode::Whole),
            Action::ToggleTheme => {
                self.prefs.theme = match self.prefs.theme {
                    Theme::Light => Theme::Dark,
                    Theme::Dark => Theme::Light,
                }
            }
            Action::Help => self.show_help = true,
        }
    }

    fn handle_dialog_answers(&mut self) {
        let Some((purpose, path)) = self.dialogs.poll() else {
            return;
        };
        let Some(path) = path else {
            self.after_save = None;
            return;
        };
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
            Purpose::Import => self.import_path(&path),
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
        let Some(doc) = &mut self.doc else { return };
        if let Err(why) = crate::model::photo_file(&path.display().to_string(), None) {
            self.error = Some(format!("Cannot use {} as a photo: {why}", path.display()));
            return;
        }
        if let Err(e) = image::ImageReader::open(path)
            .and_then(|r| r.with_guessed_format())
            .map_err(|e| e.to_string())
            .and_then(|r| r.decode().map_err(|e| e.to_string()))
        {
            self.error = Some(format!("Cannot use {} as a photo: {e}", path.display()));
            return;
        }
        let Some(mut persona) = doc.map.persona(id).cloned() else {
            return;
        };
        // Inside the map's folder: stored relative, so both can move together.
        let dir = doc.dir();
        let stored = dir.and_then(|d| path.strip_prefix(d).ok()).unwrap_or(path);
        persona.photo = Some(stored.display().to_string());
        doc.apply(Command::UpdatePersona { persona }, "Set photo");
    }

    /// Import a Mermaid, Markdown or CSV file as a new, unsaved map. On error
    /// the message is shown and the open map stays.
    pub fn import_path(&mut self, path: &Path) {
        match crate::interop::import_file(path) {
            Ok(map) => {
                let mut doc = Document::new(map, None);
                doc.touch(); // not saved as a map yet
                self.notice = Some(format!("Imported {}", path.display()));
                self.replace_doc(doc);
                self.canvas.reset();
                self.selection = Selection::None;
            }
            Err(e) => self.error = Some(format!("Could not import the file.\n\n{e}")),
        }
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
                self.comparison = Some((name, loaded.map));
            }
            Err(e) => self.error = Some(format!("Could not open the map to compare with.\n\n{e}")),
        }
    }

    /// Write the open comparison to `path`: a picture (.png, .svg, in the
    /// export theme and scale) or a Markdown report (.md).
    pub fn export_comparison_to(&mut self, path: &Path) {
        let (Some(doc), Some((_, future))) = (&self.doc, &self.comparison) else {
            return;
        };
        let options = ExportOptions {
            theme: self.prefs.export_theme,
            scale: self.prefs.export_scale,
            ..Default::default()
        };
        match crate::export::export_comparison_to_file(&doc.map, future, path, &options) {
            Ok(()) => self.notice = Some(format!("Exported {}", path.display())),
            Err(e) => self.error = Some(format!("Export failed: {e}")),
        }
    }

    /// Export the open map as Mermaid, CSV or Markdown to `path`.
    pub fn export_text_to(&mut self, path: &Path, format: crate::interop::Format) {
        let Some(doc) = &self.doc else { return };
        match crate::interop::export_file(&doc.map, path, format) {
            Ok(()) => self.notice = Some(format!("Exported {}", path.display())),
            Err(e) => self.error = Some(format!("Export failed: {e}")),
        }
    }

    /// Export the open map to `path` (format from the extension).
    pub fn export_to(&mut self, path: &Path, options: &ExportOptions) {
        let Some(doc) = &self.doc else { return };
        match export_to_file(&doc.map, path, options) {
            Ok(()) => self.notice = Some(format!("Exported {}", path.display())),
            Err(e) => self.error = Some(format!("Export failed: {e}")),
        }
    }

    /// Apply what the canvas or inspector asked for, after the frame's drawing.
    pub fn apply_intents(&mut self, intents: Vec<Intent>) {
        for intent in intents {
            match intent {
                Intent::Select(s) => {
                    if s != self.selection
                        && let Some(doc) = &mut self.doc
                    {
                        // The inspector field being edited goes away with the
                        // old selection without reporting lost focus: end its step.
                        doc.history.commit();
                    }
                    self.selection = s;
                }
                Intent::FocusText => self.focus_text = true,
                Intent::ChoosePhoto(id) => self.show_dialog(Purpose::Photo(id)),
                Intent::ToggleCard(card) => {
                    if let Some(doc) = &mut self.doc {
                        doc.history.commit();
                    }
                    self.selection = self.selection.toggled(card);
                }
                Intent::MoveCards {
                    cards,
                    lane,
                    stage,
                    before,
                } => {
                    let Some(doc) = &mut self.doc else { continue };
                    let label = if cards.len() == 1 {
                        "Move card"
                    } else {
                        "Move cards"
                    };
                    doc.history.commit();
                    doc.history.begin(label);
                    for card in &cards {
                        // Index worked out on the live map, after earlier moves.
                        let Some(index) = insertion_index(&doc.map, *card, lane, stage, before)
                        else {
                            continue;
                        };
                        doc.apply(
                            Command::MoveCard {
                                card: *card,
                                lane,
                                stage,
                                index,
                            },
                            label,
                        );
                    }
                    doc.history.commit();
                }
                Intent::EditInPlace(card) => {
                    let Some(doc) = &mut self.doc else { continue };
                    let Some((_, c)) = doc.map.card(card) else {
                        continue;
                    };
                    let text = c.text.clone();
                    doc.history.commit();
                    doc.history.begin("Edit card");
                    self.canvas.editing = Some(InPlaceEdit::new(card, text));
                }
                Intent::Abort => {
                    if let Some(doc) = &mut self.doc {
                        doc.abort_gesture();
                    }
                    if let Some(doc) = &self.doc
                        && self
                            .selection
                            .cards()
                            .iter()
                            .any(|id| doc.map.card(*id).is_none())
                    {
                        self.selection = Selection::None;
                    }
                }
                Intent::AddCard { lane, stage } => {
                    let Some(doc) = &mut self.doc else { continue };
                    let Some(l) = doc.map.lane(lane) else {
                        continue;
                    };
                    // After the cell's last card, so it appears at the bottom of the cell.
                    let index = l
                        .cards
                        .iter()
                        .rposition(|c| c.stage == stage)
                        .map_or(l.cards.len(), |i| i + 1);
                    let card = Card::new(CardId(doc.map.next_id()), stage, "");
                    let id = card.id;
                    // Adding and typing the text is one step; Esc takes both back.
                    doc.history.begin("Add card");
                    if doc.apply(Command::AddCard { lane, index, card }, "Add card") {
                        self.selection = Selection::card(id);
                        self.canvas.editing = Some(InPlaceEdit::new(id, String::new()));
                    } else {
                        doc.history.commit();
                    }
                }
                Intent::Begin(label) => {
                    if let Some(doc) = &mut self.doc {
                        doc.history.begin(label);
                    }
                }
                Intent::Apply(command, label) => {
                    if let Some(doc) = &mut self.doc {
                        doc.apply(command, label);
                    }
                }
                Intent::Commit => {
                    if let Some(doc) = &mut self.doc {
                        doc.history.commit();
                    }
                }
            }
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        if self.confirm.is_some() || self.error.is_some() || self.export_options.is_some() {
            return;
        }
        // egui drops focus on Esc before we run, so also ask about last frame:
        // Esc that ends a text edit must not also clear the selection.
        let typing = ctx.egui_wants_keyboard_input() || self.typing_last_frame;
        // egui matches Ctrl+Z also when Shift is held, so try the shortcuts
        // with more modifiers (Ctrl+Shift+Z, Ctrl+Shift+S) first.
        let mut actions = Action::ALL;
        actions.sort_by_key(|a| {
            std::cmp::Reverse(a.shortcut().map_or(0, |s| {
                let m = s.modifiers;
                u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl || m.mac_cmd)
            }))
        });
        for action in actions {
            if typing && action.is_text_key() {
                continue;
            }
            if let Some(shortcut) = action.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.run(action);
            }
        }
        if !typing {
            self.handle_clipboard(ctx);
        }
        let redo_alt = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, Key::Y);
        if ctx.input_mut(|i| i.consume_shortcut(&redo_alt)) {
            self.run(Action::Redo);
        }
        if !typing && ctx.input(|i| i.key_pressed(Key::Escape)) && self.canvas.drag.is_none() {
            self.selection = Selection::None;
        }
        // "=" is where "+" lives without Shift on most keyboards.
        let zoom_in_alt = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, Key::Equals);
        if ctx.input_mut(|i| i.consume_shortcut(&zoom_in_alt)) {
            self.run(Action::ZoomIn);
        }
    }

    /// Copy, cut and paste arrive as events (the platform's shortcuts).
    fn handle_clipboard(&mut self, ctx: &egui::Context) {
        let events: Vec<egui::Event> = ctx.input(|i| {
            i.events
                .iter()
                .filter(|e| {
                    matches!(
                        e,
                        egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                    )
                })
                .cloned()
                .collect()
        });
        let Some(doc) = &self.doc else { return };
        for event in events {
            match event {
                egui::Event::Copy | egui::Event::Cut => {
                    let Some(text) = super::clipboard::copy_text(&doc.map, self.selection.cards())
                    else {
                        continue;
                    };
                    ctx.copy_text(text);
                    let n = self.selection.cards().len();
                    if event == egui::Event::Cut {
                        let mut intents = vec![Intent::Begin("Cut")];
                        intents.extend(
                            self.selection
                                .cards()
                                .iter()
                                .map(|&card| Intent::Apply(Command::RemoveCard { card }, "Cut")),
                        );
                        intents.extend([Intent::Commit, Intent::Select(Selection::None)]);
                        self.apply_intents(intents);
                        self.notice = Some(format!("Cut {}", crate::model::plural(n, "card")));
                    } else {
                        self.notice = Some(format!("Copied {}", crate::model::plural(n, "card")));
                    }
                    return;
                }
                egui::Event::Paste(text) => {
                    let intents = super::clipboard::paste_intents(&doc.map, &self.selection, &text);
                    self.apply_intents(intents);
                    return;
                }
                _ => {}
            }
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
        if let Some(path) = dropped.into_iter().next() {
            // Mermaid, Markdown and CSV files are imported; anything else is
            // opened as a map (and gets a clear error if it is not one).
            if crate::interop::Format::from_path(&path).is_some() {
                self.request(Replace::ImportPath(path));
            } else {
                self.request(Replace::OpenPath(path));
            }
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc.as_ref().is_some_and(Document::is_dirty) {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.confirm = Some(Replace::Quit);
            } else {
                self.allow_close = true;
            }
        }
        if self.allow_close && self.confirm.is_none() {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        let title = self
            .doc
            .as_ref()
            .map_or_else(|| "journeymap".to_string(), Document::window_title);
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The title the window shows (for tests).
    pub fn window_title(&self) -> &str {
        &self.window_title
    }

    /// Is a "save changes?" question showing?
    pub fn is_confirming(&self) -> bool {
        self.confirm.is_some()
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

/// Where `card` goes in `lane`'s card list (with `card` itself taken out)
/// to sit before `before`, or at the end of `stage`'s cell.
fn insertion_index(
    map: &crate::model::JourneyMap,
    card: CardId,
    lane: crate::model::LaneId,
    stage: crate::model::StageId,
    before: Option<CardId>,
) -> Option<usize> {
    let others: Vec<_> = map
        .lane(lane)?
        .cards
        .iter()
        .filter(|c| c.id != card)
        .collect();
    Some(
        match before.and_then(|b| others.iter().position(|c| c.id == b)) {
            Some(i) => i,
            None => others
                .iter()
                .rposition(|c| c.stage == stage)
                .map_or(others.len(), |i| i + 1),
        },
    )
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

impl eframe::App for JourneyApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.ctx = Some(ctx.clone());
        self.apply_theme(&ctx);
        self.handle_dialog_answers();
        self.handle_shortcuts(&ctx);
        self.handle_window_events(&ctx);
        match &self.doc {
            Some(doc) if doc.is_dirty() => {
                self.dirty_since.get_or_insert(self.now);
            }
            _ => self.dirty_since = None,
        }
        self.autosave_tick(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        if self.doc.is_some() {
            egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
            egui::Panel::right("inspector")
                .resizable(true)
                .default_size(300.0)
                .show(ui, |ui| self.inspector_panel_ui(ui));
        }
        // Dialogs before the canvas: the canvas builds its text meshes last,
        // after all other text of the frame is in the font atlas.
        self.modals_ui(&ctx);
        self.recovery_modal_ui(&ctx);
        egui::CentralPanel::no_frame().show(ui, |ui| self.central_ui(ui));
        self.typing_last_frame = ctx.egui_wants_keyboard_input();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }
}
