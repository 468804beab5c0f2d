//! The inspector's field widgets: a labelled text field whose whole edit is
//! one undo step, and one combo box for every enum (colour, confidence,
//! channel, scale, metric style).

use std::borrow::Cow;

use egui::{ComboBox, RichText, TextEdit, Ui};

use crate::ui::intent::Intent;

/// A labelled text field; while it has focus its edits form one gesture.
/// `focus` puts the cursor into it once. Returns whether the text changed.
pub fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    multiline: bool,
    focus: &mut bool,
    out: &mut Vec<Intent>,
) -> bool {
    let l = ui.label(RichText::new(label).small().strong());
    let edit = if multiline {
        TextEdit::multiline(value).desired_rows(3)
    } else {
        TextEdit::singleline(value)
    };
    let output = edit.desired_width(f32::INFINITY).show(ui);
    let resp = output.response.response.labelled_by(l.id);
    if std::mem::take(focus) {
        // Asked for (a new stage, lane or persona, a double-clicked
        // header): the cursor in it with the whole text selected, so typing
        // replaces the default name.
        resp.request_focus();
        let mut state = output.state;
        let all = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(value.chars().count()),
        );
        state.cursor.set_char_range(Some(all));
        state.store(ui.ctx(), resp.id);
    }
    // A change outside a step (a save committed it while the cursor
    // stayed here) starts the next one.
    if resp.gained_focus() || resp.changed() {
        out.push(Intent::Begin("Edit text"));
    }
    if resp.lost_focus() {
        out.push(Intent::Commit);
    }
    ui.add_space(4.0);
    resp.changed()
}

/// A labelled combo box over `options`. `none` names an extra first entry
/// meaning "no value" (e.g. "Lane colour"). `current` is what is shown;
/// returns the entry picked, when it differs from `current`.
pub fn enum_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: impl std::hash::Hash + std::fmt::Debug,
    current: Option<T>,
    options: &[T],
    name: impl Fn(T) -> Cow<'static, str>,
    none: Option<&str>,
) -> Option<Option<T>> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let shown = match current {
            Some(c) => name(c).to_string(),
            None => none.unwrap_or("—").to_string(),
        };
        ComboBox::from_id_salt(id)
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if let Some(none) = none
                    && ui.selectable_label(current.is_none(), none).clicked()
                {
                    chosen = Some(None);
                }
                for &o in options {
                    if ui.selectable_label(current == Some(o), name(o)).clicked() {
                        chosen = Some(Some(o));
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    chosen.filter(|c| *c != current)
}

/// A "pick one to apply" combo over `options` showing `prompt` (for many
/// cards, whose values differ); returns the entry picked.
pub fn pick_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: impl std::hash::Hash + std::fmt::Debug,
    prompt: &str,
    options: &[T],
    name: impl Fn(T) -> Cow<'static, str>,
) -> Option<T> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ComboBox::from_id_salt(id)
            .selected_text(prompt)
            .show_ui(ui, |ui| {
                for &o in options {
                    if ui.selectable_label(false, name(o)).clicked() {
                        chosen = Some(o);
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    chosen
}

/// "Move back" and "Move on" buttons for the item at `index` of `len`;
/// returns the index it should move to.
pub fn move_buttons(ui: &mut Ui, index: usize, len: usize, labels: [&str; 2]) -> Option<usize> {
    let mut to = None;
    if ui
        .add_enabled(index > 0, egui::Button::new(labels[0]))
        .clicked()
    {
        to = Some(index - 1);
    }
    if ui
        .add_enabled(index + 1 < len, egui::Button::new(labels[1]))
        .clicked()
    {
        to = Some(index + 1);
    }
    to
}
