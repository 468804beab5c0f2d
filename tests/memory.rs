//! Peak memory of whole exports, measured on a child process. Kept in a
//! test binary of their own: Linux counts a spawned child's peak from the
//! parent's memory until `exec`, so the parent must stay small, and the
//! other export tests render large pictures in-process.

use std::path::Path;
use std::process::{Command, Output};

use journeymap::io::TEMPLATES;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs `cmd` to the end and gives its output with its peak resident set
/// in kB (`wait4`'s rusage of that one child, so other tests' children do
/// not count).
#[allow(clippy::zombie_processes)] // reaped by `wait4`, not `Child::wait`
fn run_measuring_peak(cmd: &mut Command) -> (Output, i64) {
    use std::io::Read;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run journeymap");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    // Small outputs: the pipes hold them until the child is reaped.
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 failed");
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    child.stderr.take().unwrap().read_to_end(&mut err).unwrap();
    use std::os::unix::process::ExitStatusExt;
    let output = Output {
        status: std::process::ExitStatus::from_raw(status),
        stdout: out,
        stderr: err,
    };
    (output, usage.ru_maxrss)
}

/// A decompression bomb as a persona photo (48 KB of PNG, 20,000 × 20,000
/// pixels: 400 MB once decoded) is refused from its header: `export` warns
/// on stderr naming its size and the limit, draws the initials, and never
/// decodes it (the process stays small). The inspector shows the same
/// reason (`photo_file`'s error).
#[test]
fn a_photo_bomb_is_refused_from_its_header_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::copy(
        fixtures.join("bomb-20000x20000.png"),
        dir.path().join("bomb.png"),
    )
    .unwrap();
    let why = journeymap::model::photo_file("bomb.png", Some(dir.path()))
        .expect_err("a 20,000 px photo is refused")
        .to_string();
    assert!(
        why.contains("20000 × 20000") && why.contains("8192"),
        "{why}"
    );

    let mut map = TEMPLATES[0].instantiate().unwrap();
    map.personas[0].photo = Some("bomb.png".into());
    std::fs::write(
        dir.path().join("map.ron"),
        journeymap::io::to_ron_string(&map),
    )
    .unwrap();
    for out_name in ["out.svg", "out.png"] {
        let (out, peak_kb) = run_measuring_peak(
            Command::new(env!("CARGO_BIN_EXE_journeymap"))
                .current_dir(dir.path())
                .args(["export", "map.ron", "-o", out_name]),
        );
        let err = stderr(&out);
        assert!(out.status.success(), "{err}");
        assert!(
            err.contains("warning: the photo of")
                && err.contains("bomb.png")
                && err.contains("20000 × 20000"),
            "{err}"
        );
        let written = std::fs::read(dir.path().join(out_name)).unwrap();
        if out_name.ends_with(".svg") {
            assert!(!String::from_utf8_lossy(&written).contains("<image "));
        }
        assert!(
            peak_kb < 200 * 1024,
            "{out_name}: peak resident {} MB",
            peak_kb / 1024
        );
    }
}

/// A stranger's map with a 4 MB title and a 4 MB card (before: SVG export
/// peaked at 1.6 GB and 1.0 GB, a PNG of the card spent 17 s and 3.9 GB):
/// each text is drawn up to `MAX_DRAWN_TEXT` with a note of what is cut,
/// and the export stays small. The map keeps the whole text.
#[test]
fn huge_texts_are_drawn_cut_with_a_note_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "lorem ipsum dolor sit amet ".repeat(4_000_000 / 27);
    let mut map = TEMPLATES[0].instantiate().unwrap();
    map.title = huge.clone();
    map.lanes[0].cards[0].text = huge.clone();
    std::fs::write(
        dir.path().join("map.ron"),
        journeymap::io::to_ron_string(&map),
    )
    .unwrap();
    for out_name in ["out.svg", "out.png"] {
        let (out, peak_kb) = run_measuring_peak(
            Command::new(env!("CARGO_BIN_EXE_journeymap"))
                .current_dir(dir.path())
                .args(["export", "map.ron", "-o", out_name, "--scale", "1"]),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            peak_kb < 200 * 1024,
            "{out_name}: peak resident {} MB",
            peak_kb / 1024
        );
    }
    let svg = std::fs::read_to_string(dir.path().join("out.svg")).unwrap();
    let rest = huge.len() - journeymap::layout::MAX_DRAWN_TEXT;
    let note = format!(
        "[cut here: {} more characters",
        journeymap::i18n::format_number(journeymap::model::Lang::En, rest as f64, 0)
    );
    assert!(
        svg.contains(&note),
        "the footer's title says how much is cut"
    );
    assert!(
        svg.matches("[cut here:").count() >= 2,
        "and so does the card (over rows)"
    );
    let png = image::open(dir.path().join("out.png")).unwrap();
    assert!(png.height() < 16_384, "{} px tall", png.height());
}

/// A poster-sized PNG (1,000 cards at scale 2: 12,480 × 7,894 px, 394 MB of
/// RGBA) is rendered in bands streamed into the encoder: the export's peak
/// stays under 1.5 × that buffer (before: 841 MB, 2.1 ×).
#[test]
fn a_poster_png_is_rendered_in_bands_within_one_and_a_half_buffers() {
    let dir = tempfile::tempdir().unwrap();
    let map = journeymap::sample::sample_map(journeymap::sample::SampleSize {
        stages: 25,
        lanes: 8,
        cards_per_cell: 5,
    });
    std::fs::write(
        dir.path().join("big.ron"),
        journeymap::io::to_ron_string(&map),
    )
    .unwrap();
    let (out, peak_kb) = run_measuring_peak(
        Command::new(env!("CARGO_BIN_EXE_journeymap"))
            .current_dir(dir.path())
            .args(["export", "big.ron", "-o", "big.png", "--scale", "2"]),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let png = image::ImageReader::open(dir.path().join("big.png"))
        .unwrap()
        .into_dimensions()
        .unwrap();
    let buffer_kb = png.0 as i64 * png.1 as i64 * 4 / 1024;
    assert!(buffer_kb > 300 * 1024, "a poster-sized image: {png:?}");
    assert!(
        peak_kb * 2 < buffer_kb * 3,
        "peak {} MB for a {} MB image",
        peak_kb / 1024,
        buffer_kb / 1024
    );
}
