//! JSON review exports (Google Play and App Store scrapers, survey tools):
//! an array of objects, or an object holding one under any key (also a
//! level or two down: `{"feed": {"entry": […]}}`). Each object is a row,
//! its keys the headers in first-seen order; nested objects are flattened
//! to `parent.key` columns, other values become text.
//!
//! serde_json parses; the walk over the outer array and objects is done
//! here, value by value, to keep keys in file order and each row's line.

use std::cell::Cell;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::Value;

use std::collections::HashMap;

use super::TableRow;
use super::limits::{Budget, MAX_COLUMNS};
use super::names::role_of;
use crate::interop::text::decode_spreadsheet;
use crate::io::LoadError;

/// How deep an array of reviews is looked for inside objects.
const SEARCH_DEPTH: usize = 3;

/// Headers, the line the array starts on, and a row per object: the line
/// it starts on, or its 1-based place in the array when objects share lines.
pub(super) fn table(bytes: &[u8]) -> Result<(Vec<String>, usize, Vec<TableRow>), LoadError> {
    let decoded = decode_spreadsheet(bytes)?;
    let text = decoded.strip_prefix('\u{feff}').unwrap_or(&decoded);
    // The whole file first, for serde_json's errors at their line and column.
    serde_json::from_str::<IgnoredAny>(text).map_err(|e| {
        let args = vec![("detail", without_position(&e))];
        let column = char_column(text, e.line(), e.column());
        LoadError::said(e.line(), column, "load-reviews-json-invalid", args)
    })?;
    let walk = Walk {
        text,
        counted: Cell::new((0, 1)),
    };
    let start = walk.skip_ws(0);
    let array = walk.find_array(start, SEARCH_DEPTH)?.ok_or_else(|| {
        let (line, column) = walk.position(start);
        LoadError::said(line, column, "load-reviews-json-no-array", vec![])
    })?;
    let header_line = walk.line(array);
    // Rows stay sparse while reading (a key's column by hash, not by a
    // search of the headers): objects that each bring keys of their own
    // cost what they hold, not the square of the file.
    let mut columns: HashMap<String, usize> = HashMap::new();
    let mut headers: Vec<String> = Vec::new();
    let mut seen_in: Vec<usize> = Vec::new();
    let mut sparse: Vec<(usize, Vec<(usize, String)>)> = Vec::new();
    let mut budget = Budget::default();
    for (n, element) in walk.elements(array)?.into_iter().enumerate() {
        if walk.byte(element) != Some(b'{') {
            let (line, column) = walk.position(element);
            let value: Value = walk.value(element)?.0;
            let args = vec![("n", (n + 1).to_string())];
            return Err(LoadError::said(line, column, not_an_object(&value), args));
        }
        let mut cells = Vec::new();
        for (key, value, _) in walk.members::<Value>(element)? {
            flatten(&key, &value, &mut |key, text| {
                let i = *columns.entry(key).or_insert_with_key(|key| {
                    headers.push(key.clone());
                    seen_in.push(0);
                    headers.len() - 1
                });
                seen_in[i] += 1;
                cells.push((i, text));
            });
        }
        let line = walk.line(element);
        budget.take_row(0, cells.len(), line)?;
        sparse.push((line, cells));
    }
    // Keep the columns that can carry a role: named like one, or present
    // in at least one object in a hundred (a review's text, rating or date
    // is in most); a key only one object in thousands has is noise.
    let common = sparse.len().div_ceil(100).max(1);
    let mut kept: Vec<usize> = (0..headers.len())
        .filter(|&i| seen_in[i] >= common)
        .collect();
    // Rarer keys named like a role (an "author" few objects have) are
    // columns too; a key only one object has is not, and at most the
    // thousand commonest are asked (naming is the slow part).
    let mut rare: Vec<usize> = (0..headers.len())
        .filter(|&i| (2..common).contains(&seen_in[i]))
        .collect();
    rare.sort_by_key(|&i| std::cmp::Reverse(seen_in[i]));
    rare.truncate(1000);
    kept.extend(rare.into_iter().filter(|&i| role_of(&headers[i]).is_some()));
    kept.sort_unstable();
    if kept.len() > MAX_COLUMNS {
        let args = vec![
            ("columns", kept.len().to_string()),
            ("limit", MAX_COLUMNS.to_string()),
        ];
        return Err(LoadError::said(
            header_line,
            1,
            "load-reviews-too-wide",
            args,
        ));
    }
    let mut place = vec![usize::MAX; headers.len()];
    for (to, &from) in kept.iter().enumerate() {
        place[from] = to;
    }
    let headers: Vec<String> = kept
        .iter()
        .map(|&i| std::mem::take(&mut headers[i]))
        .collect();
    let mut rows: Vec<TableRow> = Vec::with_capacity(sparse.len());
    for (line, filled) in sparse {
        let filled: Vec<(usize, String)> = (filled.into_iter())
            .filter(|(i, _)| place[*i] != usize::MAX)
            .map(|(i, text)| (place[i], text))
            .collect();
        let width = filled.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
        let mut cells = vec![String::new(); width];
        for (i, text) in filled {
            cells[i] = text;
        }
        rows.push(TableRow { row: line, cells });
    }
    // Minified JSON has every object on one line: then a row is its place
    // in the array, which tells rows apart.
    if rows.windows(2).any(|w| w[0].row == w[1].row) {
        for (n, row) in rows.iter_mut().enumerate() {
            row.row = n + 1;
        }
    }
    Ok((headers, header_line, rows))
}

