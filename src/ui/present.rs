//! Presentation mode (F5, View → Present): the map full screen with menus
//! and inspector hidden, walked through stage by stage — the current stage
//! framed large enough to read from the back of a room (its cards' text
//! at least [`MIN_TEXT_PX`] high, the stage filling the height when it
//! can), beside the lane titles, everything else veiled; its description
//! as speaker notes at the bottom. → / Space / Page Down go on, ← / Page Up
//! back, Home / End to the first / last stage, ↓ / ↑ and the wheel scroll a
//! stage taller than the screen, Esc leaves.

use egui::{Color32, Key, Rect, Ui, pos2};

use super::canvas::{Camera, Glide};
use super::session::Session;
use crate::t;

/// How long the camera takes from one stage to the next, in seconds.
const TRANSITION_SECONDS: f64 = 0.35;

/// Card text on screen is never smaller than this while presenting (a
/// 13-point card text at 1.4×; on a screen taller than 800 points it
/// grows with the screen).
pub const MIN_TEXT_PX: f32 = 18.0;

/// A step of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
    /// Scroll the stage down (`true`) or up by a third of the screen.
    Scroll(bool),
    Leave,
}

/// The steps the keys of this frame ask for, in the order pressed, one per
/// press (consumed, so they do not also move the selection).
pub fn steps_pressed(ctx: &egui::Context) -> Vec<Step> {
    let step_of = |key: Key| match key {
        Key::ArrowRight | Key::Space | Key::PageDown => Some(Step::Next),
        Key::ArrowLeft | Key::PageUp => Some(Step::Previous),
        Key::Home => Some(Step::First),
        Key::End => Some(Step::Last),
        Key::ArrowDown => Some(Step::Scroll(true)),
        Key::ArrowUp => Some(Step::Scroll(false)),
        Key::Escape => Some(Step::Leave),
        _ => None,
    };
    let mut steps = Vec::new();
    ctx.input_mut(|i| {
        i.events.retain(|event| match event {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } if modifiers.is_none() => match step_of(*key) {
                Some(step) => {
                    steps.push(step);
                    false
                }
                None => true,
            },
            _ => true,
        });
    });
    steps
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
        Step::Scroll(down) => {
            let third = session.canvas.last_rect.map_or(200.0, |r| r.height() / 3.0);
            let by = third / camera.zoom.max(0.01);
            session.present_scroll += if down { by } else { -by };
            return true;
        }
        Step::Leave => {
            session.presenting = None;
            session.transition = None;
            session.canvas.pending_fit = Some(super::canvas::FitMode::Whole);
            return false;
        }
    };
    if *at != from_stage {
        session.present_scroll = 0.0;
        session.transition = Some(Glide {
            from: camera,
            from_stage,
            start: now,
        });
    }
    true
}

/// Where the current stage is (map units): its column from the top of its
/// header to the bottom of the last lane.
fn stage_column(layout: &crate::layout::MapLayout, at: usize) -> Option<Rect> {
    let stage = layout.stages.get(at)?;
    let bottom = layout
        .lanes
        .last()
        .map_or(layout.size.y, |l| l.rect.bottom());
    Some(Rect::from_min_max(
        pos2(stage.x, stage.header.top()),
        pos2(stage.x + stage.width, bottom),
    ))
}

/// The camera that frames column `column` in `view`: tall enough to fill
/// the height when that leaves the text readable, else at the readable
/// size from `scroll` down; the column centred in the room right of the
/// pinned lane titles, or, for the first stages, right after the titles at
/// the left edge (nothing blank beside the map).
fn framing(view: Rect, column: Rect, grid_left: f32, scroll: &mut f32) -> Camera {
    let titles = crate::layout::metrics::LANE_TITLE_WIDTH;
    let margin = 16.0;
    let readable = MIN_TEXT_PX.max(view.height() / 44.0) / crate::layout::metrics::CARD_TEXT;
    let fill_height = (view.height() - 2.0 * margin) / column.height();
    let fill_width = (view.width() - 2.0 * margin) / (titles + column.width() * 1.15);
    let zoom = fill_height
        .max(readable)
        .min(fill_width)
        .clamp(super::canvas::MIN_ZOOM, super::canvas::MAX_ZOOM);
    // What of the column does not fit is scrolled through.
    let overflow = (column.height() - (view.height() - 2.0 * margin) / zoom).max(0.0);
    *scroll = scroll.clamp(0.0, overflow);
    let room_left = titles * zoom;
    let centre_x = room_left + (view.width() - room_left) / 2.0;
    let top = if overflow > 0.0 {
        margin - (column.top() + *scroll) * zoom
    } else {
        (view.height() - column.height() * zoom) / 2.0 - column.top() * zoom
    };
    let centred = centre_x - column.center().x * zoom;
    let titles_at_edge = margin - grid_left * zoom;
    Camera {
        zoom,
        pan: egui::vec2(centred.min(titles_at_edge), top),
    }
}

