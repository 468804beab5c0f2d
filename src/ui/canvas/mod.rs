//! The map canvas: paints the display list through a pan/zoom camera, keeps
//! stage headers and lane titles in view, and exposes stages, lanes and cards
//! to accessibility (and so to UI tests) by their text.

mod camera;
mod layers;
pub(in crate::ui) mod pan;
mod pinned;

use egui::{Color32, Pos2, Rect, Sense, Ui};

pub use camera::{Camera, Glide, MAX_ZOOM, MIN_ZOOM};
use layers::Layers;
use pan::pan_gesture;

use super::document::Document;
use super::in_place::{InPlaceEdit, in_place_ui};
use super::intent::Intent;
use super::interact::{background_clicks, interact_ui};
use super::overlay::{Drag, Transforms, paint_drag, paint_selection};
use super::paint::color;
use super::selection::Selection;
use crate::layout::{MapLayout, Shaper, TextCache};
use crate::render::{Picture, PictureOptions};
use crate::style::Theme;

/// Camera, cached layout and what the canvas was asked to do next.
#[derive(Default)]
pub struct CanvasState {
    pub camera: Camera,
    cache: Option<Cached>,
    /// Fit the map on the next frame (after opening, or on request).
    pub pending_fit: Option<FitMode>,
    /// The last fit: how, the camera it gave and the canvas it filled.
    fitted: Option<(FitMode, Camera, Rect)>,
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
    /// The middle button or Space + drag is panning (it started on the
    /// canvas and goes on until the button is let go).
    pub panning: bool,
    /// A double-click in an emotion cell asking whose curve the point is on.
    pub point_choice: Option<super::point_choice::PointChoice>,
    /// Colour rated touchpoints by importance (view option).
    pub heat: bool,
    /// Confidence counts in the stage headers (view option).
    pub confidence_counts: bool,
    /// The legend under the grid (view option).
    pub legend: bool,
    /// Review counts in stage headers and the review curve (view option).
    pub review_stats: bool,
    /// Which cards stay bright (view only).
    pub filter: super::filter::ViewFilter,
    /// Date shown in the map's footer; `None` for today (tests pin it).
    pub footer_date: Option<String>,
    /// Counts scene rebuilds, so the kept meshes know when they are stale.
    scene_generation: u64,
    /// The picture's layers, tessellated and kept between frames.
    layers: Layers,
    /// Where the last frame drew the map (for what is drawn over it).
    pub transforms: Option<Transforms>,
    /// Card pictures decoded for this map, at the sizes they are drawn.
    pub pictures: super::picture_cache::PictureCache,
}

/// How to frame the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FitMode {
    Whole,
    Width,
}

/// The picture of the document and what it was made from.
struct Cached {
    revision: u64,
    options: PictureOptions,
    fonts: usize,
    pixels_per_point: f32,
    picture: Picture,
}

impl CanvasState {
    /// The layout of the current document, if one was computed.
    pub fn layout(&self) -> Option<&MapLayout> {
        self.cache.as_ref().map(|c| &c.picture.layout)
    }

    /// The layout, if it was computed for document revision `revision`.
    pub fn layout_at(&self, revision: u64) -> Option<&MapLayout> {
        self.cache
            .as_ref()
            .filter(|c| c.revision == revision)
            .map(|c| &c.picture.layout)
    }

    /// Forget the cached layout (a different document was opened).
    pub fn reset(&mut self) {
        self.cache = None;
        // The whole map, centred, never above 100 %.
        self.pending_fit = Some(FitMode::Whole);
    }

    /// Tessellate everything again on the next frame (tests compare a kept
    /// mesh with a fresh one).
    pub fn drop_kept_meshes(&mut self) {
        self.layers = Layers::default();
    }

    /// Is a card being dragged?
    pub fn dragging_card(&self) -> bool {
        matches!(self.drag, Some(Drag::Card { .. }))
    }

    /// Start editing `card`'s text (now `text`) on the canvas.
    pub fn start_in_place_edit(&mut self, card: crate::model::CardId, text: String) {
        self.editing = Some(InPlaceEdit::new(card, text));
    }

