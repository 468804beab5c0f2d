//! The `.ron` file format: pretty, deterministic, versioned.

use std::path::Path;

use serde::Deserialize;

use super::{LoadError, SaveError, write_atomically};
use crate::model::{FORMAT_VERSION, JourneyMap, Problem};

/// Files above this size are refused before parsing: no real map comes close
/// (5,000 cards is about 1.5 MB) and it bounds memory on hostile input.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A map read from text, with the repairs made while loading.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub map: JourneyMap,
    /// What was wrong with the file and how it was fixed; empty for a sound file.
    pub warnings: Vec<Problem>,
}

/// Serialise a map to the canonical text: the same map always gives the same
/// bytes, with four-space indents, no struct names and a final newline.
pub fn to_ron_string(map: &JourneyMap) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false);
    let mut text = ron::ser::to_string_pretty(map, config).expect(
        "a JourneyMap always serialises: it holds no maps with non-string keys it cannot write",
    );
    text.push('\n');
    text
}

/// Parse a map from the bytes of a file. Errors carry line and column (no
/// path; [`load_file`] adds it).
pub fn parse_map(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let text = decode_utf8(bytes)?;
    // A BOM (Windows editors add one) is not RON; skipping it keeps columns
    // as the user sees them.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::said(1, 1, "load-map-empty", Vec::new()));
    }
    check_version(text)?;
    let mut map: JourneyMap = ron_options()
        .from_str(text)
        .map_err(|e| describe_ron_error(text, e))?;
    if map.version > FORMAT_VERSION {
        // The probe above normally catches this; never load a newer file.
        return Err(newer(1, 1, map.version));
    }
    migrate(&mut map);
    // A stage made for orphaned cards is named in the map's language.
    let unassigned = crate::i18n::tr_in(map.lang(), "unassigned-stage");
    let warnings = map.repair_naming(&unassigned);
    Ok(Loaded { map, warnings })
}

/// Read and parse a map file.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = super::read_bounded(path, MAX_FILE_BYTES, super::ReadAs::Map)
        .map_err(|e| e.in_file(path))?;
    parse_map(&bytes).map_err(|e| e.in_file(path))
}

/// Save a map atomically: on any failure the previous file stays whole. A
/// map whose file would be over [`MAX_FILE_BYTES`] is not written (the
/// loader would refuse it): the error names its size and the limit.
pub fn save_file(path: &Path, map: &JourneyMap) -> Result<(), SaveError> {
    let text = to_ron_string(map);
    let fail = |source| SaveError {
        path: path.to_path_buf(),
        source,
    };
    if let Some(message) = too_large(text.len()) {
        return Err(fail(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("{message}; shorten the longest texts or split the map"),
        )));
    }
    write_atomically(path, text.as_bytes()).map_err(fail)
}

/// "the map would be N MB, more than the 64 MB journeymap opens" when a
/// file of `len` bytes is over [`MAX_FILE_BYTES`].
fn too_large(len: usize) -> Option<String> {
    let len = len as u64;
    (len > MAX_FILE_BYTES).then(|| {
        format!(
            "the map would be {} MB, more than the {} MB journeymap opens",
            len.div_ceil(1 << 20),
            MAX_FILE_BYTES >> 20
        )
    })
}

/// How deep brackets may nest (ron's default): deeper garbage is an error,
/// not a stack overflow.
const RECURSION_LIMIT: usize = 128;

/// Save a new map written by a command (`new`, `new --sample`, `import`)
/// only if the loader will read it back: a map whose file would be over
/// [`MAX_FILE_BYTES`] is refused before anything is written, with its size
/// and the limit (`hint` says what to do instead).
pub fn save_new_file(path: &Path, map: &JourneyMap, hint: &str) -> Result<(), String> {
    let text = to_ron_string(map);
    if let Some(message) = too_large(text.len()) {
        return Err(format!(
            "{}: not written: {message}; {hint}",
            path.display()
        ));
    }
    write_atomically(path, text.as_bytes()).map_err(|source| {
        SaveError {
            path: path.to_path_buf(),
            source,
        }
        .to_string()
    })
}

