//! Named colours. The document stores a hue name, never RGB: the renderer
//! picks the light or dark variant for the theme, which keeps text contrast
//! right in both and keeps files readable.

use serde::{Deserialize, Serialize};

/// A calm hue from the journeymap palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Hue {
    Blue,
    Teal,
    Green,
    Lime,
    Yellow,
    Orange,
    Red,
    Pink,
    Purple,
    Gray,
}

impl Hue {
    /// Every hue, in palette order (for pickers).
    pub const ALL: [Hue; 10] = [
        Hue::Blue,
        Hue::Teal,
        Hue::Green,
        Hue::Lime,
        Hue::Yellow,
        Hue::Orange,
        Hue::Red,
        Hue::Pink,
        Hue::Purple,
        Hue::Gray,
    ];

    /// Human name, as shown in menus.
    pub fn label(self) -> &'static str {
        match self {
            Hue::Blue => "Blue",
            Hue::Teal => "Teal",
            Hue::Green => "Green",
            Hue::Lime => "Lime",
            Hue::Yellow => "Yellow",
            Hue::Orange => "Orange",
            Hue::Red => "Red",
            Hue::Pink => "Pink",
            Hue::Purple => "Purple",
            Hue::Gray => "Gray",
        }
    }
}
