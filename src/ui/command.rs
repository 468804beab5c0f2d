//! Every named thing the user can ask the app to do, in one enum with its
//! label, tooltip and shortcuts (rerun's `UICommand`): menus, the keyboard
//! and the F1 list all come from here, so they cannot drift apart.

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

pub use super::key_names::shortcut_text;

use crate::i18n::{self, names};
use crate::model::{LaneKind, Lang};

/// A command of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    NewMap,
    Open,
    Import,
    Save,
    SaveAs,
    Export,
    CompareWith,
    CompareVersions,
    MergeWith,
    ImportReviews,
    CloseMap,
    Quit,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    SelectAll,
    Find,
    SelectLeft,
    SelectRight,
    SelectUp,
    SelectDown,
    SelectNextCard,
    SelectPreviousCard,
    FirstStage,
    LastStage,
    EditCard,
    MoveLeft,
    MoveRight,
    MoveUp,
    MoveDown,
    ZoomToSelection,
    Deselect,
    Delete,
    Duplicate,
    AddStage,
    AddLane(LaneKind),
    AddPersona,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ZoomFit,
    ToggleHeat,
    ToggleConfidenceCounts,
    ToggleLegend,
    ToggleInbox,
    ToggleComments,
    /// Hide or show the inspector (remembered between runs).
    ToggleInspector,
    AddComment,
    ToggleReviewStats,
    AdoptReviewCurve,
    ShowAll,
    Priorities,
    ToggleTheme,
    Present,
    /// Speak this language (View → Language).
    Language(Lang),
    CommandPalette,
    Help,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

/// A `'static` list of shortcuts.
macro_rules! keys {
    ($($m:expr, $k:expr);*) => {{
        const KEYS: &[KeyboardShortcut] = &[$(key($m, $k)),*];
        KEYS
    }};
}

impl UiCommand {
    /// Every command, in the order of the F1 list.
    pub fn all() -> Vec<UiCommand> {
        use UiCommand::*;
        let mut all = vec![
            NewMap,
            Open,
            Import,
            Save,
            SaveAs,
            Export,
            CompareWith,
            CompareVersions,
            MergeWith,
            ImportReviews,
            CloseMap,
            Quit,
            Undo,
            Redo,
            Cut,
            Copy,
            Paste,
            SelectAll,
            Find,
            SelectLeft,
            SelectRight,
            SelectUp,
            SelectDown,
            SelectNextCard,
            SelectPreviousCard,
            FirstStage,
            LastStage,
            EditCard,
            MoveLeft,
            MoveRight,
            MoveUp,
            MoveDown,
            Deselect,
            Delete,
            Duplicate,
            AddStage,
            AddPersona,
        ];
        all.extend(LaneKind::ALL.map(AddLane));
        all.extend([
            ZoomIn,
            ZoomOut,
            ZoomReset,
            ZoomFit,
            ZoomToSelection,
            ToggleHeat,
            ToggleConfidenceCounts,
            ToggleLegend,
            ToggleInbox,
            ToggleComments,
            ToggleInspector,
            AddComment,
            ToggleReviewStats,
            AdoptReviewCurve,
            ShowAll,
            Priorities,
            ToggleTheme,
            Present,
        ]);
        all.extend(Lang::ALL.map(Language));
        all.extend([CommandPalette, Help]);
        all
    }

