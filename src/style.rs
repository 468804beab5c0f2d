//! Colours of a map for the light and dark themes, shared by canvas and export.
//! Text colours meet WCAG AA (4.5:1) on the fills they are used on.

use serde::{Deserialize, Serialize};

use crate::model::Hue;

/// An sRGB colour with alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

impl Rgba {
    const fn hex(v: u32) -> Self {
        Rgba((v >> 16) as u8, (v >> 8) as u8, v as u8, 255)
    }

    /// The same colour with alpha `a`.
    pub fn with_alpha(self, a: u8) -> Self {
        Rgba(self.0, self.1, self.2, a)
    }

    /// `#rrggbb` for SVG.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Alpha as 0…1 for SVG opacity attributes.
    pub fn opacity(self) -> f32 {
        self.3 as f32 / 255.0
    }
}

/// Light or dark rendering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// Shades of one hue, lightest to darkest: 50, 100, 300, 500, 700, 900.
struct Shades([Rgba; 6]);

fn shades(hue: Hue) -> Shades {
    let s = |a, b, c, d, e, f| {
        Shades([
            Rgba::hex(a),
            Rgba::hex(b),
            Rgba::hex(c),
            Rgba::hex(d),
            Rgba::hex(e),
            Rgba::hex(f),
        ])
    };
    match hue {
        Hue::Blue => s(0xEFF6FF, 0xDBEAFE, 0x93C5FD, 0x3B82F6, 0x1D4ED8, 0x1E3A8A),
        Hue::Teal => s(0xF0FDFA, 0xCCFBF1, 0x5EEAD4, 0x14B8A6, 0x0F766E, 0x134E4A),
        Hue::Green => s(0xF0FDF4, 0xDCFCE7, 0x86EFAC, 0x22C55E, 0x15803D, 0x14532D),
        Hue::Lime => s(0xF7FEE7, 0xECFCCB, 0xBEF264, 0x84CC16, 0x4D7C0F, 0x365314),
        Hue::Yellow => s(0xFFFBEB, 0xFEF3C7, 0xFCD34D, 0xF59E0B, 0xB45309, 0x78350F),
        Hue::Orange => s(0xFFF7ED, 0xFFEDD5, 0xFDBA74, 0xF97316, 0xC2410C, 0x7C2D12),
        Hue::Red => s(0xFEF2F2, 0xFEE2E2, 0xFCA5A5, 0xEF4444, 0xB91C1C, 0x7F1D1D),
        Hue::Pink => s(0xFDF2F8, 0xFCE7F3, 0xF9A8D4, 0xEC4899, 0xBE185D, 0x831843),
        Hue::Purple => s(0xF5F3FF, 0xEDE9FE, 0xC4B5FD, 0x8B5CF6, 0x6D28D9, 0x4C1D95),
        Hue::Gray => s(0xF8FAFC, 0xF1F5F9, 0xCBD5E1, 0x64748B, 0x334155, 0x0F172A),
    }
}

/// Mix `a` toward `b` by `t` (0 = a, 1 = b).
fn mix(a: Rgba, b: Rgba, t: f32) -> Rgba {
    let m = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Rgba(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2), 255)
}

impl Theme {
    /// Is this the dark theme?
    pub fn is_dark(self) -> bool {
        self == Theme::Dark
    }

    /// Page background behind the map.
    pub fn background(self) -> Rgba {
        match self {
            Theme::Light => Rgba::hex(0xFFFFFF),
            Theme::Dark => Rgba::hex(0x17181C),
        }
    }

    /// Main text colour on the background.
    pub fn text(self) -> Rgba {
        match self {
            Theme::Light => Rgba::hex(0x1F2937),
            Theme::Dark => Rgba::hex(0xE5E7EB),
        }
    }

    /// Secondary text (descriptions, scale labels).
    pub fn text_muted(self) -> Rgba {
        match self {
            Theme::Light => Rgba::hex(0x4B5563),
            Theme::Dark => Rgba::hex(0xA1A1AA),
        }
    }

    /// Alternate lane background; `odd` rows get the faint tint.
    pub fn lane_band(self, odd: bool) -> Rgba {
        match (self, odd) {
            (Theme::Light, false) => Rgba::hex(0xFFFFFF),
            (Theme::Light, true) => Rgba::hex(0xF6F7F9),
            (Theme::Dark, false) => Rgba::hex(0x17181C),
            (Theme::Dark, true) => Rgba::hex(0x1E2026),
        }
    }

    /// Band colour for lanes below the line of visibility: cooler, greyer.
    pub fn backstage_band(self, odd: bool) -> Rgba {
        match (self, odd) {
            (Theme::Light, false) => Rgba::hex(0xF1F4F8),
            (Theme::Light, true) => Rgba::hex(0xE9EDF3),
            (Theme::Dark, false) => Rgba::hex(0x1A1D24),
            (Theme::Dark, true) => Rgba::hex(0x20242C),
        }
    }

