//! The embedded fonts, shared by the canvas (egui) and the PNG exporter (resvg)
//! so both shape and draw text alike on every machine.

use std::sync::Arc;

use egui::epaint::text::{FontData, FontDefinitions, FontFamily};

/// Noto Sans: Latin, Latvian, Cyrillic, Greek. SIL OFL (assets/fonts/OFL.txt).
pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Bold weight, for titles and stage names.
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
/// Italic style, for quotes and thoughts.
pub const ITALIC: &[u8] = include_bytes!("../assets/fonts/NotoSans-Italic.ttf");

/// The family name written into SVG files.
pub const FAMILY_NAME: &str = "Noto Sans";
/// The CSS font stack written into SVG files: ours first, then common fallbacks.
pub const SVG_FONT_STACK: &str = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/// The text styles of a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FontStyle {
    Regular,
    Bold,
    Italic,
}

impl FontStyle {
    /// The egui family holding this style.
    pub fn family(self) -> FontFamily {
        match self {
            FontStyle::Regular => FontFamily::Proportional,
            FontStyle::Bold => FontFamily::Name("bold".into()),
            FontStyle::Italic => FontFamily::Name("italic".into()),
        }
    }
}

/// Font definitions for egui: Noto Sans first in every family; egui's own
/// fonts (when compiled in) stay behind it for UI symbols and emoji.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(
        "noto-regular".into(),
        Arc::new(FontData::from_static(REGULAR)),
    );
    defs.font_data
        .insert("noto-bold".into(), Arc::new(FontData::from_static(BOLD)));
    defs.font_data.insert(
        "noto-italic".into(),
        Arc::new(FontData::from_static(ITALIC)),
    );
    let fallbacks = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let with = |first: &str| {
        let mut list = vec![first.to_string()];
        list.extend(fallbacks.iter().cloned());
        list
    };
    defs.families
        .insert(FontFamily::Proportional, with("noto-regular"));
    defs.families
        .insert(FontStyle::Bold.family(), with("noto-bold"));
    defs.families
        .insert(FontStyle::Italic.family(), with("noto-italic"));
    defs
}
