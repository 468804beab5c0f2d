//! The inspector side panel: every field of the selection, edited through
//! commands. A text field's whole edit (focus in → focus out) is one undo step.

use egui::{ComboBox, RichText, TextEdit, Ui};

use super::document::Document;
use super::selection::{Intent, Selection};
use crate::edit::Command;
use crate::model::{
    Card, Channel, Confidence, EmotionScale, Hue, JourneyMap, Lane, LaneContent, LaneKind, Stage,
};

/// Draw the inspector for `selection`; returns the edits asked for.
/// `focus_text` puts the cursor into the first text field once.
pub fn inspector_ui(
    ui: &mut Ui,
    doc: &Document,
    selection: &Selection,
    focus_text: &mut bool,
) -> Vec<Intent> {
    let mut out = Vec::new();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_width(ui.available_width());
        match selection {
            Selection::Cards(ids) if ids.len() > 1 => many_cards_ui(ui, &doc.map, ids, &mut out),
            Selection::Cards(ids) => match ids.first().and_then(|id| doc.map.card(*id)) {
                Some((lane, card)) => card_ui(ui, &doc.map, lane, card, focus_text, &mut out),
                None => map_ui(ui, &doc.map, focus_text, &mut out),
            },
            Selection::Stage(id) => match doc.map.stages.iter().position(|s| s.id == *id) {
                Some(i) => stage_ui(ui, &doc.map, i, focus_text, &mut out),
                None => map_ui(ui, &doc.map, focus_text, &mut out),
            },
            Selection::Lane(id) => match doc.map.lane_index(*id) {
                Some(i) => lane_ui(ui, &doc.map, i, focus_text, &mut out),
                None => map_ui(ui, &doc.map, focus_text, &mut out),
            },
            Selection::Persona(id) => match doc.map.personas.iter().position(|p| p.id == *id) {
                Some(i) => {
                    super::persona_ui::persona_ui(ui, &doc.map, doc.dir(), i, focus_text, &mut out)
                }
                None => map_ui(ui, &doc.map, focus_text, &mut out),
            },
            Selection::None => map_ui(ui, &doc.map, focus_text, &mut out),
        }
    });
    out
}

/// A labelled text field; while it has focus its edits form one gesture.
pub(super) fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    multiline: bool,
    focus: &mut bool,
    out: &mut Vec<Intent>,
) -> bool {
    let l = ui.label(RichText::new(label).small().strong());
    let edit = if multiline {
        TextEdit::multiline(value).desired_rows(3)
    } else {
        TextEdit::singleline(value)
    };
    let resp = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(l.id);
    if std::mem::take(focus) {
        resp.request_focus();
    }
    if resp.gained_focus() {
        out.push(Intent::Begin("Edit text"));
    }
    if resp.lost_focus() {
        out.push(Intent::Commit);
    }
    ui.add_space(4.0);
    resp.changed()
}

