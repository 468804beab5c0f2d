//! Column names review exports use, in English, Russian and Latvian, and how
//! a header is matched against them: whole names first ("Отзыв"), then names
//! inside longer headers ("Текст отзыва клиента", "Review stars").

use super::Role;

/// The language of a known name: it decides word endings and where the
/// telling word of a longer header stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    En,
    Ru,
    Lv,
}

use Lang::{En, Lv, Ru};

/// Known header names per role. Matched after [`normalize`], so case, `_`,
/// camelCase and "ё" do not matter.
#[rustfmt::skip]
const NAMES: &[(Role, Lang, &[&str])] = &[
    (Role::Text, En, &[
        "text", "review", "review text", "reviews", "comment", "comments", "content", "body",
        "feedback", "message", "review body",
    ]),
    (Role::Text, Ru, &["отзыв", "текст", "текст отзыва", "комментарий", "содержание", "сообщение"]),
    (Role::Text, Lv, &["atsauksme", "teksts", "komentārs", "atsauksmes teksts"]),
    (Role::Rating, En, &[
        "rating", "score", "stars", "star rating", "grade", "nps", "rate", "rating value",
    ]),
    (Role::Rating, Ru, &["оценка", "рейтинг", "звезды", "балл", "баллы"]),
    (Role::Rating, Lv, &["vērtējums", "zvaigznes", "atzīme", "reitings"]),
    (Role::Date, En, &[
        "date", "at", "created", "created at", "time", "published", "published at",
        "review date", "date created", "timestamp", "submitted", "updated",
    ]),
    (Role::Date, Ru, &["дата", "дата отзыва", "время", "дата публикации"]),
    (Role::Date, Lv, &["datums", "laiks"]),
    (Role::Source, En, &["source", "platform", "site", "store", "channel"]),
    (Role::Source, Ru, &["источник", "площадка", "сайт", "платформа", "канал"]),
    (Role::Source, Lv, &["avots", "platforma", "vietne", "kanāls"]),
    (Role::Author, En, &[
        "author", "name", "user", "username", "user name", "reviewer", "reviewer name",
        "customer", "client", "nickname",
    ]),
    (Role::Author, Ru, &["автор", "имя", "пользователь", "клиент", "покупатель"]),
    (Role::Author, Lv, &["autors", "vārds", "lietotājs", "klients", "pircējs"]),
    (Role::Link, En, &["link", "url", "href", "permalink"]),
    (Role::Link, Ru, &["ссылка"]),
    (Role::Link, Lv, &["saite"]),
];

/// Words that make a longer header something else than its known word:
/// "Review ID", "Reply content", "Review title", "Ответ компании",
/// "Product name". Such a header takes a role only when it is a known name
/// as a whole.
#[rustfmt::skip]
const NOT_A_ROLE: [&str; 22] = [
    "id", "uuid", "title", "language", "count", "version", "image", "avatar", "photo", "reply",
    "replied", "response", "company", "business", "product", "webshop",
    "заголовок", "язык", "ответ", "фото",
    "virsraksts", "atbilde",
];

/// English words after which a header names something else: "Source of
/// review" is a source.
const PREPOSITIONS: [&str; 5] = ["of", "for", "from", "on", "by"];

/// Whether the header holds a word that says it is not a role's column
/// ("Review ID", "№", "Номер"), for guesses from the cells.
pub(super) fn not_a_role(header: &str) -> bool {
    header.contains(['№', '#'])
        || normalize(header)
            .split_whitespace()
            .any(|w| NOT_A_ROLE.contains(&w) || ["no", "nr", "number", "номер"].contains(&w))
}

/// How well a header names a role; a greater key is a better match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Fit {
    /// 2: the header is a known name; 1: it holds one.
    level: u8,
    /// How near the known name stands to where the language puts the word
    /// that tells (last in English and Latvian, first in Russian), negated.
    nearness: i32,
    /// The known name's length in characters: longer names are more telling.
    chars: usize,
}

impl Fit {
    pub(super) fn is_whole_name(self) -> bool {
        self.level == 2
    }
}

