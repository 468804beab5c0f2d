//! An emotion lane: its curves (one per persona), faces, scale and legend.

use egui::{Pos2, Rect, pos2, vec2};

use super::emotion::{face_offsets, smooth_path, value_to_y};
use super::metrics::*;
use super::{Curve, EmotionPlot, Shaper, StageColumn, TextBlock};
use crate::fonts::FontStyle;
use crate::model::{Hue, JourneyMap, Lane};
use crate::style::STAGE_ROTATION;

/// Colours of a lane's curves: each persona's own; a curve without a
/// persona takes the first rotation colour no other curve of the lane wears,
/// so its swatch is never mistaken for a persona's.
pub(super) fn curve_hues(map: &JourneyMap, lane: &Lane) -> Vec<Hue> {
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

/// The legend in the title column, one entry per curve from `top` down,
/// each as tall as its (wrapped) name; returns the entries and their bottom.
pub(super) fn emotion_legend(
    map: &JourneyMap,
    lane: &Lane,
    hues: &[Hue],
    shaper: &mut Shaper,
    left: f32,
    top: f32,
) -> (Vec<(Pos2, Hue, TextBlock)>, f32) {
    let mut y = top;
    let mut legend = Vec::with_capacity(lane.series.len());
    let no_persona = crate::i18n::tr_in(map.lang(), "curve-everyone");
    for (series, &hue) in lane.series.iter().zip(hues) {
        let name = series
            .persona
            .and_then(|p| map.persona(p))
            .map_or(no_persona.as_ref(), |p| p.name.as_str());
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
pub(super) fn emotion_plot(
    lane: &Lane,
    hues: &[Hue],
    legend: Vec<(Pos2, Hue, TextBlock)>,
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
            // Consecutive stages form one smooth run; across stages without
            // a value the curve goes on as a dashed bridge, so it reads as
            // one curve with "not set here" rather than as lone dots.
            let mut paths = Vec::new();
            let mut bridges = Vec::new();
            let mut run: Vec<Pos2> = Vec::new();
            let mut last: Option<Pos2> = None;
            let mut gap = false;
            for s in stages {
                match series.values.get(&s.id) {
                    Some(&v) => {
                        let p = pos2(s.center_x(), y_of(scale.clamp(v) as f32));
                        if gap && let Some(from) = last {
                            bridges.push(vec![from, p]);
                        }
                        gap = false;
                        run.push(p);
                        last = Some(p);
                    }
                    None => {
                        gap = true;
                        if !run.is_empty() {
                            paths.push(smooth_path(
                                &std::mem::take(&mut run),
                                plot.top(),
                                plot.bottom(),
                            ));
                        }
                    }
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
                bridges,
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
        reviews: None,
    }
}

/// Faces of different curves at (nearly) one height in a stage would hide
/// each other: set them side by side. The curves still pass through the
/// column's centre.
pub(super) fn spread_faces(curves: &mut [Curve], stages: &[StageColumn]) {
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
