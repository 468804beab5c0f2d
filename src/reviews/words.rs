//! Words of a text as matching keys: lower-cased, Ё folded to Е, Russian and
//! English words stemmed (Snowball, `rust-stemmers`), Latvian words cut to a
//! prefix (no Latvian stemmer exists there; its endings are short), common
//! function words dropped.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use crate::model::search::is_abbreviation;

/// How many letters of a Latvian word are its key: "pārdevējs",
/// "pārdevēju", "pārdevējam" all become "pārde".
const LATVIAN_PREFIX: usize = 5;

/// Words too common to say which stage a review is about.
const STOP_WORDS: &[&str] = &[
    // English
    "the",
    "and",
    "for",
    "was",
    "were",
    "are",
    "but",
    "not",
    "you",
    "with",
    "this",
    "that",
    "they",
    "have",
    "had",
    "has",
    "from",
    "there",
    "their",
    "very",
    "all",
    "our",
    "out",
    "get",
    "got",
    "just",
    "when",
    "what",
    "which",
    "would",
    "will",
    "can",
    "been",
    "also",
    "too",
    "who",
    // Russian
    "и",
    "в",
    "во",
    "не",
    "что",
    "он",
    "на",
    "я",
    "с",
    "со",
    "как",
    "а",
    "то",
    "все",
    "она",
    "так",
    "его",
    "но",
    "да",
    "ты",
    "к",
    "у",
    "же",
    "вы",
    "за",
    "бы",
    "по",
    "только",
    "ее",
    "мне",
    "было",
    "вот",
    "от",
    "меня",
    "еще",
    "нет",
    "о",
    "из",
    "ему",
    "теперь",
    "когда",
    "даже",
    "ну",
    "ли",
    "если",
    "уже",
    "или",
    "ни",
    "быть",
    "был",
    "него",
    "до",
    "вас",
    "нибудь",
    "опять",
    "уж",
    "вам",
    "ведь",
    "там",
    "потом",
    "себя",
    "ничего",
    "ей",
    "может",
    "они",
    "тут",
    "где",
    "есть",
    "надо",
    "ней",
    "для",
    "мы",
    "тебя",
    "их",
    "чем",
    "была",
    "сам",
    "чтоб",
    "без",
    "будто",
    "чего",
    "раз",
    "тоже",
    "себе",
    "под",
    "будет",
    "ж",
    "тогда",
    "кто",
    "этот",
    "того",
    "потому",
    "этого",
    "какой",
    "совсем",
    "ним",
    "здесь",
    "этом",
    "один",
    "почти",
    "мой",
    "тем",
    "чтобы",
    "нее",
    "были",
    "очень",
    "это",
    "эти",
    "всё",
    // Latvian
    "un",
    "ir",
    "bija",
    "ar",
    "uz",
    "par",
    "kas",
    "ka",
    "lai",
    "bet",
    "vai",
    "no",
    "to",
    "es",
    "mēs",
    "jūs",
    "viņi",
    "tas",
    "tā",
    "arī",
    "pie",
    "kā",
    "ļoti",
    "nav",
    "tik",
    "jau",
    "vēl",
];

/// The script of a word decides how it is stemmed.
fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Letters only Latvian writes among the Latin scripts we meet.
fn is_latvian(word: &str) -> bool {
    word.chars().any(|c| "āčēģīķļņšūž".contains(c))
}

/// Turns words into keys, remembering each word's key (reviews repeat words).
pub struct Keys {
    russian: Stemmer,
    english: Stemmer,
    /// Latin words without Latvian letters are Latvian in a Latvian map.
    latvian_map: bool,
    memo: HashMap<String, Option<String>>,
}

impl Keys {
    pub fn new(latvian_map: bool) -> Keys {
        Keys {
            russian: Stemmer::create(Algorithm::Russian),
            english: Stemmer::create(Algorithm::English),
            latvian_map,
            memo: HashMap::new(),
        }
    }

    /// The key of one lower-cased word, `None` for a stop word or a word
    /// too short to tell anything.
    fn key(&mut self, word: &str) -> Option<String> {
        if let Some(k) = self.memo.get(word) {
            return k.clone();
        }
        let telling = word.chars().count() >= 3
            && !STOP_WORDS.contains(&word)
            && !word.chars().all(|c| c.is_ascii_digit());
        let key = if !telling {
            None
        } else if is_cyrillic(word) {
            // Stemmed again until it holds: Snowball takes "-ит" of
            // "кредит" for a verb ending but leaves "кредита" at "кредит".
            let mut stem = self.russian.stem(word).into_owned();
            for _ in 0..2 {
                let again = self.russian.stem(&stem).into_owned();
                if again == stem || again.chars().count() < 3 {
                    break;
                }
                stem = again;
            }
            Some(stem)
        } else if is_latvian(word) || self.latvian_map {
            Some(word.chars().take(LATVIAN_PREFIX).collect())
        } else {
            Some(self.english.stem(word).into_owned())
        };
        self.memo.insert(word.to_string(), key.clone());
        key
    }

    /// The keys of a text's words, in order, repeats kept. A short word in
    /// capitals is an abbreviation — «ТО» (техобслуживание), КПП, ДТП, VIN
    /// — and a key of its own, never the stop word «то» nor a stem.
    pub fn of(&mut self, text: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if is_abbreviation(word, 5) {
                keys.push(format!("#{}", word.replace('Ё', "Е")));
                continue;
            }
            let lower = word.to_lowercase().replace('ё', "е");
            if let Some(k) = self.key(&lower) {
                keys.push(k);
            }
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_one_word_share_a_key() {
        let mut keys = Keys::new(false);
        assert_eq!(keys.of("кредита"), keys.of("кредит"));
        assert_eq!(keys.of("Ёлка"), keys.of("елки"));
        assert_eq!(keys.of("payments"), keys.of("payment"));
        assert_eq!(keys.of("pārdevējs"), keys.of("pārdevējam"));
        assert!(keys.of("и в на the and").is_empty());
        // «ТО» is maintenance, not the stop word «то».
        assert_eq!(keys.of("Записался на ТО"), keys.of("записался на ТО"));
        assert_eq!(keys.of("ТО"), ["#ТО"]);
        assert!(keys.of("то").is_empty());
        assert_eq!(keys.of("VIN КПП"), ["#VIN", "#КПП"]);
    }
}
