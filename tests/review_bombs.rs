//! Issue 27.5–9: review exports built to exhaust memory or time — a sparse
//! sheet whose dense range is 512 GB, a zip bomb, JSON whose objects each
//! bring a key of their own, a header of a million columns, a million
//! rows. Each runs `journeymap reviews add` in a child process with an
//! address-space limit, and the test's message reports the child's peak
//! resident set (measured by GNU time, which `.ci/run` installs); the test
//! machine's own memory is never at stake.

#![cfg(unix)]

use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The child may map at most this much (a run that tried to build the
/// dense sheet or unpack the bomb would be stopped by it, not the machine).
const ADDRESS_SPACE_MB: u64 = 2048;
/// What a bounded read may peak at; the unbounded ones took 0.8–4 GB.
const PEAK_MB: u64 = 400;

/// How a limited child ended.
struct Run {
    /// The exit code (128 + the signal when a signal ended it: an abort).
    code: Option<i32>,
    stdout: String,
    stderr: String,
    peak_mb: u64,
}

/// Run journeymap with `args` under the address-space limit, killed after
/// two minutes (a hang fails the test instead of the CI run). GNU time
/// starts it and reports its peak resident set: a child forked from the
/// test process itself would count the test's own memory in its peak.
fn run_limited(args: &[&str]) -> Run {
    let mut command = Command::new("/usr/bin/time");
    command
        .args(["-f", "peak-kb=%M", "timeout", "-s", "KILL", "120"])
        .arg(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let limit = ADDRESS_SPACE_MB << 20;
    // SAFETY: setrlimit is async-signal-safe; nothing else runs in between.
    unsafe {
        command.pre_exec(move || {
            let rlimit = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &rlimit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = command
        .output()
        .expect("run journeymap under /usr/bin/time");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let peak_kb: u64 = (stderr.lines())
        .filter_map(|l| l.strip_prefix("peak-kb="))
        .filter_map(|n| n.trim().parse().ok())
        .next_back()
        .expect("GNU time reports the peak");
    // Shown with `--nocapture`: the figures behind the limits.
    eprintln!("journeymap {}: peak {} MB", args.join(" "), peak_kb / 1024);
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
        peak_mb: peak_kb / 1024,
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A map to add reviews to.
fn map_in(dir: &Path) -> PathBuf {
    let map = dir.join("map.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(["new", "-o", s(&map)])
        .output()
        .unwrap();
    assert!(out.status.success());
    map
}

/// `reviews add` of `file` into a fresh map, under the limits.
fn add(dir: &Path, file: &Path) -> Run {
    let map = map_in(dir);
    let out = dir.join("out.ron");
    run_limited(&["reviews", "add", s(&map), s(file), "-o", s(&out)])
}

/// A minimal workbook: one sheet with `sheet_data` (the `<row>`s).
fn workbook(sheet_data: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut part = |name: &str, text: &str| {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    };
    part(
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    );
    part(
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    part(
        "xl/workbook.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Reviews" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    part(
        "xl/_rels/workbook.xml.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
    );
    part(
        "xl/worksheets/sheet1.xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
        ),
    );
    zip.finish().unwrap().into_inner()
}

/// A cell holding `text` inline.
fn cell(reference: &str, text: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

#[test]
fn a_sheet_with_a_cell_at_xfd1048576_is_read_sparsely() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sparse.xlsx");
    let rows = format!(
        r#"<row r="1">{}</row><row r="2">{}</row><row r="1048576">{}</row>"#,
        cell("A1", "Review"),
        cell("A2", "Great service"),
        cell("XFD1048576", "x")
    );
    std::fs::write(&file, workbook(&rows)).unwrap();
    let run = add(dir.path(), &file);
    assert_eq!(run.code, Some(0), "peak {} MB: {}", run.peak_mb, run.stderr);
    assert!(run.stdout.contains("1 new review"), "{}", run.stdout);
    assert!(run.peak_mb < PEAK_MB, "peak {} MB", run.peak_mb);
}

#[test]
fn a_row_number_past_2_to_the_32_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rows.xlsx");
    let rows = format!(
        r#"<row r="1">{}</row><row r="4294967297">{}</row>"#,
        cell("A1", "Review"),
        cell("A4294967297", "late")
    );
    std::fs::write(&file, workbook(&rows)).unwrap();
    let run = add(dir.path(), &file);
    assert!(run.code.is_some(), "ended by a signal: {}", run.stderr);
    assert!(run.peak_mb < PEAK_MB, "peak {} MB", run.peak_mb);
    if run.code != Some(0) {
        assert!(run.stderr.contains("rows.xlsx"), "{}", run.stderr);
    }
}

#[test]
fn a_zip_bomb_workbook_is_refused_before_it_is_unpacked_into_memory() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bomb.xlsx");
    // 300 MB of one letter in one cell: a few hundred KB packed.
    let huge = "a".repeat(300 << 20);
    let rows = format!(r#"<row r="1">{}</row>"#, cell("A1", &huge));
    drop(huge);
    let bytes = workbook(&rows);
    assert!(bytes.len() < 2 << 20, "{} bytes", bytes.len());
    std::fs::write(&file, bytes).unwrap();
    let run = add(dir.path(), &file);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("unpacks"), "{}", run.stderr);
    assert!(run.peak_mb < PEAK_MB, "peak {} MB", run.peak_mb);
}

#[test]
fn json_objects_that_each_bring_a_key_of_their_own_stay_linear() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("keys.json");
    let objects: Vec<String> = (0..40_000)
        .map(|i| format!(r#"{{"text": "review {i}", "rating": 4, "extra{i}": "x"}}"#))
        .collect();
    std::fs::write(&file, format!("[{}]", objects.join(",\n"))).unwrap();
    let run = add(dir.path(), &file);
    assert_eq!(run.code, Some(0), "peak {} MB: {}", run.peak_mb, run.stderr);
    assert!(run.stdout.contains("40000 new review"), "{}", run.stdout);
    assert!(run.peak_mb < PEAK_MB, "peak {} MB", run.peak_mb);
}

#[test]
fn a_header_of_a_million_columns_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.csv");
    let header: Vec<String> = (0..1_000_000).map(|i| format!("c{i}")).collect();
    std::fs::write(&file, format!("{}\nreview\n", header.join(","))).unwrap();
    let run = add(dir.path(), &file);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("16384"), "{}", run.stderr);
    assert!(run.stderr.contains("wide.csv:1:"), "{}", run.stderr);
    assert!(run.peak_mb < PEAK_MB, "peak {} MB", run.peak_mb);
}

#[test]
fn more_rows_than_one_import_takes_are_refused_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rows.csv");
    let mut text = String::from("Review\n");
    for i in 0..2_000_000 {
        text += &format!("r{i}\n");
    }
    std::fs::write(&file, text).unwrap();
    let run = add(dir.path(), &file);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("100000"), "{}", run.stderr);
    assert!(run.peak_mb < PEAK_MB, "peak {} MB", run.peak_mb);
    assert!(!dir.path().join("out.ron").exists(), "no map written");
}
