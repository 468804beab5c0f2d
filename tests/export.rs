//! Export acceptance: SVG that parses and carries every text, PNG of the
//! right size with visible text in every script, escaping, the size limit,
//! reference pictures and the `export` command.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use image::RgbaImage;
use journeymap::export::{
    ExportOptions, export_png, export_svg, headless_fonts, headless_layout, usvg_options,
};
use journeymap::io::TEMPLATES;
use journeymap::model::{Card, CardId, JourneyMap, Lane, LaneId, LaneKind, Stage, StageId};
use journeymap::style::Theme;
use resvg::usvg;

/// The footer date used everywhere, so pictures are reproducible.
const DATE: &str = "2026-01-01";

/// Export options with the fixed date.
fn options(theme: Theme, scale: f32) -> ExportOptions {
    ExportOptions {
        theme,
        scale,
        date: Some(DATE.into()),
        ..Default::default()
    }
}

/// Every built-in template as `(name, map)`.
fn templates() -> Vec<(&'static str, JourneyMap)> {
    TEMPLATES
        .iter()
        .map(|t| {
            let map = t
                .instantiate()
                .unwrap_or_else(|e| panic!("template {}: {e}", t.name));
            (t.name, map)
        })
        .collect()
}

/// Parse SVG the way the PNG exporter does, panicking with context on error.
fn parse_svg(svg: &str, what: &str) -> usvg::Tree {
    usvg::Tree::from_str(svg, &usvg_options())
        .unwrap_or_else(|e| panic!("{what}: usvg rejects the SVG: {e}"))
}

/// Undo the five XML entities the SVG writer produces.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Contents of every `<text>` element, unescaped, in document order.
fn text_rows(svg: &str) -> Vec<String> {
    let mut rows = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        rest = &rest[start + "<text".len()..];
        // Only the `<text>` element, not `<textPath>` or the like.
        if !rest.starts_with([' ', '>']) {
            continue;
        }
        let open_end = rest.find('>').expect("unterminated <text> tag");
        let close = rest.find("</text>").expect("<text> without </text>");
        rows.push(unescape(&rest[open_end + 1..close]));
        rest = &rest[close + "</text>".len()..];
    }
    rows
}

/// Runs of whitespace collapsed to one space, ends trimmed.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// All visible text of an SVG: its rows joined with spaces, normalised.
/// Text wraps at spaces, so a wrapped block reads back as its source text.
fn visible_text(svg: &str) -> String {
    normalise(&text_rows(svg).join(" "))
}

/// Assert that `expected` (normalised) is part of the visible text.
fn assert_shows(visible: &str, expected: &str, what: &str) {
    let expected = normalise(expected);
    assert!(
        visible.contains(&expected),
        "{what}: {expected:?} is missing from the SVG text:\n{visible}"
    );
}

/// Decode PNG bytes.
fn decode(png: &[u8]) -> RgbaImage {
    image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .expect("export_png returns a valid PNG")
        .to_rgba8()
}

/// Number of distinct colours in an image.
fn colour_count(img: &RgbaImage) -> usize {
    img.pixels().map(|p| p.0).collect::<HashSet<_>>().len()
}

/// Pixels inside the pixel rectangle `[x0, x1) × [y0, y1)` whose RGB sum is
/// below `max_sum` (dark ink on a light fill).
fn dark_pixels(img: &RgbaImage, x0: u32, y0: u32, x1: u32, y1: u32, max_sum: u32) -> usize {
    let mut n = 0;
    for y in y0..y1.min(img.height()) {
        for x in x0..x1.min(img.width()) {
            let [r, g, b, _] = img.get_pixel(x, y).0;
            if u32::from(r) + u32::from(g) + u32::from(b) < max_sum {
                n += 1;
            }
        }
    }
    n
}

/// A map rectangle in pixel coordinates at `scale`: `(x0, y0, x1, y1)`.
fn to_pixels(rect: egui::Rect, scale: f32) -> (u32, u32, u32, u32) {
    (
        (rect.left() * scale).floor() as u32,
        (rect.top() * scale).floor() as u32,
        (rect.right() * scale).ceil() as u32,
        (rect.bottom() * scale).ceil() as u32,
    )
}

