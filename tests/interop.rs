//! Interop: Mermaid journey diagrams, CSV spreadsheets and Markdown, in and
//! out, through the library API and the command line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use journeymap::interop::{self, Format, ImportError, export_text};
use journeymap::io::TEMPLATES;
use journeymap::model::{EmotionScale, Hue, JourneyMap, LaneContent, LaneKind};

const DOC_EXAMPLE: &str = "journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
";

/// The map of an import these tests expect to be clean: any warning fails.
fn clean(imported: interop::Imported) -> JourneyMap {
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    imported.map
}

fn import_str(text: &str, format: Format) -> Result<JourneyMap, ImportError> {
    interop::import_str(text, format).map(clean)
}

fn import_file(path: &Path) -> Result<JourneyMap, ImportError> {
    interop::import_file(path).map(clean)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/interop")
        .join(name)
}

/// Import and insist the map is sound, as every imported map must be.
fn import(text: &str, format: Format) -> JourneyMap {
    let map = import_str(text, format).unwrap_or_else(|e| panic!("import failed: {e}"));
    let problems = map.validate();
    assert!(
        problems.is_empty(),
        "imported map has problems: {problems:?}"
    );
    map
}

fn mermaid(text: &str) -> JourneyMap {
    import(text, Format::Mermaid)
}

/// The error message for bad Mermaid text, as `FILE:LINE:COLUMN: message`.
fn mermaid_error(text: &str) -> String {
    import_str(text, Format::Mermaid)
        .expect_err("this diagram is malformed")
        .in_file("day.mmd")
        .to_string()
}

fn csv_error(text: &str) -> String {
    import_str(text, Format::Csv { bom: false })
        .expect_err("this CSV is malformed")
        .in_file("map.csv")
        .to_string()
}

/// A diagram up to whitespace and comments: lines trimmed, blanks collapsed,
/// empty and `%%` lines dropped.
fn normalise(diagram: &str) -> Vec<String> {
    diagram
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty() && !l.starts_with("%%"))
        .collect()
}

fn stage_names(map: &JourneyMap) -> Vec<&str> {
    map.stages.iter().map(|s| s.name.as_str()).collect()
}

fn persona_names(map: &JourneyMap) -> Vec<&str> {
    map.personas.iter().map(|p| p.name.as_str()).collect()
}

/// Card texts of the first lane of `kind`, per stage name.
fn cards_by_stage(map: &JourneyMap, kind: LaneKind) -> Vec<(String, Vec<String>)> {
    let lane = map.lanes.iter().find(|l| l.kind == kind).expect("lane");
    map.stages
        .iter()
        .map(|s| {
            let texts = lane.cards_in(s.id).map(|c| c.text.clone()).collect();
            (s.name.clone(), texts)
        })
        .collect()
}

/// Emotion values as (persona name or "", stage name) → value, for every emotion lane.
fn emotions(map: &JourneyMap) -> BTreeMap<(usize, String, String), i32> {
    let mut out = BTreeMap::new();
    for (i, lane) in map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Emotions)
        .enumerate()
    {
        for series in &lane.series {
            let who = series
                .persona
                .and_then(|p| map.persona(p))
                .map_or(String::new(), |p| p.name.clone());
            for (stage, value) in &series.values {
                let stage = &map.stages[map.stage_index(*stage).unwrap()].name;
                out.insert((i, who.clone(), stage.clone()), *value);
            }
        }
    }
    out
}

// ---------------------------------------------------------------- Mermaid in

#[test]
fn mermaid_documentation_example_imports() {
    let map = import_file(&fixture("working-day.mmd")).unwrap();
    assert!(map.validate().is_empty());
    assert_eq!(map.title, "My working day");
    assert_eq!(stage_names(&map), ["Go to work", "Go home"]);
    assert_eq!(persona_names(&map), ["Me", "Cat"]);
    assert_eq!(map.personas[0].color, Hue::ALL[0]);
    assert_eq!(map.personas[1].color, Hue::ALL[1]);
    assert_eq!(
        cards_by_stage(&map, LaneKind::Actions),
        [
            (
                "Go to work".to_string(),
                vec!["Make tea".into(), "Go upstairs".into(), "Do work".into()]
            ),
            (
                "Go home".to_string(),
                vec!["Go downstairs".into(), "Sit down".into()]
            ),
        ]
    );
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Emotions)
        .unwrap();
    assert_eq!(lane.scale, EmotionScale::OneToFive);
    // One point per stage per actor: Me's three tasks at work (5, 3, 1) average 3.
    let e = emotions(&map);
    let at = |who: &str, stage: &str| e.get(&(0, who.to_string(), stage.to_string())).copied();
    assert_eq!(at("Me", "Go to work"), Some(3));
    assert_eq!(at("Me", "Go home"), Some(5));
    assert_eq!(at("Cat", "Go to work"), Some(1));
    assert_eq!(at("Cat", "Go home"), None);
    assert_eq!(e.len(), 3);
    // Actors are the cards' personas.
    let actions = &map.lanes[0];
    let me = map.personas[0].id;
    let cat = map.personas[1].id;
    assert_eq!(actions.cards[2].personas, [me, cat]);
    assert_eq!(actions.cards[0].personas, [me]);
}

#[test]
fn mermaid_documentation_example_round_trips() {
    let map = mermaid(DOC_EXAMPLE);
    let back = export_text(&map, Format::Mermaid);
    assert_eq!(normalise(&back), normalise(DOC_EXAMPLE), "{back}");
    // …and byte for byte, as the exporter uses the documentation's indents.
    assert_eq!(back, DOC_EXAMPLE);
}

#[test]
fn per_task_scores_survive_but_the_curve_drives_the_common_case() {
    // One task per actor per section: the curve holds every score, no notes needed.
    let text = "journey\n    title Commute\n    section Leave\n      Pack bag: 2: Me\n      Feed cat: 4: Cat\n    section Arrive\n      Find desk: 5: Me, Cat\n";
    let mut map = mermaid(text);
    assert!(map.card_texts().count() == 3);
    assert!(map.lanes[0].cards.iter().all(|c| c.note.is_empty()));
    assert_eq!(export_text(&map, Format::Mermaid), text);

    // Editing Me's curve changes the score of Me's task there.
    let me = map.personas[0].id;
    let arrive = map.stages[1].id;
    let lane = map
        .lanes
        .iter_mut()
        .find(|l| l.kind == LaneKind::Emotions)
        .unwrap();
    let series = lane
        .series
        .iter_mut()
        .find(|s| s.persona == Some(me))
        .unwrap();
    series.values.insert(arrive, 1);
    let edited = export_text(&map, Format::Mermaid);
    assert!(edited.contains("Find desk: 1: Me, Cat"), "{edited}");

    // Two tasks of one actor in a section with different scores keep their own.
    let map = mermaid(DOC_EXAMPLE);
    let notes: Vec<&str> = map.lanes[0].cards.iter().map(|c| c.note.as_str()).collect();
    assert_eq!(notes, ["score: 5", "", "score: 1", "", ""]);
}

#[test]
fn mermaid_parser_specification_example_imports_and_round_trips() {
    // From Mermaid's own parser tests: spacing variants, tasks without actors,
    // a trailing `:` with no actors.
    let text = "journey
title Adding journey diagram functionality to mermaid
section Documentation
A task: 5: Alice, Bob, Charlie
B task: 3:Bob, Charlie
C task: 5
D task: 5: Charlie, Alice
E task: 5:
section Another section
P task: 5:
Q task: 5:
R task: 5:";
    let map = mermaid(text);
    assert_eq!(persona_names(&map), ["Alice", "Bob", "Charlie"]);
    assert_eq!(stage_names(&map), ["Documentation", "Another section"]);
    let cards = &map.lanes[0].cards;
    assert_eq!(cards.len(), 8);
    assert_eq!(cards[1].text, "B task");
    assert_eq!(cards[1].personas.len(), 2);
    assert!(cards[2].personas.is_empty() && cards[4].personas.is_empty());
    // Tasks without actors make the curve of no persona.
    let e = emotions(&map);
    assert_eq!(
        e.get(&(0, String::new(), "Another section".into())),
        Some(&5)
    );
    assert_eq!(e.get(&(0, "Bob".into(), "Documentation".into())), Some(&4));

    let back = export_text(&map, Format::Mermaid);
    assert!(back.contains("B task: 3: Bob, Charlie\n"), "{back}");
    assert!(back.contains("C task: 5\n"), "{back}");
    assert!(back.contains("R task: 5\n"), "{back}");
    // Mermaid → map → Mermaid → map gives the same map.
    assert_eq!(mermaid(&back), map);
}

