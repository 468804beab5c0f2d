//! The "Current vs future" window: the open map against another, stages
//! matched by name, both emotion curves overlaid, differences listed.

use egui::{Color32, RichText, Sense, Stroke, Ui, pos2, vec2};

use crate::i18n::{text, ui_lang};
use crate::model::JourneyMap;
use crate::model::compare::{Comparison, compare, count};
use crate::t;

/// Draw the comparison of `current` (the open map) with `future`. Returns
/// the file extension to save the comparison as, when a save button is
/// clicked.
pub fn compare_ui(
    ui: &mut Ui,
    current: &JourneyMap,
    future: &JourneyMap,
    future_name: &str,
) -> Option<&'static str> {
    let c: Comparison = compare(current, future);
    ui.label(
        RichText::new(t!(
            "compare-heading",
            current = &current.title,
            future = future_name
        ))
        .strong(),
    );
    ui.add_space(6.0);
    overlay_plot(ui, &c);
    ui.add_space(6.0);
    egui::Grid::new("compare-stages")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for h in [
                "compare-stage",
                "compare-feeling-now",
                "compare-feeling-future",
                "compare-cards-now",
                "compare-cards-future",
            ] {
                ui.label(RichText::new(t!(h)).strong());
            }
            ui.end_row();
            for p in &c.stages {
                ui.label(&p.name);
                ui.label(text::feeling(ui_lang(), p.current));
                ui.label(text::feeling(ui_lang(), p.future));
                ui.label(count(p.current_cards));
                ui.label(count(p.future_cards));
                ui.end_row();
            }
        });
    // What the percentages are: the table and the plot both show them.
    ui.label(RichText::new(t!("compare-measure")).weak().small());
    ui.add_space(6.0);
    ui.label(RichText::new(t!("compare-differences")).strong());
    if c.differences.is_empty() {
        ui.label(t!("compare-no-differences"));
    }
    for d in &c.changes {
        ui.label(format!("• {}", text::difference(ui_lang(), d)));
    }
    ui.add_space(8.0);
    let mut save_as = None;
    ui.horizontal(|ui| {
        for (label, ext, hint) in [
            ("compare-save-png", "png", "compare-save-png-tip"),
            ("compare-save-svg", "svg", "compare-save-svg-tip"),
            ("compare-save-md", "md", "compare-save-md-tip"),
        ] {
            if ui.button(t!(label)).on_hover_text(t!(hint)).clicked() {
                save_as = Some(ext);
            }
        }
    });
    save_as
}

/// Height of the stage names under the plot: two lines of small text.
const NAMES_HEIGHT: f32 = 30.0;

/// Both maps' mean emotion per matched stage, as two lines on one plot,
/// with the stages' names beneath, each in its own column (wrapped to two
/// lines and cut with "…", so neighbours never run together).
fn overlay_plot(ui: &mut Ui, c: &Comparison) {
    let (rect, _) = ui.allocate_exact_size(
        vec2(ui.available_width().max(300.0), 140.0 + NAMES_HEIGHT),
        Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let plot = egui::Rect::from_min_max(rect.min, rect.max - vec2(0.0, NAMES_HEIGHT));
    painter.rect_filled(plot, 4.0, ui.visuals().extreme_bg_color);
    let n = c.stages.len().max(1);
    let column = plot.width() / n as f32;
    let x = |i: usize| plot.left() + (i as f32 + 0.5) * column;
    let y = |v: f32| plot.bottom() - 12.0 - v * (plot.height() - 40.0);
    let weak = ui.visuals().weak_text_color();
    painter.hline(plot.x_range(), y(0.5), Stroke::new(1.0, weak));
    // The scale's ends, so "63 %" reads as a point between them.
    for (v, key) in [(1.0, "compare-best"), (0.0, "compare-worst")] {
        painter.text(
            pos2(plot.right() - 6.0, y(v)),
            egui::Align2::RIGHT_CENTER,
            t!(key),
            egui::FontId::proportional(10.0),
            weak,
        );
    }
    let series = [
        (
            false,
            Color32::from_rgb(0x1D, 0x4E, 0xD8),
            t!("compare-now"),
        ),
        (
            true,
            Color32::from_rgb(0x15, 0x80, 0x3D),
            t!("compare-future"),
        ),
    ];
    for (k, (is_future, color, name)) in series.iter().enumerate() {
        let points: Vec<_> = c
            .stages
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let v = if *is_future { p.future } else { p.current };
                v.map(|v| pos2(x(i), y(v)))
            })
            .collect();
        painter.add(egui::Shape::line(points.clone(), Stroke::new(2.5, *color)));
        for p in points {
            painter.circle_filled(p, 4.0, *color);
        }
        painter.text(
            plot.left_top() + vec2(8.0, 6.0 + 16.0 * k as f32),
            egui::Align2::LEFT_TOP,
            name.as_ref(),
            egui::FontId::proportional(12.0),
            *color,
        );
    }
    for (i, p) in c.stages.iter().enumerate() {
        let mut job = egui::text::LayoutJob::simple(
            p.name.clone(),
            egui::FontId::proportional(11.0),
            ui.visuals().text_color(),
            (column - 6.0).max(10.0),
        );
        job.wrap.max_rows = 2;
        job.halign = egui::Align::Center;
        let galley = painter.layout_job(job);
        painter.galley(
            pos2(x(i), plot.bottom() + 3.0),
            galley,
            ui.visuals().text_color(),
        );
    }
}
