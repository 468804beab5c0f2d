//! Pictures on the map (issue 18) in exports: a storyboard lane's pictures
//! and a card's picture drawn where the layout puts their frames, in SVG
//! (embedded), PNG (the same through resvg) and PDF (krilla); PNG, JPEG,
//! WebP and GIF read; a missing picture drawn as a placeholder with a
//! warning naming it.

use std::path::Path;
use std::process::Command;

use journeymap::export::pdf::{PdfPages, export_pdf};
use journeymap::export::{
    ExportOptions, NoteOf, PhotoIssue, export_png_with_notes, export_svg_with_notes,
    headless_fonts, headless_layout,
};
use journeymap::io::{save_file, template_by_name};
use journeymap::layout::{CardPicture, MapLayout};
use journeymap::model::{Card, CardId, JourneyMap, Lane, LaneId, LaneKind};

const DATE: &str = "2026-01-01";
const RED: [u8; 3] = [220, 30, 40];
const GREEN: [u8; 3] = [30, 170, 60];
const BLUE: [u8; 3] = [30, 80, 220];

/// The current-state template with a storyboard lane under the stages:
/// three pictures (red, green, blue), one per stage, each with a caption;
/// and `extra` on the first action card.
fn storyboard(dir: &Path, files: [&str; 3], extra: Option<&str>) -> JourneyMap {
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let mut lane = Lane::new(LaneId(9000), LaneKind::Storyboard);
    let captions = [
        "Sees the ad on the way to work",
        "Compares two cars at the dealer",
        "Signs the papers",
    ];
    for (i, (stage, file)) in map.stages.iter().zip(files).enumerate() {
        let mut card = Card::new(CardId(9001 + i as u64), stage.id, captions[i]);
        card.image = Some(file.to_string());
        card.alt = Some(format!("Scene {}", i + 1));
        lane.cards.push(card);
    }
    map.lanes.insert(0, lane);
    if let Some(extra) = extra {
        map.lanes[1].cards[0].image = Some(extra.to_string());
    }
    save_file(&dir.join("trip.ron"), &map).unwrap();
    map
}

fn write_solid(
    dir: &Path,
    name: &str,
    rgb: [u8; 3],
    (w, h): (u32, u32),
    format: image::ImageFormat,
) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let image = image::RgbaImage::from_pixel(w, h, image::Rgba([rgb[0], rgb[1], rgb[2], 255]));
    match format {
        image::ImageFormat::Jpeg => image::DynamicImage::ImageRgba8(image)
            .to_rgb8()
            .save_with_format(&path, format)
            .unwrap(),
        _ => image.save_with_format(&path, format).unwrap(),
    }
}

fn options(dir: &Path, scale: f32) -> ExportOptions {
    ExportOptions {
        scale,
        date: Some(DATE.into()),
        map_dir: Some(dir.to_path_buf()),
        ..ExportOptions::default()
    }
}

fn layout(map: &JourneyMap) -> MapLayout {
    headless_layout(map, &mut headless_fonts(), DATE)
}

fn frame_of(layout: &MapLayout, card: u64) -> CardPicture {
    let card = layout.cards.iter().find(|c| c.id == CardId(card)).unwrap();
    card.picture.clone().expect("a picture frame")
}

fn near(got: [u8; 3], want: [u8; 3], tolerance: u8) -> bool {
    got.iter()
        .zip(want)
        .all(|(g, w)| g.abs_diff(w) <= tolerance)
}

/// The colour of `image` at map point `p` (in units) drawn at `scale`.
fn at(image: &image::RgbaImage, p: egui::Pos2, scale: f32) -> [u8; 3] {
    let px = image
        .get_pixel((p.x * scale) as u32, (p.y * scale) as u32)
        .0;
    [px[0], px[1], px[2]]
}

fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[test]
fn storyboard_pictures_fill_their_frames_in_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    write_solid(
        dir.path(),
        "a.png",
        RED,
        (400, 300),
        image::ImageFormat::Png,
    );
    write_solid(
        dir.path(),
        "pics/b.jpg",
        GREEN,
        (800, 600),
        image::ImageFormat::Jpeg,
    );
    write_solid(
        dir.path(),
        "c.webp",
        BLUE,
        (40, 30),
        image::ImageFormat::WebP,
    );
    // A wide GIF on an action card: fitted, with the backdrop above and below.
    write_solid(
        dir.path(),
        "wide.gif",
        RED,
        (300, 75),
        image::ImageFormat::Gif,
    );
    let map = storyboard(
        dir.path(),
        ["a.png", "pics/b.jpg", "c.webp"],
        Some("wide.gif"),
    );
    let layout = layout(&map);
    let frames: Vec<CardPicture> = (9001..=9003).map(|id| frame_of(&layout, id)).collect();
    // The frames line up with the stage columns, one 4:3 frame a card.
    for (frame, stage) in frames.iter().zip(&layout.stages) {
        assert!(frame.frame.left() > stage.x && frame.frame.right() < stage.x + stage.width);
        assert!((frame.frame.height() / frame.frame.width() - 0.75).abs() < 1e-4);
        assert_eq!(frame.frame.top(), frames[0].frame.top());
    }

    let scale = 2.0;
    let (png, notes) = export_png_with_notes(&map, &options(dir.path(), scale)).unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    let png = image::load_from_memory(&png).unwrap().to_rgba8();
    for (frame, colour) in frames.iter().zip([RED, GREEN, BLUE]) {
        let r = frame.frame;
        for p in [
            r.center(),
            r.left_top() + egui::vec2(3.0, 3.0),
            r.right_bottom() - egui::vec2(3.0, 3.0),
        ] {
            let got = at(&png, p, scale);
            assert!(
                near(got, colour, 12),
                "{colour:?} expected at {p:?}, got {got:?}"
            );
        }
    }
    let wide = frame_of(&layout, map.lanes[1].cards[0].id.0).frame;
    assert!(near(at(&png, wide.center(), scale), RED, 12));
    let backdrop = at(&png, wide.center_top() + egui::vec2(0.0, 4.0), scale);
    assert!(
        near(backdrop, [0xF1, 0xF5, 0xF9], 3),
        "backdrop above a wide picture: {backdrop:?}"
    );

    let (svg, _) = export_svg_with_notes(&map, &options(dir.path(), scale)).unwrap();
    assert_eq!(
        svg.matches("<image ").count(),
        4,
        "every picture embedded once a card"
    );
    let r = frames[0].frame;
    let tag = format!(
        r#"<image x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="xMidYMid meet" href="data:image/png;base64,"#,
        num(r.left()),
        num(r.top()),
        num(r.width()),
        num(r.height())
    );
    assert!(svg.contains(&tag), "{tag} not in the SVG");
    assert!(svg.contains("<title>Scene 1</title></image>"));
    // JPEG stays JPEG, scaled down to the frame at the export scale.
    let jpeg = svg
        .split("href=\"data:image/jpeg;base64,")
        .nth(1)
        .expect("a JPEG");
    let data = jpeg.split('"').next().unwrap();
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .unwrap();
    let embedded = image::load_from_memory(&bytes).unwrap();
    let most = (frames[1].frame.width() * scale).ceil() as u32;
    assert!(
        embedded.width() <= most && embedded.width() >= most - 1,
        "{}",
        embedded.width()
    );
}