#[test]
fn accessibility_title_and_description_in_both_forms() {
    let one_line = mermaid(
        "journey\n  accTitle: Morning routine\n  accDescr: How Me gets to work; it is #1 for us\n  section A\n    Wake: 2: Me\n",
    );
    // With no `title`, the accessible title names the map.
    assert_eq!(one_line.title, "Morning routine");
    assert_eq!(
        one_line.lens.scenario,
        "How Me gets to work; it is #1 for us"
    );

    let block = mermaid(
        "journey\n  title Shopping\n  accDescr {\n    A user journey for\n      family shopping\n  }\n  accTitle: Ignored when there is a title\n  section Order\n    Pay: 4: Mum\n",
    );
    assert_eq!(block.title, "Shopping");
    assert_eq!(block.lens.scenario, "A user journey for\nfamily shopping");
    assert_eq!(block.stages.len(), 1);

    // The block may close on the line where the next statement starts, as Mermaid allows.
    let same_line = mermaid("journey\naccDescr { one\ntwo }title After\nsection S\nT: 1\n");
    assert_eq!(same_line.title, "After");
    assert_eq!(same_line.lens.scenario, "one\ntwo");

    // Both come back out and read back the same.
    for map in [one_line, block] {
        let back = export_text(&map, Format::Mermaid);
        assert!(back.contains("accDescr"), "{back}");
        assert_eq!(mermaid(&back).lens.scenario, map.lens.scenario, "{back}");
    }
}

#[test]
fn comments_front_matter_case_and_blank_lines_are_understood() {
    let text = "
%% a diagram of my day
---
title: From front matter
config:
  theme: forest
---
%%{init: {'theme': 'dark'}}%%

JOURNEY
  %% comments anywhere
    Title   My working day   # a trailing comment

  SECTION Go to work
        Make tea: 5: Me    # with milk
  sEcTiOn Go home

      Sit down:5:Me
";
    let map = mermaid(text);
    assert_eq!(map.title, "My working day");
    assert_eq!(stage_names(&map), ["Go to work", "Go home"]);
    assert_eq!(
        map.card_texts().collect::<Vec<_>>(),
        ["Make tea", "Sit down"]
    );
    assert_eq!(persona_names(&map), ["Me"]);

    let front = mermaid("---\ntitle: \"Only in front matter\"\n---\njourney\nsection A\nT: 3\n");
    assert_eq!(front.title, "Only in front matter");
}

#[test]
fn tasks_before_any_section_go_to_an_unnamed_stage() {
    let map = mermaid("journey\n  Wake up: 2: Me\n  section Work\n    Type: 3: Me\n");
    assert_eq!(stage_names(&map), ["", "Work"]);
    let back = export_text(&map, Format::Mermaid);
    assert_eq!(
        normalise(&back),
        ["journey", "Wake up: 2: Me", "section Work", "Type: 3: Me"]
    );
}

#[test]
fn line_breaks_in_names_become_new_lines_and_back() {
    let map = mermaid(
        "journey\n  section Line1<br>Line2<br/>Line3\n    Make<br />tea: 5: Me\n    Literal #60;br#62; tag: 3: Me\n",
    );
    assert_eq!(map.stages[0].name, "Line1\nLine2\nLine3");
    assert_eq!(map.lanes[0].cards[0].text, "Make\ntea");
    assert_eq!(map.lanes[0].cards[1].text, "Literal <br> tag");
    let back = export_text(&map, Format::Mermaid);
    assert!(back.contains("section Line1<br>Line2<br>Line3\n"), "{back}");
    assert!(back.contains("Make<br>tea: 5: Me\n"), "{back}");
    assert_eq!(mermaid(&back).lanes[0].cards[1].text, "Literal <br> tag");
}

#[test]
fn characters_mermaid_cannot_take_are_escaped_and_read_back() {
    let mut map = mermaid("journey\n  title T\n  section S\n    Task: 3: Me\n");
    map.title = "Plan #2; final".into();
    map.stages[0].name = "Day 1: start".into();
    map.lanes[0].cards[0].text = "Arrives at 8:00; queue #3".into();
    map.personas[0].name = "Petrov, Vasily".into();
    let back = export_text(&map, Format::Mermaid);
    assert!(back.contains("title Plan #35;2#59; final\n"), "{back}");
    assert!(back.contains("section Day 1#58; start\n"), "{back}");
    assert!(
        back.contains("Arrives at 8#58;00#59; queue #35;3: 3: Petrov#44; Vasily\n"),
        "{back}"
    );
    let again = mermaid(&back);
    assert_eq!(again.title, map.title);
    assert_eq!(again.stages[0].name, map.stages[0].name);
    assert_eq!(again.lanes[0].cards[0].text, map.lanes[0].cards[0].text);
    assert_eq!(persona_names(&again), ["Petrov, Vasily"]);

    // A task called like a keyword stays a task.
    map.lanes[0].cards[0].text = "Title page".into();
    let again = mermaid(&export_text(&map, Format::Mermaid));
    assert_eq!(again.lanes[0].cards[0].text, "Title page");
    assert_eq!(again.title, "Plan #2; final");
}

#[test]
fn markdown_document_imports_its_first_journey_block() {
    let map = import_file(&fixture("notes-with-journey.md")).unwrap();
    assert!(map.validate().is_empty());
    assert_eq!(map.title, "Зимний отпуск / Ziemas atvaļinājums");
    assert_eq!(stage_names(&map), ["Поиск", "Poga \"Pirkt\""]);
    assert_eq!(persona_names(&map), ["Анна", "Anna", "Jānis"]);
    assert_eq!(
        map.card_texts().collect::<Vec<_>>(),
        ["Ищет тур", "Salīdzina cenas", "Оплачивает"]
    );

    // Errors point at the document's own lines.
    let doc = "# Notes\n\n```mermaid\njourney\n  section A\n    Broken task\n```\n";
    let err = import_str(doc, Format::Markdown).unwrap_err();
    assert_eq!((err.line, err.column), (6, 5), "{err}");

    let none = import_str(
        "# Notes\n\n```mermaid\nflowchart LR\n```\n",
        Format::Markdown,
    )
    .unwrap_err()
    .in_file("notes.md")
    .to_string();
    assert!(
        none.starts_with("notes.md: no Mermaid user-journey diagram found"),
        "{none}"
    );
}

#[test]
fn malformed_mermaid_names_the_line() {
    let e = mermaid_error("journey\n  section A\n    Make tea\n");
    assert_eq!(
        e,
        "day.mmd:3:5: a task line needs a score: \"Make tea: 5: Actor\" (or is this meant to be `section` or `title`?)"
    );
    // Mermaid wants at least one character after a task's `:`.
    let e = mermaid_error("journey\n  section A\n    Drink it:\n");
    assert!(
        e.starts_with("day.mmd:3:14: a task line needs a score after its `:`"),
        "{e}"
    );
    let e = mermaid_error("flowchart LR\n  A --> B\n");
    assert!(
        e.starts_with("day.mmd:1:1: expected `journey` to start a Mermaid user-journey diagram"),
        "{e}"
    );
    let e = mermaid_error("journey\n  section A: B\n");
    assert!(
        e.starts_with("day.mmd:2:12: a section name cannot contain `:`"),
        "{e}"
    );
    let e = mermaid_error("journey\n  section A\n    Tea: 5: Me; Cat\n");
    assert!(e.starts_with("day.mmd:3:15: `;` cannot be used"), "{e}");
    let e = mermaid_error("journey\n  accDescr {\n    never closed\n  section A\n");
    assert!(
        e.starts_with("day.mmd:2:3: `accDescr {` is not closed"),
        "{e}"
    );
    let e = mermaid_error("---\ntitle: x\njourney\n");
    assert!(e.starts_with("day.mmd:1:1: the front matter"), "{e}");
    let e = mermaid_error("");
    assert!(e.starts_with("day.mmd:1:1: no diagram"), "{e}");
}

