//! The inspector side panel: every field of the selection, edited through
//! commands. A text field's whole edit (focus in → focus out) is one undo
//! step; a pick from a list is a step of its own.

mod card;
mod emotion;
mod fields;
mod lane;
mod map;
mod persona;
mod picture;
mod stage;

use egui::Ui;

use super::intent::Intent;
use super::selection::Selection;
use super::session::Session;

/// Draw the inspector for the session's selection; edits go into `out`.
pub fn inspector_ui(ui: &mut Ui, session: &mut Session, out: &mut Vec<Intent>) {
    let doc = &session.doc;
    let map = &doc.map;
    let focus = &mut session.focus_text;
    let mut preview = picture::Preview {
        cache: &mut session.canvas.pictures,
        dir: doc.dir(),
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_width(ui.available_width());
        match &session.selection {
            Selection::Cards(ids) if ids.len() > 1 => card::many_cards_ui(ui, map, ids, out),
            Selection::Cards(ids) => match ids.first().and_then(|id| map.card(*id)) {
                Some((lane, c)) => card::card_ui(ui, map, lane, c, (focus, &mut preview), out),
                None => map::map_ui(ui, map, focus, out),
            },
            Selection::Stage(id) => match map.stage_index(*id) {
                Some(i) => stage::stage_ui(ui, map, i, focus, out),
                None => map::map_ui(ui, map, focus, out),
            },
            Selection::Lane(id) => match map.lane_index(*id) {
                Some(i) => lane::lane_ui(ui, map, i, focus, out),
                None => map::map_ui(ui, map, focus, out),
            },
            Selection::Persona(id) => match map.personas.iter().position(|p| p.id == *id) {
                Some(i) => persona::persona_ui(ui, map, doc.dir(), i, focus, out),
                None => map::map_ui(ui, map, focus, out),
            },
            Selection::None => map::map_ui(ui, map, focus, out),
        }
    });
}
