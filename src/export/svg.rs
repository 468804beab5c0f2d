//! SVG from the display list: valid XML, text kept as text, one `<text>` per
//! laid-out row so line breaks match the canvas exactly.

use std::fmt::Write;

use egui::Pos2;

use crate::fonts::{FontStyle, SVG_FONT_STACK};
use crate::render::{Prim, Stroke};
use crate::style::Rgba;

/// Serialise primitives into an SVG document of `width` × `height` user units.
pub fn prims_to_svg<'a>(
    prims: impl Iterator<Item = &'a Prim>,
    width: f32,
    height: f32,
    title: &str,
    photos: &super::photo::Photos,
) -> String {
    let mut s = String::with_capacity(64 * 1024);
    let _ = writeln!(
        s,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{font}">"#,
        w = num(width),
        h = num(height),
        font = SVG_FONT_STACK.replace('\'', "&apos;"),
    );
    let _ = writeln!(s, "<title>{}</title>", escape(title));
    for (n, prim) in prims.enumerate() {
        match prim {
            Prim::Photo {
                center,
                radius,
                path,
            } => {
                if let Some(uri) = photos.uri(path) {
                    write_photo(&mut s, n, *center, *radius, &uri);
                }
            }
            Prim::Picture {
                rect,
                path,
                alt,
                backdrop,
            } => {
                if let Some(picture) = photos.picture(path) {
                    write_picture(&mut s, *rect, &picture.uri(), alt.as_deref(), *backdrop);
                }
            }
            _ => write_prim(&mut s, prim),
        }
    }
    s.push_str("</svg>\n");
    s
}