    /// Thin separators and the emotion scale grid.
    pub fn grid_line(self) -> Rgba {
        match self {
            Theme::Light => Rgba::hex(0xE2E5EA),
            Theme::Dark => Rgba::hex(0x2E3139),
        }
    }

    /// Card fill in `hue`.
    pub fn card_fill(self, hue: Hue) -> Rgba {
        let s = shades(hue).0;
        match self {
            Theme::Light => s[1],
            Theme::Dark => mix(s[5], self.background(), 0.35),
        }
    }

    /// Card border in `hue` (1 px, darker than the fill).
    pub fn card_border(self, hue: Hue) -> Rgba {
        let s = shades(hue).0;
        match self {
            Theme::Light => s[2],
            Theme::Dark => s[4],
        }
    }

    /// Text on a card of `hue`.
    pub fn card_text(self, hue: Hue) -> Rgba {
        let s = shades(hue).0;
        match self {
            Theme::Light => mix(s[5], Rgba::hex(0x111827), 0.5),
            Theme::Dark => s[0],
        }
    }

    /// Find's marks, as a highlighter pen: the fill over every result, its
    /// outline, and the stronger outline of the current result.
    pub fn find_marks(self) -> [Rgba; 3] {
        let yellow = shades(Hue::Yellow).0;
        let orange = shades(Hue::Orange).0;
        [yellow[2], yellow[3], orange[3]]
    }

    /// Saturated accent of `hue`: lane tags, curve lines, markers.
    pub fn accent(self, hue: Hue) -> Rgba {
        let s = shades(hue).0;
        match self {
            Theme::Light => s[4],
            Theme::Dark => s[2],
        }
    }

    /// Stage header fill; white text on it passes AA in both themes.
    pub fn stage_fill(self, hue: Hue) -> Rgba {
        shades(hue).0[4]
    }

    /// Text on stage headers.
    pub fn stage_text(self) -> Rgba {
        Rgba::hex(0xFFFFFF)
    }

    /// Fill of the persona cards and the header band.
    pub fn surface(self) -> Rgba {
        match self {
            Theme::Light => Rgba::hex(0xF8FAFC),
            Theme::Dark => Rgba::hex(0x202229),
        }
    }

    /// Behind a card's picture: the empty frame, and the margins of a
    /// picture whose shape is not the frame's.
    pub fn picture_backdrop(self) -> Rgba {
        match self {
            Theme::Light => Rgba::hex(0xF1F5F9),
            Theme::Dark => Rgba::hex(0x2A2D35),
        }
    }

    /// Tint above the emotion zero line.
    pub fn positive_area(self) -> Rgba {
        shades(Hue::Green).0[3].with_alpha(if self.is_dark() { 48 } else { 40 })
    }

    /// Tint below the emotion zero line.
    pub fn negative_area(self) -> Rgba {
        shades(Hue::Red).0[3].with_alpha(if self.is_dark() { 48 } else { 40 })
    }

    /// Face colour of an emotion point, from its position on the scale (0…1).
    pub fn face_fill(self, normalized: f32) -> Rgba {
        let hue = if normalized >= 0.75 {
            Hue::Green
        } else if normalized > 0.55 {
            Hue::Lime
        } else if normalized >= 0.45 {
            Hue::Yellow
        } else if normalized > 0.25 {
            Hue::Orange
        } else {
            Hue::Red
        };
        shades(hue).0[if self.is_dark() { 2 } else { 1 }]
    }

    /// Outline and features of emotion faces.
    pub fn face_ink(self) -> Rgba {
        Rgba::hex(0x1F2937)
    }
}

/// The colour each stage of `stages` is drawn in: its own, or the next of
/// the rotation among the stages without one. A stage with its own colour
/// takes no turn, so adding one (new stages get their own) recolours no
/// other stage, and nothing needs writing into the others. Layout and the
/// edits that pick colours both use this.
pub fn stage_hues(stages: &[crate::model::Stage]) -> Vec<Hue> {
    let mut turn = 0;
    stages
        .iter()
        .map(|stage| {
            stage.color.unwrap_or_else(|| {
                turn += 1;
                rotation_hue(turn - 1)
            })
        })
        .collect()
}

/// The rotation's hue for position `index`.
pub fn rotation_hue(index: usize) -> Hue {
    STAGE_ROTATION[index % STAGE_ROTATION.len()]
}

/// Stage header hues in rotation when a stage has no colour of its own.
pub const STAGE_ROTATION: [Hue; 7] = [
    Hue::Blue,
    Hue::Teal,
    Hue::Green,
    Hue::Yellow,
    Hue::Orange,
    Hue::Pink,
    Hue::Purple,
];

/// Hue of a rated touchpoint under heat colouring: calm to hot by importance.
pub fn heat_hue(importance: u8) -> crate::model::Hue {
    use crate::model::Hue;
    match importance {
        0..=1 => Hue::Teal,
        2 => Hue::Lime,
        3 => Hue::Yellow,
        4 => Hue::Orange,
        _ => Hue::Red,
    }
}
