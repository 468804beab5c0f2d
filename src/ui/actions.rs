//! Every app action in one enum with its label and shortcut, so menus, the
//! help window and the keyboard cannot drift apart.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user can ask the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    NewMap,
    Open,
    Import,
    Save,
    SaveAs,
    Export,
    CloseMap,
    Undo,
    Redo,
    Delete,
    Duplicate,
    AddStage,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ZoomFit,
    ToggleTheme,
    Help,
}

impl Action {
    /// Every action, in help-window order.
    pub const ALL: [Action; 18] = [
        Action::NewMap,
        Action::Open,
        Action::Import,
        Action::Save,
        Action::SaveAs,
        Action::Export,
        Action::CloseMap,
        Action::Undo,
        Action::Redo,
        Action::Delete,
        Action::Duplicate,
        Action::AddStage,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::ZoomReset,
        Action::ZoomFit,
        Action::ToggleTheme,
        Action::Help,
    ];

    /// Menu label.
    pub fn label(self) -> &'static str {
        match self {
            Action::NewMap => "New from template…",
            Action::Open => "Open…",
            Action::Import => "Import Mermaid, Markdown or CSV…",
            Action::Save => "Save",
            Action::SaveAs => "Save as…",
            Action::Export => "Export…",
            Action::CloseMap => "Close map",
            Action::Undo => "Undo",
            Action::Redo => "Redo",
            Action::Delete => "Delete selection",
            Action::Duplicate => "Duplicate card",
            Action::AddStage => "Add stage",
            Action::ZoomIn => "Zoom in",
            Action::ZoomOut => "Zoom out",
            Action::ZoomReset => "Zoom to 100 %",
            Action::ZoomFit => "Zoom to fit",
            Action::ToggleTheme => "Toggle dark theme",
            Action::Help => "Keyboard shortcuts",
        }
    }

    /// Keyboard shortcut; `COMMAND` is Ctrl, or Cmd on macOS.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let k = |m, key| Some(KeyboardShortcut::new(m, key));
        match self {
            Action::NewMap => k(cmd, Key::N),
            Action::Open => k(cmd, Key::O),
            Action::Import => k(cmd, Key::I),
            Action::Save => k(cmd, Key::S),
            Action::SaveAs => k(cmd | Modifiers::SHIFT, Key::S),
            Action::Export => k(cmd, Key::E),
            Action::CloseMap => k(cmd, Key::W),
            Action::Undo => k(cmd, Key::Z),
            Action::Redo => k(cmd | Modifiers::SHIFT, Key::Z),
            Action::Delete => k(Modifiers::NONE, Key::Delete),
            Action::Duplicate => k(cmd, Key::D),
            Action::AddStage => None,
            Action::ZoomIn => k(cmd, Key::Plus),
            Action::ZoomOut => k(cmd, Key::Minus),
            Action::ZoomReset => k(cmd, Key::Num0),
            Action::ZoomFit => k(cmd, Key::Num1),
            Action::ToggleTheme => None,
            Action::Help => k(Modifiers::NONE, Key::F1),
        }
    }

    /// Is this a plain key that a focused text field needs for itself?
    pub fn is_text_key(self) -> bool {
        matches!(self, Action::Delete)
    }

    /// Does the action need an open map?
    pub fn needs_map(self) -> bool {
        !matches!(
            self,
            Action::NewMap | Action::Open | Action::ToggleTheme | Action::Help
        )
    }
}
