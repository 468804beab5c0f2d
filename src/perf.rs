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

/// Where a scripted drag is: the pointer, its step per frame, and the area
/// it bounces in (screen points).
struct DragPath {
    pointer: Pos2,
    step: egui::Vec2,
    area: Rect,
}

impl DragPath {
    fn advance(&mut self) -> Pos2 {
        let mut p = self.pointer + self.step;
        if !(self.area.left()..=self.area.right()).contains(&p.x) {
            self.step.x = -self.step.x;
            p.x = self.pointer.x + self.step.x;
        }
        if !(self.area.top()..=self.area.bottom()).contains(&p.y) {
            self.step.y = -self.step.y;
            p.y = self.pointer.y + self.step.y;
        }
        self.pointer = p;
        p
    }
}

/// Tessellate a frame's output as a GPU-less frame would and count its
/// triangles (so the work cannot be optimised away).
pub fn tessellated_triangles(ctx: &egui::Context, mut output: egui::FullOutput) -> usize {
    // No GPU here: the font-atlas updates have nowhere to go.
    output.textures_delta.clear();
    let meshes = ctx.tessellate(output.shapes, output.pixels_per_point);
    meshes
        .iter()
        .map(|m| match &m.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum()
}

/// The canvas drawing one map, frame after frame, with no input.
pub struct CanvasFrames {
    ctx: egui::Context,
    doc: Document,
    state: CanvasState,
    /// Input for the next frame.
    events: Vec<egui::Event>,
    drag: Option<DragPath>,
    /// The card being typed into and its text before typing began.
    typing: Option<(crate::model::CardId, String)>,
    typed: usize,
}

impl CanvasFrames {
    /// Ready to draw `map` at `zoom` (the first frames lay it out).
    pub fn new(map: JourneyMap, zoom: Zoom) -> Self {
        Self::saved_as(map, None, zoom)
    }

    /// Like [`Self::new`] for a map saved as `file` (its pictures' paths
    /// start at its folder).
    pub fn saved_as(map: JourneyMap, file: Option<std::path::PathBuf>, zoom: Zoom) -> Self {
        let ctx = egui::Context::default();
        setup_context(&ctx);
        let mut frames = CanvasFrames {
            ctx,
            doc: Document::new(map, file),
            state: CanvasState::default(),
            events: Vec::new(),
            drag: None,
            typing: None,
            typed: 0,
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
        let mut raw = input();
        raw.events = std::mem::take(&mut self.events);
        let output = self.ctx.run_ui(raw, |ui| {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                canvas_ui(ui, doc, state, Theme::Light, &Selection::None);
            });
        });
        tessellated_triangles(&self.ctx, output)
    }

    /// Card pictures still decoding, and the bytes of those decoded.
    pub fn pictures(&self) -> (usize, usize) {
        let cache = &self.state.pictures;
        (cache.loading(), cache.texture_bytes())
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

    /// The card nearest the canvas centre and its rect on screen.
    fn card_near_centre(&self) -> Option<(crate::model::CardId, Rect)> {
        let layout = self.state.layout()?;
        let canvas = self.state.last_rect?;
        let to_screen = self.state.camera.to_screen(canvas);
        layout
            .cards
            .iter()
            .map(|c| (c.id, to_screen * c.rect))
            .filter(|(_, r)| canvas.contains_rect(*r))
            .min_by(|a, b| {
                let d = |r: &Rect| r.center().distance_sq(canvas.center());
                d(&a.1).total_cmp(&d(&b.1))
            })
    }

    /// Press on the card nearest the canvas centre and move past egui's
    /// drag threshold, so the next frames drag it. False if no card is on
    /// screen.
    pub fn start_card_drag(&mut self) -> bool {
        let Some((_, rect)) = self.card_near_centre() else {
            return false;
        };
        let p = rect.center();
        self.events.push(egui::Event::PointerMoved(p));
        self.events.push(egui::Event::PointerButton {
            pos: p,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        });
        self.frame();
        let canvas = self
            .state
            .last_rect
            .unwrap_or(Rect::from_min_size(Pos2::ZERO, SCREEN));
        self.drag = Some(DragPath {
            pointer: p,
            step: vec2(37.0, 23.0),
            area: canvas.shrink(40.0),
        });
        self.drag_step();
        self.frame();
        self.is_dragging_card()
    }

    /// Move the dragged card one frame's worth further across the cells.
    pub fn drag_step(&mut self) {
        if let Some(path) = &mut self.drag {
            let p = path.advance();
            self.events.push(egui::Event::PointerMoved(p));
        }
    }

    /// Is a card being dragged (the ghost and drop target drawn)?
    pub fn is_dragging_card(&self) -> bool {
        self.state.dragging_card()
    }

    /// Open the in-place editor on the card nearest the canvas centre.
    /// False if no card is on screen.
    pub fn start_typing(&mut self) -> bool {
        let Some((id, _)) = self.card_near_centre() else {
            return false;
        };
        let Some((_, card)) = self.doc.map.card(id) else {
            return false;
        };
        let text = card.text.clone();
        self.state.start_in_place_edit(id, text.clone());
        self.typing = Some((id, text));
        self.frame(); // the editor takes focus
        self.state.is_editing_in_place()
    }

    /// Type one more character: into the in-place editor, and into the card
    /// as a live edit would (so the next frame lays the map out again).
    /// Every 40 characters the text starts over.
    pub fn type_char(&mut self) {
        let Some((id, base)) = &self.typing else {
            return;
        };
        self.typed = (self.typed + 1) % 40;
        let ch = if self.typed == 0 { ' ' } else { 'a' };
        self.events.push(egui::Event::Text(ch.to_string()));
        let Some((_, card)) = self.doc.map.card(*id) else {
            return;
        };
        let mut edited = card.clone();
        edited.text = format!("{base} {}", "a".repeat(self.typed));
        self.doc.apply(
            crate::edit::Command::UpdateCard { card: edited },
            "Edit card",
        );
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleSize, sample_map};

    fn small() -> JourneyMap {
        sample_map(SampleSize {
            stages: 4,
            lanes: 4,
            cards_per_cell: 2,
        })
    }

    #[test]
    fn a_scripted_drag_drags_a_card_without_panning() {
        let mut frames = CanvasFrames::new(small(), Zoom::Actual);
        let camera = frames.state.camera;
        assert!(frames.start_card_drag(), "a card is being dragged");
        for _ in 0..5 {
            frames.drag_step();
            frames.frame();
        }
        assert!(frames.is_dragging_card());
        assert_eq!(frames.state.camera, camera, "dragging a card does not pan");
    }

    #[test]
    fn typing_changes_the_card_and_keeps_the_editor_open() {
        let mut frames = CanvasFrames::new(small(), Zoom::Actual);
        assert!(frames.start_typing());
        let revision = frames.doc.revision;
        for _ in 0..3 {
            frames.type_char();
            frames.frame();
        }
        assert!(frames.doc.revision > revision, "each character is an edit");
        assert!(frames.state.is_editing_in_place(), "the editor stays open");
        let (id, base) = frames.typing.clone().unwrap();
        assert_eq!(
            frames.doc.map.card(id).unwrap().1.text,
            format!("{base} aaa")
        );
    }
}
