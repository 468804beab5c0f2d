//! Geometry of the emotion curve: points per stage, a smooth path through
//! them, and the tinted areas between the path and the neutral line.

use egui::{Pos2, Rect, pos2};

use crate::model::EmotionScale;

/// The y of `share` (0 = bottom, 1 = top, clamped) in `plot`: the one place
/// a feeling becomes a height.
pub fn share_to_y(plot: Rect, share: f32) -> f32 {
    plot.bottom() - share.clamp(0.0, 1.0) * plot.height()
}

/// The share (0 = bottom, 1 = top, clamped) that `y` marks in `plot`.
pub fn y_to_share(plot: Rect, y: f32) -> f32 {
    if plot.height() <= 0.0 {
        return 0.0;
    }
    ((plot.bottom() - y) / plot.height()).clamp(0.0, 1.0)
}

/// The y of `value` on `scale` in `plot`: the scale's minimum at the
/// bottom, its maximum at the top.
pub fn value_to_y(scale: EmotionScale, plot: Rect, value: f32) -> f32 {
    let span = (scale.max() - scale.min()) as f32;
    share_to_y(plot, (value - scale.min() as f32) / span)
}

/// The whole value on `scale` nearest to `y` in `plot`, within the scale.
pub fn y_to_value(scale: EmotionScale, plot: Rect, y: f32) -> i32 {
    let span = (scale.max() - scale.min()) as f32;
    scale.min() + (y_to_share(plot, y) * span).round() as i32
}

/// Horizontal offsets that set faces at `ys` (all in one stage column)
/// side by side where they would overlap: faces closer than `face` in y
/// form a group, spread `face + 2` apart about the column's centre, but
/// never wider than `room`.
pub fn face_offsets(ys: &[f32], face: f32, room: f32) -> Vec<f32> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]).then(a.cmp(&b)));
    let mut offsets = vec![0.0; ys.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && ys[order[end]] - ys[order[end - 1]] < face {
            end += 1;
        }
        let n = end - start;
        if n > 1 {
            // Keep the curves' order left to right within a group.
            let mut group = order[start..end].to_vec();
            group.sort_unstable();
            let step = (face + 2.0).min((room - face).max(0.0) / (n - 1) as f32);
            for (k, &i) in group.iter().enumerate() {
                offsets[i] = (k as f32 - (n - 1) as f32 / 2.0) * step;
            }
        }
        start = end;
    }
    offsets
}

/// Samples drawn between two consecutive points.
const SAMPLES_PER_SEGMENT: usize = 12;

/// A smooth polyline through `points` (sorted by x): a monotone cubic
/// (Fritsch–Carlson), so the curve never overshoots a point, stays flat
/// between equal values and never leaves the scale. `top` and `bottom` are
/// kept as a guard against rounding.
pub fn smooth_path(points: &[Pos2], top: f32, bottom: f32) -> Vec<Pos2> {
    let n = points.len();
    if n < 2 {
        return points.to_vec();
    }
    let h: Vec<f32> = points
        .windows(2)
        .map(|w| (w[1].x - w[0].x).max(1e-3))
        .collect();
    let d: Vec<f32> = points
        .windows(2)
        .zip(&h)
        .map(|(w, h)| (w[1].y - w[0].y) / h)
        .collect();
    let mut m = vec![0.0_f32; n];
    m[0] = d[0];
    m[n - 1] = d[n - 2];
    for k in 1..n - 1 {
        m[k] = if d[k - 1] * d[k] > 0.0 {
            (d[k - 1] + d[k]) / 2.0
        } else {
            0.0
        };
    }
    for k in 0..n - 1 {
        if d[k] == 0.0 {
            m[k] = 0.0;
            m[k + 1] = 0.0;
            continue;
        }
        let a = m[k] / d[k];
        let b = m[k + 1] / d[k];
        let r = a * a + b * b;
        if r > 9.0 {
            let t = 3.0 / r.sqrt();
            m[k] = t * a * d[k];
            m[k + 1] = t * b * d[k];
        }
    }
    let mut out = Vec::with_capacity((n - 1) * SAMPLES_PER_SEGMENT + 1);
    for k in 0..n - 1 {
        let (p0, p1) = (points[k], points[k + 1]);
        for s in 0..SAMPLES_PER_SEGMENT {
            let t = s as f32 / SAMPLES_PER_SEGMENT as f32;
            let (t2, t3) = (t * t, t * t * t);
            let h00 = 2.0 * t3 - 3.0 * t2 + 1.0;
            let h10 = t3 - 2.0 * t2 + t;
            let h01 = -2.0 * t3 + 3.0 * t2;
            let h11 = t3 - t2;
            let y = h00 * p0.y + h10 * h[k] * m[k] + h01 * p1.y + h11 * h[k] * m[k + 1];
            out.push(pos2(p0.x + t * h[k], y.clamp(top, bottom)));
        }
    }
    out.push(points[n - 1]);
    out
}

