//! The inspector for a lane: title, colour, collapse, and what its kind
//! holds (emotion scale and curves, metric unit, style and values).

use egui::{RichText, Ui};

use super::fields::{enum_combo, move_buttons, text_field};
use crate::edit::{self, Command};
use crate::i18n::{names, ui_lang};
use crate::model::{EmotionScale, Hue, JourneyMap, Lane, LaneContent, MetricStyle};
use crate::t;
use crate::ui::command::UiCommand;
use crate::ui::intent::Intent;

pub fn lane_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    index: usize,
    focus: &mut bool,
    out: &mut Vec<Intent>,
) {
    let lane = &map.lanes[index];
    ui.heading(t!("lane-lane"));
    ui.label(RichText::new(names::lane_kind(ui_lang(), lane.kind)).weak());
    ui.add_space(6.0);
    let mut edited = lane.clone_shallow();
    if text_field(ui, &t!("lane-title"), &mut edited.title, false, focus, out) {
        out.push(Intent::Apply(
            Command::UpdateLane {
                lane: Box::new(edited),
            },
            "Rename lane",
        ));
    }
    let update = |label: &'static str, f: &dyn Fn(&mut Lane)| {
        let mut e = lane.clone_shallow();
        f(&mut e);
        Intent::Edit(edit::Edit::one(
            label,
            Command::UpdateLane { lane: Box::new(e) },
        ))
    };
    if let Some(h) = enum_combo(
        ui,
        &t!("lane-colour"),
        ("lane-hue", lane.id),
        lane.color,
        &Hue::ALL,
        |h| names::hue(ui_lang(), h),
        Some(&t!("lane-default")),
    ) {
        out.push(update("Set lane colour", &|l| l.color = h));
    }
    let mut collapsed = lane.collapsed;
    if ui.checkbox(&mut collapsed, t!("lane-collapsed")).changed() {
        out.push(update("Collapse lane", &|l| l.collapsed = collapsed));
    }
    match lane.kind.content() {
        LaneContent::Emotion => {
            if let Some(Some(s)) = enum_combo(
                ui,
                &t!("lane-scale"),
                ("scale", lane.id),
                Some(lane.scale),
                &EmotionScale::ALL,
                |s| names::scale(s).into(),
                None,
            ) {
                out.push(update("Change scale", &|l| l.scale = s));
            }
            super::emotion::emotion_values_ui(ui, map, lane, out);
        }
        LaneContent::Metric => metric_ui(ui, map, lane, out, &update),
        _ => {}
    }
    ui.add_space(8.0);
    // Wrapped: in Russian the three buttons are wider than the panel.
    ui.horizontal_wrapped(|ui| {
        let id = lane.id;
        if let Some(to) = move_buttons(
            ui,
            index,
            map.lanes.len(),
            [&t!("lane-move-up"), &t!("lane-move-down")],
        ) {
            out.push(Intent::Edit(edit::Edit::one(
                "Move lane",
                Command::MoveLane {
                    lane: id,
                    index: to,
                },
            )));
        }
        if ui
            .button(t!("lane-delete-lane"))
            .on_hover_text(UiCommand::Delete.tooltip_with_shortcut(ui.ctx()))
            .clicked()
        {
            out.push(Intent::Run(UiCommand::Delete));
        }
    });
}

/// Builds the edit that changes a lane's own fields.
type LaneUpdate<'a> = dyn Fn(&'static str, &dyn Fn(&mut Lane)) -> Intent + 'a;

fn metric_ui(
    ui: &mut Ui,
    map: &JourneyMap,
    lane: &Lane,
    out: &mut Vec<Intent>,
    update: &LaneUpdate,
) {
    if let Some(Some(style)) = enum_combo(
        ui,
        &t!("lane-draw-as"),
        ("metric-style", lane.id),
        Some(lane.metric_style),
        &MetricStyle::ALL,
        |m| names::metric_style(ui_lang(), m),
        None,
    ) {
        out.push(update("Change metric style", &|l| l.metric_style = style));
    }
    let mut unit = lane.unit.clone();
    let mut no_focus = false;
    if text_field(ui, &t!("lane-unit"), &mut unit, false, &mut no_focus, out) {
        let mut e = lane.clone_shallow();
        e.unit = unit;
        out.push(Intent::Apply(
            Command::UpdateLane { lane: Box::new(e) },
            "Set unit",
        ));
    }
    for stage in &map.stages {
        ui.horizontal(|ui| {
            let l = ui.label(&stage.name);
            let mut v = lane.values.get(&stage.id).copied().unwrap_or(0.0);
            let resp = ui
                .add(
                    // "3,5" in Russian and Latvian, typed either way.
                    egui::DragValue::new(&mut v)
                        .speed(0.5)
                        .custom_formatter(|v, _| crate::i18n::format_number(ui_lang(), v, 2))
                        .custom_parser(|t| crate::i18n::parse_number(ui_lang(), t)),
                )
                .labelled_by(l.id);
            // A drag of the number is one step.
            if resp.drag_started() {
                out.push(Intent::Begin("Set metric"));
            }
            if resp.changed() {
                out.push(Intent::Apply(
                    Command::SetMetric {
                        lane: lane.id,
                        stage: stage.id,
                        value: Some(v),
                    },
                    "Set metric",
                ));
            }
            if resp.drag_stopped() {
                out.push(Intent::Commit);
            }
        });
    }
}
