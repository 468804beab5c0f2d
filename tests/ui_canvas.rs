//! The canvas as pixels and camera, driven through the app with
//! egui_kittest: pinned lane titles and stage band while panning, how a map
//! is framed when it opens.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Pos2, Rect, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use image::RgbaImage;
use journeymap::io::TEMPLATES;
use journeymap::layout::RowContent;
use journeymap::ui::{JourneyApp, setup_context};

fn app() -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size([1500.0, 1000.0])
        .build_eframe(|cc| {
            setup_context(&cc.egui_ctx);
            JourneyApp::new(cc, None)
        });
    harness.state_mut().footer_date = Some("2026-01-01".into());
    harness.run();
    harness
}

fn open(title: &str) -> Harness<'static, JourneyApp> {
    let mut harness = app();
    harness.get_by_label(title).click();
    harness.run();
    harness
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn set_camera(h: &mut Harness<'static, JourneyApp>, zoom: f32, pan: egui::Vec2) {
    h.state_mut().canvas_mut().camera.zoom = zoom;
    h.state_mut().canvas_mut().camera.pan = pan;
    h.run();
}

fn canvas_rect(h: &Harness<'static, JourneyApp>) -> Rect {
    h.state().canvas().last_rect.expect("the canvas was drawn")
}

/// Pixels of `img` inside `r` (screen points = pixels here) that pass `f`.
fn count(img: &RgbaImage, r: Rect, f: impl Fn([u8; 4]) -> bool) -> usize {
    let x0 = r.left().max(0.0) as u32;
    let y0 = r.top().max(0.0) as u32;
    let x1 = (r.right() as u32).min(img.width());
    let y1 = (r.bottom() as u32).min(img.height());
    let mut n = 0;
    for y in y0..y1 {
        for x in x0..x1 {
            if f(img.get_pixel(x, y).0) {
                n += 1;
            }
        }
    }
    n
}

/// Text ink in the light theme (text is #1F2937, bands are near white).
fn ink(p: [u8; 4]) -> bool {
    u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2]) < 360
}

/// A strongly coloured pixel (a stage chevron, an accent), not grey or white.
fn saturated(p: [u8; 4]) -> bool {
    let max = p[0].max(p[1]).max(p[2]);
    let min = p[0].min(p[1]).min(p[2]);
    max - min > 60
}

/// Screen rects of the lane titles as the pinned column places them: the
/// title column's left edge at the canvas's left edge.
fn pinned_title_rects(h: &Harness<'static, JourneyApp>) -> Vec<(String, Rect)> {
    let state = h.state();
    let rect = canvas_rect(h);
    let layout = state.canvas().layout().unwrap();
    let camera = state.canvas().camera;
    let to_screen = camera.to_screen(rect);
    let grid_left = layout.grid.left();
    layout
        .lanes
        .iter()
        .filter(|l| !matches!(l.content, RowContent::Line { .. }))
        .map(|l| {
            let r = l.title.rect();
            let top_left = pos2(
                rect.left() + (r.left() - grid_left) * camera.zoom,
                (to_screen * r.min).y,
            );
            let text = l.title.rows.iter().map(|r| r.text.as_str()).collect();
            (text, Rect::from_min_size(top_left, r.size() * camera.zoom))
        })
        .filter(|(_, r)| rect.contains_rect(*r))
        .collect()
}

#[test]
fn panned_right_at_100_percent_the_pinned_column_shows_the_lane_titles() {
    let mut h = open("Current state");
    // The title column's edge exactly at the canvas edge: not pinned yet,
    // the titles are drawn where the map puts them.
    let margin = h.state().canvas().layout().unwrap().grid.left();
    set_camera(&mut h, 1.0, vec2(-margin, 0.0));
    let unpinned = h.render().unwrap();
    let reference = pinned_title_rects(&h);
    assert!(reference.len() >= 4, "several lane titles on screen");

    // Far to the right: the column is pinned over the cards.
    set_camera(&mut h, 1.0, vec2(-margin - 900.0, 0.0));
    let pinned = h.render().unwrap();
    assert_eq!(pinned_title_rects(&h), reference, "same place on screen");
    for (title, r) in &reference {
        let before = count(&unpinned, *r, ink);
        let after = count(&pinned, *r, ink);
        assert!(before > 20, "{title:?} has ink when not pinned ({before})");
        assert!(
            after * 10 >= before * 8,
            "{title:?}: {after} ink pixels in the pinned column, {before} unpinned"
        );
    }
    // And zoomed in, too.
    set_camera(&mut h, 1.5, vec2(-margin * 1.5 - 900.0, 0.0));
    let zoomed = h.render().unwrap();
    for (title, r) in pinned_title_rects(&h) {
        assert!(count(&zoomed, r, ink) > 20, "{title:?} at 150 %");
    }
}

/// The pinned stage band's screen geometry from the layout.
fn stage_band_facts(h: &Harness<'static, JourneyApp>) -> (f32, Vec<(f32, f32)>) {
    let state = h.state();
    let rect = canvas_rect(h);
    let layout = state.canvas().layout().unwrap();
    let to_screen = state.canvas().camera.to_screen(rect);
    let header_height = layout.stages[0].header.height();
    let columns = layout
        .stages
        .iter()
        .map(|s| {
            (
                (to_screen * pos2(s.x, 0.0)).x,
                (to_screen * pos2(s.x + s.width, 0.0)).x,
            )
        })
        .collect();
    (header_height, columns)
}