fn hue_combo(
    ui: &mut Ui,
    label: &str,
    id: impl std::hash::Hash + std::fmt::Debug,
    value: Option<Hue>,
    default_name: &'static str,
) -> Option<Option<Hue>> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ComboBox::from_id_salt(id)
            .selected_text(value.map_or(default_name, Hue::label).to_string())
            .show_ui(ui, |ui| {
                if ui.selectable_label(value.is_none(), default_name).clicked() {
                    chosen = Some(None);
                }
                for h in Hue::ALL {
                    if ui.selectable_label(value == Some(h), h.label()).clicked() {
                        chosen = Some(Some(h));
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    chosen
}

fn card_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    lane: &Lane,
    card: &Card,
    focus: &mut bool,
    out: &mut Vec<Intent>,
) {
    let stage = map
        .stages
        .iter()
        .find(|s| s.id == card.stage)
        .map_or("", |s| s.name.as_str());
    ui.heading("Card");
    ui.label(RichText::new(format!("{} · {stage}", lane.title)).weak());
    ui.add_space(6.0);
    let mut edited = card.clone();
    let mut changed = text_field(ui, "Text", &mut edited.text, true, focus, out);
    let mut no_focus = false;
    changed |= text_field(ui, "Note", &mut edited.note, true, &mut no_focus, out);
    if changed {
        out.push(Intent::Apply(
            Command::UpdateCard {
                card: edited.clone(),
            },
            "Edit card",
        ));
    }
    ui.horizontal(|ui| {
        let l = ui.label("Confidence");
        ComboBox::from_id_salt(("confidence", card.id))
            .selected_text(card.confidence.label())
            .show_ui(ui, |ui| {
                for c in Confidence::ALL {
                    if ui
                        .selectable_label(card.confidence == c, c.label())
                        .clicked()
                        && c != card.confidence
                    {
                        let mut e = card.clone();
                        e.confidence = c;
                        out.push(Intent::Apply(
                            Command::UpdateCard { card: e },
                            "Set confidence",
                        ));
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    if let Some(h) = hue_combo(
        ui,
        "Colour",
        ("card-hue", card.id),
        card.color,
        "Lane colour",
    ) {
        let mut e = card.clone();
        e.color = h;
        out.push(Intent::Apply(
            Command::UpdateCard { card: e },
            "Set card colour",
        ));
    }
    if lane.kind == LaneKind::Touchpoints {
        ui.horizontal(|ui| {
            let l = ui.label("Channel");
            ComboBox::from_id_salt(("channel", card.id))
                .selected_text(card.channel.map_or("None", Channel::label))
                .show_ui(ui, |ui| {
                    let mut pick = None;
                    if ui
                        .selectable_label(card.channel.is_none(), "None")
                        .clicked()
                    {
                        pick = Some(None);
                    }
                    for c in Channel::ALL {
                        if ui
                            .selectable_label(card.channel == Some(c), c.label())
                            .clicked()
                        {
                            pick = Some(Some(c));
                        }
                    }
                    if let Some(p) = pick {
                        let mut e = card.clone();
                        e.channel = p;
                        out.push(Intent::Apply(
                            Command::UpdateCard { card: e },
                            "Set channel",
                        ));
                    }
                })
                .response
                .labelled_by(l.id);
        });
    }
    if lane.kind == LaneKind::Touchpoints {
        rating_ui(ui, card, out);
    }
    persona_tags_ui(ui, map, card, out);
    evidence_ui(ui, card, out);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Duplicate").clicked() {
            out.push(duplicate_intent(map, lane, card));
        }
        if ui.button("Delete card").clicked() {
            out.push(Intent::Apply(
                Command::RemoveCard { card: card.id },
                "Delete card",
            ));
            out.push(Intent::Select(Selection::None));
        }
    });
}

/// Several cards: change colour or confidence of all, delete all; each
/// change is one undo step.
fn many_cards_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    ids: &[crate::model::CardId],
    out: &mut Vec<Intent>,
) {
    let cards: Vec<&Card> = ids
        .iter()
        .filter_map(|id| map.card(*id).map(|(_, c)| c))
        .collect();
    ui.heading(format!("{} cards", cards.len()));
    ui.label(
        RichText::new(
            "Ctrl/Shift-click adds or removes cards; Shift-drag on the canvas selects a rectangle.",
        )
        .weak()
        .small(),
    );
    ui.add_space(6.0);
    let mut edit_all = |label: &'static str, f: &dyn Fn(&mut Card)| {
        out.push(Intent::Begin(label));
        for c in &cards {
            let mut e = (*c).clone();
            f(&mut e);
            out.push(Intent::Apply(Command::UpdateCard { card: e }, label));
        }
        out.push(Intent::Commit);
    };
    let first = cards.first().map(|c| c.color).unwrap_or_default();
    if let Some(h) = hue_combo(ui, "Colour", "many-hue", first, "Lane colour") {
        edit_all("Set card colour", &|c| c.color = h);
    }
    ui.horizontal(|ui| {
        let l = ui.label("Confidence");
        let mut pick = None;
        ComboBox::from_id_salt("many-confidence")
            .selected_text("Set…")
            .show_ui(ui, |ui| {
                for c in Confidence::ALL {
                    if ui.selectable_label(false, c.label()).clicked() {
                        pick = Some(c);
                    }
                }
            })
            .response
            .labelled_by(l.id);
        if let Some(c) = pick {
            edit_all("Set confidence", &|card| card.confidence = c);
        }
    });
    ui.add_space(8.0);
    if ui.button("Delete cards").clicked() {
        out.push(Intent::Begin("Delete cards"));
        for c in &cards {
            out.push(Intent::Apply(
                Command::RemoveCard { card: c.id },
                "Delete cards",
            ));
        }
        out.push(Intent::Commit);
        out.push(Intent::Select(Selection::None));
    }
}

/// The quotes behind a card: each editable (quote, source, date, link),
/// removable, and "Add quote". Each field edit is one undo step.
fn evidence_ui(ui: &mut Ui, card: &Card, out: &mut Vec<Intent>) {
    ui.add_space(6.0);
    ui.label(
        RichText::new(format!("Evidence ({})", card.evidence.len()))
            .small()
            .strong(),
    );
    for i in 0..card.evidence.len() {
        let mut e = card.clone();
        let mut changed = false;
        let mut no_focus = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(("evidence", card.id, i), |ui| {
                let ev = &mut e.evidence[i];
                changed |= text_field(ui, "Quote", &mut ev.quote, true, &mut no_focus, out);
                changed |= text_field(ui, "Source", &mut ev.source, false, &mut no_focus, out);
                changed |= text_field(ui, "Date", &mut ev.date, false, &mut no_focus, out);
                changed |= text_field(ui, "Link", &mut ev.link, false, &mut no_focus, out);
                if ui.small_button("Remove quote").clicked() {
                    let mut r = card.clone();
                    r.evidence.remove(i);
                    out.push(Intent::Apply(
                        Command::UpdateCard { card: r },
                        "Remove quote",
                    ));
                }
            });
        });
        if changed {
            out.push(Intent::Apply(Command::UpdateCard { card: e }, "Edit quote"));
        }
    }
    if ui.button("Add quote").clicked() {
        let mut e = card.clone();
        e.evidence.push(crate::model::Evidence::default());
        out.push(Intent::Apply(Command::UpdateCard { card: e }, "Add quote"));
    }
}

/// Which personas a card is about (none ticked: everyone).
fn persona_tags_ui(ui: &mut Ui, map: &JourneyMap, card: &Card, out: &mut Vec<Intent>) {
    if map.personas.is_empty() {
        return;
    }
    ui.label(RichText::new("About (none: everyone)").small().strong());
    ui.horizontal_wrapped(|ui| {
        for p in &map.personas {
            let mut on = card.personas.contains(&p.id);
            if ui.checkbox(&mut on, &p.name).changed() {
                let mut e = card.clone();
                if on {
                    e.personas.push(p.id);
                } else {
                    e.personas.retain(|x| *x != p.id);
                }
                out.push(Intent::Apply(Command::UpdateCard { card: e }, "Tag card"));
            }
        }
    });
}

/// Impact and importance of a touchpoint, 1–5 each; a slider drag is one step.
fn rating_ui(ui: &mut Ui, card: &Card, out: &mut Vec<Intent>) {
    let mut rated = card.rating.is_some();
    if ui
        .checkbox(&mut rated, "Rate impact and importance")
        .changed()
    {
        let mut e = card.clone();
        e.rating = rated.then_some(crate::model::Rating {
            impact: 3,
            importance: 3,
        });
        out.push(Intent::Apply(
            Command::UpdateCard { card: e },
            "Rate touchpoint",
        ));
    }
    let Some(rating) = card.rating else { return };
    for (name, value) in [("Impact", rating.impact), ("Importance", rating.importance)] {
        ui.horizontal(|ui| {
            let l = ui.label(name);
            let mut v = value;
            let resp = ui
                .add(egui::Slider::new(&mut v, crate::model::Rating::RANGE))
                .labelled_by(l.id);
            if resp.changed() {
                let mut e = card.clone();
                let r = e.rating.get_or_insert(rating);
                if name == "Impact" {
                    r.impact = v;
                } else {
                    r.importance = v;
                }
                out.push(Intent::Begin("Rate touchpoint"));
                out.push(Intent::Apply(
                    Command::UpdateCard { card: e },
                    "Rate touchpoint",
                ));
            }
            if resp.drag_stopped() || (resp.changed() && !resp.dragged()) {
                out.push(Intent::Commit);
            }
        });
    }
}

/// A copy of `card` placed right after it.
pub fn duplicate_intent(map: &JourneyMap, lane: &Lane, card: &Card) -> Intent {
    let mut copy = card.clone();
    copy.id = crate::model::CardId(map.next_id());
    let index = lane
        .cards
        .iter()
        .position(|c| c.id == card.id)
        .map_or(lane.cards.len(), |i| i + 1);
    Intent::Apply(
        Command::AddCard {
            lane: lane.id,
            index,
            card: copy,
        },
        "Duplicate card",
    )
}

fn stage_ui(ui: &mut Ui, map: &JourneyMap, index: usize, focus: &mut bool, out: &mut Vec<Intent>) {
    let stage = &map.stages[index];
    ui.heading("Stage");
    ui.label(
        RichText::new(super::filter::confidence_counts(map, stage.id))
            .weak()
            .small(),
    )
    .on_hover_text("Cards in this stage by confidence");
    ui.add_space(6.0);
    let mut edited = stage.clone();
    let mut changed = text_field(ui, "Name", &mut edited.name, false, focus, out);
    let mut no_focus = false;
    changed |= text_field(
        ui,
        "Description",
        &mut edited.description,
        true,
        &mut no_focus,
        out,
    );
    if changed {
        out.push(Intent::Apply(
            Command::UpdateStage { stage: edited },
            "Edit stage",
        ));
    }
    if let Some(h) = hue_combo(
        ui,
        "Colour",
        ("stage-hue", stage.id),
        stage.color,
        "Automatic",
    ) {
        let mut e = stage.clone();
        e.color = h;
        out.push(Intent::Apply(
            Command::UpdateStage { stage: e },
            "Set stage colour",
        ));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let id = stage.id;
        let moved = move_buttons(ui, index, map.stages.len(), ["Move left", "Move right"]);
        if let Some(index) = moved {
            out.push(Intent::Apply(
                Command::MoveStage { stage: id, index },
                "Move stage",
            ));
        }
    });
    ui.horizontal(|ui| {
        if ui.button("Add stage after").clicked() {
            out.push(add_stage_intent(map, index + 1));
        }
        if ui
            .button("Delete stage")
            .on_hover_text("Deletes its cards too (undo brings them back)")
            .clicked()
        {
            out.push(Intent::Apply(
                Command::RemoveStage { stage: stage.id },
                "Delete stage",
            ));
            out.push(Intent::Select(Selection::None));
        }
    });
}

