//! Editing a card's text right on the canvas: Enter commits, Shift+Enter
//! starts a new line, Esc cancels, clicking elsewhere commits. What is
//! typed goes into the map as it is typed (one open undo step), so the map
//! is unsaved at once, a save or the recovery copy holds it, and nothing
//! typed is lost when another command ends the edit
//! ([`super::session::Session::settle_typing`]).

use egui::{Key, KeyboardShortcut, Modifiers, TextEdit, Ui};

use super::intent::Intent;
use super::overlay::Transforms;
use crate::edit::Command;
use crate::layout::MapLayout;
use crate::layout::metrics::{CARD_PADDING, CARD_RADIUS, CARD_TEXT, MARKER_COLUMN};
use crate::model::{CardId, JourneyMap};
use crate::t;

/// Below this zoom a card's text is too small to type into: the editor
/// zooms the canvas in to 100 % when it opens.
pub const READABLE_ZOOM: f32 = 0.8;

/// A card text being edited on the canvas.
#[derive(Clone, Debug, PartialEq)]
pub struct InPlaceEdit {
    pub card: CardId,
    pub text: String,
    /// The card was just added for this edit: left empty, it goes again.
    pub new: bool,
    focused: bool,
}

impl InPlaceEdit {
    /// Start editing `card` with its current text.
    pub fn new(card: CardId, text: String) -> Self {
        InPlaceEdit {
            card,
            text,
            new: false,
            focused: false,
        }
    }

    /// Start typing into a card just added (empty).
    pub fn new_card(card: CardId) -> Self {
        InPlaceEdit {
            new: true,
            ..InPlaceEdit::new(card, String::new())
        }
    }

    /// Has the editor taken keyboard focus yet (it does in its first frame)?
    pub fn is_focused(&self) -> bool {
        self.focused
    }
}

/// Draw the editor over the card; every change goes into the map as part
/// of the edit's undo step, and the end of the edit is an
/// [`Intent::FinishInPlace`] (or [`Intent::Abort`] for Esc).
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
    // Exactly over the card, at the canvas's zoom: the text wraps where the
    // card's will and the editor never spills into the next lane.
    let rect = tfs.body * card_box.rect;
    let zoom = tfs.body.scaling;
    let padding = CARD_PADDING * zoom;
    let visuals = ui.visuals().clone();
    let area = egui::Area::new(egui::Id::unique(("in-place", state.card)))
        .order(egui::Order::Foreground)
        .fixed_pos(rect.min)
        .show(ui.ctx(), |ui| {
            egui::Frame::new()
                .fill(visuals.extreme_bg_color)
                .stroke(visuals.selection.stroke)
                .corner_radius(CARD_RADIUS * zoom)
                .inner_margin(egui::Margin::same(padding.round() as i8))
                .show(ui, |ui| {
                    // The frame covers the whole card.
                    ui.set_width((rect.width() - 2.0 * padding).max(0.0));
                    ui.set_min_height((rect.height() - 2.0 * padding).max(0.0));
                    let editor = TextEdit::multiline(&mut state.text)
                        .font(egui::FontId::proportional(CARD_TEXT * zoom))
                        .frame(egui::Frame::NONE)
                        .margin(egui::Margin::ZERO)
                        // The card's own text width (its marker column
                        // kept), so lines break where they will on the card.
                        .desired_width(rect.width() - 2.0 * padding - MARKER_COLUMN * zoom)
                        .desired_rows(1)
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
    let text = state.text.trim_end_matches('\n');
    if text != card.text {
        let mut updated = card.clone();
        updated.text = text.to_string();
        // Begin is a no-op inside the edit's step; it reopens one after a
        // save committed it while the editor stayed open.
        intents.push(Intent::Begin(if state.new {
            "Add card"
        } else {
            "Edit card"
        }));
        intents.push(Intent::Apply(
            Command::UpdateCard { card: updated },
            "Edit card",
        ));
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
        intents.push(Intent::FinishInPlace);
    }
}
