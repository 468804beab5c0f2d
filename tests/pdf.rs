//! PDF export checked with real PDF tools (poppler's pdfinfo, pdftotext,
//! pdffonts and pdftoppm, and qpdf; `.ci/run` installs them): page sizes,
//! text that extracts as the same letters in English, Russian and Latvian,
//! embedded fonts, a valid file, and a page that looks like the PNG.

use std::path::Path;
use std::process::Command;

use journeymap::export::pdf::{Orientation, Paper, PdfPages, export_pdf};
use journeymap::export::{ExportOptions, export_png};
use journeymap::io::{template_by_name, template_in};
use journeymap::model::{JourneyMap, Lang};

fn options(pdf_pages: PdfPages) -> ExportOptions {
    ExportOptions {
        date: Some("2026-12-01".into()),
        pdf_pages,
        ..ExportOptions::default()
    }
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils / qpdf) must be installed: {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write_pdf(dir: &Path, name: &str, map: &JourneyMap, pages: PdfPages) -> String {
    let pdf = export_pdf(map, &options(pages)).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, &pdf.bytes).unwrap();
    path.display().to_string()
}

fn info(path: &str) -> String {
    tool("pdfinfo", &[path])
}

fn pages(path: &str) -> usize {
    let info = info(path);
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line[6..].trim().parse().unwrap()
}

