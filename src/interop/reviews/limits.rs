//! What a review export may hold: bounds checked while reading, so a
//! hostile or broken file (a zip bomb, a sheet with one cell at XFD1048576,
//! a header of millions of columns) is refused with a message in bounded
//! memory and time instead of taking the machine — or the unsaved map in
//! the app — down with it.

use crate::io::LoadError;

/// Columns a table may have: Excel's own limit.
pub const MAX_COLUMNS: usize = 16_384;
/// Rows (reviews) one file may bring: far above any real export, far below
/// what would make a map too big to save.
pub const MAX_ROWS: usize = 100_000;
/// Cells of the table as it is kept (each row up to its last filled cell).
pub const MAX_CELLS: usize = 4_000_000;
/// Unpacked size of one part of a workbook (a sheet, the shared strings).
pub const MAX_PART_BYTES: u64 = 64 << 20;
/// Unpacked size of all parts of a workbook together.
pub const MAX_UNPACKED_BYTES: u64 = 128 << 20;

/// Counts rows and cells as a reader keeps them.
#[derive(Debug, Default)]
pub struct Budget {
    rows: usize,
    cells: usize,
}

impl Budget {
    /// Take a row of `columns` cells, `kept` of them kept (up to the last
    /// filled one), found at `line` (the sheet row, the CSV line): refused
    /// past the limits, naming the line.
    pub fn take_row(&mut self, columns: usize, kept: usize, line: usize) -> Result<(), LoadError> {
        if columns > MAX_COLUMNS {
            let args = vec![
                ("columns", columns.to_string()),
                ("limit", MAX_COLUMNS.to_string()),
            ];
            return Err(LoadError::said(line, 1, "load-reviews-too-wide", args));
        }
        self.rows += 1;
        // A few rows above the data (a title, the header) are not reviews.
        if self.rows > MAX_ROWS + 10 {
            let args = vec![("limit", MAX_ROWS.to_string())];
            return Err(LoadError::said(line, 1, "load-reviews-too-many-rows", args));
        }
        self.cells += kept;
        if self.cells > MAX_CELLS {
            let args = vec![("limit", MAX_CELLS.to_string())];
            return Err(LoadError::said(
                line,
                1,
                "load-reviews-too-many-cells",
                args,
            ));
        }
        Ok(())
    }
}
