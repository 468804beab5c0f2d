//! Turning a layout into primitives, with the theme's colours.

use egui::{Pos2, Rect};

use super::band::stage_band;
use super::cards::card_prims;
use super::lanes::{emotion_curves, lane_band, review_curve};
use super::{Prim, Stroke};
use crate::layout::{Header, MapLayout, RowContent};
use crate::style::Theme;

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

/// Like [`build_scene`]; `heat` colours rated touchpoints by importance.
pub fn build_scene_with(layout: &MapLayout, theme: Theme, heat: bool) -> Scene {
    let mut scene = Scene {
        // A card makes up to about eight primitives.
        body: Vec::with_capacity(layout.cards.len() * 8 + 256),
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
                hot.hue = crate::style::heat_hue(i);
                card_prims(&hot, theme, &mut scene.body);
            }
            None => card_prims(card, theme, &mut scene.body),
        }
    }
    for lane in &layout.lanes {
        if let RowContent::Emotion(plot) = &lane.content {
            // Under the personas' curves: their faces stay readable.
            review_curve(plot, theme, &mut scene.body);
            emotion_curves(plot, theme, &mut scene.body);
        }
    }
    if let Some(legend) = &layout.legend {
        super::legend::legend_prims(legend, theme, &mut scene.body);
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
