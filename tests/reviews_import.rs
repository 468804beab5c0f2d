//! Review exports as users bring them — a Russian Excel CSV in Windows-1251,
//! a Latvian .xlsx with a title row, a Google Play JSON dump, an NPS survey —
//! written to a temporary folder and imported through the public API.

use std::path::{Path, PathBuf};

use journeymap::interop::reviews::{
    Columns, ReviewFormat, ReviewImport, ReviewTable, Role, columns_from_arg, read_table,
    read_table_file, reviews_from_table,
};
use journeymap::model::{JourneyMap, RatingScale, Review};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the test file");
    path
}

fn import(table: &ReviewTable, existing: &[Review]) -> ReviewImport {
    let mut ids = JourneyMap::default().fresh_ids();
    reviews_from_table(table, &table.guessed, existing, &mut ids).expect("reviews import")
}

fn texts(import: &ReviewImport) -> Vec<&str> {
    import.reviews.iter().map(|r| r.text.as_str()).collect()
}

/// What Excel in a Russian locale saves as "CSV": `;`, Windows-1251, CRLF.
const RUSSIAN_CSV: &str = "Дата;Автор;Оценка;Отзыв;Источник\r\n\
05.03.2025;Иван Петров;5;Быстро оформили кредит, спасибо!;Яндекс Карты\r\n\
06.03.2025;Мария;4,5;\"Менеджер вежливый,\r\nно очередь «живая» — ждала час.\";2ГИС\r\n\
07.03.2025;Олег;2;Приложение зависает при оплате;Google Play\r\n\
08.03.2025;Анна;отлично;Всё понравилось;Яндекс Карты\r\n\
;;;;\r\n\
09.03.2025;Пётр;3;;2ГИС\r\n\
05.03.2025;Иван Петров;5;Быстро оформили кредит, спасибо!;Яндекс Карты\r\n";

#[test]
fn russian_excel_csv_in_windows_1251() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(RUSSIAN_CSV);
    assert!(!unmappable, "the sample is all Windows-1251");
    let path = write(dir.path(), "отзывы.csv", &bytes);

    let table = read_table_file(&path).expect("the CSV reads");
    assert_eq!(table.header_row, 1);
    assert_eq!(
        table.headers,
        ["Дата", "Автор", "Оценка", "Отзыв", "Источник"]
    );
    assert!(table.sure);
    let expected = Columns {
        text: Some(3),
        rating: Some(2),
        date: Some(0),
        source: Some(4),
        author: Some(1),
        link: None,
    };
    assert_eq!(table.guessed, expected);
    // Rows keep their lines: the multi-line cell starts on line 3, and the
    // empty line 7 is no row.
    let lines: Vec<usize> = table.rows.iter().map(|r| r.row).collect();
    assert_eq!(lines, [2, 3, 5, 6, 8, 9]);

    let import = import(&table, &[]);
    assert_eq!(
        texts(&import),
        [
            "Быстро оформили кредит, спасибо!",
            "Менеджер вежливый,\nно очередь «живая» — ждала час.",
            "Приложение зависает при оплате",
            "Всё понравилось",
        ]
    );
    assert_eq!(import.duplicates, 1);
    assert_eq!(import.empty, 1);
    let ratings: Vec<Option<(f64, RatingScale)>> = import
        .reviews
        .iter()
        .map(|r| r.rating.map(|r| (r.value, r.scale)))
        .collect();
    let five = RatingScale::OneToFive;
    assert_eq!(
        ratings,
        [
            Some((5.0, five)),
            Some((4.5, five)),
            Some((2.0, five)),
            None
        ]
    );
    assert_eq!(import.reviews[0].date, "2025-03-05");
    assert_eq!(import.reviews[0].author, "Иван Петров");
    assert_eq!(import.reviews[1].source, "2ГИС");
    // One warning for the unreadable rating, at its row.
    assert_eq!(import.warnings.len(), 1, "{:?}", import.warnings);
    let warning = &import.warnings[0];
    assert_eq!(warning.line, 6);
    assert!(
        warning
            .message
            .contains("1 rating could not be read: row 6"),
        "{}",
        warning.message
    );
    assert!(warning.message.contains("отлично"), "{}", warning.message);
    // Ids are fresh and distinct.
    let mut ids: Vec<u64> = import.reviews.iter().map(|r| r.id.0).collect();
    ids.dedup();
    assert_eq!(ids.len(), 4);
}

