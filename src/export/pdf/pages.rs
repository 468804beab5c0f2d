//! Where the picture goes on paper: one poster page the size of the map,
//! the map fitted onto a sheet, or the map at true size tiled over sheets
//! with overlap, crop marks and a label on each.

use egui::{Rect, Vec2, pos2, vec2};
use serde::{Deserialize, Serialize};

use crate::export::ExportError;

/// PDF points per map unit on a poster and a tile at scale 1: a map unit is
/// a CSS pixel (1/96 inch), as the SVG export's, so a poster prints at the
/// size a browser prints the SVG.
pub const POINTS_PER_UNIT: f32 = 0.75;

/// Pixels per map unit of the card pictures a PDF embeds: 300 dpi when the
/// map prints at true size (a poster or tiles), sharper on a fitted sheet.
pub const PICTURE_PX_PER_UNIT: f32 = 300.0 / 96.0;

/// Millimetres to points.
pub fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// The white border a fitted or tiled sheet keeps (printers cannot print
/// to the edge).
pub const MARGIN_MM: f32 = 10.0;
/// How much neighbouring tiles repeat, to tape them together.
pub const OVERLAP_MM: f32 = 6.0;
/// Text below this prints too small to read: the export warns.
pub const SMALLEST_READABLE_PT: f32 = 6.0;
/// More sheets than this is a mistake (a scale typed wrong), not a poster.
pub const MAX_SHEETS: usize = 400;

/// Paper sizes, portrait.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paper {
    A4,
    A3,
    A2,
    A1,
    A0,
    Letter,
    Legal,
    Tabloid,
}

impl Paper {
    pub const ALL: [Paper; 8] = [
        Paper::A4,
        Paper::A3,
        Paper::A2,
        Paper::A1,
        Paper::A0,
        Paper::Letter,
        Paper::Legal,
        Paper::Tabloid,
    ];

    /// The name the CLI takes and the dialog shows ("a4", "letter").
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A3 => "a3",
            Paper::A2 => "a2",
            Paper::A1 => "a1",
            Paper::A0 => "a0",
            Paper::Letter => "letter",
            Paper::Legal => "legal",
            Paper::Tabloid => "tabloid",
        }
    }

    pub fn from_name(name: &str) -> Option<Paper> {
        Paper::ALL
            .into_iter()
            .find(|p| p.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The name people write: "A4", "Letter".
    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
            Paper::A2 => "A2",
            Paper::A1 => "A1",
            Paper::A0 => "A0",
            Paper::Letter => "Letter",
            Paper::Legal => "Legal",
            Paper::Tabloid => "Tabloid",
        }
    }

    /// Width and height in points, portrait (ISO 216 in millimetres; the
    /// US sizes in inches).
    pub fn portrait_pt(self) -> Vec2 {
        match self {
            Paper::A4 => vec2(mm(210.0), mm(297.0)),
            Paper::A3 => vec2(mm(297.0), mm(420.0)),
            Paper::A2 => vec2(mm(420.0), mm(594.0)),
            Paper::A1 => vec2(mm(594.0), mm(841.0)),
            Paper::A0 => vec2(mm(841.0), mm(1189.0)),
            Paper::Letter => vec2(612.0, 792.0),
            Paper::Legal => vec2(612.0, 1008.0),
            Paper::Tabloid => vec2(792.0, 1224.0),
        }
    }
}

/// Which way up a sheet is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Orientation {
    /// Whichever fits the map better (fit), or takes fewer sheets (tiles).
    #[default]
    Auto,
    Portrait,
    Landscape,
}

impl Orientation {
    fn sizes(self, paper: Paper) -> Vec<Vec2> {
        let p = paper.portrait_pt();
        let l = vec2(p.y, p.x);
        match self {
            Orientation::Auto => vec![l, p],
            Orientation::Portrait => vec![p],
            Orientation::Landscape => vec![l],
        }
    }
}

/// How the map is laid onto pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum PdfPages {
    /// One page exactly the size of the map picture.
    #[default]
    Poster,
    /// The map scaled to fit one sheet inside its margins, centred.
    Fit {
        paper: Paper,
        orientation: Orientation,
    },
    /// The map at `scale` × true size over as many sheets as it takes.
    Tile {
        paper: Paper,
        orientation: Orientation,
        scale: f32,
    },
}

/// One page of the plan: its size, where the picture goes on it (points
/// per map unit and the page position of the map's origin), what of it is
/// printed, and for a tile its place in the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub size: Vec2,
    pub scale: f32,
    pub origin: Vec2,
    /// The printable area (page points) the picture is clipped to.
    pub clip: Rect,
    /// (row, column) of a tile, from 0.
    pub tile: Option<(usize, usize)>,
}

/// The pages for a picture of `size` map units, and the grid of tiles
/// (rows, columns).
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub sheets: Vec<Sheet>,
    pub grid: (usize, usize),
}

/// The largest page side PDF allows (ISO 32000: 14,400 units, 5.08 m);
/// readers refuse or clip a larger page.
pub const MAX_PAGE_POINTS: f32 = 14_400.0;