/// "Move back" and "Move on" buttons for the item at `index` of `len`;
/// returns the index it should move to.
fn move_buttons(ui: &mut Ui, index: usize, len: usize, labels: [&str; 2]) -> Option<usize> {
    let mut to = None;
    if ui
        .add_enabled(index > 0, egui::Button::new(labels[0]))
        .clicked()
    {
        to = Some(index - 1);
    }
    if ui
        .add_enabled(index + 1 < len, egui::Button::new(labels[1]))
        .clicked()
    {
        to = Some(index + 1);
    }
    to
}

/// A new stage at `index`, selected and ready to be named.
pub fn add_stage_intent(map: &JourneyMap, index: usize) -> Intent {
    let stage = Stage::new(
        crate::model::StageId(map.next_id()),
        format!("Stage {}", map.stages.len() + 1),
    );
    Intent::Apply(Command::AddStage { index, stage }, "Add stage")
}

/// A new lane of `kind` at the bottom; emotion lanes get a curve per persona.
pub fn add_lane_intent(map: &JourneyMap, kind: LaneKind) -> Intent {
    let mut lane = Lane::new(crate::model::LaneId(map.next_id()), kind);
    if kind == LaneKind::Emotions {
        if map.personas.is_empty() {
            lane.series.push(Default::default());
        }
        for p in &map.personas {
            lane.series.push(crate::model::EmotionSeries {
                persona: Some(p.id),
                ..Default::default()
            });
        }
    }
    Intent::Apply(
        Command::AddLane {
            index: map.lanes.len(),
            lane: Box::new(lane),
        },
        "Add lane",
    )
}

