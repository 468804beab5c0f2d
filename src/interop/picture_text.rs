//! A card's picture in text formats: `![alt](path)` before the card's text,
//! as Markdown writes an image, so a CSV cell reads naturally and a
//! Markdown table shows the picture. The path is percent-encoded where
//! Markdown or a table would misread it (spaces, brackets, `|`, `%`, `\`);
//! `]` and `\` in the alt text get a backslash. A card without a picture
//! whose text starts with `![` (after any backslashes) gets one backslash
//! more, which reading takes off, so every card comes back as it was.

use std::borrow::Cow;

use super::text::{br_to_newlines, newlines_to_br};

/// `![alt](path)` for a picture (the alt's line breaks as `<br>`).
pub(super) fn picture_markup(path: &str, alt: Option<&str>) -> String {
    let mut out = String::from("![");
    for c in newlines_to_br(alt.unwrap_or("").trim()).chars() {
        if matches!(c, '\\' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push_str("](");
    out.push_str(&encode_path(path));
    out.push(')');
    out
}

/// `path` with what Markdown or a table would misread percent-encoded.
pub(super) fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if matches!(c, ' ' | '(' | ')' | '<' | '>' | '|' | '%' | '\\') || c.is_control() {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A card's text as a line starts: its picture's markup first when it has
/// one, else the text with one more backslash if it would read as markup.
pub(super) fn with_picture<'t>(
    text: &'t str,
    picture: Option<(&str, Option<&str>)>,
) -> Cow<'t, str> {
    match picture {
        Some((path, alt)) if text.is_empty() => picture_markup(path, alt).into(),
        Some((path, alt)) => format!("{} {text}", picture_markup(path, alt)).into(),
        None if text.trim_start_matches('\\').starts_with("![") => format!("\\{text}").into(),
        None => text.into(),
    }
}

/// A card's picture path and alt text at the start of `line`, and the text
/// after it; or no picture, and the text with the backslash [`with_picture`]
/// added taken off.
pub(super) fn split_picture(line: &str) -> (Option<(String, Option<String>)>, Cow<'_, str>) {
    if let Some((path, alt, rest)) = parse(line) {
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        return (Some((path, alt)), rest.into());
    }
    match line.strip_prefix('\\') {
        Some(rest) if rest.trim_start_matches('\\').starts_with("![") => (None, rest.into()),
        _ => (None, line.into()),
    }
}

fn parse(line: &str) -> Option<(String, Option<String>, &str)> {
    let body = line.strip_prefix("![")?;
    let mut alt = String::new();
    let mut chars = body.char_indices();
    let close = loop {
        let (i, c) = chars.next()?;
        match c {
            '\\' => alt.push(chars.next()?.1),
            ']' => break i,
            c => alt.push(c),
        }
    };
    let rest = body[close + 1..].strip_prefix('(')?;
    let end = rest.find(')')?;
    let path = percent_decode(&rest[..end])?;
    if path.is_empty() {
        return None;
    }
    let alt = br_to_newlines(&alt);
    let alt = (!alt.trim().is_empty()).then_some(alt);
    Some((path, alt, &rest[end + 1..]))
}

fn percent_decode(s: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut it = s.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next()?, it.next()?];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_and_look_alike_texts_come_back_as_they_were() {
        type Picture<'a> = Option<(&'a str, Option<&'a str>)>;
        let cases: [(&str, Picture); 6] = [
            (
                "Arrives",
                Some(("trip.assets/ab.png", Some("A [red] door"))),
            ),
            ("", Some(("C:\\My pics\\50% (1).jpg", None))),
            ("![not](a picture)", None),
            ("\\![still](not)", None),
            ("plain", None),
            ("two\nlines", Some(("a b.png", Some("alt\nwith a break")))),
        ];
        for (text, picture) in cases {
            let line = with_picture(text, picture);
            let (read, rest) = split_picture(&line);
            let read = read.as_ref().map(|(p, a)| (p.as_str(), a.as_deref()));
            assert_eq!((read, rest.as_ref()), (picture, text), "{line}");
        }
        let line = picture_markup("a b|c.png", Some("x"));
        assert_eq!(line, "![x](a%20b%7Cc.png)");
    }
}
