//! Text helpers shared by the importers and exporters: UTF-8 with positions,
//! the encodings spreadsheets come in, `<br>` line breaks, Mermaid entity
//! codes, and fresh ids.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1251, WINDOWS_1257};

use super::Format;
use crate::io::LoadError;

/// Line and column (1-based, in characters) just after `text`.
fn end_of(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.rsplit('\n').next().unwrap_or("").chars().count();
    (line, column)
}

/// The bytes as UTF-8, or an error at the line and column of the first bad byte.
pub(super) fn decode_utf8(bytes: &[u8], format: Format) -> Result<&str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = end_of(valid);
        // Excel's plain "CSV" is the Windows code page; its "CSV UTF-8" is what we read.
        let key = match format.is_spreadsheet() {
            true => "load-utf8-spreadsheet",
            false => "load-utf8-text",
        };
        let byte = format!("{:02X}", bytes[e.valid_up_to()]);
        LoadError::said(line, column, key, vec![("byte", byte)])
    })
}

/// The single-byte code pages Excel writes "CSV" in, in the locales we speak
/// (besides UTF-8): Russian and Latvian.
const CODE_PAGES: [(&Encoding, &[u8]); 2] = [(WINDOWS_1251, b"ru"), (WINDOWS_1257, b"lv")];

/// The text of a spreadsheet file, as Excel and other tools save them: a
/// byte-order mark picks UTF-8, UTF-16 LE or UTF-16 BE; else valid UTF-8 is
/// UTF-8; else `chardetng` guesses the code page, and only Windows-1251 or
/// Windows-1257 whose text reads as Cyrillic or Baltic text is taken. Any
/// other bytes are an error naming what was tried, at the first byte that is
/// not UTF-8: never mojibake.
pub(super) fn decode_spreadsheet(bytes: &[u8]) -> Result<Cow<'_, str>, LoadError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes)
        && encoding != UTF_8
    {
        let (text, malformed) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if malformed {
            let bad = text.find('\u{fffd}').unwrap_or(text.len());
            let (line, column) = end_of(&text[..bad]);
            let name = encoding.name().to_string();
            return Err(LoadError::said(
                line,
                column,
                "load-bom-broken",
                vec![("encoding", name)],
            ));
        }
        return Ok(text);
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Cow::Borrowed(text)),
        // A UTF-8 byte-order mark says what the file is: broken UTF-8.
        Err(_) if bytes.starts_with(b"\xEF\xBB\xBF") => {
            return decode_utf8(bytes, Format::Csv { bom: true }).map(Cow::Borrowed);
        }
        Err(e) => e,
    };
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Allow);
    // Without a hint the detector leans to Western code pages on short
    // text; a Russian or Latvian locale is what we expect, so each code page
    // is also tried with its country as the hint. Either way the text must
    // then read as that script, which is what keeps mojibake out.
    for (encoding, tld) in CODE_PAGES {
        let guessed =
            guess == encoding || detector.guess(Some(tld), Utf8Detection::Allow) == encoding;
        if !guessed {
            continue;
        }
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes)
            && plausible(&text, encoding)
        {
            return Ok(text);
        }
    }
    let valid = std::str::from_utf8(&bytes[..utf8_error.valid_up_to()]).unwrap_or_default();
    let (line, column) = end_of(valid);
    // The message (load-encoding-unknown) names the code pages of
    // CODE_PAGES: keep them in step.
    let args = vec![
        ("byte", format!("{:02X}", bytes[utf8_error.valid_up_to()])),
        ("guess", guess.name().to_string()),
    ];
    Err(LoadError::said(line, column, "load-encoding-unknown", args))
}

/// Whether text decoded as `encoding` reads as text of its script: no
/// control characters but tab and line ends, every non-ASCII character a
/// letter of the script (Russian, Ukrainian and Belarusian Cyrillic; Latvian,
/// Lithuanian and Estonian Latin) or common punctuation, at least one such
/// letter, and no word mixing Latin and Cyrillic letters.
fn plausible(text: &str, encoding: &'static Encoding) -> bool {
    let cyrillic = encoding == WINDOWS_1251;
    let mut letters = 0usize;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let (mut latin, mut cyr) = (false, false);
        for c in word.chars() {
            if c.is_ascii() {
                latin |= c.is_ascii_alphabetic();
            } else if cyrillic && is_cyrillic_letter(c) {
                cyr = true;
                letters += 1;
            } else if !cyrillic && is_baltic_letter(c) {
                latin = true;
                letters += 1;
            } else {
                return false;
            }
        }
        if latin && cyr {
            return false;
        }
    }
    let other_ok = text.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_control() || matches!(c, '\t' | '\n' | '\r')
        } else {
            c.is_alphanumeric() || PUNCTUATION.contains(c)
        }
    });
    other_ok && letters > 0
}

/// Non-ASCII punctuation and symbols a spreadsheet plausibly holds.
const PUNCTUATION: &str = "\u{a0}«»„“”‘’‚–—…•·№€°±×§©®™‰";

fn is_cyrillic_letter(c: char) -> bool {
    matches!(
        c,
        'А'..='я' | 'Ё' | 'ё' | 'І' | 'і' | 'Ї' | 'ї' | 'Є' | 'є' | 'Ґ' | 'ґ' | 'Ў' | 'ў'
    )
}

fn is_baltic_letter(c: char) -> bool {
    "ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽžĄąĘęĖėĮįŲųÕõÄäÖöÜü".contains(c)
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
