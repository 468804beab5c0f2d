//! The inbox panel: counts, search and filters, the list of reviews (only
//! the rows in view are laid out, so 10,000 reviews scroll like 10), and
//! what can be done with the selected ones.

use egui::{Align, Color32, Layout, RichText, Sense, Ui, vec2};

use super::{Inbox, RatingFilter, StageFilter};
use crate::edit;
use crate::i18n::format_number;
use crate::model::{JourneyMap, Review, ReviewId, StageId};
use crate::t;
use crate::ui::command::UiCommand;
use crate::ui::document::Document;
use crate::ui::intent::Intent;
use crate::ui::review_drop::ReviewDrag;
use crate::ui::selection::Selection;

/// Height of one review in the list: a line of facts, two lines of text,
/// a line with its stage.
const ROW_HEIGHT: f32 = 90.0;

/// The inbox panel for `doc`; map changes go into `out`.
pub fn inbox_ui(
    ui: &mut Ui,
    inbox: &mut Inbox,
    doc: &Document,
    selection: &Selection,
    out: &mut Vec<Intent>,
) {
    let map = &doc.map;
    inbox.refresh(map, doc.revision);
    ui.horizontal(|ui| {
        ui.heading(t!("inbox-title"));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui
                .button(t!("inbox-import"))
                .on_hover_text(UiCommand::ImportReviews.tooltip())
                .clicked()
            {
                out.push(Intent::Run(UiCommand::ImportReviews));
            }
        });
    });
    if map.reviews.is_empty() {
        ui.add_space(12.0);
        ui.label(t!("inbox-empty"));
        return;
    }
    let unused = inbox.listing.as_ref().map_or(0, |l| l.unused);
    ui.label(
        RichText::new(t!(
            "inbox-counts",
            total = map.reviews.len(),
            unused = unused,
            shown = inbox.shown()
        ))
        .weak(),
    );
    filters_ui(ui, inbox, map);
    ui.separator();
    // What can be done with the selected reviews sits under the list: a
    // click that selects a review never moves the rows under the pointer
    // (a drag often starts right after it).
    if !inbox.selected.is_empty() {
        egui::Panel::bottom("inbox-actions").show(ui, |ui| {
            ui.add_space(4.0);
            actions_ui(ui, inbox, map, selection, out);
        });
    }
    list_ui(ui, inbox, map, out);
}

