//! Panning that never moves anything: the middle button, or Space held with
//! the primary button, pans the canvas from wherever the press was — over
//! cards and headers too (as in Miro and Figma).

use egui::Ui;

use super::camera::Camera;

/// Is Space held as a panning key (not typed into a text field)?
fn space_held(ui: &Ui) -> bool {
    !ui.ctx().egui_wants_keyboard_input() && ui.input(|i| i.key_down(egui::Key::Space))
}

/// Would a drag starting now pan rather than move what is under the
/// pointer? (Middle button, or Space held: as in Miro and Figma.)
pub fn pans(ui: &Ui, panning: bool) -> bool {
    panning || space_held(ui) || ui.input(|i| i.pointer.middle_down())
}

/// The middle button, or the primary one with Space held, pans the canvas
/// from wherever on it the press was, over cards and headers too; nothing
/// under the pointer moves.
pub(super) fn pan_gesture(
    ui: &Ui,
    response: &egui::Response,
    panning: &mut bool,
    camera: &mut Camera,
) {
    let space = space_held(ui);
    let (middle_pressed, primary_pressed, middle, primary, delta) = ui.input(|i| {
        (
            i.pointer.button_pressed(egui::PointerButton::Middle),
            i.pointer.button_pressed(egui::PointerButton::Primary),
            i.pointer.middle_down(),
            i.pointer.primary_down(),
            i.pointer.delta(),
        )
    });
    if !*panning && response.contains_pointer() && (middle_pressed || (space && primary_pressed)) {
        *panning = true;
    }
    if *panning {
        if middle || primary {
            camera.pan += delta;
            ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
        } else {
            *panning = false;
        }
    } else if space && response.contains_pointer() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grab);
    }
}