#[test]
fn what_mermaid_accepts_but_a_map_holds_differently_imports_with_warnings() {
    let warnings = |text: &str| -> Vec<String> {
        interop::import_str(text, Format::Mermaid)
            .unwrap_or_else(|e| panic!("{e}"))
            .warnings
            .iter()
            .map(|w| w.to_string())
            .collect()
    };
    let w = warnings("journey\n  section A\n    Make tea: 5: Me\n    Drink it: high: Me\n");
    assert_eq!(w.len(), 1);
    assert!(
        w[0].starts_with("<input>:4:15: the score \"high\" is not a number"),
        "{w:?}"
    );
    // `Number(" ")` is 0 to Mermaid: below the bottom of the scale.
    let w = warnings("journey\n  section A\n    Drink it: : Me\n");
    assert!(
        w[0].starts_with("<input>:3:15: the score 0 is below 1"),
        "{w:?}"
    );
    let w = warnings("journey\n  section A\n    Tea: 5: Me: Cat\n");
    assert!(
        w[0].starts_with("<input>:3:15: Mermaid ignores what follows a third `:`"),
        "{w:?}"
    );
    // A CLI import prints each warning and still writes the map.
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("day.mmd");
    std::fs::write(&src, "journey\n  section A\n    Tea: 7: Me\n").unwrap();
    let out = dir.path().join("day.ron");
    let r = journeymap(&["import", src.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        stderr(&r).contains(&format!(
            "warning: {}:3:10: scores go above 5 (here 7)",
            src.display()
        )),
        "{}",
        stderr(&r)
    );
    assert!(out.exists());
}

#[test]
fn every_template_exports_a_diagram_that_reads_back() {
    for template in &TEMPLATES {
        let map = template.instantiate().unwrap();
        let diagram = export_text(&map, Format::Mermaid);
        assert!(diagram.starts_with("journey\n"), "{}", template.name);
        let back = mermaid(&diagram);
        assert_eq!(back.title, map.title.trim(), "{}", template.name);
        assert_eq!(stage_names(&back), stage_names(&map), "{}", template.name);
        assert_eq!(
            back.lens.scenario,
            map.lens.scenario.trim(),
            "{}",
            template.name
        );
        // The tasks are the Actions lane's cards (or the first card lane's).
        let source = map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Actions)
            .or_else(|| {
                map.lanes
                    .iter()
                    .find(|l| l.kind.content() == LaneContent::Cards)
            })
            .unwrap();
        let texts: Vec<&str> = map
            .stages
            .iter()
            .flat_map(|s| source.cards_in(s.id).map(|c| c.text.as_str()))
            .collect();
        assert_eq!(
            back.card_texts().collect::<Vec<_>>(),
            texts,
            "{}",
            template.name
        );
        // Actors: every persona, as the template's cards name none.
        assert_eq!(
            persona_names(&back),
            persona_names(&map),
            "{}",
            template.name
        );
        // And the diagram is a fixed point from here on.
        assert_eq!(
            export_text(&back, Format::Mermaid),
            diagram,
            "{}",
            template.name
        );
    }
}

#[test]
fn scores_come_from_the_first_personas_curve_on_its_scale() {
    let map = TEMPLATES[0].instantiate().unwrap();
    let diagram = export_text(&map, Format::Mermaid);
    // current-state: Vasily's −2…2 curve is 1 at Awareness → 4 on 1…5, −2 at First service → 1.
    let awareness = map.stages[0].id;
    let actions = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Actions)
        .unwrap();
    let first = actions.cards_in(awareness).next().unwrap();
    assert!(
        diagram.contains(&format!(
            "{}: 4: Vasily Petrov, Anna Sokolova\n",
            first.text
        )),
        "{diagram}"
    );
    let service = map.stages[4].id;
    let card = actions.cards_in(service).next().unwrap();
    assert!(
        diagram.contains(&format!("{}: 1: ", card.text)),
        "{diagram}"
    );
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_round_trip_keeps_every_template() {
    for template in &TEMPLATES {
        let map = template.instantiate().unwrap();
        for bom in [false, true] {
            let text = export_text(&map, Format::Csv { bom });
            assert_eq!(text.starts_with('\u{feff}'), bom);
            let back = import(&text, Format::Csv { bom: false });
            let name = template.name;
            assert_eq!(back.title, map.title, "{name}");
            assert_eq!(stage_names(&back), stage_names(&map), "{name}");
            assert_eq!(back.lanes.len(), map.lanes.len(), "{name}");
            for (a, b) in map.lanes.iter().zip(&back.lanes) {
                assert_eq!(b.title, a.title, "{name}");
                if a.title == a.kind.label() {
                    assert_eq!(b.kind, a.kind, "{name}: {}", a.title);
                }
                assert_eq!(b.kind.content(), a.kind.content(), "{name}: {}", a.title);
                for stage in &map.stages {
                    let texts = |lane: &journeymap::model::Lane, stage| {
                        lane.cards_in(stage)
                            .map(|c| c.text.clone())
                            .collect::<Vec<_>>()
                    };
                    let stage_b = back.stages[map.stage_index(stage.id).unwrap()].id;
                    assert_eq!(texts(b, stage_b), texts(a, stage.id), "{name}: {}", a.title);
                    let metric_b = b.values.get(&stage_b);
                    assert_eq!(metric_b, a.values.get(&stage.id), "{name}: {}", a.title);
                }
                assert_eq!(b.unit, a.unit, "{name}");
                assert_eq!(b.scale, a.scale, "{name}");
            }
            assert_eq!(emotions(&back), emotions(&map), "{name}");
        }
    }
}

#[test]
fn csv_with_bom_crlf_and_quoted_line_breaks_imports() {
    let text = "\u{feff}Buying a car,Awareness,Purchase\r\n\
                Actions,\"Sees an ad\r\nAsks a friend\",Signs\r\n\
                Pains,,\"Long wait, \"\"again\"\"\"\r\n\
                emotions,-1,2\r\n\
                Emotions (Anna),,1\r\n\
                Conversion [%],100,15.5\r\n\
                Line of visibility,,\r\n\
                Fail points,,Printer jams<br>twice\r\n";
    let map = import(text, Format::Csv { bom: false });
    assert_eq!(map.title, "Buying a car");
    assert_eq!(stage_names(&map), ["Awareness", "Purchase"]);
    let kinds: Vec<LaneKind> = map.lanes.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            LaneKind::Actions,
            LaneKind::Pains,
            LaneKind::Emotions,
            LaneKind::Metric,
            LaneKind::LineOfVisibility,
            LaneKind::Custom
        ]
    );
    assert_eq!(
        cards_by_stage(&map, LaneKind::Actions)[0].1,
        ["Sees an ad", "Asks a friend"]
    );
    assert_eq!(map.lanes[1].cards[0].text, "Long wait, \"again\"");
    assert_eq!(map.lanes[5].cards[0].text, "Printer jams\ntwice");
    // Consecutive emotion rows are one lane with a curve each.
    assert_eq!(map.lanes[2].series.len(), 2);
    assert_eq!(map.lanes[2].scale, EmotionScale::MinusTwoToTwo);
    assert_eq!(persona_names(&map), ["Anna"]);
    let e = emotions(&map);
    assert_eq!(e.get(&(0, String::new(), "Awareness".into())), Some(&-1));
    assert_eq!(e.get(&(0, "Anna".into(), "Purchase".into())), Some(&1));
    assert_eq!(map.lanes[3].unit, "%");
    assert_eq!(
        map.lanes[3].values.values().copied().collect::<Vec<_>>(),
        [100.0, 15.5]
    );

    // A multi-line card comes back out as one line with <br>.
    let out = export_text(&map, Format::Csv { bom: false });
    assert!(out.contains("Printer jams<br>twice"), "{out}");
}

#[test]
fn malformed_csv_gives_line_exact_errors() {
    let e = csv_error(
        "Map,Awareness,Purchase\nActions,Sees an ad,Buys\nThoughts,\"Hm,\nwell\",Yes\nEmotions,1,high\n",
    );
    assert_eq!(
        e,
        "map.csv:5:3: expected a number for Emotions at stage \"Purchase\", found \"high\""
    );
    let e = csv_error("Map,Awareness,Purchase\nActions,a,b\nEmotions,1,high\n");
    assert_eq!(
        e,
        "map.csv:3:3: expected a number for Emotions at stage \"Purchase\", found \"high\""
    );
    let e = csv_error("Map,A,B\nEmotions (Anna),1.5,2\n");
    assert_eq!(
        e,
        "map.csv:2:2: expected a number for Emotions (Anna) at stage \"A\", found \"1.5\""
    );
    // Ragged rows.
    let e = csv_error("Map,A,B,C\nActions,x,y,z\nPains,only one\n");
    assert!(
        e.starts_with("map.csv:3:3: this row has 2 cells, but the first row has 4"),
        "{e}"
    );
    let e = csv_error("Map,A\nActions,x,stray\n");
    assert!(
        e.starts_with("map.csv:2:3: this cell is right of the last stage"),
        "{e}"
    );
    // Values that fit no scale, and metric values that are not numbers.
    let e = csv_error("Map,A,B\nEmotions,-1,7\n");
    assert!(
        e.starts_with("map.csv:2:3: emotion value 7 does not fit"),
        "{e}"
    );
    let e = csv_error("Map,A,B\nMetric,12,lots\n");
    assert!(
        e.starts_with("map.csv:2:3: expected a number for Metric at stage \"B\""),
        "{e}"
    );
    let e = csv_error("Map,A\n,orphan\n");
    assert!(
        e.starts_with("map.csv:2:1: a row needs the lane title"),
        "{e}"
    );
    let e = csv_error("");
    assert!(e.starts_with("map.csv:1:1: the file is empty"), "{e}");
    // A title with [brackets] and text is a card lane, not a broken metric.
    let map = import(
        "Map,A\nNotes [draft],write more\n",
        Format::Csv { bom: false },
    );
    assert_eq!(map.lanes[0].kind, LaneKind::Custom);
    assert_eq!(map.lanes[0].title, "Notes [draft]");
}

