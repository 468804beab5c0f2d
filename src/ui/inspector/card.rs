//! The inspector for one card or many.

use egui::{RichText, Ui};

use super::fields::{enum_combo, pick_combo, text_field};
use crate::edit::{self, Command};
use crate::i18n::{names, ui_lang};
use crate::model::{Card, CardId, Channel, Confidence, Hue, JourneyMap, Lane, LaneKind};
use crate::t;
use crate::ui::command::UiCommand;
use crate::ui::intent::Intent;

pub fn card_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    lane: &Lane,
    card: &Card,
    (focus, preview): (&mut bool, &mut super::picture::Preview),
    out: &mut Vec<Intent>,
) {
    let stage = map
        .stages
        .iter()
        .find(|s| s.id == card.stage)
        .map_or("", |s| s.name.as_str());
    ui.heading(t!("card-card"));
    ui.label(RichText::new(format!("{} · {stage}", lane.title)).weak());
    ui.add_space(6.0);
    let mut edited = card.clone();
    let mut changed = text_field(ui, &t!("card-text"), &mut edited.text, true, focus, out);
    let mut no_focus = false;
    changed |= text_field(
        ui,
        &t!("card-note"),
        &mut edited.note,
        true,
        &mut no_focus,
        out,
    );
    if changed {
        out.push(Intent::Apply(
            Command::UpdateCard {
                card: edited.clone(),
            },
            "Edit card",
        ));
    }
    let update = |label: &'static str, change: &dyn Fn(&mut Card)| {
        let mut e = card.clone();
        change(&mut e);
        Intent::Edit(edit::Edit::one(label, Command::UpdateCard { card: e }))
    };
    if let Some(Some(c)) = enum_combo(
        ui,
        &t!("card-confidence"),
        ("confidence", card.id),
        Some(card.confidence),
        &Confidence::ALL,
        |c| names::confidence(ui_lang(), c),
        None,
    ) {
        out.push(update("Set confidence", &|e| e.confidence = c));
    }
    if let Some(h) = enum_combo(
        ui,
        &t!("card-colour"),
        ("card-hue", card.id),
        card.color,
        &Hue::ALL,
        |h| names::hue(ui_lang(), h),
        Some(&t!("card-lane-colour")),
    ) {
        out.push(update("Set card colour", &|e| e.color = h));
    }
    if lane.kind == LaneKind::Touchpoints {
        if let Some(c) = enum_combo(
            ui,
            &t!("card-channel"),
            ("channel", card.id),
            card.channel,
            &Channel::ALL,
            |c| names::channel(ui_lang(), c),
            Some(&t!("card-none")),
        ) {
            out.push(update("Set channel", &|e| e.channel = c));
        }
        rating_ui(ui, card, out);
    }
    persona_tags_ui(ui, map, card, out);
    super::picture::picture_ui(ui, map, card, preview, out);
    evidence_ui(ui, card, out);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .button(t!("card-duplicate"))
            .on_hover_text(UiCommand::Duplicate.tooltip_with_shortcut(ui.ctx()))
            .clicked()
        {
            out.push(Intent::Run(UiCommand::Duplicate));
        }
        if ui
            .button(t!("card-delete-card"))
            .on_hover_text(UiCommand::Delete.tooltip_with_shortcut(ui.ctx()))
            .clicked()
        {
            out.push(Intent::Run(UiCommand::Delete));
        }
    });
}

/// Several cards: change colour or confidence of all, delete all; each
/// change is one undo step.
pub fn many_cards_ui(ui: &mut Ui, map: &JourneyMap, ids: &[CardId], out: &mut Vec<Intent>) {
    let cards: Vec<&Card> = ids
        .iter()
        .filter_map(|id| map.card(*id).map(|(_, c)| c))
        .collect();
    ui.heading(t!("card-many-title", n = cards.len()));
    ui.label(
        RichText::new(t!("card-ctrl-shift-click-adds-or-removes"))
            .weak()
            .small(),
    );
    ui.add_space(6.0);
    let first = cards.first().and_then(|c| c.color);
    if let Some(h) = enum_combo(
        ui,
        &t!("card-colour"),
        "many-hue",
        first,
        &Hue::ALL,
        |h| names::hue(ui_lang(), h),
        Some(&t!("card-lane-colour")),
    ) {
        out.push(Intent::Edit(edit::update_cards(
            map,
            ids,
            "Set card colour",
            |c| c.color = h,
        )));
    }
    if let Some(c) = pick_combo(
        ui,
        &t!("card-confidence"),
        "many-confidence",
        &t!("card-set"),
        &Confidence::ALL,
        |c| names::confidence(ui_lang(), c),
    ) {
        out.push(Intent::Edit(edit::update_cards(
            map,
            ids,
            "Set confidence",
            |card| card.confidence = c,
        )));
    }
    ui.add_space(8.0);
    if ui
        .button(t!("card-delete-cards"))
        .on_hover_text(UiCommand::Delete.tooltip_with_shortcut(ui.ctx()))
        .clicked()
    {
        out.push(Intent::Run(UiCommand::Delete));
    }
}

