//! What the UI asks the app to do. Panels, menus, the canvas and shortcuts
//! only push `Intent`s into one queue; the app drains it once per frame,
//! after drawing, so nothing changes the map while it is being drawn.

use std::path::PathBuf;

use super::command::UiCommand;
use super::files::Purpose;
use super::selection::Selection;
use crate::edit::{Command, Edit};
use crate::export::ExportOptions;
use crate::io::Template;
use crate::model::{CardId, CommentId, CommentOn, LaneId, LaneKind, PersonaId, StageId};

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

/// One request from the UI, applied after the frame's drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// A named command (menu, shortcut, button).
    Run(UiCommand),
    /// A compound edit: one undo step.
    Edit(Edit),
    Select(Selection),
    /// Add or remove one card from the selection.
    ToggleCard(CardId),
    /// Add an empty card in this cell, select it and start typing.
    AddCard {
        lane: LaneId,
        stage: StageId,
    },
    /// A new stage at this position, selected, in view and being named.
    AddStage {
        index: usize,
    },
    /// A new lane of this kind at this index (`None`: at the bottom), selected.
    AddLane(LaneKind, Option<usize>),
    /// Delete a persona with their curves and card tags.
    RemovePersona(PersonaId),
    /// Start a gesture that will be one undo step.
    Begin(&'static str),
    Apply(Command, &'static str),
    Commit,
    /// Put keyboard focus into the inspector's text field.
    FocusText,
    /// Edit a card's text in place on the canvas.
    EditInPlace(CardId),
    /// The in-place edit ended (Enter, a click elsewhere): its step is
    /// committed, and a new card left empty goes again.
    FinishInPlace,
    /// Cancel the gesture in progress (Esc), restoring the map.
    Abort,
    /// Replace or close the open map (asking first about unsaved changes).
    Request(Replace),
    /// Do what was asked after the user answered "save changes?".
    Perform(Replace),
    /// Open a native file dialog.
    Dialog(Purpose),
    /// The Export dialog's answer: choose where to write this.
    ExportTo(super::files::ExportFormat, Box<ExportOptions>),
    /// Close the top modal dialog.
    CloseModal,
    /// The Find bar asked for something.
    Search(SearchIntent),
    /// The app's own file chooser answered, as a native dialog would.
    PathChosen(Box<Purpose>, PathBuf),
    /// Take a file that is no longer there off the recent list.
    ForgetRecent(PathBuf),
    /// "Save changes?" answered Save: save, then do this.
    SaveThen(Replace),
    /// Restore the recovery copy on offer (or discard it).
    Recover(bool),
    /// Show the filter (view only).
    SetFilter(crate::model::CardFilter),
    /// Close the comparison window.
    CloseComparison,
    /// Open or close the touchpoint priorities window.
    ShowPriorities(bool),
    /// Add the reviews of a file read with these columns to the inbox.
    ImportReviews(Box<ReviewJob>),
    Versions(VersionsIntent),
    Comments(CommentsIntent),
    Picture(PictureIntent),
}

/// A picture for a card: dropped, pasted or chosen in the inspector.
#[derive(Clone, Debug, PartialEq)]
pub enum PictureIntent {
    /// Picture files dropped on the window, the pointer at `at` (map
    /// coordinates): the first on the card there, else a new card in the
    /// cell there; the others as new cards in that cell.
    Drop {
        files: Vec<PathBuf>,
        at: Option<egui::Pos2>,
    },
    /// An image pasted from the clipboard: on the selected card, else as
    /// a drop at `at`.
    Paste {
        image: std::sync::Arc<egui::ColorImage>,
        at: Option<egui::Pos2>,
    },
    /// A file chosen for this card in the inspector.
    Choose { card: CardId, file: PathBuf },
    /// The answer to "copy this picture from outside the map's folder?"
    /// (remembered): copy it beside the map, or link to where it is.
    Outside {
        files: Vec<PathBuf>,
        target: PictureTarget,
        copy: bool,
    },
    /// Edit → Pictures from other folders: ask (`None`), copy beside the
    /// map (`Some(true)`) or link where they are (`Some(false)`).
    Policy(Option<bool>),
}

/// Where a picture goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PictureTarget {
    Card(CardId),
    /// A new card in this cell.
    Cell(LaneId, StageId),
}

/// What the panel and the badges ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum CommentsIntent {
    /// Start a thread on `on` with the author from the preferences.
    Add {
        on: CommentOn,
        text: String,
    },
    Reply {
        thread: CommentId,
        text: String,
    },
    Resolve {
        thread: CommentId,
        resolved: bool,
    },
    Edit {
        id: CommentId,
        text: String,
    },
    Delete(CommentId),
    /// The name new comments are signed with (kept in the preferences).
    SetAuthor(String),
    /// Select the thread's item and scroll it into view.
    Show(CommentOn),
    /// A badge was clicked: select its item and open the panel.
    Open(CommentOn),
}

/// What the bar asks for.
/// What the versions features (Compare versions, merge conflicts) ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum VersionsIntent {
    /// Select this item and scroll it into view.
    Show(crate::model::search::Found),
    /// Close the Compare versions window.
    Close,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SearchIntent {
    /// The query changed: find again and go to the first hit.
    Query(String),
    /// Go to the next (`true`) or previous hit.
    Step(bool),
    Close,
}

/// A review file read as a table, with the columns chosen for it (the
/// column step edits it; importing it is [`Intent::ImportReviews`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewJob {
    pub path: PathBuf,
    pub table: crate::interop::reviews::ReviewTable,
    pub columns: crate::interop::reviews::Columns,
}

/// Picture files dropped and waiting for a pointer position.
#[derive(Clone, Debug, Default)]
pub struct PendingDrop {
    pub(super) files: Vec<PathBuf>,
    pub(super) since: f64,
}

impl Intent {
    /// Does this read or write the document as a whole (save, export,
    /// close, open another, compare, merge…)? The text being typed is
    /// committed into the map first ([`super::session::Session::settle_typing`]).
    pub fn needs_settled_text(&self) -> bool {
        match self {
            Intent::Run(command) => command.reads_document(),
            Intent::Request(_)
            | Intent::SaveThen(_)
            | Intent::Dialog(_)
            | Intent::ExportTo(..)
            | Intent::PathChosen(..) => true,
            _ => false,
        }
    }
}
