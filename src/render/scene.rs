//! Turning a layout into primitives, with the theme's colours.

use egui::{Pos2, Rect, pos2, vec2};

use super::{Prim, Stroke};
use crate::layout::emotion::area_quads;
use crate::layout::icons::{IconPart, channel_icon, face, lane_icon, place};
use crate::layout::metrics::{CARD_RADIUS, CHEVRON, FACE_SIZE, ICON_SIZE};
use crate::layout::{CardBox, EmotionPlot, Header, LaneRow, MapLayout, RowContent};
use crate::model::{Confidence, LaneContent};
use crate::style::{Rgba, Theme};

/// The picture of a map in three groups, so the canvas can keep the stage
/// headers and lane titles in view while panning. Drawn in field order.
#[derive(Clone, Debug, Default)]
pub struct Scene {
    /// Header band, lane bands, cards, curves, footer.
    pub body: Vec<Prim>,
    /// The lane title column: colour tags, icons, titles, scale labels, legends.
    pub title_column: Vec<Prim>,
    /// The stage header row.
    pub stage_band: Vec<Prim>,
}

impl Scene {
    /// Every primitive, back to front.
    pub fn all(&self) -> impl Iterator<Item = &Prim> {
        self.body
            .iter()
            .chain(&self.title_column)
            .chain(&self.stage_band)
    }
}

/// Everything that makes up the picture of `layout`.
pub fn build_scene(layout: &MapLayout, theme: Theme) -> Scene {
    build_scene_with(layout, theme, false)
}

/// Hue of a rated touchpoint under heat colouring: calm to hot by importance.
pub fn heat_hue(importance: u8) -> crate::model::Hue {
    use crate::model::Hue;
    match importance {
        0..=1 => Hue::Teal,
        2 => Hue::Lime,
        3 => Hue::Yellow,
        4 => Hue::Orange,
        _ => Hue::Red,
    }
}

/// Like [`build_scene`]; `heat` colours rated touchpoints by importance.
pub fn build_scene_with(layout: &MapLayout, theme: Theme, heat: bool) -> Scene {
    let mut scene = Scene {
        body: Vec::with_capacity(layout.cards.len() * 4 + 256),
        ..Default::default()
    };
    let out = &mut scene.body;
    out.push(Prim::Rect {
        rect: Rect::from_min_size(Pos2::ZERO, layout.size),
        radius: 0.0,
        fill: Some(theme.background()),
        stroke: None,
    });
    header(&layout.header, theme, out);
    scene.stage_band = stage_band(layout, theme, 1.0, &[]);
    for lane in &layout.lanes {
        lane_band(
            lane,
            layout,
            theme,
            &mut scene.body,
            &mut scene.title_column,
        );
    }
    for card in &layout.cards {
        match card.importance.filter(|_| heat) {
            Some(i) => {
                let mut hot = card.clone();
                hot.hue = heat_hue(i);
                card_prims(&hot, theme, &mut scene.body);
            }
            None => card_prims(card, theme, &mut scene.body),
        }
    }
    for lane in &layout.lanes {
        if let RowContent::Emotion(plot) = &lane.content {
            emotion_curves(plot, theme, &mut scene.body);
        }
    }
    for block in &layout.appendix {
        scene.body.push(Prim::Text {
            block: block.clone(),
            color: theme.text(),
        });
    }
    scene.body.push(Prim::Text {
        block: layout.footer.clone(),
        color: theme.text_muted(),
    });
    scene
}

/// The stage header row. `stretch` widens the columns about the map's
/// origin while text and heights keep their size: the canvas pins the band
/// at 100 % over a map zoomed in by `stretch`, drawn at scale 1 so the
/// chevrons still line up with the zoomed columns. `shifts` (one per stage,
/// missing = 0) slide each stage's texts right within its chevron; see
/// [`stage_label_shifts`].
pub fn stage_band(layout: &MapLayout, theme: Theme, stretch: f32, shifts: &[f32]) -> Vec<Prim> {
    let mut band = Vec::with_capacity(layout.stages.len() * 4);
    for (i, stage) in layout.stages.iter().enumerate() {
        let extra = shifts.get(i).copied().unwrap_or(0.0);
        let shift = vec2(stage.x * (stretch - 1.0) + extra, 0.0);
        let header = Rect::from_x_y_ranges(
            stage.header.left() * stretch..=stage.header.right() * stretch,
            stage.header.y_range(),
        );
        band.push(Prim::Polygon {
            points: chevron(header, i > 0),
            fill: theme.stage_fill(stage.hue),
        });
        band.push(Prim::Text {
            block: stage.name.clone().translated(shift),
            color: theme.stage_text(),
        });
        if let Some(d) = &stage.description {
            band.push(Prim::Text {
                block: d.clone().translated(shift),
                color: theme.stage_text().with_alpha(230),
            });
        }
        if let Some(c) = &stage.confidence {
            band.push(Prim::Text {
                block: c.clone().translated(shift),
                color: theme.stage_text(),
            });
        }
    }
    band
}

