//! Text shaped once with egui's text layout; the canvas paints the galley and
//! the SVG writer places each row where the galley put it, so line breaks match.

use std::sync::Arc;

use egui::epaint::text::{FontsView, Galley, LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Pos2, Rect, pos2};

use crate::fonts::FontStyle;

/// A piece of shaped text placed on the map.
#[derive(Clone, Debug)]
pub struct TextBlock {
    /// The shaped rows; colour is a placeholder filled in by the painter.
    pub galley: Arc<Galley>,
    /// Top-left corner in map coordinates.
    pub pos: Pos2,
    pub size_px: f32,
    pub style: FontStyle,
}

/// One row of a [`TextBlock`], for writers that place text themselves.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    pub text: String,
    /// Left end of the baseline, in map coordinates.
    pub baseline: Pos2,
}

impl TextBlock {
    /// The block's bounds on the map.
    pub fn rect(&self) -> Rect {
        Rect::from_min_size(self.pos, self.galley.size())
    }

    /// The same block moved by `delta`.
    pub fn translated(mut self, delta: egui::Vec2) -> Self {
        self.pos += delta;
        self
    }

    /// The rows as laid out, skipping empty ones.
    pub fn lines(&self) -> Vec<TextLine> {
        self.galley
            .rows
            .iter()
            .filter_map(|placed| {
                let first = placed.row.glyphs.first()?;
                let text = placed.row.text();
                if text.trim().is_empty() {
                    return None;
                }
                Some(TextLine {
                    text,
                    baseline: pos2(
                        self.pos.x + placed.pos.x + first.pos.x,
                        self.pos.y + placed.pos.y + first.pos.y,
                    ),
                })
            })
            .collect()
    }
}

/// Shapes text with a set of fonts: the egui context's in the app, a
/// headless set for export. Galleys are cached by epaint between frames.
pub struct Shaper<'a, 'b> {
    fonts: &'a mut FontsView<'b>,
}

impl<'a, 'b> Shaper<'a, 'b> {
    /// Shape with `fonts`.
    pub fn new(fonts: &'a mut FontsView<'b>) -> Self {
        Shaper { fonts }
    }

    /// Shape `text` wrapped to `max_width` (use `f32::INFINITY` for one line),
    /// placed with its top-left at `pos`.
    pub fn text(
        &mut self,
        text: &str,
        size_px: f32,
        style: FontStyle,
        max_width: f32,
        pos: Pos2,
    ) -> TextBlock {
        self.text_limited(text, size_px, style, max_width, usize::MAX, pos)
    }

    /// Like [`Self::text`] but elided with "…" after `max_rows` rows.
    pub fn text_limited(
        &mut self,
        text: &str,
        size_px: f32,
        style: FontStyle,
        max_width: f32,
        max_rows: usize,
        pos: Pos2,
    ) -> TextBlock {
        let mut job = LayoutJob::single_section(
            text.to_owned(),
            TextFormat {
                font_id: FontId::new(size_px, style.family()),
                color: Color32::PLACEHOLDER,
                ..Default::default()
            },
        );
        job.wrap = TextWrapping {
            max_width,
            max_rows,
            ..Default::default()
        };
        TextBlock {
            galley: self.fonts.layout_job(job),
            pos,
            size_px,
            style,
        }
    }
}
