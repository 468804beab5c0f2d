//! Where the map sits on screen.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2, vec2};

/// Smallest and largest zoom factors.
pub const MIN_ZOOM: f32 = 0.1;
pub const MAX_ZOOM: f32 = 4.0;

/// Where the map sits on screen: `pan` is the screen offset of the map's
/// origin from the canvas corner, `zoom` the scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub pan: Vec2,
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            pan: Vec2::ZERO,
            zoom: 1.0,
        }
    }
}

impl Camera {
    /// Map → screen transform for a canvas at `canvas`.
    pub fn to_screen(&self, canvas: Rect) -> TSTransform {
        TSTransform::new(canvas.min.to_vec2() + self.pan, self.zoom)
    }

    /// Zoom by `factor` keeping the map point under `anchor` (screen) still.
    pub fn zoom_around(&mut self, factor: f32, anchor: Pos2, canvas: Rect) {
        let new_zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let anchor_local = anchor - canvas.min;
        let map_point = (anchor_local - self.pan) / self.zoom;
        self.zoom = new_zoom;
        self.pan = anchor_local - map_point * new_zoom;
    }

    /// Show the whole map, centred, never above 100 %: how a map opens.
    pub fn fit(&mut self, canvas: Rect, map_size: Vec2) {
        let zoom = (canvas.width() / map_size.x)
            .min(canvas.height() / map_size.y)
            .clamp(MIN_ZOOM, 1.0);
        self.zoom = zoom;
        self.pan = (canvas.size() - map_size * zoom) / 2.0;
        self.pan.y = self.pan.y.max(0.0);
    }

    /// Fit the map's width, top aligned.
    pub fn fit_width(&mut self, canvas: Rect, map_size: Vec2) {
        let zoom = (canvas.width() / map_size.x).clamp(MIN_ZOOM, 1.0);
        self.zoom = zoom;
        self.pan = vec2(((canvas.width() - map_size.x * zoom) / 2.0).max(0.0), 0.0);
    }
}

/// A camera move under way (a presentation step): where it started, the
/// stage it left, and when.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glide {
    pub from: Camera,
    pub from_stage: usize,
    pub start: f64,
}

impl Glide {
    /// How far it has come at `now` in a move of `seconds`, 0 to 1, eased
    /// in and out.
    pub fn progress(&self, now: f64, seconds: f64) -> f32 {
        let t = ((now - self.start) / seconds).clamp(0.0, 1.0) as f32;
        t * t * (3.0 - 2.0 * t)
    }
}
