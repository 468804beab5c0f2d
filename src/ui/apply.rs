//! Draining the intent queue: every change the UI asked for is made here,
//! after the frame's drawing, through the document's history.

use super::app::JourneyApp;
use super::command::UiCommand;
use super::document::Document;
use super::files::Purpose;
use super::in_place::InPlaceEdit;
use super::intent::{Intent, Replace};
use super::modal::Modal;
use super::selection::Selection;
use super::session::Session;
use crate::edit;
use crate::i18n;
use crate::style::Theme;
use crate::t;

impl JourneyApp {
    /// Apply everything queued, in order (intents may queue more).
    pub fn drain_queue(&mut self) {
        let mut guard = 0;
        while !self.queue.is_empty() && guard < 64 {
            guard += 1;
            for intent in std::mem::take(&mut self.queue) {
                self.apply(intent);
            }
        }
    }

    /// Apply intents now (tests drive the app this way too).
    pub fn apply_intents(&mut self, intents: Vec<Intent>) {
        self.queue.extend(intents);
        self.drain_queue();
    }

    fn apply(&mut self, intent: Intent) {
        // One rule for every command that reads or writes the whole map:
        // what is being typed is in it first.
        if intent.needs_settled_text()
            && let Some(session) = &mut self.session
        {
            session.settle_typing();
        }
        match intent {
            Intent::Run(command) => self.run_command(command),
            Intent::Request(what) => self.request(what),
            Intent::Perform(what) => self.perform(what),
            Intent::SaveThen(what) => self.save_then(what),
            Intent::Dialog(purpose) => self.show_dialog(purpose),
            Intent::ExportTo(format, options) => {
                self.prefs.remember_export(&options);
                self.show_dialog(Purpose::Export(format, *options));
            }
            Intent::CloseModal => {
                self.modals.pop();
            }
            Intent::PathChosen(purpose, path) => self.answer_dialog(*purpose, path),
            Intent::ForgetRecent(path) => self.prefs.recent.retain(|p| *p != path),
            Intent::Recover(restore) => self.recover(restore),
            Intent::ImportReviews(job) => self.import_reviews(*job),
            Intent::Versions(v) => self.versions_intent(v),
            Intent::Comments(c) => self.comments_intent(c),
            Intent::Picture(p) => self.picture_intent(p),
            other => {
                if let Some(session) = &mut self.session {
                    let notice = apply_to_session(session, other);
                    if let Some(n) = notice {
                        self.notice = n;
                    }
                }
            }
        }
    }

