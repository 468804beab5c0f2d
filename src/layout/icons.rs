//! Vector icons (channels, lane kinds, emotion faces) defined once as strokes
//! in a 16×16 box, drawn alike by the canvas and the SVG writer.

use std::f32::consts::TAU;

use egui::{Pos2, pos2};

use crate::model::{Channel, LaneKind};

/// One stroke of an icon, in a 16×16 box.
#[derive(Clone, Debug, PartialEq)]
pub enum IconPart {
    /// A polyline; closed when `closed`.
    Line { points: Vec<Pos2>, closed: bool },
    /// A circle; filled with the stroke colour when `filled`.
    Circle {
        center: Pos2,
        radius: f32,
        filled: bool,
    },
}

fn line(points: &[(f32, f32)]) -> IconPart {
    IconPart::Line {
        points: points.iter().map(|&(x, y)| pos2(x, y)).collect(),
        closed: false,
    }
}

fn closed(points: &[(f32, f32)]) -> IconPart {
    IconPart::Line {
        points: points.iter().map(|&(x, y)| pos2(x, y)).collect(),
        closed: true,
    }
}

fn circle(x: f32, y: f32, radius: f32) -> IconPart {
    IconPart::Circle {
        center: pos2(x, y),
        radius,
        filled: false,
    }
}

fn dot(x: f32, y: f32, radius: f32) -> IconPart {
    IconPart::Circle {
        center: pos2(x, y),
        radius,
        filled: true,
    }
}

/// Points of an elliptical arc from angle `a0` to `a1` (radians, y down).
fn arc(cx: f32, cy: f32, rx: f32, ry: f32, a0: f32, a1: f32, steps: usize) -> Vec<Pos2> {
    (0..=steps)
        .map(|i| {
            let a = a0 + (a1 - a0) * i as f32 / steps as f32;
            pos2(cx + rx * a.cos(), cy + ry * a.sin())
        })
        .collect()
}

fn arc_line(cx: f32, cy: f32, rx: f32, ry: f32, a0: f32, a1: f32) -> IconPart {
    IconPart::Line {
        points: arc(cx, cy, rx, ry, a0, a1, 16),
        closed: false,
    }
}

fn star(cx: f32, cy: f32, outer: f32, inner: f32) -> IconPart {
    let points = (0..10)
        .map(|i| {
            let r = if i % 2 == 0 { outer } else { inner };
            let a = -TAU / 4.0 + i as f32 * TAU / 10.0;
            pos2(cx + r * a.cos(), cy + r * a.sin())
        })
        .collect();
    IconPart::Line {
        points,
        closed: true,
    }
}

