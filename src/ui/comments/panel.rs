//! The Comments panel: who is writing, a new comment on the selection (or
//! the map), and the threads — open ones first, resolved ones on request —
//! each with its item as a link, its comments, a reply box and Resolve.

use egui::{Align, Key, Layout, Modifiers, RichText, Ui};

use super::{CommentsPanel, target_label, target_of};
use crate::model::{Comment, JourneyMap, Thread};
use crate::t;
use crate::ui::command::UiCommand;
use crate::ui::intent::CommentsIntent;
use crate::ui::intent::Intent;
use crate::ui::selection::Selection;

fn push(out: &mut Vec<Intent>, intent: CommentsIntent) {
    out.push(Intent::Comments(intent));
}

/// The panel; map changes go into `out` as intents.
pub fn comments_ui(
    ui: &mut Ui,
    panel: &mut CommentsPanel,
    map: &JourneyMap,
    selection: &Selection,
    author: &str,
    out: &mut Vec<Intent>,
) {
    ui.horizontal(|ui| {
        ui.heading(t!("comments-title"));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui
                .button(t!("comments-close"))
                .on_hover_text(UiCommand::ToggleComments.tooltip())
                .clicked()
            {
                out.push(Intent::Run(UiCommand::ToggleComments));
            }
        });
    });
    let name = panel.author.get_or_insert_with(|| author.to_string());
    ui.horizontal(|ui| {
        let l = ui.label(t!("comments-author"));
        let field = ui.add(
            egui::TextEdit::singleline(name)
                .hint_text(t!("comments-author-hint"))
                .desired_width(f32::INFINITY),
        );
        let field = field.labelled_by(l.id);
        if field.changed() {
            push(out, CommentsIntent::SetAuthor(name.clone()));
        }
    });
    if !panel.author_confirmed {
        ui.label(RichText::new(t!("comments-author-check")).weak().small());
    }
    let name = name.clone();
    ui.separator();
    new_comment_ui(ui, panel, map, selection, &name, out);
    ui.separator();
    let threads = map.threads();
    let open = threads.iter().filter(|t| !t.resolved()).count();
    let resolved = threads.len() - open;
    ui.horizontal(|ui| {
        ui.strong(t!("comments-open-threads", count = open));
        if resolved > 0 {
            ui.checkbox(
                &mut panel.show_resolved,
                t!("comments-show-resolved", count = resolved),
            );
        }
    });
    if threads.is_empty() {
        ui.label(RichText::new(t!("comments-none")).weak());
        return;
    }
    // Threads on the selected item first, then the rest as started.
    let here = target_of(selection);
    let mut shown: Vec<&Thread> = threads
        .iter()
        .filter(|t| panel.show_resolved || !t.resolved())
        .collect();
    shown.sort_by_key(|t| t.first.on != here);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for thread in shown {
                thread_ui(ui, panel, map, thread, thread.first.on == here, out);
                ui.add_space(6.0);
            }
        });
}

