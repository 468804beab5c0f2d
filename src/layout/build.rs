//! Computing a [`MapLayout`] from a map.

use egui::{Pos2, Rect, pos2, vec2};

use super::emotion::{face_offsets, smooth_path, value_to_y};
use super::metrics::*;
use super::{
    CardBox, Curve, EmotionPlot, Header, LaneRow, MapLayout, MetricCell, PersonaCard, RowContent,
    Shaper, StageColumn,
};
use crate::fonts::FontStyle;
use crate::model::{JourneyMap, Lane, LaneContent, LaneKind, MetricStyle, Persona};
use crate::style::STAGE_ROTATION;

/// Lay out the whole map. `footer` is the text of the footer line (map name,
/// date, credit), passed in so layouts are reproducible in tests.
pub fn compute(map: &JourneyMap, shaper: &mut Shaper, footer: &str) -> MapLayout {
    compute_with(map, shaper, footer, LayoutOptions::default())
}

/// What a layout includes beyond the map itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Every card's quotes under the grid (for exports that go into reports).
    pub evidence_appendix: bool,
    /// "5 observed · 2 assumed · 1 proposed" in every stage header.
    pub confidence_counts: bool,
}

/// Like [`compute`], with extras.
pub fn compute_with(
    map: &JourneyMap,
    shaper: &mut Shaper,
    footer: &str,
    options: LayoutOptions,
) -> MapLayout {
    let evidence_appendix = options.evidence_appendix;
    let columns = map.stages.len().max(1) as f32;
    let grid_width = LANE_TITLE_WIDTH + columns * (STAGE_WIDTH + COLUMN_GAP);
    let left = MARGIN;

    let header = header(map, shaper, left, MARGIN, grid_width);
    let stages_top = header.rect.bottom() + HEADER_GAP;
    let (stages, stages_bottom) =
        stage_columns(map, shaper, left, stages_top, options.confidence_counts);

    let mut lanes = Vec::with_capacity(map.lanes.len());
    let mut cards = Vec::with_capacity(map.card_count());
    let mut y = stages_bottom + 6.0;
    let mut backstage = false;
    for (index, lane) in map.lanes.iter().enumerate() {
        if lane.kind == LaneKind::LineOfVisibility {
            backstage = true;
        }
        let row = lane_row(
            map, lane, index, backstage, shaper, &stages, left, grid_width, y, &mut cards,
        );
        y = row.rect.bottom();
        lanes.push(row);
    }

    let grid = Rect::from_min_max(pos2(left, stages_top), pos2(left + grid_width, y));
    let (appendix, appendix_bottom) = if evidence_appendix {
        super::appendix::evidence_appendix(map, shaper, left, y + 28.0, grid_width)
    } else {
        (Vec::new(), y)
    };
    let y = appendix_bottom;
    let footer = shaper.text(
        footer,
        SMALL_TEXT,
        FontStyle::Regular,
        grid_width,
        pos2(left, y + (FOOTER_HEIGHT - SMALL_TEXT * 1.4) / 2.0 + 4.0),
    );
    let size = vec2(left + grid_width + MARGIN, y + FOOTER_HEIGHT + MARGIN);
    MapLayout {
        size,
        header,
        stages,
        lanes,
        cards,
        grid,
        footer,
        appendix,
    }
}