/// The icon of a touchpoint channel.
pub fn channel_icon(channel: Channel) -> Vec<IconPart> {
    use std::f32::consts::PI;
    match channel {
        Channel::Website => vec![
            circle(8.0, 8.0, 6.5),
            arc_line(8.0, 8.0, 3.0, 6.5, -PI / 2.0, PI * 1.5),
            line(&[(1.5, 8.0), (14.5, 8.0)]),
            line(&[(2.5, 4.8), (13.5, 4.8)]),
            line(&[(2.5, 11.2), (13.5, 11.2)]),
        ],
        Channel::MobileApp => vec![
            closed(&[(4.5, 1.5), (11.5, 1.5), (11.5, 14.5), (4.5, 14.5)]),
            line(&[(7.0, 12.3), (9.0, 12.3)]),
        ],
        Channel::SocialMedia => vec![
            circle(4.0, 8.0, 2.0),
            circle(12.0, 3.8, 2.0),
            circle(12.0, 12.2, 2.0),
            line(&[(5.8, 7.0), (10.2, 4.8)]),
            line(&[(5.8, 9.0), (10.2, 11.2)]),
        ],
        Channel::Advertising => vec![
            closed(&[
                (1.5, 6.0),
                (5.5, 6.0),
                (13.5, 2.0),
                (13.5, 14.0),
                (5.5, 10.0),
                (1.5, 10.0),
            ]),
            line(&[(4.0, 10.0), (5.5, 14.5), (7.5, 14.5), (6.8, 10.8)]),
        ],
        Channel::Email => vec![
            closed(&[(1.5, 3.5), (14.5, 3.5), (14.5, 12.5), (1.5, 12.5)]),
            line(&[(1.5, 3.5), (8.0, 9.0), (14.5, 3.5)]),
        ],
        Channel::Phone => vec![closed(&[
            (3.0, 1.8),
            (5.8, 1.8),
            (6.8, 5.0),
            (5.2, 6.4),
            (9.6, 10.8),
            (11.0, 9.2),
            (14.2, 10.2),
            (14.2, 13.0),
            (12.6, 14.4),
            (7.0, 12.4),
            (3.6, 9.0),
            (1.6, 3.4),
        ])],
        Channel::Chat => vec![
            closed(&[
                (1.5, 2.5),
                (14.5, 2.5),
                (14.5, 11.0),
                (7.5, 11.0),
                (3.5, 14.5),
                (4.0, 11.0),
                (1.5, 11.0),
            ]),
            dot(5.0, 6.8, 0.9),
            dot(8.0, 6.8, 0.9),
            dot(11.0, 6.8, 0.9),
        ],
        Channel::Store => vec![
            closed(&[(1.5, 6.0), (3.0, 2.0), (13.0, 2.0), (14.5, 6.0)]),
            line(&[(2.5, 6.0), (2.5, 14.5), (13.5, 14.5), (13.5, 6.0)]),
            line(&[(6.5, 14.5), (6.5, 10.0), (9.5, 10.0), (9.5, 14.5)]),
        ],
        Channel::Event => vec![
            closed(&[(1.5, 3.0), (14.5, 3.0), (14.5, 14.5), (1.5, 14.5)]),
            line(&[(1.5, 6.5), (14.5, 6.5)]),
            line(&[(5.0, 1.2), (5.0, 4.5)]),
            line(&[(11.0, 1.2), (11.0, 4.5)]),
            dot(5.5, 10.5, 1.0),
            dot(8.0, 10.5, 1.0),
        ],
        Channel::WordOfMouth => vec![
            circle(5.2, 5.0, 2.4),
            circle(11.2, 5.6, 2.0),
            arc_line(5.2, 14.0, 4.2, 4.4, PI, TAU),
            arc_line(11.8, 14.0, 3.2, 3.8, PI * 1.25, TAU),
        ],
        Channel::ReviewSites => vec![star(8.0, 8.4, 7.0, 3.0)],
        Channel::Other => vec![
            circle(8.0, 8.0, 6.5),
            dot(5.0, 8.0, 1.0),
            dot(8.0, 8.0, 1.0),
            dot(11.0, 8.0, 1.0),
        ],
    }
}

