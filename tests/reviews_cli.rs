//! `journeymap reviews add / list / summary` and the review options of
//! `export`, run as a pipeline would run them.

use std::path::Path;
use std::process::{Command, Output};

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("run journeymap")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A Russian dealer map and a Russian Excel export of its reviews
/// (`;`-separated, Windows-1251), written into `dir`.
fn setup(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let map = dir.join("dealer.ron");
    let out = journeymap(&["new", "-t", "current-state", "--lang", "ru", "-o", s(&map)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = "Дата;Автор;Оценка;Отзыв;Источник\n\
               05.03.2025;Иван Петров;2;Кредит оформляли три часа, документы теряли;Яндекс Карты\n\
               06.03.2025;Мария Соколова;5;Менеджер на тест-драйве был вежлив;2ГИС\n\
               07.03.2025;Олег;отлично;Парковка маленькая;2ГИС\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(csv);
    let file = dir.join("отзывы.csv");
    std::fs::write(&file, &bytes).unwrap();
    (map, file)
}

#[test]
fn reviews_are_added_listed_as_json_and_summarised() {
    let dir = tempfile::tempdir().unwrap();
    let (map, csv) = setup(dir.path());
    let out = journeymap(&["reviews", "add", s(&map), s(&csv), "-o", s(&map)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("3 new review(s)"), "{said}");
    // The unreadable rating is one warning naming its row.
    let warned = text(&out.stderr);
    assert!(
        warned.contains("1 rating could not be read")
            || warned.contains("ratings could not be read"),
        "{warned}"
    );
    assert!(warned.contains("отзывы.csv:4"), "{warned}");

    // The same file again: every review is already there.
    let again = journeymap(&["reviews", "add", s(&map), s(&csv), "-o", s(&map)]);
    assert!(again.status.success());
    assert!(
        text(&again.stdout).contains("0 new review(s), 3 already in the map"),
        "{}",
        text(&again.stdout)
    );

    let out = journeymap(&["reviews", "list", s(&map), "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    let first = &list[0];
    assert_eq!(first["text"], "Кредит оформляли три часа, документы теряли");
    assert_eq!(first["rating"], 2.0);
    assert_eq!(first["scale"], "1-5");
    assert_eq!(first["date"], "2025-03-05");
    assert_eq!(first["source"], "Яндекс Карты");
    assert_eq!(first["author"], "Иван Петров");
    assert!(first["stage"].is_null(), "not sorted yet");
    assert_eq!(first["suggested_stage"], "Покупка и выдача");
    assert!(
        list[2]["rating"].is_null(),
        "the unreadable rating is left out, the text kept"
    );
    assert_eq!(list[2]["text"], "Парковка маленькая");

    let anonymous = journeymap(&["reviews", "list", s(&map), "--json", "--anonymise"]);
    let anonymous: serde_json::Value = serde_json::from_slice(&anonymous.stdout).unwrap();
    assert_eq!(anonymous[0]["author"], "И. П.");

    let unassigned = journeymap(&["reviews", "list", s(&map), "--unassigned"]);
    assert_eq!(text(&unassigned.stdout).lines().count(), 3);
    let bad = journeymap(&["reviews", "list", s(&map), "--stage", "Нет такого"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("Тест-драйв и сделка"),
        "the stages are listed"
    );

    let summary = journeymap(&["reviews", "summary", s(&map)]);
    assert!(summary.status.success());
    assert!(
        text(&summary.stdout)
            .contains("3 review(s) in the inbox, 0 sorted into stages, 3 not yet sorted"),
        "{}",
        text(&summary.stdout)
    );
}

#[test]
fn a_file_without_a_text_column_is_refused_and_the_map_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (map, _) = setup(dir.path());
    let before = std::fs::read(&map).unwrap();
    let file = dir.path().join("numbers.csv");
    std::fs::write(&file, "Номер,Сумма\n1,100\n2,200\n").unwrap();
    let out = journeymap(&["reviews", "add", s(&map), s(&file), "-o", s(&map)]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("Номер") && err.contains("Сумма"), "{err}");
    assert!(err.contains("--columns"), "{err}");
    assert_eq!(
        std::fs::read(&map).unwrap(),
        before,
        "the map file is whole"
    );

    // Naming the column makes it work.
    let out = journeymap(&[
        "reviews",
        "add",
        s(&map),
        s(&file),
        "-o",
        s(&map),
        "--columns",
        "text=Сумма",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("2 new review(s)"));
}

#[test]
fn exports_show_review_counts_and_can_leave_names_out() {
    let dir = tempfile::tempdir().unwrap();
    let (map, csv) = setup(dir.path());
    assert!(
        journeymap(&["reviews", "add", s(&map), s(&csv), "-o", s(&map)])
            .status
            .success()
    );
    // Quote the first review on a card, as the app does.
    let mut m = journeymap::io::load_file(&map).unwrap().map;
    let card = m.lanes[0].cards[0].id;
    let ids = [m.reviews[0].id];
    journeymap::edit::quote_reviews(&m, &ids, card)
        .unwrap()
        .apply_to(&mut m);
    journeymap::io::save_file(&map, &m).unwrap();

    let svg = dir.path().join("map.svg");
    let out = journeymap(&[
        "export",
        s(&map),
        "-o",
        s(&svg),
        "--review-stats",
        "--evidence",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(drawn.contains("1 отзыв · 2 из 5"), "stage header count");
    assert!(drawn.contains("Иван Петров"), "names kept by default");
    assert!(
        drawn.contains("Отзывы (средняя"),
        "the review curve's legend"
    );

    let out = journeymap(&[
        "export",
        s(&map),
        "-o",
        s(&svg),
        "--evidence",
        "--anonymise",
    ]);
    assert!(out.status.success());
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(
        !drawn.contains("Иван Петров") && drawn.contains("И. П."),
        "initials only"
    );
    let out = journeymap(&[
        "export",
        s(&map),
        "-o",
        s(&svg),
        "--evidence",
        "--anonymise",
        "omit",
    ]);
    assert!(out.status.success());
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(
        !drawn.contains("Иван Петров") && !drawn.contains("И. П."),
        "left out"
    );
}
