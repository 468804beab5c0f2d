//! Interchange with other tools: Mermaid `journey` diagrams (in and out),
//! spreadsheets as CSV or tab-separated text (in and out; the separator and
//! the encoding Excel used are detected on import) and Markdown (a table out;
//! in, the first ```` ```mermaid ```` journey block of a document).
//!
//! The GUI and the CLI need only [`import_file`] / [`import_str`] and
//! [`export_text`] / [`export_file`]; the format is a [`Format`], usually
//! chosen from a file name with [`Format::from_path`]. Imported maps always
//! pass [`JourneyMap::validate`](crate::model::JourneyMap::validate): one id
//! space, every reference resolved.

mod csv;
mod delimited;
mod markdown;
mod mermaid;
mod mermaid_score;
mod mermaid_write;
mod picture_text;
pub mod reviews;
mod text;

use std::path::Path;

use crate::io::{LoadError, SaveError, write_atomically};
use crate::model::JourneyMap;

/// Why an import failed. The same type as a `.ron` load error, so the app and
/// the CLI show both alike: `FILE:LINE:COLUMN: message`, or `FILE: message`
/// when there is no position (unreadable file, no diagram in a document).
pub type ImportError = LoadError;

/// An imported map, and what the user should know about how it was read:
/// things the source format accepts that the map holds differently (a
/// Mermaid score of 13 on a 1–10 curve, a word where a score should be),
/// each at its line and column.
#[derive(Debug)]
pub struct Imported {
    pub map: JourneyMap,
    pub warnings: Vec<LoadError>,
}

impl Imported {
    fn clean(map: JourneyMap) -> Imported {
        Imported {
            map,
            warnings: Vec::new(),
        }
    }
}

/// File extensions [`import_file`] reads, for file dialogs' filters. `.txt`
/// is Excel's "Unicode Text" (UTF-16, tab-separated).
pub const IMPORT_EXTENSIONS: [&str; 7] = ["mmd", "mermaid", "md", "markdown", "csv", "tsv", "txt"];

/// Files above this are refused before reading, as `.ron` maps are: no real
/// diagram or grid comes close, and it bounds memory on a wrong file.
const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// A text format journeymap exchanges maps in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A Mermaid user-journey diagram (`.mmd`, `.mermaid`).
    Mermaid,
    /// The grid as a spreadsheet (`.csv`), comma-separated with decimal
    /// points. `bom` starts the file with a UTF-8 byte-order mark: Excel
    /// needs it to read non-Latin text as UTF-8.
    Csv { bom: bool },
    /// The grid as Excel in Russian and Latvian (and most continental
    /// European) locales reads and writes CSV: `;`-separated, decimal commas
    /// (`3,5`), UTF-8 with a byte-order mark. A `.csv` file.
    CsvSemicolon,
    /// The grid tab-separated (`.tsv`; on import also `.txt`, Excel's
    /// "Unicode Text"). Export writes UTF-8 without a BOM and decimal points.
    Tsv,
    /// Markdown (`.md`, `.markdown`). Export writes a table for wikis and pull
    /// requests; import reads the first ```` ```mermaid ```` block that holds a
    /// `journey` diagram.
    Markdown,
}

impl Format {
    /// The format a file name's extension names, for import (CSV without
    /// BOM; `.tsv` and `.txt` tab-separated). Spreadsheets import alike
    /// whichever of the three it is: separator and encoding are detected.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "mmd" | "mermaid" => Some(Format::Mermaid),
            "csv" => Some(Format::Csv { bom: false }),
            "tsv" | "txt" => Some(Format::Tsv),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// The format to export to a file name: as [`Format::from_path`], but not
    /// `.txt`, which is read as Excel's UTF-16 "Unicode Text" and not written.
    pub fn export_from_path(path: &Path) -> Option<Format> {
        let txt = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        Format::from_path(path).filter(|_| !txt)
    }

