//! Presentation mode (F5, View → Present): the map full screen with menus
//! and inspector hidden, walked through stage by stage — the current stage
//! centred in full colour, the others dimmed, its description as speaker
//! notes at the bottom. → / Space / Page Down go on, ← / Page Up back,
//! Home / End to the first / last stage, Esc leaves.

use egui::{Color32, Key, Rect, Ui, pos2};

use super::canvas::{Camera, Glide};
use super::session::Session;
use crate::t;

/// How long the camera takes from one stage to the next, in seconds.
const TRANSITION_SECONDS: f64 = 0.35;

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

/// Apply `step` to the session at time `now`; `false` when the
/// presentation ends.
pub fn apply(session: &mut Session, step: Step, now: f64) -> bool {
    let last = session.doc.map.stages.len().saturating_sub(1);
    let camera = session.canvas.camera;
    let Some(at) = &mut session.presenting else {
        return false;
    };
    let from_stage = *at;
    *at = match step {
        Step::Next => (*at + 1).min(last),
        Step::Previous => at.saturating_sub(1),
        Step::First => 0,
        Step::Last => last,
        Step::Leave => {
            session.presenting = None;
            session.transition = None;
            session.canvas.pending_fit = Some(super::canvas::FitMode::Whole);
            return false;
        }
    };
    if *at != from_stage {
        session.transition = Some(Glide {
            from: camera,
            from_stage,
            start: now,
        });
    }
    true
}

/// Frame the current stage: the map's whole height, the stage centred; on
/// the way there after a step, the camera glides from where it was (the
/// view's centre and the zoom eased together), repainting until it arrives.
pub fn frame_stage(ctx: &egui::Context, session: &mut Session) {
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
    let target = Camera {
        zoom,
        pan: egui::vec2(view.width() / 2.0 - center * zoom, 0.0),
    };
    let now = ctx.input(|i| i.time);
    session.canvas.camera = match session.transition {
        Some(t) if t.progress(now, TRANSITION_SECONDS) < 1.0 => {
            ctx.request_repaint();
            between(
                t.from,
                target,
                t.progress(now, TRANSITION_SECONDS),
                view.width(),
            )
        }
        _ => {
            session.transition = None;
            target
        }
    };
}

/// The camera a fraction `t` of the way from `a` to `b`: the map point at
/// the view's centre and the zoom (geometrically) move together, so the
/// picture neither swims nor jumps.
fn between(a: Camera, b: Camera, t: f32, view_width: f32) -> Camera {
    let centre = |c: Camera| (view_width / 2.0 - c.pan.x) / c.zoom;
    let zoom = a.zoom * (b.zoom / a.zoom).powf(t);
    let x = centre(a) + (centre(b) - centre(a)) * t;
    let y = a.pan.y + (b.pan.y - a.pan.y) * t;
    Camera {
        zoom,
        pan: egui::vec2(view_width / 2.0 - x * zoom, y),
    }
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
    // During a step the stage left fades out as the new one fades in.
    let now = ui.input(|i| i.time);
    let fading = session
        .transition
        .map(|t| (t.from_stage, t.progress(now, TRANSITION_SECONDS)));
    for (i, stage) in layout.stages.iter().enumerate() {
        let strength = match fading {
            _ if i == at => fading.map_or(0.0, |(_, p)| 1.0 - p),
            Some((from, p)) if i == from => p,
            _ => 1.0,
        };
        if strength <= 0.0 {
            continue;
        }
        let left = view.left() + camera.pan.x + stage.x * camera.zoom;
        let right = left + stage.width * camera.zoom;
        painter.rect_filled(
            Rect::from_min_max(pos2(left, y(stage.header.top())), pos2(right, y(bottom))),
            0.0,
            veil.gamma_multiply(strength),
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
