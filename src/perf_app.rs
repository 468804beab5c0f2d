//! Headless frames of the whole app (menus, inspector, status bar and
//! canvas) in a given interface language, for the language benchmarks:
//! a Russian or Latvian frame should cost what an English one does.

use egui::{Pos2, RawInput, Rect};

use crate::model::{JourneyMap, Lang};
use crate::ui::{Intent, JourneyApp, Prefs, Selection, setup_context};

/// The app showing one map with a card selected, frame after frame.
pub struct AppFrames {
    ctx: egui::Context,
    app: JourneyApp,
    /// The clock of the frames (seconds), advanced 1/60 s per frame by
    /// [`Self::present_frame`].
    time: f64,
    /// Frames since the last presentation step, and which way it went.
    since_step: usize,
    forward: bool,
}

impl AppFrames {
    /// The app speaking `lang`, showing `map` with its first card selected
    /// (so the inspector shows every field of a card).
    pub fn new(map: JourneyMap, lang: Lang) -> Self {
        let ctx = egui::Context::default();
        setup_context(&ctx);
        let mut app = JourneyApp::with_prefs(Prefs {
            language: Some(lang),
            ..Default::default()
        });
        let first = map.lanes.iter().find_map(|l| l.cards.first()).map(|c| c.id);
        app.open_map(map);
        if let Some(card) = first {
            app.apply_intents(vec![Intent::Select(Selection::card(card))]);
        }
        let mut frames = AppFrames {
            ctx,
            app,
            time: 0.0,
            since_step: 0,
            forward: true,
        };
        for _ in 0..3 {
            frames.frame(); // fonts, layout, fit
        }
        frames
    }

    /// Like [`Self::new`], with the reviews inbox open beside the canvas.
    pub fn with_inbox(map: JourneyMap, lang: Lang) -> Self {
        let mut frames = AppFrames::new(map, lang);
        frames
            .app
            .apply_intents(vec![Intent::Run(crate::ui::UiCommand::ToggleInbox)]);
        for _ in 0..3 {
            frames.frame();
        }
        frames
    }

    /// Like [`Self::new`], presenting (F5) from the first stage.
    pub fn presenting(map: JourneyMap, lang: Lang) -> Self {
        let mut frames = AppFrames::new(map, lang);
        frames
            .app
            .apply_intents(vec![Intent::Run(crate::ui::UiCommand::Present)]);
        for _ in 0..3 {
            frames.frame();
        }
        frames
    }

    /// Frames a step of the presentation takes to glide (0.35 s at 60 Hz).
    pub const FRAMES_PER_STEP: usize = 21;

    /// One presentation frame 1/60 s after the last: every
    /// [`Self::FRAMES_PER_STEP`] frames it steps on (→, or ← back), so each
    /// frame is part of a glide from one stage to the next.
    pub fn present_frame(&mut self) -> usize {
        self.time += 1.0 / 60.0;
        self.since_step += 1;
        let mut events = Vec::new();
        if self.since_step >= Self::FRAMES_PER_STEP {
            self.since_step = 0;
            self.forward = !self.forward;
            let key = if self.forward {
                egui::Key::ArrowLeft
            } else {
                egui::Key::ArrowRight
            };
            for pressed in [true, false] {
                events.push(egui::Event::Key {
                    key,
                    physical_key: None,
                    pressed,
                    repeat: false,
                    modifiers: egui::Modifiers::NONE,
                });
            }
        }
        let raw = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, crate::perf::SCREEN)),
            time: Some(self.time),
            events,
            ..Default::default()
        };
        let app = &mut self.app;
        let output = self.ctx.run_ui(raw, |ui| app.frame_ui(ui));
        crate::perf::tessellated_triangles(&self.ctx, output)
    }

    /// One frame: the app's egui pass plus tessellation; returns the number
    /// of triangles so the work cannot be optimised away.
    pub fn frame(&mut self) -> usize {
        let raw = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, crate::perf::SCREEN)),
            ..Default::default()
        };
        let app = &mut self.app;
        let output = self.ctx.run_ui(raw, |ui| app.frame_ui(ui));
        crate::perf::tessellated_triangles(&self.ctx, output)
    }
}
