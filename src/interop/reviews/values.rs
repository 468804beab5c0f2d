//! Cell values as review exports write them: ratings ("4", "4,5", "4/5",
//! "8 из 10", "★★★★☆", "4 stars") with the scale they imply, and dates
//! (ISO, `05.03.2025`, `5/3/2025`, "5 марта 2025", "2025. gada 5. marts",
//! Unix timestamps) as YYYY-MM-DD.

use crate::model::RatingScale;

/// A rating as one cell gives it: the value and, when the cell says what it
/// is out of ("4/5", "8 из 10", "★★★★☆"), the scale that names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct CellRating {
    pub value: f64,
    pub out_of: Option<RatingScale>,
}

/// Filled and empty star characters review sites copy into exports.
const FILLED_STARS: [char; 3] = ['★', '⭐', '✭'];
const EMPTY_STARS: [char; 2] = ['☆', '✩'];

/// Words that may follow the number: "4 stars", "4 звезды", "8 баллов".
const UNITS: [&str; 15] = [
    "stars",
    "star",
    "points",
    "pts",
    "звезды",
    "звезда",
    "звезд",
    "звёзды",
    "звёзд",
    "баллов",
    "балла",
    "балл",
    "zvaigznes",
    "zvaigžņu",
    "punkti",
];

/// "of N" in the languages we read: "4/5", "8 из 10", "8 no 10", "4 out of 5".
const OUT_OF: [&str; 5] = ["/", "out of", "of", "из", "no"];

/// The rating a non-empty cell holds, or `None` when it is not one we read.
/// Values beyond 10, below 0, and denominators other than 5 and 10 are not
/// read: no export we know writes them, and guessing would mislead.
pub(super) fn parse_rating(cell: &str) -> Option<CellRating> {
    // A byte-order mark or a zero-width space pasted with the number is not
    // part of it.
    let cell =
        cell.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'));
    if cell
        .chars()
        .any(|c| FILLED_STARS.contains(&c) || EMPTY_STARS.contains(&c))
    {
        return stars(cell);
    }
    let (value, rest) = leading_number(cell)?;
    let rest = strip_unit(rest.trim_start());
    if rest.is_empty() {
        return (0.0..=10.0).contains(&value).then_some(CellRating {
            value,
            out_of: None,
        });
    }
    let lower = rest.to_lowercase();
    let after = OUT_OF.iter().find_map(|w| {
        lower
            .strip_prefix(w)
            .filter(|r| *w == "/" || r.starts_with(' '))
    })?;
    let (max, tail) = leading_number(after.trim_start())?;
    if !strip_unit(tail.trim_start()).is_empty() {
        return None;
    }
    let scale = if max == 5.0 {
        RatingScale::OneToFive
    } else if max == 10.0 && value < 1.0 {
        RatingScale::ZeroToTen
    } else if max == 10.0 {
        RatingScale::OneToTen
    } else {
        return None;
    };
    (value >= scale.min() && value <= scale.max()).then_some(CellRating {
        value,
        out_of: Some(scale),
    })
}

/// "★★★★☆": the filled stars; out of the stars shown when empty ones say so.
fn stars(cell: &str) -> Option<CellRating> {
    let (mut filled, mut empty) = (0u32, 0u32);
    for c in cell.chars() {
        if FILLED_STARS.contains(&c) {
            filled += 1;
        } else if EMPTY_STARS.contains(&c) {
            empty += 1;
        } else if !c.is_whitespace() && c != '\u{fe0f}' {
            return None; // the emoji star may carry a variation selector
        }
    }
    let out_of = match (empty, filled + empty) {
        (0, _) => None,
        (_, 5) => Some(RatingScale::OneToFive),
        (_, 10) => Some(RatingScale::OneToTen),
        _ => return None,
    };
    (1..=10).contains(&filled).then_some(CellRating {
        value: f64::from(filled),
        out_of,
    })
}

