//! Excel `.xlsx` / `.xlsm` review exports: the first worksheet's non-empty
//! rows, each cell as text (dates as YYYY-MM-DD, whole numbers without ".0").

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use super::TableRow;
use crate::io::LoadError;

/// The non-empty rows of the first worksheet, with their sheet row numbers.
pub(super) fn rows(bytes: &[u8]) -> Result<Vec<TableRow>, LoadError> {
    // No position in a zip of XML: line 0 says so.
    let fail =
        |key: &'static str, detail: String| LoadError::said(0, 0, key, vec![("detail", detail)]);
    // `format!`, not `e.to_string()`: the error's type is not known yet here.
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| fail("load-reviews-xlsx-unreadable", format!("{e}")))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| fail("load-reviews-xlsx-no-sheet", String::new()))?
        .map_err(|e| fail("load-reviews-xlsx-sheet-unreadable", e.to_string()))?;
    // The range starts at the first used cell; rows count from the sheet's top.
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let mut rows = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        let cells: Vec<String> = cells.iter().map(cell_text).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push(TableRow {
            row: first_row + i + 1,
            cells,
        });
    }
    Ok(rows)
}

/// A cell as the text an export means: dates as YYYY-MM-DD (with the time
/// when there is one), numbers as written ("4", "4.5"), errors as Excel
/// shows them ("#N/A").
pub(super) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            if dt.as_f64() < 1.0 {
                format!("{h:02}:{mi:02}:{s:02}") // a time of day, no date
            } else if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::Error(e) => e.to_string(),
    }
}

/// 4.0 as "4", 4.5 as "4.5".
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}
