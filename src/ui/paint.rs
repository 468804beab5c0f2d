//! Display-list primitives to egui shapes. Shapes are built in map
//! coordinates, then moved and scaled by the camera transform.

use egui::emath::TSTransform;
use egui::epaint::{Mesh, RectShape, StrokeKind, Tessellator};
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
        // Dashes a few pixels long blur into a line: draw it solid, as faint
        // as the dashes are sparse (and without thousands of segments).
        Prim::Path {
            points,
            closed,
            stroke,
        } if stroke
            .dash
            .is_some_and(|(dash, gap)| (dash + gap) * zoom < 4.0) =>
        {
            let (dash, gap) = stroke.dash.unwrap_or_default();
            let mut color = stroke.color;
            color.3 = (f32::from(color.3) * dash / (dash + gap)).round() as u8;
            Some(Prim::Path {
                points: points.clone(),
                closed: *closed,
                stroke: Stroke {
                    color,
                    dash: None,
                    ..*stroke
                },
            })
        }
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
    painter.extend(screen_shapes(painter.ctx(), prims, to_screen, visible));
}

/// The egui shapes (screen coordinates) of the primitives meeting `visible`:
/// everything else first, text on top.
fn screen_shapes<'a>(
    ctx: &egui::Context,
    prims: impl IntoIterator<Item = &'a Prim>,
    to_screen: TSTransform,
    visible: Rect,
) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let mut texts = Vec::new();
    let zoom = to_screen.scaling;
    ctx.fonts_mut(|fonts| {
        for prim in prims {
            if !prim.bounds().intersects(visible) {
                continue;
            }
            if let Prim::Photo { .. } = prim {
                continue; // a texture of its own: `paint_photos`
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
    shapes.extend(texts);
    shapes
}

/// One layer of the canvas tessellated once and kept between frames.
///
/// Tessellating every card's outline, icons and glyphs is most of a frame
/// when thousands of cards are on screen. While the scene, the zoom and the
/// font atlas stay the same, the triangles only move with the camera, so the
/// kept mesh is shifted by whole pixels (text stays sharp) and drawn as one
/// shape. It holds a margin around the visible part so panning rarely
/// rebuilds it.
#[derive(Default)]
pub struct MeshCache {
    key: Option<MeshKey>,
    /// A galley from egui's text cache: a new one means egui rebuilt its font
    /// atlas and the glyph coordinates in `mesh` are stale. Holding it keeps
    /// its address from being reused.
    atlas_probe: Option<std::sync::Arc<egui::Galley>>,
    /// Map-coordinate area whose primitives `mesh` holds.
    region: Option<Rect>,
    /// Camera translation `mesh` is positioned for.
    at: egui::Vec2,
    mesh: std::sync::Arc<Mesh>,
    /// Photos in `region` (map coordinates and stored path): drawn with
    /// their own textures on top of the mesh.
    photos: Vec<(Rect, String)>,
    /// Each photo's `file://` address once its file was checked (`None`:
    /// not readable), so the disk is not asked every frame.
    photo_uris: Vec<Option<String>>,
    /// Card pictures in `region`: frame (map coordinates), stored path and
    /// the backdrop that covers the placeholder once the picture is drawn.
    pictures: Vec<(Rect, String, Color32)>,
    /// Each picture's file, resolved once from the map's folder.
    picture_files: Vec<std::path::PathBuf>,
}

#[derive(Clone, Copy, PartialEq)]
struct MeshKey {
    scene: u64,
    zoom: f32,
    pixels_per_point: f32,
    font_texture: [usize; 2],
}

impl MeshCache {
    /// Paint `prims` like [`paint_prims`], reusing the kept mesh when
    /// `scene` (a number that changes whenever the primitives do) and the
    /// zoom are unchanged and the view stays inside the kept area.
    pub fn paint<'a>(
        &mut self,
        painter: &Painter,
        scene: u64,
        prims: impl IntoIterator<Item = &'a Prim>,
        to_screen: TSTransform,
        visible: Rect,
    ) {
        let ctx = painter.ctx();
        let pixels_per_point = ctx.pixels_per_point();
        let (probe, font_texture) = ctx.fonts_mut(|f| {
            let probe = f.layout_job(egui::text::LayoutJob::simple_singleline(
                "journeymap".into(),
                FontId::proportional(8.0),
                Color32::WHITE,
            ));
            (probe, f.font_image_size())
        });
        let key = MeshKey {
            scene,
            zoom: to_screen.scaling,
            pixels_per_point,
            font_texture,
        };
        let fresh = self.key == Some(key)
            && self
                .atlas_probe
                .as_ref()
                .is_some_and(|p| std::sync::Arc::ptr_eq(p, &probe))
            && self.region.is_some_and(|r| r.contains_rect(visible));
        if fresh {
            // Whole physical pixels, so glyphs stay on the pixel grid.
            let delta =
                ((to_screen.translation - self.at) * pixels_per_point).round() / pixels_per_point;
            if delta != egui::Vec2::ZERO {
                std::sync::Arc::make_mut(&mut self.mesh).translate(delta);
                self.at += delta;
            }
        } else {
            let region = visible.expand2(visible.size() * 0.25);
            let mut options = ctx.tessellation_options(|o| *o);
            // Pre-rasterised discs live in the font atlas; plain triangles
            // stay valid however the atlas changes.
            options.prerasterized_discs = false;
            let mut tessellator =
                Tessellator::new(pixels_per_point, options, font_texture, Vec::new());
            let mut mesh = Mesh::default();
            let mut photos = Vec::new();
            let mut pictures = Vec::new();
            let prims = prims.into_iter().inspect(|prim| match prim {
                Prim::Photo { path, .. } if prim.bounds().intersects(region) => {
                    photos.push((prim.bounds(), path.clone()));
                }
                Prim::Picture {
                    rect,
                    path,
                    backdrop,
                    ..
                } if rect.intersects(region) => {
                    pictures.push((*rect, path.clone(), color(*backdrop)));
                }
                _ => {}
            });
            for shape in screen_shapes(ctx, prims, to_screen, region) {
                tessellator.tessellate_shape(shape, &mut mesh);
            }
            *self = MeshCache {
                key: Some(key),
                atlas_probe: Some(probe),
                region: Some(region),
                at: to_screen.translation,
                mesh: std::sync::Arc::new(mesh),
                photos,
                photo_uris: Vec::new(),
                pictures,
                picture_files: Vec::new(),
            };
        }
        painter.add(Shape::Mesh(self.mesh.clone()));
    }

    /// Draw the card pictures of the kept area that are on screen (after
    /// [`Self::paint`]): each fitted into its frame, keeping its shape, on
    /// its backdrop. One still decoding leaves the placeholder showing.
    pub fn paint_pictures(
        &mut self,
        painter: &Painter,
        to_screen: TSTransform,
        map_dir: Option<&std::path::Path>,
        cache: &mut super::picture_cache::PictureCache,
    ) {
        let ctx = painter.ctx();
        let pixels_per_point = ctx.pixels_per_point();
        let clip = painter.clip_rect();
        if self.picture_files.len() != self.pictures.len() {
            self.picture_files = (self.pictures.iter())
                .map(|(_, path, _)| crate::model::resolve_photo(path, map_dir))
                .collect();
        }
        for ((rect, _, backdrop), file) in self.pictures.iter().zip(&self.picture_files) {
            let screen = to_screen * *rect;
            if !screen.intersects(clip) {
                continue;
            }
            let pixels = screen.width().max(screen.height()) * pixels_per_point;
            let Some((texture, size)) = cache.texture(ctx, file, pixels) else {
                continue;
            };
            let scale = (screen.width() / size.x).min(screen.height() / size.y);
            let fit = Rect::from_center_size(screen.center(), size * scale);
            painter.rect_filled(screen, 0.0, *backdrop);
            let uv = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
            painter.add(RectShape::filled(fit, 0.0, Color32::WHITE).with_texture(texture, uv));
        }
    }

    /// Draw the photos of the kept area (after [`Self::paint`]), each
    /// cropped to a circle. Relative paths start at `map_dir`. A photo that
    /// is still loading or cannot be read leaves the initials showing.
    pub fn paint_photos(
        &mut self,
        painter: &Painter,
        to_screen: TSTransform,
        map_dir: Option<&std::path::Path>,
    ) {
        if self.photo_uris.len() != self.photos.len() {
            self.photo_uris = (self.photos.iter())
                .map(|(_, path)| {
                    let file = crate::model::photo_file(path, map_dir).ok()?;
                    Some(format!("file://{}", file.display()))
                })
                .collect();
        }
        for ((rect, _), uri) in self.photos.iter().zip(&self.photo_uris) {
            let Some(uri) = uri else {
                continue;
            };
            let screen = to_screen * *rect;
            // One size for every zoom: a texture per size would pile up
            // while zooming. 256 px keeps the 44-point circle sharp up to
            // about 400 % zoom.
            let poll = painter.ctx().try_load_texture(
                uri,
                egui::TextureOptions::LINEAR,
                egui::load::SizeHint::Size {
                    width: 256,
                    height: 256,
                    maintain_aspect_ratio: true,
                },
            );
            let Ok(egui::load::TexturePoll::Ready { texture }) = poll else {
                continue;
            };
            // Centre square of the photo.
            let [w, h] = [texture.size.x.max(1.0), texture.size.y.max(1.0)];
            let side = w.min(h);
            let uv = Rect::from_center_size(egui::pos2(0.5, 0.5), egui::vec2(side / w, side / h));
            painter.add(
                RectShape::filled(screen, screen.width() / 2.0, Color32::WHITE)
                    .with_texture(texture.id, uv),
            );
        }
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
        Prim::Text { .. } | Prim::Photo { .. } => {} // see `screen_shapes`
        // The canvas shows the placeholder the scene draws beneath a card's
        // picture (frame, icon, file name); the picture itself is a texture,
        // not a shape.
        Prim::Picture { .. } => {}
    }
}
