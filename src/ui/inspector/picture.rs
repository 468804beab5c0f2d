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

/// The picture section of the card inspector.
pub fn picture_ui(ui: &mut Ui, map: &JourneyMap, card: &Card, out: &mut Vec<Intent>) {
    ui.label(RichText::new(t!("card-picture")).small().strong());
    match &card.image {
        Some(path) => {
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