fn header(map: &JourneyMap, shaper: &mut Shaper, left: f32, top: f32, width: f32) -> Header {
    let persona_cols = personas_per_row(map.personas.len(), width);
    let personas_width = if persona_cols == 0 {
        0.0
    } else {
        persona_cols as f32 * (PERSONA_WIDTH + 12.0)
    };
    let text_width = (width - personas_width - 24.0).max(320.0);

    let title_text = if map.title.trim().is_empty() {
        "Untitled map"
    } else {
        map.title.as_str()
    };
    let title = shaper.text(
        title_text,
        TITLE_TEXT,
        FontStyle::Bold,
        text_width,
        pos2(left, top),
    );
    let mut y = title.rect().bottom() + 8.0;
    let mut lens = Vec::new();
    for (label, value) in [
        ("Goal", &map.lens.goal),
        ("Scenario", &map.lens.scenario),
        ("Expectations", &map.lens.expectations),
    ] {
        if value.trim().is_empty() {
            continue;
        }
        let label_block = shaper.text(
            label,
            SMALL_TEXT,
            FontStyle::Bold,
            96.0,
            pos2(left, y + 2.0),
        );
        let text = shaper.text(
            value,
            LENS_TEXT,
            FontStyle::Regular,
            text_width - 100.0,
            pos2(left + 100.0, y),
        );
        y = text.rect().bottom().max(label_block.rect().bottom()) + 6.0;
        lens.push((label_block, text));
    }

    let mut personas = Vec::new();
    let mut bottom = y;
    if persona_cols > 0 {
        let x0 = left + width - personas_width + 12.0;
        let mut row_top = top;
        for chunk in map.personas.chunks(persona_cols) {
            let mut row_bottom = row_top;
            for (i, persona) in chunk.iter().enumerate() {
                let x = x0 + i as f32 * (PERSONA_WIDTH + 12.0);
                let card = persona_card(persona, shaper, pos2(x, row_top));
                row_bottom = row_bottom.max(card.rect.bottom());
                personas.push(card);
            }
            row_top = row_bottom + 12.0;
        }
        bottom = bottom.max(row_top - 12.0);
    }
    Header {
        rect: Rect::from_min_max(pos2(left, top), pos2(left + width, bottom)),
        title,
        lens,
        personas,
    }
}

fn personas_per_row(count: usize, width: f32) -> usize {
    // Personas take at most half the header width; more wrap into rows.
    let fit = ((width / 2.0) / (PERSONA_WIDTH + 12.0)).floor().max(1.0) as usize;
    count.min(fit)
}

fn persona_card(persona: &Persona, shaper: &mut Shaper, pos: Pos2) -> PersonaCard {
    let pad = 12.0;
    let radius = 22.0;
    let text_x = pos.x + pad + radius * 2.0 + 10.0;
    let text_width = PERSONA_WIDTH - (text_x - pos.x) - pad;
    let avatar_center = pos2(pos.x + pad + radius, pos.y + pad + radius);
    let initials_text: String = persona
        .name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect::<String>()
        .to_uppercase();
    let initials = shaper.text(
        &initials_text,
        16.0,
        FontStyle::Bold,
        f32::INFINITY,
        Pos2::ZERO,
    );
    let initials_size = initials.size;
    let initials = initials.translated(avatar_center.to_vec2() - initials_size / 2.0);
    let name = shaper.text(
        &persona.name,
        15.0,
        FontStyle::Bold,
        text_width,
        pos2(text_x, pos.y + pad),
    );
    let mut y = name.rect().bottom() + 2.0;
    let meta_text = match (persona.age, persona.role.trim()) {
        (Some(age), "") => format!("{age}"),
        (Some(age), role) => format!("{age} · {role}"),
        (None, role) => role.to_string(),
    };
    let meta = (!meta_text.is_empty()).then(|| {
        let block = shaper.text(
            &meta_text,
            SMALL_TEXT,
            FontStyle::Regular,
            text_width,
            pos2(text_x, y),
        );
        y = block.rect().bottom() + 4.0;
        block
    });
    let quote = (!persona.quote.trim().is_empty()).then(|| {
        let text = format!("“{}”", persona.quote.trim());
        let block = shaper.text_limited(
            &text,
            SMALL_TEXT,
            FontStyle::Italic,
            PERSONA_WIDTH - 2.0 * pad,
            3,
            pos2(pos.x + pad, y.max(avatar_center.y + radius + 8.0)),
        );
        y = block.rect().bottom();
        block
    });
    let bottom = (y + pad).max(avatar_center.y + radius + pad);
    PersonaCard {
        id: persona.id,
        rect: Rect::from_min_max(pos, pos2(pos.x + PERSONA_WIDTH, bottom)),
        hue: persona.color,
        avatar_center,
        avatar_radius: radius,
        initials,
        photo: persona.photo.clone().filter(|p| !p.trim().is_empty()),
        name,
        meta,
        quote,
    }
}

