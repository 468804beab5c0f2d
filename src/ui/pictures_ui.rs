//! The question asked once about pictures from outside the map's folder:
//! copy them beside the map, or link to them where they are.

use std::path::PathBuf;

use super::intent::{Intent, PictureIntent, PictureTarget};
use crate::t;

/// "Copy these pictures beside the map?"; the answer is remembered (the
/// preferences keep it).
pub fn outside_picture_ui(
    ctx: &egui::Context,
    files: &[PathBuf],
    target: PictureTarget,
    out: &mut Vec<Intent>,
) {
    let modal = egui::Modal::new(egui::Id::unique("outside-picture")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        let names: Vec<String> = (files.iter())
            .map(|f| {
                f.file_name().map_or_else(
                    || f.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            })
            .collect();
        ui.heading(t!("picture-outside-title", file = names.join(", ")));
        ui.label(t!("picture-outside-body"));
        ui.add_space(8.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            if ui.button(t!("picture-outside-copy")).clicked() {
                answer = Some(true);
            }
            if ui.button(t!("picture-outside-link")).clicked() {
                answer = Some(false);
            }
        });
        ui.label(
            egui::RichText::new(t!("picture-outside-remembered"))
                .weak()
                .small(),
        );
        answer
    });
    if let Some(copy) = modal.inner {
        out.push(Intent::CloseModal);
        out.push(Intent::Picture(PictureIntent::Outside {
            files: files.to_vec(),
            target,
            copy,
        }));
    } else if modal.should_close() {
        out.push(Intent::CloseModal);
    }
}

/// Edit → Pictures from other folders: what happens to a picture from
/// outside the map's folder (the answer to the question above, changed).
pub fn outside_policy_menu_ui(ui: &mut egui::Ui, current: Option<bool>, out: &mut Vec<Intent>) {
    for (policy, key) in [
        (None, "picture-policy-ask"),
        (Some(true), "picture-policy-copy"),
        (Some(false), "picture-policy-link"),
    ] {
        if ui.radio(current == policy, t!(key)).clicked() {
            out.push(Intent::Picture(PictureIntent::Policy(policy)));
            ui.close();
        }
    }
}
