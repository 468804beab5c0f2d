//! Drawing primitives in map coordinates.

use egui::{Pos2, Rect};

use crate::layout::TextBlock;
use crate::style::Rgba;

/// An outline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub color: Rgba,
    /// Dash and gap lengths for dashed lines.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    /// A solid stroke.
    pub fn solid(width: f32, color: Rgba) -> Self {
        Stroke {
            width,
            color,
            dash: None,
        }
    }

    /// A dashed stroke.
    pub fn dashed(width: f32, color: Rgba, dash: f32, gap: f32) -> Self {
        Stroke {
            width,
            color,
            dash: Some((dash, gap)),
        }
    }
}

/// One thing to draw.
#[derive(Clone, Debug)]
pub enum Prim {
    /// A (rounded) rectangle.
    Rect {
        rect: Rect,
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
    },
    Circle {
        center: Pos2,
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
    },
    /// A filled polygon, star-shaped around the mean of its points (so a
    /// fan from there triangulates it).
    Polygon { points: Vec<Pos2>, fill: Rgba },
    /// Filled triangles drawn as one shape (no seams between them).
    Triangles {
        triangles: Vec<[Pos2; 3]>,
        fill: Rgba,
    },
    /// An open or closed polyline.
    Path {
        points: Vec<Pos2>,
        closed: bool,
        stroke: Stroke,
    },
    /// Shaped text.
    Text { block: TextBlock, color: Rgba },
    /// A persona photo cropped to a circle. `path` is as stored in the map;
    /// painters resolve it against the map's folder and draw nothing when
    /// it cannot be read (the initials beneath stay visible).
    Photo {
        center: Pos2,
        radius: f32,
        path: String,
    },
    /// A card's picture, fitted into `rect` keeping its shape ("contain")
    /// on `backdrop`, which also covers the placeholder drawn beneath it
    /// (frame icon and file name). `path` is as stored in the map; painters
    /// resolve it against the map's folder and draw nothing when it cannot
    /// be read, so the placeholder stays visible. `alt` is the card's alt
    /// text, for formats that carry it.
    Picture {
        rect: Rect,
        path: String,
        alt: Option<String>,
        backdrop: Rgba,
    },
}

impl Prim {
    /// Bounds, for culling what is off screen.
    pub fn bounds(&self) -> Rect {
        match self {
            Prim::Rect { rect, stroke, .. } => rect.expand(stroke.map_or(0.0, |s| s.width)),
            Prim::Circle {
                center,
                radius,
                stroke,
                ..
            } => Rect::from_center_size(
                *center,
                egui::Vec2::splat(2.0 * (radius + stroke.map_or(0.0, |s| s.width))),
            ),
            Prim::Polygon { points, .. } | Prim::Path { points, .. } => {
                Rect::from_points(points).expand(2.0)
            }
            Prim::Triangles { triangles, .. } => {
                let mut r = Rect::NOTHING;
                for t in triangles {
                    for p in t {
                        r.extend_with(*p);
                    }
                }
                r
            }
            Prim::Text { block, .. } => block.rect(),
            Prim::Photo { center, radius, .. } => {
                Rect::from_center_size(*center, egui::Vec2::splat(2.0 * radius))
            }
            Prim::Picture { rect, .. } => *rect,
        }
    }
}
