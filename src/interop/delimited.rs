//! What every delimited file (a map grid, a review export) is read with:
//! the separators Excel and other tools use, Excel's `sep=` first line,
//! the csv reader, and the check for a quote that never closes.

use std::borrow::Cow;

use ::csv::ReaderBuilder;

/// The separators a delimited file may use, in the order a tie is decided.
pub(super) const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// Excel's `sep=;` first line (as Excel writes it, or quoted, or padded with
/// separators by a tool that read it as a row): the separator it names.
pub(super) fn sep_line(first_line: &str) -> Option<u8> {
    let line = first_line.trim_end_matches(['\r', '\n']);
    let line = line.strip_prefix('"').unwrap_or(line);
    let rest = line.get(..4).filter(|p| p.eq_ignore_ascii_case("sep="))?;
    let rest = &line[rest.len()..];
    let separator = *rest.as_bytes().first()?;
    let tail = rest.get(1..)?.trim_start_matches('"');
    (SEPARATORS.contains(&separator) || separator == b'|')
        .then_some(separator)
        .filter(|&sep| tail.bytes().all(|b| b == sep || b == b'"'))
}

pub(super) fn reader(text: &str, separator: u8) -> ::csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes())
}

/// Where a quoted cell opens that no quote closes, read as the csv crate
/// reads: a quote opens a quoted cell only as its first character, `""`
/// inside is a quote, and a quote elsewhere is text. The 1-based line of
/// the opening quote and its cell's number in the row.
pub(super) fn unclosed_quote(text: &str, separator: u8) -> Option<(usize, usize)> {
    let (mut line, mut cell) = (1, 1);
    let mut at_cell_start = true;
    let mut opened = None;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        if opened.is_some() {
            match b {
                b'"' if bytes.peek() == Some(&b'"') => {
                    bytes.next();
                }
                b'"' => opened = None,
                b'\n' => line += 1,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' if at_cell_start => opened = Some((line, cell)),
            b if b == separator => cell += 1,
            b'\n' | b'\r' => {
                line += usize::from(b == b'\n');
                cell = 1;
            }
            _ => {}
        }
        at_cell_start = b == separator || b == b'\n' || b == b'\r';
    }
    opened
}

/// The text with Excel's `sep=` first line (if any) blanked — it is not a
/// row, and blanking it keeps every line number — and the separator it names.
pub(super) fn without_sep_line(text: &str) -> (Cow<'_, str>, Option<u8>) {
    let first_line = text.split_inclusive('\n').next().unwrap_or("");
    match sep_line(first_line) {
        Some(separator) => (
            Cow::Owned(format!("\n{}", &text[first_line.len()..])),
            Some(separator),
        ),
        None => (Cow::Borrowed(text), None),
    }
}

/// The 1-based lines of the csv crate's byte positions in `text`, counted
/// on from the previous one (rows come in order). After a CRLF (what Excel
/// writes) the csv crate puts a row's start on the line end before it and
/// misses that line in its count: rows start after any line ends here, and
/// lines are counted from the bytes.
pub(super) struct LineCounter<'a> {
    text: &'a str,
    byte: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// Where the row the csv crate places at `byte` starts.
    pub(super) fn row_start(&self, byte: u64) -> usize {
        let bytes = self.text.as_bytes();
        let mut byte = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while matches!(bytes.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        byte
    }

    /// The line of `start`, a [`Self::row_start`].
    pub(super) fn line_at(&mut self, start: usize) -> usize {
        if start < self.byte {
            (self.byte, self.line) = (0, 1);
        }
        let newlines = self.text.as_bytes()[self.byte..start].iter();
        self.line += newlines.filter(|&&b| b == b'\n').count();
        self.byte = start;
        self.line
    }

    /// The line of the row the csv crate places at `byte`.
    pub(super) fn line_of(&mut self, byte: u64) -> usize {
        let start = self.row_start(byte);
        self.line_at(start)
    }
}