fn filters_ui(ui: &mut Ui, inbox: &mut Inbox, map: &JourneyMap) {
    let Inbox {
        filters: f,
        listing,
        ..
    } = inbox;
    ui.add(
        egui::TextEdit::singleline(&mut f.query)
            .hint_text(t!("inbox-search"))
            .desired_width(f32::INFINITY),
    );
    let sources: &[String] = listing.as_ref().map_or(&[], |l| &l.sources);
    egui::Grid::new("inbox-filters")
        .num_columns(2)
        .show(ui, |ui| {
            let l = ui.label(t!("inbox-filter-rating"));
            egui::ComboBox::from_id_salt("inbox-rating")
                .selected_text(t!(f.rating.key()))
                .show_ui(ui, |ui| {
                    for r in RatingFilter::ALL {
                        ui.selectable_value(&mut f.rating, r, t!(r.key()));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let source_text = f
                .source
                .clone()
                .unwrap_or_else(|| t!("inbox-source-any").into_owned());
            let l = ui.label(t!("inbox-filter-source"));
            egui::ComboBox::from_id_salt("inbox-source")
                .selected_text(source_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut f.source, None, t!("inbox-source-any"));
                    for s in sources {
                        ui.selectable_value(&mut f.source, Some(s.clone()), s.as_str());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(t!("inbox-filter-stage"));
            egui::ComboBox::from_id_salt("inbox-stage")
                .selected_text(stage_filter_text(map, f.stage))
                .show_ui(ui, |ui| {
                    for choice in [StageFilter::Any, StageFilter::Unsorted]
                        .into_iter()
                        .chain(map.stages.iter().map(|s| StageFilter::Stage(s.id)))
                    {
                        ui.selectable_value(&mut f.stage, choice, stage_filter_text(map, choice));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
        });
    ui.horizontal(|ui| {
        let l = ui.label(t!("inbox-dates"));
        ui.add(
            egui::TextEdit::singleline(&mut f.from)
                .hint_text("2025-01-01")
                .desired_width(84.0),
        )
        .labelled_by(l.id);
        let to = ui.label("–");
        ui.add(
            egui::TextEdit::singleline(&mut f.to)
                .hint_text("2025-12-31")
                .desired_width(84.0),
        )
        .labelled_by(to.id);
    });
    ui.checkbox(&mut f.unused_only, t!("inbox-unused-only"));
}

fn stage_filter_text(map: &JourneyMap, f: StageFilter) -> String {
    match f {
        StageFilter::Any => t!("inbox-stage-any").into_owned(),
        StageFilter::Unsorted => t!("inbox-stage-unsorted").into_owned(),
        StageFilter::Stage(id) => stage_name(map, id),
    }
}

fn stage_name(map: &JourneyMap, id: StageId) -> String {
    match map.stage_index(id).map(|i| map.stages[i].name.trim()) {
        Some("") | None => t!("untitled-stage").into_owned(),
        Some(name) => name.to_string(),
    }
}

/// What can be done with the selected reviews.
fn actions_ui(
    ui: &mut Ui,
    inbox: &mut Inbox,
    map: &JourneyMap,
    selection: &Selection,
    out: &mut Vec<Intent>,
) {
    let ids: Vec<ReviewId> = inbox.selected.iter().copied().collect();
    ui.label(RichText::new(t!("inbox-selected", n = ids.len())).strong());
    ui.horizontal_wrapped(|ui| {
        let card = selection.single_card();
        let add = ui
            .add_enabled(card.is_some(), egui::Button::new(t!("inbox-add-to-card")))
            .on_hover_text(t!("inbox-add-to-card-tip"))
            .on_disabled_hover_text(t!("inbox-add-to-card-disabled"));
        if add.clicked()
            && let Some(edit) = card.and_then(|c| edit::quote_reviews(map, &ids, c))
        {
            out.push(Intent::Edit(edit));
        }
        ui.menu_button(t!("inbox-sort-into"), |ui| {
            for stage in &map.stages {
                if ui.button(stage_name(map, stage.id)).clicked() {
                    out.push(Intent::Edit(edit::sort_reviews(map, &ids, Some(stage.id))));
                    ui.close();
                }
            }
            ui.separator();
            if ui.button(t!("inbox-unsort")).clicked() {
                out.push(Intent::Edit(edit::sort_reviews(map, &ids, None)));
                ui.close();
            }
        });
        if ui
            .button(t!("inbox-accept-suggestions"))
            .on_hover_text(t!("inbox-accept-suggestions-tip"))
            .clicked()
        {
            // Only the unsorted ones: a review the user sorted keeps its stage.
            let unsorted: Vec<usize> = inbox.listing.as_ref().map_or(Vec::new(), |l| {
                let chosen: std::collections::HashSet<ReviewId> = ids.iter().copied().collect();
                (0..map.reviews.len())
                    .filter(|i| chosen.contains(&map.reviews[*i].id) && l.stages[*i].is_none())
                    .collect()
            });
            let mut commands = Vec::new();
            for i in unsorted {
                let review = &map.reviews[i];
                if let Some(stage) = inbox.suggestion(review) {
                    commands.push(crate::edit::Command::UpdateReview {
                        review: Review {
                            stage: Some(stage),
                            ..review.clone()
                        },
                    });
                }
            }
            out.push(Intent::Edit(edit::Edit {
                label: "Sort reviews",
                commands,
            }));
        }
        if ui.button(t!("inbox-delete")).clicked() {
            out.push(Intent::Edit(edit::delete_reviews(&ids)));
            inbox.selected.clear();
        }
        if ui.button(t!("inbox-clear-selection")).clicked() {
            inbox.selected.clear();
        }
    });
}

/// The reviews shown, only the rows in view drawn.
fn list_ui(ui: &mut Ui, inbox: &mut Inbox, map: &JourneyMap, out: &mut Vec<Intent>) {
    let total = inbox.shown();
    if total == 0 {
        ui.label(t!("inbox-nothing-matches"));
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, total, |ui, range| {
            for row in range {
                let index = inbox.listing.as_ref().map_or(0, |l| l.rows[row]);
                let Some(review) = map.reviews.get(index) else {
                    continue;
                };
                row_ui(ui, inbox, map, row, index, review, out);
            }
        });
}

/// The colour of a rating: red through amber to green.
fn rating_color(fraction: f64) -> Color32 {
    let hue = crate::style::heat_hue(5 - (fraction * 4.0).round() as u8);
    crate::ui::paint::color(crate::style::Theme::Light.accent(hue))
}

fn row_ui(
    ui: &mut Ui,
    inbox: &mut Inbox,
    map: &JourneyMap,
    row: usize,
    index: usize,
    review: &Review,
    out: &mut Vec<Intent>,
) {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), Sense::click_and_drag());
    let selected = inbox.selected.contains(&review.id);
    let visuals = ui.visuals();
    let fill = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.5)
    } else if response.hovered() {
        visuals.widgets.hovered.weak_bg_fill
    } else if row % 2 == 1 {
        visuals.faint_bg_color
    } else {
        Color32::TRANSPARENT
    };
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 3.0, fill);
    let lang = crate::i18n::ui_lang();
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect.shrink2(vec2(6.0, 3.0)))
            .layout(Layout::top_down(Align::Min)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    child.horizontal(|ui| {
        if let Some(r) = review.rating {
            let text = format!(
                "{}/{}",
                format_number(lang, r.value, 1),
                format_number(lang, r.scale.max(), 0)
            );
            ui.label(
                RichText::new(text)
                    .strong()
                    .color(rating_color(r.fraction())),
            );
        }
        let facts: Vec<&str> = [
            review.date.as_str(),
            review.source.as_str(),
            review.author.as_str(),
        ]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
        ui.label(RichText::new(facts.join(" · ")).weak().small());
    });
    let text = egui::text::LayoutJob {
        wrap: egui::text::TextWrapping {
            max_rows: 2,
            break_anywhere: false,
            overflow_character: Some('…'),
            max_width: rect.width() - 12.0,
        },
        ..egui::text::LayoutJob::simple(
            review.text.replace('\n', " "),
            egui::TextStyle::Body.resolve(child.style()),
            child.visuals().text_color(),
            rect.width() - 12.0,
        )
    };
    child.add(egui::Label::new(text).selectable(false));
    let (stage, quoted) = inbox
        .listing
        .as_ref()
        .map_or((None, false), |l| (l.stages[index], l.quoted[index]));
    child.horizontal(|ui| match stage {
        Some(s) => {
            let key = if quoted {
                "inbox-quoted-in"
            } else {
                "inbox-sorted-into"
            };
            ui.label(RichText::new(t!(key, stage = stage_name(map, s))).small());
        }
        None => match inbox.suggestion(review) {
            Some(s) => {
                ui.label(
                    RichText::new(t!("inbox-suggested", stage = stage_name(map, s)))
                        .small()
                        .italics(),
                );
                if ui
                    .small_button(t!("inbox-accept"))
                    .on_hover_text(t!("inbox-accept-tip"))
                    .clicked()
                {
                    out.push(Intent::Edit(edit::sort_reviews(map, &[review.id], Some(s))));
                }
            }
            None => {
                ui.label(RichText::new(t!("inbox-no-suggestion")).small().weak());
            }
        },
    });
    let response = response.on_hover_text(t!("inbox-row-tip"));
    if response.clicked() {
        click(ui, inbox, map, row, review.id);
    }
    if response.drag_started() {
        // Drag the selection when the row is in it, else just this review.
        if !selected {
            inbox.selected = [review.id].into();
            inbox.anchor = Some(row);
        }
        let ids: Vec<ReviewId> = inbox.selected.iter().copied().collect();
        egui::DragAndDrop::set_payload(ui.ctx(), ReviewDrag(ids));
    }
    if response.dragged()
        && let Some(drag) = egui::DragAndDrop::payload::<ReviewDrag>(ui.ctx())
    {
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            egui::Id::unique("review-drag"),
            egui::PopupAnchor::Pointer,
        )
        .gap(12.0)
        .show(|ui| ui.label(t!("inbox-dragging", n = drag.0.len())));
    }
}

/// Click selects one review, Ctrl+click adds or removes one, Shift+click a range.
fn click(ui: &Ui, inbox: &mut Inbox, map: &JourneyMap, row: usize, id: ReviewId) {
    let (ctrl, shift) = ui.input(|i| (i.modifiers.command, i.modifiers.shift));
    if shift && let Some(anchor) = inbox.anchor {
        inbox.select_range(map, anchor, row);
    } else if ctrl {
        if !inbox.selected.remove(&id) {
            inbox.selected.insert(id);
        }
        inbox.anchor = Some(row);
    } else {
        inbox.selected = [id].into();
        inbox.anchor = Some(row);
    }
}
