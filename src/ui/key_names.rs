//! Keys as the interface language names them, for menus, the palette and
//! F1: "Ctrl+=", «Стрелка влево», "Esc" — never egui's English key names.

use egui::{Key, KeyboardShortcut};

use crate::i18n;

/// A shortcut as the interface language writes it: "Ctrl+Shift+Z",
/// "Ctrl+=", "Стрелка влево", "Esc", "Пробел" — the keys as printed on a keyboard or
/// named in the language, never egui's English key names ("Left",
/// "Escape", "Equals"). macOS keeps its symbols.
pub fn shortcut_text(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    if ctx.os() == egui::os::OperatingSystem::Mac {
        return ctx.format_shortcut(shortcut);
    }
    let m = shortcut.modifiers;
    let mut parts: Vec<String> = Vec::new();
    if m.command || m.ctrl || m.mac_cmd {
        parts.push("Ctrl".into());
    }
    if m.alt {
        parts.push("Alt".into());
    }
    if m.shift {
        parts.push("Shift".into());
    }
    parts.push(key_text(shortcut.logical_key));
    parts.join("+")
}

/// One key's name in the interface language.
pub fn key_text(key: Key) -> String {
    let named = |k: &str| i18n::tr(k).into_owned();
    match key {
        // Our font has no arrow glyphs: the arrows by name.
        Key::ArrowLeft => named("key-left"),
        Key::ArrowRight => named("key-right"),
        Key::ArrowUp => named("key-up"),
        Key::ArrowDown => named("key-down"),
        Key::Escape => "Esc".into(),
        Key::Equals => "=".into(),
        Key::Plus => "+".into(),
        Key::Minus => "-".into(),
        Key::Enter => named("key-enter"),
        Key::Tab => named("key-tab"),
        Key::Space => named("key-space"),
        Key::Delete => named("key-delete"),
        Key::Backspace => named("key-backspace"),
        Key::Home => named("key-home"),
        Key::End => named("key-end"),
        Key::PageUp => named("key-page-up"),
        Key::PageDown => named("key-page-down"),
        other => other.symbol_or_name().to_string(),
    }
}
