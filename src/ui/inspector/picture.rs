//! A card's picture in the inspector: which file it shows, its alt text,
//! and choosing, replacing or removing it (each one undo step; the alt
//! text's whole edit is one).

use egui::{RichText, Ui};

use super::fields::text_field;
use crate::edit::{self, Command};
use crate::model::{Card, JourneyMap};
use crate::t;
use crate::ui::files::Purpose;
use crate::ui::intent::Intent;

/// What the inspector needs to show a card's picture: the canvas's
/// picture cache (decoded off the UI thread) and the map's folder.
pub struct Preview<'a> {
    pub cache: &'a mut crate::ui::picture_cache::PictureCache,
    pub dir: Option<&'a std::path::Path>,
}

/// Widest the preview is drawn; it keeps the picture's shape below that.
const PREVIEW_WIDTH: f32 = 260.0;

/// The picture section of the card inspector.
pub fn picture_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    card: &Card,
    preview: &mut Preview,
    out: &mut Vec<Intent>,
) {
    ui.label(RichText::new(t!("card-picture")).small().strong());
    match &card.image {
        Some(path) => {
            preview_ui(ui, path, card.alt.as_deref(), preview);
            let name = std::path::Path::new(path)
                .file_name()
                .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
            ui.label(RichText::new(name).weak())
                .on_hover_text(path.as_str());
            let mut alt = card.alt.clone().unwrap_or_default();
            let mut no_focus = false;
            if text_field(
                ui,
                &t!("card-picture-alt"),
                &mut alt,
                false,
                &mut no_focus,
                out,
            ) {
                let mut edited = card.clone();
                edited.alt = Some(alt).filter(|a| !a.trim().is_empty());
                out.push(Intent::Apply(
                    Command::UpdateCard { card: edited },
                    "Edit card",
                ));
            }
        }
        None => {
            ui.label(RichText::new(t!("card-picture-hint")).weak().small());
        }
    }
    ui.horizontal(|ui| {
        let choose = match card.image {
            Some(_) => t!("card-picture-replace"),
            None => t!("card-picture-choose"),
        };
        if ui.button(choose).clicked() {
            out.push(Intent::Dialog(Purpose::CardPicture(card.id)));
        }
        if card.image.is_some()
            && ui.button(t!("card-picture-remove")).clicked()
            && let Some(e) = edit::set_card_picture(map, card.id, None, None)
        {
            out.push(Intent::Edit(e));
        }
    });
    ui.add_space(4.0);
}

/// The picture itself, as large as the panel allows (at most
/// [`PREVIEW_WIDTH`]) in its own shape; a line saying it is missing, or
/// nothing while it is decoded.
fn preview_ui(ui: &mut Ui, path: &str, alt: Option<&str>, preview: &mut Preview) {
    let file = crate::model::resolve_photo(path, preview.dir);
    if !file.is_file() {
        ui.label(RichText::new(t!("card-picture-missing")).weak().small());
        return;
    }
    let width = ui.available_width().min(PREVIEW_WIDTH);
    let pixels = width * ui.ctx().pixels_per_point();
    let Some((texture, size)) = preview.cache.texture(ui.ctx(), &file, pixels) else {
        return;
    };
    let scale = (width / size.x.max(1.0)).min(width * 0.75 / size.y.max(1.0));
    let image = egui::Image::new((texture, size * scale))
        .corner_radius(3.0)
        .alt_text(alt.unwrap_or(path));
    ui.add(image);
}