/// Name, review, rating, date (year, month, day), source.
type SheetRow = (&'static str, &'static str, f64, (u16, u8, u8), &'static str);

#[test]
fn latvian_xlsx_with_a_title_row() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("atsauksmes.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date_format = Format::new().set_num_format("dd.mm.yyyy");
    let rows: [SheetRow; 4] = [
        (
            "Jānis Bērziņš",
            "Ļoti ātra apkalpošana, paldies!",
            9.0,
            (2025, 1, 15),
            "Google Maps",
        ),
        (
            "Ilze Ķēniņa",
            "Šķiet, ka ūdens krāns bija salūzis.",
            3.0,
            (2025, 2, 3),
            "Facebook",
        ),
        (
            "Andris Čakste",
            "Ģimenes ēdiens garšīgs, žēl ka dārgi.",
            7.0,
            (2025, 2, 28),
            "Google Maps",
        ),
        (
            "Līga Ņikitina",
            "Nekas īpašs.",
            1.0,
            (2025, 3, 1),
            "Tripadvisor",
        ),
    ];
    let write_all =
        |sheet: &mut rust_xlsxwriter::Worksheet| -> Result<(), rust_xlsxwriter::XlsxError> {
            sheet.write_string(0, 0, "Klientu atsauksmes 2025")?;
            for (col, name) in ["Vārds", "Atsauksme", "Vērtējums", "Datums", "Avots"]
                .iter()
                .enumerate()
            {
                sheet.write_string(2, col as u16, *name)?;
            }
            for (i, (name, text, rating, (y, m, d), source)) in rows.iter().enumerate() {
                let row = 3 + i as u32;
                sheet.write_string(row, 0, *name)?;
                sheet.write_string(row, 1, *text)?;
                sheet.write_number(row, 2, *rating)?;
                sheet.write_datetime_with_format(
                    row,
                    3,
                    &ExcelDateTime::from_ymd(*y, *m, *d)?,
                    &date_format,
                )?;
                sheet.write_string(row, 4, *source)?;
            }
            Ok(())
        };
    write_all(sheet).expect("write the sheet");
    book.save(&path).expect("save the workbook");

    let table = read_table_file(&path).expect("the workbook reads");
    assert_eq!(table.header_row, 3);
    assert_eq!(
        table.headers,
        ["Vārds", "Atsauksme", "Vērtējums", "Datums", "Avots"]
    );
    assert!(table.sure);
    assert_eq!(table.guessed.get(Role::Text), Some(1));
    assert_eq!(table.guessed.get(Role::Rating), Some(2));
    assert_eq!(table.guessed.get(Role::Date), Some(3));
    assert_eq!(table.guessed.get(Role::Author), Some(0));
    assert_eq!(table.guessed.get(Role::Source), Some(4));
    assert_eq!(table.rows.first().map(|r| r.row), Some(4));

    let import = import(&table, &[]);
    assert_eq!(import.reviews.len(), 4);
    assert_eq!(
        import.reviews[1].text,
        "Šķiet, ka ūdens krāns bija salūzis."
    );
    assert_eq!(import.reviews[3].author, "Līga Ņikitina");
    let dates: Vec<&str> = import.reviews.iter().map(|r| r.date.as_str()).collect();
    assert_eq!(
        dates,
        ["2025-01-15", "2025-02-03", "2025-02-28", "2025-03-01"]
    );
    // 9 and 7 are past five stars, none is 0: a 1–10 scale.
    for r in &import.reviews {
        assert_eq!(r.rating.map(|r| r.scale), Some(RatingScale::OneToTen));
    }
    assert_eq!(import.reviews[0].rating.map(|r| r.value), Some(9.0));
    assert!(import.warnings.is_empty(), "{:?}", import.warnings);
}

#[test]
fn google_play_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = r#"[
  {"reviewId": "gp:AOqpTOE1", "userName": "Alex K", "userImage": "https://x/1.png",
   "content": "Great app, but the login keeps failing", "score": 4,
   "thumbsUpCount": 3, "reviewCreatedVersion": "5.2.1", "at": "2025-01-02 10:11:12",
   "replyContent": null, "repliedAt": null},
  {"reviewId": "gp:AOqpTOE2", "userName": "Мария", "content": "Не могу войти после обновления",
   "score": 1, "thumbsUpCount": 0, "at": "2025-01-03 08:00:00", "replyContent": "Спасибо!"},
  {"reviewId": "gp:AOqpTOE3", "userName": "Jānis", "content": "Viss strādā", "score": 5,
   "at": "2025-01-04T09:30:00Z"}
]"#;
    let path = write(dir.path(), "play.json", json.as_bytes());
    let table = read_table_file(&path).expect("the JSON reads");
    assert_eq!(
        table.headers[..4],
        ["reviewId", "userName", "userImage", "content"]
    );
    let col = |name: &str| table.headers.iter().position(|h| h == name);
    assert_eq!(table.guessed.text, col("content"));
    assert_eq!(table.guessed.rating, col("score"));
    assert_eq!(table.guessed.date, col("at"));
    assert_eq!(table.guessed.author, col("userName"));
    assert!(table.sure);
    // Each row is the line its object starts on.
    assert_eq!(
        table.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        [2, 6, 8]
    );

    let import = import(&table, &[]);
    assert_eq!(import.reviews.len(), 3);
    assert_eq!(import.reviews[1].text, "Не могу войти после обновления");
    assert_eq!(import.reviews[1].author, "Мария");
    assert_eq!(import.reviews[0].date, "2025-01-02");
    assert_eq!(import.reviews[2].date, "2025-01-04");
    for (review, stars) in import.reviews.iter().zip([4.0, 1.0, 5.0]) {
        assert_eq!(
            review.rating.map(|r| (r.value, r.scale)),
            Some((stars, RatingScale::OneToFive))
        );
    }
}