fn stage_columns(
    map: &JourneyMap,
    shaper: &mut Shaper,
    left: f32,
    top: f32,
    counts: bool,
) -> (Vec<StageColumn>, f32) {
    let x0 = left + LANE_TITLE_WIDTH + COLUMN_GAP;
    let pad_x = 14.0 + CHEVRON;
    let text_width = STAGE_WIDTH - 2.0 * pad_x;
    let mut columns: Vec<StageColumn> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let x = x0 + i as f32 * (STAGE_WIDTH + COLUMN_GAP);
            let name_text = if stage.name.trim().is_empty() {
                "Untitled stage"
            } else {
                stage.name.as_str()
            };
            let name = shaper.text(
                name_text,
                STAGE_TEXT,
                FontStyle::Bold,
                text_width,
                pos2(x + pad_x, top + 10.0),
            );
            let description = (!stage.description.trim().is_empty()).then(|| {
                shaper.text_limited(
                    &stage.description,
                    SMALL_TEXT,
                    FontStyle::Regular,
                    text_width,
                    3,
                    pos2(x + pad_x, name.rect().bottom() + 2.0),
                )
            });
            let above = description.as_ref().unwrap_or(&name).rect().bottom();
            let confidence = counts.then(|| {
                let text = crate::model::confidence_counts_text(crate::model::confidence_counts(
                    map, stage.id,
                ));
                shaper.text_limited(
                    &text,
                    SMALL_TEXT,
                    FontStyle::Italic,
                    text_width,
                    2,
                    pos2(x + pad_x, above + 4.0),
                )
            });
            StageColumn {
                id: stage.id,
                x,
                width: STAGE_WIDTH,
                header: Rect::NOTHING,
                hue: stage
                    .color
                    .unwrap_or(STAGE_ROTATION[i % STAGE_ROTATION.len()]),
                name,
                description,
                confidence,
            }
        })
        .collect();
    let content_bottom = columns
        .iter()
        .map(|c| {
            c.confidence
                .as_ref()
                .or(c.description.as_ref())
                .unwrap_or(&c.name)
                .rect()
                .bottom()
        })
        .fold(top + 40.0, f32::max);
    let bottom = content_bottom + 10.0;
    for c in &mut columns {
        c.header = Rect::from_min_max(pos2(c.x, top), pos2(c.x + c.width, bottom));
    }
    (columns, bottom)
}

