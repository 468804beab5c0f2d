//! Geometry of a current-vs-future comparison picture: matched stages as
//! columns, both maps' mean feeling as two lines on one plot, a table of
//! feelings and card counts, and the differences in words.

use egui::{Pos2, Rect, Vec2, pos2, vec2};

use super::text::{Shaper, TextBlock};
use crate::fonts::FontStyle;
use crate::i18n::{text, tr_in};
use crate::model::Lang;
use crate::model::compare::{Comparison, count};
use crate::model::title_or_untitled;
use crate::t_in;

const MARGIN: f32 = 32.0;
const LABEL_WIDTH: f32 = 150.0;
const COLUMN_WIDTH: f32 = 170.0;
const COLUMN_GAP: f32 = 8.0;
const PLOT_HEIGHT: f32 = 180.0;
const ROW_HEIGHT: f32 = 26.0;

/// One matched stage.
#[derive(Clone, Debug)]
pub struct CompareColumn {
    /// The stage name's box.
    pub header: Rect,
    pub name: TextBlock,
    /// Whether each map has the stage.
    pub in_current: bool,
    pub in_future: bool,
    /// Table cells, one per row of [`CompareLayout::row_labels`].
    pub cells: Vec<TextBlock>,
}

/// The comparison laid out.
#[derive(Clone, Debug)]
pub struct CompareLayout {
    pub size: Vec2,
    pub title: TextBlock,
    pub subtitle: TextBlock,
    /// Legend swatch centres and labels: current, then future.
    pub legend: [(Pos2, TextBlock); 2],
    pub columns: Vec<CompareColumn>,
    /// Plot area; value 0 (worst) at the bottom, 1 (best) at the top.
    pub plot: Rect,
    pub neutral_y: f32,
    /// Mean feeling of each map at each stage it has (runs split at gaps).
    pub current_line: Vec<Vec<Pos2>>,
    pub future_line: Vec<Vec<Pos2>>,
    /// Table rows: label and the band behind it.
    pub row_labels: Vec<(TextBlock, Rect)>,
    pub differences_title: TextBlock,
    pub differences: Vec<TextBlock>,
    pub footer: TextBlock,
}