    /// Whether this is one of the spreadsheet formats (CSV, `;` CSV, TSV).
    pub fn is_spreadsheet(self) -> bool {
        matches!(
            self,
            Format::Csv { .. } | Format::CsvSemicolon | Format::Tsv
        )
    }

    /// The file extension an export in this format gets.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Mermaid => "mmd",
            Format::Csv { .. } | Format::CsvSemicolon => "csv",
            Format::Tsv => "tsv",
            Format::Markdown => "md",
        }
    }

    /// Human name, for menus and messages.
    pub fn label(self) -> &'static str {
        match self {
            Format::Mermaid => "Mermaid journey diagram",
            Format::Csv { .. } => "CSV spreadsheet",
            Format::CsvSemicolon => "CSV for Excel (Russian/Latvian locale)",
            Format::Tsv => "Tab-separated spreadsheet",
            Format::Markdown => "Markdown",
        }
    }
}

/// Read a map from a Mermaid, Markdown or CSV file, the format chosen by the
/// extension. Errors name the file, and the line (and column) when the
/// content is at fault.
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let format = Format::from_path(path).ok_or_else(|| {
        let kinds = vec![("kinds", format!(".{}", IMPORT_EXTENSIONS.join(", .")))];
        LoadError::said(0, 0, "load-import-kind", kinds).in_file(path)
    })?;
    let bytes = crate::io::read_bounded(path, MAX_IMPORT_BYTES, crate::io::ReadAs::Import)
        .map_err(|e| e.in_file(path))?;
    let mut imported = import_bytes(&bytes, format).map_err(|e| e.in_file(path))?;
    for w in &mut imported.warnings {
        w.path = Some(path.to_path_buf());
    }
    Ok(imported)
}

/// Read a map from the bytes of a file in `format`: Mermaid and Markdown in
/// UTF-8 (with or without a BOM); spreadsheets also in UTF-16 with a BOM and
/// in Windows-1251 or Windows-1257 when detected with confidence (an error
/// naming the encodings tried otherwise). Errors carry line and column (of
/// the decoded text) but no file name.
pub fn import_bytes(bytes: &[u8], format: Format) -> Result<Imported, ImportError> {
    if format.is_spreadsheet() {
        let text = text::decode_spreadsheet(bytes)?;
        return import_str(&text, format);
    }
    let text = text::decode_utf8(bytes, format)?;
    import_str(text, format)
}

/// Read a map from text in `format`. Spreadsheets are read alike in any of
/// the three: the separator (`,` `;` or tab, or an Excel `sep=` first line)
/// is detected. Errors carry line and column but no file name.
pub fn import_str(text: &str, format: Format) -> Result<Imported, ImportError> {
    // Windows editors start files with a BOM; it is not content, and
    // skipping it keeps columns as the user sees them.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match format {
        Format::Mermaid => mermaid::parse(text, 1),
        Format::Markdown => markdown::import(text),
        Format::Csv { .. } | Format::CsvSemicolon | Format::Tsv => {
            csv::parse(text).map(Imported::clean)
        }
    }
}

/// The map as text in `format`.
pub fn export_text(map: &JourneyMap, format: Format) -> String {
    match format {
        Format::Mermaid => mermaid_write::write(map),
        Format::Csv { bom } => csv::write(map, csv::Dialect::comma(bom)),
        Format::CsvSemicolon => csv::write(map, csv::Dialect::EXCEL_SEMICOLON),
        Format::Tsv => csv::write(map, csv::Dialect::TAB),
        Format::Markdown => markdown::write(map),
    }
}

/// Write the map to `path` in `format`, atomically: on failure the previous
/// file, if any, is unchanged.
pub fn export_file(map: &JourneyMap, path: &Path, format: Format) -> Result<(), SaveError> {
    write_atomically(path, export_text(map, format).as_bytes()).map_err(|source| SaveError {
        path: path.to_path_buf(),
        source,
    })
}