#[allow(clippy::too_many_arguments)]
fn lane_row(
    map: &JourneyMap,
    lane: &Lane,
    index: usize,
    backstage: bool,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    left: f32,
    grid_width: f32,
    top: f32,
    cards: &mut Vec<CardBox>,
) -> LaneRow {
    let content = lane.kind.content();
    let hue = lane.hue();
    let title_x = left + 30.0;
    let title_width = LANE_TITLE_WIDTH - 40.0;
    let is_line = content == LaneContent::Line;
    let title_style = if is_line {
        FontStyle::Italic
    } else {
        FontStyle::Bold
    };
    let title_size = if is_line { SMALL_TEXT } else { LANE_TEXT };
    let title_text = if lane.title.trim().is_empty() {
        lane.kind.label()
    } else {
        lane.title.as_str()
    };
    let title = shaper.text(
        title_text,
        title_size,
        title_style,
        title_width,
        pos2(title_x, top + 12.0),
    );
    let mut bottom_min = (title.rect().bottom() + 12.0).max(top + MIN_LANE_HEIGHT);

    let (content, bottom) = if lane.collapsed {
        let count = match content {
            LaneContent::Cards => format!("{} cards", lane.cards.len()),
            _ => "collapsed".to_string(),
        };
        let first_x = stages.first().map_or(left + LANE_TITLE_WIDTH, |s| s.x);
        let summary = shaper.text(
            &count,
            SMALL_TEXT,
            FontStyle::Italic,
            300.0,
            pos2(first_x + CELL_PADDING, top + 8.0),
        );
        let title = shaper.text(
            title_text,
            title_size,
            title_style,
            title_width,
            pos2(title_x, top + 6.0),
        );
        let rect = Rect::from_min_size(pos2(left, top), vec2(grid_width, COLLAPSED_HEIGHT));
        return LaneRow {
            id: lane.id,
            kind: lane.kind,
            rect,
            hue,
            icon_pos: pos2(left + 8.0, top + 8.0),
            title,
            backstage,
            odd: index % 2 == 1,
            content: RowContent::Collapsed { summary },
        };
    } else {
        match content {
            LaneContent::Cards => {
                let bottom = card_cells(lane, shaper, stages, top, cards).max(bottom_min);
                (RowContent::Cards, bottom)
            }
            LaneContent::Emotion => {
                let hues = curve_hues(map, lane);
                let (legend, legend_bottom) =
                    emotion_legend(map, lane, &hues, shaper, left, title.rect().bottom() + 8.0);
                let bottom = (top + EMOTION_HEIGHT)
                    .max(bottom_min)
                    .max(legend_bottom + 12.0);
                let plot = emotion_plot(lane, &hues, legend, shaper, stages, left, top, bottom);
                (RowContent::Emotion(plot), bottom)
            }
            LaneContent::Metric => {
                let height = if lane.metric_style == MetricStyle::Line {
                    METRIC_HEIGHT * 1.7
                } else {
                    METRIC_HEIGHT
                };
                let bottom = (top + height).max(bottom_min);
                (metric_content(lane, shaper, stages, top, bottom), bottom)
            }
            LaneContent::Line => {
                bottom_min = top + LINE_HEIGHT.max(title.rect().height() + 10.0);
                (
                    RowContent::Line {
                        y: top + (bottom_min - top) / 2.0,
                    },
                    bottom_min,
                )
            }
        }
    };
    let title = if is_line {
        // Line labels sit on the line, vertically centred.
        let h = title.rect().height();
        title.translated(vec2(0.0, (bottom - top - h) / 2.0 - 12.0))
    } else {
        title
    };
    LaneRow {
        id: lane.id,
        kind: lane.kind,
        rect: Rect::from_min_max(pos2(left, top), pos2(left + grid_width, bottom)),
        hue,
        icon_pos: pos2(
            left + 8.0,
            if is_line {
                title.rect().top()
            } else {
                top + 13.0
            },
        ),
        title,
        backstage,
        odd: index % 2 == 1,
        content,
    }
}

