//! The display list drawn onto a PDF surface: the third backend of the same
//! `Prim`s the canvas and the SVG writer draw. Text stays text (one line of
//! the layout per `draw_text`, placed at the layout's baseline, as the SVG
//! writer does), in the embedded Noto Sans, which krilla subsets with a
//! Unicode map so copying and searching give the letters back.

use std::collections::HashMap;

use egui::Pos2;
use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke as PdfStroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::export::photo::Photos;
use crate::fonts::FontStyle;
use crate::render::{Prim, Stroke};
use crate::style::Rgba;

/// The embedded fonts, each loaded once per document.
pub struct Fonts {
    regular: Font,
    bold: Font,
    italic: Font,
}

impl Fonts {
    pub fn new() -> Fonts {
        let load = |data: &'static [u8]| Font::new(data.into(), 0).expect("embedded font parses");
        Fonts {
            regular: load(crate::fonts::REGULAR),
            bold: load(crate::fonts::BOLD),
            italic: load(crate::fonts::ITALIC),
        }
    }

    pub fn regular(&self) -> Font {
        self.regular.clone()
    }

    fn of(&self, style: FontStyle) -> Font {
        match style {
            FontStyle::Regular => self.regular.clone(),
            FontStyle::Bold => self.bold.clone(),
            FontStyle::Italic => self.italic.clone(),
        }
    }
}

/// Photos as PDF images, each decoded once and embedded once however many
/// pages draw it.
#[derive(Default)]
pub struct Images {
    by_path: HashMap<String, Option<Image>>,
    /// Card pictures, apart from photos: one file may be both, cut differently.
    pictures: HashMap<String, Option<Image>>,
}

impl Images {
    fn get(&mut self, path: &str, photos: &Photos) -> Option<Image> {
        self.by_path
            .entry(path.to_string())
            .or_insert_with(|| {
                let png = photos.png(path)?.to_vec();
                Image::from_png(png.into(), true).ok()
            })
            .clone()
    }

    fn picture(&mut self, path: &str, photos: &Photos) -> Option<Image> {
        self.pictures
            .entry(path.to_string())
            .or_insert_with(|| {
                let picture = photos.picture(path)?;
                let data = picture.bytes.clone().into();
                match picture.jpeg {
                    true => Image::from_jpeg(data, true).ok(),
                    false => Image::from_png(data, true).ok(),
                }
            })
            .clone()
    }
}

/// What every page draws with.
pub struct Resources<'a> {
    pub fonts: Fonts,
    pub images: Images,
    pub photos: &'a Photos,
}

fn color(c: Rgba) -> (rgb::Color, NormalizedF32) {
    let alpha = NormalizedF32::new(c.3 as f32 / 255.0).unwrap_or(NormalizedF32::ONE);
    (rgb::Color::new(c.0, c.1, c.2), alpha)
}

fn fill(c: Rgba) -> Fill {
    let (paint, opacity) = color(c);
    Fill {
        paint: paint.into(),
        opacity,
        rule: FillRule::NonZero,
    }
}

fn stroke(s: Stroke) -> PdfStroke {
    let (paint, opacity) = color(s.color);
    PdfStroke {
        paint: paint.into(),
        width: s.width,
        opacity,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        dash: s.dash.map(|(dash, gap)| StrokeDash {
            array: vec![dash, gap],
            offset: 0.0,
        }),
        ..PdfStroke::default()
    }
}

/// Bézier handle length for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

fn rounded_rect(rect: egui::Rect, radius: f32) -> Option<Path> {
    let r = radius
        .min(rect.width() / 2.0)
        .min(rect.height() / 2.0)
        .max(0.0);
    let (l, t, rt, b) = (rect.left(), rect.top(), rect.right(), rect.bottom());
    let k = r * KAPPA;
    let mut pb = PathBuilder::new();
    pb.move_to(l + r, t);
    pb.line_to(rt - r, t);
    pb.cubic_to(rt - r + k, t, rt, t + r - k, rt, t + r);
    pb.line_to(rt, b - r);
    pb.cubic_to(rt, b - r + k, rt - r + k, b, rt - r, b);
    pb.line_to(l + r, b);
    pb.cubic_to(l + r - k, b, l, b - r + k, l, b - r);
    pb.line_to(l, t + r);
    pb.cubic_to(l, t + r - k, l + r - k, t, l + r, t);
    pb.close();
    pb.finish()
}