#[test]
fn excel_ansi_csv_is_refused_with_a_hint() {
    let e = journeymap::interop::import_bytes(b"Map,Caf\xE9\n", Format::Csv { bom: false })
        .map(clean)
        .unwrap_err()
        .to_string();
    assert!(e.contains("1:8: invalid UTF-8"), "{e}");
    assert!(e.contains("CSV UTF-8"), "{e}");
}

// ---------------------------------------------------------------- Excel in Russian and Latvian locales

/// Bytes as a `.csv`/`.txt` file in a fresh folder, imported by file name.
fn import_written(name: &str, bytes: &[u8]) -> Result<JourneyMap, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let map = import_file(&path).map_err(|e| e.to_string())?;
    assert!(map.validate().is_empty(), "{:?}", map.validate());
    Ok(map)
}

/// UTF-16 with a byte-order mark, as Excel's "Unicode Text" (little endian).
fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(
        !unmappable,
        "{text} cannot be written in {}",
        encoding.name()
    );
    bytes.into_owned()
}

fn kinds(map: &JourneyMap) -> Vec<LaneKind> {
    map.lanes.iter().map(|l| l.kind).collect()
}

fn metric_values(map: &JourneyMap) -> Vec<f64> {
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Metric)
        .unwrap();
    lane.values.values().copied().collect()
}

const RUSSIAN_EXCEL: &str = "Покупка автомобиля;Осознание;Покупка\r\n\
    Действия;\"Видит рекламу; звонит\r\nСпрашивает друга\";Подписывает договор\r\n\
    БОЛИ;;Долго ждать «одобрения» — 3 дня\r\n\
    Эмоции (Василий);1;-2\r\n\
    эмоции (Анна);0;2\r\n\
    Доля лидов [%];100;15,5\r\n\
    Линия видимости;;\r\n\
    Мысли;Дорого ли?;\r\n";

#[test]
fn excel_russian_csv_in_windows_1251_with_semicolons_imports() {
    let bytes = encode(RUSSIAN_EXCEL, encoding_rs::WINDOWS_1251);
    assert!(std::str::from_utf8(&bytes).is_err());
    let map = import_written("карта.csv", &bytes).unwrap();
    assert_eq!(map.title, "Покупка автомобиля");
    assert_eq!(stage_names(&map), ["Осознание", "Покупка"]);
    assert_eq!(
        kinds(&map),
        [
            LaneKind::Actions,
            LaneKind::Pains,
            LaneKind::Emotions,
            LaneKind::Metric,
            LaneKind::LineOfVisibility,
            LaneKind::Thoughts
        ]
    );
    assert_eq!(map.lanes[1].title, "БОЛИ");
    assert_eq!(
        cards_by_stage(&map, LaneKind::Actions)[0].1,
        ["Видит рекламу; звонит", "Спрашивает друга"]
    );
    assert_eq!(
        cards_by_stage(&map, LaneKind::Pains)[1].1,
        ["Долго ждать «одобрения» — 3 дня"]
    );
    // Two emotion rows, one lane, a curve per persona, any case.
    assert_eq!(map.lanes[2].title, "Эмоции");
    assert_eq!(map.lanes[2].series.len(), 2);
    assert_eq!(persona_names(&map), ["Василий", "Анна"]);
    let e = emotions(&map);
    assert_eq!(e.len(), 4);
    assert_eq!(e[&(0, "Василий".into(), "Осознание".into())], 1);
    assert_eq!(e[&(0, "Василий".into(), "Покупка".into())], -2);
    assert_eq!(e[&(0, "Анна".into(), "Осознание".into())], 0);
    assert_eq!(e[&(0, "Анна".into(), "Покупка".into())], 2);
    assert_eq!(map.lanes[3].title, "Доля лидов");
    assert_eq!(map.lanes[3].unit, "%");
    assert_eq!(metric_values(&map), [100.0, 15.5]);
    assert_eq!(map.language, "ru");

    // The same file as "CSV UTF-8" reads the same.
    let utf8 = import_written("карта.csv", format!("\u{feff}{RUSSIAN_EXCEL}").as_bytes()).unwrap();
    assert_eq!(utf8, map);
}

#[test]
fn excel_latvian_csv_in_windows_1257_imports() {
    let text = "Auto iegāde;Apzināšanās;Pirkšana\r\n\
        Darbības;Redz reklāmu;Paraksta līgumu\r\n\
        Sāpju punkti;;Ilgi jāgaida, šoreiz 3 dienas\r\n\
        Emocijas (Jānis Bērziņš);2;-1\r\n\
        Konversija [%];100;12,25\r\n";
    let bytes = encode(text, encoding_rs::WINDOWS_1257);
    let map = import_written("karte.csv", &bytes).unwrap();
    assert_eq!(map.title, "Auto iegāde");
    assert_eq!(stage_names(&map), ["Apzināšanās", "Pirkšana"]);
    assert_eq!(
        kinds(&map),
        [
            LaneKind::Actions,
            LaneKind::Pains,
            LaneKind::Emotions,
            LaneKind::Metric
        ]
    );
    assert_eq!(
        cards_by_stage(&map, LaneKind::Pains)[1].1,
        ["Ilgi jāgaida, šoreiz 3 dienas"]
    );
    assert_eq!(persona_names(&map), ["Jānis Bērziņš"]);
    let e = emotions(&map);
    assert_eq!(e[&(0, "Jānis Bērziņš".into(), "Apzināšanās".into())], 2);
    assert_eq!(e[&(0, "Jānis Bērziņš".into(), "Pirkšana".into())], -1);
    assert_eq!(metric_values(&map), [100.0, 12.25]);
    assert_eq!(map.language, "lv");
}

#[test]
fn excel_csv_utf8_with_a_sep_line_imports_and_errors_keep_their_lines() {
    let text = "\u{feff}sep=;\r\n\
        Buying a car;Awareness;Purchase\r\n\
        Actions;Sees an ad, calls;Signs\r\n\
        Emotions;-1;2\r\n\
        Share [%];3,5;3.5\r\n";
    let map = import_written("grid.csv", text.as_bytes()).unwrap();
    assert_eq!(map.title, "Buying a car");
    assert_eq!(stage_names(&map), ["Awareness", "Purchase"]);
    assert_eq!(
        kinds(&map),
        [LaneKind::Actions, LaneKind::Emotions, LaneKind::Metric]
    );
    assert_eq!(map.lanes[0].cards[0].text, "Sees an ad, calls");
    assert_eq!(metric_values(&map), [3.5, 3.5]);
    assert_eq!(
        emotions(&map).values().copied().collect::<Vec<_>>(),
        [-1, 2]
    );
    assert_eq!(map.language, "", "English stays the default");

    // The sep= line counts as line 1 in messages, as in an editor.
    let e = import_str(
        "sep=;\nMap;A;B\nActions;x;y\nEmotions;1;high\n",
        Format::Csv { bom: false },
    )
    .unwrap_err()
    .in_file("grid.csv")
    .to_string();
    assert_eq!(
        e,
        "grid.csv:4:3: expected a number for Emotions at stage \"B\", found \"high\""
    );
    // CRLF line ends (what Excel writes) count one line each.
    let e = import_str(
        "Map;A;B\r\nActions;\"x\r\ny\";z\r\n\r\nEmotions;1;high\r\n",
        Format::Csv { bom: false },
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "<input>:5:3: expected a number for Emotions at stage \"B\", found \"high\""
    );
    // Without the sep= line the separator is found from the rows.
    let e = import_str(
        "Map;A;B\nActions;\"x\ny\";z\nEmotions;1;high\n",
        Format::Csv { bom: false },
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "<input>:4:3: expected a number for Emotions at stage \"B\", found \"high\""
    );
}

