//! Inspector for a persona: every field, a photo with a thumbnail, and
//! removal that also removes the persona's curves and card tags (one step).

use egui::{RichText, Ui};

use super::selection::{Intent, Selection};
use crate::edit::Command;
use crate::model::{EmotionSeries, Hue, JourneyMap, Persona, PersonaId};

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
    ui.heading("Persona");
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
                    RichText::new(format!("Photo {photo} cannot be shown: {why}"))
                        .small()
                        .weak(),
                );
            }
        }
    }
    let mut e = persona.clone();
    let mut changed = super::inspector::text_field(ui, "Name", &mut e.name, false, focus, out);
    let mut no_focus = false;
    changed |= super::inspector::text_field(
        ui,
        "Role or occupation",
        &mut e.role,
        false,
        &mut no_focus,
        out,
    );
    ui.horizontal(|ui| {
        let l = ui.label("Age");
        let mut age = e.age.unwrap_or(0);
        if ui
            .add(egui::DragValue::new(&mut age).range(0..=120))
            .labelled_by(l.id)
            .changed()
        {
            e.age = (age > 0).then_some(age);
            changed = true;
        }
    });
    let mut goals = e.goals.join("\n");
    if super::inspector::text_field(
        ui,
        "Goals (one per line)",
        &mut goals,
        true,
        &mut no_focus,
        out,
    ) {
        e.goals = lines(&goals);
        changed = true;
    }
    let mut frustrations = e.frustrations.join("\n");
    if super::inspector::text_field(
        ui,
        "Frustrations (one per line)",
        &mut frustrations,
        true,
        &mut no_focus,
        out,
    ) {
        e.frustrations = lines(&frustrations);
        changed = true;
    }
    changed |= super::inspector::text_field(ui, "Quote", &mut e.quote, true, &mut no_focus, out);
    if changed {
        out.push(Intent::Apply(
            Command::UpdatePersona { persona: e },
            "Edit persona",
        ));
    }
    ui.horizontal(|ui| {
        let l = ui.label("Colour");
        egui::ComboBox::from_id_salt(("persona-hue", persona.id))
            .selected_text(persona.color.label())
            .show_ui(ui, |ui| {
                for h in Hue::ALL {
                    if ui.selectable_label(persona.color == h, h.label()).clicked()
                        && h != persona.color
                    {
                        let mut p = persona.clone();
                        p.color = h;
                        out.push(Intent::Apply(
                            Command::UpdatePersona { persona: p },
                            "Set persona colour",
                        ));
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button("Choose photo…").clicked() {
            out.push(Intent::ChoosePhoto(persona.id));
        }
        if persona.photo.is_some() && ui.button("Remove photo").clicked() {
            let mut p = persona.clone();
            p.photo = None;
            out.push(Intent::Apply(
                Command::UpdatePersona { persona: p },
                "Remove photo",
            ));
        }
    });
    ui.add_space(8.0);
    if ui
        .button("Delete persona")
        .on_hover_text("Also removes their emotion curves and card tags")
        .clicked()
    {
        out.extend(remove_persona_intents(map, persona.id));
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Remove a persona with its curves and card tags, as one undo step.
pub fn remove_persona_intents(map: &JourneyMap, id: PersonaId) -> Vec<Intent> {
    let label = "Delete persona";
    let mut out = vec![Intent::Begin(label)];
    for lane in &map.lanes {
        // Highest index first so earlier indices stay valid.
        for (i, _) in lane
            .series
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, s)| s.persona == Some(id))
        {
            out.push(Intent::Apply(
                Command::RemoveSeries {
                    lane: lane.id,
                    index: i,
                },
                label,
            ));
        }
        for card in lane.cards.iter().filter(|c| c.personas.contains(&id)) {
            let mut c = card.clone();
            c.personas.retain(|p| *p != id);
            out.push(Intent::Apply(Command::UpdateCard { card: c }, label));
        }
    }
    out.push(Intent::Apply(Command::RemovePersona { persona: id }, label));
    out.push(Intent::Commit);
    out.push(Intent::Select(Selection::None));
    out
}

/// A new persona with a curve in every emotion lane, selected for editing.
pub fn add_persona_intents(map: &JourneyMap) -> Vec<Intent> {
    let label = "Add persona";
    let id = PersonaId(map.next_id());
    let used: Vec<Hue> = map.personas.iter().map(|p| p.color).collect();
    let color = Hue::ALL
        .into_iter()
        .find(|h| !used.contains(h))
        .unwrap_or(Hue::Blue);
    let persona = Persona::new(id, format!("Persona {}", map.personas.len() + 1), color);
    let mut out = vec![
        Intent::Begin(label),
        Intent::Apply(
            Command::AddPersona {
                index: map.personas.len(),
                persona,
            },
            label,
        ),
    ];
    for lane in map
        .lanes
        .iter()
        .filter(|l| l.kind == crate::model::LaneKind::Emotions)
    {
        out.push(Intent::Apply(
            Command::AddSeries {
                lane: lane.id,
                index: lane.series.len(),
                series: EmotionSeries {
                    persona: Some(id),
                    ..Default::default()
                },
            },
            label,
        ));
    }
    out.push(Intent::Commit);
    out.push(Intent::Select(Selection::Persona(id)));
    out.push(Intent::FocusText);
    out
}

/// Personas in the map inspector: a button each, and "Add persona".
pub fn personas_list_ui(ui: &mut Ui, map: &JourneyMap, out: &mut Vec<Intent>) {
    ui.add_space(8.0);
    ui.label(RichText::new("Personas").small().strong());
    for p in &map.personas {
        if ui.button(format!("Edit {}", p.name)).clicked() {
            out.push(Intent::Select(Selection::Persona(p.id)));
        }
    }
    if ui.button("Add persona").clicked() {
        out.extend(add_persona_intents(map));
    }
}
