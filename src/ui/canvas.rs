//! The map canvas: paints the display list through a pan/zoom camera, keeps
//! stage headers and lane titles in view, and exposes stages, lanes and cards
//! to accessibility (and so to UI tests) by their text.

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Sense, Ui, Vec2, pos2, vec2};

use super::document::Document;
use super::in_place::{InPlaceEdit, in_place_ui};
use super::intent::Intent;
use super::interact::{
    Drag, Transforms, background_clicks, interact_ui, paint_drag, paint_selection,
};
use super::paint::{MeshCache, color};
use super::selection::Selection;
use crate::export::{footer_text, today};
use crate::layout::metrics::LANE_TITLE_WIDTH;
use crate::layout::{LayoutOptions, MapLayout, Shaper, TextCache, compute_with};
use crate::render::Scene;
use crate::style::Theme;

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

    /// Show the whole map, centred, never above 100 %.
    pub fn fit(&mut self, canvas: Rect, map_size: Vec2) {
        let zoom = (canvas.width() / map_size.x)
            .min(canvas.height() / map_size.y)
            .clamp(MIN_ZOOM, 1.0);
        self.zoom = zoom;
        self.pan = (canvas.size() - map_size * zoom) / 2.0;
        self.pan.y = self.pan.y.max(0.0);
    }

    /// Fit the map's width, top aligned: how a map opens.
    pub fn fit_width(&mut self, canvas: Rect, map_size: Vec2) {
        let zoom = (canvas.width() / map_size.x).clamp(MIN_ZOOM, 1.0);
        self.zoom = zoom;
        self.pan = vec2(((canvas.width() - map_size.x * zoom) / 2.0).max(0.0), 0.0);
    }
}

/// Camera, cached layout and what the canvas was asked to do next.
#[derive(Default)]
pub struct CanvasState {
    pub camera: Camera,
    cache: Option<Cached>,
    /// Fit the map on the next frame (after opening, or on request).
    pub pending_fit: Option<FitMode>,
    /// Size of the canvas in the last frame, for zoom buttons.
    pub last_rect: Option<Rect>,
    /// A card or emotion point being dragged.
    pub drag: Option<Drag>,
    /// Shaped text kept between layouts.
    text_cache: TextCache,
    /// Text options the layout was made with.
    text_options: Option<egui::epaint::text::TextOptions>,
    /// Start of a selection rectangle (map coordinates) while one is drawn.
    pub band: Option<Pos2>,
    /// A card text being edited in place.
    pub editing: Option<InPlaceEdit>,
    /// Colour rated touchpoints by importance (view option).
    pub heat: bool,
    /// Confidence counts in the stage headers (view option).
    pub confidence_counts: bool,
    /// Which cards stay bright (view only).
    pub filter: super::filter::ViewFilter,
    /// Date shown in the map's footer; `None` for today (tests pin it).
    pub footer_date: Option<String>,
    /// Counts scene rebuilds, so the kept meshes know when they are stale.
    scene_generation: u64,
    /// Tessellated map body, filter veils, lane titles and stage band, kept
    /// between frames.
    meshes: [MeshCache; 4],
    /// The filter veils and the (scene, filter) key they were built for.
    veils: Option<(u64, Vec<crate::render::Prim>)>,
}

/// How to frame the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FitMode {
    Whole,
    Width,
}

struct Cached {
    revision: u64,
    heat: bool,
    counts: bool,
    fonts: usize,
    theme: Theme,
    pixels_per_point: f32,
    layout: MapLayout,
    scene: Scene,
}

impl CanvasState {
    /// The layout of the current document, if one was computed.
    pub fn layout(&self) -> Option<&MapLayout> {
        self.cache.as_ref().map(|c| &c.layout)
    }

    /// Forget the cached layout (a different document was opened).
    pub fn reset(&mut self) {
        self.cache = None;
        self.pending_fit = Some(FitMode::Width);
    }

    /// Tessellate everything again on the next frame (tests compare a kept
    /// mesh with a fresh one).
    pub fn drop_kept_meshes(&mut self) {
        self.meshes = Default::default();
    }

    /// Zoom by a factor around the canvas centre (buttons and shortcuts).
    pub fn zoom_by(&mut self, factor: f32) {
        if let Some(rect) = self.last_rect {
            self.camera.zoom_around(factor, rect.center(), rect);
        }
    }

    /// Set 100 % around the canvas centre.
    pub fn zoom_reset(&mut self) {
        let factor = 1.0 / self.camera.zoom;
        self.zoom_by(factor);
    }

