//! Display-list primitives to egui shapes. Shapes are built in map
//! coordinates, then moved and scaled by the camera transform.

use egui::emath::TSTransform;
use egui::epaint::{Mesh, RectShape, StrokeKind};
use egui::{Color32, FontId, Painter, Pos2, Rect, Shape};

use crate::render::{Prim, Stroke};
use crate::style::Rgba;

/// egui colour of a style colour.
pub fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3)
}

fn stroke(s: Stroke) -> egui::Stroke {
    egui::Stroke::new(s.width, color(s.color))
}

/// Below this many screen pixels text is unreadable: rows are drawn as
/// faint bars instead, which also keeps a zoomed-out 5,000-card map fast.
const GREEK_BELOW_PX: f32 = 4.0;

/// Below this zoom, details smaller than a couple of screen pixels (icon
/// strokes, markers, outlines, corner rounding) are left out or simplified:
/// they cannot be seen, and tessellating thousands of them is what makes a
/// zoomed-out map slow.
const DETAIL_ZOOM: f32 = 0.5;

/// `prim` as it is worth drawing at `zoom` (< [`DETAIL_ZOOM`]), or `None`.
fn simplified(prim: &Prim, zoom: f32) -> Option<Prim> {
    let small = |r: Rect| r.width().max(r.height()) * zoom < 6.0;
    match prim {
        Prim::Path { points, .. } if small(Rect::from_points(points)) => None,
        Prim::Circle { radius, .. } if radius * zoom < 2.0 => None,
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => Some(Prim::Rect {
            rect: *rect,
            radius: if radius * zoom < 1.5 { 0.0 } else { *radius },
            fill: *fill,
            stroke: stroke.filter(|s| s.width * zoom >= 0.75),
        }),
        other => Some(other.clone()),
    }
}

/// Paint the primitives whose bounds meet `visible` (map coordinates).
///
/// Shapes are built in map coordinates and moved by `to_screen`. Text is
/// drawn row by row at the zoomed size, so it is crisp at any zoom: each row
/// of the layout is laid out again (without wrapping, so the line breaks are
/// exactly the layout's) through egui's galley cache, which makes unchanged
/// rows a cache hit and keeps glyphs valid when egui rebuilds its atlas.
pub fn paint_prims<'a>(
    painter: &Painter,
    prims: impl IntoIterator<Item = &'a Prim>,
    to_screen: TSTransform,
    visible: Rect,
) {
    let mut shapes = Vec::new();
    let mut texts = Vec::new();
    let zoom = to_screen.scaling;
    painter.ctx().fonts_mut(|fonts| {
        for prim in prims {
            if !prim.bounds().intersects(visible) {
                continue;
            }
            let Prim::Text { block, color: c } = prim else {
                if zoom < DETAIL_ZOOM {
                    if let Some(simple) = simplified(prim, zoom) {
                        prim_shapes(&simple, &mut shapes);
                    }
                } else {
                    prim_shapes(prim, &mut shapes);
                }
                continue;
            };
            let c = color(*c);
            // Half-pixel steps: smooth zooming without a new glyph size per frame.
            let size = (block.size_px * zoom * 2.0).round() / 2.0;
            for row in block.rows.iter() {
                let top_left = to_screen * (block.pos + row.offset);
                if size < GREEK_BELOW_PX {
                    let bar = Rect::from_min_size(
                        top_left + egui::vec2(0.0, size * 0.4),
                        egui::vec2(row.width * zoom, (size * 0.5).max(0.5)),
                    );
                    texts.push(Shape::rect_filled(bar, 0.0, c.gamma_multiply(0.35)));
                    continue;
                }
                let galley = fonts.layout_job(egui::text::LayoutJob::simple_singleline(
                    row.text.clone(),
                    FontId::new(size, block.style.family()),
                    c,
                ));
                texts.push(Shape::galley(top_left, galley, c));
            }
        }
    });
    for shape in &mut shapes {
        shape.transform(to_screen);
    }
    painter.extend(shapes);
    painter.extend(texts);
}

fn prim_shapes(prim: &Prim, out: &mut Vec<Shape>) {
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke: st,
        } => {
            let fill = fill.map_or(Color32::TRANSPARENT, color);
            let st = st.map_or(egui::Stroke::NONE, stroke);
            out.push(Shape::Rect(RectShape::new(
                *rect,
                *radius,
                fill,
                st,
                StrokeKind::Middle,
            )));
        }
        Prim::Circle {
            center,
            radius,
            fill,
            stroke: st,
        } => {
            out.push(Shape::Circle(egui::epaint::CircleShape {
                center: *center,
                radius: *radius,
                fill: fill.map_or(Color32::TRANSPARENT, color),
                stroke: st.map_or(egui::Stroke::NONE, stroke),
            }));
        }
        Prim::Polygon { points, fill } => {
            if points.len() < 3 {
                return;
            }
            let c = color(*fill);
            let n = points.len() as f32;
            let center = Pos2::new(
                points.iter().map(|p| p.x).sum::<f32>() / n,
                points.iter().map(|p| p.y).sum::<f32>() / n,
            );
            let mut mesh = Mesh::default();
            mesh.colored_vertex(center, c);
            for p in points {
                mesh.colored_vertex(*p, c);
            }
            let k = points.len() as u32;
            for i in 0..k {
                mesh.add_triangle(0, 1 + i, 1 + (i + 1) % k);
            }
            out.push(Shape::mesh(mesh));
            // A thin anti-aliased outline of the same colour smooths the
            // mesh's hard edges.
            out.push(Shape::closed_line(
                points.clone(),
                egui::Stroke::new(0.8, c),
            ));
        }
        Prim::Triangles { triangles, fill } => {
            let c = color(*fill);
            let mut mesh = Mesh::default();
            for t in triangles {
                let base = mesh.vertices.len() as u32;
                for p in t {
                    mesh.colored_vertex(*p, c);
                }
                mesh.add_triangle(base, base + 1, base + 2);
            }
            out.push(Shape::mesh(mesh));
        }
        Prim::Path {
            points,
            closed,
            stroke: st,
        } => {
            let s = stroke(*st);
            match st.dash {
                Some((dash, gap)) => {
                    let mut pts = points.clone();
                    if *closed && let Some(first) = points.first() {
                        pts.push(*first);
                    }
                    out.extend(Shape::dashed_line(&pts, s, dash, gap));
                }
                None if *closed => out.push(Shape::closed_line(points.clone(), s)),
                None => out.push(Shape::line(points.clone(), s)),
            }
        }
        Prim::Text { .. } => {} // drawn row by row in `paint_prims`
    }
}