/// How far each stage's texts slide right in a band widened by `stretch`
/// so that they start no further left than `keep_from` (band coordinates,
/// the left edge of what is in view) while staying inside their chevron.
/// Whole points, so a small pan rarely changes them.
pub fn stage_label_shifts(layout: &MapLayout, stretch: f32, keep_from: f32) -> Vec<f32> {
    layout
        .stages
        .iter()
        .map(|stage| {
            let blocks = [
                Some(&stage.name),
                stage.description.as_ref(),
                stage.confidence.as_ref(),
            ];
            let text_left = stage.name.pos.x + stage.x * (stretch - 1.0);
            let text_right = blocks
                .iter()
                .flatten()
                .map(|b| b.rect().right() + stage.x * (stretch - 1.0))
                .fold(text_left, f32::max);
            let room = stage.header.right() * stretch - 2.0 * CHEVRON - text_right;
            let pad = text_left - stage.header.left() * stretch;
            (keep_from + pad - text_left)
                .clamp(0.0, room.max(0.0))
                .floor()
        })
        .collect()
}

fn header(h: &Header, theme: Theme, out: &mut Vec<Prim>) {
    out.push(Prim::Text {
        block: h.title.clone(),
        color: theme.text(),
    });
    for (label, text) in &h.lens {
        out.push(Prim::Text {
            block: label.clone(),
            color: theme.text_muted(),
        });
        out.push(Prim::Text {
            block: text.clone(),
            color: theme.text(),
        });
    }
    for p in &h.personas {
        out.push(Prim::Rect {
            rect: p.rect,
            radius: 10.0,
            fill: Some(theme.surface()),
            stroke: Some(Stroke::solid(1.0, theme.card_border(p.hue))),
        });
        out.push(Prim::Circle {
            center: p.avatar_center,
            radius: p.avatar_radius,
            fill: Some(theme.stage_fill(p.hue)),
            stroke: None,
        });
        out.push(Prim::Text {
            block: p.initials.clone(),
            color: theme.stage_text(),
        });
        if let Some(path) = &p.photo {
            out.push(Prim::Photo {
                center: p.avatar_center,
                radius: p.avatar_radius,
                path: path.clone(),
            });
        }
        out.push(Prim::Text {
            block: p.name.clone(),
            color: theme.text(),
        });
        if let Some(meta) = &p.meta {
            out.push(Prim::Text {
                block: meta.clone(),
                color: theme.text_muted(),
            });
        }
        if let Some(q) = &p.quote {
            out.push(Prim::Text {
                block: q.clone(),
                color: theme.text(),
            });
        }
    }
}

/// The outline of a stage header: an arrow pointing right, notched on the left
/// for every stage but the first. Star-shaped around its centre.
fn chevron(r: Rect, notched: bool) -> Vec<Pos2> {
    let mid = r.center().y;
    let mut pts = vec![
        pos2(r.left(), r.top()),
        pos2(r.right() - CHEVRON, r.top()),
        pos2(r.right(), mid),
        pos2(r.right() - CHEVRON, r.bottom()),
        pos2(r.left(), r.bottom()),
    ];
    if notched {
        pts.push(pos2(r.left() + CHEVRON, mid));
    }
    pts
}