/// A number at the start of `text` ("4", "4.5", "4,5": ratings have no
/// thousands) and the text after it.
fn leading_number(text: &str) -> Option<(f64, &str)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let whole = digits(text);
    if whole == 0 {
        return None;
    }
    let mut end = whole;
    if let Some(b'.' | b',') = text.as_bytes().get(end) {
        let fraction = digits(&text[end + 1..]);
        if fraction > 0 {
            end += 1 + fraction;
        }
    }
    let value = text[..end].replace(',', ".").parse().ok()?;
    Some((value, &text[end..]))
}

/// `text` without a leading unit word ("stars", "звезды"), trimmed.
fn strip_unit(text: &str) -> &str {
    let lower = text.to_lowercase();
    for unit in UNITS {
        // Compared in lowercase, cut in the original: same length for these words.
        if lower.starts_with(unit) && lower.len() == text.len() {
            let rest = &text[unit.len()..];
            if rest.chars().next().is_none_or(|c| !c.is_alphabetic()) {
                return rest.trim_start();
            }
        }
    }
    text
}

/// The scale of a column's ratings that do not say theirs: 1–5 when every
/// value is within 1…5; else 0–10 when any is below 1 (NPS surveys ask
/// 0…10) or the column is named as NPS; else 1–10. `values` are those
/// [`parse_rating`] read, so within 0…10.
pub(super) fn column_scale(values: &[f64], nps: bool) -> RatingScale {
    if nps || values.iter().any(|&v| v < 1.0) {
        RatingScale::ZeroToTen
    } else if values.iter().all(|&v| v <= 5.0) {
        RatingScale::OneToFive
    } else {
        RatingScale::OneToTen
    }
}

/// The date a cell holds as YYYY-MM-DD, or `None` when it is not one we
/// read (the caller keeps the text). Read: ISO (`2025-03-05`, with a time
/// after `T` or a space), `2025/03/05`, `05.03.2025` and `05-03-2025`
/// (day first), slash dates, month names in English, Russian and Latvian
/// ("5 марта 2025 г.", "2025. gada 5. marts", "March 5, 2025"), and Unix
/// timestamps in seconds or milliseconds (JSON exports).
///
/// Slash dates are ambiguous: `a/b/yyyy` is day/month when `a` > 12,
/// month/day when `b` > 12, and otherwise day/month, as Europe writes them
/// (Russian and Latvian exports are the ones we expect).
pub(super) fn parse_date(cell: &str) -> Option<String> {
    let cell = cell.trim();
    if cell.len() >= 10 && cell.bytes().all(|b| b.is_ascii_digit()) {
        return timestamp(cell);
    }
    numeric_date(cell).or_else(|| named_month_date(cell))
}

/// `2025-03-05…`, `05.03.2025`, `5/3/2025` and the like, with an optional time.
fn numeric_date(cell: &str) -> Option<String> {
    let split = cell.find([' ', 'T']).unwrap_or(cell.len());
    let (date, rest) = cell.split_at(split);
    let rest = rest.strip_prefix('T').unwrap_or(rest);
    if !rest.split_whitespace().all(is_time_or_filler) {
        return None;
    }
    let date = date.strip_suffix('.').unwrap_or(date);
    let separator = date.chars().find(|c| matches!(c, '-' | '.' | '/'))?;
    let parts: Vec<&str> = date.split(separator).collect();
    let [a, b, c] = parts[..] else { return None };
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (na, nb, nc) = (number(a)?, number(b)?, number(c)?);
    if a.len() == 4 {
        return ymd(na, nb, nc);
    }
    if c.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    match separator {
        '/' if nb > 12 => ymd(nc, na, nb),
        _ => ymd(nc, nb, na),
    }
}

/// A time ("12:00", "12:00:00.000Z", "+03:00") or a word that may follow a
/// date ("г.", "UTC").
fn is_time_or_filler(token: &str) -> bool {
    let time = token.contains(':')
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z'));
    time || FILLER_WORDS.contains(&token.to_lowercase().trim_end_matches('.'))
}