/// Two stages and one Actions lane holding `texts` as cards, all in the
/// first stage so the second stage's cell stays empty.
fn map_with_cards(texts: &[&str]) -> JourneyMap {
    let mut lane = Lane::new(LaneId(10), LaneKind::Actions);
    for (i, text) in texts.iter().enumerate() {
        lane.cards
            .push(Card::new(CardId(100 + i as u64), StageId(1), *text));
    }
    JourneyMap {
        title: "Export test".into(),
        stages: vec![
            Stage::new(StageId(1), "First"),
            Stage::new(StageId(2), "Second"),
        ],
        lanes: vec![lane],
        ..JourneyMap::default()
    }
}

/// Where reference pictures live.
fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Run the binary in `dir` with `args`.
fn journeymap_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run journeymap")
}

/// A process's stderr as text.
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every template's SVG parses with usvg and shows every card text, stage
/// name and lane title.
#[test]
fn svg_of_every_template_parses_and_has_all_text() {
    for (name, map) in templates() {
        let svg = export_svg(&map, &options(Theme::Light, 2.0)).expect("export_svg");
        parse_svg(&svg, name);
        let visible = visible_text(&svg);
        // Only the blank template may have no cards, so the loop is not vacuous.
        assert!(name == "blank" || map.card_count() > 0, "{name}: no cards");
        for text in map.card_texts() {
            assert_shows(&visible, text, &format!("{name}: card"));
        }
        for stage in &map.stages {
            let shown = if stage.name.trim().is_empty() {
                "Untitled stage"
            } else {
                &stage.name
            };
            assert_shows(&visible, shown, &format!("{name}: stage"));
        }
        for lane in &map.lanes {
            let shown = if lane.title.trim().is_empty() {
                lane.kind.label()
            } else {
                &lane.title
            };
            assert_shows(&visible, shown, &format!("{name}: lane title"));
        }
        assert_shows(&visible, DATE, &format!("{name}: footer date"));
    }
}

/// The PNG is exactly the SVG's size times the scale (rounded up) and has
/// real content.
#[test]
fn png_size_follows_scale_and_is_not_blank() {
    let map = TEMPLATES[0].instantiate().unwrap();
    let svg = export_svg(&map, &options(Theme::Light, 1.0)).unwrap();
    let size = parse_svg(&svg, "current-state").size();
    for scale in [1.0_f32, 2.0] {
        let img = decode(&export_png(&map, &options(Theme::Light, scale)).unwrap());
        let want = (
            (size.width() * scale).ceil() as u32,
            (size.height() * scale).ceil() as u32,
        );
        assert_eq!(img.dimensions(), want, "scale {scale}");
        let colours = colour_count(&img);
        println!("scale {scale}: {want:?} px, {colours} colours");
        assert!(colours > 20, "scale {scale}: only {colours} colours");
        let first = img.get_pixel(0, 0);
        assert!(
            img.pixels().any(|p| p != first),
            "scale {scale}: every pixel is {first:?}"
        );
    }
}