    /// Ask to replace or close the map, confirming first if it has unsaved changes.
    pub fn request(&mut self, what: Replace) {
        match self.doc() {
            Some(doc) if doc.is_dirty() => {
                let name = doc.display_name();
                self.modals.push(Modal::Confirm { what, name });
            }
            _ => self.perform(what),
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
                self.session = None;
                self.notice = None;
                self.discard_recovery_copy();
            }
            Replace::Quit => {
                self.allow_close = true;
                self.discard_recovery_copy();
            }
        }
    }

    /// "Save changes?" answered Save: save (asking where if the map has no
    /// file yet), then do `what`.
    fn save_then(&mut self, what: Replace) {
        match self.doc().and_then(|d| d.path.clone()) {
            Some(path) => {
                if self.save_to(&path) {
                    self.perform(what);
                }
            }
            None => {
                self.after_save = Some(what);
                self.show_dialog(Purpose::SaveAs);
            }
        }
    }

    /// Show `doc` in a new session instead of the open map, whose changes
    /// were saved or discarded by the user, so its recovery copy goes too
    /// (unless a copy from a crash is still waiting for an answer).
    pub(super) fn replace_session(&mut self, doc: Document) {
        let offer_waiting = self
            .modals
            .iter()
            .any(|m| matches!(m, Modal::Recovery { .. }));
        if !offer_waiting {
            self.discard_recovery_copy();
        }
        self.session = Some(Session::new(doc, self.footer_date.clone()));
    }

    /// Remove the recovery copy: the map was saved or its changes discarded.
    pub fn discard_recovery_copy(&mut self) {
        self.autosave.discard();
    }

    fn recover(&mut self, restore: bool) {
        let Some(i) = self
            .modals
            .iter()
            .rposition(|m| matches!(m, Modal::Recovery { .. }))
        else {
            return;
        };
        let Modal::Recovery { offer, slot } = self.modals.remove(i) else {
            return;
        };
        if restore {
            let when = super::local_time::shown_seconds(offer.saved_at);
            let offer = *offer;
            let mut doc = Document::new(offer.map, offer.original);
            doc.touch(); // restored changes are not on disk yet
            self.session = Some(Session::new(doc, self.footer_date.clone()));
            // Go on writing into the copy it came from (still ours, locked).
            self.autosave.adopt(slot);
            self.notice = Some(t!("notice-restored", when = when));
        } else {
            // Only the refused copy: the open map's own copy stays.
            self.autosave.discard_orphan(slot);
        }
    }

    fn run_command(&mut self, command: UiCommand) {
        if command.needs_map() && self.session.is_none() {
            return;
        }
        use UiCommand::*;
        match command {
            NewMap | CloseMap => self.request(Replace::StartScreen),
            Open => self.request(Replace::OpenDialog),
            Import => self.request(Replace::ImportDialog),
            Quit => self.request(Replace::Quit),
            Save => match self.doc().and_then(|d| d.path.clone()) {
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.show_dialog(Purpose::SaveAs),
            },
            SaveAs => self.show_dialog(Purpose::SaveAs),
            Export => self.open_export_dialog(),
            CompareWith => self.show_dialog(Purpose::Compare),
            ImportReviews => self.show_dialog(Purpose::ImportReviews),
            CompareVersions => self.show_dialog(Purpose::CompareVersions),
            MergeWith => self.show_dialog(Purpose::MergeWith),
            Copy | Cut => self.copy(command == Cut),
            // The platform answers with a paste event, handled like Ctrl+V.
            Paste => {
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                }
            }
            Undo | Redo => self.undo_redo(command == Undo),
            ToggleInspector => self.prefs.inspector_hidden = !self.prefs.inspector_hidden,
            ToggleTheme => {
                self.prefs.theme = match self.prefs.theme {
                    Theme::Light => Theme::Dark,
                    Theme::Dark => Theme::Light,
                }
            }
            Help => self.modals.push(Modal::Help),
            Present => {
                let session = self.session.as_mut().expect("checked above");
                // From the selected stage, else the first.
                let start = match session.selection {
                    Selection::Stage(id) => session.doc.map.stage_index(id).unwrap_or(0),
                    _ => 0,
                };
                session.presenting = Some(start);
                session.present_scroll = 0.0;
                session.search = None;
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
                }
            }
            CommandPalette => self.modals.push(Modal::Palette(Default::default())),
            Language(lang) => {
                self.prefs.language = Some(lang);
                i18n::set_ui_lang(lang);
            }
            _ => {
                let session = self.session.as_mut().expect("checked above");
                if let Some(n) = run_on_session(session, command) {
                    self.notice = n;
                }
            }
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let Some(session) = &mut self.session else {
            return;
        };
        // An edit in place is one step: undoing ends it first.
        session.canvas.editing = None;
        session.canvas.drag = None;
        let label = if undo {
            session.doc.undo()
        } else {
            session.doc.redo()
        };
        session.prune_selection();
        self.notice = Some(match (label, undo) {
            (Some(l), true) => t!("notice-undid", step = i18n::step_name(&l).into_owned()),
            (Some(l), false) => t!("notice-redid", step = i18n::step_name(&l).into_owned()),
            (None, true) => t!("notice-nothing-to-undo").into_owned(),
            (None, false) => t!("notice-nothing-to-redo").into_owned(),
        });
    }
}

