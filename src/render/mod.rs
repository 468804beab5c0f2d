//! The picture of a map as a flat list of primitives (a display list), built
//! from the layout. The canvas paints it with egui and the SVG writer
//! serialises it, so the export and the screen are the same drawing.

mod band;
mod cards;
pub mod compare;
mod lanes;
mod legend;
mod picture;
mod prim;
mod scene;

pub use crate::style::heat_hue;
pub use band::{stage_band, stage_label_shifts};
pub use cards::{filter_veils, rounded_rect_outline};
pub use picture::{
    COMPARISON_TITLE, ComparisonPicture, Picture, PictureOptions, comparison_picture, footer_text,
    map_footer, picture,
};
pub use prim::{Prim, Stroke};
pub use scene::{Scene, build_scene, build_scene_with};