/// Cyrillic and Latvian card text is drawn (usvg drops text with no font, so
/// a missing glyph set would leave the card empty); an empty cell of the same
/// size has no ink.
#[test]
fn cyrillic_and_latvian_cards_have_ink() {
    const RUSSIAN: &str = "Очередь в автосалоне слишком длинная";
    const LATVIAN: &str = "Ļoti ērta pieteikšanās ķēdē";
    let map = map_with_cards(&[RUSSIAN, LATVIAN]);
    let scale = 2.0;
    let img = decode(&export_png(&map, &options(Theme::Light, scale)).unwrap());

    let mut fonts = headless_fonts();
    let layout = headless_layout(&map, &mut fonts, DATE);
    assert_eq!(layout.cards.len(), 2);
    let empty_cell = layout
        .cell_rect(LaneId(10), StageId(2))
        .expect("cell of the second stage");
    let shift = egui::vec2(layout.stages[1].x - layout.stages[0].x, 0.0);
    for (card, text) in layout.cards.iter().zip([RUSSIAN, LATVIAN]) {
        let text_rect = card.text.rect();
        assert!(
            card.rect.contains_rect(text_rect),
            "{text}: text outside card"
        );
        let (x0, y0, x1, y1) = to_pixels(text_rect, scale);
        let ink = dark_pixels(&img, x0, y0, x1, y1, 450);
        println!("{text}: {ink} dark pixels in {}×{} px", x1 - x0, y1 - y0);
        assert!(ink > 100, "{text}: only {ink} dark pixels in its text box");

        // The same box moved into the empty cell of the next stage.
        let control = text_rect.translate(shift);
        assert!(empty_cell.contains_rect(control), "control box not in cell");
        let (x0, y0, x1, y1) = to_pixels(control, scale);
        let ink = dark_pixels(&img, x0, y0, x1, y1, 450);
        println!("empty cell, same size: {ink} dark pixels");
        assert!(ink <= 2, "{ink} dark pixels in an empty cell");
    }
}

/// Markup, entities and control characters in card text give valid SVG
/// whose visible text is what the user typed (controls dropped).
#[test]
fn hostile_text_is_escaped() {
    let texts = [
        "<script>alert(1)</script>",
        "a & b",
        "]]>",
        "\"quotes\" and 'apostrophes'",
        "bell\u{7}tab\tnul\u{0}end",
    ];
    let map = map_with_cards(&texts);
    let svg = export_svg(&map, &options(Theme::Light, 2.0)).unwrap();
    parse_svg(&svg, "hostile text");
    assert!(!svg.contains("<script"), "raw <script in the SVG");
    assert!(!svg.contains('\u{7}') && !svg.contains('\u{0}'));
    let visible = visible_text(&svg);
    for expected in &texts[..4] {
        assert_shows(&visible, expected, "escaped card");
    }
    let pos = |word: &str| {
        visible
            .find(word)
            .unwrap_or_else(|| panic!("{word:?} missing from {visible:?}"))
    };
    let order = ["bell", "tab", "nul", "end"].map(pos);
    assert!(order.is_sorted(), "words out of order in {visible:?}");
}

