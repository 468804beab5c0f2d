//! Customer reviews in: review exports from Google Maps, Yandex Maps, 2GIS,
//! App Store, Google Play, Trustpilot or a survey tool, as CSV/TSV (any
//! separator and the encodings `text.rs` reads), Excel `.xlsx` (calamine)
//! or JSON arrays of objects, read into [`Review`]s for the map's inbox.
//!
//! Two steps, so the app can show the column mapping before anything is
//! imported: [`read_table`] finds the header row (a title row above it is
//! common) and guesses each column's [`Role`] from its name in English,
//! Russian or Latvian; [`reviews_from_table`] turns the rows into reviews
//! with the [`Columns`] the user confirmed (or `--columns` gave).
//!
//! Ratings are read as "4", "4,5", "4/5", "8 из 10", "★★★★☆" or "4 stars";
//! a column's scale is 1–5 when all its values fit, 0–10 when one is 0 (or
//! the column is "NPS"), else 1–10, unless a cell names its own ("/10").
//! Dates become YYYY-MM-DD from ISO, `05.03.2025`, month names ("5 марта
//! 2025", "2025. gada 5. marts") and Excel date cells; a slash date
//! `5/3/2025` is read day first unless only month first makes sense
//! (`3/25/2025`). Anything else is kept as written.

mod columns;
mod delimited;
mod import;
mod json;
pub mod limits;
mod names;
mod values;
mod xlsx;

use std::path::Path;

use crate::io::LoadError;
use crate::model::{FreshIds, Review};

/// Review files above this are refused before reading, as other imports are.
const MAX_REVIEW_BYTES: u64 = 64 * 1024 * 1024;

/// A file format reviews come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewFormat {
    /// `.csv`, `.tsv`, `.txt`: `,` `;` or tab, detected.
    Delimited,
    /// `.xlsx` (also `.xlsm`): the first sheet.
    Xlsx,
    /// `.json`: an array of objects (or an object holding one).
    Json,
}

/// File extensions reviews are imported from, for dialogs' filters.
pub const REVIEW_EXTENSIONS: [&str; 6] = ["csv", "tsv", "txt", "xlsx", "xlsm", "json"];

impl ReviewFormat {
    /// The format a file name's extension names.
    pub fn from_path(path: &Path) -> Option<ReviewFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" | "tsv" | "txt" => Some(ReviewFormat::Delimited),
            "xlsx" | "xlsm" => Some(ReviewFormat::Xlsx),
            "json" => Some(ReviewFormat::Json),
            _ => None,
        }
    }
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Text,
    Rating,
    Date,
    Source,
    Author,
    Link,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Text,
        Role::Rating,
        Role::Date,
        Role::Source,
        Role::Author,
        Role::Link,
    ];

    /// The name `--columns` uses: "text", "rating", "date", "source", "author", "link".
    pub fn key(self) -> &'static str {
        match self {
            Role::Text => "text",
            Role::Rating => "rating",
            Role::Date => "date",
            Role::Source => "source",
            Role::Author => "author",
            Role::Link => "link",
        }
    }
}

/// Which column (0-based index into `ReviewTable::headers`) holds each role.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    pub text: Option<usize>,
    pub rating: Option<usize>,
    pub date: Option<usize>,
    pub source: Option<usize>,
    pub author: Option<usize>,
    pub link: Option<usize>,
}

impl Columns {
    pub fn get(&self, role: Role) -> Option<usize> {
        match role {
            Role::Text => self.text,
            Role::Rating => self.rating,
            Role::Date => self.date,
            Role::Source => self.source,
            Role::Author => self.author,
            Role::Link => self.link,
        }
    }

    pub fn set(&mut self, role: Role, column: Option<usize>) {
        let slot = match role {
            Role::Text => &mut self.text,
            Role::Rating => &mut self.rating,
            Role::Date => &mut self.date,
            Role::Source => &mut self.source,
            Role::Author => &mut self.author,
            Role::Link => &mut self.link,
        };
        *slot = column;
    }
}

/// One data row, with the 1-based row of the sheet (CSV: the line) it began
/// on. JSON: the line its object starts on, or its 1-based place in the
/// array when objects share lines (minified JSON).
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub row: usize,
    pub cells: Vec<String>,
}

/// A review export read as a table, before it becomes reviews.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewTable {
    /// Column names from the header row (JSON: the keys, in first-seen order).
    pub headers: Vec<String>,
    /// 1-based row of the header (rows above it — a report title — skipped).
    pub header_row: usize,
    pub rows: Vec<TableRow>,
    /// The roles guessed from the header names (and, for a rating with no
    /// telling name, from the cells).
    pub guessed: Columns,
    /// Whether the guess is sure enough to import without asking: a text
    /// column named as one, and no role claimed by two columns.
    pub sure: bool,
}