fn new_comment_ui(
    ui: &mut Ui,
    panel: &mut CommentsPanel,
    map: &JourneyMap,
    selection: &Selection,
    author: &str,
    out: &mut Vec<Intent>,
) {
    let on = target_of(selection);
    let l = ui.label(t!("comments-new-on", item = target_label(map, on)));
    let field = ui
        .add(
            egui::TextEdit::multiline(&mut panel.draft)
                .hint_text(t!("comments-new-hint"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    if std::mem::take(&mut panel.focus_draft) {
        field.request_focus();
    }
    let submit_key =
        field.has_focus() && ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::Enter));
    // The button stays enabled: a click or Ctrl+Enter that cannot post says
    // why instead of doing nothing.
    let why_not = if panel.draft.trim().is_empty() {
        Some(t!("comments-why-no-text"))
    } else if author.trim().is_empty() {
        Some(t!("comments-author-needed"))
    } else {
        None
    };
    ui.horizontal(|ui| {
        let button = ui
            .button(t!("comments-add"))
            .on_hover_text(t!("comments-add-tip"));
        if button.clicked() || submit_key {
            match &why_not {
                None => {
                    panel.why_not = None;
                    push(
                        out,
                        CommentsIntent::Add {
                            on,
                            text: panel.draft.clone(),
                        },
                    );
                }
                Some(why) => panel.why_not = Some(why.to_string()),
            }
        }
    });
    if why_not.is_none() {
        panel.why_not = None;
    }
    if let Some(why) = &panel.why_not {
        ui.colored_label(ui.visuals().warn_fg_color, why);
    }
}

fn thread_ui(
    ui: &mut Ui,
    panel: &mut CommentsPanel,
    map: &JourneyMap,
    thread: &Thread,
    on_selection: bool,
    out: &mut Vec<Intent>,
) {
    let stroke = if on_selection {
        ui.visuals().selection.stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let first = thread.first;
            ui.horizontal(|ui| {
                // An item deleted since is not on the map to show.
                let about = target_label(map, first.on);
                if map.comment_target_exists(first.on) {
                    let link = ui.link(about).on_hover_text(t!("comments-show-tip"));
                    if link.clicked() {
                        push(out, CommentsIntent::Show(first.on));
                    }
                } else {
                    ui.label(RichText::new(about).weak().italics());
                }
                if thread.resolved() {
                    ui.label(RichText::new(t!("comments-resolved")).weak());
                }
            });
            for (k, comment) in thread.comments().enumerate() {
                if k > 0 {
                    ui.add_space(2.0);
                }
                ui.indent(("comment", comment.id), |ui| {
                    comment_ui(ui, panel, comment, k == 0, out);
                });
            }
            let draft = panel.replies.entry(first.id).or_default();
            ui.horizontal(|ui| {
                let field = ui.add(
                    egui::TextEdit::singleline(draft)
                        .hint_text(t!("comments-reply-hint"))
                        .desired_width(ui.available_width() - 90.0),
                );
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                let ready = !draft.trim().is_empty();
                let button = ui.add_enabled(ready, egui::Button::new(t!("comments-reply")));
                if (button.clicked() || enter) && ready {
                    push(
                        out,
                        CommentsIntent::Reply {
                            thread: first.id,
                            text: draft.clone(),
                        },
                    );
                }
            });
            let (label, tip) = if thread.resolved() {
                (t!("comments-reopen"), t!("comments-reopen-tip"))
            } else {
                (t!("comments-resolve"), t!("comments-resolve-tip"))
            };
            if ui.button(label).on_hover_text(tip).clicked() {
                push(
                    out,
                    CommentsIntent::Resolve {
                        thread: first.id,
                        resolved: !thread.resolved(),
                    },
                );
            }
        });
}

fn comment_ui(
    ui: &mut Ui,
    panel: &mut CommentsPanel,
    comment: &Comment,
    starts_thread: bool,
    out: &mut Vec<Intent>,
) {
    ui.horizontal_wrapped(|ui| {
        let name = match comment.author.trim() {
            "" => t!("comments-anonymous"),
            a => a.into(),
        };
        ui.strong(name);
        ui.label(
            RichText::new(crate::ui::local_time::shown(&comment.time))
                .weak()
                .small(),
        );
    });
    match &mut panel.editing {
        Some((id, text)) if *id == comment.id => {
            ui.add(egui::TextEdit::multiline(text).desired_width(f32::INFINITY));
            let mut cancel = false;
            ui.horizontal(|ui| {
                if ui.button(t!("comments-save")).clicked() {
                    push(
                        out,
                        CommentsIntent::Edit {
                            id: comment.id,
                            text: text.clone(),
                        },
                    );
                }
                cancel = ui.button(t!("comments-cancel")).clicked();
            });
            if cancel {
                panel.editing = None;
            }
        }
        _ => {
            ui.label(&comment.text);
            ui.horizontal(|ui| {
                if ui.small_button(t!("comments-edit")).clicked() {
                    panel.editing = Some((comment.id, comment.text.clone()));
                }
                let tip = if starts_thread {
                    t!("comments-delete-thread-tip")
                } else {
                    t!("comments-delete-tip")
                };
                if ui
                    .small_button(t!("comments-delete"))
                    .on_hover_text(tip)
                    .clicked()
                {
                    push(out, CommentsIntent::Delete(comment.id));
                }
            });
        }
    }
}
