//! What the issue 26 UI tests share: a Russian app on a 1440×900 laptop
//! screen, a map opened by dropping its file, the texts on screen as a
//! screen reader gets them, and screens written as PNGs when asked
//! (`JOURNEYMAP_SHOTS=/some/dir`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::io::{save_file, template_in};
use journeymap::model::{JourneyMap, Lang};
use journeymap::ui::{JourneyApp, Prefs, setup_context};

pub fn app_with(prefs: Prefs) -> Harness<'static, JourneyApp> {
    let mut h = Harness::builder()
        .with_size([1440.0, 900.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::with_prefs(prefs)
        });
    h.state_mut().footer_date = Some("2026-12-01".into());
    h.state_mut().use_builtin_file_chooser();
    h.run();
    h
}

pub fn app() -> Harness<'static, JourneyApp> {
    app_with(Prefs {
        language: Some(Lang::Ru),
        comment_author: "Марина".into(),
        ..Default::default()
    })
}

pub fn russian_map() -> JourneyMap {
    template_in("current-state", Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap()
}

#[derive(Debug)]
pub struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

pub fn open(h: &mut Harness<'static, JourneyApp>, file: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(file.to_path_buf())));
    h.run_steps(8);
}

pub fn open_map(h: &mut Harness<'static, JourneyApp>, map: &JourneyMap) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("дилер.ron");
    save_file(&file, map).unwrap();
    open(h, &file);
    dir
}

/// Write the screen to `$JOURNEYMAP_SHOTS/name.png` when asked to.
pub fn shot(h: &mut Harness<'static, JourneyApp>, name: &str) {
    if let Ok(dir) = std::env::var("JOURNEYMAP_SHOTS") {
        let image = h.render().expect("a rendering");
        std::fs::create_dir_all(&dir).unwrap();
        image
            .save(Path::new(&dir).join(format!("{name}.png")))
            .unwrap();
    }
}

/// The text field named by a label containing `name`.
pub fn field<'a>(h: &'a Harness<'static, JourneyApp>, name: &'a str) -> egui_kittest::Node<'a> {
    use egui::accesskit::Role;
    h.get_all_by_label_contains(name)
        .find(|n| {
            matches!(
                n.accesskit_node().role(),
                Role::TextInput | Role::MultilineTextInput
            )
        })
        .expect("a text field")
}

/// Every text the screen shows (labels, buttons, links), as screen
/// readers get it.
pub fn texts(h: &Harness<'static, JourneyApp>) -> Vec<String> {
    h.root()
        .children_recursive()
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|t| !t.is_empty())
        .collect()
}

pub fn canvas_width(h: &Harness<'static, JourneyApp>) -> f32 {
    h.state()
        .canvas()
        .last_rect
        .expect("the canvas was drawn")
        .width()
}