/// Text as pdftotext extracts it, with line breaks as spaces.
fn text(path: &str) -> String {
    tool("pdftotext", &[path, "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn template(name: &str, lang: Lang) -> JourneyMap {
    template_in(name, lang).unwrap().instantiate().unwrap()
}

#[test]
fn a_poster_is_one_page_the_size_of_the_map_with_real_text_and_embedded_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let path = write_pdf(dir.path(), "poster.pdf", &map, PdfPages::Poster);
    assert_eq!(pages(&path), 1);
    let info = info(&path);
    assert!(
        info.contains("Title:           Buying a car and coming back for service"),
        "{info}"
    );
    assert!(
        info.contains("Subject:         Why do only 15% of buyers"),
        "{info}"
    );
    assert!(info.contains("Creator:         journeymap"), "{info}");
    let text = text(&path);
    for expected in [
        "Awareness",
        "Notices the old car needs costly repairs",
        "Share of leads",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let fonts = tool("pdffonts", &[&path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni …: embedded, subset, with a Unicode map.
        assert!(row.contains("NotoSans"), "{fonts}");
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            ["yes", "yes", "yes"],
            "{row}"
        );
    }
    let check = tool("qpdf", &["--check", &path]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
}

#[test]
fn russian_and_latvian_maps_extract_as_the_same_letters() {
    let dir = tempfile::tempdir().unwrap();
    let ru = write_pdf(
        dir.path(),
        "ru.pdf",
        &template("current-state", Lang::Ru),
        PdfPages::Poster,
    );
    let text_ru = text(&ru);
    assert!(
        text_ru.contains("Покупка автомобиля и возвращение на сервис"),
        "{text_ru}"
    );
    assert!(text_ru.contains("Осознание"), "{text_ru}");
    let lv = write_pdf(
        dir.path(),
        "lv.pdf",
        &template("service-blueprint", Lang::Lv),
        PdfPages::Poster,
    );
    let text_lv = text(&lv);
    assert!(
        text_lv.contains("Konta atvēršana bankas filiālē"),
        "{text_lv}"
    );
    for word in ["Ierašanās", "Līgums un karte"] {
        assert!(text_lv.contains(word), "{word} in {text_lv}");
    }
    let meta = info(&lv);
    assert!(meta.contains("Konta atvēršana"), "{meta}");
}

#[test]
fn fitted_on_a3_the_map_takes_one_landscape_sheet_and_small_text_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let fit = |orientation| PdfPages::Fit {
        paper: Paper::A3,
        orientation,
    };
    let path = write_pdf(dir.path(), "a3.pdf", &map, fit(Orientation::Auto));
    assert!(
        info(&path).contains("Page size:       1190.55 x 841.89 pts (A3)"),
        "{}",
        info(&path)
    );
    assert!(text(&path).contains("Notices the old car needs costly repairs"));
    let portrait = write_pdf(dir.path(), "a3p.pdf", &map, fit(Orientation::Portrait));
    assert!(info(&portrait).contains("Page size:       841.89 x 1190.55 pts (A3)"));
    // On A4 the smallest text prints under 6 pt: the export says how small.
    let a4 = export_pdf(
        &map,
        &options(PdfPages::Fit {
            paper: Paper::A4,
            orientation: Orientation::Auto,
        }),
    )
    .unwrap();
    let pt = a4.small_text_pt.expect("a warning on A4");
    assert!(pt < 6.0 && pt > 3.0, "{pt}");
}

#[test]
fn tiles_split_the_map_at_true_size_with_a_label_on_every_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let map = template("service-blueprint", Lang::Lv);
    let tiles = PdfPages::Tile {
        paper: Paper::A4,
        orientation: Orientation::Auto,
        scale: 1.0,
    };
    let path = write_pdf(dir.path(), "tiles.pdf", &map, tiles);
    let n = pages(&path);
    assert!(n >= 4, "{n} sheets");
    assert!(info(&path).contains("(A4)"));
    // Every sheet is labelled with its place in the grid, in the map's language.
    let page_text = |i: usize| {
        let f = i.to_string();
        tool("pdftotext", &["-f", &f, "-l", &f, &path, "-"])
    };
    let first = page_text(1);
    assert!(first.contains("rinda 1 · kolonna 1 no"), "{first}");
    // "… no 3 × 2": the grid; the last sheet is its bottom-right corner.
    let label = "rinda 1 · kolonna 1 no ";
    let at = first.find(label).unwrap() + label.len();
    let grid = first[at..].split_whitespace().collect::<Vec<_>>();
    let (rows, cols): (usize, usize) = (grid[0].parse().unwrap(), grid[2].parse().unwrap());
    assert_eq!(rows * cols, n);
    let last = page_text(n);
    assert!(
        last.contains(&format!("rinda {rows} · kolonna {cols} no {rows} × {cols}")),
        "{last}"
    );
    // Each card text is printed whole on some sheet.
    let all = text(&path);
    assert!(all.contains("Konta atvēršana"), "{all}");
    let check = tool("qpdf", &["--check", &path]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
}

/// The poster page rendered by poppler matches the PNG export of the same
/// map: same size, and nearly every pixel within a small tolerance.
#[test]
fn a_rendered_poster_page_matches_the_png_export() {
    let dir = tempfile::tempdir().unwrap();
    let map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let path = write_pdf(dir.path(), "poster.pdf", &map, PdfPages::Poster);
    // 1 map unit = 0.75 pt, so 96 dpi renders one pixel per unit, as PNG scale 1.
    let prefix = dir.path().join("page");
    tool(
        "pdftoppm",
        &[
            "-r",
            "96",
            "-png",
            "-singlefile",
            &path,
            prefix.to_str().unwrap(),
        ],
    );
    let page = image::open(dir.path().join("page.png")).unwrap().to_rgba8();
    let png = export_png(
        &map,
        &ExportOptions {
            scale: 1.0,
            ..options(PdfPages::Poster)
        },
    )
    .unwrap();
    let png = image::load_from_memory(&png).unwrap().to_rgba8();
    let (w, h) = (
        png.width().min(page.width()),
        png.height().min(page.height()),
    );
    assert!(png.width().abs_diff(page.width()) <= 1 && png.height().abs_diff(page.height()) <= 1);
    let mut off = 0u64;
    for y in 0..h {
        for x in 0..w {
            let (a, b) = (png.get_pixel(x, y), page.get_pixel(x, y));
            let d = (0..3).map(|c| a[c].abs_diff(b[c]) as u32).max().unwrap();
            if d > 48 {
                off += 1;
            }
        }
    }
    let share = off as f64 / (w as f64 * h as f64);
    assert!(share < 0.02, "{:.2} % of pixels differ", share * 100.0);
}

#[test]
fn the_cli_writes_pdfs_and_refuses_an_unknown_paper_size() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.ron");
    journeymap::io::save_file(&map, &template("current-state", Lang::Ru)).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_journeymap"))
            .args(args)
            .output()
            .unwrap()
    };
    let out = dir.path().join("map.pdf");
    let (m, o) = (map.to_str().unwrap(), out.to_str().unwrap());
    let r = run(&["export", m, "-o", o, "--page", "a4", "--landscape"]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(
        stderr.contains("warning: the smallest text prints at"),
        "{stderr}"
    );
    assert!(info(o).contains("(A4)"));
    let r = run(&["export", m, "-o", o, "--page", "b5"]);
    assert_eq!(r.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(
        stderr.contains(
            "unknown paper size \"b5\"; use one of: a4, a3, a2, a1, a0, letter, legal, tabloid"
        ),
        "{stderr}"
    );
    let tiles = dir.path().join("tiles.pdf");
    let r = run(&[
        "export",
        m,
        "-o",
        tiles.to_str().unwrap(),
        "--tile",
        "a3",
        "--scale",
        "2",
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(String::from_utf8_lossy(&r.stdout).contains("pages)"));
    let r = run(&[
        "export",
        m,
        "-o",
        dir.path().join("x.png").to_str().unwrap(),
        "--page",
        "a4",
    ]);
    assert!(String::from_utf8_lossy(&r.stderr).contains("apply only to PDF"));
}

/// With the evidence, the quotes follow the map on numbered report pages of
/// their own (A4 after a poster), and the outline leads to them.
#[test]
fn evidence_follows_on_numbered_report_pages_with_an_outline() {
    let dir = tempfile::tempdir().unwrap();
    let map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let pdf = export_pdf(
        &map,
        &ExportOptions {
            evidence_appendix: true,
            ..options(PdfPages::Poster)
        },
    )
    .unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let path = path.to_str().unwrap();
    let n = pages(path);
    assert!(n >= 2, "{n}");
    assert_eq!(pdf.pages, n);
    let page = |i: usize| {
        let f = i.to_string();
        tool("pdftotext", &["-f", &f, "-l", &f, path, "-"])
    };
    assert!(
        !page(1).contains("I read the owners"),
        "no quotes under the grid"
    );
    let report = page(2);
    assert!(report.starts_with("Evidence"), "{report}");
    assert!(report.contains(&format!("Page 2 of {n}")), "{report}");
    let sizes = tool("pdfinfo", &["-f", "2", "-l", "2", path]);
    assert!(sizes.contains("595.276 x 841.89 pts (A4)"), "{sizes}");
    let outline = tool("qpdf", &["--json", "--json-key=outlines", path]);
    assert!(outline.contains("\"title\": \"Evidence\""), "{outline}");
    assert!(outline.contains("\"destpageposfrom1\": 2"), "{outline}");
    assert!(outline.contains("\"title\": \"Map\""), "{outline}");
}

/// `--personas`: a page per persona after the map, in the outline by name;
/// a photo two personas share is embedded once however often it is drawn.
#[test]
fn persona_pages_follow_the_map_and_a_shared_photo_is_embedded_once() {
    let dir = tempfile::tempdir().unwrap();
    image::RgbaImage::from_pixel(64, 64, image::Rgba([200, 40, 40, 255]))
        .save(dir.path().join("face.png"))
        .unwrap();
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    for p in &mut map.personas {
        p.photo = Some("face.png".into());
    }
    let pdf = export_pdf(
        &map,
        &ExportOptions {
            persona_pages: true,
            map_dir: Some(dir.path().to_path_buf()),
            ..options(PdfPages::Poster)
        },
    )
    .unwrap();
    let path = dir.path().join("personas.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let path = path.to_str().unwrap();
    assert_eq!(pages(path), 1 + map.personas.len());
    let second = tool("pdftotext", &["-f", "2", "-l", "2", path, "-"]);
    let vasily = &map.personas[0];
    assert!(second.contains(&vasily.name), "{second}");
    assert!(
        second.contains("Goals") && second.contains(vasily.goals[0].trim()),
        "{second}"
    );
    assert!(second.contains("Page 2 of 3"), "{second}");
    let outline = tool("qpdf", &["--json", "--json-key=outlines", path]);
    assert!(outline.contains("\"title\": \"Personas\""), "{outline}");
    assert!(outline.contains(&format!("\"title\": \"{}\"", map.personas[1].name)));
    // pdfimages lists every placement with its object: one object only.
    let list = tool("pdfimages", &["-list", path]);
    let placements: Vec<&str> = list.lines().skip(2).collect();
    assert!(
        placements.len() >= 4,
        "drawn in the header and on each page:\n{list}"
    );
    let objects: std::collections::HashSet<&str> = placements
        .iter()
        .map(|l| l.split_whitespace().nth(10).unwrap_or(""))
        .collect();
    assert_eq!(objects.len(), 1, "{list}");
}