/// The quotes behind a card: each editable (quote, source, date, link,
/// author; a review's rating shown),
/// removable, and "Add quote". Each field edit is one undo step.
fn evidence_ui(ui: &mut Ui, card: &Card, out: &mut Vec<Intent>) {
    ui.add_space(6.0);
    ui.label(
        RichText::new(t!("card-evidence-count", n = card.evidence.len()))
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
                changed |= text_field(
                    ui,
                    &t!("card-quote"),
                    &mut ev.quote,
                    true,
                    &mut no_focus,
                    out,
                );
                changed |= text_field(
                    ui,
                    &t!("card-source"),
                    &mut ev.source,
                    false,
                    &mut no_focus,
                    out,
                );
                changed |= text_field(
                    ui,
                    &t!("card-date"),
                    &mut ev.date,
                    false,
                    &mut no_focus,
                    out,
                );
                changed |= text_field(
                    ui,
                    &t!("card-link"),
                    &mut ev.link,
                    false,
                    &mut no_focus,
                    out,
                );
                changed |= text_field(
                    ui,
                    &t!("card-author"),
                    &mut ev.author,
                    false,
                    &mut no_focus,
                    out,
                );
                if let Some(r) = ev.rating {
                    ui.label(
                        RichText::new(t!(
                            "card-quote-rating",
                            value = r.value_text(),
                            scale = r.scale.label()
                        ))
                        .small(),
                    );
                }
                if ui.small_button(t!("card-remove-quote")).clicked() {
                    let mut r = card.clone();
                    r.evidence.remove(i);
                    out.push(Intent::Edit(edit::Edit::one(
                        "Remove quote",
                        Command::UpdateCard { card: r },
                    )));
                }
            });
        });
        if changed {
            out.push(Intent::Apply(Command::UpdateCard { card: e }, "Edit quote"));
        }
    }
    if ui.button(t!("card-add-quote")).clicked() {
        let mut e = card.clone();
        e.evidence.push(crate::model::Evidence::default());
        out.push(Intent::Edit(edit::Edit::one(
            "Add quote",
            Command::UpdateCard { card: e },
        )));
    }
}

/// Which personas a card is about (none ticked: everyone).
fn persona_tags_ui(ui: &mut Ui, map: &JourneyMap, card: &Card, out: &mut Vec<Intent>) {
    if map.personas.is_empty() {
        return;
    }
    ui.label(
        RichText::new(t!("card-about-none-everyone"))
            .small()
            .strong(),
    );
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
                out.push(Intent::Edit(edit::Edit::one(
                    "Tag card",
                    Command::UpdateCard { card: e },
                )));
            }
        }
    });
}

/// Impact and importance of a touchpoint, 1–5 each; a slider drag is one step.
fn rating_ui(ui: &mut Ui, card: &Card, out: &mut Vec<Intent>) {
    let mut rated = card.rating.is_some();
    if ui
        .checkbox(&mut rated, t!("card-rate-impact-and-importance"))
        .changed()
    {
        let mut e = card.clone();
        e.rating = rated.then_some(crate::model::Rating {
            impact: 3,
            importance: 3,
        });
        out.push(Intent::Edit(edit::Edit::one(
            "Rate touchpoint",
            Command::UpdateCard { card: e },
        )));
    }
    let Some(rating) = card.rating else { return };
    for (impact, value) in [(true, rating.impact), (false, rating.importance)] {
        let name = if impact {
            t!("card-impact")
        } else {
            t!("card-importance")
        };
        ui.horizontal(|ui| {
            let l = ui.label(name);
            let mut v = value;
            let resp = ui
                .add(egui::Slider::new(&mut v, crate::model::Rating::RANGE))
                .labelled_by(l.id);
            if resp.changed() {
                let mut e = card.clone();
                let r = e.rating.get_or_insert(rating);
                if impact {
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
