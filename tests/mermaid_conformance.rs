//! Mermaid's own journey diagrams (tests/fixtures/mermaid-conformance): the
//! import reads every one as Mermaid 11 does, and the export of the imported
//! map reads back the same. Whitespace around names, `<br>` spellings, actor
//! order and empty actor names (`Sign Up: 5:` gives Mermaid one actor "")
//! are not compared: Mermaid draws them alike.

use std::path::{Path, PathBuf};

use journeymap::interop::{self, Format};
use serde_json::Value;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mermaid-conformance")
}

/// What a diagram says, normalised as the module comment describes.
#[derive(Debug, PartialEq)]
struct Reading {
    title: Option<String>,
    acc_title: Option<String>,
    acc_descr: Option<String>,
    sections: Vec<String>,
    /// (section, name, score as Mermaid's Number() prints it, actors sorted)
    tasks: Vec<(String, String, String, Vec<String>)>,
}

fn norm(text: &str) -> String {
    let mut s = text.to_string();
    for br in ["<br\t/>", "</br />", "<br />", "<br/>", "<br>"] {
        s = s.replace(br, "\n");
    }
    s.split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn opt(v: &Value) -> Option<String> {
    v.as_str().map(norm).filter(|s| !s.is_empty())
}

fn score_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.as_f64().map_or("null".into(), |f| f.to_string()),
        _ => "null".into(),
    }
}

fn expected() -> Vec<(String, Value)> {
    std::fs::read_to_string(folder().join("expected.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["file"].as_str().unwrap().to_string(), v)
        })
        .collect()
}

fn reading_of_expected(v: &Value) -> Reading {
    let actors = |t: &Value| {
        let mut a: Vec<String> = t["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| norm(a.as_str().unwrap()))
            .filter(|a| !a.is_empty())
            .collect();
        a.sort();
        a
    };
    Reading {
        title: opt(&v["title"]),
        acc_title: opt(&v["accTitle"]),
        acc_descr: opt(&v["accDescr"]),
        sections: v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| norm(s.as_str().unwrap()))
            .collect(),
        tasks: v["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    norm(t["section"].as_str().unwrap()),
                    norm(t["name"].as_str().unwrap()),
                    score_text(&t["score"]),
                    actors(t),
                )
            })
            .collect(),
    }
}

/// `#NN;` entity codes back to characters, as Mermaid's picture shows them.
fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('#') {
        out += &rest[..i];
        let tail = &rest[i + 1..];
        let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && tail[digits.len()..].starts_with(';') {
            out.push(char::from_u32(digits.parse().unwrap()).unwrap());
            rest = &tail[digits.len() + 1..];
        } else {
            out.push('#');
            rest = tail;
        }
    }
    out + rest
}

/// Mermaid's `Number()` printed as JavaScript prints it, for the scores our
/// export writes (whole numbers, decimals, hex, words).
fn js_score(text: &str) -> String {
    let t = text.trim();
    if let Some(hex) = t.strip_prefix("0x") {
        return u64::from_str_radix(hex, 16).map_or("NaN".into(), |n| n.to_string());
    }
    match t.parse::<f64>() {
        Ok(f) if t.chars().all(|c| c.is_ascii_digit() || ".+-e".contains(c)) => f.to_string(),
        _ => "NaN".into(),
    }
}

/// Our export read the way Mermaid's grammar reads it; our exports use
/// only its plain forms (one statement per line, `accDescr` on one line or
/// as a block).
fn reading_of_export(text: &str) -> Reading {
    let mut r = Reading {
        title: None,
        acc_title: None,
        acc_descr: None,
        sections: Vec::new(),
        tasks: Vec::new(),
    };
    let mut lines = text.lines().map(str::trim);
    assert_eq!(lines.next(), Some("journey"), "{text}");
    let mut block: Option<Vec<String>> = None;
    for line in lines {
        if let Some(b) = &mut block {
            if line == "}" {
                r.acc_descr = Some(decode(&b.join("\n")));
                block = None;
            } else {
                b.push(line.to_string());
            }
        } else if let Some(t) = line.strip_prefix("title ") {
            r.title = Some(norm(&decode(t)));
        } else if let Some(t) = line.strip_prefix("accTitle: ") {
            r.acc_title = Some(norm(&decode(t)));
        } else if let Some(t) = line.strip_prefix("accDescr: ") {
            r.acc_descr = Some(norm(&decode(t)));
        } else if line == "accDescr {" {
            block = Some(Vec::new());
        } else if let Some(t) = line.strip_prefix("section ") {
            r.sections.push(norm(&decode(t)));
        } else {
            assert!(!line.contains(';') && !line.contains("%%"), "{line}");
            let parts: Vec<&str> = line.splitn(3, ':').collect();
            if r.sections.is_empty() {
                r.sections.push(String::new());
            }
            let mut actors: Vec<String> = parts
                .get(2)
                .map(|a| a.split(',').map(|a| norm(&decode(a))).collect())
                .unwrap_or_default();
            actors.retain(|a| !a.is_empty());
            actors.sort();
            r.tasks.push((
                r.sections.last().unwrap().clone(),
                norm(&decode(parts[0])),
                js_score(parts[1]),
                actors,
            ));
        }
    }
    r
}