fn lane_ui(ui: &mut Ui, map: &JourneyMap, index: usize, focus: &mut bool, out: &mut Vec<Intent>) {
    let lane = &map.lanes[index];
    ui.heading("Lane");
    ui.label(RichText::new(lane.kind.label()).weak());
    ui.add_space(6.0);
    let mut edited = lane.clone_shallow();
    if text_field(ui, "Title", &mut edited.title, false, focus, out) {
        out.push(Intent::Apply(
            Command::UpdateLane {
                lane: Box::new(edited),
            },
            "Rename lane",
        ));
    }
    let update = |f: &dyn Fn(&mut Lane)| {
        let mut e = lane.clone_shallow();
        f(&mut e);
        Command::UpdateLane { lane: Box::new(e) }
    };
    if let Some(h) = hue_combo(ui, "Colour", ("lane-hue", lane.id), lane.color, "Default") {
        out.push(Intent::Apply(update(&|l| l.color = h), "Set lane colour"));
    }
    let mut collapsed = lane.collapsed;
    if ui.checkbox(&mut collapsed, "Collapsed").changed() {
        out.push(Intent::Apply(
            update(&|l| l.collapsed = collapsed),
            "Collapse lane",
        ));
    }
    match lane.kind.content() {
        LaneContent::Emotion => {
            ui.horizontal(|ui| {
                let l = ui.label("Scale");
                ComboBox::from_id_salt(("scale", lane.id))
                    .selected_text(lane.scale.label())
                    .show_ui(ui, |ui| {
                        for s in EmotionScale::ALL {
                            if ui.selectable_label(lane.scale == s, s.label()).clicked()
                                && s != lane.scale
                            {
                                out.push(Intent::Apply(update(&|l| l.scale = s), "Change scale"));
                            }
                        }
                    })
                    .response
                    .labelled_by(l.id);
            });
            emotion_values_ui(ui, map, lane, out);
        }
        LaneContent::Metric => {
            ui.horizontal(|ui| {
                let l = ui.label("Draw as");
                egui::ComboBox::from_id_salt(("metric-style", lane.id))
                    .selected_text(lane.metric_style.label())
                    .show_ui(ui, |ui| {
                        for style in crate::model::MetricStyle::ALL {
                            if ui
                                .selectable_label(lane.metric_style == style, style.label())
                                .clicked()
                                && style != lane.metric_style
                            {
                                out.push(Intent::Apply(
                                    update(&|l| l.metric_style = style),
                                    "Change metric style",
                                ));
                            }
                        }
                    })
                    .response
                    .labelled_by(l.id);
            });
            let mut unit = lane.unit.clone();
            let mut no_focus = false;
            if text_field(ui, "Unit", &mut unit, false, &mut no_focus, out) {
                out.push(Intent::Apply(
                    update(&|l| l.unit = unit.clone()),
                    "Set unit",
                ));
            }
            for stage in &map.stages {
                ui.horizontal(|ui| {
                    let l = ui.label(&stage.name);
                    let mut v = lane.values.get(&stage.id).copied().unwrap_or(0.0);
                    if ui
                        .add(egui::DragValue::new(&mut v).speed(0.5))
                        .labelled_by(l.id)
                        .changed()
                    {
                        out.push(Intent::Apply(
                            Command::SetMetric {
                                lane: lane.id,
                                stage: stage.id,
                                value: Some(v),
                            },
                            "Set metric",
                        ));
                    }
                });
            }
        }
        _ => {}
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let id = lane.id;
        if let Some(index) = move_buttons(ui, index, map.lanes.len(), ["Move up", "Move down"]) {
            out.push(Intent::Apply(
                Command::MoveLane { lane: id, index },
                "Move lane",
            ));
        }
        if ui.button("Delete lane").clicked() {
            out.push(Intent::Apply(
                Command::RemoveLane { lane: lane.id },
                "Delete lane",
            ));
            out.push(Intent::Select(Selection::None));
        }
    });
}