/// Lay out the cards of a card lane, stacked in each stage's cell; returns
/// the bottom of the tallest cell.
fn card_cells(
    lane: &Lane,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    top: f32,
    cards: &mut Vec<CardBox>,
) -> f32 {
    let mut cursor: Vec<f32> = vec![top + CELL_PADDING; stages.len()];
    let card_width = STAGE_WIDTH - 2.0 * CELL_PADDING;
    let italic = lane.kind == LaneKind::Thoughts;
    for card in &lane.cards {
        let Some(col) = stages.iter().position(|s| s.id == card.stage) else {
            continue;
        };
        let stage = &stages[col];
        let x = stage.x + CELL_PADDING;
        let y = cursor[col];
        let channel = if lane.kind == LaneKind::Touchpoints {
            card.channel
        } else {
            None
        };
        let icon_room = if channel.is_some() {
            ICON_SIZE + 6.0
        } else {
            0.0
        };
        let text_x = x + CARD_PADDING + icon_room;
        let text_width = card_width - 2.0 * CARD_PADDING - MARKER_COLUMN - icon_room;
        let style = if italic {
            FontStyle::Italic
        } else {
            FontStyle::Regular
        };
        let text = shaper.text(
            &card.text,
            CARD_TEXT,
            style,
            text_width,
            pos2(text_x, y + CARD_PADDING),
        );
        let mut content_bottom = text
            .rect()
            .bottom()
            .max(y + CARD_PADDING + if channel.is_some() { ICON_SIZE } else { 0.0 });
        // Footer row: the touchpoint rating on the left, the evidence badge
        // on the right.
        let footer_top = content_bottom + 4.0;
        let rating = card
            .rating
            .filter(|_| lane.kind == LaneKind::Touchpoints)
            .map(|r| {
                let block = shaper.text(
                    &format!("Impact {} · Importance {}", r.impact, r.importance),
                    11.0,
                    FontStyle::Regular,
                    card_width - 2.0 * CARD_PADDING - 30.0,
                    pos2(x + CARD_PADDING, footer_top + 1.0),
                );
                content_bottom = content_bottom.max(block.rect().bottom());
                block
            });
        let badge = (!card.evidence.is_empty()).then(|| {
            let label = shaper.text(
                &format!("“ {}", card.evidence.len()),
                11.0,
                FontStyle::Bold,
                f32::INFINITY,
                Pos2::ZERO,
            );
            let size = label.size;
            let pill = Rect::from_min_size(
                pos2(x + card_width - CARD_PADDING - size.x - 12.0, footer_top),
                vec2(size.x + 12.0, BADGE_HEIGHT),
            );
            content_bottom = content_bottom.max(pill.bottom());
            let label = label.translated(pill.center().to_vec2() - size / 2.0);
            (pill, label)
        });
        let rect = Rect::from_min_max(
            pos2(x, y),
            pos2(x + card_width, content_bottom + CARD_PADDING),
        );
        cursor[col] = rect.bottom() + CARD_GAP;
        cards.push(CardBox {
            id: card.id,
            lane: lane.id,
            stage: card.stage,
            rect,
            hue: card.color.unwrap_or(lane.hue()),
            text,
            confidence: card.confidence,
            marker_center: pos2(
                rect.right() - CARD_PADDING - 3.0,
                rect.top() + CARD_PADDING + 5.0,
            ),
            channel: channel.map(|c| (c, pos2(x + CARD_PADDING, y + CARD_PADDING + 1.0))),
            rating,
            importance: card
                .rating
                .filter(|_| lane.kind == LaneKind::Touchpoints)
                .map(|r| r.importance),
            badge,
        });
    }
    cursor
        .iter()
        .map(|c| c - CARD_GAP + CELL_PADDING)
        .fold(top, f32::max)
}

/// Colours of a lane's curves: each persona's own; a curve without a
/// persona takes the first rotation colour no other curve of the lane wears,
/// so its swatch is never mistaken for a persona's.
fn curve_hues(map: &JourneyMap, lane: &Lane) -> Vec<crate::model::Hue> {
    let mut used: Vec<_> = lane
        .series
        .iter()
        .filter_map(|s| s.persona.and_then(|p| map.persona(p)).map(|p| p.color))
        .collect();
    lane.series
        .iter()
        .enumerate()
        .map(
            |(i, series)| match series.persona.and_then(|p| map.persona(p)) {
                Some(p) => p.color,
                None => {
                    let n = STAGE_ROTATION.len();
                    let hue = (0..n)
                        .map(|k| STAGE_ROTATION[(i + k) % n])
                        .find(|h| !used.contains(h))
                        .unwrap_or(STAGE_ROTATION[i % n]);
                    used.push(hue);
                    hue
                }
            },
        )
        .collect()
}

/// What the legend calls a curve without a persona.
pub const NO_PERSONA_LABEL: &str = "All customers";

