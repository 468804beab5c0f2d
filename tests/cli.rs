//! The command-line contract: output, exit codes, error positions.

use std::path::Path;
use std::process::{Command, Output};

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("run journeymap")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn templates_lists_one_line_per_template() {
    let out = journeymap(&["templates"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let names: Vec<_> = text
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "current-state",
            "day-in-the-life",
            "future-state",
            "service-blueprint",
            "blank"
        ]
    );
    assert!(
        text.lines().all(|l| l.split_whitespace().count() > 3),
        "{text}"
    );
}

#[test]
fn new_then_check_works_for_every_template() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "current-state",
        "day-in-the-life",
        "future-state",
        "service-blueprint",
        "blank",
    ] {
        let file = dir.path().join(format!("{name}.ron"));
        let f = file.to_str().unwrap();
        let out = journeymap(&["new", "--template", name, "-o", f]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let out = journeymap(&["check", f]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let line = stdout(&out);
        assert_eq!(line.lines().count(), 1);
        assert!(
            line.contains(" stage") && line.contains(" card") && line.contains(" persona"),
            "{line}"
        );
        assert!(
            stderr(&out).is_empty(),
            "{name} had warnings: {}",
            stderr(&out)
        );
    }
}

#[test]
fn check_summary_counts_are_right() {
    let path = format!("{}/templates/current-state.ron", env!("CARGO_MANIFEST_DIR"));
    let map = journeymap::io::load_file(Path::new(&path)).unwrap().map;
    let s = map.summary();
    let out = journeymap(&["check", &path]);
    let expected = format!(
        "{} stages, {} lanes, {} cards, {} personas",
        s.stages, s.lanes, s.cards, s.personas
    );
    assert!(s.personas > 1, "the test needs plural counts");
    assert!(stdout(&out).contains(&expected), "{}", stdout(&out));
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.ron");
    std::fs::write(&file, "precious").unwrap();
    let out = journeymap(&["new", "-t", "blank", "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");
    let out = journeymap(&[
        "new",
        "-t",
        "blank",
        "-o",
        file.to_str().unwrap(),
        "--force",
    ]);
    assert!(out.status.success());
}

#[test]
fn unknown_template_is_exit_1_with_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.ron");
    let out = journeymap(&["new", "-t", "nope", "-o", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown template \"nope\""));
    assert!(stderr(&out).contains("service-blueprint"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(journeymap(&["check"]).status.code(), Some(2));
    assert_eq!(journeymap(&["frobnicate", "x", "y"]).status.code(), Some(2));
    assert_eq!(journeymap(&["new", "--bogus"]).status.code(), Some(2));
}

/// Write `bytes` to a file, run `check` on it, and return stderr after
/// asserting exit 1 (never a panic's 101).
fn check_bad(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.ron");
    std::fs::write(&file, bytes).unwrap();
    let out = journeymap(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    let prefix = format!("{}:", file.display());
    assert!(err.starts_with(&prefix), "{err}");
    err
}

#[test]
fn missing_bracket_names_line_and_column() {
    let err =
        check_bad(b"(\n    version: 1,\n    stages: [\n        (id: 1, name: \"A\"),\n    \n");
    // The file's last text is line 4; that is where the `]` and `)` are missing.
    assert!(err.contains("bad.ron:4:28:"), "{err}");
    assert!(err.contains("not closed"), "{err}");
}

#[test]
fn wrong_type_names_line_and_column() {
    let err = check_bad(b"(\n    version: 1,\n    title: 42,\n)\n");
    assert!(err.contains("bad.ron:3:12:"), "{err}");
    assert!(err.contains("expected a text in double quotes"), "{err}");
}

#[test]
fn unknown_lane_kind_lists_the_valid_ones() {
    let err = check_bad(
        b"(\n    version: 1,\n    lanes: [\n        (id: 1, kind: Feelings, title: \"x\"),\n    ],\n)\n",
    );
    assert!(err.contains("bad.ron:4:"), "{err}");
    assert!(err.contains("Feelings"), "{err}");
    assert!(err.contains("Emotions"), "{err}");
}

#[test]
fn newer_version_is_refused_clearly() {
    let err = check_bad(b"(\n    version: 9,\n    title: \"From the future\",\n)\n");
    assert!(err.contains("bad.ron:2:5:"), "{err}");
    assert!(err.contains("newer journeymap"), "{err}");
    assert!(err.contains("version 9"), "{err}");
}

#[test]
fn empty_file_is_an_error_at_1_1() {
    let err = check_bad(b"");
    assert!(err.contains("bad.ron:1:1: the file is empty"), "{err}");
    check_bad(b"  \n\n ");
}

#[test]
fn binary_garbage_is_an_error_with_position() {
    let garbage: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
    let err = check_bad(&garbage);
    assert!(err.contains("bad.ron:1:"), "{err}");
    let err = check_bad(b"\x00\x01\x02PK\x03\x04");
    assert!(err.contains("bad.ron:1:"), "{err}");
}

#[test]
fn invalid_utf8_names_line_and_column() {
    let err = check_bad(b"(\n    version: 1,\n    title: \"Caf\xE9\",\n)\n");
    assert!(err.contains("bad.ron:3:16: invalid UTF-8"), "{err}");
}

#[test]
fn missing_file_is_exit_1() {
    let out = journeymap(&["check", "/nonexistent/dir/map.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/dir/map.ron: cannot open"));
}

#[test]
fn repaired_problems_are_warnings_and_strict_fails() {
    let text = b"(version: 1, stages: [(id: 1, name: \"A\")], lanes: [(id: 2, kind: Actions, title: \"Actions\", cards: [(id: 3, stage: 8, text: \"lost\")])])";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("warn.ron");
    std::fs::write(&file, text).unwrap();
    let f = file.to_str().unwrap();
    let out = journeymap(&["check", f]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("warning: card 3"), "{}", stderr(&out));
    let out = journeymap(&["check", "--strict", f]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn bom_and_crlf_load() {
    let path = format!("{}/templates/future-state.ron", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap().replace('\n', "\r\n");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("win.ron");
    std::fs::write(&file, bytes).unwrap();
    let out = journeymap(&["check", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn without_a_display_the_app_says_what_to_do_and_exits_1() {
    let out = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("cannot open a window"), "{err}");
    assert!(err.contains("journeymap export"), "{err}");
}

#[test]
fn compare_prints_a_report_and_writes_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let current = dir.path().join("now.ron");
    let future = dir.path().join("future.ron");
    let mut map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    journeymap::io::save_file(&current, &map).unwrap();
    map.stages[5].name = "Advocacy".into();
    journeymap::io::save_file(&future, &map).unwrap();
    let (now, later) = (current.to_str().unwrap(), future.to_str().unwrap());

    let out = journeymap(&["compare", now, later]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(report.contains("| Stage | Feeling now | Feeling future |"));
    assert!(report.contains("- \"Loyalty\" is only in the current state"));
    assert!(report.contains("- \"Advocacy\" is new in the future state"));

    let svg = dir.path().join("cmp.svg");
    let out = journeymap(&["compare", now, later, "-o", svg.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&svg).unwrap();
    resvg::usvg::Tree::from_str(&text, &journeymap::export::usvg_options()).expect("valid SVG");
    for name in ["Awareness", "Advocacy", "Differences", "Feeling now"] {
        assert!(
            text.contains(&format!(">{name}</text>")),
            "{name} in the picture"
        );
    }
    let png = dir.path().join("cmp.png");
    let out = journeymap(&[
        "compare",
        now,
        later,
        "-o",
        png.to_str().unwrap(),
        "--scale",
        "1",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(image::open(&png).is_ok());

    let out = journeymap(&["compare", now, later, "-o", "x.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("use a .png, .svg or .md file name"));
    let out = journeymap(&["compare", now, "missing.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.ron"));
}

// ---- Languages: `templates --lang`, `new --lang`, the environment's default ----

/// Run the binary with a given system locale (and no other locale variable).
fn journeymap_with_locale(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .expect("run journeymap")
}

fn language_of(path: &Path) -> journeymap::model::Lang {
    journeymap::io::load_file(path).unwrap().map.lang()
}

#[test]
fn new_with_lang_writes_a_map_in_that_language() {
    use journeymap::model::Lang;
    let dir = tempfile::tempdir().unwrap();
    for (lang, code) in [(Lang::Ru, "ru"), (Lang::Lv, "lv"), (Lang::En, "en")] {
        for name in [
            "current-state",
            "day-in-the-life",
            "future-state",
            "service-blueprint",
            "blank",
        ] {
            let file = dir.path().join(format!("{code}-{name}.ron"));
            let f = file.to_str().unwrap();
            // The flag wins over the environment.
            let out = journeymap_with_locale(
                "de_DE.UTF-8",
                &["new", "-t", name, "--lang", code, "-o", f],
            );
            assert!(out.status.success(), "{code} {name}: {}", stderr(&out));
            assert_eq!(language_of(&file), lang, "{code} {name}");
            let out = journeymap(&["check", f]);
            assert!(
                out.status.success() && stderr(&out).is_empty(),
                "{code} {name}: {}",
                stderr(&out)
            );
        }
    }
    let map = journeymap::io::load_file(&dir.path().join("ru-current-state.ron"))
        .unwrap()
        .map;
    assert_eq!(map.language, "ru");
    assert!(map.personas.iter().any(|p| p.name.contains("Василий")));
    let map = journeymap::io::load_file(&dir.path().join("ru-blank.ron"))
        .unwrap()
        .map;
    assert_eq!(map.title, "Карта без названия");
}

#[test]
fn new_current_state_in_latvian_as_the_readme_shows() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("karte.ron");
    let out = journeymap(&[
        "new",
        "-t",
        "current-state",
        "--lang",
        "lv",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written = std::fs::read_to_string(&file).unwrap();
    let template = std::fs::read_to_string(format!(
        "{}/templates/lv/current-state.ron",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    // The template as it is, with the new map's identity of its own.
    let id_line = written
        .lines()
        .find(|l| l.trim_start().starts_with("map_id:"));
    let id = id_line.expect("a new map has an identity");
    let without: Vec<&str> = written.lines().filter(|l| *l != id).collect();
    assert_eq!(
        without.join("\n") + "\n",
        template,
        "new writes the template as it is"
    );
    // What the command says stays English, naming the language.
    assert!(
        stdout(&out).contains("from template current-state (Latviešu)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn templates_with_lang_lists_descriptions_in_that_language() {
    use journeymap::model::Lang;
    let out = journeymap_with_locale("C", &["templates", "--lang", "lv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines.len(), journeymap::io::TEMPLATES.len());
    for (line, t) in lines.iter().zip(journeymap::io::templates_in(Lang::Lv)) {
        assert!(line.starts_with(t.name), "{line}");
        assert!(line.ends_with(&*t.description_in(Lang::Lv)), "{line}");
    }
    assert!(
        text.contains("Ko klienti šodien dara, domā un jūt"),
        "{text}"
    );
    assert!(text.chars().any(|c| "āēīūšžķļņģč".contains(c)), "{text}");

    let text = stdout(&journeymap_with_locale("C", &["templates", "--lang", "ru"]));
    assert!(
        text.contains("Что клиенты делают, думают и чувствуют"),
        "{text}"
    );
    let text = stdout(&journeymap_with_locale(
        "ru_RU.UTF-8",
        &["templates", "--lang", "en"],
    ));
    assert!(
        text.contains("What customers do, think and feel with you today"),
        "{text}"
    );
}

#[test]
fn the_default_language_is_the_environments() {
    use journeymap::model::Lang;
    let text = stdout(&journeymap_with_locale("lv_LV.UTF-8", &["templates"]));
    assert!(text.contains("Pieredze, ko jūs gribat radīt"), "{text}");
    let text = stdout(&journeymap_with_locale("C", &["templates"]));
    assert!(
        text.contains("The experience you intend to create"),
        "{text}"
    );

    let dir = tempfile::tempdir().unwrap();
    for (locale, lang) in [
        ("ru_RU.UTF-8", Lang::Ru),
        ("lv_LV.UTF-8", Lang::Lv),
        ("en_GB.UTF-8", Lang::En),
        ("de_DE.UTF-8", Lang::En),
        ("C", Lang::En),
    ] {
        let file = dir.path().join(format!("{locale}.ron"));
        let out = journeymap_with_locale(locale, &["new", "-o", file.to_str().unwrap()]);
        assert!(out.status.success(), "{locale}: {}", stderr(&out));
        assert_eq!(language_of(&file), lang, "{locale}");
    }
    let help = stdout(&journeymap(&["new", "--help"]));
    assert!(
        help.contains("--lang") && help.contains("environment's language"),
        "{help}"
    );
    let help = stdout(&journeymap(&["templates", "--help"]));
    assert!(
        help.contains("--lang") && help.contains("environment's language"),
        "{help}"
    );
}

#[test]
fn unknown_lang_is_a_usage_error_listing_the_languages() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.ron");
    for args in [
        vec!["templates", "--lang", "xx"],
        vec!["new", "--lang", "de", "-o", f.to_str().unwrap()],
    ] {
        let out = journeymap(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains("en") && err.contains("ru") && err.contains("lv"),
            "{err}"
        );
    }
    assert!(!f.exists());
}

#[test]
fn diagnostics_stay_english_in_a_russian_environment() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.ron");
    let out = journeymap_with_locale(
        "ru_RU.UTF-8",
        &["new", "-t", "nope", "-o", f.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("unknown template \"nope\"; choose one of:"),
        "{}",
        stderr(&out)
    );
    std::fs::write(&f, "").unwrap();
    let out = journeymap_with_locale("ru_RU.UTF-8", &["new", "-o", f.to_str().unwrap()]);
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
}

#[test]
fn export_writes_its_footer_in_the_maps_language_unless_lang_says_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("karta.ron");
    let o = journeymap_with_locale(
        "C",
        &["new", "-t", "current-state", "--lang", "ru", "-o"]
            .iter()
            .copied()
            .chain([map.to_str().unwrap()])
            .collect::<Vec<_>>(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // An English environment: the map's language wins.
    let svg = dir.path().join("karta.svg");
    let o = journeymap_with_locale(
        "en_US.UTF-8",
        &["export", map.to_str().unwrap(), "-o", svg.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("сделано в journeymap"), "Russian footer");
    assert!(text.contains("Цель"), "Russian lens labels");
    // --lang en: the same map with English words around its own text.
    let o = journeymap_with_locale(
        "ru_RU.UTF-8",
        &[
            "export",
            map.to_str().unwrap(),
            "-o",
            svg.to_str().unwrap(),
            "--lang",
            "en",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("made with journeymap"));
    assert!(text.contains(">Goal<"));
    let o = journeymap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        svg.to_str().unwrap(),
        "--lang",
        "de",
    ]);
    assert_eq!(o.status.code(), Some(2), "unknown language: usage error");
}

// ---- Hardening (issue 15) ----

/// Run the binary with its stdout on `stdout`; stderr captured.
fn journeymap_to(args: &[&str], stdout: std::process::Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .stdout(stdout)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("run journeymap")
}

/// Two maps for `compare`, in `dir`.
fn two_maps(dir: &Path) -> (String, String) {
    let current = dir.join("now.ron");
    let future = dir.join("future.ron");
    let mut map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    journeymap::io::save_file(&current, &map).unwrap();
    map.stages[5].name = "Advocacy".into();
    journeymap::io::save_file(&future, &map).unwrap();
    (
        current.to_str().unwrap().to_string(),
        future.to_str().unwrap().to_string(),
    )
}

#[test]
fn a_closed_pipe_ends_output_quietly_with_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let (now, later) = two_maps(dir.path());
    let commands: [&[&str]; 4] = [
        &["templates"],
        &["check", &now],
        &["compare", &now, &later],
        &["--help"],
    ];
    for args in commands {
        // A pipe whose reading end is already closed, like `| head -c0` once it has exited.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = journeymap_to(args, writer.into());
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?} printed on stderr");
    }
}

#[test]
fn a_full_disk_on_stdout_is_exit_1_with_one_line() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (now, later) = two_maps(dir.path());
    let commands: [&[&str]; 4] = [
        &["templates"],
        &["check", &now],
        &["compare", &now, &later],
        &["--help"],
    ];
    for args in commands {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = journeymap_to(args, full.into());
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("failed printing"),
            "{err}"
        );
        assert!(err.contains("No space left on device"), "{err}");
    }
}

/// Whether `text` holds a raw control character other than a line end.
fn has_raw_controls(text: &str) -> bool {
    text.chars().any(|c| c.is_control() && c != '\n')
}

#[test]
fn control_characters_in_user_text_are_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evil.ron");
    let mut map = journeymap::io::template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    // A window title rewrite, a colour and a fake second line.
    map.title = "\u{1b}]0;pwned\u{7}Trip \u{1b}[32mok\r\nfake: ok".into();
    map.personas[0].name = "An\u{1b}[2Jna".into();
    journeymap::io::save_file(&file, &map).unwrap();
    let f = file.to_str().unwrap();

    let out = journeymap(&["check", f]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = stdout(&out);
    assert!(!has_raw_controls(&line), "{line:?}");
    assert_eq!(line.lines().count(), 1, "{line:?}");
    assert!(
        line.contains("\"\\u{1b}]0;pwned\\u{7}Trip \\u{1b}[32mok\\r\\nfake: ok\""),
        "{line}"
    );

    let png = dir.path().join("x.png");
    let out = journeymap(&[
        "export",
        f,
        "-o",
        png.to_str().unwrap(),
        "--persona",
        "Nobody",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!has_raw_controls(&err), "{err:?}");
    assert!(err.contains("\"An\\u{1b}[2Jna\""), "{err}");

    let csv = dir.path().join("grid.csv");
    std::fs::write(&csv, "Map,A\nEmotions,\u{1b}[31mhigh\n").unwrap();
    let ron = dir.path().join("grid.ron");
    let out = journeymap(&["import", csv.to_str().unwrap(), "-o", ron.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!has_raw_controls(&err), "{err:?}");
    assert!(err.contains("found \"\\u{1b}[31mhigh\""), "{err}");
}

#[test]
fn new_refuses_an_export_extension_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["x.png", "x.SVG", "x.csv", "x.md", "x.mmd", "x.tsv"] {
        let file = dir.path().join(name);
        let f = file.to_str().unwrap();
        for args in [
            vec!["new", "-o", f],
            vec!["new", "--sample", "2x2x1", "-o", f],
        ] {
            let out = journeymap(&args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let err = stderr(&out);
            assert!(err.contains("writes a map, a .ron file"), "{err}");
            assert!(err.contains("journeymap export"), "{err}");
            assert!(!file.exists(), "{name} was written");
        }
    }
    // Any other name is refused too (issue 27.3): a map is a .ron file.
    let file = dir.path().join("map.journey");
    let out = journeymap(&["new", "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("a .ron file"), "{}", stderr(&out));
    assert!(!file.exists());
    let file = dir.path().join("map.RON");
    let out = journeymap(&["new", "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Run the binary, killing it after `seconds`: `None` if it had to be killed.
fn journeymap_within(args: &[&str], seconds: u64) -> Option<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run journeymap");
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(seconds) {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().ok();
    child.wait().ok();
    None
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_as_a_map_or_an_import_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let mut fifos = Vec::new();
    for name in ["map.ron", "grid.csv", "day.mmd"] {
        let path = dir.path().join(name);
        let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        fifos.push(path.to_str().unwrap().to_string());
    }
    // And a link to one: links are followed, then the file is judged.
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&fifos[0], &link).unwrap();
    let out_ron = dir.path().join("out.ron");
    let out_svg = dir.path().join("out.svg");
    let (out_ron, out_svg) = (out_ron.to_str().unwrap(), out_svg.to_str().unwrap());
    let link = link.to_str().unwrap();
    let commands: [Vec<&str>; 5] = [
        vec!["check", &fifos[0]],
        vec!["check", link],
        vec!["export", &fifos[0], "-o", out_svg],
        vec!["import", &fifos[1], "-o", out_ron],
        vec!["import", &fifos[2], "-o", out_ron],
    ];
    for args in commands {
        let out = journeymap_within(&args, 10).unwrap_or_else(|| panic!("{args:?} blocked"));
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("is not a regular file"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    // Devices too.
    let out = journeymap_within(&["check", "/dev/zero"], 10).expect("no hang");
    assert!(
        stderr(&out).contains("is not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_mistyped_command_suggests_the_nearest_one() {
    for (typo, meant) in [
        ("exprot", "export"),
        ("chekc", "check"),
        ("templtes", "templates"),
    ] {
        for args in [vec![typo], vec![typo, "map.ron"]] {
            let out = journeymap(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let err = stderr(&out);
            assert!(
                err.contains(&format!("unrecognized subcommand '{typo}'")),
                "{err}"
            );
            assert!(err.contains(&format!("'{meant}'")), "{err}");
            assert!(!err.contains("cannot be used with"), "{err}");
        }
    }
}

#[test]
fn messages_a_user_understands() {
    let dir = tempfile::tempdir().unwrap();
    // Nesting: no talk of ron's options or serde_stacker.
    let deep = dir.path().join("deep.ron");
    let text = format!(
        "(version: 1, notes: {}{})",
        "[".repeat(500),
        "]".repeat(500)
    );
    std::fs::write(&deep, text).unwrap();
    let out = journeymap(&["check", deep.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        !err.contains("recursion_limit") && !err.contains("serde_stacker"),
        "{err}"
    );
    assert!(err.contains("nested more than 128 levels deep"), "{err}");
    // No run of spaces in the import hint.
    let mmd = dir.path().join("day.mmd");
    std::fs::write(&mmd, "journey\n  section A\n    Go: 3: Me\n").unwrap();
    let png = dir.path().join("day.png");
    let out = journeymap(&["import", mmd.to_str().unwrap(), "-o", png.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("  "), "{}", stderr(&out));
    // Picture options given for a text export are not silently ignored.
    let map = dir.path().join("map.ron");
    journeymap(&["new", "-o", map.to_str().unwrap()]);
    let csv = dir.path().join("map.csv");
    let out = journeymap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        csv.to_str().unwrap(),
        "--heat",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("warning: --heat") && err.contains("ignored"),
        "{err}"
    );
    let out = journeymap(&["export", map.to_str().unwrap(), "-o", csv.to_str().unwrap()]);
    assert_eq!(stderr(&out), "", "no warning without the option");
}

/// `import` and `new --sample` never write a map that `check` (and the app)
/// would then refuse as over 64 MB: they refuse up front with the size and
/// the limit, and write nothing.
#[test]
fn import_and_new_sample_never_write_a_map_the_loader_refuses() {
    let dir = tempfile::tempdir().unwrap();
    // 1.2 MB of CSV: one cell of 600,000 lines, a card each (~78 MB of RON).
    let csv = format!("Big,Stage\nActions,\"{}\"\n", "x\n".repeat(600_000));
    std::fs::write(dir.path().join("big.csv"), csv).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_journeymap"))
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("run journeymap")
    };
    for (args, written) in [
        (&["import", "big.csv", "-o", "big.ron"][..], "big.ron"),
        (
            &["new", "--sample", "200x200x7", "-o", "sample.ron"][..],
            "sample.ron",
        ),
    ] {
        let out = run(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains(written) && err.contains(" MB") && err.contains("64 MB"),
            "{args:?}: {err}"
        );
        assert!(
            !dir.path().join(written).exists(),
            "{args:?} wrote {written}"
        );
    }
    // Within the limit both still work.
    let out = run(&["new", "--sample", "20x25x10", "-o", "small.ron"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["check", "small.ron"]);
    assert!(out.status.success(), "{}", stderr(&out));
}
