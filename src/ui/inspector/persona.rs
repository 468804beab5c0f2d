//! Inspector for a persona: every field, a photo with a thumbnail, and
//! removal that also removes the persona's curves and card tags (one step).

use egui::{RichText, Ui};

use super::fields::{enum_combo, text_field};
use crate::edit::{self, Command};
use crate::i18n::{names, ui_lang};
use crate::model::{Hue, JourneyMap};
use crate::t;
use crate::ui::command::UiCommand;
use crate::ui::intent::Intent;
use crate::ui::selection::Selection;

/// Draw the persona at `index`; edits go out as intents.
pub fn persona_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    map_dir: Option<&std::path::Path>,
    index: usize,
    focus: &mut bool,
    out: &mut Vec<Intent>,
) {
    let persona = &map.personas[index];
    ui.heading(t!("persona-persona"));
    ui.add_space(6.0);
    if let Some(photo) = &persona.photo {
        match crate::model::photo_file(photo, map_dir) {
            Ok(file) => {
                let uri = format!("file://{}", file.display());
                ui.add(
                    egui::Image::new(uri)
                        .max_size(egui::vec2(96.0, 96.0))
                        .corner_radius(48),
                );
            }
            // Said here, where the photo would be; the map keeps the path.
            Err(why) => {
                ui.label(
                    RichText::new(t!(
                        "persona-photo-unreadable",
                        photo = photo,
                        error = crate::i18n::text::photo_error(ui_lang(), &why)
                    ))
                    .small()
                    .weak(),
                );
            }
        }
    }
    let mut e = persona.clone();
    let mut changed = text_field(ui, &t!("persona-name"), &mut e.name, false, focus, out);
    let mut no_focus = false;
    changed |= text_field(
        ui,
        &t!("persona-role-or-occupation"),
        &mut e.role,
        false,
        &mut no_focus,
        out,
    );
    // Empty until given: a new persona has no age, not "0".
    let mut age = e.age.map(|a| a.to_string()).unwrap_or_default();
    if text_field(ui, &t!("persona-age"), &mut age, false, &mut no_focus, out) {
        let digits: String = age.chars().filter(char::is_ascii_digit).collect();
        e.age = digits
            .parse::<u32>()
            .ok()
            .filter(|a| *a > 0)
            .map(|a| a.min(150));
        changed = true;
    }
    let mut goals = e.goals.join("\n");
    if text_field(
        ui,
        &t!("persona-goals-one-per-line"),
        &mut goals,
        true,
        &mut no_focus,
        out,
    ) {
        e.goals = lines(&goals);
        changed = true;
    }
    let mut frustrations = e.frustrations.join("\n");
    if text_field(
        ui,
        &t!("persona-frustrations-one-per-line"),
        &mut frustrations,
        true,
        &mut no_focus,
        out,
    ) {
        e.frustrations = lines(&frustrations);
        changed = true;
    }
    changed |= text_field(
        ui,
        &t!("persona-quote"),
        &mut e.quote,
        true,
        &mut no_focus,
        out,
    );
    if changed {
        out.push(Intent::Apply(
            Command::UpdatePersona { persona: e },
            "Edit persona",
        ));
    }
    if let Some(Some(h)) = enum_combo(
        ui,
        &t!("persona-colour"),
        ("persona-hue", persona.id),
        Some(persona.color),
        &Hue::ALL,
        |h| names::hue(ui_lang(), h),
        None,
    ) {
        let mut p = persona.clone();
        p.color = h;
        out.push(Intent::Edit(edit::Edit::one(
            "Set persona colour",
            Command::UpdatePersona { persona: p },
        )));
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button(t!("persona-choose-photo")).clicked() {
            out.push(Intent::Dialog(crate::ui::files::Purpose::Photo(persona.id)));
        }
        if persona.photo.is_some() && ui.button(t!("persona-remove-photo")).clicked() {
            let mut p = persona.clone();
            p.photo = None;
            out.push(Intent::Edit(edit::Edit::one(
                "Remove photo",
                Command::UpdatePersona { persona: p },
            )));
        }
    });
    ui.add_space(8.0);
    if ui
        .button(t!("persona-delete-persona"))
        .on_hover_text(t!("persona-also-removes-their-emotion-curves-and"))
        .clicked()
    {
        out.push(Intent::RemovePersona(persona.id));
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Personas in the map inspector: a button each, and "Add persona".
pub fn personas_list_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Vec<Intent>) {
    ui.add_space(8.0);
    ui.label(RichText::new(t!("persona-personas")).small().strong());
    for p in &map.personas {
        if ui
            .button(t!("persona-edit-named", name = &p.name))
            .clicked()
        {
            out.push(Intent::Select(Selection::Persona(p.id)));
        }
    }
    if ui
        .button(UiCommand::AddPersona.label())
        .on_hover_text(UiCommand::AddPersona.tooltip())
        .clicked()
    {
        out.push(Intent::Run(UiCommand::AddPersona));
    }
}