/// Words around a date that say nothing more: "г." and "года" (Russian
/// "year"), "gada" (Latvian), time zones, AM/PM.
const FILLER_WORDS: [&str; 8] = ["г", "года", "gada", "g", "utc", "gmt", "am", "pm"];

/// Month names by the start of the word, in English, Russian and Latvian
/// (any case, any grammatical case: "марта", "maijā").
const MONTHS: [&[&str]; 12] = [
    &["jan", "янв"],
    &["feb", "фев"],
    &["mar", "мар"],
    &["apr", "апр"],
    &["may", "mai", "мая", "май"],
    &["jun", "jūn", "июн"],
    &["jul", "jūl", "июл"],
    &["aug", "авг"],
    &["sep", "сен"],
    &["oct", "okt", "окт"],
    &["nov", "ноя"],
    &["dec", "дек"],
];

/// "5 марта 2025", "2025. gada 5. marts", "March 5, 2025": a month name,
/// a day and a four-digit year in any order, with fillers and a time.
fn named_month_date(cell: &str) -> Option<String> {
    let (mut day, mut month, mut year) = (None, None, None);
    for token in cell.split(|c: char| c.is_whitespace() || c == ',') {
        let token = token.trim_end_matches('.');
        if token.is_empty() || is_time_or_filler(token) {
            continue;
        }
        if token.bytes().all(|b| b.is_ascii_digit()) {
            let slot = match token.len() {
                1 | 2 => &mut day,
                4 => &mut year,
                _ => return None,
            };
            if slot.replace(token.parse::<u32>().ok()?).is_some() {
                return None;
            }
        } else {
            let word = token.to_lowercase();
            let found = (word.chars().count() >= 3 && word.chars().all(char::is_alphabetic))
                .then(|| {
                    MONTHS
                        .iter()
                        .position(|stems| stems.iter().any(|s| word.starts_with(s)))
                })
                .flatten()?;
            if month.replace(found as u32 + 1).is_some() {
                return None;
            }
        }
    }
    ymd(year?, month?, day?)
}

/// A Unix timestamp in seconds (10 digits) or milliseconds (13) as its UTC date.
fn timestamp(digits: &str) -> Option<String> {
    let n: i64 = digits.parse().ok()?;
    let seconds = match digits.len() {
        10 => n,
        13 => n / 1000,
        _ => return None,
    };
    Some(crate::date::date_from_days(seconds.div_euclid(86_400)))
}