#[test]
fn excel_unicode_text_utf16_tab_separated_txt_imports() {
    let text = "Auto iegāde\tApzināšanās\tPirkšana\r\n\
        Darbības\tRedz reklāmu\t\"Paraksta līgumu\r\nSaņem atslēgas\"\r\n\
        Saskares punkti\tSludinājums; vietne\tSalons\r\n\
        Emocijas (Anna)\t1\t-2\r\n\
        EMOCIJAS (Jānis)\t2\t0\r\n\
        Rādītājs\t7\t0,5\r\n\
        Redzamības līnija\t\t\r\n";
    let little = import_written("karte.txt", &utf16(text, true)).unwrap();
    assert_eq!(little.title, "Auto iegāde");
    assert_eq!(stage_names(&little), ["Apzināšanās", "Pirkšana"]);
    assert_eq!(
        kinds(&little),
        [
            LaneKind::Actions,
            LaneKind::Touchpoints,
            LaneKind::Emotions,
            LaneKind::Metric,
            LaneKind::LineOfVisibility
        ]
    );
    assert_eq!(
        cards_by_stage(&little, LaneKind::Actions)[1].1,
        ["Paraksta līgumu", "Saņem atslēgas"]
    );
    assert_eq!(
        cards_by_stage(&little, LaneKind::Touchpoints)[0].1,
        ["Sludinājums; vietne"]
    );
    assert_eq!(persona_names(&little), ["Anna", "Jānis"]);
    let e = emotions(&little);
    assert_eq!(
        e.into_iter().collect::<Vec<_>>(),
        [
            ((0, "Anna".into(), "Apzināšanās".into()), 1),
            ((0, "Anna".into(), "Pirkšana".into()), -2),
            ((0, "Jānis".into(), "Apzināšanās".into()), 2),
            ((0, "Jānis".into(), "Pirkšana".into()), 0),
        ]
    );
    assert_eq!(metric_values(&little), [7.0, 0.5]);
    assert_eq!(little.language, "lv");
    // Big endian reads the same.
    assert_eq!(
        import_written("karte.txt", &utf16(text, false)).unwrap(),
        little
    );

    // Errors name the line and column of the decoded text.
    let bad = "Karte\tA\tB\r\nDarbības\t\"x\r\ny\"\tz\r\nEmocijas\t1\tdaudz\r\n";
    let e = import_written("karte.txt", &utf16(bad, true)).unwrap_err();
    assert!(
        e.ends_with(
            "karte.txt:4:3: expected a number for Emocijas at stage \"B\", found \"daudz\""
        ),
        "{e}"
    );
}

#[test]
fn tsv_files_import_and_export_tab_separated() {
    assert_eq!(Format::from_path(Path::new("a.tsv")), Some(Format::Tsv));
    assert_eq!(Format::from_path(Path::new("a.TXT")), Some(Format::Tsv));
    assert_eq!(Format::export_from_path(Path::new("a.txt")), None);
    assert_eq!(
        Format::export_from_path(Path::new("a.tsv")),
        Some(Format::Tsv)
    );
    assert!(interop::IMPORT_EXTENSIONS.contains(&"tsv"));
    assert!(interop::IMPORT_EXTENSIONS.contains(&"txt"));

    // Commas and semicolons in the cells do not fool the detection.
    let text = "Trip, day 1\tMorning; early\tEvening\n\
        Actions\tWakes up, late\tSleeps; finally\n\
        Pains\tNo coffee, again\t\n\
        Emotions\t-1\t2\n";
    let map = import_written("trip.tsv", text.as_bytes()).unwrap();
    assert_eq!(map.title, "Trip, day 1");
    assert_eq!(stage_names(&map), ["Morning; early", "Evening"]);
    assert_eq!(
        kinds(&map),
        [LaneKind::Actions, LaneKind::Pains, LaneKind::Emotions]
    );
    assert_eq!(map.lanes[0].cards[1].text, "Sleeps; finally");
    assert_eq!(map.lanes[1].cards[0].text, "No coffee, again");

    let out = export_text(&map, Format::Tsv);
    assert!(
        out.starts_with("Trip, day 1\tMorning; early\tEvening\r\n"),
        "{out}"
    );
    assert!(!out.starts_with('\u{feff}'));
    assert_eq!(import(&out, Format::Tsv), map);
}

#[test]
fn lane_kind_names_are_recognised_in_every_language_and_case() {
    use journeymap::i18n::names::lane_kind;
    use journeymap::model::Lang;
    let mut checked = 0;
    for lang in Lang::ALL {
        for kind in LaneKind::ALL {
            let name = lane_kind(lang, kind).into_owned();
            for title in [name.clone(), name.to_uppercase(), name.to_lowercase()] {
                let cells = match kind.content() {
                    LaneContent::Cards => "card;",
                    LaneContent::Emotion | LaneContent::Metric => "1;2",
                    LaneContent::Line => ";",
                };
                let text = format!("Map;A;B\n{title};{cells}\n");
                let map = import(&text, Format::Csv { bom: false });
                assert_eq!(map.lanes[0].kind, kind, "{title} ({lang:?})");
                assert_eq!(map.lanes[0].title, title);
                let expected = match lang {
                    Lang::En => "",
                    Lang::Ru => "ru",
                    Lang::Lv => "lv",
                };
                assert_eq!(map.language, expected, "{title}");
                checked += 1;
            }
        }
        // And an emotion row of a persona: "Эмоции (Василий)", "Emocijas (Anna)".
        let emotions_name = lane_kind(lang, LaneKind::Emotions);
        let text = format!("Map;A\n{emotions_name} (Василий);1\n{emotions_name} (Anna);-1\n");
        let map = import(&text, Format::Csv { bom: false });
        assert_eq!(kinds(&map), [LaneKind::Emotions], "{lang:?}");
        assert_eq!(persona_names(&map), ["Василий", "Anna"]);
    }
    assert_eq!(checked, 3 * 3 * LaneKind::ALL.len());
}

#[test]
fn map_language_comes_from_the_script_when_no_kind_name_decides() {
    let ru = import(
        "Поездка;Утро;Вечер\nЗаметки клиента;Проснулся;Уснул\n",
        Format::Csv { bom: false },
    );
    assert_eq!(ru.language, "ru");
    let lv = import(
        "Ceļojums;Rīts;Vakars\nKlienta piezīmes;Pamostas agri;Aizmieg vēlu\n",
        Format::Csv { bom: false },
    );
    assert_eq!(lv.language, "lv");
    let en = import(
        "Trip with Jānis;Morning;Evening\nCustomer notes;Wakes up early;Falls asleep late\n",
        Format::Csv { bom: false },
    );
    assert_eq!(en.language, "");
}

#[test]
fn undetectable_encodings_are_refused_naming_what_was_tried() {
    let chinese = encode(
        "地图,阶段一,阶段二\r\n行动,看到广告,签合同\r\n",
        encoding_rs::GBK,
    );
    let junk: &[u8] = b"Map,A\r\nActions,\x01\x9f\x81\x8d\x90\xff\xfe\x02\r\n";
    // Russian in KOI8-R, which Excel does not write: its letters are
    // Windows-1251's letters shuffled, and must not come out as such.
    let koi8 = encode(
        "Покупка автомобиля;Осознание;Покупка\r\n\
         Действия;Видит рекламу;Подписывает договор\r\n\
         Боли;;Долго ждать одобрения банка\r\n",
        encoding_rs::KOI8_R,
    );
    let e = import_written("grid.csv", &koi8).unwrap_err();
    assert!(
        e.contains("1:1: invalid UTF-8") && e.contains("KOI8"),
        "{e}"
    );
    // Western European "CSV" (Windows-1252), which we do not guess at.
    let western = encode(
        "Karte,Café,Straße\r\nActions,Grüße,Señor\r\n",
        encoding_rs::WINDOWS_1252,
    );
    for (bytes, at) in [
        (chinese, "1:1:"),
        (junk.to_vec(), "2:10:"),
        (western, "1:10:"),
    ] {
        let e = import_written("grid.csv", &bytes).unwrap_err();
        for needle in [
            at,
            "invalid UTF-8",
            "cannot be told with confidence",
            "UTF-16 LE and BE",
            "Windows-1251 (Cyrillic)",
            "Windows-1257 (Baltic)",
            "CSV UTF-8",
        ] {
            assert!(e.contains(needle), "{needle} missing from {e}");
        }
    }
    // A UTF-16 byte-order mark with an odd byte out is broken UTF-16, not mojibake.
    let mut broken = utf16("Map\tA\r\nActions\tx", true);
    broken.push(0x41);
    let e = import_written("grid.txt", &broken).unwrap_err();
    assert!(
        e.contains("grid.txt:2:10: the file starts with a UTF-16LE byte-order mark"),
        "{e}"
    );
}