/// Frame the current stage (see [`framing`]); on the way there after a
/// step, the camera glides from where it was (the view's centre and the
/// zoom eased together), repainting until it arrives. The wheel scrolls a
/// stage taller than the screen.
pub fn frame_stage(ctx: &egui::Context, session: &mut Session) {
    let (Some(at), Some(view)) = (session.presenting, session.canvas.last_rect) else {
        return;
    };
    let Some(layout) = session.canvas.layout() else {
        return;
    };
    let Some(column) = stage_column(layout, at) else {
        return;
    };
    let grid_left = layout.grid.left();
    let wheel = ctx.input(|i| i.smooth_scroll_delta.y);
    if wheel != 0.0 {
        session.present_scroll -= wheel / session.canvas.camera.zoom.max(0.01);
    }
    let target = framing(view, column, grid_left, &mut session.present_scroll);
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

/// Veil everything but the current stage's column and the lane titles:
/// the other stages, the curve between them, the title and personas above.
/// During a step the stage left fades out as the next fades in.
pub fn dim_others(ui: &Ui, session: &Session) {
    let (Some(at), Some(view)) = (session.presenting, session.canvas.last_rect) else {
        return;
    };
    let Some(layout) = session.canvas.layout() else {
        return;
    };
    let Some(to_screen) = session.canvas.transforms.map(|t| t.body) else {
        return;
    };
    let now = ui.input(|i| i.time);
    let column = |i: usize| stage_column(layout, i).map(|c| to_screen * c);
    let Some(current) = column(at) else { return };
    // During a step both columns stay clear of the full veil: the one left
    // fades out as the next fades in.
    let mut fades = Vec::new();
    let mut clear = current;
    if let Some(t) = session.transition
        && let Some(from) = column(t.from_stage)
    {
        let p = t.progress(now, TRANSITION_SECONDS);
        clear = clear.union(from);
        fades.push((from, p));
        fades.push((current, 1.0 - p));
        // A stage jumped over (Home, End) stays veiled.
        for i in at.min(t.from_stage) + 1..at.max(t.from_stage) {
            if let Some(c) = column(i) {
                fades.push((c, 1.0));
            }
        }
    }
    // Half a column gap each side, so the curve's ends at the border show.
    let half_gap = crate::layout::metrics::COLUMN_GAP / 2.0 * to_screen.scaling;
    let clear = clear.expand2(egui::vec2(half_gap, 0.0));
    let titles_right = session.canvas.transforms.map_or(view.left(), |t| {
        (t.titles * pos2(layout.grid.left(), 0.0)).x
            + crate::layout::metrics::LANE_TITLE_WIDTH * t.titles.scaling
    });
    let veil = if ui.visuals().dark_mode {
        Color32::from_black_alpha(200)
    } else {
        Color32::from_white_alpha(215)
    };
    let painter = ui.painter_at(view);
    let lanes_top = clear.top();
    let pieces = [
        // Above the stage band: title, lens, personas.
        Rect::from_min_max(view.min, pos2(view.right(), lanes_top)),
        // Below the last lane: legend, footer.
        Rect::from_min_max(pos2(view.left(), clear.bottom()), view.max),
        // Left of the stage, right of the lane titles.
        Rect::from_min_max(
            pos2(titles_right.max(view.left()), lanes_top),
            pos2(clear.left(), clear.bottom()),
        ),
        // Right of the stage.
        Rect::from_min_max(
            pos2(clear.right(), lanes_top),
            pos2(view.right(), clear.bottom()),
        ),
    ];
    for piece in pieces {
        if piece.is_positive() {
            painter.rect_filled(piece, 0.0, veil);
        }
    }
    for (rect, strength) in fades {
        if strength > 0.0 {
            let rect = rect.expand2(egui::vec2(half_gap, 0.0));
            painter.rect_filled(rect, 0.0, veil.gamma_multiply(strength));
        }
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
    // A stage taller than the screen: say how to see the rest.
    let taller = session
        .canvas
        .layout()
        .and_then(|l| stage_column(l, at))
        .zip(session.canvas.last_rect)
        .is_some_and(|(c, view)| c.height() * session.canvas.camera.zoom > view.height());
    if taller {
        ui.label(
            egui::RichText::new(t!("present-scroll-keys"))
                .small()
                .weak(),
        );
    }
}
