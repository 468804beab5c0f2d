//! Display-list primitives to egui shapes. Shapes are built in map
//! coordinates, then moved and scaled by the camera transform.

use egui::emath::TSTransform;
use egui::epaint::{Mesh, RectShape, StrokeKind, Vertex};
use egui::{Color32, Painter, Pos2, Rect, Shape};

use crate::layout::TextBlock;
use crate::render::{Prim, Stroke};
use crate::style::Rgba;

/// egui colour of a style colour.
pub fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3)
}

fn stroke(s: Stroke) -> egui::Stroke {
    egui::Stroke::new(s.width, color(s.color))
}

/// Paint the primitives whose bounds meet `visible` (map coordinates).
///
/// Shapes are built in map coordinates and moved by `to_screen`; all text
/// goes into one mesh drawn on top (text never sits under another shape in
/// a map), built straight from the galleys' glyph quads — no per-frame copies
/// of galleys. The galleys must come from the current font atlas: the canvas
/// re-lays out when egui clears the atlas (see `CanvasState`).
pub fn paint_prims<'a>(
    painter: &Painter,
    prims: impl IntoIterator<Item = &'a Prim>,
    to_screen: TSTransform,
    visible: Rect,
) {
    let ctx = painter.ctx();
    let [w, h] = ctx.fonts(|f| f.font_image_size());
    let uv_scale = egui::vec2(1.0 / w as f32, 1.0 / h as f32);
    let pixels_per_point = ctx.pixels_per_point();
    let mut shapes = Vec::new();
    let mut text = Mesh::default();
    for prim in prims {
        if !prim.bounds().intersects(visible) {
            continue;
        }
        if let Prim::Text { block, color: c } = prim {
            text_mesh(
                &mut text,
                block,
                color(*c),
                to_screen,
                uv_scale,
                pixels_per_point,
            );
        } else {
            prim_shapes(prim, &mut shapes);
        }
    }
    for shape in &mut shapes {
        shape.transform(to_screen);
    }
    painter.extend(shapes);
    if !text.is_empty() {
        painter.add(Shape::mesh(text));
    }
}

/// Append the glyph quads of `block` to `mesh`, moved and scaled to screen.
fn text_mesh(
    mesh: &mut Mesh,
    block: &TextBlock,
    color: Color32,
    tf: TSTransform,
    uv_scale: egui::Vec2,
    ppp: f32,
) {
    for row in &block.galley.rows {
        if row.visuals.mesh.is_empty() {
            continue;
        }
        let origin = tf * (block.pos + row.pos.to_vec2());
        // Start rows on a physical pixel, as egui does, so 100 % is crisp.
        let origin = Pos2::new(
            (origin.x * ppp).round() / ppp,
            (origin.y * ppp).round() / ppp,
        );
        let base = mesh.vertices.len() as u32;
        mesh.indices
            .extend(row.visuals.mesh.indices.iter().map(|i| i + base));
        mesh.vertices
            .extend(row.visuals.mesh.vertices.iter().map(|v| Vertex {
                pos: origin + v.pos.to_vec2() * tf.scaling,
                uv: Pos2::new(v.uv.x * uv_scale.x, v.uv.y * uv_scale.y),
                color: if v.color == Color32::PLACEHOLDER {
                    color
                } else {
                    v.color
                },
            }));
    }
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
        Prim::Text { block, color: c } => {
            out.push(Shape::galley(block.pos, block.galley.clone(), color(*c)));
        }
    }
}