fn write_prim(s: &mut String, prim: &Prim) {
    match prim {
        Prim::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                s,
                r#"<rect x="{}" y="{}" width="{}" height="{}""#,
                num(rect.left()),
                num(rect.top()),
                num(rect.width()),
                num(rect.height())
            );
            if *radius > 0.0 {
                let _ = write!(s, r#" rx="{}""#, num(*radius));
            }
            paint(s, *fill, *stroke);
            s.push_str("/>\n");
        }
        Prim::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                s,
                r#"<circle cx="{}" cy="{}" r="{}""#,
                num(center.x),
                num(center.y),
                num(*radius)
            );
            paint(s, *fill, *stroke);
            s.push_str("/>\n");
        }
        Prim::Polygon { points, fill } => {
            s.push_str(r#"<polygon points=""#);
            point_list(s, points);
            s.push('"');
            paint(s, Some(*fill), None);
            s.push_str("/>\n");
        }
        Prim::Triangles { triangles, fill } => {
            s.push_str(r#"<path d=""#);
            for t in triangles {
                let _ = write!(
                    s,
                    "M{} {}L{} {}L{} {}Z",
                    num(t[0].x),
                    num(t[0].y),
                    num(t[1].x),
                    num(t[1].y),
                    num(t[2].x),
                    num(t[2].y)
                );
            }
            s.push('"');
            paint(s, Some(*fill), None);
            s.push_str("/>\n");
        }
        Prim::Path {
            points,
            closed,
            stroke,
        } => {
            s.push_str(if *closed {
                "<polygon points=\""
            } else {
                "<polyline points=\""
            });
            point_list(s, points);
            s.push('"');
            paint(s, None, Some(*stroke));
            s.push_str(r#" stroke-linejoin="round" stroke-linecap="round"/>"#);
            s.push('\n');
        }
        // Read beforehand: `write_photo`, `write_picture`.
        Prim::Photo { .. } | Prim::Picture { .. } => {}
        Prim::Text { block, color } => {
            let weight = match block.style {
                FontStyle::Bold => r#" font-weight="bold""#,
                _ => "",
            };
            let style = match block.style {
                FontStyle::Italic => r#" font-style="italic""#,
                _ => "",
            };
            for line in block.lines() {
                let _ = write!(
                    s,
                    r#"<text x="{}" y="{}" font-size="{}"{weight}{style} fill="{}"{} xml:space="preserve">{}</text>"#,
                    num(line.baseline.x),
                    num(line.baseline.y),
                    num(block.size_px),
                    color.to_hex(),
                    opacity_attr("fill-opacity", *color),
                    escape(&line.text)
                );
                s.push('\n');
            }
        }
    }
}

/// A photo clipped to a circle, embedded as a small PNG (`uri`). Nothing is
/// written for a photo that cannot be read: the initials beneath stay visible.
fn write_photo(s: &mut String, n: usize, center: Pos2, radius: f32, uri: &str) {
    let (x, y, d) = (
        num(center.x - radius),
        num(center.y - radius),
        num(2.0 * radius),
    );
    let _ = writeln!(
        s,
        r#"<clipPath id="photo{n}"><circle cx="{}" cy="{}" r="{}"/></clipPath>"#,
        num(center.x),
        num(center.y),
        num(radius)
    );
    let _ = writeln!(
        s,
        r#"<image x="{x}" y="{y}" width="{d}" height="{d}" preserveAspectRatio="xMidYMid slice" clip-path="url(#photo{n})" href="{uri}"/>"#
    );
}

/// A card's picture fitted into its frame on the backdrop (which covers the
/// placeholder beneath), embedded (`uri`), with its alt text as the image's
/// title. Nothing is written for a picture that cannot be read: the
/// placeholder stays visible.
fn write_picture(s: &mut String, rect: egui::Rect, uri: &str, alt: Option<&str>, backdrop: Rgba) {
    let (x, y, w, h) = (
        num(rect.left()),
        num(rect.top()),
        num(rect.width()),
        num(rect.height()),
    );
    let _ = writeln!(
        s,
        r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{}"{}/>"#,
        backdrop.to_hex(),
        opacity_attr("fill-opacity", backdrop)
    );
    let _ = write!(
        s,
        r#"<image x="{x}" y="{y}" width="{w}" height="{h}" preserveAspectRatio="xMidYMid meet" href="{uri}""#
    );
    match alt.map(str::trim).filter(|a| !a.is_empty()) {
        Some(alt) => {
            let _ = writeln!(s, "><title>{}</title></image>", escape(alt));
        }
        None => s.push_str("/>\n"),
    }
}

fn paint(s: &mut String, fill: Option<Rgba>, stroke: Option<Stroke>) {
    match fill {
        Some(c) => {
            let _ = write!(
                s,
                r#" fill="{}"{}"#,
                c.to_hex(),
                opacity_attr("fill-opacity", c)
            );
        }
        None => s.push_str(r#" fill="none""#),
    }
    if let Some(st) = stroke {
        let _ = write!(
            s,
            r#" stroke="{}" stroke-width="{}"{}"#,
            st.color.to_hex(),
            num(st.width),
            opacity_attr("stroke-opacity", st.color)
        );
        if let Some((dash, gap)) = st.dash {
            let _ = write!(s, r#" stroke-dasharray="{} {}""#, num(dash), num(gap));
        }
    }
}

fn opacity_attr(name: &str, c: Rgba) -> String {
    if c.3 == 255 {
        String::new()
    } else {
        format!(r#" {name}="{}""#, num(c.opacity()))
    }
}

fn point_list(s: &mut String, points: &[Pos2]) {
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{},{}", num(p.x), num(p.y));
    }
}

/// A coordinate with at most two decimals and no trailing zeros: small files,
/// stable diffs.
fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Escape text for XML and drop characters XML 1.0 forbids (most C0 controls,
/// U+FFFE, U+FFFF).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_handles_markup_and_forbidden_chars() {
        assert_eq!(
            escape("<a & 'b'> \"c\""),
            "&lt;a &amp; &apos;b&apos;&gt; &quot;c&quot;"
        );
        assert_eq!(escape("x\u{0}\u{1b}y\u{FFFF}"), "xy");
        assert_eq!(escape("]]>"), "]]&gt;");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
    }
}