/// The icon beside a lane title.
pub fn lane_icon(kind: LaneKind) -> Vec<IconPart> {
    use std::f32::consts::PI;
    match kind {
        LaneKind::Actions | LaneKind::Frontstage => vec![
            line(&[(2.0, 8.0), (13.0, 8.0)]),
            line(&[(9.0, 4.0), (13.0, 8.0), (9.0, 12.0)]),
        ],
        LaneKind::Thoughts => vec![closed(&[
            (2.0, 3.0),
            (14.0, 3.0),
            (14.0, 10.5),
            (7.5, 10.5),
            (4.0, 14.0),
            (4.5, 10.5),
            (2.0, 10.5),
        ])],
        LaneKind::Emotions => face(0.8),
        LaneKind::Touchpoints => vec![
            circle(8.0, 8.0, 6.5),
            circle(8.0, 8.0, 3.5),
            dot(8.0, 8.0, 1.2),
        ],
        LaneKind::Pains => vec![closed(&[
            (9.5, 1.0),
            (3.0, 9.0),
            (7.5, 9.0),
            (6.0, 15.0),
            (13.0, 6.5),
            (8.5, 6.5),
        ])],
        LaneKind::Opportunities => vec![
            arc_line(8.0, 6.5, 4.5, 4.5, PI * 0.75, PI * 2.25),
            line(&[(4.8, 9.7), (6.0, 12.0), (10.0, 12.0), (11.2, 9.7)]),
            line(&[(6.2, 14.3), (9.8, 14.3)]),
        ],
        LaneKind::Storyboard => picture_icon(),
        LaneKind::PhysicalEvidence => vec![
            closed(&[
                (3.0, 1.5),
                (10.0, 1.5),
                (13.0, 4.5),
                (13.0, 14.5),
                (3.0, 14.5),
            ]),
            line(&[(5.5, 7.0), (10.5, 7.0)]),
            line(&[(5.5, 10.0), (10.5, 10.0)]),
        ],
        LaneKind::Backstage => vec![
            circle(8.0, 8.0, 2.5),
            arc_line(8.0, 8.0, 6.0, 6.0, 0.0, TAU),
        ],
        LaneKind::SupportProcesses => vec![
            closed(&[(1.5, 2.0), (14.5, 2.0), (14.5, 6.0), (1.5, 6.0)]),
            closed(&[(1.5, 10.0), (14.5, 10.0), (14.5, 14.0), (1.5, 14.0)]),
            line(&[(8.0, 6.0), (8.0, 10.0)]),
        ],
        LaneKind::People => channel_icon(Channel::WordOfMouth),
        LaneKind::Policies => vec![
            closed(&[(3.0, 1.5), (13.0, 1.5), (13.0, 14.5), (3.0, 14.5)]),
            line(&[(5.5, 5.0), (10.5, 5.0)]),
            line(&[(5.5, 8.0), (10.5, 8.0)]),
            line(&[(5.5, 11.0), (8.5, 11.0)]),
        ],
        LaneKind::Technology => vec![
            closed(&[(2.0, 2.5), (14.0, 2.5), (14.0, 11.0), (2.0, 11.0)]),
            line(&[(5.5, 14.5), (10.5, 14.5)]),
            line(&[(8.0, 11.0), (8.0, 14.5)]),
        ],
        LaneKind::Custom => vec![
            closed(&[
                (2.5, 2.5),
                (13.5, 2.5),
                (13.5, 10.0),
                (10.0, 13.5),
                (2.5, 13.5),
            ]),
            line(&[(10.0, 13.5), (10.0, 10.0), (13.5, 10.0)]),
        ],
        LaneKind::Metric => vec![
            line(&[(2.0, 14.0), (14.0, 14.0)]),
            closed(&[(3.0, 9.0), (5.5, 9.0), (5.5, 14.0), (3.0, 14.0)]),
            closed(&[(7.0, 5.0), (9.5, 5.0), (9.5, 14.0), (7.0, 14.0)]),
            closed(&[(11.0, 2.0), (13.5, 2.0), (13.5, 14.0), (11.0, 14.0)]),
        ],
        LaneKind::LineOfInteraction
        | LaneKind::LineOfVisibility
        | LaneKind::LineOfInternalInteraction => vec![
            line(&[(1.0, 8.0), (4.0, 8.0)]),
            line(&[(6.5, 8.0), (9.5, 8.0)]),
            line(&[(12.0, 8.0), (15.0, 8.0)]),
        ],
    }
}

/// A framed landscape: the storyboard lane, and pictures not drawn.
pub fn picture_icon() -> Vec<IconPart> {
    vec![
        closed(&[(1.5, 2.5), (14.5, 2.5), (14.5, 13.5), (1.5, 13.5)]),
        line(&[
            (3.5, 11.5),
            (6.5, 7.5),
            (9.0, 10.0),
            (10.5, 8.5),
            (12.5, 11.5),
        ]),
        circle(10.5, 5.8, 1.3),
    ]
}

/// A face for an emotion value at `normalized` (0 = worst, 1 = best) on the
/// scale: outline, eyes, and a mouth curving from frown to smile.
pub fn face(normalized: f32) -> Vec<IconPart> {
    let bend = (normalized.clamp(0.0, 1.0) - 0.5) * 2.0; // −1 frown … +1 smile
    let mouth: Vec<Pos2> = (0..=8)
        .map(|i| {
            let t = i as f32 / 8.0;
            let x = 4.8 + 6.4 * t;
            let y = 10.6 + bend * 2.2 * (1.0 - (2.0 * t - 1.0).powi(2)) - bend * 0.6;
            pos2(x, y)
        })
        .collect();
    vec![
        circle(8.0, 8.0, 7.0),
        dot(5.6, 6.2, 0.95),
        dot(10.4, 6.2, 0.95),
        IconPart::Line {
            points: mouth,
            closed: false,
        },
    ]
}

/// Map an icon point from the 16×16 box into a square at `origin` of `size`.
pub fn place(p: Pos2, origin: Pos2, size: f32) -> Pos2 {
    pos2(origin.x + p.x * size / 16.0, origin.y + p.y * size / 16.0)
}
