//! Replays the inputs kept in fuzz/regressions/ through the same checks as
//! the fuzz targets, so a fixed crash stays fixed.

use std::path::Path;

use journeymap::export::{ExportOptions, export_svg, usvg_options};
use journeymap::fuzz_support::map_from_bytes;
use journeymap::io::{parse_map, to_ron_string};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn load_ron_regressions() {
    let cases = inputs("load_ron");
    assert!(!cases.is_empty());
    for (name, data) in cases {
        match parse_map(&data) {
            Ok(loaded) => {
                assert!(loaded.map.validate().is_empty(), "{name}");
                let again = parse_map(to_ron_string(&loaded.map).as_bytes()).expect(&name);
                assert_eq!(again.map, loaded.map, "{name}");
            }
            Err(e) => assert!(e.line >= 1, "{name}: {e}"),
        }
    }
}

#[test]
fn export_svg_regressions() {
    let cases = inputs("export_svg");
    assert!(!cases.is_empty());
    for (name, data) in cases {
        let map = map_from_bytes(&data);
        let svg = export_svg(&map, &ExportOptions::default()).expect(&name);
        resvg::usvg::Tree::from_str(&svg, &usvg_options()).expect(&name);
    }
}

#[test]
fn review_files_regressions() {
    let cases = inputs("review_files");
    assert!(!cases.is_empty());
    for (_, data) in cases {
        journeymap::fuzz_support::check_review_file(&data);
    }
}

#[test]
fn merge_regressions() {
    let cases = inputs("merge");
    assert!(!cases.is_empty());
    for (_, data) in cases {
        journeymap::fuzz_support::check_merges(&data);
    }
}