    fn ensure_layout(&mut self, ui: &Ui, doc: &Document, theme: Theme) {
        let ppp = ui.ctx().pixels_per_point();
        // Font definitions change once at start-up (ours replace egui's).
        let fonts = ui.ctx().fonts(|f| f.definitions().font_data.len());
        // Text options (hinting, binning) change glyph metrics a little.
        let options = ui.ctx().fonts(|f| *f.options());
        let options_changed = self.text_options.as_ref() != Some(&options);
        self.text_options = Some(options);
        let heat = self.heat;
        let counts = self.confidence_counts;
        let fresh = !options_changed
            && self
                .cache
                .as_ref()
                .is_some_and(|c| c.heat == heat && c.counts == counts)
            && self.cache.as_ref().is_some_and(|c| {
                c.revision == doc.revision
                    && c.theme == theme
                    && c.pixels_per_point == ppp
                    && c.fonts == fonts
            });
        if fresh {
            return;
        }
        let date = self.footer_date.clone().unwrap_or_else(today);
        let footer = footer_text(&doc.map, &date);
        let stale_fonts = self
            .cache
            .as_ref()
            .is_some_and(|c| c.pixels_per_point != ppp || c.fonts != fonts)
            || options_changed;
        if stale_fonts {
            self.text_cache.clear();
        }
        let text_cache = &mut self.text_cache;
        let layout = ui.ctx().fonts_mut(|f| {
            let mut shaper = Shaper::with_cache(f, text_cache);
            let options = LayoutOptions {
                confidence_counts: counts,
                ..Default::default()
            };
            compute_with(&doc.map, &mut shaper, &footer, options)
        });
        let scene = crate::render::build_scene_with(&layout, theme, heat);
        self.scene_generation += 1;
        self.cache = Some(Cached {
            revision: doc.revision,
            heat,
            counts,
            fonts,
            theme,
            pixels_per_point: ppp,
            layout,
            scene,
        });
    }
}