    /// Is a card's text being edited on the canvas?
    pub fn is_editing_in_place(&self) -> bool {
        self.editing.is_some()
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

    /// What the picture shows: the view options, the filter and the date.
    fn picture_options(&self, theme: Theme) -> PictureOptions {
        PictureOptions {
            theme,
            heat: self.heat,
            evidence_appendix: false,
            comments_appendix: false,
            confidence_counts: self.confidence_counts,
            legend: self.legend,
            review_stats: self.review_stats,
            filter: self.filter,
            date: self.footer_date.clone().unwrap_or_else(crate::date::today),
        }
    }

    fn ensure_layout(&mut self, ui: &Ui, doc: &Document, theme: Theme) {
        let ppp = ui.ctx().pixels_per_point();
        // Font definitions change once at start-up (ours replace egui's).
        let fonts = ui.ctx().fonts(|f| f.definitions().font_data.len());
        // Text options (hinting, binning) change glyph metrics a little.
        let text_options = ui.ctx().fonts(|f| *f.options());
        let text_options_changed = self.text_options.as_ref() != Some(&text_options);
        self.text_options = Some(text_options);
        let options = self.picture_options(theme);
        let fresh = !text_options_changed
            && self.cache.as_ref().is_some_and(|c| {
                c.revision == doc.revision
                    && c.options == options
                    && c.pixels_per_point == ppp
                    && c.fonts == fonts
            });
        if fresh {
            return;
        }
        let stale_fonts = self
            .cache
            .as_ref()
            .is_some_and(|c| c.pixels_per_point != ppp || c.fonts != fonts)
            || text_options_changed;
        if stale_fonts {
            self.text_cache.clear();
        }
        let text_cache = &mut self.text_cache;
        let picture = ui.ctx().fonts_mut(|f| {
            let mut shaper = Shaper::with_cache(f, text_cache);
            crate::render::picture(&doc.map, &mut shaper, &options)
        });
        self.scene_generation += 1;
        self.cache = Some(Cached {
            revision: doc.revision,
            options,
            fonts,
            pixels_per_point: ppp,
            picture,
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
    let map_size = cache.picture.layout.size;

    // A fitted map stays fitted while the canvas settles (panels appear
    // after a map opens) or the window is resized, until the user moves it.
    if let Some((mode, camera, fitted_rect)) = state.fitted {
        if state.camera != camera {
            state.fitted = None;
        } else if fitted_rect != rect && state.pending_fit.is_none() {
            state.pending_fit = Some(mode);
        }
    }
    if let Some(mode) = state.pending_fit.take() {
        match mode {
            FitMode::Whole => state.camera.fit(rect, map_size),
            FitMode::Width => state.camera.fit_width(rect, map_size),
        }
        state.fitted = Some((mode, state.camera, rect));
    }
    // As the in-place editor opens: text too small to type into zooms in
    // to 100 % around the card, and the card comes clear of the pinned lane
    // titles and stage band, which the editor would otherwise cover.
    let layout = &cache.picture.layout;
    if let Some(edit) = &state.editing
        && !edit.is_focused()
        && let Some(card) = layout.cards.iter().find(|c| c.id == edit.card)
    {
        if state.camera.zoom < super::in_place::READABLE_ZOOM {
            let at = state.camera.to_screen(rect) * card.rect.center();
            let factor = 1.0 / state.camera.zoom;
            state.camera.zoom_around(factor, at, rect);
        }
        let on_screen = state.camera.to_screen(rect) * card.rect;
        let zoom = state.camera.zoom;
        let left = rect.left() + crate::layout::metrics::LANE_TITLE_WIDTH * zoom + 16.0;
        let top = rect.top() + 80.0 * zoom.min(1.0) + 16.0;
        state.camera.pan += egui::vec2(
            (left - on_screen.left()).max(0.0),
            (top - on_screen.top()).max(0.0),
        );
    }
    // Middle button or Space + drag pan from anywhere, over cards too.
    pan_gesture(ui, &response, &mut state.panning, &mut state.camera);
    // Shift- or Ctrl-drag on empty canvas draws a selection rectangle;
    // a plain drag pans.
    if response.drag_started_by(egui::PointerButton::Primary)
        && !state.panning
        && ui.input(|i| i.modifiers.shift || i.modifiers.command)
        && let Some(p) = response.interact_pointer_pos()
    {
        state.band = Some(state.camera.to_screen(rect).inverse() * p);
    }
    if state.band.is_none() {
        handle_navigation(ui, &response, rect, state.panning, &mut state.camera);
    }

    let cache = state.cache.as_ref().expect("layout computed above");
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, canvas_backdrop(theme));
    let to_screen = state.camera.to_screen(rect);
    let layout = &cache.picture.layout;
    let pins = state.layers.paint(
        &painter,
        rect,
        &cache.picture,
        state.scene_generation,
        to_screen,
        theme,
        doc.dir(),
        &mut state.pictures,
    );

    let mut intents = Vec::new();
    let tfs = Transforms {
        body: to_screen,
        titles: pins.titles,
        band: pins.band,
        band_drawn: pins.band_drawn,
        canvas: rect,
    };
    state.transforms = Some(tfs);
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
    super::review_drop::review_drop_ui(ui, layout, &doc.map, &tfs, &painter, theme, &mut intents);
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
    background_clicks(
        ui,
        &response,
        layout,
        doc,
        &tfs,
        selection,
        &mut state.point_choice,
        &mut intents,
    );
    super::point_choice::point_choice_ui(ui, &doc.map, &mut state.point_choice, &mut intents);
    super::empty_hint::empty_hint_ui(ui, rect, &doc.map, &mut intents);
    let body = tfs.body;
    super::context_menu::background_menu(
        &response,
        |p| layout.cell_at(body.inverse() * p),
        &doc.map,
        &mut intents,
    );
    intents
}

fn canvas_backdrop(theme: Theme) -> Color32 {
    match theme {
        Theme::Light => Color32::from_rgb(0xE9, 0xEC, 0xF1),
        Theme::Dark => Color32::from_rgb(0x0E, 0x0F, 0x12),
    }
}

fn handle_navigation(
    ui: &Ui,
    response: &egui::Response,
    rect: Rect,
    panning: bool,
    camera: &mut Camera,
) {
    // Primary or right drag on empty canvas pans (the middle button and
    // Space + drag pan in `pan_gesture`).
    if response.dragged() && !panning {
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