fn emotion_values_ui(ui: &mut Ui, map: &JourneyMap, lane: &Lane, out: &mut Vec<Intent>) {
    for p in map
        .personas
        .iter()
        .filter(|p| !lane.series.iter().any(|s| s.persona == Some(p.id)))
    {
        if ui.button(format!("Add curve for {}", p.name)).clicked() {
            out.push(Intent::Apply(
                Command::AddSeries {
                    lane: lane.id,
                    index: lane.series.len(),
                    series: crate::model::EmotionSeries {
                        persona: Some(p.id),
                        ..Default::default()
                    },
                },
                "Add curve",
            ));
        }
    }
    for (i, series) in lane.series.iter().enumerate() {
        let who = series
            .persona
            .and_then(|p| map.persona(p))
            .map_or("Curve".to_string(), |p| p.name.clone());
        ui.horizontal(|ui| {
            ui.label(RichText::new(&who).small().strong());
            if ui.small_button("Remove curve").clicked() {
                out.push(Intent::Apply(
                    Command::RemoveSeries {
                        lane: lane.id,
                        index: i,
                    },
                    "Remove curve",
                ));
            }
        });
        for stage in &map.stages {
            ui.horizontal(|ui| {
                let l = ui.label(&stage.name);
                let current = series.values.get(&stage.id).copied();
                let mut v = current.unwrap_or(lane.scale.neutral().round() as i32);
                let slider = egui::Slider::new(&mut v, lane.scale.min()..=lane.scale.max());
                if ui.add(slider).labelled_by(l.id).changed() {
                    out.push(Intent::Apply(
                        Command::SetEmotion {
                            lane: lane.id,
                            series: i,
                            stage: stage.id,
                            value: Some(v),
                        },
                        "Set emotion",
                    ));
                }
                if current.is_some() && ui.small_button("clear").clicked() {
                    out.push(Intent::Apply(
                        Command::SetEmotion {
                            lane: lane.id,
                            series: i,
                            stage: stage.id,
                            value: None,
                        },
                        "Clear emotion",
                    ));
                }
            });
        }
    }
}

