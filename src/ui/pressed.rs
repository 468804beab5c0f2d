//! Which commands the keys of a frame ask for: every key event in order,
//! one command per press (key repeat too), matched against the shortcuts
//! [`UiCommand`] declares.

use egui::KeyboardShortcut;

use super::command::UiCommand;

/// Commands whose shortcut was pressed this frame, in the order the keys
/// came, once per press: four ↓ in one frame (fast typing, key repeat) move
/// the selection four cards. Among the shortcuts of one key the one with
/// most modifiers wins: egui matches Ctrl+Z also when Shift is held, so
/// Ctrl+Shift+Z must be tried before it. The keys are consumed, except Esc,
/// which the canvas also reads to end a drag.
pub fn pressed(ctx: &egui::Context, typing: bool) -> Vec<UiCommand> {
    // Sorted once per process, not every frame.
    static KEYED: std::sync::OnceLock<Vec<(UiCommand, KeyboardShortcut)>> =
        std::sync::OnceLock::new();
    let keyed = KEYED.get_or_init(|| {
        let mut keyed: Vec<(UiCommand, KeyboardShortcut)> = UiCommand::all()
            .into_iter()
            .filter(|c| !c.is_clipboard())
            .flat_map(|c| c.shortcuts().iter().map(move |s| (c, *s)))
            .collect();
        keyed.sort_by_key(|(_, s)| {
            let m = s.modifiers;
            std::cmp::Reverse(
                u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl || m.mac_cmd),
            )
        });
        keyed
    });
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        i.events.retain(|event| {
            let egui::Event::Key {
                key,
                modifiers,
                pressed: true,
                ..
            } = event
            else {
                return true;
            };
            let hit = keyed.iter().find(|(c, s)| {
                !(typing && c.is_text_key())
                    && s.logical_key == *key
                    && if *c == UiCommand::Deselect {
                        modifiers.is_none()
                    } else {
                        modifiers.matches_logically(s.modifiers)
                    }
            });
            match hit {
                Some((command, _)) => {
                    out.push(*command);
                    *command == UiCommand::Deselect
                }
                None => true,
            }
        });
    });
    out
}