pub(super) fn circle(center: Pos2, r: f32) -> Option<Path> {
    let (x, y, k) = (center.x, center.y, r * KAPPA);
    let mut pb = PathBuilder::new();
    pb.move_to(x + r, y);
    pb.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    pb.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    pb.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    pb.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    pb.close();
    pb.finish()
}

fn polyline(points: &[Pos2], closed: bool) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    let mut pb = PathBuilder::new();
    pb.move_to(first.x, first.y);
    for p in rest {
        pb.line_to(p.x, p.y);
    }
    if closed {
        pb.close();
    }
    pb.finish()
}

/// Fill and/or stroke `path`.
fn paint(surface: &mut Surface, path: Option<Path>, f: Option<Rgba>, s: Option<Stroke>) {
    let Some(path) = path else { return };
    surface.set_fill(f.map(fill));
    surface.set_stroke(s.map(stroke));
    surface.draw_path(&path);
}

/// Draw `prims` (map units) under the surface's current transform.
pub fn draw_prims<'p>(
    surface: &mut Surface,
    prims: impl Iterator<Item = &'p Prim>,
    res: &mut Resources,
) {
    for prim in prims {
        match prim {
            Prim::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => paint(surface, rounded_rect(*rect, *radius), *fill, *stroke),
            Prim::Circle {
                center,
                radius,
                fill,
                stroke,
            } => paint(surface, circle(*center, *radius), *fill, *stroke),
            Prim::Polygon { points, fill } => {
                paint(surface, polyline(points, true), Some(*fill), None)
            }
            Prim::Triangles { triangles, fill } => {
                let mut pb = PathBuilder::new();
                for t in triangles {
                    pb.move_to(t[0].x, t[0].y);
                    pb.line_to(t[1].x, t[1].y);
                    pb.line_to(t[2].x, t[2].y);
                    pb.close();
                }
                paint(surface, pb.finish(), Some(*fill), None);
            }
            Prim::Path {
                points,
                closed,
                stroke,
            } => paint(surface, polyline(points, *closed), None, Some(*stroke)),
            Prim::Text { block, color } => {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*color)));
                let font = res.fonts.of(block.style);
                for line in block.lines() {
                    surface.draw_text(
                        Point::from_xy(line.baseline.x, line.baseline.y),
                        font.clone(),
                        block.size_px,
                        &line.text,
                        false,
                        TextDirection::Auto,
                    );
                }
            }
            Prim::Photo {
                center,
                radius,
                path,
            } => {
                // Nothing for a photo that cannot be read: the initials
                // beneath stay visible, as in SVG and PNG.
                let (Some(image), Some(clip), Some(size)) = (
                    res.images.get(path, res.photos),
                    circle(*center, *radius),
                    Size::from_wh(2.0 * radius, 2.0 * radius),
                ) else {
                    continue;
                };
                surface.push_clip_path(&clip, &FillRule::NonZero);
                surface.push_transform(&Transform::from_translate(
                    center.x - radius,
                    center.y - radius,
                ));
                surface.draw_image(image, size);
                surface.pop();
                surface.pop();
            }
            Prim::Picture {
                rect,
                path,
                backdrop,
                ..
            } => {
                // Nothing for a picture that cannot be read: the
                // placeholder beneath stays visible, as in SVG and PNG.
                let Some(image) = res.images.picture(path, res.photos) else {
                    continue;
                };
                let Some(fitted) = res.photos.picture(path).map(|p| p.fitted(*rect)) else {
                    continue;
                };
                paint(surface, rounded_rect(*rect, 0.0), Some(*backdrop), None);
                let Some(size) = Size::from_wh(fitted.width(), fitted.height()) else {
                    continue;
                };
                surface.push_transform(&Transform::from_translate(fitted.left(), fitted.top()));
                surface.draw_image(image, size);
                surface.pop();
            }
        }
    }
}
