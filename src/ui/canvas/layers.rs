//! The picture's layers on the canvas, each tessellated once and kept
//! between frames: the body, the filter veils, the title column and the
//! stage band, the last two pinned to the canvas edges once they scroll off.

use egui::emath::TSTransform;
use egui::{Painter, Rect, pos2};

use super::pinned::{self, Pins};
use crate::render::{Picture, Prim};
use crate::style::Theme;
use crate::ui::paint::MeshCache;

/// Kept meshes of the canvas's layers.
#[derive(Default)]
pub struct Layers {
    body: MeshCache,
    veils: MeshCache,
    titles: MeshCache,
    band: MeshCache,
    /// The stage band widened for a zoom past the pinned band's cap, and
    /// the key it was built for.
    stretched_band: Option<(u64, Vec<Prim>)>,
}

/// A key for a kept layer from what it depends on.
fn layer_key(parts: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

impl Layers {
    /// Paint `picture` (whose primitives change with `generation`) through
    /// `to_screen` in the canvas `rect`; returns where the title column and
    /// the stage band went. Relative photo paths start at `map_dir`.
    #[allow(clippy::too_many_arguments)]
    pub fn paint(
        &mut self,
        painter: &Painter,
        rect: Rect,
        picture: &Picture,
        generation: u64,
        to_screen: TSTransform,
        theme: Theme,
        map_dir: Option<&std::path::Path>,
        pictures: &mut crate::ui::picture_cache::PictureCache,
    ) -> Pins {
        let visible = to_screen.inverse() * rect;
        let scene = &picture.scene;
        let layout = &picture.layout;
        self.body
            .paint(painter, generation, &scene.body, to_screen, visible);
        self.body.paint_photos(painter, to_screen, map_dir);
        pictures.begin_frame(painter.ctx());
        self.body
            .paint_pictures(painter, to_screen, map_dir, pictures);
        if !picture.veils.is_empty() {
            // Veils over what the filter leaves out, as exports draw them.
            self.veils
                .paint(painter, generation, &picture.veils, to_screen, visible);
        }

        // Lane titles and stage headers: pinned to the left and top edges
        // once they scroll off, on opaque strips, with a corner block where
        // they meet.
        let pins = Pins::new(layout, to_screen, rect);
        // A layer switching between pinned and scrolling moves by a fraction
        // of a pixel that a kept mesh cannot follow: it is tessellated afresh.
        let band_key = layer_key((generation, pins.band_strip.is_some()));
        let band_visible = pins.band_drawn.inverse() * rect;
        if pins.band_strip.is_none() {
            // Scrolling with the map, under a pinned title column.
            self.band.paint(
                painter,
                band_key,
                &scene.stage_band,
                pins.band_drawn,
                band_visible,
            );
        }
        // The pinned column's opaque strip goes into its kept mesh.
        let strip = pinned::title_strip_prims(layout, &pins, theme);
        self.titles.paint(
            painter,
            layer_key((generation, pins.title_strip.is_some())),
            strip.iter().chain(&scene.title_column),
            pins.titles,
            pins.titles.inverse() * rect,
        );
        if pins.band_strip.is_none() {
            return pins;
        }
        pinned::paint_band_strip(painter, &pins, theme);
        match pins.band_stretch {
            None => self.band.paint(
                painter,
                band_key,
                &scene.stage_band,
                pins.band_drawn,
                band_visible,
            ),
            Some(stretch) => {
                // Stage names slide along their (wide) chevrons to stay in
                // view right of the title column.
                let view_left = pins.title_strip.map_or(rect.left(), |s| s.right());
                let keep_from = pins.band_drawn.inverse() * pos2(view_left, 0.0);
                let shifts = crate::render::stage_label_shifts(layout, stretch, keep_from.x);
                let shift_bits: Vec<u32> = shifts.iter().map(|s| s.to_bits()).collect();
                let key = layer_key((generation, stretch.to_bits(), shift_bits));
                if self.stretched_band.as_ref().is_none_or(|(k, _)| *k != key) {
                    let prims = crate::render::stage_band(layout, theme, stretch, &shifts);
                    self.stretched_band = Some((key, prims));
                }
                if let Some((_, prims)) = &self.stretched_band {
                    self.band
                        .paint(painter, key, prims, pins.band_drawn, band_visible);
                }
            }
        }
        pinned::paint_corner(painter, &pins, theme);
        pins
    }
}