/// The header lowercased, split into words: camelCase, `_`, `-`, `.` and
/// other punctuation separate words; "ё" is read as "е".
pub(super) fn normalize(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    let mut previous_lower = false;
    for c in header.trim().chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && previous_lower {
                out.push(' ');
            }
            previous_lower = c.is_lowercase();
            out.extend(c.to_lowercase().map(|c| if c == 'ё' { 'е' } else { c }));
        } else {
            previous_lower = false;
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The role a header names, and how well.
pub(super) fn role_of(header: &str) -> Option<(Role, Fit)> {
    let header = normalize(header);
    let words: Vec<&str> = header.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let inside_allowed = !words.iter().any(|w| NOT_A_ROLE.contains(w));
    let mut best: Option<(Role, Fit)> = None;
    for &(role, lang, names) in NAMES {
        for name in names {
            let name = normalize(name);
            let fit = if name == header {
                // Two whole names for one role are equally good: ask.
                Some(Fit {
                    level: 2,
                    nearness: 0,
                    chars: 0,
                })
            } else if inside_allowed {
                inside(&words, &name, lang)
            } else {
                None
            };
            if let Some(fit) = fit
                && best.is_none_or(|(_, b)| fit > b)
            {
                best = Some((role, fit));
            }
        }
    }
    best
}

/// Where the known name's words stand in a longer header, as a [`Fit`].
fn inside(words: &[&str], name: &str, lang: Lang) -> Option<Fit> {
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let n = name_words.len();
    if n == 0 || n > words.len() {
        return None;
    }
    (0..=words.len() - n)
        .filter(|&start| {
            name_words
                .iter()
                .zip(&words[start..start + n])
                .all(|(known, word)| same_word(word, known, lang))
        })
        .map(|start| {
            // English puts the telling word last, before any "of …".
            let head_end = match lang {
                En => words.iter().position(|w| PREPOSITIONS.contains(w)),
                Ru | Lv => None,
            }
            .unwrap_or(words.len());
            let distance = match lang {
                Ru => start,
                _ if start + n <= head_end => head_end - (start + n),
                En | Lv => words.len() + start,
            };
            Fit {
                level: 1,
                nearness: -(distance as i32),
                chars: name.chars().count(),
            }
        })
        .max()
}

/// Whether a header word is the known word, allowing English plurals and
/// Russian and Latvian endings ("отзыва", "оценки", "atsauksmes", "vārda").
fn same_word(word: &str, known: &str, lang: Lang) -> bool {
    if word == known {
        return true;
    }
    match lang {
        En => word.strip_suffix('s') == Some(known),
        Ru | Lv => {
            let stem = known.trim_end_matches(|c: char| "аеиоуыэюяьйaeiouāēīūsš".contains(c));
            let extra = word.strip_prefix(stem).map(|rest| rest.chars().count());
            stem.chars().count() >= 3 && extra.is_some_and(|n| n <= 3)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(header: &str) -> Option<Role> {
        role_of(header).map(|(r, _)| r)
    }

    #[test]
    fn headers_are_normalized() {
        assert_eq!(normalize("  userName "), "user name");
        assert_eq!(normalize("created_at"), "created at");
        assert_eq!(normalize("Звёзды:"), "звезды");
        assert_eq!(normalize("NPS"), "nps");
        assert_eq!(normalize("thumbsUpCount"), "thumbs up count");
    }

    #[test]
    fn whole_names_in_three_languages() {
        for (header, expected) in [
            ("Отзыв", Role::Text),
            ("ТЕКСТ ОТЗЫВА", Role::Text),
            ("content", Role::Text),
            ("Atsauksme", Role::Text),
            ("komentārs", Role::Text),
            ("Оценка", Role::Rating),
            ("звёзды", Role::Rating),
            ("Vērtējums", Role::Rating),
            ("score", Role::Rating),
            ("NPS", Role::Rating),
            ("at", Role::Date),
            ("created_at", Role::Date),
            ("Datums", Role::Date),
            ("Площадка", Role::Source),
            ("Avots", Role::Source),
            ("userName", Role::Author),
            ("Имя", Role::Author),
            ("Vārds", Role::Author),
            ("URL", Role::Link),
            ("Ссылка", Role::Link),
        ] {
            assert_eq!(role(header), Some(expected), "{header}");
            assert!(
                role_of(header).is_some_and(|(_, f)| f.is_whole_name()),
                "{header}"
            );
        }
    }

    #[test]
    fn names_inside_longer_headers() {
        assert_eq!(role("Текст отзыва клиента"), Some(Role::Text));
        assert_eq!(role("Оценка клиента"), Some(Role::Rating));
        assert_eq!(role("Дата отзыва (МСК)"), Some(Role::Date));
        assert_eq!(role("Review stars"), Some(Role::Rating));
        assert_eq!(role("Review date"), Some(Role::Date));
        assert_eq!(role("Review content"), Some(Role::Text));
        assert_eq!(role("Reviewer name"), Some(Role::Author));
        assert_eq!(role("Klienta vārds"), Some(Role::Author));
        assert_eq!(role("Atsauksmes teksts"), Some(Role::Text));
        assert_eq!(role("Ratings"), Some(Role::Rating));
        assert_eq!(role("Source Of Review"), Some(Role::Source));
        assert_eq!(role("Review Created (UTC)"), Some(Role::Date));
        assert!(role_of("Текст отзыва клиента").is_some_and(|(_, f)| !f.is_whole_name()));
    }

    #[test]
    fn headers_that_only_look_like_roles() {
        for header in [
            "reviewId",
            "replyContent",
            "Review title",
            "Ответ компании",
            "thumbsUpCount",
            "",
            "Город",
            "appVersion",
        ] {
            assert_eq!(role(header), None, "{header}");
        }
    }

    #[test]
    fn a_known_name_beats_a_name_inside() {
        let whole = role_of("content").map(|(_, f)| f);
        let inside = role_of("Review content").map(|(_, f)| f);
        assert!(whole > inside);
    }
}