/// The legend in the title column, one entry per curve from `top` down,
/// each as tall as its (wrapped) name; returns the entries and their bottom.
fn emotion_legend(
    map: &JourneyMap,
    lane: &Lane,
    hues: &[crate::model::Hue],
    shaper: &mut Shaper,
    left: f32,
    top: f32,
) -> (Vec<(Pos2, crate::model::Hue, super::TextBlock)>, f32) {
    let mut y = top;
    let mut legend = Vec::with_capacity(lane.series.len());
    for (series, &hue) in lane.series.iter().zip(hues) {
        let name = series
            .persona
            .and_then(|p| map.persona(p))
            .map_or(NO_PERSONA_LABEL, |p| p.name.as_str());
        let block = shaper.text(
            name,
            SMALL_TEXT,
            FontStyle::Regular,
            LANE_TITLE_WIDTH - 70.0,
            pos2(left + 30.0, y),
        );
        legend.push((pos2(left + 20.0, y + 8.0), hue, block));
        y = legend.last().map_or(y, |(_, _, b)| b.rect().bottom()) + LEGEND_GAP;
    }
    (legend, y - LEGEND_GAP)
}

#[allow(clippy::too_many_arguments)]
fn emotion_plot(
    lane: &Lane,
    hues: &[crate::model::Hue],
    legend: Vec<(Pos2, crate::model::Hue, super::TextBlock)>,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    left: f32,
    top: f32,
    bottom: f32,
) -> EmotionPlot {
    let scale = lane.scale;
    let x0 = stages.first().map_or(left + LANE_TITLE_WIDTH, |s| s.x);
    let x1 = stages.last().map_or(x0 + STAGE_WIDTH, |s| s.x + s.width);
    let plot = Rect::from_min_max(pos2(x0, top + 20.0), pos2(x1, bottom - 20.0));
    let y_of = |v: f32| value_to_y(scale, plot, v);
    let neutral_y = y_of(scale.neutral());

    let tick_values: Vec<i32> = if scale.max() - scale.min() <= 4 {
        (scale.min()..=scale.max()).collect()
    } else {
        vec![scale.min(), (scale.min() + scale.max()) / 2, scale.max()]
    };
    let ticks = tick_values
        .into_iter()
        .map(|v| {
            let label = if scale.min() < 0 && v > 0 {
                format!("+{v}")
            } else if v < 0 {
                format!("-{}", -v)
            } else {
                v.to_string()
            };
            let block = shaper.text(&label, 11.0, FontStyle::Regular, f32::INFINITY, Pos2::ZERO);
            let size = block.size;
            let y = y_of(v as f32);
            (
                block.translated(vec2(x0 - 10.0 - size.x, y - size.y / 2.0)),
                y,
            )
        })
        .collect();

    let mut curves: Vec<Curve> = lane
        .series
        .iter()
        .zip(hues)
        .map(|(series, &hue)| {
            let points: Vec<_> = stages
                .iter()
                .filter_map(|s| {
                    series
                        .values
                        .get(&s.id)
                        .map(|&v| (s.id, v, pos2(s.center_x(), y_of(scale.clamp(v) as f32))))
                })
                .collect();
            // Consecutive stages form one smooth run; a missing value breaks it.
            let mut paths = Vec::new();
            let mut run: Vec<Pos2> = Vec::new();
            for s in stages {
                match series.values.get(&s.id) {
                    Some(&v) => run.push(pos2(s.center_x(), y_of(scale.clamp(v) as f32))),
                    None if !run.is_empty() => paths.push(smooth_path(
                        &std::mem::take(&mut run),
                        plot.top(),
                        plot.bottom(),
                    )),
                    None => {}
                }
            }
            if !run.is_empty() {
                paths.push(smooth_path(&run, plot.top(), plot.bottom()));
            }
            Curve {
                persona: series.persona,
                hue,
                points,
                paths,
            }
        })
        .collect();
    spread_faces(&mut curves, stages);
    EmotionPlot {
        plot,
        scale,
        neutral_y,
        ticks,
        curves,
        legend,
    }
}