#[test]
fn a_pdf_draws_the_picture_in_its_frame() {
    let dir = tempfile::tempdir().unwrap();
    for (name, colour) in [("a.png", RED), ("b.png", GREEN), ("c.png", BLUE)] {
        write_solid(
            dir.path(),
            name,
            colour,
            (400, 300),
            image::ImageFormat::Png,
        );
    }
    let map = storyboard(dir.path(), ["a.png", "b.png", "c.png"], None);
    let pdf = export_pdf(
        &map,
        &ExportOptions {
            pdf_pages: PdfPages::Poster,
            ..options(dir.path(), 2.0)
        },
    )
    .unwrap();
    assert!(pdf.notes.is_empty(), "{:?}", pdf.notes);
    let path = dir.path().join("map.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let path = path.to_str().unwrap();
    let run = |tool: &str, args: &[&str]| {
        let out = Command::new(tool)
            .args(args)
            .output()
            .expect("poppler-utils installed");
        assert!(
            out.status.success(),
            "{tool}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let images = run("pdfimages", &["-list", path]);
    assert!(images.lines().skip(2).count() >= 3, "{images}");
    // 96 dpi: one pixel per map unit (a poster prints a unit at 0.75 pt).
    let prefix = dir.path().join("page");
    run(
        "pdftoppm",
        &[
            "-r",
            "96",
            "-png",
            "-singlefile",
            path,
            prefix.to_str().unwrap(),
        ],
    );
    let page = image::open(dir.path().join("page.png")).unwrap().to_rgba8();
    let layout = layout(&map);
    for (id, colour) in (9001..=9003).zip([RED, GREEN, BLUE]) {
        let r = frame_of(&layout, id).frame;
        for p in [r.center(), r.left_top() + egui::vec2(4.0, 4.0)] {
            let got = at(&page, p, 1.0);
            assert!(
                near(got, colour, 16),
                "{colour:?} expected at {p:?}, got {got:?}"
            );
        }
    }
}

#[test]
fn a_missing_picture_is_a_placeholder_and_a_warning_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    write_solid(dir.path(), "a.png", RED, (40, 30), image::ImageFormat::Png);
    std::fs::write(
        dir.path().join("broken.png"),
        b"\x89PNG\r\n\x1a\nnot really",
    )
    .unwrap();
    let map = storyboard(dir.path(), ["a.png", "gone.png", "broken.png"], None);
    let (svg, notes) = export_svg_with_notes(&map, &options(dir.path(), 1.0)).unwrap();
    assert_eq!(svg.matches("<image ").count(), 1);
    // The placeholder: the file's name in the frame.
    assert!(svg.contains(">gone.png</text>") && svg.contains(">broken.png</text>"));
    assert_eq!(notes.len(), 2, "{notes:?}");
    let said: Vec<String> = notes.iter().map(ToString::to_string).collect();
    assert!(
        notes[0].of
            == NoteOf::Card {
                card: CardId(9002),
                words: "card “Compares two cars at the dealer”".into()
            },
        "{said:?}"
    );
    assert!(matches!(notes[0].issue, PhotoIssue::Unreadable(_)));
    assert!(
        said[0].contains("gone.png") && said[0].contains("placeholder"),
        "{said:?}"
    );
    assert!(said[1].contains("broken.png"), "{said:?}");
    // PNG and PDF still export, with the same notes.
    let (png, png_notes) = export_png_with_notes(&map, &options(dir.path(), 1.0)).unwrap();
    assert_eq!(png_notes, notes);
    let png = image::load_from_memory(&png).unwrap().to_rgba8();
    let frame = frame_of(&layout(&map), 9002).frame;
    assert!(near(
        at(&png, frame.left_top() + egui::vec2(2.0, 2.0), 1.0),
        [0xF1, 0xF5, 0xF9],
        3
    ));
    let pdf = export_pdf(&map, &options(dir.path(), 1.0)).unwrap();
    assert_eq!(pdf.notes, notes);

    // The command line says it and still writes the file.
    let out = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .arg("export")
        .arg(dir.path().join("trip.ron"))
        .arg("-o")
        .arg(dir.path().join("out.png"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: the picture of card “Compares two cars at the dealer”"),
        "{stderr}"
    );
    assert!(stderr.contains("gone.png"), "{stderr}");
    assert!(dir.path().join("out.png").exists());
}

/// Not a check but a look: `JOURNEYMAP_LOOK=DIR cargo test --test
/// pictures_export look` writes the storyboard map, its pictures and its
/// poster there to view.
#[test]
fn look() {
    let Some(out) = std::env::var_os("JOURNEYMAP_LOOK") else {
        return;
    };
    let dir = Path::new(&out);
    let scenes = [
        ("a.png", RED, (640, 480)),
        ("b.jpg", GREEN, (480, 640)),
        ("c.png", BLUE, (900, 300)),
    ];
    for (name, colour, size) in scenes {
        let format = image::ImageFormat::from_path(name).unwrap();
        write_solid(dir, name, colour, size, format);
    }
    // Saved there as trip.ron too, for the command line's themes and formats.
    let map = storyboard(dir, ["a.png", "b.jpg", "c.png"], Some("missing.png"));
    let (png, _) = export_png_with_notes(&map, &options(dir, 1.0)).unwrap();
    std::fs::write(dir.join("storyboard.png"), png).unwrap();
}