/// serde_json's column (bytes, from 1) on `line` as characters, as every
/// other error of ours counts them (Cyrillic letters are two bytes).
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(row) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let mut end = byte_column.saturating_sub(1).min(row.len());
    while !row.is_char_boundary(end) {
        end -= 1;
    }
    row[..end].chars().count() + 1
}

/// serde_json's message without its own " at line 1 column 5": the error
/// names its place once, as line and column of characters (serde_json
/// counts bytes, so the two would disagree on Cyrillic text).
fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// A member as columns: nested objects as `key.inner` (App Store's
/// `{"label": …}` wrappers as the key itself), anything else as text.
fn flatten(key: &str, value: &Value, out: &mut dyn FnMut(String, String)) {
    match value {
        Value::Object(map) if map.len() == 1 && map.contains_key("label") => {
            flatten(key, &map["label"], out);
        }
        Value::Object(map) if !map.is_empty() => {
            for (inner, v) in map {
                flatten(&format!("{key}.{inner}"), v, out);
            }
        }
        other => out(key.to_string(), value_text(other)),
    }
}

/// A value as a cell: strings as they are, null as nothing, numbers and
/// booleans as written, arrays as JSON.
fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The message for an array element that is `value`, not an object: "element
/// 2 of the array is a string, not an object with the review's fields".
fn not_an_object(value: &Value) -> &'static str {
    match value {
        Value::Null => "load-reviews-json-element-null",
        Value::Bool(_) => "load-reviews-json-element-boolean",
        Value::Number(_) => "load-reviews-json-element-number",
        Value::String(_) => "load-reviews-json-element-string",
        Value::Array(_) => "load-reviews-json-element-array",
        Value::Object(_) => "load-reviews-json-element-object",
    }
}

/// Steps over JSON text already known to be valid, by byte offsets.
struct Walk<'a> {
    text: &'a str,
    /// The last offset [`Self::line`] counted to, and its line: rows come
    /// in order, so counting goes on from there.
    counted: Cell<(usize, usize)>,
}