/// YYYY-MM-DD when the day exists.
pub(super) fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1000..=9999).contains(&year) && (1..=days).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use RatingScale::*;

    fn rating(cell: &str) -> Option<(f64, Option<RatingScale>)> {
        parse_rating(cell).map(|r| (r.value, r.out_of))
    }

    #[test]
    fn a_byte_order_mark_around_a_rating_is_not_part_of_it() {
        assert_eq!(parse_rating("\u{feff}4").map(|r| r.value), Some(4.0));
        assert_eq!(parse_rating("5\u{200b}").map(|r| r.value), Some(5.0));
        assert!(parse_rating("1e308").is_none());
    }

    #[test]
    fn ratings_as_exports_write_them() {
        assert_eq!(rating("4"), Some((4.0, None)));
        assert_eq!(rating(" 4,5 "), Some((4.5, None)));
        assert_eq!(rating("4.5"), Some((4.5, None)));
        assert_eq!(rating("0"), Some((0.0, None)));
        assert_eq!(rating("4/5"), Some((4.0, Some(OneToFive))));
        assert_eq!(rating("4.5 / 5"), Some((4.5, Some(OneToFive))));
        assert_eq!(rating("8 из 10"), Some((8.0, Some(OneToTen))));
        assert_eq!(rating("8 no 10"), Some((8.0, Some(OneToTen))));
        assert_eq!(rating("7 out of 10"), Some((7.0, Some(OneToTen))));
        assert_eq!(rating("0/10"), Some((0.0, Some(ZeroToTen))));
        assert_eq!(rating("★★★★☆"), Some((4.0, Some(OneToFive))));
        assert_eq!(rating("★★★"), Some((3.0, None)));
        assert_eq!(rating("⭐️⭐️⭐️⭐️⭐️"), Some((5.0, None)));
        assert_eq!(rating("4 stars"), Some((4.0, None)));
        assert_eq!(rating("4 звезды"), Some((4.0, None)));
        assert_eq!(rating("5 Zvaigznes"), Some((5.0, None)));
        assert_eq!(rating("4 звезды из 5"), Some((4.0, Some(OneToFive))));
    }

    #[test]
    fn ratings_we_do_not_guess() {
        for cell in [
            "отлично",
            "11",
            "-1",
            "6/5",
            "3/4",
            "70/100",
            "4 of",
            "4 apples",
            "★★★x",
            "☆☆☆☆☆",
            "4 stars!",
            "4of5",
            "",
        ] {
            assert_eq!(rating(cell), None, "{cell:?}");
        }
    }

    #[test]
    fn scales_from_the_values_of_a_column() {
        assert_eq!(column_scale(&[1.0, 5.0, 4.5], false), OneToFive);
        assert_eq!(column_scale(&[], false), OneToFive);
        assert_eq!(column_scale(&[1.0, 7.0, 10.0], false), OneToTen);
        assert_eq!(column_scale(&[0.0, 7.0, 3.0], false), ZeroToTen);
        assert_eq!(column_scale(&[0.0, 2.0], false), ZeroToTen);
        assert_eq!(column_scale(&[8.0, 9.0], true), ZeroToTen);
    }

    #[test]
    fn dates_become_iso() {
        let date = |s: &str| parse_date(s);
        assert_eq!(date("2025-03-05").as_deref(), Some("2025-03-05"));
        assert_eq!(date("2025-03-05T12:00:00Z").as_deref(), Some("2025-03-05"));
        assert_eq!(date("2025-03-05 12:00").as_deref(), Some("2025-03-05"));
        assert_eq!(date("2025-3-5").as_deref(), Some("2025-03-05"));
        assert_eq!(date("2025/03/05").as_deref(), Some("2025-03-05"));
        assert_eq!(date("05.03.2025").as_deref(), Some("2025-03-05"));
        assert_eq!(date("5.3.2025 14:30").as_deref(), Some("2025-03-05"));
        assert_eq!(date("05.03.2025 г.").as_deref(), Some("2025-03-05"));
        assert_eq!(date("05-03-2025").as_deref(), Some("2025-03-05"));
        // Slash dates: day first unless that cannot be.
        assert_eq!(date("25/3/2025").as_deref(), Some("2025-03-25"));
        assert_eq!(date("3/25/2025").as_deref(), Some("2025-03-25"));
        assert_eq!(date("5/3/2025").as_deref(), Some("2025-03-05"));
        assert_eq!(date("5 марта 2025").as_deref(), Some("2025-03-05"));
        assert_eq!(date("5 мая 2025 г.").as_deref(), Some("2025-05-05"));
        assert_eq!(date("2025. gada 5. marts").as_deref(), Some("2025-03-05"));
        assert_eq!(date("12. jūnijs 2025").as_deref(), Some("2025-06-12"));
        assert_eq!(date("March 5, 2025").as_deref(), Some("2025-03-05"));
        assert_eq!(date("1735689600").as_deref(), Some("2025-01-01"));
        assert_eq!(date("1735689600000").as_deref(), Some("2025-01-01"));
    }

    #[test]
    fn dates_we_keep_as_written() {
        for cell in [
            "вчера",
            "05.03.25",
            "31.02.2025",
            "2025-13-01",
            "5 марта",
            "пятница 5 марта 2025",
            "5 марта 2025 и 6",
            "2025-03-05 потом",
            "",
            "12345",
        ] {
            assert_eq!(parse_date(cell), None, "{cell:?}");
        }
    }
}
