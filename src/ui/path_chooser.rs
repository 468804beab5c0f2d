//! The app's own file chooser, for when no native dialog can open (Linux
//! with no desktop portal and no zenity): a folder listing, a file name
//! field and the same answer the native dialog would give. Never silent:
//! it says why it is shown, and every refusal says what is wrong.

use std::path::{Path, PathBuf};

use egui::{Id, Key, RichText};

use super::files::{Purpose, Request};
use super::intent::Intent;
use crate::t;

/// One entry of the listing.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    name: String,
    folder: bool,
}

/// The chooser's state while it is open.
#[derive(Clone, Debug, PartialEq)]
pub struct PathChooser {
    pub request: Request,
    /// The folder listed (and where a bare file name goes).
    pub folder: PathBuf,
    /// What the folder field shows while being typed.
    folder_text: String,
    /// The file name, or a whole path.
    pub name: String,
    entries: Vec<Entry>,
    pub error: Option<String>,
    /// A save onto an existing file was asked once: the next press replaces it.
    replace_asked: Option<PathBuf>,
}

impl PathChooser {
    /// A chooser for `request`, in its folder (else the current folder).
    pub fn new(request: Request) -> PathChooser {
        let folder = request
            .folder
            .clone()
            .filter(|f| f.is_dir())
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let name = if request.purpose.saves() {
            with_extension_of(&request.suggested, &request.purpose)
        } else {
            String::new()
        };
        let mut chooser = PathChooser {
            request,
            folder_text: folder.display().to_string(),
            folder: PathBuf::new(),
            name,
            entries: Vec::new(),
            error: None,
            replace_asked: None,
        };
        chooser.enter(folder);
        chooser
    }

    /// List `folder` (folders first, then files the purpose takes; hidden
    /// entries left out), or say why it cannot be listed.
    fn enter(&mut self, folder: PathBuf) {
        let extensions = self.request.purpose.extensions();
        match std::fs::read_dir(&folder) {
            Ok(read) => {
                let mut entries: Vec<Entry> = read
                    .flatten()
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        let folder = e.path().is_dir();
                        let wanted = folder
                            || Path::new(&name)
                                .extension()
                                .and_then(|x| x.to_str())
                                .is_some_and(|x| extensions.contains(&x.to_lowercase().as_str()));
                        (!name.starts_with('.') && wanted).then_some(Entry { name, folder })
                    })
                    .collect();
                entries.sort_by_key(|e| (!e.folder, e.name.to_lowercase()));
                self.entries = entries;
                self.folder_text = folder.display().to_string();
                self.folder = folder;
                self.error = None;
            }
            Err(e) => {
                self.error = Some(t!(
                    "chooser-cannot-list",
                    folder = folder.display().to_string(),
                    error = e.to_string()
                ));
            }
        }
    }

    /// The path the fields name: a whole path as typed, else the name in the folder.
    fn chosen_path(&self) -> PathBuf {
        let name = Path::new(self.name.trim());
        if name.is_absolute() {
            name.to_path_buf()
        } else {
            self.folder.join(name)
        }
    }

    /// Check the choice; `Some(path)` when it can be answered.
    pub fn confirm(&mut self) -> Option<PathBuf> {
        if self.name.trim().is_empty() {
            self.error = Some(t!("chooser-name-needed").into_owned());
            return None;
        }
        let path = self.chosen_path();
        if path.is_dir() {
            self.name.clear();
            self.enter(path);
            return None;
        }
        if !self.request.purpose.saves() {
            if !path.is_file() {
                self.error = Some(t!("chooser-no-file", file = path.display().to_string()));
                return None;
            }
            return Some(path);
        }
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(parent) = parent
            && !parent.is_dir()
        {
            self.error = Some(t!(
                "chooser-no-folder",
                folder = parent.display().to_string()
            ));
            return None;
        }
        // As native save dialogs do: ask once before replacing a file.
        if path.exists() && self.replace_asked.as_ref() != Some(&path) {
            self.error = Some(t!(
                "chooser-replace",
                file = path.display().to_string(),
                button = t!("button-save").into_owned()
            ));
            self.replace_asked = Some(path);
            return None;
        }
        Some(path)
    }
}

/// `suggested` with the purpose's first extension when it has none.
fn with_extension_of(suggested: &str, purpose: &Purpose) -> String {
    let has = Path::new(suggested).extension().is_some();
    match purpose.extensions().first() {
        Some(ext) if !has && !suggested.is_empty() => format!("{suggested}.{ext}"),
        _ => suggested.to_string(),
    }
}

fn heading(purpose: &Purpose) -> String {
    purpose.title()
}

/// Draw the chooser; its answer goes into `out`.
pub fn path_chooser_ui(ctx: &egui::Context, chooser: &mut PathChooser, out: &mut Vec<Intent>) {
    let mut pressed = false;
    let modal = egui::Modal::new(Id::unique("path-chooser")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(heading(&chooser.request.purpose));
        ui.label(RichText::new(t!("chooser-why")).weak());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label(t!("chooser-folder"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut chooser.folder_text).desired_width(380.0))
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                chooser.enter(PathBuf::from(chooser.folder_text.trim()));
            }
            if ui.button(t!("chooser-up")).clicked()
                && let Some(parent) = chooser.folder.parent()
            {
                chooser.enter(parent.to_path_buf());
            }
        });
        let mut entered: Option<PathBuf> = None;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(280.0)
                .min_scrolled_height(180.0)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if chooser.entries.is_empty() {
                        ui.label(RichText::new(t!("chooser-empty")).weak());
                    }
                    for entry in &chooser.entries {
                        let shown = if entry.folder {
                            format!("{}/", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let picked = chooser.name == entry.name;
                        let row = ui.selectable_label(picked, shown);
                        if entry.folder && row.clicked() {
                            entered = Some(chooser.folder.join(&entry.name));
                        } else if row.double_clicked() {
                            chooser.name = entry.name.clone();
                            pressed = true;
                        } else if row.clicked() {
                            chooser.name = entry.name.clone();
                        }
                    }
                });
        });
        if let Some(folder) = entered {
            chooser.enter(folder);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label(t!("chooser-file-name"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut chooser.name).desired_width(380.0))
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                pressed = true;
            }
        });
        if let Some(error) = &chooser.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let ok = if chooser.request.purpose.saves() {
                t!("button-save")
            } else {
                t!("button-open")
            };
            if ui.button(ok).clicked() {
                pressed = true;
            }
            if ui.button(t!("button-cancel")).clicked() {
                out.push(Intent::CloseModal);
            }
        });
    });
    if pressed && let Some(path) = chooser.confirm() {
        out.extend([
            Intent::CloseModal,
            Intent::PathChosen(Box::new(chooser.request.purpose.clone()), path),
        ]);
    } else if modal.should_close() {
        out.push(Intent::CloseModal);
    }
}
