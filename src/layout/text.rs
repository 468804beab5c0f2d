//! Text shaped once with egui's text layout. A block keeps only its rows (text
//! and position); the canvas draws each row at the zoomed size and the SVG
//! writer places each row where the layout put it, so line breaks match.
//! Galleys are not kept: they are large, and egui's font atlas may change
//! under them.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::text::{FontsView, LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Pos2, Rect};

use crate::fonts::FontStyle;
use crate::i18n::format_number;
use crate::model::Lang;
use crate::t_in;

/// One laid-out row of a [`TextBlock`]: its text and where its top-left
/// corner is, relative to the block.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub text: String,
    pub offset: egui::Vec2,
    pub width: f32,
    /// Left end of the baseline, relative to the block.
    pub baseline: egui::Vec2,
}

/// A piece of shaped text placed on the map.
#[derive(Clone, Debug)]
pub struct TextBlock {
    /// Size of the laid-out text.
    pub size: egui::Vec2,
    /// The rows as text, for painters that draw each row at another scale
    /// (the canvas at any zoom) while keeping these exact line breaks.
    pub rows: Arc<[Row]>,
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
        Rect::from_min_size(self.pos, self.size)
    }

    /// The same block moved by `delta`.
    pub fn translated(mut self, delta: egui::Vec2) -> Self {
        self.pos += delta;
        self
    }

    /// The rows as laid out, skipping empty ones.
    pub fn lines(&self) -> Vec<TextLine> {
        self.rows
            .iter()
            .map(|r| TextLine {
                text: r.text.clone(),
                baseline: self.pos + r.baseline,
            })
            .collect()
    }
}

/// What shapes a piece of text: the text, size, style, wrap width, row limit.
type TextKey = (String, u32, FontStyle, u32, usize);

/// A cached shaping: its key, size, rows, and the layout generation that
/// last used it.
type Shaped = (TextKey, egui::Vec2, Arc<[Row]>, u64);

/// A quick hash of a text key (FxHash-style multiply and rotate): a layout
/// looks up every text of the map, so SipHash and a key allocation per
/// lookup were a tenth of a typing frame.
fn key_hash(text: &str, size: u32, style: FontStyle, width: u32, rows: usize) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h: u64 = 0;
    let mut add = |v: u64| h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    let bytes = text.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    add(u64::from_le_bytes(tail));
    add(bytes.len() as u64);
    add(u64::from(size) << 32 | u64::from(width));
    add(style as u64);
    add(rows as u64);
    h
}

/// Keys are already hashes.
#[derive(Default, Clone, Copy)]
struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type PassThroughBuild = std::hash::BuildHasherDefault<PassThrough>;

/// Galleys kept between layouts, so a small edit re-shapes only the text
/// that changed. Used for geometry only: painting fetches galleys from egui
/// every frame, because egui clears its font atlas when it fills up.
#[derive(Default)]
pub struct TextCache {
    /// By [`key_hash`]; the key is kept to tell collisions apart.
    entries: HashMap<u64, Shaped, PassThroughBuild>,
    generation: u64,
}

impl TextCache {
    /// Forget everything (fonts or pixel density changed).
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Drop entries the last layout did not use, so the cache never holds
    /// more than one map's worth of text.
    fn prune(&mut self) {
        let generation = self.generation;
        self.entries.retain(|_, (_, _, _, g)| *g == generation);
    }

    /// Number of cached galleys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Is the cache empty?
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The most of one text that is shaped and drawn (bytes of UTF-8, about
/// three pages). Shaping costs a few hundred bytes per character, so a
/// stranger's 60 MB title would take gigabytes; longer texts are cut here,
/// with a note saying so, for the canvas and every export alike. The map
/// itself keeps the whole text.
pub const MAX_DRAWN_TEXT: usize = 8 * 1024;

/// `text` cut to [`MAX_DRAWN_TEXT`] at a character boundary, with a note in
/// `lang` of how much is not drawn; `None` when it fits.
pub fn cut_for_drawing(text: &str, lang: Lang) -> Option<String> {
    if text.len() <= MAX_DRAWN_TEXT {
        return None;
    }
    let mut end = MAX_DRAWN_TEXT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = text[end..].chars().count();
    let note = t_in!(
        lang,
        "text-cut",
        count = format_number(lang, rest as f64, 0)
    );
    Some(format!("{}… {note}", &text[..end]))
}

/// Shapes text with a set of fonts: the egui context's in the app, a
/// headless set for export; optionally through a [`TextCache`].
pub struct Shaper<'a, 'b> {
    fonts: &'a mut FontsView<'b>,
    cache: Option<&'a mut TextCache>,
    /// The language of notes the shaper adds (text cut for length).
    pub lang: Lang,
}

impl Drop for Shaper<'_, '_> {
    fn drop(&mut self) {
        if let Some(cache) = &mut self.cache {
            cache.prune();
        }
    }
}

impl<'a, 'b> Shaper<'a, 'b> {
    /// Shape with `fonts`.
    pub fn new(fonts: &'a mut FontsView<'b>) -> Self {
        Shaper {
            fonts,
            cache: None,
            lang: Lang::En,
        }
    }

    /// Shape with `fonts`, reusing galleys from `cache` (one layout's worth;
    /// what this layout does not use is dropped when the shaper is).
    pub fn with_cache(fonts: &'a mut FontsView<'b>, cache: &'a mut TextCache) -> Self {
        cache.generation += 1;
        Shaper {
            fonts,
            cache: Some(cache),
            lang: Lang::En,
        }
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
    /// Text over [`MAX_DRAWN_TEXT`] is cut first (see [`cut_for_drawing`]).
    pub fn text_limited(
        &mut self,
        text: &str,
        size_px: f32,
        style: FontStyle,
        max_width: f32,
        max_rows: usize,
        pos: Pos2,
    ) -> TextBlock {
        let cut = cut_for_drawing(text, self.lang);
        let text = cut.as_deref().unwrap_or(text);
        let hash = key_hash(
            text,
            size_px.to_bits(),
            style,
            max_width.to_bits(),
            max_rows,
        );
        if let Some(cache) = &mut self.cache {
            let generation = cache.generation;
            if let Some((key, size, rows, used)) = cache.entries.get_mut(&hash)
                && key.0 == text
                && key.1 == size_px.to_bits()
                && key.2 == style
                && key.3 == max_width.to_bits()
                && key.4 == max_rows
            {
                *used = generation;
                return TextBlock {
                    size: *size,
                    rows: rows.clone(),
                    pos,
                    size_px,
                    style,
                };
            }
        }
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
        // Laid out without the shared galley cache: this text is kept as
        // rows, and caching its galley too would only hold memory.
        let galley = self.fonts.layout_job(job);
        let size = galley.size();
        let rows: Arc<[Row]> = galley
            .rows
            .iter()
            .filter_map(|placed| {
                let first = placed.row.glyphs.first()?;
                let text = placed.row.text();
                (!text.trim().is_empty()).then(|| Row {
                    text,
                    offset: placed.pos.to_vec2(),
                    width: placed.row.size.x,
                    baseline: placed.pos.to_vec2() + first.pos.to_vec2(),
                })
            })
            .collect();
        if let Some(cache) = &mut self.cache {
            let generation = cache.generation;
            let key: TextKey = (
                text.to_owned(),
                size_px.to_bits(),
                style,
                max_width.to_bits(),
                max_rows,
            );
            cache
                .entries
                .insert(hash, (key, size, rows.clone(), generation));
        }
        TextBlock {
            size,
            rows,
            pos,
            size_px,
            style,
        }
    }
}