    /// Menu label.
    /// The command's key in the translation files ("command-zoom-in").
    fn key(self) -> String {
        let name = match self {
            UiCommand::AddLane(_) => "AddLane".to_string(),
            UiCommand::Language(_) => "Language".to_string(),
            other => format!("{other:?}"),
        };
        let mut key = String::from("command");
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                key.push('-');
                key.push(c.to_ascii_lowercase());
            } else {
                key.push(c);
            }
        }
        key
    }

    /// Menu label, in the interface language.
    pub fn label(self) -> String {
        match self {
            UiCommand::AddLane(kind) => names::lane_kind(i18n::ui_lang(), kind).into_owned(),
            // Each language by its own name, so anyone can find theirs.
            UiCommand::Language(lang) => lang.native_name().to_string(),
            other => i18n::tr(&other.key()).into_owned(),
        }
    }

    /// What the command does, for tooltips (the shortcut is added by
    /// [`Self::tooltip_with_shortcut`]).
    pub fn tooltip(self) -> String {
        i18n::tr(&format!("{}-tip", self.key())).into_owned()
    }

    /// The tooltip, followed by the first shortcut in brackets.
    pub fn tooltip_with_shortcut(self, ctx: &egui::Context) -> String {
        match self.shortcuts().first() {
            Some(s) => format!("{} ({})", self.tooltip(), shortcut_text(ctx, s)),
            None => self.tooltip(),
        }
    }

    /// Keyboard shortcuts, the first one shown in menus; `COMMAND` is Ctrl,
    /// or Cmd on macOS.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        use UiCommand::*;
        match self {
            NewMap => keys![CMD, Key::N],
            Open => keys![CMD, Key::O],
            Import => keys![CMD, Key::I],
            Save => keys![CMD, Key::S],
            SaveAs => keys![CMD_SHIFT, Key::S],
            Export => keys![CMD, Key::E],
            CloseMap => keys![CMD, Key::W],
            Quit => keys![CMD, Key::Q],
            Undo => keys![CMD, Key::Z],
            Redo => keys![CMD_SHIFT, Key::Z; CMD, Key::Y],
            // Copy, cut and paste arrive from the platform as events; the
            // shortcuts are listed so menus and F1 show them.
            Cut => keys![CMD, Key::X],
            Copy => keys![CMD, Key::C],
            Paste => keys![CMD, Key::V],
            SelectAll => keys![CMD, Key::A],
            Find => keys![CMD, Key::F],
            SelectLeft => keys![Modifiers::NONE, Key::ArrowLeft],
            SelectRight => keys![Modifiers::NONE, Key::ArrowRight],
            SelectUp => keys![Modifiers::NONE, Key::ArrowUp],
            SelectDown => keys![Modifiers::NONE, Key::ArrowDown],
            SelectNextCard => keys![Modifiers::NONE, Key::Tab],
            SelectPreviousCard => keys![Modifiers::SHIFT, Key::Tab],
            FirstStage => keys![Modifiers::NONE, Key::Home],
            LastStage => keys![Modifiers::NONE, Key::End],
            EditCard => keys![Modifiers::NONE, Key::Enter; Modifiers::NONE, Key::F2],
            MoveLeft => keys![CMD, Key::ArrowLeft],
            MoveRight => keys![CMD, Key::ArrowRight],
            MoveUp => keys![CMD, Key::ArrowUp],
            MoveDown => keys![CMD, Key::ArrowDown],
            ZoomToSelection => keys![CMD, Key::Num2],
            Deselect => keys![Modifiers::NONE, Key::Escape],
            Delete => keys![Modifiers::NONE, Key::Delete; Modifiers::NONE, Key::Backspace],
            Duplicate => keys![CMD, Key::D],
            // "=" is where "+" lives without Shift on most keyboards.
            ZoomIn => keys![CMD, Key::Plus; CMD, Key::Equals],
            ZoomOut => keys![CMD, Key::Minus],
            ZoomReset => keys![CMD, Key::Num0],
            ZoomFit => keys![CMD, Key::Num1],
            Help => keys![Modifiers::NONE, Key::F1],
            Present => keys![Modifiers::NONE, Key::F5],
            ImportReviews => keys![CMD_SHIFT, Key::I],
            ToggleInbox => keys![CMD_SHIFT, Key::R],
            ToggleComments => keys![CMD_SHIFT, Key::M],
            // The side bar's key in most editors.
            ToggleInspector => keys![CMD, Key::B],
            AddComment => keys![CMD.plus(Modifiers::ALT), Key::M],
            CommandPalette => keys![CMD_SHIFT, Key::P; CMD, Key::K],
            CompareWith
            | CompareVersions
            | MergeWith
            | AddStage
            | AddLane(_)
            | AddPersona
            | ToggleHeat
            | ToggleConfidenceCounts
            | ToggleLegend
            | ToggleReviewStats
            | AdoptReviewCurve
            | ShowAll
            | Priorities
            | ToggleTheme
            | Language(_) => &[],
        }
    }

    /// Do the platform's clipboard events carry this command (rather than
    /// its key press)?
    pub fn is_clipboard(self) -> bool {
        matches!(self, UiCommand::Cut | UiCommand::Copy | UiCommand::Paste)
    }

    /// Is one of the shortcuts something a focused text field needs for
    /// itself (Delete, Backspace, Ctrl+A, Esc)?
    pub fn is_text_key(self) -> bool {
        matches!(
            self,
            UiCommand::Delete
                | UiCommand::SelectLeft
                | UiCommand::SelectRight
                | UiCommand::SelectUp
                | UiCommand::SelectDown
                | UiCommand::SelectNextCard
                | UiCommand::SelectPreviousCard
                | UiCommand::FirstStage
                | UiCommand::LastStage
                | UiCommand::EditCard
                | UiCommand::MoveLeft
                | UiCommand::MoveRight
                | UiCommand::MoveUp
                | UiCommand::MoveDown
                | UiCommand::SelectAll
                | UiCommand::Deselect
                | UiCommand::Cut
                | UiCommand::Copy
                | UiCommand::Paste
        )
    }

    /// Does the command move the selection with a key egui also uses to
    /// move widget focus (arrows, Tab, Home, End)?
    pub fn is_navigation(self) -> bool {
        use UiCommand::*;
        matches!(
            self,
            SelectLeft
                | SelectRight
                | SelectUp
                | SelectDown
                | SelectNextCard
                | SelectPreviousCard
                | FirstStage
                | LastStage
        )
    }

    /// Does the command read or write the whole document (a file, another
    /// copy, the presentation)? The text being typed is committed first.
    /// Every command is listed, so a new one has to say.
    pub fn reads_document(self) -> bool {
        use UiCommand::*;
        match self {
            NewMap | Open | Import | Save | SaveAs | Export | CompareWith | CompareVersions
            | MergeWith | ImportReviews | CloseMap | Quit | Present | Priorities
            | AdoptReviewCurve => true,
            // Undo and redo end an edit themselves (as one step); the rest
            // edit or show the selection, or change only the view.
            Undo
            | Redo
            | Cut
            | Copy
            | Paste
            | SelectAll
            | Find
            | SelectLeft
            | SelectRight
            | SelectUp
            | SelectDown
            | SelectNextCard
            | SelectPreviousCard
            | FirstStage
            | LastStage
            | EditCard
            | MoveLeft
            | MoveRight
            | MoveUp
            | MoveDown
            | ZoomToSelection
            | ToggleInspector
            | Deselect
            | Delete
            | Duplicate
            | AddStage
            | AddLane(_)
            | AddPersona
            | ZoomIn
            | ZoomOut
            | ZoomReset
            | ZoomFit
            | ToggleHeat
            | ToggleConfidenceCounts
            | ToggleLegend
            | ToggleInbox
            | ToggleComments
            | AddComment
            | ToggleReviewStats
            | ShowAll
            | ToggleTheme
            | Language(_)
            | CommandPalette
            | Help => false,
        }
    }

    /// Does the command need an open map?
    pub fn needs_map(self) -> bool {
        !matches!(
            self,
            UiCommand::NewMap
                | UiCommand::Open
                | UiCommand::Import
                | UiCommand::Quit
                | UiCommand::ToggleTheme
                | UiCommand::Language(_)
                | UiCommand::CommandPalette
                | UiCommand::Help
        )
    }

    /// A menu entry for the command, enabled when `enabled`, with its
    /// shortcut and tooltip; returns whether it was clicked (the menu closes).
    pub fn menu_item_ui(self, ui: &mut Ui, enabled: bool) -> bool {
        self.menu_item_labelled_ui(ui, enabled, self.label())
    }

    /// Like [`Self::menu_item_ui`] with its own text (e.g. "Undo Move card").
    pub fn menu_item_labelled_ui(self, ui: &mut Ui, enabled: bool, text: String) -> bool {
        let mut button = egui::Button::new(text);
        if let Some(shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(shortcut_text(ui.ctx(), shortcut));
        }
        let clicked = ui
            .add_enabled(enabled, button)
            .on_hover_text(self.tooltip())
            .clicked();
        if clicked {
            ui.close();
        }
        clicked
    }

    /// A checkbox entry for a view toggle that is `on`; returns whether it
    /// was clicked.
    pub fn menu_toggle_ui(self, ui: &mut Ui, on: bool) -> bool {
        let mut value = on;
        ui.checkbox(&mut value, self.label())
            .on_hover_text(self.tooltip())
            .clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
        for command in UiCommand::all() {
            for s in command.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(t, _)| t == s) {
                    panic!("{command:?} and {other:?} share {s:?}");
                }
                seen.push((*s, command));
            }
        }
        assert!(seen.len() > 20);
    }

    #[test]
    fn every_command_has_a_label_and_a_tooltip_in_every_language() {
        for lang in crate::model::Lang::ALL {
            i18n::set_ui_lang(lang);
            for command in UiCommand::all() {
                let (label, tip) = (command.label(), command.tooltip());
                assert!(
                    !label.is_empty() && !label.starts_with("command-"),
                    "{lang:?} {command:?}"
                );
                assert!(
                    !tip.is_empty() && !tip.starts_with("command-"),
                    "{lang:?} {command:?}"
                );
            }
        }
        i18n::set_ui_lang(crate::model::Lang::En);
    }
}