fn lane_band(
    lane: &LaneRow,
    layout: &MapLayout,
    theme: Theme,
    out: &mut Vec<Prim>,
    titles: &mut Vec<Prim>,
) {
    let band = if lane.backstage {
        theme.backstage_band(lane.odd)
    } else {
        theme.lane_band(lane.odd)
    };
    let is_line = lane.kind.content() == LaneContent::Line;
    if !is_line {
        out.push(Prim::Rect {
            rect: lane.rect,
            radius: 0.0,
            fill: Some(band),
            stroke: None,
        });
        // Tag, icon and title belong to the title column, which the canvas
        // pins over the body while panning.
        titles.push(Prim::Rect {
            rect: Rect::from_min_size(
                lane.rect.min + vec2(0.0, 6.0),
                vec2(4.0, lane.rect.height() - 12.0),
            ),
            radius: 2.0,
            fill: Some(theme.accent(lane.hue)),
            stroke: None,
        });
    }
    icon(
        &lane_icon(lane.kind),
        lane.icon_pos,
        16.0,
        theme.accent(lane.hue),
        1.4,
        titles,
    );
    titles.push(Prim::Text {
        block: lane.title.clone(),
        color: if is_line {
            theme.text_muted()
        } else {
            theme.text()
        },
    });
    match &lane.content {
        RowContent::Cards => {}
        RowContent::Collapsed { summary } => out.push(Prim::Text {
            block: summary.clone(),
            color: theme.text_muted(),
        }),
        RowContent::Line { y } => {
            let x0 = lane.title.rect().right() + 12.0;
            out.push(Prim::Path {
                points: vec![pos2(x0, *y), pos2(layout.grid.right(), *y)],
                closed: false,
                stroke: Stroke::dashed(1.5, theme.text_muted(), 8.0, 5.0),
            });
        }
        RowContent::Metric { cells, line } => {
            if line.len() > 1 {
                out.push(Prim::Path {
                    points: line.clone(),
                    closed: false,
                    stroke: Stroke::solid(2.0, theme.accent(lane.hue)),
                });
            }
            for c in cells {
                if c.track.is_positive() {
                    out.push(Prim::Rect {
                        rect: c.track,
                        radius: 3.0,
                        fill: Some(theme.grid_line()),
                        stroke: None,
                    });
                }
                if c.fill.width() > 0.5 {
                    out.push(Prim::Rect {
                        rect: c.fill,
                        radius: if line.is_empty() {
                            3.0
                        } else {
                            c.fill.width() / 2.0
                        },
                        fill: Some(theme.accent(lane.hue)),
                        stroke: None,
                    });
                }
                out.push(Prim::Text {
                    block: c.value.clone(),
                    color: theme.text(),
                });
                if let Some(u) = &c.unit {
                    out.push(Prim::Text {
                        block: u.clone(),
                        color: theme.text_muted(),
                    });
                }
            }
        }
        RowContent::Emotion(plot) => emotion_background(plot, theme, out, titles),
    }
}

fn emotion_background(
    plot: &EmotionPlot,
    theme: Theme,
    out: &mut Vec<Prim>,
    titles: &mut Vec<Prim>,
) {
    for (label, y) in &plot.ticks {
        out.push(Prim::Path {
            points: vec![pos2(plot.plot.left(), *y), pos2(plot.plot.right(), *y)],
            closed: false,
            stroke: Stroke::solid(1.0, theme.grid_line()),
        });
        titles.push(Prim::Text {
            block: label.clone(),
            color: theme.text_muted(),
        });
    }
    out.push(Prim::Path {
        points: vec![
            pos2(plot.plot.left(), plot.neutral_y),
            pos2(plot.plot.right(), plot.neutral_y),
        ],
        closed: false,
        stroke: Stroke::dashed(1.0, theme.text_muted().with_alpha(160), 4.0, 4.0),
    });
    // Tint only under the first curve: several tinted areas would muddy.
    if let Some(curve) = plot.curves.first() {
        let mut above = Vec::new();
        let mut below = Vec::new();
        for path in &curve.paths {
            for q in area_quads(path, plot.neutral_y) {
                let [a, b, c, d] = q.corners;
                let target = if q.positive { &mut above } else { &mut below };
                target.push([a, b, c]);
                target.push([a, c, d]);
            }
        }
        if !above.is_empty() {
            out.push(Prim::Triangles {
                triangles: above,
                fill: theme.positive_area(),
            });
        }
        if !below.is_empty() {
            out.push(Prim::Triangles {
                triangles: below,
                fill: theme.negative_area(),
            });
        }
    }
    for (center, hue, name) in &plot.legend {
        titles.push(Prim::Rect {
            rect: Rect::from_center_size(*center, vec2(12.0, 4.0)),
            radius: 2.0,
            fill: Some(theme.accent(*hue)),
            stroke: None,
        });
        titles.push(Prim::Text {
            block: name.clone(),
            color: theme.text_muted(),
        });
    }
}

fn emotion_curves(plot: &EmotionPlot, theme: Theme, out: &mut Vec<Prim>) {
    for curve in &plot.curves {
        for path in &curve.paths {
            if path.len() > 1 {
                out.push(Prim::Path {
                    points: path.clone(),
                    closed: false,
                    stroke: Stroke::solid(2.5, theme.accent(curve.hue)),
                });
            }
        }
    }
    for curve in &plot.curves {
        for (_, value, p) in &curve.points {
            let n = plot.scale.normalized(*value);
            let size = FACE_SIZE;
            out.push(Prim::Circle {
                center: *p,
                radius: size / 2.0 - 0.5,
                fill: Some(theme.face_fill(n)),
                stroke: Some(Stroke::solid(2.0, theme.accent(curve.hue))),
            });
            let parts: Vec<IconPart> = face(n).into_iter().skip(1).collect(); // outline drawn above
            icon(
                &parts,
                *p - vec2(size / 2.0, size / 2.0),
                size,
                theme.face_ink(),
                1.5,
                out,
            );
        }
    }
}