/// Each template at scale 1 matches its committed reference picture within a
/// small tolerance. `UPDATE_SNAPSHOTS=1` (or a missing reference) rewrites it.
#[test]
fn png_matches_reference_per_template() {
    let dir = snapshot_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for (name, map) in templates() {
        let png = export_png(&map, &options(Theme::Light, 1.0)).unwrap();
        let reference = dir.join(format!("export-{name}.png"));
        let new = dir.join(format!("export-{name}.new.png"));
        if update || !reference.exists() {
            std::fs::write(&reference, &png).unwrap();
            let _ = std::fs::remove_file(&new);
            println!("{name}: wrote {}", reference.display());
            continue;
        }
        let actual = decode(&png);
        let expected = image::open(&reference)
            .unwrap_or_else(|e| panic!("{}: {e}", reference.display()))
            .to_rgba8();
        let problem = if actual.dimensions() != expected.dimensions() {
            Some(format!(
                "size {:?} differs from the reference's {:?}",
                actual.dimensions(),
                expected.dimensions()
            ))
        } else {
            let differing = actual
                .pixels()
                .zip(expected.pixels())
                .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 32))
                .count();
            let share = differing as f64 / f64::from(actual.width() * actual.height());
            println!(
                "{name}: {}×{} px, {differing} pixels differ ({:.3} %)",
                actual.width(),
                actual.height(),
                share * 100.0
            );
            (share >= 0.005).then(|| format!("{:.3} % of pixels differ", share * 100.0))
        };
        match problem {
            Some(why) => {
                std::fs::write(&new, &png).unwrap();
                failures.push(format!(
                    "{name}: {why}; actual picture written to {} (compare with {}; \
                     UPDATE_SNAPSHOTS=1 accepts it)",
                    new.display(),
                    reference.display()
                ));
            }
            None => {
                let _ = std::fs::remove_file(&new);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The dark theme paints a dark page and still has plenty of colour.
#[test]
fn dark_theme_has_dark_background() {
    let map = TEMPLATES[0].instantiate().unwrap();
    let img = decode(&export_png(&map, &options(Theme::Dark, 1.0)).unwrap());
    let [r, g, b, a] = img.get_pixel(0, 0).0;
    assert_eq!(a, 255, "background is transparent");
    let sum = u32::from(r) + u32::from(g) + u32::from(b);
    assert!(sum < 150, "top-left pixel ({r}, {g}, {b}) is not dark");
    let colours = colour_count(&img);
    println!("dark: top-left ({r}, {g}, {b}), {colours} colours");
    assert!(colours > 20, "only {colours} colours");
}

/// A PNG over 16 384 px a side is refused with advice, not attempted; the
/// same map at scale 1 exports.
#[test]
fn oversized_png_is_refused_with_advice() {
    let mut map = map_with_cards(&["One card"]);
    map.stages = (1..=20)
        .map(|i| Stage::new(StageId(i), format!("Stage {i}")))
        .collect();
    map.lanes[0].id = LaneId(1000);
    let err = export_png(&map, &options(Theme::Light, 4.0)).expect_err("too big at scale 4");
    let message = err.to_string();
    assert!(message.contains("a scale of 3.2 or less"), "{message}");
    assert!(message.contains("SVG"), "{message}");
    let img = decode(&export_png(&map, &options(Theme::Light, 1.0)).unwrap());
    assert!(
        img.width() * 4 > 16_384,
        "test map too small: {}",
        img.width()
    );
}

/// `text_as_paths` leaves no `<text>` element and the SVG still parses (and
/// still has ink: the glyph outlines are paths).
#[test]
fn text_as_paths_has_no_text_elements() {
    let map = TEMPLATES[0].instantiate().unwrap();
    let opts = ExportOptions {
        text_as_paths: true,
        ..options(Theme::Light, 1.0)
    };
    let svg = export_svg(&map, &opts).unwrap();
    assert!(!svg.contains("<text"), "a <text> element is left");
    let plain = export_svg(&map, &options(Theme::Light, 1.0)).unwrap();
    assert!(
        svg.matches("<path").count() > plain.matches("<path").count() + 100,
        "text was not turned into paths"
    );
    let tree = parse_svg(&svg, "text as paths");
    let plain_tree = parse_svg(&plain, "plain");
    assert_eq!(tree.size(), plain_tree.size());
}

/// The `export` command: PNG written with exit 0, unknown format and bad map
/// exit 1 with a useful message, an out-of-range scale is a usage error (2).
#[test]
fn cli_export_contract() {
    let dir = tempfile::tempdir().unwrap();
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/current-state.ron");
    let template = template.to_str().unwrap();

    let out = journeymap_in(dir.path(), &["export", template, "-o", "OUT.png"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let png = std::fs::read(dir.path().join("OUT.png")).expect("OUT.png written");
    let img = decode(&png);
    assert!(
        img.width() > 1000 && img.height() > 500,
        "{:?}",
        img.dimensions()
    );

    let out = journeymap_in(dir.path(), &["export", template, "-o", "out.bmp"]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(".svg") && err.contains(".png") && err.contains(".pdf"),
        "{err}"
    );
    assert!(!dir.path().join("out.bmp").exists());

    let out = journeymap_in(
        dir.path(),
        &["export", template, "-o", "big.png", "--scale", "9"],
    );
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    assert!(!dir.path().join("big.png").exists());

    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n    version: 1,\n    title: 42,\n)\n").unwrap();
    let out = journeymap_in(dir.path(), &["export", "bad.ron", "-o", "bad.png"]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("bad.ron:3:12:"), "{err}");
    assert!(!dir.path().join("bad.png").exists());
}

/// A persona photo (relative to the map's folder) is embedded in the SVG,
/// cropped to the avatar circle, and drawn in the PNG over the initials; a
/// missing photo leaves the initials and still exports.
#[test]
fn persona_photo_is_drawn_in_exports() {
    let dir = tempfile::tempdir().unwrap();
    // A wide red photo: the crop must keep its centre square.
    let photo = RgbaImage::from_pixel(300, 200, image::Rgba([220, 20, 30, 255]));
    photo.save(dir.path().join("vasily.png")).unwrap();
    let mut map = TEMPLATES[0].instantiate().unwrap();
    map.personas[0].photo = Some("vasily.png".into());
    let opts = ExportOptions {
        map_dir: Some(dir.path().to_path_buf()),
        ..options(Theme::Light, 1.0)
    };

    let svg = export_svg(&map, &opts).unwrap();
    assert_eq!(svg.matches("<image ").count(), 1, "one photo embedded");
    assert!(svg.contains("href=\"data:image/png;base64,"));
    parse_svg(&svg, "svg with a photo");

    let mut fonts = headless_fonts();
    let layout = headless_layout(&map, &mut fonts, DATE);
    let avatar = &layout.header.personas[0];
    let png = decode(&export_png(&map, &opts).unwrap());
    let at = |dx: f32, dy: f32| {
        let p = avatar.avatar_center + egui::vec2(dx, dy);
        png.get_pixel(p.x.round() as u32, p.y.round() as u32).0
    };
    for (dx, dy) in [(0.0, 0.0), (-12.0, 0.0), (10.0, 10.0)] {
        let [r, g, b, _] = at(dx, dy);
        assert!(
            r > 180 && g < 80 && b < 80,
            "photo red at {dx},{dy} from the avatar centre, got {r},{g},{b}"
        );
    }
    // Outside the circle (the corner of its square) the photo is clipped.
    let [r, g, b, _] = at(-avatar.avatar_radius + 2.0, -avatar.avatar_radius + 2.0);
    assert!(
        !(r > 180 && g < 80 && b < 80),
        "photo not clipped to a circle"
    );

    // A device or a folder is never read as a photo (a map could name
    // /dev/zero); the export finishes without it.
    for odd in ["/dev/zero", "/"] {
        map.personas[0].photo = Some(odd.into());
        let svg = export_svg(&map, &opts).unwrap();
        assert!(!svg.contains("<image "), "{odd} read as a photo");
    }
    map.personas[0].photo = Some("vasily.png".into());

    // Without the file: no image, initials still there, export still works.
    std::fs::remove_file(dir.path().join("vasily.png")).unwrap();
    let svg = export_svg(&map, &opts).unwrap();
    assert!(!svg.contains("<image "));
    let initials = &avatar.initials.rows[0].text;
    assert!(
        svg.contains(&format!(">{initials}</text>")),
        "initials kept"
    );
}

/// The view filter and the per-stage confidence counts reach exports: cards
/// outside the filter are veiled, the footer says what is highlighted, and
/// each stage header carries its counts; the CLI names an unknown persona.
#[test]
fn filter_and_confidence_counts_are_drawn_in_exports() {
    use journeymap::model::{CardFilter, confidence_counts, confidence_counts_text};
    let map = TEMPLATES[0].instantiate().unwrap();
    let anna = map.personas[1].id;
    let opts = ExportOptions {
        filter: CardFilter {
            persona: Some(anna),
            confidence: None,
        },
        confidence_counts: true,
        ..options(Theme::Light, 1.0)
    };
    let svg = export_svg(&map, &opts).unwrap();
    let plain = export_svg(&map, &options(Theme::Light, 1.0)).unwrap();
    let rows = text_rows(&svg).join(" ");
    assert!(
        normalise(&rows).contains("highlighted: Anna Sokolova"),
        "footer names the filter"
    );
    let counts = confidence_counts_text(confidence_counts(&map, map.stages[0].id));
    assert!(
        normalise(&rows).contains(&normalise(&counts)),
        "stage header shows {counts}"
    );
    assert!(!normalise(&text_rows(&plain).join(" ")).contains("observed ·"));
    // One veil per card about someone else only.
    let hidden = map
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .filter(|c| !c.personas.is_empty() && !c.personas.contains(&anna))
        .count();
    assert!(hidden > 0, "the template has cards about Vasily only");
    // Veils are the background colour, translucent.
    let veil = format!(
        "fill=\"{}\" fill-opacity=",
        Theme::Light.background().to_hex()
    );
    assert_eq!(
        svg.matches(&veil).count(),
        plain.matches(&veil).count() + hidden,
        "a veil over each card of another persona"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("map.ron");
    journeymap::io::save_file(&file, &map).unwrap();
    let out = journeymap_in(
        dir.path(),
        &["export", "map.ron", "-o", "x.svg", "--persona", "Nobody"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no persona named \"Nobody\""));
    assert!(stderr(&out).contains("\"Anna Sokolova\""));
    let out = journeymap_in(
        dir.path(),
        &[
            "export",
            "map.ron",
            "-o",
            "x.svg",
            "--persona",
            "anna sokolova",
            "--confidence",
            "observed",
            "--confidence-counts",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path().join("x.svg")).unwrap();
    assert!(normalise(&text_rows(&svg).join(" ")).contains("highlighted: Anna Sokolova, Observed"));
}

/// A PNG too large even at the smallest scale says to export SVG (not "a
/// smaller --scale" when 1 is the smallest), and is refused from the layout
/// before any SVG is parsed; one that fits at a smaller scale names it.
#[test]
fn a_png_too_large_is_refused_with_a_way_out_that_works() {
    let wide = journeymap::sample::sample_map(journeymap::sample::SampleSize {
        stages: 100,
        lanes: 3,
        cards_per_cell: 1,
    });
    let at = |scale: f32| {
        export_png(
            &wide,
            &ExportOptions {
                scale,
                ..ExportOptions::default()
            },
        )
        .unwrap_err()
        .to_string()
    };
    let e = at(1.0);
    assert!(
        e.contains("even at the smallest scale (1); export the map as SVG instead"),
        "{e}"
    );
    assert!(!e.contains("smaller"), "{e}");
    let forty = journeymap::sample::sample_map(journeymap::sample::SampleSize {
        stages: 40,
        lanes: 3,
        cards_per_cell: 1,
    });
    let e = export_png(
        &forty,
        &ExportOptions {
            scale: 4.0,
            ..ExportOptions::default()
        },
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("export at a scale of 1.6 or less (--scale), or as SVG"),
        "{e}"
    );
    let fits = export_png(
        &forty,
        &ExportOptions {
            scale: 1.6,
            ..ExportOptions::default()
        },
    );
    assert!(fits.is_ok(), "the scale it names works");
}

/// A folder with `maps/map.ron` whose personas' photos are: inside the
/// folder, `../private/x.png`, the same file by absolute path, and a
/// symlink inside the folder pointing out of it.
fn map_with_outside_photos() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (maps, private) = (dir.path().join("maps"), dir.path().join("private"));
    std::fs::create_dir_all(&maps).unwrap();
    std::fs::create_dir_all(&private).unwrap();
    let red = RgbaImage::from_pixel(40, 40, image::Rgba([220, 20, 30, 255]));
    red.save(maps.join("inside.png")).unwrap();
    red.save(private.join("x.png")).unwrap();
    red.save(private.join("y.png")).unwrap();
    std::os::unix::fs::symlink("../private/y.png", maps.join("link.png")).unwrap();
    let mut map = TEMPLATES[0].instantiate().unwrap();
    let photos = [
        "inside.png".to_string(),
        "../private/x.png".to_string(),
        private.join("x.png").display().to_string(),
        "link.png".to_string(),
    ];
    while map.personas.len() < photos.len() {
        let id = journeymap::model::PersonaId(map.next_id());
        let n = map.personas.len();
        map.personas.push(journeymap::model::Persona::new(
            id,
            format!("Persona {n}"),
            journeymap::model::Hue::Green,
        ));
    }
    for (p, photo) in map.personas.iter_mut().zip(photos) {
        p.photo = Some(photo);
    }
    std::fs::write(maps.join("map.ron"), journeymap::io::to_ron_string(&map)).unwrap();
    dir
}

/// Photos from outside the map's folder (`../`, absolute, a symlink out)
/// are embedded only with a warning naming each file; with
/// `--no-outside-images` they are left out (initials drawn) and said so.
/// A photo inside the folder is embedded without a word.
#[test]
fn photos_from_outside_the_maps_folder_are_named_and_can_be_left_out() {
    let dir = map_with_outside_photos();
    let maps = dir.path().join("maps");
    let out = journeymap_in(&maps, &["export", "map.ron", "-o", "all.svg"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let outside: Vec<_> = err
        .lines()
        .filter(|l| l.contains("outside the map's folder"))
        .collect();
    assert_eq!(outside.len(), 3, "{err}");
    for name in ["../private/x.png", "private/x.png", "link.png"] {
        assert!(outside.iter().any(|l| l.contains(name)), "{name}: {err}");
    }
    assert!(!err.contains("inside.png"), "{err}");
    let svg = std::fs::read_to_string(maps.join("all.svg")).unwrap();
    assert_eq!(svg.matches("<image ").count(), 4);

    let out = journeymap_in(
        &maps,
        &["export", "map.ron", "-o", "own.svg", "--no-outside-images"],
    );
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(err.matches("left out").count(), 3, "{err}");
    let svg = std::fs::read_to_string(maps.join("own.svg")).unwrap();
    assert_eq!(svg.matches("<image ").count(), 1, "only the inside photo");
    let out = journeymap_in(
        &maps,
        &["export", "map.ron", "-o", "own.png", "--no-outside-images"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

/// `--legend` adds a key under the grid: the confidence marks, the evidence
/// badge, the channels the map uses and, with heat, the importance scale;
/// in the map's language.
#[test]
fn the_legend_says_what_markers_channels_and_heat_colours_mean() {
    let map = TEMPLATES[0].instantiate().unwrap();
    let with = |legend, heat| {
        export_svg(
            &map,
            &ExportOptions {
                legend,
                heat,
                ..options(Theme::Light, 1.0)
            },
        )
        .unwrap()
    };
    let plain = normalise(&text_rows(&with(false, false)).join(" | "));
    assert!(!plain.contains("Legend"));
    let svg = with(true, true);
    let text = normalise(&text_rows(&svg).join(" | "));
    for item in [
        "Legend",
        "Observed",
        "Assumed",
        "Proposed",
        "Evidence quotes (count)",
        "Phone / call centre",
        "Importance 5",
    ] {
        assert!(text.contains(item), "{item} in {text}");
    }
    assert!(
        !text.contains("Chat / messenger"),
        "only the channels the map uses"
    );
    let ru = journeymap::io::template_in("current-state", journeymap::model::Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    let svg = export_svg(
        &ru,
        &ExportOptions {
            legend: true,
            ..options(Theme::Light, 1.0)
        },
    )
    .unwrap();
    assert!(normalise(&text_rows(&svg).join(" ")).contains("Условные обозначения"));
}

/// Issue 26: the evidence appendix quoted in English marks (“…”) on a
/// Russian map; it quotes as the map's language does.
#[test]
fn the_evidence_appendix_quotes_in_the_maps_language() {
    let mut map = journeymap::io::template_in("current-state", journeymap::model::Lang::Ru)
        .unwrap()
        .instantiate()
        .unwrap();
    map.lanes[0].cards[0].evidence = vec![journeymap::model::Evidence {
        quote: "Ждал менеджера сорок минут".into(),
        source: "Яндекс Карты".into(),
        ..Default::default()
    }];
    let svg = export_svg(
        &map,
        &ExportOptions {
            evidence_appendix: true,
            ..options(Theme::Light, 1.0)
        },
    )
    .unwrap();
    let visible = visible_text(&svg);
    assert!(
        visible.contains("«Ждал менеджера сорок минут»"),
        "{visible}"
    );
    assert!(!visible.contains("“Ждал"));
}
