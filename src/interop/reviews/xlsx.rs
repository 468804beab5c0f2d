//! Excel `.xlsx` / `.xlsm` review exports: the first worksheet's non-empty
//! rows, each cell as text (dates as YYYY-MM-DD, whole numbers without ".0").

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use super::TableRow;
use super::limits::{Budget, MAX_CELLS, MAX_COLUMNS, MAX_PART_BYTES, MAX_UNPACKED_BYTES};
use crate::io::LoadError;

/// The non-empty rows of the first worksheet, with their sheet row numbers.
/// Read in bounded memory: the workbook's parts are unpacked once to
/// measure them (a zip bomb is refused before calamine sees it) and the
/// sheet is read cell by cell into sparse rows — calamine's ranges are
/// dense, so one cell at XFD1048576 would ask for 512 GB.
pub(super) fn rows(bytes: &[u8]) -> Result<Vec<TableRow>, LoadError> {
    check_unpacked_sizes(bytes)?;
    // calamine parses cell references without checking for overflow: a
    // damaged sheet is an error here, never a crash of the app.
    std::panic::catch_unwind(|| sparse_rows(bytes))
        .unwrap_or_else(|_| Err(fail("load-reviews-xlsx-sheet-unreadable", String::new())))
}

/// No position in a zip of XML: line 0 says so.
fn fail(key: &'static str, detail: String) -> LoadError {
    LoadError::said(0, 0, key, vec![("detail", detail)])
}

fn sparse_rows(bytes: &[u8]) -> Result<Vec<TableRow>, LoadError> {
    // `format!`, not `e.to_string()`: the error's type is not known yet here.
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| fail("load-reviews-xlsx-unreadable", format!("{e}")))?;
    let name = (workbook.sheet_names().first().cloned())
        .ok_or_else(|| fail("load-reviews-xlsx-no-sheet", String::new()))?;
    let mut cells = workbook
        .worksheet_cells_reader(&name)
        .map_err(|e| fail("load-reviews-xlsx-sheet-unreadable", e.to_string()))?;
    // Row number → (column, text) of its filled cells, in sheet order.
    let mut sparse: BTreeMap<u32, Vec<(usize, String)>> = BTreeMap::new();
    let mut filled = 0usize;
    while let Some(cell) = cells
        .next_cell()
        .map_err(|e| fail("load-reviews-xlsx-sheet-unreadable", e.to_string()))?
    {
        let (row, column) = cell.get_position();
        let text = cell_text(&Data::from(cell.get_value().clone()));
        if text.trim().is_empty() {
            continue;
        }
        let column = column as usize;
        if column >= MAX_COLUMNS {
            let args = vec![
                ("columns", (column + 1).to_string()),
                ("limit", MAX_COLUMNS.to_string()),
            ];
            return Err(LoadError::said(
                row as usize + 1,
                column + 1,
                "load-reviews-too-wide",
                args,
            ));
        }
        filled += 1;
        if filled > MAX_CELLS {
            let args = vec![("limit", MAX_CELLS.to_string())];
            return Err(LoadError::said(
                row as usize + 1,
                column + 1,
                "load-reviews-too-many-cells",
                args,
            ));
        }
        sparse.entry(row).or_default().push((column, text));
    }
    let mut budget = Budget::default();
    let mut rows = Vec::with_capacity(sparse.len());
    for (row, filled) in sparse {
        let width = filled.iter().map(|(c, _)| c + 1).max().unwrap_or(0);
        let line = row as usize + 1;
        budget.take_row(width, width, line)?;
        let mut cells = vec![String::new(); width];
        for (column, text) in filled {
            cells[column] = text;
        }
        rows.push(TableRow { row: line, cells });
    }
    Ok(rows)
}

/// Unpack every part of the workbook into nothing, counting: refused when
/// one part or all of them unpack past the limits (a 1 MB workbook holding
/// a 1 GB cell). The sizes a zip declares are not trusted; the bytes are
/// counted as they come.
fn check_unpacked_sizes(bytes: &[u8]) -> Result<(), LoadError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| fail("load-reviews-xlsx-unreadable", e.to_string()))?;
    let mut total = 0u64;
    for i in 0..archive.len() {
        let part = archive
            .by_index(i)
            .map_err(|e| fail("load-reviews-xlsx-unreadable", e.to_string()))?;
        let name =
            (part.name().map(|n| n.into_owned())).unwrap_or_else(|_| format!("part {}", i + 1));
        let unpacked = std::io::copy(&mut part.take(MAX_PART_BYTES + 1), &mut std::io::sink())
            .map_err(|e| fail("load-reviews-xlsx-unreadable", format!("{name}: {e}")))?;
        total += unpacked;
        if unpacked > MAX_PART_BYTES || total > MAX_UNPACKED_BYTES {
            let args = vec![
                ("part", name),
                ("limit", (MAX_PART_BYTES >> 20).to_string()),
                ("total", (MAX_UNPACKED_BYTES >> 20).to_string()),
            ];
            return Err(LoadError::said(0, 0, "load-reviews-xlsx-too-big", args));
        }
    }
    Ok(())
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
            if dt.as_f64() < 0.0 {
                // Before 1900: no date Excel can show; the number as written.
                number_text(dt.as_f64())
            } else if dt.as_f64() < 1.0 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn dates_before_1900_are_their_number_not_a_time_of_day() {
        let cell = |value: f64| {
            Data::DateTime(ExcelDateTime::new(
                value,
                ExcelDateTimeType::DateTime,
                false,
            ))
        };
        assert_eq!(cell_text(&cell(-5.0)), "-5");
        assert_eq!(cell_text(&cell(0.5)), "12:00:00");
        assert_eq!(cell_text(&cell(45_658.0)), "2025-01-01");
    }
}