#[test]
fn json_with_a_non_object_element_is_an_error_at_it() {
    let error = read_table(
        b"{\"reviews\": [\n  {\"text\": \"ok\"},\n  \"oops\"\n]}",
        ReviewFormat::Json,
    )
    .expect_err("a string is no review");
    assert_eq!((error.line, error.column), (3, 3));
    assert!(error.message.contains("element 2"), "{}", error.message);
}

#[test]
fn no_text_column_says_how_to_name_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "stats.csv",
        b"Month,Visits,Stars\nJan,120,4\nFeb,98,5\n",
    );
    let table = read_table_file(&path).expect("the CSV reads");
    assert!(!table.sure);
    assert_eq!(table.guessed.text, None);
    let mut ids = JourneyMap::default().fresh_ids();
    let error =
        reviews_from_table(&table, &table.guessed, &[], &mut ids).expect_err("no text, no reviews");
    assert!(
        error.message.contains(r#""Month", "Visits", "Stars""#),
        "{}",
        error.message
    );
    assert!(
        error.message.contains("--columns text="),
        "{}",
        error.message
    );
    assert_eq!(error.line, 1);
}

#[test]
fn columns_named_on_the_command_line() {
    let text =
        "Имя;Отзыв;Оценка;Комментарий менеджера\nОля;Хорошо;5;Спасибо\nИгорь;Плохо;1;Разберёмся\n";
    let table = read_table(text.as_bytes(), ReviewFormat::Delimited).expect("reads");
    assert_eq!(table.guessed.text, Some(1));

    // By name (any case) and by number; roles not named keep the guess.
    let columns = columns_from_arg("text=комментарий менеджера,author=1", &table).expect("valid");
    assert_eq!(columns.text, Some(3));
    assert_eq!(columns.author, Some(0));
    assert_eq!(columns.rating, Some(2));
    let mut ids = JourneyMap::default().fresh_ids();
    let import = reviews_from_table(&table, &columns, &[], &mut ids).expect("imports");
    assert_eq!(texts(&import), ["Спасибо", "Разберёмся"]);

    // `-` unsets a role.
    let columns = columns_from_arg("rating=-", &table).expect("valid");
    assert_eq!((columns.rating, columns.text), (None, Some(1)));

    let error = columns_from_arg("rating=Stars", &table)
        .err()
        .unwrap_or_default();
    assert!(
        error.contains(r#"no column "Stars"; the columns are: "Имя", "Отзыв", "Оценка""#),
        "{error}"
    );
    let error = columns_from_arg("stars=3", &table)
        .err()
        .unwrap_or_default();
    assert!(
        error.contains("text, rating, date, source, author, link"),
        "{error}"
    );
    let error = columns_from_arg("text=9", &table).err().unwrap_or_default();
    assert!(error.contains("no column 9"), "{error}");
}

#[test]
fn the_same_export_twice_is_all_duplicates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(RUSSIAN_CSV);
    let path = write(dir.path(), "again.CSV", &bytes);
    let table = read_table_file(&path).expect("reads");
    let first = import(&table, &[]);
    assert_eq!(first.reviews.len(), 4);
    let second = import(&table, &first.reviews);
    assert!(second.reviews.is_empty());
    // Every row with text: the four imported and the repeat within the file.
    assert_eq!(second.duplicates, 5);
    assert!(second.warnings.is_empty(), "{:?}", second.warnings);
}

#[test]
fn nps_survey_with_a_zero_is_zero_to_ten() {
    let text = "Survey export 2025\n\nRespondent\tNPS\tFeedback\n\
                r1\t0\tNever again\nr2\t10\tLove it\nr3\t7\tOkay\n";
    let table = read_table(text.as_bytes(), ReviewFormat::Delimited).expect("reads");
    assert_eq!(table.header_row, 3);
    assert_eq!(table.guessed.rating, Some(1));
    assert_eq!(table.guessed.text, Some(2));
    let import = import(&table, &[]);
    let ratings: Vec<Option<(f64, RatingScale)>> = import
        .reviews
        .iter()
        .map(|r| r.rating.map(|r| (r.value, r.scale)))
        .collect();
    let nps = RatingScale::ZeroToTen;
    assert_eq!(
        ratings,
        [Some((0.0, nps)), Some((10.0, nps)), Some((7.0, nps))]
    );
}

#[test]
fn file_kinds_by_extension() {
    assert_eq!(
        ReviewFormat::from_path(Path::new("a.TSV")),
        Some(ReviewFormat::Delimited)
    );
    assert_eq!(
        ReviewFormat::from_path(Path::new("a.xlsm")),
        Some(ReviewFormat::Xlsx)
    );
    assert_eq!(
        ReviewFormat::from_path(Path::new("a.Json")),
        Some(ReviewFormat::Json)
    );
    assert_eq!(ReviewFormat::from_path(Path::new("a.ods")), None);
    let error = read_table_file(Path::new("reviews.ods")).expect_err("not a review file");
    assert!(
        error
            .message
            .contains(".csv, .tsv, .txt, .xlsx, .xlsm, .json"),
        "{}",
        error.message
    );
    assert!(error.path.is_some());
}
