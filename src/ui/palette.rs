//! The command palette (Ctrl+Shift+P or Ctrl+K): every command by its name
//! in the interface language, with its shortcut, found by fuzzy typing
//! ("zsel" finds "Zoom to selection"); ↑/↓ choose, Enter runs, Esc closes.

use egui::{Id, Key, RichText};

use super::command::UiCommand;
use super::intent::Intent;
use crate::t;

/// The palette's state while it is open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Palette {
    pub query: String,
    /// Which of the matching commands is chosen.
    pub chosen: usize,
}

/// How well `query` matches `label`: its letters in order (case ignored),
/// `None` when they are not all there. Higher is better: letters that start
/// words and letters in a row count more, and shorter labels win ties.
pub fn score(query: &str, label: &str) -> Option<i32> {
    let label: Vec<char> = label.chars().flat_map(char::to_lowercase).collect();
    let mut score = 0;
    let mut at = 0;
    let mut last: Option<usize> = None;
    for q in query
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace())
    {
        let i = (at..label.len()).find(|&i| label[i] == q)?;
        let word_start = i == 0 || !label[i - 1].is_alphanumeric();
        score += 1
            + if word_start { 8 } else { 0 }
            + if last == Some(i.wrapping_sub(1)) {
                4
            } else {
                0
            };
        last = Some(i);
        at = i + 1;
    }
    Some(score * 100 - label.len() as i32)
}

/// The commands matching `query`, best first (all, in menu order, for an
/// empty query).
pub fn matches(query: &str) -> Vec<UiCommand> {
    let mut scored: Vec<(i32, usize, UiCommand)> = UiCommand::all()
        .into_iter()
        .enumerate()
        .filter_map(|(i, c)| score(query, &c.label()).map(|s| (s, i, c)))
        .collect();
    if !query.trim().is_empty() {
        scored.sort_by_key(|(s, i, _)| (std::cmp::Reverse(*s), *i));
    }
    scored.into_iter().map(|(_, _, c)| c).collect()
}

/// Rows the palette shows at once, whatever the query.
pub const ROWS: usize = 10;

/// Draw the palette; the command chosen goes into `out`. It sits at a fixed
/// place near the top of the window with room for [`ROWS`] rows, so it does
/// not jump as the list gets shorter; the highlight stays in view, and Enter
/// runs the highlighted command.
pub fn palette_ui(ctx: &egui::Context, palette: &mut Palette, out: &mut Vec<Intent>) {
    let found = matches(&palette.query);
    let (up, down, enter) = ctx.input(|i| {
        (
            i.num_presses(Key::ArrowUp),
            i.num_presses(Key::ArrowDown),
            i.key_pressed(Key::Enter),
        )
    });
    let last = found.len().saturating_sub(1);
    palette.chosen = (palette.chosen + down).saturating_sub(up).min(last);
    let moved = up + down > 0;
    let mut run: Option<UiCommand> = None;
    let id = Id::unique("command-palette");
    let area = egui::Modal::default_area(id.with("area"))
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 72.0));
    let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_width(480.0);
        let label = ui.label(RichText::new(t!("palette-title")).strong());
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut palette.query)
                    .hint_text(t!("palette-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        field.request_focus();
        if field.changed() {
            palette.chosen = 0;
        }
        let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
        let height = row_height * ROWS as f32;
        egui::ScrollArea::vertical()
            .id_salt(id.with("rows"))
            .min_scrolled_height(height)
            .max_height(height)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if found.is_empty() {
                    ui.label(RichText::new(t!("palette-none")).weak());
                }
                for (i, command) in found.iter().enumerate() {
                    let chosen = i == palette.chosen;
                    let mut button = egui::Button::selectable(chosen, command.label())
                        .min_size(egui::vec2(ui.available_width(), 0.0));
                    if let Some(s) = command.shortcuts().first() {
                        button = button.shortcut_text(super::command::shortcut_text(ctx, s));
                    }
                    let resp = ui.add(button).on_hover_text(command.tooltip());
                    if chosen && (moved || field.changed()) {
                        resp.scroll_to_me(None);
                    }
                    if resp.clicked() {
                        run = Some(*command);
                    }
                }
            });
    });
    if enter && let Some(command) = found.get(palette.chosen) {
        run = Some(*command);
    }
    if let Some(command) = run {
        out.extend([Intent::CloseModal, Intent::Run(command)]);
    } else if modal.should_close() {
        out.push(Intent::CloseModal);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_in_order_match_and_word_starts_rank_first() {
        assert!(score("zsel", "Zoom to selection").is_some());
        assert!(score("xyz", "Zoom to selection").is_none());
        let fit = score("zf", "Zoom to fit").unwrap();
        let other = score("zf", "Zoom in for fun").unwrap();
        assert!(fit > other, "{fit} {other}");
        assert!(score("", "Anything").is_some());
    }
}
