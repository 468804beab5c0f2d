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
use crate::model::{CardId, LaneId, LaneKind, PersonaId, StageId};

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