impl Walk<'_> {
    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    fn skip_ws(&self, mut at: usize) -> usize {
        while matches!(self.byte(at), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            at += 1;
        }
        at
    }

    /// 1-based line of a byte offset.
    fn line(&self, at: usize) -> usize {
        let (mut from, mut line) = self.counted.get();
        if at < from {
            (from, line) = (0, 1);
        }
        let at = at.min(self.text.len());
        line += self.text.as_bytes()[from..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.counted.set((at, line));
        line
    }

    /// 1-based line and column (in characters) of a byte offset, for errors.
    fn position(&self, at: usize) -> (usize, usize) {
        let before = &self.text[..at.min(self.text.len())];
        let line = 1 + before.matches('\n').count();
        let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        (line, column)
    }

    /// The value starting at `at` and the offset just after it
    /// (`IgnoredAny` to step over it without building it).
    fn value<T: DeserializeOwned>(&self, at: usize) -> Result<(T, usize), LoadError> {
        let mut stream = serde_json::Deserializer::from_str(&self.text[at..]).into_iter::<T>();
        // The position only for an error: working it out for every value
        // made a 10,000-review file quadratic.
        let at_value = |key: &'static str, args: Vec<(&'static str, String)>| {
            let (line, column) = self.position(at);
            LoadError::said(line, column, key, args)
        };
        match stream.next() {
            Some(Ok(value)) => Ok((value, at + stream.byte_offset())),
            // The file parsed as a whole, so this is not expected; placed at the value.
            Some(Err(e)) => Err(at_value(
                "load-reviews-json-invalid",
                vec![("detail", without_position(&e))],
            )),
            None => Err(at_value("load-reviews-json-value-expected", vec![])),
        }
    }

    /// After a value, past the `,` to the next one; `None` at the closing bracket.
    fn next_item(&self, at: usize, close: u8) -> Result<Option<usize>, LoadError> {
        let at = self.skip_ws(at);
        match self.byte(at) {
            Some(b',') => Ok(Some(self.skip_ws(at + 1))),
            Some(b) if b == close => Ok(None),
            _ => {
                let (line, column) = self.position(at);
                Err(LoadError::said(
                    line,
                    column,
                    "load-reviews-json-comma-expected",
                    vec![],
                ))
            }
        }
    }

    /// Offsets of the elements of the array starting at `at`.
    fn elements(&self, at: usize) -> Result<Vec<usize>, LoadError> {
        let mut found = Vec::new();
        let mut next = self.skip_ws(at + 1);
        if self.byte(next) == Some(b']') {
            return Ok(found);
        }
        loop {
            found.push(next);
            let (IgnoredAny, end) = self.value(next)?;
            match self.next_item(end, b']')? {
                Some(n) => next = n,
                None => return Ok(found),
            }
        }
    }

    /// Keys, values and value offsets of the object starting at `at`, in
    /// file order.
    fn members<T: DeserializeOwned>(
        &self,
        at: usize,
    ) -> Result<Vec<(String, T, usize)>, LoadError> {
        let mut found = Vec::new();
        let mut next = self.skip_ws(at + 1);
        if self.byte(next) == Some(b'}') {
            return Ok(found);
        }
        loop {
            let (key, end) = self.value::<String>(next)?;
            let colon = self.skip_ws(end);
            let start = self.skip_ws(colon + 1);
            let (value, end) = self.value(start)?;
            found.push((key, value, start));
            match self.next_item(end, b'}')? {
                Some(n) => next = n,
                None => return Ok(found),
            }
        }
    }

    /// Whether the value at `at` is an array whose first element is an object.
    fn holds_objects(&self, at: usize) -> bool {
        self.byte(at) == Some(b'[') && self.byte(self.skip_ws(at + 1)) == Some(b'{')
    }

    /// The offset of the array of reviews: the value at `at` when it is an
    /// array; else, in an object, the first member that is an array of
    /// objects, else one found a level down, else the first array member.
    fn find_array(&self, at: usize, depth: usize) -> Result<Option<usize>, LoadError> {
        match self.byte(at) {
            Some(b'[') => return Ok(Some(at)),
            Some(b'{') if depth > 0 => {}
            _ => return Ok(None),
        }
        let members: Vec<(String, IgnoredAny, usize)> = self.members(at)?;
        if let Some((_, _, start)) = members.iter().find(|(_, _, s)| self.holds_objects(*s)) {
            return Ok(Some(*start));
        }
        for (_, _, start) in &members {
            if self.byte(*start) == Some(b'{')
                && let Some(found) = self.find_array(*start, depth - 1)?
                && self.holds_objects(found)
            {
                return Ok(Some(found));
            }
        }
        let first_array = members.iter().find(|(_, _, s)| self.byte(*s) == Some(b'['));
        Ok(first_array.map(|(_, _, s)| *s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_at_the_top_or_under_a_key() {
        let text = "[\n {\"b\": 1, \"a\": \"x\"},\n {\"c\": true, \"a\": null}\n]";
        let (headers, at, rows) = table(text.as_bytes()).unwrap_or_default();
        assert_eq!(headers, ["b", "a", "c"]);
        assert_eq!(at, 1);
        assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(rows[1].cells, ["", "", "true"]);
        let wrapped = "{\"count\": 1, \"reviews\": [{\"text\": \"ok\"}]}";
        let (headers, _, rows) = table(wrapped.as_bytes()).unwrap_or_default();
        assert_eq!(
            (headers, rows[0].cells.clone()),
            (vec!["text".into()], vec!["ok".into()])
        );
    }

    #[test]
    fn app_store_feeds_are_flattened() {
        let feed = r#"{"feed": {"entry": [{"im:rating": {"label": "4"},
            "author": {"name": {"label": "Anna"}}, "content": {"label": "Labi"}}]}}"#;
        let (headers, _, rows) = table(feed.as_bytes()).unwrap_or_default();
        assert_eq!(headers, ["im:rating", "author.name", "content"]);
        assert_eq!(rows[0].cells, ["4", "Anna", "Labi"]);
    }

    #[test]
    fn errors_at_their_place() {
        let e = table(b"[{\"a\": 1},\n 42]").err();
        assert_eq!(e.as_ref().map(|e| (e.line, e.column)), Some((2, 2)));
        assert!(e.is_some_and(|e| e.message.contains("element 2") && e.message.contains("number")));
        let e = table(b"[{\"a\": 1,}]").err();
        assert!(e.is_some_and(|e| e.line == 1 && e.message.contains("not valid JSON")));
        // One place, said once: not serde_json's own "at line 1 column 27"
        // (bytes) beside ours (characters) — two different columns.
        let e = table("[{\"отзыв\": \"хорошо\",}]".as_bytes()).err();
        let said = e
            .as_ref()
            .map(|e| (e.message.contains(" at line "), e.column));
        assert_eq!(said, Some((false, 21)), "{e:?}");
        assert!(table(b"{\"a\": 1}").is_err());
    }

    #[test]
    fn minified_rows_are_numbered_by_place() {
        let (_, _, rows) = table(br#"[{"a":1},{"a":2},{"a":3}]"#).unwrap_or_default();
        assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), [1, 2, 3]);
    }
}