fn card_prims(card: &CardBox, theme: Theme, out: &mut Vec<Prim>) {
    let border = theme.card_border(card.hue);
    let proposed = card.confidence == Confidence::Proposed;
    out.push(Prim::Rect {
        rect: card.rect,
        radius: CARD_RADIUS,
        fill: Some(theme.card_fill(card.hue)),
        stroke: (!proposed).then(|| Stroke::solid(1.0, border)),
    });
    if proposed {
        out.push(Prim::Path {
            points: rounded_rect_outline(card.rect, CARD_RADIUS),
            closed: true,
            stroke: Stroke::dashed(1.3, theme.accent(card.hue), 5.0, 3.0),
        });
    }
    out.push(Prim::Text {
        block: card.text.clone(),
        color: theme.card_text(card.hue),
    });
    let accent = theme.accent(card.hue);
    out.push(Prim::Circle {
        center: card.marker_center,
        radius: 3.5,
        fill: (card.confidence == Confidence::Observed).then_some(accent),
        stroke: Some(Stroke::solid(1.3, accent)),
    });
    if let Some((channel, pos)) = card.channel {
        icon(&channel_icon(channel), pos, ICON_SIZE, accent, 1.3, out);
    }
    if let Some(rating) = &card.rating {
        out.push(Prim::Text {
            block: rating.clone(),
            color: theme.card_text(card.hue),
        });
    }
    if let Some((pill, label)) = &card.badge {
        out.push(Prim::Rect {
            rect: *pill,
            radius: pill.height() / 2.0,
            fill: Some(accent),
            stroke: None,
        });
        out.push(Prim::Text {
            block: label.clone(),
            color: theme.card_fill(card.hue),
        });
    }
}

fn icon(parts: &[IconPart], origin: Pos2, size: f32, color: Rgba, width: f32, out: &mut Vec<Prim>) {
    for part in parts {
        match part {
            IconPart::Line { points, closed } => out.push(Prim::Path {
                points: points.iter().map(|p| place(*p, origin, size)).collect(),
                closed: *closed,
                stroke: Stroke::solid(width, color),
            }),
            IconPart::Circle {
                center,
                radius,
                filled,
            } => out.push(Prim::Circle {
                center: place(*center, origin, size),
                radius: radius * size / 16.0,
                fill: filled.then_some(color),
                stroke: (!filled).then(|| Stroke::solid(width, color)),
            }),
        }
    }
}

/// A rounded rectangle as a closed polyline (for dashed outlines).
pub fn rounded_rect_outline(r: Rect, radius: f32) -> Vec<Pos2> {
    let radius = radius.min(r.width() / 2.0).min(r.height() / 2.0);
    let corners = [
        (pos2(r.right() - radius, r.top() + radius), -90.0_f32),
        (pos2(r.right() - radius, r.bottom() - radius), 0.0),
        (pos2(r.left() + radius, r.bottom() - radius), 90.0),
        (pos2(r.left() + radius, r.top() + radius), 180.0),
    ];
    let mut pts = Vec::with_capacity(24);
    for (c, start) in corners {
        for i in 0..=5 {
            let a = (start + 18.0 * i as f32).to_radians();
            pts.push(pos2(c.x + radius * a.cos(), c.y + radius * a.sin()));
        }
    }
    pts
}

/// Veils over the cards `filter` does not show, in the background colour:
/// dimmed, still readable up close. Drawn over the body by the canvas and
/// by exports alike.
pub fn filter_veils(
    layout: &MapLayout,
    map: &crate::model::JourneyMap,
    filter: &crate::model::CardFilter,
    theme: Theme,
) -> Vec<Prim> {
    if !filter.is_active() {
        return Vec::new();
    }
    // One pass over the map (looking each card up would be quadratic).
    let dimmed: std::collections::HashSet<_> = map
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .filter(|c| !filter.matches(c))
        .map(|c| c.id)
        .collect();
    layout
        .cards
        .iter()
        .filter(|b| dimmed.contains(&b.id))
        .map(|b| Prim::Rect {
            rect: b.rect.expand(1.0),
            radius: CARD_RADIUS,
            fill: Some(theme.background().with_alpha(190)),
            stroke: None,
        })
        .collect()
}