/// Reviews read from a table, and what the user should know.
#[derive(Debug, Default)]
pub struct ReviewImport {
    /// New reviews, with fresh ids, in file order.
    pub reviews: Vec<Review>,
    /// Rows skipped because the map (or an earlier row) already has the same
    /// review (same text, date and author).
    pub duplicates: usize,
    /// Rows skipped because their text cell is empty.
    pub empty: usize,
    /// Things to check (with their translation keys), each at a row where there is one (the
    /// line is the first row concerned, the column that cell's number):
    /// "12 ratings could not be read: rows 4, 9, …" is one warning.
    pub warnings: Vec<LoadError>,
}

/// Read `bytes` of a file in `format` as a table. Errors carry line and
/// column where the content is at fault (no file name).
pub fn read_table(bytes: &[u8], format: ReviewFormat) -> Result<ReviewTable, LoadError> {
    match format {
        ReviewFormat::Delimited => columns::table_from_rows(delimited::rows(bytes)?),
        ReviewFormat::Xlsx => columns::table_from_rows(xlsx::rows(bytes)?),
        ReviewFormat::Json => {
            let (headers, header_row, rows) = json::table(bytes)?;
            if rows.is_empty() {
                return Err(LoadError::said(
                    header_row,
                    1,
                    "load-reviews-json-empty",
                    vec![],
                ));
            }
            Ok(columns::table(headers, header_row, rows))
        }
    }
}

/// Parse `--columns text=Отзыв,rating=Оценка,…` against the table's
/// headers: a header name (case-insensitive) or a 1-based column number.
/// Roles not named keep the guess. Errors list the columns found.
/// A value of `-` (or nothing) leaves that role without a column.
pub fn columns_from_arg(arg: &str, table: &ReviewTable) -> Result<Columns, String> {
    columns::from_arg(arg, table)
}

/// Turn the table's rows into reviews with `columns`. Fails (listing the
/// columns found and how to name one with `--columns`) when no column holds
/// the text. Reviews already in `existing` (see `Review::same_as`) are skipped
/// and counted; new ids come from `ids`.
pub fn reviews_from_table(
    table: &ReviewTable,
    columns: &Columns,
    existing: &[Review],
    ids: &mut FreshIds,
) -> Result<ReviewImport, LoadError> {
    import::reviews(table, columns, existing, ids)
}

/// Refuse `reviews` when the map with them would be over the size a map
/// file may have: neither the app nor the CLI ever holds a map it cannot
/// save. The size is the map's file now plus each review as the file
/// writes it.
pub fn check_room(map: &crate::model::JourneyMap, reviews: &[Review]) -> Result<(), LoadError> {
    /// The indentation and line breaks of a review's fields in the file.
    const LAYOUT_BYTES: u64 = 200;
    let limit = crate::io::MAX_FILE_BYTES;
    let now = crate::io::to_ron_string(map).len() as u64;
    let mut size = now;
    for review in reviews {
        size += ron::to_string(review).map_or(0, |t| t.len() as u64) + LAYOUT_BYTES;
        if size > limit {
            break;
        }
    }
    if size <= limit {
        return Ok(());
    }
    // How big it would be in all, to say so.
    let all: u64 = now
        + (reviews.iter())
            .map(|r| ron::to_string(r).map_or(0, |t| t.len() as u64) + LAYOUT_BYTES)
            .sum::<u64>();
    let args = vec![
        ("size", all.div_ceil(1 << 20).to_string()),
        ("limit", (limit >> 20).to_string()),
    ];
    Err(LoadError::said(0, 0, "load-reviews-map-too-big", args))
}

/// Read a review file (size-bounded like other imports), chosen by its
/// extension, as a table; errors name the file.
pub fn read_table_file(path: &Path) -> Result<ReviewTable, LoadError> {
    let format = ReviewFormat::from_path(path).ok_or_else(|| {
        let args = vec![("extensions", REVIEW_EXTENSIONS.join(", ."))];
        LoadError::said(0, 0, "load-reviews-file-kind", args).in_file(path)
    })?;
    let bytes = crate::io::read_bounded(path, MAX_REVIEW_BYTES, crate::io::ReadAs::Reviews)
        .map_err(|e| e.in_file(path))?;
    read_table(&bytes, format).map_err(|e| e.in_file(path))
}
