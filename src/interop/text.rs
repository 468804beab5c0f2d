//! Text helpers shared by the importers and exporters: UTF-8 with positions,
//! `<br>` line breaks, Mermaid entity codes, and fresh ids.

use super::Format;
use crate::io::LoadError;

/// The bytes as UTF-8, or an error at the line and column of the first bad byte.
pub(super) fn decode_utf8(bytes: &[u8], format: Format) -> Result<&str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let line = 1 + valid.matches('\n').count();
        let column = 1 + valid.rsplit('\n').next().unwrap_or("").chars().count();
        // Excel's plain "CSV" is the Windows code page; its "CSV UTF-8" is what we read.
        let hint = match format {
            Format::Csv { .. } => "; save the spreadsheet as \"CSV UTF-8\"",
            _ => "; save the file as UTF-8",
        };
        LoadError::at(
            line,
            column,
            format!(
                "invalid UTF-8 (byte 0x{:02X}){hint}",
                bytes[e.valid_up_to()]
            ),
        )
    })
}

/// Length in bytes of an HTML line break (`<br>`, `<br/>`, `<br />`, `</br>`,
/// any case) at the start of `s`, if there is one. Mermaid draws each of
/// these as a new line.
fn br_at(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('<')?;
    let skip_ws = |t: &str| t.trim_start_matches([' ', '\t']).len();
    let mut t = &rest[rest.len() - skip_ws(rest)..];
    t = t.strip_prefix('/').unwrap_or(t);
    t = &t[t.len() - skip_ws(t)..];
    if !t.get(..2)?.eq_ignore_ascii_case("br") {
        return None;
    }
    t = &t[2..];
    t = &t[t.len() - skip_ws(t)..];
    t = t.strip_prefix('/').unwrap_or(t);
    t = &t[t.len() - skip_ws(t)..];
    t = t.strip_prefix('>')?;
    Some(s.len() - t.len())
}

/// Whether `s` holds something an importer would read as a line break.
pub(super) fn has_br(s: &str) -> bool {
    s.char_indices()
        .any(|(i, c)| c == '<' && br_at(&s[i..]).is_some())
}

/// `<br>` (and its variants) to `\n`.
pub(super) fn br_to_newlines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if let Some(len) = br_at(&s[i..]) {
            out.push('\n');
            i += len;
        } else {
            let c = s[i..].chars().next().expect("i is on a char boundary");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `\n` (and `\r\n`) to `<br>`.
pub(super) fn newlines_to_br(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\n', "<br>")
}

/// Length in bytes of a Mermaid entity code (`#35;`, `#quot;`) at the start
/// of `s`. Mermaid swaps these out before it parses (`#\w+;`), so they are
/// never comments and never end a name: the one way to write `:`, `#` or `;`
/// in a name.
pub(super) fn entity_at(s: &str) -> Option<usize> {
    let body = s.strip_prefix('#')?;
    let len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(body.len());
    (len > 0 && body[len..].starts_with(';')).then_some(len + 2)
}

/// The character an entity code stands for; `None` for names we do not know,
/// which are then kept as written.
fn entity_char(code: &str) -> Option<char> {
    if let Some(digits) = code.strip_prefix('+').or(Some(code))
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        return digits.parse::<u32>().ok().and_then(char::from_u32);
    }
    Some(match code {
        "quot" => '"',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "colon" => ':',
        "semi" => ';',
        "num" => '#',
        "comma" => ',',
        _ => return None,
    })
}

/// Decode Mermaid entity codes (`#58;` → `:`).
pub(super) fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if let Some(len) = entity_at(&s[i..])
            && let Some(c) = entity_char(&s[i + 1..i + len - 1])
        {
            out.push(c);
            i += len;
            continue;
        }
        let c = s[i..].chars().next().expect("i is on a char boundary");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Mermaid text as the user meant it: `<br>` is a new line, then entity codes
/// decoded (in that order, so `#60;br#62;` stays a literal `<br>`).
pub(super) fn decode_mermaid(s: &str) -> String {
    decode_entities(&br_to_newlines(s))
}

/// Hands out ids from one counter: every stage, lane, card and persona of an
/// imported map gets a distinct one, as the model requires.
pub(super) struct Ids(u64);

impl Ids {
    pub(super) fn new() -> Self {
        Ids(0)
    }

    pub(super) fn next(&mut self) -> u64 {
        self.0 += 1;
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_in_every_spelling() {
        assert_eq!(
            br_to_newlines("a<br>b<br/>c</br />d<BR\t/>e< br >f"),
            "a\nb\nc\nd\ne\nf"
        );
        assert_eq!(br_to_newlines("a <b> c <brr> <br"), "a <b> c <brr> <br");
        assert!(has_br("x<Br/>y") && !has_br("x < y"));
    }

    #[test]
    fn entities_decode_and_unknown_ones_stay() {
        assert_eq!(
            decode_entities("a#58; b#35;c#59; #quot;q#quot; #nope; #"),
            "a: b#c; \"q\" #nope; #"
        );
        assert_eq!(entity_at("#35;x"), Some(4));
        assert_eq!(entity_at("# 35;"), None);
        assert_eq!(decode_mermaid("#60;br#62;<br>"), "<br>\n");
    }
}
