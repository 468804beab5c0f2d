//! The legend under the grid: its marks drawn as the cards draw theirs.

use super::cards::{icon, rounded_rect_outline};
use super::{Prim, Stroke};
use crate::layout::icons::channel_icon;
use crate::layout::metrics::ICON_SIZE;
use crate::style::Theme;

/// The legend's marks, drawn as the cards draw them, and its labels.
pub(super) fn legend_prims(
    legend: &crate::layout::legend::Legend,
    theme: Theme,
    out: &mut Vec<Prim>,
) {
    use crate::layout::legend::LegendMark;
    use crate::model::{Confidence, Hue};
    out.push(Prim::Text {
        block: legend.heading.clone(),
        color: theme.text(),
    });
    let accent = theme.accent(Hue::Blue);
    for item in &legend.items {
        let (r, c) = (item.rect, item.rect.center());
        match item.mark {
            LegendMark::Confidence(Confidence::Proposed) => {
                out.push(Prim::Path {
                    points: rounded_rect_outline(r, 3.0),
                    closed: true,
                    stroke: Stroke::dashed(1.3, accent, 4.0, 2.0),
                });
            }
            LegendMark::Confidence(confidence) => out.push(Prim::Circle {
                center: c,
                radius: 3.5,
                fill: (confidence == Confidence::Observed).then_some(accent),
                stroke: Some(Stroke::solid(1.3, accent)),
            }),
            LegendMark::Evidence => out.push(Prim::Rect {
                rect: egui::Rect::from_center_size(c, egui::vec2(ICON_SIZE, 10.0)),
                radius: 5.0,
                fill: Some(accent),
                stroke: None,
            }),
            LegendMark::Channel(channel) => {
                icon(&channel_icon(channel), r.min, ICON_SIZE, accent, 1.3, out)
            }
            LegendMark::Heat(importance) => {
                let hue = crate::style::heat_hue(importance);
                out.push(Prim::Rect {
                    rect: r.shrink(1.0),
                    radius: 3.0,
                    fill: Some(theme.card_fill(hue)),
                    stroke: Some(Stroke::solid(1.0, theme.card_border(hue))),
                });
            }
        }
        out.push(Prim::Text {
            block: item.label.clone(),
            color: theme.text(),
        });
    }
}