fn ron_options() -> ron::Options {
    // The default recursion limit (128) turns deeply nested garbage into an
    // error instead of a stack overflow.
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

fn decode_utf8(bytes: &[u8]) -> Result<&str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = end_position(valid);
        let byte = format!("{:02X}", bytes[e.valid_up_to()]);
        LoadError::said(line, column, "load-map-utf8", vec![("byte", byte)])
    })
}

/// 1-based line and column just after `text`.
fn end_position(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.rsplit('\n').next().unwrap_or("").chars().count();
    (line, column)
}

/// Refuse files from a newer journeymap before the full parse, whose errors
/// (an unknown lane kind, say) would hide the real reason.
fn check_version(text: &str) -> Result<(), LoadError> {
    #[derive(Deserialize)]
    struct Probe {
        version: Option<u32>,
    }
    // IMPLICIT_SOME lets `version: 9` fill the Option; absent means None.
    let probe_options =
        ron_options().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let Ok(probe) = probe_options.from_str::<Probe>(text) else {
        return Ok(()); // the full parse reports the syntax error
    };
    let (line, column) = field_position(text, "version");
    match probe.version {
        Some(v) if v > FORMAT_VERSION => Err(newer(line, column, v)),
        Some(0) => Err(LoadError::said(
            line,
            column,
            "load-map-version-zero",
            Vec::new(),
        )),
        Some(_) => Ok(()),
        None => Err(LoadError::said(
            1,
            1,
            "load-map-no-version",
            vec![("version", FORMAT_VERSION.to_string())],
        )),
    }
}

/// "saved by a newer journeymap" (file format version `v`), at a position.
fn newer(line: usize, column: usize, v: u32) -> LoadError {
    let args = vec![
        ("version", v.to_string()),
        ("supported", FORMAT_VERSION.to_string()),
    ];
    LoadError::said(line, column, "load-map-newer", args)
}

fn field_position(text: &str, field: &str) -> (usize, usize) {
    match text.find(field) {
        Some(offset) => {
            let (line, column) = end_position(&text[..offset]);
            (line, column)
        }
        None => (1, 1),
    }
}

/// Bring an older file up to [`FORMAT_VERSION`]. Version 1 is the first
/// format, so there is nothing to convert yet; each future version adds a step.
fn migrate(map: &mut JourneyMap) {
    map.version = FORMAT_VERSION;
}

fn describe_ron_error(text: &str, e: ron::error::SpannedError) -> LoadError {
    let (line, col) = (e.span.start.line, e.span.start.col);
    let offset = byte_offset(text, line, col);
    let rest = &text[offset.min(text.len())..];
    if rest.trim().is_empty() {
        // ron reports what it wanted next; at the end of the file the real
        // problem is an unclosed bracket.
        let (line, column) = end_position(text.trim_end());
        let detail = e.code.to_string().trim_end_matches('.').to_string();
        return LoadError::said(
            line,
            column,
            "load-map-ends-early",
            vec![("detail", detail)],
        );
    }
    // Point at the offending token rather than the whitespace before it.
    let skipped = rest.len() - rest.trim_start().len();
    let (line, column) = end_position(&text[..offset + skipped]);
    match super::ron_said::said(&e.code, RECURSION_LIMIT) {
        Some((key, args)) => LoadError::said(line, column, key, args),
        None => {
            let message = e.code.to_string().replace("`JourneyMap`", "the map");
            LoadError::at(line, column, message)
        }
    }
}

/// Byte offset of a 1-based line and column (in chars) in `text`.
fn byte_offset(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_position_counts_lines_and_chars() {
        assert_eq!(end_position(""), (1, 1));
        assert_eq!(end_position("ab\nюж"), (2, 3));
    }
}
