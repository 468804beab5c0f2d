//! The review curve of an emotion lane: where the mean rating of each
//! stage's reviews falls on the lane's scale, dashed beside the personas'
//! curves, with how many ratings each point is the mean of.

use egui::{Pos2, pos2};

use super::emotion::{smooth_path, value_to_y};
use super::metrics::*;
use super::{EmotionPlot, ReviewCurve, Shaper, StageColumn, TextBlock};
use crate::fonts::FontStyle;
use crate::model::JourneyMap;
use crate::reviews::CurvePoint;

/// The curve's entry in the lane's legend, from `top`; returns it and its bottom.
pub(super) fn review_legend(
    map: &JourneyMap,
    shaper: &mut Shaper,
    left: f32,
    top: f32,
) -> ((Pos2, TextBlock), f32) {
    let name = crate::i18n::tr_in(map.lang(), "curve-reviews");
    let block = shaper.text(
        &name,
        SMALL_TEXT,
        FontStyle::Italic,
        LANE_TITLE_WIDTH - 70.0,
        pos2(left + 30.0, top),
    );
    let bottom = block.rect().bottom();
    ((pos2(left + 12.0, top + 8.0), block), bottom)
}

/// The curve through `points` on `plot`, with its labels.
pub(super) fn review_curve_layout(
    plot: &EmotionPlot,
    points: &[CurvePoint],
    legend: (Pos2, TextBlock),
    shaper: &mut Shaper,
    stages: &[StageColumn],
) -> ReviewCurve {
    let y_of = |v: f64| value_to_y(plot.scale, plot.plot, v as f32);
    let at = |p: &CurvePoint| {
        let stage = stages.iter().find(|s| s.id == p.stage)?;
        Some((p.stage, p.value, pos2(stage.center_x(), y_of(p.value)), p.n))
    };
    let placed: Vec<_> = points.iter().filter_map(at).collect();
    let mut paths = Vec::new();
    let mut run: Vec<Pos2> = Vec::new();
    for s in stages {
        match placed.iter().find(|p| p.0 == s.id) {
            Some(p) => run.push(p.2),
            None if !run.is_empty() => paths.push(smooth_path(
                &std::mem::take(&mut run),
                plot.plot.top(),
                plot.plot.bottom(),
            )),
            None => {}
        }
    }
    if !run.is_empty() {
        paths.push(smooth_path(&run, plot.plot.top(), plot.plot.bottom()));
    }
    let labels = placed
        .iter()
        .map(|(_, _, p, n)| {
            shaper.text(
                &format!("n = {n}"),
                11.0,
                FontStyle::Italic,
                f32::INFINITY,
                // Right of the ring, clear of a face at the column centre.
                pos2(p.x + FACE_SIZE / 2.0 + 4.0, p.y - 7.0),
            )
        })
        .collect();
    ReviewCurve {
        points: placed,
        paths,
        labels,
        legend,
    }
}