impl Plan {
    pub fn new(pages: PdfPages, size: Vec2) -> Result<Plan, ExportError> {
        match pages {
            PdfPages::Poster => {
                let page = size * POINTS_PER_UNIT;
                if page.x > MAX_PAGE_POINTS || page.y > MAX_PAGE_POINTS {
                    let metres = |points: f32| format!("{:.1}", points / 72.0 * 0.0254);
                    let args = vec![
                        ("width", metres(page.x)),
                        ("height", metres(page.y)),
                        ("limit", metres(MAX_PAGE_POINTS)),
                    ];
                    return Err(ExportError::said("export-pdf-poster-too-big", args));
                }
                Ok(Plan {
                    sheets: vec![Sheet {
                        size: page,
                        scale: POINTS_PER_UNIT,
                        origin: Vec2::ZERO,
                        clip: Rect::from_min_size(pos2(0.0, 0.0), page),
                        tile: None,
                    }],
                    grid: (1, 1),
                })
            }
            PdfPages::Fit { paper, orientation } => {
                let margin = mm(MARGIN_MM);
                let fit = |page: Vec2| {
                    let inner = page - Vec2::splat(2.0 * margin);
                    (inner.x / size.x).min(inner.y / size.y)
                };
                let page = orientation
                    .sizes(paper)
                    .into_iter()
                    .max_by(|a, b| fit(*a).total_cmp(&fit(*b)))
                    .expect("one size at least");
                let scale = fit(page);
                let origin = (page - size * scale) / 2.0;
                Ok(Plan {
                    sheets: vec![Sheet {
                        size: page,
                        scale,
                        origin,
                        clip: Rect::from_min_size(pos2(0.0, 0.0), page),
                        tile: None,
                    }],
                    grid: (1, 1),
                })
            }
            PdfPages::Tile {
                paper,
                orientation,
                scale,
            } => tiles(paper, orientation, scale, size),
        }
    }
}

fn tiles(
    paper: Paper,
    orientation: Orientation,
    scale: f32,
    size: Vec2,
) -> Result<Plan, ExportError> {
    let (margin, overlap) = (mm(MARGIN_MM), mm(OVERLAP_MM));
    let points = scale * POINTS_PER_UNIT;
    let picture = size * points;
    let grid_for = |page: Vec2| {
        let inner = page - Vec2::splat(2.0 * margin);
        let step = inner - Vec2::splat(overlap);
        let count = |len: f32, step: f32| (((len - overlap) / step).ceil() as usize).max(1);
        (
            count(picture.y, step.y),
            count(picture.x, step.x),
            inner,
            step,
        )
    };
    let page = orientation
        .sizes(paper)
        .into_iter()
        .min_by_key(|p| {
            let (rows, cols, ..) = grid_for(*p);
            rows * cols
        })
        .expect("one size at least");
    let (rows, cols, inner, step) = grid_for(page);
    if rows * cols > MAX_SHEETS {
        let args = vec![
            ("scale", scale.to_string()),
            ("rows", rows.to_string()),
            ("columns", cols.to_string()),
            ("sheets", (rows * cols).to_string()),
            ("paper", paper.name().to_uppercase()),
            ("limit", MAX_SHEETS.to_string()),
        ];
        return Err(ExportError::said("export-pdf-too-many-sheets", args));
    }
    let mut sheets = Vec::with_capacity(rows * cols);
    for row in 0..rows {
        for col in 0..cols {
            let offset = vec2(col as f32 * step.x, row as f32 * step.y);
            sheets.push(Sheet {
                size: page,
                scale: points,
                origin: Vec2::splat(margin) - offset,
                clip: Rect::from_min_size(pos2(margin, margin), inner),
                tile: Some((row, col)),
            });
        }
    }
    Ok(Plan {
        sheets,
        grid: (rows, cols),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_poster_larger_than_a_pdf_page_may_be_is_refused_with_a_hint() {
        // 20,000 cards: about 24,240 × 25,980 map units.
        let e = Plan::new(PdfPages::Poster, vec2(24_240.0, 25_980.0)).unwrap_err();
        assert_eq!(e.key, "export-pdf-poster-too-big");
        assert!(e.to_string().contains("--page a0"), "{e}");
        assert!(e.to_string().contains("5.1 m"), "{e}");
        // Just under the limit is a poster.
        let side = MAX_PAGE_POINTS / POINTS_PER_UNIT - 1.0;
        assert!(Plan::new(PdfPages::Poster, vec2(side, side)).is_ok());
    }

    #[test]
    fn a3_is_the_iso_size_and_fit_picks_the_better_orientation() {
        let a3 = Paper::A3.portrait_pt();
        assert!((a3.x - 841.89).abs() < 0.01 && (a3.y - 1190.55).abs() < 0.01);
        let wide = Plan::new(
            PdfPages::Fit {
                paper: Paper::A3,
                orientation: Orientation::Auto,
            },
            vec2(2000.0, 1000.0),
        )
        .unwrap();
        assert!(wide.sheets[0].size.x > wide.sheets[0].size.y, "landscape");
    }

    #[test]
    fn tiles_cover_the_picture_with_overlap() {
        let plan = Plan::new(
            PdfPages::Tile {
                paper: Paper::A4,
                orientation: Orientation::Auto,
                scale: 1.0,
            },
            vec2(1680.0, 1100.0),
        )
        .unwrap();
        let (rows, cols) = plan.grid;
        assert_eq!(plan.sheets.len(), rows * cols);
        let last = plan.sheets.last().unwrap();
        // The last tile's printable area reaches the picture's far corner.
        let far = last.clip.max.to_vec2() - last.origin;
        assert!(far.x >= 1680.0 * 0.75 && far.y >= 1100.0 * 0.75, "{far:?}");
        assert!(
            Plan::new(
                PdfPages::Tile {
                    paper: Paper::A4,
                    orientation: Orientation::Auto,
                    scale: 40.0
                },
                vec2(1680.0, 1100.0)
            )
            .is_err()
        );
    }
}