/// Draw the canvas for `doc`, handle pan and zoom, and return what the
/// user's clicks and drags ask for (applied by the app after the frame).
pub fn canvas_ui(
    ui: &mut Ui,
    doc: &Document,
    state: &mut CanvasState,
    theme: Theme,
    selection: &Selection,
) -> Vec<Intent> {
    state.ensure_layout(ui, doc, theme);
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    state.last_rect = Some(rect);
    let cache = state.cache.as_ref().expect("layout computed above");
    let map_size = cache.layout.size;

    if let Some(mode) = state.pending_fit.take() {
        match mode {
            FitMode::Whole => state.camera.fit(rect, map_size),
            FitMode::Width => state.camera.fit_width(rect, map_size),
        }
    }
    // Shift- or Ctrl-drag on empty canvas draws a selection rectangle;
    // a plain drag pans.
    if response.drag_started()
        && ui.input(|i| i.modifiers.shift || i.modifiers.command)
        && let Some(p) = response.interact_pointer_pos()
    {
        state.band = Some(state.camera.to_screen(rect).inverse() * p);
    }
    if state.band.is_none() {
        handle_navigation(ui, &response, rect, &mut state.camera);
    }

    let cache = state.cache.as_ref().expect("layout computed above");
    let generation = state.scene_generation;
    let [body_mesh, veil_mesh, titles_mesh, band_mesh] = &mut state.meshes;
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, canvas_backdrop(theme));
    let to_screen = state.camera.to_screen(rect);
    let visible = to_screen.inverse() * rect;
    body_mesh.paint(&painter, generation, &cache.scene.body, to_screen, visible);
    body_mesh.paint_photos(&painter, to_screen, doc.dir());
    if state.filter.is_active() {
        // Veils over what the filter leaves out, as exports draw them; kept
        // like the body until the scene or the filter changes.
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (generation, state.filter).hash(&mut h);
            h.finish()
        };
        if state.veils.as_ref().is_none_or(|(k, _)| *k != key) {
            let veils = crate::render::filter_veils(&cache.layout, &doc.map, &state.filter, theme);
            state.veils = Some((key, veils));
        }
        if let Some((_, veils)) = &state.veils {
            veil_mesh.paint(&painter, key, veils, to_screen, visible);
        }
    }

    // Lane titles: pinned to the left edge once the title column scrolls off.
    let layout = &cache.layout;
    let grid_left = layout.grid.left();
    let mut titles_tf = to_screen;
    let pinned_x = to_screen.translation.x + grid_left * to_screen.scaling < rect.left();
    if pinned_x {
        titles_tf.translation.x = rect.left() - grid_left * to_screen.scaling;
        let strip = Rect::from_min_max(
            pos2(rect.left(), rect.top()),
            pos2(
                rect.left() + LANE_TITLE_WIDTH * to_screen.scaling,
                rect.bottom(),
            ),
        );
        painter.rect_filled(strip, 0.0, color(theme.background()));
        for lane in &layout.lanes {
            let band = if lane.backstage {
                theme.backstage_band(lane.odd)
            } else {
                theme.lane_band(lane.odd)
            };
            let r = Rect::from_x_y_ranges(
                grid_left..=grid_left + LANE_TITLE_WIDTH,
                lane.rect.y_range(),
            );
            painter.rect_filled(titles_tf * r, 0.0, color(band));
        }
        painter.vline(
            strip.right(),
            rect.y_range(),
            egui::Stroke::new(1.0, color(theme.grid_line())),
        );
    }
    let titles_visible = titles_tf.inverse() * rect;
    titles_mesh.paint(
        &painter,
        generation,
        &cache.scene.title_column,
        titles_tf,
        titles_visible,
    );

    // Stage headers: pinned to the top once they scroll off.
    let stages_top = layout
        .stages
        .first()
        .map_or(layout.grid.top(), |s| s.header.top());
    let mut band_tf = to_screen;
    let pinned_y = to_screen.translation.y + stages_top * to_screen.scaling < rect.top();
    if pinned_y {
        band_tf.translation.y = rect.top() + 4.0 - stages_top * to_screen.scaling;
        let bottom = layout
            .stages
            .first()
            .map_or(stages_top, |s| s.header.bottom());
        let strip_bottom = (band_tf * pos2(0.0, bottom + 4.0)).y.max(rect.top());
        let strip = Rect::from_min_max(rect.min, pos2(rect.right(), strip_bottom));
        painter.rect_filled(strip, 0.0, color(theme.background()).gamma_multiply(0.96));
    }
    let band_visible = band_tf.inverse() * rect;
    band_mesh.paint(
        &painter,
        generation,
        &cache.scene.stage_band,
        band_tf,
        band_visible,
    );

    let mut intents = Vec::new();
    let tfs = Transforms {
        body: to_screen,
        titles: titles_tf,
        band: band_tf,
        canvas: rect,
    };
    interact_ui(
        ui,
        layout,
        doc,
        &tfs,
        selection,
        &mut state.drag,
        &mut intents,
    );
    paint_selection(&painter, layout, selection, &tfs, theme);
    if let Some(start) = state.band {
        let now = ui
            .ctx()
            .pointer_interact_pos()
            .map_or(start, |p| to_screen.inverse() * p);
        let band = Rect::from_two_pos(start, now);
        let accent = color(theme.accent(crate::model::Hue::Blue));
        painter.rect(
            to_screen * band,
            2.0,
            accent.gamma_multiply(0.08),
            egui::Stroke::new(1.0, accent),
            egui::StrokeKind::Inside,
        );
        if !response.dragged() {
            let mut ids: Vec<_> = if ui.input(|i| i.modifiers.command) {
                selection.cards().to_vec()
            } else {
                Vec::new()
            };
            for card in layout.cards.iter().filter(|c| c.rect.intersects(band)) {
                if !ids.contains(&card.id) {
                    ids.push(card.id);
                }
            }
            intents.push(Intent::Select(if ids.is_empty() {
                Selection::None
            } else {
                Selection::Cards(ids)
            }));
            state.band = None;
        }
    }
    if let Some(drag) = &state.drag {
        paint_drag(ui, &painter, layout, doc, drag, &tfs, theme);
    }
    in_place_ui(ui, layout, &doc.map, &tfs, &mut state.editing, &mut intents);
    background_clicks(ui, &response, layout, doc, &tfs, &mut intents);
    intents
}

fn canvas_backdrop(theme: Theme) -> Color32 {
    match theme {
        Theme::Light => Color32::from_rgb(0xE9, 0xEC, 0xF1),
        Theme::Dark => Color32::from_rgb(0x0E, 0x0F, 0x12),
    }
}

fn handle_navigation(ui: &Ui, response: &egui::Response, rect: Rect, camera: &mut Camera) {
    // Primary drag on empty canvas pans; so do the middle and right buttons.
    if response.dragged() {
        camera.pan += response.drag_delta();
    }
    if response.hovered() {
        let (scroll, zoom, pointer) =
            ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.pointer.hover_pos()));
        camera.pan += scroll;
        if zoom != 1.0 {
            camera.zoom_around(zoom, pointer.unwrap_or(rect.center()), rect);
        }
    }
}
