//! CSV, TSV and Excel "Unicode Text" review exports: the encoding (via
//! `text.rs`), the separator (`,` `;` or tab, or Excel's `sep=` line) and the
//! rows with the line each starts on (quoted cells may span lines).

use super::TableRow;
use super::limits::Budget;
use crate::interop::delimited::{
    LineCounter, SEPARATORS, reader, unclosed_quote, without_sep_line,
};
use crate::interop::text::decode_spreadsheet;
use crate::io::LoadError;

/// How many non-empty rows the separator is judged by.
const SAMPLE_ROWS: usize = 30;

/// The non-empty rows of a delimited file, with the 1-based line each
/// starts on.
pub(super) fn rows(bytes: &[u8]) -> Result<Vec<TableRow>, LoadError> {
    let decoded = decode_spreadsheet(bytes)?;
    let text = decoded.strip_prefix('\u{feff}').unwrap_or(&decoded);
    let (text, named) = without_sep_line(text);
    let text = text.as_ref();
    let separator = named.unwrap_or_else(|| detect_separator(text));
    if let Some((line, _)) = unclosed_quote(text, separator) {
        return Err(LoadError::said(line, 1, "load-reviews-quote-open", vec![]));
    }
    let mut lines = LineCounter::new(text);
    let mut rows = Vec::new();
    let mut budget = Budget::default();
    for record in reader(text, separator).records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| lines.line_of(p.byte()));
            LoadError::said(
                line,
                1,
                "load-reviews-csv-row",
                vec![("detail", e.to_string())],
            )
        })?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let row = record.position().map_or(1, |p| lines.line_of(p.byte()));
        // Kept up to the last filled cell: trailing separators cost nothing.
        let width = (0..record.len())
            .rev()
            .find(|&i| !record[i].trim().is_empty())
            .map_or(0, |i| i + 1);
        budget.take_row(record.len(), width, row)?;
        rows.push(TableRow {
            row,
            cells: record.iter().take(width).map(str::to_string).collect(),
        });
    }
    Ok(rows)
}

/// The separator that splits the first rows most alike: the most rows of
/// the commonest width of two cells or more, then the widest. A title row
/// of one cell above the header does not count against any. Commas when
/// no separator makes two cells.
fn detect_separator(text: &str) -> u8 {
    let score = |separator: u8| -> Option<(usize, usize)> {
        let mut widths: Vec<usize> = reader(text, separator)
            .into_records()
            .map_while(Result::ok)
            .filter(|r| !r.iter().all(|c| c.trim().is_empty()))
            .take(SAMPLE_ROWS)
            .map(|r| r.len())
            .filter(|&n| n >= 2)
            .collect();
        widths.sort_unstable();
        let mut best: Option<(usize, usize)> = None;
        for group in widths.chunk_by(|a, b| a == b) {
            let candidate = (group.len(), group[0]);
            if best.is_none_or(|b| candidate > b) {
                best = Some(candidate);
            }
        }
        best
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::delimited::sep_line;

    fn cells(text: &str) -> Vec<(usize, Vec<String>)> {
        rows(text.as_bytes())
            .map(|rows| rows.into_iter().map(|r| (r.row, r.cells)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn separators_with_a_title_row_above() {
        assert_eq!(
            detect_separator("Отзывы за 2025\n\nДата;Отзыв;Оценка\n1;a, b;5\n"),
            b';'
        );
        assert_eq!(detect_separator("Date,Review\n2025,\"a; b\"\n"), b',');
        assert_eq!(detect_separator("Date\tReview\n2025\ta, b; c\n"), b'\t');
        assert_eq!(detect_separator("just text\n"), b',');
        assert_eq!(sep_line("sep=;\r\n"), Some(b';'));
        assert_eq!(sep_line("\"sep=,\",,\n"), Some(b','));
        assert_eq!(sep_line("separator;x\n"), None);
    }

    #[test]
    fn rows_keep_the_line_they_start_on() {
        let text = "Title\r\n\r\nA;B\r\n1;\"two\r\nlines\"\r\n;\r\n3;x\r\n";
        let rows = cells(text);
        assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), [1, 3, 4, 7]);
        assert_eq!(rows[2].1, ["1", "two\r\nlines"]);
        let with_sep = cells("sep=;\nA;B\n1;2\n");
        assert_eq!(with_sep[0], (2, vec!["A".to_string(), "B".to_string()]));
    }

    #[test]
    fn excel_unicode_text_is_utf16_with_tabs() {
        let text = "\u{feff}Vārds\tAtsauksme\r\nAnna\tĻoti labi\r\n";
        let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let rows = rows(&bytes).unwrap_or_default();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].cells, ["Anna", "Ļoti labi"]);
    }

    #[test]
    fn an_unclosed_quote_is_an_error_at_its_line() {
        let e = rows(b"A;B\n1;ok\n2;\"never closed\n3;x\n").err();
        assert_eq!(e.map(|e| e.line), Some(3));
    }
}
