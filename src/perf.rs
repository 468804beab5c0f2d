//! Headless frames for benchmarks and the `frame_bench` example: the canvas
//! on a synthetic map, and the baseline of the same number of plain labels.

use egui::{Pos2, RawInput, Rect, vec2};

use crate::model::JourneyMap;
use crate::style::Theme;
use crate::ui::{CanvasState, Document, FitMode, Selection, canvas_ui, setup_context};

/// Window size of the benchmark frames.
pub const SCREEN: egui::Vec2 = vec2(1600.0, 1000.0);

/// How the canvas is framed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// The whole map on screen (every card visible).
    Fit,
    /// 100 %: only what fits in the window.
    Actual,
}

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SCREEN)),
        ..Default::default()
    }
}

/// The canvas drawing one map, frame after frame, with no input.
pub struct CanvasFrames {
    ctx: egui::Context,
    doc: Document,
    state: CanvasState,
}

impl CanvasFrames {
    /// Ready to draw `map` at `zoom` (the first frames lay it out).
    pub fn new(map: JourneyMap, zoom: Zoom) -> Self {
        let ctx = egui::Context::default();
        setup_context(&ctx);
        let mut frames = CanvasFrames {
            ctx,
            doc: Document::new(map, None),
            state: CanvasState::default(),
        };
        frames.state.pending_fit = Some(FitMode::Whole);
        frames.frame(); // fonts and layout
        if zoom == Zoom::Actual {
            frames.state.zoom_reset();
        }
        frames.frame();
        frames
    }

    /// One frame: egui pass plus tessellation. Returns the number of
    /// triangles, so the work cannot be optimised away.
    pub fn frame(&mut self) -> usize {
        let (doc, state) = (&self.doc, &mut self.state);
        let mut output = self.ctx.run_ui(input(), |ui| {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                canvas_ui(ui, doc, state, Theme::Light, &Selection::None);
            });
        });
        // No GPU here: the font-atlas updates have nowhere to go.
        output.textures_delta.clear();
        let meshes = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        meshes
            .iter()
            .map(|m| match &m.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    /// Change one card's text (as an edit would) so the next frame re-lays out.
    pub fn edit_one_card(&mut self, n: usize) {
        // Through a command, as the inspector or in-place editor would.
        let first = self.doc.map.lanes.iter().find_map(|l| l.cards.first());
        if let Some(card) = first {
            let mut edited = card.clone();
            edited.text = format!("Edited card text {n}");
            self.doc.apply(
                crate::edit::Command::UpdateCard { card: edited },
                "Edit card",
            );
        }
    }

    /// Highlight observed cards (View → Show confidence); sample maps mix
    /// the three levels, so about two thirds of the cards are veiled.
    pub fn filter_observed(&mut self) {
        self.state.filter.confidence = Some(crate::model::Confidence::Observed);
    }

    /// Move the camera by `delta` screen points (as a drag would).
    pub fn pan_by(&mut self, delta: egui::Vec2) {
        self.state.camera.pan += delta;
    }

    /// Zoom by `factor` around the canvas centre (as Ctrl+scroll would).
    pub fn zoom_by(&mut self, factor: f32) {
        self.state.zoom_by(factor);
    }

    /// Did the last frame ask for another one? (It must not when idle.)
    pub fn wants_repaint(&self) -> bool {
        self.ctx.has_requested_repaint()
    }
}

/// The baseline: the same texts as plain `egui::Label`s in a grid.
pub struct LabelFrames {
    ctx: egui::Context,
    texts: Vec<String>,
    columns: usize,
}

impl LabelFrames {
    /// Labels for every card text of `map`, as many columns as stages.
    pub fn new(map: &JourneyMap) -> Self {
        let ctx = egui::Context::default();
        setup_context(&ctx);
        let mut frames = LabelFrames {
            ctx,
            texts: map.card_texts().map(String::from).collect(),
            columns: map.stages.len().max(1),
        };
        frames.frame();
        frames.frame();
        frames
    }

    /// One frame of the label grid, with tessellation.
    pub fn frame(&mut self) -> usize {
        let (texts, columns) = (&self.texts, self.columns);
        let mut output = self.ctx.run_ui(input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                egui::Grid::new("baseline").show(ui, |ui| {
                    for (i, t) in texts.iter().enumerate() {
                        ui.label(t);
                        if (i + 1) % columns == 0 {
                            ui.end_row();
                        }
                    }
                });
            });
        });
        output.textures_delta.clear();
        let meshes = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        meshes.len()
    }
}

/// Median of `samples` milliseconds.
pub fn median_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples.get(samples.len() / 2).copied().unwrap_or(0.0)
}