#[test]
fn every_diagram_of_mermaids_own_imports_as_mermaid_reads_it_and_exports_back_the_same() {
    let cases = expected();
    assert_eq!(cases.len(), 22);
    for (file, want) in cases {
        let path = folder().join(&file);
        assert_eq!(
            want["ok"],
            Value::Bool(true),
            "the set has only accepted files"
        );
        let imported = interop::import_file(&path)
            .unwrap_or_else(|e| panic!("{file}: Mermaid accepts it, we refused: {e}"));
        assert!(imported.map.validate().is_empty(), "{file}");
        let back = interop::export_text(&imported.map, Format::Mermaid);
        assert_eq!(
            reading_of_export(&back),
            reading_of_expected(&want),
            "{file}: the export reads differently from Mermaid's reading of the source:\n{back}"
        );
        // Reading our own export again changes nothing.
        let again = interop::import_str(&back, Format::Mermaid).unwrap();
        assert_eq!(
            interop::export_text(&again.map, Format::Mermaid),
            back,
            "{file}"
        );
    }
}

#[test]
fn a_word_for_a_score_imports_with_a_warning_at_its_line_and_goes_back_as_written() {
    let path = folder().join("17-cy-title-style-stray-line.mmd");
    let imported = interop::import_file(&path).unwrap();
    let warnings: Vec<String> = imported.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0]
            .contains("17-cy-title-style-stray-line.mmd:21:15: the score \"2rem\" is not a number"),
        "{warnings:?}"
    );
    let card = imported.map.lanes[0]
        .cards
        .iter()
        .find(|c| c.text == "size")
        .unwrap();
    assert_eq!(card.note, "score: 2rem");
    assert!(card.personas.is_empty());
    let back = interop::export_text(&imported.map, Format::Mermaid);
    assert!(back.contains("      size: 2rem\n"), "{back}");
}

#[test]
fn scores_above_five_use_the_one_to_ten_curve_and_fractions_keep_their_text() {
    let text = "journey\n  section Visit\n    Park: 13: Ann\n    Enter: 7: Bob\n  section Buy\n    Pay: 4.5: Ann\n    Leave: 8: Ann, Bob: extra\n";
    let imported = interop::import_str(text, Format::Mermaid).unwrap();
    let emotions = &imported.map.lanes[1];
    assert_eq!(emotions.scale, journeymap::model::EmotionScale::OneToTen);
    let ann = &imported.map.personas[0];
    let values: Vec<i32> = emotions
        .series
        .iter()
        .find(|s| s.persona == Some(ann.id))
        .unwrap()
        .values
        .values()
        .copied()
        .collect();
    // Park 13 → 10 (the top); Pay 4.5 and Leave 8 → round(mean(5, 8)) = 7.
    assert_eq!(values, vec![10, 7]);
    let messages: Vec<String> = imported.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    let at = |i: usize, start: &str| {
        assert!(messages[i].contains(start), "{start} in {messages:#?}");
    };
    at(
        0,
        ":3:11: scores go above 5 (here 13), so the emotion curve uses the 1–10 scale",
    );
    at(
        1,
        ":3:11: the score 13 is above 10, the top of the curve's 1–10 scale; the emotion curve uses 10",
    );
    at(
        2,
        ":6:10: the score 4.5 is not a whole number; the emotion curve uses 5",
    );
    at(3, ":7:23: Mermaid ignores what follows a third `:`");
    let back = interop::export_text(&imported.map, Format::Mermaid);
    for task in [
        "Park: 13: Ann",
        "Enter: 7: Bob",
        "Pay: 4.5: Ann",
        "Leave: 8: Ann, Bob",
    ] {
        assert!(back.contains(task), "{task} in\n{back}");
    }
}

#[test]
fn an_acc_title_beside_a_title_survives_the_round_trip() {
    let path = folder().join("20-docs-a11y.mmd");
    let map = interop::import_file(&path).unwrap().map;
    assert_eq!(map.title, "My working day");
    assert_eq!(map.lens.accessible_title, "My User Journey Diagram");
    let back = interop::export_text(&map, Format::Mermaid);
    assert!(
        back.contains("    title My working day\n    accTitle: My User Journey Diagram\n"),
        "{back}"
    );
}
