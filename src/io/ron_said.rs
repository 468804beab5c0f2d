//! ron's complaints about a map file, said as messages of ours: a key of
//! the translation files and its arguments, so the app tells them in the
//! interface language (ron's own text is English only).

use ron::Error;

/// A message and its arguments, for `LoadError::said`.
pub type Said = (&'static str, Vec<(&'static str, String)>);

/// `code` as a message of ours; `None` for the rare ones, left in ron's
/// words. `depth` is the nesting limit the parse ran with.
pub fn said(code: &Error, depth: usize) -> Option<Said> {
    let plain = |key: &'static str| Some((key, Vec::new()));
    match code {
        Error::Eof => plain("load-ron-eof"),
        Error::ExpectedStructLikeEnd => plain("load-ron-structure-end"),
        Error::ExpectedArrayEnd => plain("load-ron-list-end"),
        Error::ExceededRecursionLimit => {
            Some(("load-ron-too-deep", vec![("depth", depth.to_string())]))
        }
        Error::ExpectedComma => plain("load-ron-expected-comma"),
        Error::ExpectedString => plain("load-ron-expected-string"),
        Error::ExpectedStringEnd => plain("load-ron-string-end"),
        Error::ExpectedInteger => plain("load-ron-expected-integer"),
        Error::ExpectedFloat => plain("load-ron-expected-number"),
        Error::ExpectedBoolean => plain("load-ron-expected-boolean"),
        Error::ExpectedOption => plain("load-ron-expected-option"),
        Error::ExpectedArray => plain("load-ron-expected-list"),
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
            plain("load-ron-expected-structure")
        }
        Error::IntegerOutOfBounds => plain("load-ron-number-too-large"),
        Error::TrailingCharacters => plain("load-ron-trailing"),
        Error::UnexpectedChar(c) => {
            Some(("load-ron-unexpected-char", vec![("char", c.to_string())]))
        }
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => Some(in_outer(
            ("load-ron-unknown-value", "load-ron-unknown-value-in"),
            vec![("found", found.clone()), ("expected", names(expected))],
            outer,
        )),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => Some(in_outer(
            ("load-ron-unknown-field", "load-ron-unknown-field-in"),
            vec![("found", found.clone()), ("expected", names(expected))],
            outer,
        )),
        Error::MissingStructField { field, outer } => Some(in_outer(
            ("load-ron-missing-field", "load-ron-missing-field-in"),
            vec![("field", field.to_string())],
            outer,
        )),
        Error::DuplicateStructField { field, outer } => Some(in_outer(
            ("load-ron-duplicate-field", "load-ron-duplicate-field-in"),
            vec![("field", field.to_string())],
            outer,
        )),
        _ => None,
    }
}

/// The message naming the structure or enum it is about (`outer`), or the
/// one for the map itself when ron names none or the map.
fn in_outer(
    (top, inside): (&'static str, &'static str),
    mut args: Vec<(&'static str, String)>,
    outer: &Option<String>,
) -> Said {
    match outer.as_deref() {
        None | Some("JourneyMap") => (top, args),
        Some(outer) => {
            args.push(("outer", outer.to_string()));
            (inside, args)
        }
    }
}

/// "`Actions`, `Thoughts`, …" (a file holds these words as they are).
fn names(list: &[&str]) -> String {
    let quoted: Vec<String> = list.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

#[cfg(test)]
mod tests {
    use crate::io::parse_map;

    fn error_of(text: &str) -> crate::io::LoadError {
        parse_map(text.as_bytes()).map(|_| ()).unwrap_err()
    }

    #[test]
    fn an_unknown_lane_kind_names_the_kinds_there_are() {
        let e = error_of(
            "(version: 1, title: \"T\", stages: [], lanes: [(id: 1, kind: Dreams, title: \"x\")])",
        );
        assert_eq!(e.key, "load-ron-unknown-value-in", "{e}");
        assert!(
            e.message
                .starts_with("unknown value `Dreams` for `LaneKind`"),
            "{e}"
        );
        assert!(e.message.contains("`Actions`"), "{e}");
        let ru = crate::i18n::text::load_error(crate::model::Lang::Ru, &e);
        assert!(ru.starts_with("<input>:1:"), "{ru}");
        assert!(ru.contains("неизвестное значение `Dreams`"), "{ru}");
    }

    #[test]
    fn a_missing_field_is_named_with_its_structure() {
        let e = error_of("(version: 1, title: \"T\", stages: [(id: 1)], lanes: [])");
        assert_eq!(e.key, "load-ron-missing-field-in", "{e}");
        assert!(
            e.message.contains("`name`") && e.message.contains("`Stage`"),
            "{e}"
        );
        let lv = crate::i18n::text::load_error(crate::model::Lang::Lv, &e);
        assert!(lv.contains("`name`"), "{lv}");
        assert_ne!(lv, e.to_string(), "said in Latvian");
    }
}