#[test]
fn excel_locale_export_round_trips_exactly() {
    let dir = tempfile::tempdir().unwrap();
    for template in &TEMPLATES {
        let map = template.instantiate().unwrap();
        let name = template.name;
        let text = export_text(&map, Format::CsvSemicolon);
        assert!(text.starts_with('\u{feff}'), "{name}");
        let first = text.lines().next().unwrap().trim_start_matches('\u{feff}');
        assert!(first.contains(';'), "{name}: {first}");
        // Decimal commas: no metric value is written with a point.
        for lane in map
            .lanes
            .iter()
            .filter(|l| l.kind.content() == LaneContent::Metric)
        {
            for value in lane.values.values().filter(|v| v.fract() != 0.0) {
                let comma = value.to_string().replace('.', ",");
                assert!(text.contains(&format!(";{comma}")), "{name}: {value}");
            }
        }
        let path = dir.path().join(format!("{name}.csv"));
        interop::export_file(&map, &path, Format::CsvSemicolon).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), text.as_bytes());
        let back = import_file(&path).unwrap();
        assert!(back.validate().is_empty());
        assert_eq!(back.title, map.title, "{name}");
        assert_eq!(stage_names(&back), stage_names(&map), "{name}");
        assert_eq!(back.lanes.len(), map.lanes.len(), "{name}");
        for (a, b) in map.lanes.iter().zip(&back.lanes) {
            assert_eq!(b.title, a.title, "{name}");
            assert_eq!(b.kind.content(), a.kind.content(), "{name}");
            assert_eq!(b.unit, a.unit, "{name}");
            let a_values: Vec<f64> = a.values.values().copied().collect();
            let b_values: Vec<f64> = b.values.values().copied().collect();
            assert_eq!(b_values, a_values, "{name}: {}", a.title);
        }
        assert_eq!(
            back.card_texts().collect::<Vec<_>>(),
            map.card_texts().collect::<Vec<_>>(),
            "{name}"
        );
        assert_eq!(emotions(&back), emotions(&map), "{name}");
        // Exact: what comes back writes the very same file.
        assert_eq!(export_text(&back, Format::CsvSemicolon), text, "{name}");
    }

    // A Russian map with fractions: decimal commas out, the same numbers,
    // kinds and language back.
    let mut map = import_written(
        "карта.csv",
        &encode(RUSSIAN_EXCEL, encoding_rs::WINDOWS_1251),
    )
    .unwrap();
    let metric = map
        .lanes
        .iter_mut()
        .find(|l| l.kind == LaneKind::Metric)
        .unwrap();
    let stage = map.stages[0].id;
    metric.values.insert(stage, -0.125);
    let text = export_text(&map, Format::CsvSemicolon);
    assert!(text.contains("Доля лидов [%];-0,125;15,5\r\n"), "{text}");
    assert!(
        text.contains("\"Видит рекламу; звонит\nСпрашивает друга\""),
        "{text}"
    );
    let back = import(&text, Format::CsvSemicolon);
    assert_eq!(back, map);
}