/// A quadrilateral of tinted area between the curve and the neutral line.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaQuad {
    /// Corners in order: curve start, curve end, neutral end, neutral start.
    pub corners: [Pos2; 4],
    /// Above the neutral line (a positive feeling).
    pub positive: bool,
}

/// Split the area between `path` and the horizontal line `neutral_y` into
/// quads, cutting segments where they cross the line. Screen y grows down, so
/// "above" means `y < neutral_y`.
pub fn area_quads(path: &[Pos2], neutral_y: f32) -> Vec<AreaQuad> {
    let mut quads = Vec::new();
    for w in path.windows(2) {
        let (a, b) = (w[0], w[1]);
        let da = a.y - neutral_y;
        let db = b.y - neutral_y;
        let mut push = |a: Pos2, b: Pos2| {
            let positive = (a.y + b.y) / 2.0 < neutral_y;
            quads.push(AreaQuad {
                corners: [a, b, pos2(b.x, neutral_y), pos2(a.x, neutral_y)],
                positive,
            });
        };
        if da * db < 0.0 {
            let t = da / (da - db);
            let cross = pos2(a.x + (b.x - a.x) * t, neutral_y);
            push(a, cross);
            push(cross, b);
        } else {
            push(a, b);
        }
    }
    quads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_passes_through_every_point() {
        let pts = [
            pos2(0.0, 50.0),
            pos2(100.0, 10.0),
            pos2(200.0, 90.0),
            pos2(300.0, 40.0),
        ];
        let path = smooth_path(&pts, 0.0, 100.0);
        for p in pts {
            assert!(
                path.iter()
                    .any(|q| (q.x - p.x).abs() < 1e-3 && (q.y - p.y).abs() < 1e-3)
            );
        }
        assert!(path.iter().all(|p| (0.0..=100.0).contains(&p.y)));
    }

    #[test]
    fn path_never_overshoots_and_is_flat_between_equal_values() {
        let pts = [
            pos2(0.0, 80.0),
            pos2(100.0, 80.0),
            pos2(200.0, 20.0),
            pos2(300.0, 20.0),
        ];
        let path = smooth_path(&pts, 0.0, 100.0);
        assert!(
            path.iter().all(|p| (20.0..=80.0).contains(&p.y)),
            "{path:?}"
        );
        assert!(path.iter().filter(|p| p.x <= 100.0).all(|p| p.y == 80.0));
    }

    #[test]
    fn values_and_heights_convert_both_ways() {
        let plot = Rect::from_min_max(pos2(0.0, 100.0), pos2(10.0, 200.0));
        for scale in EmotionScale::ALL {
            assert_eq!(value_to_y(scale, plot, scale.min() as f32), 200.0);
            assert_eq!(value_to_y(scale, plot, scale.max() as f32), 100.0);
            for v in scale.min()..=scale.max() {
                assert_eq!(
                    y_to_value(scale, plot, value_to_y(scale, plot, v as f32)),
                    v
                );
            }
            assert_eq!(y_to_value(scale, plot, 1000.0), scale.min());
            assert_eq!(y_to_value(scale, plot, -1000.0), scale.max());
        }
    }

    #[test]
    fn faces_at_one_height_are_spread_and_others_stay() {
        let offsets = face_offsets(&[50.0, 50.0, 90.0, 55.0], 20.0, 232.0);
        assert_eq!(offsets[2], 0.0);
        let mut group = [offsets[0], offsets[1], offsets[3]];
        group.sort_by(f32::total_cmp);
        assert_eq!(group, [-22.0, 0.0, 22.0]);
        assert!(offsets[0] < offsets[1] && offsets[1] < offsets[3]);
    }

    #[test]
    fn crossing_segments_are_split_at_the_line() {
        let quads = area_quads(&[pos2(0.0, 0.0), pos2(10.0, 20.0)], 10.0);
        assert_eq!(quads.len(), 2);
        assert!(quads[0].positive && !quads[1].positive);
        assert_eq!(quads[0].corners[1], pos2(5.0, 10.0));
    }
}
