//! The start screen: a tile per template (with a live preview), Open file…,
//! and recent files.

use std::path::PathBuf;

use egui::emath::TSTransform;
use egui::{Color32, CornerRadius, Rect, RichText, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::command::UiCommand;
use super::intent::{Intent, Replace};
use super::paint::paint_prims;
use crate::i18n::ui_lang;
use crate::io::{Template, templates_in};
use crate::layout::Shaper;
use crate::model::Lang;
use crate::render::{Picture, PictureOptions, picture};
use crate::style::Theme;
use crate::t;

/// Previews of the templates, laid out once.
#[derive(Default)]
pub struct StartState {
    previews: Vec<Option<Picture>>,
    theme: Option<Theme>,
    /// The language of the templates offered; `None` follows the interface.
    pub templates_lang: Option<Lang>,
    /// The language the previews were made in.
    previews_lang: Option<Lang>,
    text_options: Option<egui::epaint::text::TextOptions>,
    /// The recent files as last looked at on disk, each with when it was
    /// changed (seconds since 1970; `None`: gone), and when that was: the
    /// disk is asked again when the list changes or every few seconds, not
    /// every frame.
    recent_seen: Vec<(PathBuf, Option<u64>)>,
    recent_seen_at: f64,
}

/// How often the recent files are looked at again on disk, in seconds.
const RECENT_RECHECK_S: f64 = 5.0;

/// When `path` was last changed, in seconds since 1970; `None` when it
/// cannot be read (moved, deleted, a drive not mounted).
fn changed_secs(path: &std::path::Path) -> Option<u64> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(
        modified
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs(),
    )
}

// Tall enough for a three-line description (Russian and Latvian run longer).
const TILE: egui::Vec2 = vec2(300.0, 250.0);

/// Draw the start screen; the user's choice goes into `out`.
pub fn start_ui(
    ui: &mut Ui,
    state: &mut StartState,
    recent: &[PathBuf],
    theme: Theme,
    out: &mut Vec<Intent>,
) {
    let options = ui.ctx().fonts(|f| *f.options());
    let options_changed = state.text_options.as_ref() != Some(&options);
    state.text_options = Some(options);
    let lang = state.templates_lang.unwrap_or_else(ui_lang);
    let templates = templates_in(lang);
    if options_changed
        || state.theme != Some(theme)
        || state.previews.len() != templates.len()
        || state.previews_lang != Some(lang)
    {
        state.previews_lang = Some(lang);
        state.previews = templates
            .iter()
            .map(|t| {
                let map = t.instantiate().ok()?;
                // As the map will look when opened from the template.
                let options = PictureOptions {
                    theme,
                    date: crate::date::today(),
                    ..Default::default()
                };
                Some(
                    ui.ctx()
                        .fonts_mut(|f| picture(&map, &mut Shaper::new(f), &options)),
                )
            })
            .collect();
        state.theme = Some(theme);
    }
    let now = ui.input(|i| i.time);
    let listed = state.recent_seen.iter().map(|(p, _)| p);
    if !listed.eq(recent.iter()) || now - state.recent_seen_at > RECENT_RECHECK_S {
        state.recent_seen = (recent.iter())
            .map(|p| (p.clone(), changed_secs(p)))
            .collect();
        state.recent_seen_at = now;
    }
    let mut choice: Option<Intent> = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(28.0);
        ui.vertical_centered(|ui| {
            ui.heading(RichText::new("journeymap").size(30.0).strong());
            ui.label(t!("start-tagline"));
        });
        ui.add_space(24.0);
        let columns = ((ui.available_width() - 40.0) / (TILE.x + 16.0))
            .floor()
            .clamp(1.0, 5.0) as usize;
        let total = columns as f32 * (TILE.x + 16.0);
        let left_pad = ((ui.available_width() - total) / 2.0).max(0.0);
        ui.horizontal(|ui| {
            ui.add_space(left_pad);
            ui.label(RichText::new(t!("start-from-template")).size(17.0).strong());
            ui.add_space(16.0);
            // The same templates written in another language.
            ui.label(RichText::new(t!("start-templates-language")).weak());
            for other in Lang::ALL {
                if ui
                    .selectable_label(lang == other, other.native_name())
                    .on_hover_text(t!(
                        "start-templates-language-tip",
                        language = other.native_name()
                    ))
                    .clicked()
                {
                    state.templates_lang = Some(other);
                }
            }
        });
        ui.add_space(8.0);
        for row in templates
            .iter()
            .enumerate()
            .collect::<Vec<_>>()
            .chunks(columns)
        {
            ui.horizontal(|ui| {
                ui.add_space(left_pad);
                for (i, template) in row {
                    if tile_ui(ui, template, state.previews[*i].as_ref()).clicked() {
                        choice = Some(Intent::Request(Replace::Template(template)));
                    }
                    ui.add_space(16.0);
                }
            });
            ui.add_space(16.0);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.add_space(left_pad);
            // The same commands as File → Open and File → Import.
            for command in [UiCommand::Open, UiCommand::Import] {
                if ui
                    .button(RichText::new(command.label()).size(15.0))
                    .on_hover_text(command.tooltip_with_shortcut(ui.ctx()))
                    .clicked()
                {
                    choice = Some(Intent::Run(command));
                }
            }
        });
        if !recent.is_empty() {
            ui.add_space(20.0);
            ui.horizontal(|ui| {
                ui.add_space(left_pad);
                ui.vertical(|ui| {
                    ui.label(RichText::new(t!("start-recent")).size(17.0).strong());
                    for (path, changed) in &state.recent_seen {
                        recent_row_ui(ui, path, *changed, &mut choice);
                    }
                });
            });
        }
        ui.add_space(24.0);
    });
    out.extend(choice);
}