/// Apply an intent that concerns the open map only. Returns a new status
/// notice (`Some(None)` clears it) when the intent changes what it says.
fn apply_to_session(session: &mut Session, intent: Intent) -> Option<Option<String>> {
    let doc = &mut session.doc;
    match intent {
        Intent::Edit(edit) => {
            if doc.apply_edit(edit) {
                session.prune_selection();
                return Some(None);
            }
        }
        Intent::Select(s) => session.select(s),
        Intent::Search(asked) => {
            use super::intent::SearchIntent;
            let Some(bar) = &mut session.search else {
                return None;
            };
            match asked {
                SearchIntent::Query(query) => {
                    bar.query = query;
                    bar.current = None;
                    bar.refresh(&session.doc.map);
                    bar.revision = session.doc.revision;
                }
                SearchIntent::Step(forward) => bar.step(forward),
                SearchIntent::Close => {
                    session.search = None;
                    return Some(None);
                }
            }
            if let Some(found) = bar.hit() {
                session.show_found(found);
            }
        }
        Intent::ToggleCard(card) => {
            let toggled = session.selection.toggled(card);
            session.select(toggled);
        }
        Intent::FocusText => session.focus_text = true,
        Intent::AddCard { lane, stage } => {
            // An edit still open ends first (an empty new card goes).
            session.finish_in_place();
            let doc = &mut session.doc;
            let (edit, id) = edit::add_card(&doc.map, lane, stage)?;
            // Adding and typing the text is one step; Esc takes both back.
            doc.history.commit();
            doc.history.begin("Add card");
            for command in edit.commands {
                doc.apply(command, "Add card");
            }
            session.selection = Selection::card(id);
            session.canvas.editing = Some(InPlaceEdit::new_card(id));
            return Some(None);
        }
        Intent::AddStage { index } => {
            let (edit, id) = edit::add_stage(&doc.map, index);
            doc.apply_edit(edit);
            session.select(Selection::Stage(id));
            session.focus_text = true;
            session.pending_reveal = Some(crate::model::search::Found::Stage(id));
            return Some(None);
        }
        Intent::AddLane(kind, at) => {
            let (edit, id) = edit::add_lane(&doc.map, kind, at.unwrap_or(usize::MAX));
            doc.apply_edit(edit);
            session.select(Selection::Lane(id));
            session.focus_text = true;
            return Some(None);
        }
        Intent::RemovePersona(id) => {
            doc.apply_edit(edit::remove_persona(&doc.map, id));
            session.prune_selection();
            return Some(None);
        }
        Intent::Begin(label) => doc.history.begin(label),
        Intent::Apply(command, label) => {
            if doc.apply(command, label) {
                return Some(None);
            }
        }
        Intent::Commit => doc.history.commit(),
        Intent::FinishInPlace => {
            session.finish_in_place();
            return Some(None);
        }
        Intent::EditInPlace(card) => {
            session.finish_in_place();
            let doc = &mut session.doc;
            let (_, c) = doc.map.card(card)?;
            let text = c.text.clone();
            doc.history.commit();
            doc.history.begin("Edit card");
            session.canvas.editing = Some(InPlaceEdit::new(card, text));
        }
        Intent::Abort => {
            doc.abort_gesture();
            session.prune_selection();
        }
        Intent::SetFilter(filter) => session.canvas.filter = filter,
        Intent::CloseComparison => session.comparison = None,
        Intent::ShowPriorities(on) => session.show_priorities = on,
        // Handled by the app.
        Intent::Run(_)
        | Intent::Request(_)
        | Intent::Perform(_)
        | Intent::SaveThen(_)
        | Intent::Dialog(_)
        | Intent::ExportTo(..)
        | Intent::CloseModal
        | Intent::PathChosen(..)
        | Intent::ForgetRecent(_)
        | Intent::ImportReviews(_)
        | Intent::Versions(_)
        | Intent::Comments(_)
        | Intent::Picture(_)
        | Intent::Recover(_) => {}
    }
    None
}

fn stage_name(map: &crate::model::JourneyMap, stage: crate::model::StageId) -> &str {
    map.stage_index(stage).map_or("", |i| &map.stages[i].name)
}