fn map_ui(ui: &mut Ui, map: &JourneyMap, focus: &mut bool, out: &mut Vec<Intent>) {
    ui.heading("Map");
    ui.add_space(6.0);
    let mut title = map.title.clone();
    if text_field(ui, "Title", &mut title, false, focus, out) {
        out.push(Intent::Apply(Command::SetTitle { title }, "Edit title"));
    }
    let mut lens = map.lens.clone();
    let mut no_focus = false;
    let mut changed = text_field(ui, "Goal", &mut lens.goal, true, &mut no_focus, out);
    changed |= text_field(ui, "Scenario", &mut lens.scenario, true, &mut no_focus, out);
    changed |= text_field(
        ui,
        "Expectations",
        &mut lens.expectations,
        true,
        &mut no_focus,
        out,
    );
    if changed {
        out.push(Intent::Apply(Command::SetLens { lens }, "Edit lens"));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Add stage").clicked() {
            out.push(add_stage_intent(map, map.stages.len()));
        }
        ui.menu_button("Add lane", |ui| {
            for kind in LaneKind::ALL {
                if ui.button(kind.label()).clicked() {
                    out.push(add_lane_intent(map, kind));
                    ui.close();
                }
            }
        });
    });
    super::persona_ui::personas_list_ui(ui, map, out);
    ui.add_space(8.0);
    ui.label(
        RichText::new("Double-click an empty cell to add a card. Click a card, stage or lane title to edit it here.")
            .weak()
            .small(),
    );
}