/// `path`'s folder as a person reads it: the home folder as "~".
pub fn folder_text(path: &std::path::Path) -> String {
    let Some(folder) = path.parent() else {
        return String::new();
    };
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    if let Some(home) = home.map(PathBuf::from)
        && let Ok(rest) = folder.strip_prefix(&home)
    {
        return if rest.as_os_str().is_empty() {
            "~".into()
        } else {
            format!("~{}{}", std::path::MAIN_SEPARATOR, rest.display())
        };
    }
    folder.display().to_string()
}

/// One recent file: its name as a link, its folder and when it was last
/// changed; a file no longer there says so and can be taken off the list.
fn recent_row_ui(
    ui: &mut Ui,
    path: &std::path::Path,
    changed: Option<u64>,
    choice: &mut Option<Intent>,
) {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let changed = changed.map(super::local_time::shown_seconds);
    ui.horizontal(|ui| match &changed {
        Some(when) => {
            let resp = ui
                .add(egui::Button::new(RichText::new(&name).strong()).frame(false))
                .on_hover_text(path.display().to_string());
            if resp.clicked() {
                *choice = Some(Intent::Request(Replace::OpenPath(path.to_path_buf())));
            }
            ui.label(
                RichText::new(t!(
                    "start-recent-where",
                    folder = folder_text(path),
                    when = when.as_str()
                ))
                .weak(),
            );
        }
        None => {
            ui.label(RichText::new(t!("start-missing-file", name = name.as_str())).weak())
                .on_hover_text(path.display().to_string());
            ui.label(RichText::new(folder_text(path)).weak());
            if ui
                .small_button(t!("start-recent-forget"))
                .on_hover_text(t!("start-recent-forget-tip"))
                .clicked()
            {
                *choice = Some(Intent::ForgetRecent(path.to_path_buf()));
            }
        }
    });
}

fn tile_ui(ui: &mut Ui, template: &Template, preview: Option<&Picture>) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(TILE, Sense::click());
    let title = template.title_in(ui_lang());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, title.as_ref()));
    let visuals = ui.visuals();
    let hovered = response.hovered();
    let painter = ui.painter_at(rect.expand(2.0));
    let stroke = if hovered {
        Stroke::new(2.0, visuals.selection.bg_fill)
    } else {
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    painter.rect(
        rect,
        CornerRadius::same(10),
        visuals.extreme_bg_color,
        stroke,
        egui::StrokeKind::Inside,
    );
    let preview_rect = Rect::from_min_size(
        rect.min + vec2(10.0, 10.0),
        vec2(rect.width() - 20.0, 140.0),
    );
    painter.rect_filled(preview_rect, 6.0, Color32::WHITE);
    if let Some(picture) = preview {
        let layout = &picture.layout;
        let zoom =
            (preview_rect.width() / layout.size.x).min(preview_rect.height() / layout.size.y);
        let offset = preview_rect.min.to_vec2() + (preview_rect.size() - layout.size * zoom) / 2.0;
        let tf = TSTransform::new(offset, zoom);
        let clip = ui.painter_at(preview_rect);
        let visible = tf.inverse() * preview_rect;
        paint_prims(&clip, picture.prims(), tf, visible);
    } else {
        painter.text(
            preview_rect.center(),
            egui::Align2::CENTER_CENTER,
            t!("start-blank-preview"),
            egui::FontId::proportional(18.0),
            Color32::GRAY,
        );
    }
    // Painted, not labels: the tile itself carries the accessible name.
    let text_pos = preview_rect.left_bottom() + vec2(2.0, 10.0);
    let title = painter.layout(
        title.to_string(),
        egui::FontId::new(16.0, crate::fonts::FontStyle::Bold.family()),
        visuals.strong_text_color(),
        rect.width() - 24.0,
    );
    let title_height = title.size().y;
    painter.galley(text_pos, title, visuals.strong_text_color());
    let description = painter.layout(
        template.description_in(ui_lang()).to_string(),
        egui::FontId::proportional(12.5),
        visuals.weak_text_color(),
        rect.width() - 24.0,
    );
    painter.galley(
        text_pos + vec2(0.0, title_height + 4.0),
        description,
        visuals.weak_text_color(),
    );
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}