#[test]
fn cli_exports_for_excel_in_russian_and_latvian_locales() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("day.ron");
    let src = fixture("working-day.mmd");
    let r = journeymap(&["import", src.to_str().unwrap(), "-o", map.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    let m = map.to_str().unwrap();

    let csv = dir.path().join("excel.csv");
    let r = journeymap(&["export", m, "-o", csv.to_str().unwrap(), "--excel-locale"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with("\u{feff}My working day;Go to work;Go home\r\n".as_bytes()));

    let tsv = dir.path().join("grid.tsv");
    let r = journeymap(&["export", m, "-o", tsv.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    let text = std::fs::read_to_string(&tsv).unwrap();
    assert!(
        text.starts_with("My working day\tGo to work\tGo home\r\n"),
        "{text}"
    );

    // Both import back through the CLI.
    for file in [&csv, &tsv] {
        let out = dir.path().join("back.ron");
        let r = journeymap(&[
            "import",
            file.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--force",
        ]);
        assert!(r.status.success(), "{}", stderr(&r));
    }

    let md = dir.path().join("m.md");
    let r = journeymap(&["export", m, "-o", md.to_str().unwrap(), "--excel-locale"]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("--excel-locale applies only to CSV"),
        "{}",
        stderr(&r)
    );
}

// ---------------------------------------------------------------- Markdown

#[test]
fn markdown_export_is_a_table_of_stages_and_lanes() {
    let map = TEMPLATES[0].instantiate().unwrap();
    let md = export_text(&map, Format::Markdown);
    assert!(md.starts_with(&format!("# {}\n", map.title)), "{md}");
    assert!(md.contains(&format!("**Goal:** {}", map.lens.goal)), "{md}");
    assert!(md.contains("**Scenario:** "), "{md}");
    let header = format!(
        "| | {} |",
        map.stages
            .iter()
            .map(|s| s.name.replace('&', "&amp;"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    assert!(md.contains(&header), "{md}");
    // Every table row (stage names, the `---` line, the lanes) has one cell
    // per stage plus the lane title.
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
    let emotion_rows = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Emotions)
        .map(|l| l.series.len())
        .sum::<usize>();
    assert_eq!(rows.len(), 2 + map.lanes.len() - 1 + emotion_rows);
    for row in &rows {
        let cells = row.replace("\\|", "").matches('|').count();
        assert_eq!(cells, map.stages.len() + 2, "{row}");
    }
    assert!(
        md.contains("| **Emotions (Vasily Petrov)** | 1 | 0 | -1 | 2 | -2 | -1 |"),
        "{md}"
    );

    let mut tricky = map.clone();
    tricky.lanes[0].cards[0].text = "A | B\nnext <line>".into();
    let md = export_text(&tricky, Format::Markdown);
    assert!(md.contains("A \\| B<br>next &lt;line&gt;"), "{md}");
}

// ---------------------------------------------------------------- Non-Latin text

#[test]
fn cyrillic_and_latvian_survive_every_path() {
    let text = "journey
    title Покупка автомобиля — Auto iegāde
    section Осознание
      Замечает, что машина стареет: 2: Василий
      Jautā draugiem: 4: Jānis Bērziņš
    section Pirkšana ar ķēdi
      Подписывает договор: 5: Василий, Jānis Bērziņš
";
    let map = mermaid(text);
    assert_eq!(persona_names(&map), ["Василий", "Jānis Bērziņš"]);
    // Mermaid: the actor list's comma is not part of the card text, the text's comma is kept.
    assert_eq!(map.lanes[0].cards[0].text, "Замечает, что машина стареет");
    assert_eq!(export_text(&map, Format::Mermaid), text);

    // CSV, through a file with a BOM as Excel wants it.
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("карта.csv");
    interop::export_file(&map, &csv_path, Format::Csv { bom: true }).unwrap();
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let back = import_file(&csv_path).unwrap();
    assert_eq!(back.title, map.title);
    assert_eq!(stage_names(&back), stage_names(&map));
    assert_eq!(
        back.card_texts().collect::<Vec<_>>(),
        map.card_texts().collect::<Vec<_>>()
    );
    assert_eq!(persona_names(&back), persona_names(&map));
    assert_eq!(emotions(&back), emotions(&map));

    // Markdown.
    let md = export_text(&map, Format::Markdown);
    for needle in [
        "# Покупка автомобиля — Auto iegāde",
        "| Осознание | Pirkšana ar ķēdi |",
        "Jautā draugiem",
        "**Emotions (Jānis Bērziņš)**",
        "**Personas:** Василий; Jānis Bērziņš",
    ] {
        assert!(md.contains(needle), "{needle} missing from\n{md}");
    }
    // Mermaid file through import_file too.
    let mmd = dir.path().join("путь.mmd");
    interop::export_file(&map, &mmd, Format::Mermaid).unwrap();
    assert_eq!(import_file(&mmd).unwrap(), map);
}

#[test]
fn formats_are_chosen_by_extension() {
    assert_eq!(Format::from_path(Path::new("a.MMD")), Some(Format::Mermaid));
    assert_eq!(
        Format::from_path(Path::new("a.mermaid")),
        Some(Format::Mermaid)
    );
    assert_eq!(
        Format::from_path(Path::new("a.csv")),
        Some(Format::Csv { bom: false })
    );
    assert_eq!(
        Format::from_path(Path::new("a.markdown")),
        Some(Format::Markdown)
    );
    assert_eq!(Format::from_path(Path::new("a.ron")), None);
    let err = import_file(Path::new("picture.png"))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("picture.png: cannot import this kind of file"),
        "{err}"
    );
    let err = import_file(Path::new("/nonexistent/x.mmd"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("/nonexistent/x.mmd: cannot open"), "{err}");
}

// ---------------------------------------------------------------- Command line

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("run journeymap")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn cli_import_writes_a_map_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("day.ron");
    let o = out.to_str().unwrap();
    let src = fixture("working-day.mmd");
    let r = journeymap(&["import", src.to_str().unwrap(), "-o", o]);
    assert!(r.status.success(), "{}", stderr(&r));
    let said = String::from_utf8_lossy(&r.stdout);
    assert!(
        said.contains("2 stages, 2 lanes, 5 cards, 2 personas"),
        "{said}"
    );
    let loaded = journeymap::io::load_file(&out).unwrap();
    assert!(loaded.warnings.is_empty());
    assert_eq!(loaded.map.card_count(), 5);
    assert!(journeymap(&["check", "--strict", o]).status.success());

    // Again: refused, file untouched; with --force: replaced.
    std::fs::write(&out, "precious").unwrap();
    let r = journeymap(&["import", src.to_str().unwrap(), "-o", o]);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains("already exists"), "{}", stderr(&r));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
    let r = journeymap(&["import", src.to_str().unwrap(), "-o", o, "--force"]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(journeymap::io::load_file(&out).is_ok());

    // A Markdown document and a spreadsheet import the same way.
    let md = fixture("notes-with-journey.md");
    let r = journeymap(&["import", md.to_str().unwrap(), "-o", o, "--force"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let csv = dir.path().join("grid.csv");
    std::fs::write(&csv, "Map,A,B\r\nActions,x,y\r\nEmotions,1,-1\r\n").unwrap();
    let r = journeymap(&["import", csv.to_str().unwrap(), "-o", o, "--force"]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(journeymap::io::load_file(&out).unwrap().map.card_count(), 2);
}

#[test]
fn cli_export_writes_mermaid_csv_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("day.ron");
    let src = fixture("working-day.mmd");
    let r = journeymap(&["import", src.to_str().unwrap(), "-o", map.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    let m = map.to_str().unwrap();

    let mmd = dir.path().join("back.mmd");
    let r = journeymap(&["export", m, "-o", mmd.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(std::fs::read_to_string(&mmd).unwrap(), DOC_EXAMPLE);

    let csv = dir.path().join("day.csv");
    let r = journeymap(&["export", m, "-o", csv.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with("My working day,Go to work,Go home\r\n"),
        "{text}"
    );
    assert!(text.contains("Emotions (Me),3,5\r\n"), "{text}");
    let r = journeymap(&["export", m, "-o", csv.to_str().unwrap(), "--bom"]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        std::fs::read(&csv)
            .unwrap()
            .starts_with(b"\xEF\xBB\xBFMy working day,")
    );

    let md = dir.path().join("day.md");
    let r = journeymap(&["export", m, "-o", md.to_str().unwrap()]);
    assert!(r.status.success(), "{}", stderr(&r));
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# My working day\n"), "{text}");
    assert!(text.contains("| | Go to work | Go home |"), "{text}");
}

#[test]
fn cli_errors_exit_1_with_position_and_usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.mmd");
    std::fs::write(&bad, "journey\n  section A\n    Tea: 5: Me; Cat\n").unwrap();
    let out = dir.path().join("x.ron");
    let o = out.to_str().unwrap();
    let r = journeymap(&["import", bad.to_str().unwrap(), "-o", o]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).starts_with(&format!("{}:3:15: `;` cannot be used", bad.display())),
        "{}",
        stderr(&r)
    );
    assert!(!out.exists(), "a failed import writes nothing");

    let bad_csv = dir.path().join("bad.csv");
    std::fs::write(&bad_csv, "Map,A,B\nEmotions,1,high\n").unwrap();
    let r = journeymap(&["import", bad_csv.to_str().unwrap(), "-o", o]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).starts_with(&format!("{}:2:3: expected a number", bad_csv.display())),
        "{}",
        stderr(&r)
    );

    let r = journeymap(&["import", "/nonexistent/day.mmd", "-o", o]);
    assert_eq!(r.status.code(), Some(1));
    let r = journeymap(&["import", bad.to_str().unwrap(), "-o", "x.csv"]);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains("journeymap export"), "{}", stderr(&r));

    let map = dir.path().join("m.ron");
    assert!(
        journeymap(&["new", "-t", "blank", "-o", map.to_str().unwrap()])
            .status
            .success()
    );
    let svg = dir.path().join("m.svg");
    let r = journeymap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        svg.to_str().unwrap(),
        "--bom",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("--bom applies only to CSV"),
        "{}",
        stderr(&r)
    );
    let r = journeymap(&["export", map.to_str().unwrap(), "-o", "m.txt"]);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains(".mmd, .csv or .md"), "{}", stderr(&r));

    assert_eq!(journeymap(&["import"]).status.code(), Some(2));
    assert_eq!(journeymap(&["import", "a.mmd"]).status.code(), Some(2));
    assert_eq!(
        journeymap(&["import", "a.mmd", "-o", "b.ron", "--bogus"])
            .status
            .code(),
        Some(2)
    );
}

// ---- Hardening (issue 15) ----

/// A map whose text a spreadsheet would run as formulas.
fn formula_map() -> JourneyMap {
    use journeymap::model::{Card, CardId, EmotionSeries, Lane, LaneId, Stage, StageId};
    let mut map = JourneyMap {
        title: "=HYPERLINK(\"http://evil\",\"click\")".into(),
        ..JourneyMap::default()
    };
    for (i, name) in ["+1 call", "@SUM(A1)", "-minus", "Plain"]
        .iter()
        .enumerate()
    {
        map.stages.push(Stage::new(StageId(i as u64 + 1), *name));
    }
    let stage = |i: usize| map.stages[i].id;
    let mut cards = Lane::new(LaneId(10), LaneKind::Custom);
    cards.title = "=cmd|' /C calc'!A0".into();
    for (id, (s, text)) in [
        (0, "=1+1"),
        (0, "-a bullet after the first"),
        (1, "'already quoted"),
        (2, "\tTabbed=2"),
        (3, "@mention"),
        (3, "plain"),
    ]
    .into_iter()
    .enumerate()
    {
        cards
            .cards
            .push(Card::new(CardId(20 + id as u64), stage(s), text));
    }
    let mut actions = Lane::new(LaneId(11), LaneKind::Actions);
    actions.cards.push(Card::new(CardId(40), stage(3), "+Buys"));
    let mut emotions = Lane::new(LaneId(12), LaneKind::Emotions);
    emotions.series.push(EmotionSeries {
        persona: None,
        values: [(stage(0), -2), (stage(1), 1)].into(),
    });
    let mut metric = Lane::new(LaneId(13), LaneKind::Metric);
    metric.title = "-Loss".into();
    metric.unit = "%".into();
    metric.values = [(stage(0), -0.5), (stage(2), 12.0)].into();
    map.lanes = vec![cards, actions, emotions, metric];
    map
}

#[test]
fn csv_export_defuses_formulas_and_import_reads_them_back_exactly() {
    let map = formula_map();
    for format in [
        Format::Csv { bom: false },
        Format::CsvSemicolon,
        Format::Tsv,
    ] {
        let text = export_text(&map, format);
        let separator = match format {
            Format::CsvSemicolon => b';',
            Format::Tsv => b'\t',
            _ => b',',
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        for (r, row) in rows.iter().enumerate() {
            for cell in row {
                let number = r >= 3
                    && (cell.parse::<f64>().is_ok()
                        || format == Format::CsvSemicolon
                            && cell.replace(',', ".").parse::<f64>().is_ok());
                if number {
                    continue;
                }
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{format:?}: a cell a spreadsheet runs: {cell:?}\n{text}"
                );
            }
        }
        assert_eq!(
            rows[0][0], "'=HYPERLINK(\"http://evil\",\"click\")",
            "{format:?}"
        );
        assert_eq!(rows[0][1..], ["'+1 call", "'@SUM(A1)", "'-minus", "Plain"]);
        assert_eq!(rows[1][0], "'=cmd|' /C calc'!A0");
        assert_eq!(rows[1][1], "'=1+1\n-a bullet after the first");
        assert_eq!(rows[1][2], "''already quoted");
        // Numbers stay numbers: a negative emotion value, a negative metric.
        let decimal = |s: &str| match format {
            Format::CsvSemicolon => s.replace('.', ","),
            _ => s.to_string(),
        };
        assert_eq!(rows[3][..3], ["Emotions", "-2", "1"], "{format:?}");
        assert_eq!(rows[4][0], "'-Loss [%]");
        assert_eq!(rows[4][1], decimal("-0.5"));

        let back = import(&text, format);
        assert_eq!(back.title, map.title, "{format:?}");
        assert_eq!(stage_names(&back), stage_names(&map), "{format:?}");
        let titles = |m: &JourneyMap| m.lanes.iter().map(|l| l.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(&back), titles(&map), "{format:?}");
        let texts: Vec<_> = map.card_texts().map(str::trim).collect();
        assert_eq!(back.card_texts().collect::<Vec<_>>(), texts, "{format:?}");
        assert_eq!(emotions(&back), emotions(&map), "{format:?}");
        assert_eq!(metric_values(&back), metric_values(&map), "{format:?}");
        assert_eq!(export_text(&back, format), text, "{format:?}: exact");
    }
}

/// Whether Markdown `md` holds anything a wiki would run or draw as markup
/// rather than show as text: an HTML tag other than our `<br>`, an
/// unescaped `[` or `]` (every link and image needs them), a raw CR, or a
/// line (other than the first) that a CR made into a heading.
fn live_markdown(md: &str) -> Option<String> {
    if md.contains('\r') {
        return Some("a CR".into());
    }
    let without_br = md.replace("<br>", "");
    if without_br.contains('<') || without_br.contains('>') {
        return Some("a raw < or >".into());
    }
    let chars: Vec<char> = md.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let escaped = chars[..i].iter().rev().take_while(|&&b| b == '\\').count() % 2 == 1;
        if matches!(c, '[' | ']') && !escaped {
            return Some(format!("an unescaped {c} at {i}"));
        }
    }
    if md.lines().skip(1).any(|l| l.starts_with('#')) {
        return Some("a second heading".into());
    }
    None
}

#[test]
fn markdown_export_and_compare_report_are_safe_in_a_wiki() {
    let mut map = TEMPLATES[0].instantiate().unwrap();
    map.title = "<img src=x onerror=alert(1)> & [t](javascript:alert(1))".into();
    map.lens.goal = "![pixel](https://tracker.example/p.png?u=1)".into();
    map.lens.scenario = "line one\rline two\r\n# not a heading".into();
    map.personas[0].name = "<b>Anna</b> [x](javascript:x)".into();
    map.personas[0].role = "Role (head) & <i>".into();
    map.stages[0].name = "[s](http://x) | !".into();
    map.lanes[0].title = "**lane** <script>".into();
    map.lanes[0].cards[0].text = "a\rb\r## heading?\n![x](https://tracker…)".into();
    map.lanes[0].cards[1].text = "[x](javascript:alert(1)) \\[ok\\]".into();
    if let Some(metric) = map.lanes.iter_mut().find(|l| l.kind == LaneKind::Metric) {
        metric.unit = "<u>%</u>".into();
    }
    let md = export_text(&map, Format::Markdown);
    assert_eq!(live_markdown(&md), None, "{md}");
    // Still one table row per lane row, one cell per stage.
    for row in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = row.replace("\\|", "").matches('|').count();
        assert_eq!(cells, map.stages.len() + 2, "{row}");
    }
    assert!(
        md.starts_with("# &lt;img src=x onerror=alert\\(1\\)&gt; &amp; \\[t\\]"),
        "{md}"
    );
    assert!(
        md.contains("a<br>b<br>\\#\\# heading?<br>\\!\\[x\\]\\(https://tracker…\\)"),
        "{md}"
    );
    assert!(
        md.contains("line one<br>line two<br>\\# not a heading"),
        "{md}"
    );

    let mut future = map.clone();
    future.title = "Future <script>alert(1)</script>\r# h".into();
    future.stages[1].name = "<b>New</b> [l](javascript:x)".into();
    let report = journeymap::model::compare::to_markdown(
        &journeymap::model::compare::compare(&map, &future),
        &map.title,
        &future.title,
    );
    // The report's own heading and list items aside, its text is the check.
    let text = report
        .replace("\n## Differences", "\n")
        .replace("\n- ", "\n");
    assert_eq!(live_markdown(&text), None, "{report}");
    assert!(
        report.contains("&lt;b&gt;New&lt;/b&gt; \\[l\\]"),
        "{report}"
    );
}

#[test]
fn mermaid_export_writes_no_live_directive_in_any_field() {
    let mut map = mermaid(DOC_EXAMPLE);
    let directive = "%%{init: {'theme':'dark', 'securityLevel':'loose'}}%%";
    map.title = format!("Day {directive} end");
    map.lens.scenario = format!("{directive} one line");
    map.stages[0].name = format!("Go {directive}");
    let lane = map
        .lanes
        .iter_mut()
        .find(|l| l.kind == LaneKind::Actions)
        .unwrap();
    lane.cards[0].text = format!("Tea {directive}%%%");
    map.personas[0].name = format!("Me{directive}");
    let text = export_text(&map, Format::Mermaid);
    assert!(!text.contains("%%"), "{text}");
    // A scenario of several lines, in the accDescr block.
    let mut block = map.clone();
    block.lens.scenario = format!("first {directive}\n%%{{init: {{}}}}%%\nlast");
    let block_text = export_text(&block, Format::Mermaid);
    assert!(!block_text.contains("%%"), "{block_text}");

    for (map, text) in [(&map, &text), (&block, &block_text)] {
        let back = mermaid(text);
        assert_eq!(back.title, map.title);
        assert_eq!(back.lens.scenario, map.lens.scenario);
        assert_eq!(stage_names(&back), stage_names(map));
        assert_eq!(persona_names(&back), persona_names(map));
        assert_eq!(
            cards_by_stage(&back, LaneKind::Actions),
            cards_by_stage(map, LaneKind::Actions)
        );
    }
}

#[test]
fn a_stray_quote_is_an_error_at_its_line_and_cell() {
    // Before, the rest of the file became one cell and the import succeeded.
    let e = csv_error("Map,A,B\nActions,\"oops,b\nPains,c,d\nThoughts,e,f\n");
    assert!(e.starts_with("map.csv:2:2: "), "{e}");
    assert!(e.contains("never closed"), "{e}");
    let e = import_str(
        "Map;A;B\r\nActions;x;y\r\nPains;a;\"b\r\nThoughts;c;d\r\n",
        Format::CsvSemicolon,
    )
    .unwrap_err()
    .to_string();
    assert!(e.starts_with("<input>:3:3: "), "{e}");
    let e = csv_error("\"Map,A\nActions,x\n");
    assert!(e.starts_with("map.csv:1:1: "), "{e}");
    // Excel's `sep=` line keeps the lines counted; quoted line breaks count.
    let e = csv_error("sep=;\nMap;A;B\nActions;\"two\nlines\";\"open\nPains;x;y\n");
    assert!(e.starts_with("map.csv:4:3: "), "{e}");
    // Quotes inside a cell, doubled quotes and a quote mid-cell stay fine.
    let map = import(
        "Map,A,B\nActions,\"say \"\"hi\"\"\",5\" screen\n",
        Format::Csv { bom: false },
    );
    let texts: Vec<_> = map.card_texts().collect();
    assert_eq!(texts, ["say \"hi\"", "5\" screen"]);
}

#[test]
fn extreme_metric_values_are_written_short_and_read_back_exactly() {
    use journeymap::model::{Lane, LaneId, Stage, StageId};
    let values = [
        1e308,
        -0.0,
        -1e-300,
        1.5e-7,
        123.25,
        -f64::MAX,
        12_345_678.0,
    ];
    let mut map = JourneyMap {
        title: "Extremes".into(),
        ..JourneyMap::default()
    };
    for i in 0..values.len() {
        map.stages
            .push(Stage::new(StageId(i as u64 + 1), format!("S{i}")));
    }
    let mut metric = Lane::new(LaneId(100), LaneKind::Metric);
    metric.unit = "%".into();
    metric.values = values
        .iter()
        .enumerate()
        .map(|(i, &v)| (StageId(i as u64 + 1), v))
        .collect();
    map.lanes.push(metric);

    let md = export_text(&map, Format::Markdown);
    let row = md.lines().find(|l| l.starts_with("| **Metric**")).unwrap();
    for cell in row.split(" | ").skip(1) {
        assert!(cell.len() < 30, "{cell:?} in {row}");
        assert!(!cell.starts_with("-0 "), "{cell:?} in {row}");
    }
    assert!(row.contains("| 0 % |"), "{row}");
    assert!(row.contains("| 123.25 % |"), "{row}");
    assert!(row.contains("| 12345678 % |"), "{row}");
    for format in [
        Format::Csv { bom: false },
        Format::CsvSemicolon,
        Format::Tsv,
    ] {
        let text = export_text(&map, format);
        assert!(text.lines().all(|l| l.len() < 200), "{text}");
        assert!(!text.contains("-0\r") && !text.contains(";-0;"), "{text}");
        let back = import(&text, format);
        assert_eq!(metric_values(&back), values.to_vec(), "{format:?}");
    }
}