#[test]
fn the_pinned_stage_band_is_opaque_capped_and_keeps_out_of_the_title_corner() {
    let mut h = open("Current state");
    let zoom = 3.3;
    // Scrolled well into the map: both the band and the titles are pinned.
    set_camera(&mut h, zoom, vec2(-1900.0, -1700.0));
    let img = h.render().unwrap();
    let rect = canvas_rect(&h);
    let (header_height, _) = stage_band_facts(&h);
    let title_strip_right = rect.left() + journeymap::layout::metrics::LANE_TITLE_WIDTH * zoom;

    // Opaque: the top rows above the chevrons are plain background however
    // much ink lies beneath.
    let top_rows = Rect::from_x_y_ranges(
        title_strip_right + 2.0..=rect.right(),
        rect.top()..=rect.top() + 3.0,
    );
    let leaks = count(&img, top_rows, |p| p[0] < 254 || p[1] < 254 || p[2] < 254);
    assert_eq!(leaks, 0, "content shows through the band's strip");

    // Corner first (this map has ink everywhere); the height below on a
    // map without cards, where only the chevrons are strongly coloured.
    let corner = Rect::from_min_max(
        rect.min + vec2(2.0, 2.0),
        pos2(title_strip_right - 4.0, rect.top() + header_height),
    );
    let chevron = count(&img, corner, saturated);
    assert_eq!(
        chevron, 0,
        "the stage band slides over the title column's corner"
    );

    let mut bare = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    for lane in &mut bare.lanes {
        lane.cards.clear();
        lane.series.clear();
        lane.values.clear();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bare.ron");
    journeymap::io::save_file(&path, &bare).unwrap();
    let mut h = app();
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    h.run();
    set_camera(&mut h, zoom, vec2(-1900.0, -1700.0));
    let img = h.render().unwrap();
    let rect = canvas_rect(&h);
    let (header_height, columns) = stage_band_facts(&h);

    // Capped: a chevron's colour runs down no further than a 100 % header.
    let (left, right) = columns
        .iter()
        .copied()
        .find(|&(l, r)| l > title_strip_right && r < rect.right())
        .or_else(|| {
            columns
                .iter()
                .copied()
                .find(|&(l, r)| r - l > 100.0 && (l + r) / 2.0 > title_strip_right + 40.0)
        })
        .expect("a stage column on screen");
    let x = ((left + right) / 2.0)
        .max(title_strip_right + 20.0)
        .min(rect.right() - 20.0);
    let column = Rect::from_x_y_ranges(x..=x + 1.0, rect.top()..=rect.bottom());
    let band_pixels = count(&img, column, saturated) as f32;
    assert!(
        band_pixels >= header_height * 0.5,
        "the band is drawn ({band_pixels} px)"
    );
    assert!(
        band_pixels <= header_height + 12.0,
        "the pinned band is {band_pixels} px tall at {zoom}× (a 100 % header is {header_height})"
    );
}

#[test]
fn a_template_opens_fitted_to_the_window() {
    for template in &TEMPLATES {
        let h = open(template.title);
        let state = h.state();
        let rect = canvas_rect(&h);
        let camera = state.canvas().camera;
        let size = state.canvas().layout().unwrap().size;
        assert!(camera.zoom <= 1.0, "{}: never above 100 %", template.name);
        let on_screen = Rect::from_min_size(
            Pos2::ZERO + camera.to_screen(rect).translation,
            size * camera.zoom,
        );
        assert!(
            rect.expand(0.5).contains_rect(on_screen),
            "{}: the whole map {on_screen:?} is in the canvas {rect:?}",
            template.name
        );
        let gaps = (
            on_screen.left() - rect.left(),
            rect.right() - on_screen.right(),
            on_screen.top() - rect.top(),
            rect.bottom() - on_screen.bottom(),
        );
        assert!(
            (gaps.0 - gaps.1).abs() <= 1.0 && (gaps.2 - gaps.3).abs() <= 1.0,
            "{}: centred, gaps {gaps:?}",
            template.name
        );
        assert!(
            gaps.0.min(gaps.2) <= 1.0 || camera.zoom == 1.0,
            "{}: as large as fits (zoom {}, gaps {gaps:?})",
            template.name,
            camera.zoom
        );
    }
}

#[test]
fn a_pinned_stage_header_is_clicked_where_it_is_drawn() {
    let mut h = open("Current state");
    let zoom = 3.3;
    set_camera(&mut h, zoom, vec2(-1900.0, -1700.0));
    h.run();
    let (header_height, _) = stage_band_facts(&h);
    let map = h.state().doc().unwrap().map.clone();
    let rect = canvas_rect(&h);
    // The band is drawn at most at 100 %: its headers' hit areas too, not
    // 3.3 times taller (which would swallow clicks on the cards below).
    let on_screen: Vec<_> = map
        .stages
        .iter()
        .filter_map(|s| h.query_by_label(&s.name).map(|n| n.rect()))
        .filter(|r| r.width() > 1.0)
        .collect();
    assert!(!on_screen.is_empty(), "some stage header is in view");
    for r in on_screen {
        assert!(
            r.height() <= header_height + 2.0,
            "a pinned header's hit area is {} tall; drawn {header_height}",
            r.height()
        );
        assert!(r.top() >= rect.top() - 1.0);
    }
}