/// Run a command that concerns the open map only; returns a new notice as
/// [`apply_to_session`] does.
fn run_on_session(session: &mut Session, command: UiCommand) -> Option<Option<String>> {
    use UiCommand::*;
    if super::keyboard::run(session, command)
        || super::review_commands::run(session, command)
        || super::comments::commands::run(session, command)
    {
        return Some(None);
    }
    if command == EditCard {
        let card = session.selection.single_card()?;
        return apply_to_session(session, Intent::EditInPlace(card));
    }
    let map = &session.doc.map;
    match command {
        Find => match &mut session.search {
            Some(bar) => bar.focus = true,
            None => session.search = Some(super::search::SearchBar::new()),
        },
        Delete => {
            // The notice names what went, said before it goes.
            let (edit, notice) = match &session.selection {
                Selection::Cards(ids) => (
                    edit::delete_cards(ids),
                    t!("notice-deleted-cards", n = ids.len()),
                ),
                Selection::Stage(stage) => {
                    // Say what went with it: its cards.
                    let cards = map
                        .lanes
                        .iter()
                        .flat_map(|l| &l.cards)
                        .filter(|c| c.stage == *stage)
                        .count();
                    let name = stage_name(map, *stage);
                    let notice = match cards {
                        0 => t!("notice-deleted-stage", name = name),
                        n => t!("notice-deleted-stage-cards", name = name, n = n),
                    };
                    (edit::delete_stage(map, *stage), notice)
                }
                Selection::Lane(lane) => (
                    edit::delete_lane(*lane),
                    t!(
                        "notice-deleted-lane",
                        name = map.lane(*lane).map_or("", |l| &l.title)
                    ),
                ),
                Selection::Persona(persona) => (
                    edit::remove_persona(map, *persona),
                    t!(
                        "notice-deleted-persona",
                        name = map.persona(*persona).map_or("", |p| &p.name)
                    ),
                ),
                Selection::None => return None,
            };
            if session.doc.apply_edit(edit) {
                session.select(Selection::None);
                session.undo_offer = Some(session.doc.revision);
                return Some(Some(notice));
            }
        }
        Duplicate => {
            let (edit, copies) = edit::duplicate_cards(map, session.selection.cards());
            if session.doc.apply_edit(edit) {
                session.select(Selection::Cards(copies));
                return Some(None);
            }
        }
        SelectAll => {
            let all: Vec<_> = map
                .lanes
                .iter()
                .flat_map(|l| l.cards.iter().map(|c| c.id))
                .collect();
            let n = all.len();
            session.select(if all.is_empty() {
                Selection::None
            } else {
                Selection::Cards(all)
            });
            return Some(Some(t!("notice-selected", n = n)));
        }
        Deselect => session.select(Selection::None),
        AddStage => {
            let index = map.stages.len();
            return apply_to_session(session, Intent::AddStage { index });
        }
        AddLane(kind) => return apply_to_session(session, Intent::AddLane(kind, None)),
        AddPersona => {
            let (edit, id) = edit::add_persona(map);
            session.doc.apply_edit(edit);
            session.select(Selection::Persona(id));
            session.focus_text = true;
            return Some(None);
        }
        ZoomIn => session.canvas.zoom_by(1.25),
        ZoomOut => session.canvas.zoom_by(1.0 / 1.25),
        ZoomReset => session.canvas.zoom_reset(),
        ZoomFit => session.canvas.pending_fit = Some(super::canvas::FitMode::Whole),
        ToggleHeat => session.canvas.heat = !session.canvas.heat,
        ToggleLegend => session.canvas.legend = !session.canvas.legend,
        ToggleConfidenceCounts => {
            session.canvas.confidence_counts = !session.canvas.confidence_counts;
        }
        ShowAll => session.canvas.filter = Default::default(),
        Priorities => session.show_priorities = true,
        // Handled by the app.
        NewMap | Open | Import | Save | SaveAs | Export | CompareWith | CloseMap | Quit | Undo
        | Redo | Cut | Copy | Paste | ToggleTheme | ToggleInspector | Language(_)
        | CommandPalette | Help | Present | ImportReviews | CompareVersions | MergeWith => {}
        // Handled by `review_commands::run` and `comments::run`.
        ToggleInbox | ToggleReviewStats | AdoptReviewCurve | ToggleComments | AddComment => {}
        // Handled by `keyboard::run` and above.
        SelectLeft | SelectRight | SelectUp | SelectDown | SelectNextCard | SelectPreviousCard
        | FirstStage | LastStage | EditCard | MoveLeft | MoveRight | MoveUp | MoveDown
        | ZoomToSelection => {}
    }
    None
}