/// Lay out `c`: `current` and `future` name the two maps.
pub fn compare_layout(
    lang: Lang,
    c: &Comparison,
    current: &str,
    future: &str,
    footer: &str,
    shaper: &mut Shaper,
) -> CompareLayout {
    let n = c.stages.len().max(1) as f32;
    let grid_left = MARGIN + LABEL_WIDTH;
    let width = grid_left + n * (COLUMN_WIDTH + COLUMN_GAP) + MARGIN;
    let inner = width - 2.0 * MARGIN;
    let title = shaper.text(
        &tr_in(lang, "window-compare"),
        24.0,
        FontStyle::Bold,
        inner,
        pos2(MARGIN, MARGIN),
    );
    let subtitle = shaper.text(
        &t_in!(
            lang,
            "compare-heading",
            current = title_or_untitled(current),
            future = title_or_untitled(future)
        ),
        13.0,
        FontStyle::Regular,
        inner,
        pos2(MARGIN, title.rect().bottom() + 4.0),
    );
    let legend_y = subtitle.rect().bottom() + 14.0;
    let now = shaper.text(
        &tr_in(lang, "compare-now"),
        13.0,
        FontStyle::Bold,
        200.0,
        pos2(MARGIN + 18.0, legend_y),
    );
    let later_x = now.rect().right() + 36.0;
    let later = shaper.text(
        &tr_in(lang, "compare-future"),
        13.0,
        FontStyle::Bold,
        200.0,
        pos2(later_x, legend_y),
    );
    let legend = [
        (pos2(MARGIN + 6.0, now.rect().center().y), now),
        (pos2(later_x - 12.0, later.rect().center().y), later),
    ];

    let headers_top = legend[0].1.rect().bottom() + 18.0;
    let mut columns: Vec<CompareColumn> = c
        .stages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = grid_left + i as f32 * (COLUMN_WIDTH + COLUMN_GAP);
            let name = shaper.text_limited(
                &p.name,
                14.0,
                FontStyle::Bold,
                COLUMN_WIDTH - 20.0,
                3,
                pos2(x + 10.0, headers_top + 8.0),
            );
            CompareColumn {
                header: Rect::from_min_size(pos2(x, headers_top), vec2(COLUMN_WIDTH, 0.0)),
                name,
                in_current: p.current_cards.is_some(),
                in_future: p.future_cards.is_some(),
                cells: Vec::new(),
            }
        })
        .collect();
    let headers_bottom = columns
        .iter()
        .map(|c| c.name.rect().bottom() + 8.0)
        .fold(headers_top + 36.0, f32::max);
    for col in &mut columns {
        col.header.max.y = headers_bottom;
    }

    let plot = Rect::from_min_max(
        pos2(grid_left, headers_bottom + 14.0),
        pos2(width - MARGIN, headers_bottom + 14.0 + PLOT_HEIGHT),
    );
    let plot_inner = plot.shrink2(egui::vec2(0.0, 12.0));
    let y_of = |v: f32| super::emotion::share_to_y(plot_inner, v);
    let x_of = |i: usize| grid_left + i as f32 * (COLUMN_WIDTH + COLUMN_GAP) + COLUMN_WIDTH / 2.0;
    let runs = |value: &dyn Fn(usize) -> Option<f32>| {
        let mut runs: Vec<Vec<Pos2>> = vec![Vec::new()];
        for i in 0..c.stages.len() {
            match value(i) {
                Some(v) => runs
                    .last_mut()
                    .expect("never empty")
                    .push(pos2(x_of(i), y_of(v))),
                None if !runs.last().expect("never empty").is_empty() => runs.push(Vec::new()),
                None => {}
            }
        }
        runs.retain(|r| !r.is_empty());
        runs
    };
    let current_line = runs(&|i| c.stages[i].current);
    let future_line = runs(&|i| c.stages[i].future);

    let labels = [
        "compare-feeling-now",
        "compare-feeling-future",
        "compare-change",
        "compare-cards-now",
        "compare-cards-future",
    ]
    .map(|key| tr_in(lang, key));
    let mut row_labels = Vec::new();
    let mut y = plot.bottom() + 12.0;
    for (r, label) in labels.iter().enumerate() {
        let band = Rect::from_min_max(pos2(MARGIN, y), pos2(width - MARGIN, y + ROW_HEIGHT));
        let text_y = y + 5.0;
        row_labels.push((
            shaper.text(
                label.as_ref(),
                13.0,
                FontStyle::Bold,
                LABEL_WIDTH - 10.0,
                pos2(MARGIN + 8.0, text_y),
            ),
            band,
        ));
        for (i, p) in c.stages.iter().enumerate() {
            let cell = match r {
                0 => text::feeling(lang, p.current),
                1 => text::feeling(lang, p.future),
                2 => text::change(lang, p.current, p.future),
                3 => count(p.current_cards),
                _ => count(p.future_cards),
            };
            let x = grid_left + i as f32 * (COLUMN_WIDTH + COLUMN_GAP) + 10.0;
            columns[i].cells.push(shaper.text(
                &cell,
                13.0,
                FontStyle::Regular,
                COLUMN_WIDTH - 20.0,
                pos2(x, text_y),
            ));
        }
        y += ROW_HEIGHT;
    }

    let differences_title = shaper.text(
        &tr_in(lang, "compare-differences"),
        16.0,
        FontStyle::Bold,
        inner,
        pos2(MARGIN, y + 20.0),
    );
    let mut y = differences_title.rect().bottom() + 6.0;
    let lines: Vec<String> = if c.changes.is_empty() {
        vec![tr_in(lang, "compare-no-differences").into_owned()]
    } else {
        c.changes
            .iter()
            .map(|d| format!("•  {}", text::difference(lang, d)))
            .collect()
    };
    let mut differences = Vec::new();
    for line in lines {
        let block = shaper.text(&line, 13.0, FontStyle::Regular, inner, pos2(MARGIN, y));
        y = block.rect().bottom() + 4.0;
        differences.push(block);
    }
    let footer = shaper.text(
        footer,
        11.0,
        FontStyle::Regular,
        inner,
        pos2(MARGIN, y + 20.0),
    );
    let height = footer.rect().bottom() + MARGIN;
    CompareLayout {
        size: vec2(width.max(560.0), height),
        title,
        subtitle,
        legend,
        columns,
        neutral_y: y_of(0.5),
        plot,
        current_line,
        future_line,
        row_labels,
        differences_title,
        differences,
        footer,
    }
}
