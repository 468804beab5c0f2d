//! Geometry of the emotion curve: points per stage, a smooth path through
//! them, and the tinted areas between the path and the neutral line.

use egui::{Pos2, pos2};

/// Catmull-Rom samples between consecutive points (centripetal form is not
/// needed: stage columns are evenly spaced, so the uniform form never loops).
const SAMPLES_PER_SEGMENT: usize = 12;

/// A smooth polyline through `points` (sorted by x). Runs of one point stay a
/// single point. The curve is kept inside `[top, bottom]`, so it never
/// overshoots the scale.
pub fn smooth_path(points: &[Pos2], top: f32, bottom: f32) -> Vec<Pos2> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut out = Vec::with_capacity((points.len() - 1) * SAMPLES_PER_SEGMENT + 1);
    for i in 0..points.len() - 1 {
        let p0 = points[i.saturating_sub(1)];
        let p1 = points[i];
        let p2 = points[i + 1];
        let p3 = points[(i + 2).min(points.len() - 1)];
        for s in 0..SAMPLES_PER_SEGMENT {
            let t = s as f32 / SAMPLES_PER_SEGMENT as f32;
            let t2 = t * t;
            let t3 = t2 * t;
            let f = |a: f32, b: f32, c: f32, d: f32| {
                0.5 * (2.0 * b
                    + (-a + c) * t
                    + (2.0 * a - 5.0 * b + 4.0 * c - d) * t2
                    + (-a + 3.0 * b - 3.0 * c + d) * t3)
            };
            let x = f(p0.x, p1.x, p2.x, p3.x);
            let y = f(p0.y, p1.y, p2.y, p3.y).clamp(top, bottom);
            out.push(pos2(x, y));
        }
    }
    out.push(*points.last().expect("len >= 3"));
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
    fn crossing_segments_are_split_at_the_line() {
        let quads = area_quads(&[pos2(0.0, 0.0), pos2(10.0, 20.0)], 10.0);
        assert_eq!(quads.len(), 2);
        assert!(quads[0].positive && !quads[1].positive);
        assert_eq!(quads[0].corners[1], pos2(5.0, 10.0));
    }
}
