//! Presentation mode (F5, View → Present): the map full screen with menus
//! and inspector hidden, walked through stage by stage — the current stage
//! centred in full colour, the others dimmed, its description as speaker
//! notes at the bottom. → / Space / Page Down go on, ← / Page Up back,
//! Home / End to the first / last stage, Esc leaves.

use egui::{Color32, Key, Rect, Ui, pos2};

use super::session::Session;
use crate::t;

/// A step of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
    Leave,
}

/// The step the keys of this frame ask for (consumed, so they do not also
/// move the selection).
pub fn step_pressed(ctx: &egui::Context) -> Option<Step> {
    ctx.input_mut(|i| {
        let mut take = |key: Key| i.consume_key(egui::Modifiers::NONE, key);
        if take(Key::ArrowRight) || take(Key::Space) || take(Key::PageDown) {
            Some(Step::Next)
        } else if take(Key::ArrowLeft) || take(Key::PageUp) {
            Some(Step::Previous)
        } else if take(Key::Home) {
            Some(Step::First)
        } else if take(Key::End) {
            Some(Step::Last)
        } else if take(Key::Escape) {
            Some(Step::Leave)
        } else {
            None
        }
    })
}

/// Apply `step` to the session; `false` when the presentation ends.
pub fn apply(session: &mut Session, step: Step) -> bool {
    let last = session.doc.map.stages.len().saturating_sub(1);
    let Some(at) = &mut session.presenting else {
        return false;
    };
    *at = match step {
        Step::Next => (*at + 1).min(last),
        Step::Previous => at.saturating_sub(1),
        Step::First => 0,
        Step::Last => last,
        Step::Leave => {
            session.presenting = None;
            session.canvas.pending_fit = Some(super::canvas::FitMode::Whole);
            return false;
        }
    };
    true
}

/// Frame the current stage: the map's whole height, the stage centred.
pub fn frame_stage(session: &mut Session) {
    let (Some(at), Some(view)) = (session.presenting, session.canvas.last_rect) else {
        return;
    };
    let Some(layout) = session.canvas.layout() else {
        return;
    };
    let Some(stage) = layout.stages.get(at) else {
        return;
    };
    let zoom = (view.height() / layout.size.y)
        .min(view.width() / (stage.width * 2.5))
        .clamp(super::canvas::MIN_ZOOM, 2.0);
    let center = stage.x + stage.width / 2.0;
    let camera = &mut session.canvas.camera;
    camera.zoom = zoom;
    camera.pan = egui::vec2(view.width() / 2.0 - center * zoom, 0.0);
}

/// Veil the stages other than the current one.
pub fn dim_others(ui: &Ui, session: &Session) {
    let (Some(at), Some(view)) = (session.presenting, session.canvas.last_rect) else {
        return;
    };
    let Some(layout) = session.canvas.layout() else {
        return;
    };
    let camera = &session.canvas.camera;
    let veil = if ui.visuals().dark_mode {
        Color32::from_black_alpha(150)
    } else {
        Color32::from_white_alpha(170)
    };
    let painter = ui.painter_at(view);
    // The stage columns only, from their headers to the last lane: the
    // title, lens and personas above stay as they are.
    let bottom = layout
        .lanes
        .last()
        .map_or(layout.size.y, |l| l.rect.bottom());
    let y = |v: f32| view.top() + camera.pan.y + v * camera.zoom;
    let others = layout.stages.iter().enumerate().filter(|(i, _)| *i != at);
    for (_, stage) in others {
        let left = view.left() + camera.pan.x + stage.x * camera.zoom;
        let right = left + stage.width * camera.zoom;
        painter.rect_filled(
            Rect::from_min_max(pos2(left, y(stage.header.top())), pos2(right, y(bottom))),
            0.0,
            veil,
        );
    }
}

/// Speaker notes: the current stage's name, description, and where we are.
pub fn notes_ui(ui: &mut Ui, session: &Session) {
    let Some(at) = session.presenting else { return };
    let map = &session.doc.map;
    let Some(stage) = map.stages.get(at) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(&stage.name).strong().size(18.0));
        ui.label(
            egui::RichText::new(t!(
                "present-position",
                stage = at + 1,
                stages = map.stages.len()
            ))
            .weak(),
        );
    });
    if !stage.description.trim().is_empty() {
        ui.label(egui::RichText::new(&stage.description).size(15.0));
    }
    ui.label(egui::RichText::new(t!("present-keys")).small().weak());
}