/// Faces of different curves at (nearly) one height in a stage would hide
/// each other: set them side by side. The curves still pass through the
/// column's centre.
fn spread_faces(curves: &mut [Curve], stages: &[StageColumn]) {
    if curves.len() < 2 {
        return;
    }
    for stage in stages {
        let at: Vec<(usize, usize)> = curves
            .iter()
            .enumerate()
            .filter_map(|(c, curve)| {
                let k = curve.points.iter().position(|p| p.0 == stage.id)?;
                Some((c, k))
            })
            .collect();
        if at.len() < 2 {
            continue;
        }
        let ys: Vec<f32> = at.iter().map(|&(c, k)| curves[c].points[k].2.y).collect();
        let offsets = face_offsets(&ys, FACE_SIZE, stage.width - 2.0 * CELL_PADDING);
        for (&(c, k), dx) in at.iter().zip(offsets) {
            curves[c].points[k].2.x += dx;
        }
    }
}

fn metric_content(
    lane: &Lane,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    top: f32,
    bottom: f32,
) -> RowContent {
    let cells = metric_cells(lane, shaper, stages, top, bottom);
    let line = if lane.metric_style == MetricStyle::Line {
        cells.iter().map(|c| c.fill.center()).collect()
    } else {
        Vec::new()
    };
    RowContent::Metric { cells, line }
}

fn metric_cells(
    lane: &Lane,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    top: f32,
    bottom: f32,
) -> Vec<MetricCell> {
    let max = lane.values.values().fold(0.0_f64, |m, v| m.max(v.abs()));
    stages
        .iter()
        .filter_map(|s| {
            let &value = lane.values.get(&s.id)?;
            let x = s.x + CELL_PADDING;
            let value_block = shaper.text(
                &format_number(value),
                20.0,
                FontStyle::Bold,
                f32::INFINITY,
                pos2(x, top + 8.0),
            );
            let unit = (!lane.unit.is_empty()).then(|| {
                let r = value_block.rect();
                shaper.text(
                    &lane.unit,
                    SMALL_TEXT,
                    FontStyle::Regular,
                    f32::INFINITY,
                    pos2(r.right() + 4.0, r.bottom() - 19.0),
                )
            });
            let bar = Rect::from_min_size(
                pos2(x, bottom - 18.0),
                vec2(s.width - 2.0 * CELL_PADDING, 6.0),
            );
            let share = if max > 0.0 {
                (value.abs() / max) as f32
            } else {
                0.0
            };
            let (track, fill) = match lane.metric_style {
                MetricStyle::Bars => (
                    bar,
                    Rect::from_min_size(bar.min, vec2(bar.width() * share, bar.height())),
                ),
                MetricStyle::Funnel => (
                    Rect::NOTHING,
                    Rect::from_center_size(
                        bar.center() - vec2(0.0, 3.0),
                        vec2(bar.width() * share, 12.0),
                    ),
                ),
                MetricStyle::Line => {
                    let y = bottom - 10.0 - share * (bottom - top - 44.0).max(8.0);
                    (
                        Rect::NOTHING,
                        Rect::from_center_size(pos2(s.center_x(), y), vec2(7.0, 7.0)),
                    )
                }
            };
            Some(MetricCell {
                stage: s.id,
                value: value_block,
                unit,
                track,
                fill,
            })
        })
        .collect()
}

/// A metric value without float noise: "15", "2.5", "1 200".
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = format!("{}", value.abs() as i64);
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 4 {
                grouped.push(' ');
            }
            grouped.push(ch);
        }
        if value < 0.0 {
            format!("-{grouped}")
        } else {
            grouped
        }
    } else {
        let s = format!("{value:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
