//! Editing a card's text right on the canvas: Enter commits, Shift+Enter
//! starts a new line, Esc cancels, clicking elsewhere commits.

use egui::{Key, KeyboardShortcut, Modifiers, TextEdit, Ui};

use super::intent::Intent;
use super::overlay::Transforms;
use crate::edit::Command;
use crate::layout::MapLayout;
use crate::layout::metrics::{CARD_PADDING, CARD_TEXT};
use crate::model::{CardId, JourneyMap};
use crate::t;

/// A card text being edited on the canvas.
#[derive(Clone, Debug, PartialEq)]
pub struct InPlaceEdit {
    pub card: CardId,
    pub text: String,
    focused: bool,
}

impl InPlaceEdit {
    /// Start editing `card` with its current text.
    pub fn new(card: CardId, text: String) -> Self {
        InPlaceEdit {
            card,
            text,
            focused: false,
        }
    }
}

/// Draw the editor over the card; returns intents when the edit ends and
/// clears `edit` then.
pub fn in_place_ui(
    ui: &mut Ui,
    layout: &MapLayout,
    map: &JourneyMap,
    tfs: &Transforms,
    edit: &mut Option<InPlaceEdit>,
    intents: &mut Vec<Intent>,
) {
    let Some(state) = edit else { return };
    let (Some(card_box), Some((_, card))) = (
        layout.cards.iter().find(|c| c.id == state.card),
        map.card(state.card),
    ) else {
        *edit = None;
        return;
    };
    let rect = tfs.body * card_box.rect;
    let zoom = tfs.body.scaling;
    let area = egui::Area::new(egui::Id::unique(("in-place", state.card)))
        .order(egui::Order::Foreground)
        .fixed_pos(rect.min)
        .show(ui.ctx(), |ui| {
            ui.set_width(rect.width());
            egui::Frame::popup(ui.style())
                .inner_margin(egui::Margin::same((CARD_PADDING * zoom * 0.5) as i8))
                .show(ui, |ui| {
                    let editor = TextEdit::multiline(&mut state.text)
                        .font(egui::FontId::proportional((CARD_TEXT * zoom).max(11.0)))
                        .desired_width(rect.width() - CARD_PADDING * zoom)
                        .desired_rows(2)
                        .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter))
                        .hint_text(t!("canvas-card-text"));
                    let resp = ui.add(editor);
                    resp.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::MultilineTextInput,
                            true,
                            t!("canvas-card-text"),
                        )
                    });
                    resp
                })
                .inner
        });
    let resp = area.inner;
    if !state.focused {
        resp.request_focus();
        state.focused = true;
        return;
    }
    let (enter, escape) = ui.input(|i| {
        (
            i.key_pressed(Key::Enter) && !i.modifiers.shift,
            i.key_pressed(Key::Escape),
        )
    });
    if escape {
        intents.push(Intent::Abort);
        *edit = None;
    } else if enter || resp.lost_focus() {
        let text = state.text.trim_end_matches('\n').to_string();
        if text != card.text {
            let mut updated = card.clone();
            updated.text = text;
            intents.push(Intent::Apply(
                Command::UpdateCard { card: updated },
                "Edit card",
            ));
        }
        intents.push(Intent::Commit);
        *edit = None;
    }
}
