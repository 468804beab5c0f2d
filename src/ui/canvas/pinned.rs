//! The lane-title column and the stage band pinned to the canvas's left and
//! top edges once they scroll off, and the corner where the two meet.

use egui::emath::TSTransform;
use egui::{Painter, Rect, Stroke, pos2, vec2};

use crate::layout::MapLayout;
use crate::layout::metrics::LANE_TITLE_WIDTH;
use crate::render::Prim;
use crate::style::Theme;
use crate::ui::paint::color;

/// Largest scale the pinned stage band is drawn at: zoomed in further, the
/// band keeps its 100 % height (its columns still widen with the map).
pub const PINNED_BAND_MAX_SCALE: f32 = 1.0;

/// Gap above and below the pinned band, in screen points.
const BAND_GAP: f32 = 4.0;

/// Where the title column and the stage band are drawn this frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pins {
    /// Map → screen for the title column.
    pub titles: TSTransform,
    /// The opaque strip behind the pinned title column.
    pub title_strip: Option<Rect>,
    /// Map → screen of the stage headers at the body's scale, for hit
    /// tests: x as the body, the headers' top at the band's top.
    pub band: TSTransform,
    /// Map → screen the band's primitives are drawn with.
    pub band_drawn: TSTransform,
    /// Some(zoom) when the band is drawn from primitives widened by the
    /// zoom at scale 1 (pinned and zoomed in past the cap).
    pub band_stretch: Option<f32>,
    /// The opaque strip behind the pinned band.
    pub band_strip: Option<Rect>,
}

impl Pins {
    /// Pins for `layout` seen through `to_screen` in the canvas `rect`.
    pub fn new(layout: &MapLayout, to_screen: TSTransform, rect: Rect) -> Self {
        let zoom = to_screen.scaling;
        let grid_left = layout.grid.left();
        let mut titles = to_screen;
        let mut title_strip = None;
        if to_screen.translation.x + grid_left * zoom < rect.left() {
            titles.translation.x = rect.left() - grid_left * zoom;
            title_strip = Some(Rect::from_min_max(
                rect.min,
                pos2(rect.left() + LANE_TITLE_WIDTH * zoom, rect.bottom()),
            ));
        }

        let (top, bottom) = layout
            .stages
            .first()
            .map_or((layout.grid.top(), layout.grid.top()), |s| {
                (s.header.top(), s.header.bottom())
            });
        let mut band = to_screen;
        let mut band_drawn = to_screen;
        let mut band_stretch = None;
        let mut band_strip = None;
        if to_screen.translation.y + top * zoom < rect.top() {
            let scale = zoom.min(PINNED_BAND_MAX_SCALE);
            let band_top = rect.top() + BAND_GAP;
            band.translation.y = band_top - top * zoom;
            band_drawn =
                TSTransform::new(vec2(to_screen.translation.x, band_top - top * scale), scale);
            if scale < zoom {
                band_stretch = Some(zoom / scale);
            }
            let strip_bottom = band_top + (bottom - top) * scale + BAND_GAP;
            band_strip = Some(Rect::from_min_max(
                rect.min,
                pos2(rect.right(), strip_bottom),
            ));
        }
        Pins {
            titles,
            title_strip,
            band,
            band_drawn,
            band_stretch,
            band_strip,
        }
    }

    /// The corner where the pinned band and the pinned title column meet.
    pub fn corner(&self) -> Option<Rect> {
        let (titles, band) = (self.title_strip?, self.band_strip?);
        Some(Rect::from_min_max(
            titles.min,
            pos2(titles.right(), band.bottom()),
        ))
    }
}

/// The opaque strip behind the pinned title column, in the title column's
/// map coordinates (so it joins the column's kept mesh): background, each
/// lane's band, a line on its right edge. Empty when the column scrolls
/// with the map.
pub fn title_strip_prims(layout: &MapLayout, pins: &Pins, theme: Theme) -> Vec<Prim> {
    if pins.title_strip.is_none() {
        return Vec::new();
    }
    // Taller than any canvas: the strip runs from the canvas's top to its
    // bottom whatever the pan.
    const TALL: f32 = 1.0e6;
    let left = layout.grid.left();
    let right = left + LANE_TITLE_WIDTH;
    let mut prims = Vec::with_capacity(layout.lanes.len() + 2);
    prims.push(Prim::Rect {
        rect: Rect::from_x_y_ranges(left..=right, -TALL..=TALL),
        radius: 0.0,
        fill: Some(theme.background()),
        stroke: None,
    });
    for lane in &layout.lanes {
        let band = if lane.backstage {
            theme.backstage_band(lane.odd)
        } else {
            theme.lane_band(lane.odd)
        };
        prims.push(Prim::Rect {
            rect: Rect::from_x_y_ranges(left..=right, lane.rect.y_range()),
            radius: 0.0,
            fill: Some(band),
            stroke: None,
        });
    }
    prims.push(Prim::Path {
        points: vec![pos2(right, -TALL), pos2(right, TALL)],
        closed: false,
        stroke: crate::render::Stroke::solid(1.0 / pins.titles.scaling, theme.grid_line()),
    });
    prims
}

/// The opaque strip behind the pinned stage band.
pub fn paint_band_strip(painter: &Painter, pins: &Pins, theme: Theme) {
    if let Some(strip) = pins.band_strip {
        painter.rect_filled(strip, 0.0, color(theme.background()));
    }
}

/// The corner block over the band where it meets the title column, so
/// neither slides over the other.
pub fn paint_corner(painter: &Painter, pins: &Pins, theme: Theme) {
    let Some(corner) = pins.corner() else {
        return;
    };
    painter.rect_filled(corner, 0.0, color(theme.background()));
    let line = Stroke::new(1.0, color(theme.grid_line()));
    painter.vline(corner.right(), corner.y_range(), line);
    painter.hline(corner.x_range(), corner.bottom(), line);
}
