//! Reading a grid: the separator and `sep=` line, rows with their lines,
//! lane kinds by name in every language, the map built row by row.

use super::builder::{Builder, Row};
use super::*;
use crate::interop::delimited::{
    LineCounter, SEPARATORS, reader, unclosed_quote, without_sep_line,
};

/// How many rows the separator is judged by.
const SAMPLE_ROWS: usize = 20;

/// The separator that splits the first rows most consistently: the most
/// rows with as many cells as the first row (empty cells past it allowed, as
/// spreadsheets pad rows), then the most cells; a first row of one cell
/// rules a separator out. Commas when none fits.
fn detect_separator(text: &str) -> u8 {
    let score = |separator: u8| -> Option<(usize, usize)> {
        let mut rows = reader(text, separator)
            .into_records()
            .map_while(Result::ok)
            .filter(|r| !r.iter().all(|c| c.trim().is_empty()))
            .take(SAMPLE_ROWS);
        let width = rows.next()?.len();
        let consistent = rows
            .filter(|r| r.len() >= width && r.iter().skip(width).all(|c| c.trim().is_empty()))
            .count();
        (width >= 2).then_some((consistent, width))
    };
    let mut best = (b',', None);
    for separator in SEPARATORS {
        let s = score(separator);
        if s > best.1 {
            best = (separator, s);
        }
    }
    best.0
}

/// The map from spreadsheet text (BOM already removed; CRLF or LF; any
/// separator).
pub(in crate::interop) fn parse(text: &str) -> Result<JourneyMap, LoadError> {
    let (text, named) = without_sep_line(text);
    let text = text.as_ref();
    let separator = named.unwrap_or_else(|| detect_separator(text));
    // The csv crate reads an unclosed quote to the end of the file as one
    // cell; that is a broken file, not one cell.
    if let Some((line, cell)) = unclosed_quote(text, separator) {
        return Err(LoadError::said(
            line,
            cell,
            "load-csv-unclosed-quote",
            Vec::new(),
        ));
    }
    let mut lines = LineCounter::new(text);
    let mut rows = Vec::new();
    for result in reader(text, separator).records() {
        let record = result.map_err(|e| {
            let line = e.position().map_or(1, |p| lines.line_of(p.byte()));
            LoadError::said(
                line,
                1,
                "load-csv-unreadable-row",
                vec![("detail", e.to_string())],
            )
        })?;
        let pos = record
            .position()
            .cloned()
            .unwrap_or_else(::csv::Position::new);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // blank rows are spacing, not lanes
        }
        let byte = lines.row_start(pos.byte());
        rows.push(Row {
            record,
            text,
            separator,
            byte,
            line: lines.line_at(byte),
        });
    }
    let mut rows = rows.into_iter();
    let header = rows
        .next()
        .ok_or_else(|| LoadError::said(1, 1, "load-csv-empty", Vec::new()))?;
    if header.record.len() < 2 {
        return Err(header.error(1, "load-csv-no-stages", Vec::new()));
    }
    let mut builder = Builder::new(
        header.text(0),
        header
            .record
            .iter()
            .skip(1)
            .map(|name| undefuse(name.trim())),
    );
    builder.decimal_comma = separator != b',';
    for row in rows {
        builder.row(&row)?;
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::super::builder::number;
    use super::*;
    use crate::interop::delimited::sep_line;

    #[test]
    fn sep_lines_as_excel_and_other_tools_write_them() {
        assert_eq!(sep_line("sep=;\r\n"), Some(b';'));
        assert_eq!(sep_line("SEP=,"), Some(b','));
        assert_eq!(sep_line("sep=\t\n"), Some(b'\t'));
        assert_eq!(sep_line("\"sep=;\";;;\n"), Some(b';'));
        assert_eq!(sep_line("sep=;x;y\n"), None);
        assert_eq!(sep_line("separator;A;B\n"), None);
        assert_eq!(sep_line("sep=\n"), None);
    }

    #[test]
    fn the_separator_that_splits_rows_alike_wins() {
        assert_eq!(detect_separator("Map,A,B\nActions,x;y,z\n"), b',');
        assert_eq!(detect_separator("Map;A;B\nActions;x, y;z\n"), b';');
        assert_eq!(detect_separator("Map\tA\tB\nActions\tx, y; z\t\n"), b'\t');
        // Spreadsheets pad rows with empty cells; a quoted `;` is inside a cell.
        assert_eq!(detect_separator("Map;A\nActions;\"x;y\";;\n"), b';');
        assert_eq!(detect_separator("Trip, day 1;A;B\n"), b';');
        assert_eq!(detect_separator("Map\n"), b',');
        assert_eq!(detect_separator(""), b',');
    }

    #[test]
    fn decimal_commas_only_where_commas_do_not_separate() {
        assert_eq!(number("3,5", true), Some(3.5));
        assert_eq!(number("-0,25", true), Some(-0.25));
        assert_eq!(number("3.5", true), Some(3.5));
        assert_eq!(number("3,5", false), None);
        assert_eq!(number("1,000.5", true), None);
        assert_eq!(number("1,2,3", true), None);
        assert_eq!(number("inf", true), None);
    }
}
