//! Finding text in a map: card texts, notes, pictures' alt texts,
//! evidence quotes and sources, stage names and descriptions, lane titles and personas. Case- and
//! accent-insensitive as people type: Ё matches Е, and a query without
//! Latvian letters matches them by their base letters (`kartes` finds
//! `kārtes`); a query that has them (`ķ`) matches only them.
//!
//! Whole words: «ТО» does not find «что», «сто» or «тонировку»; a query
//! ending in `*` is a prefix (`кредит*` finds «кредита»). A query in
//! capitals of two or three letters is an abbreviation and matches its
//! case: «ТО» (техобслуживание) is not the pronoun «то».

use super::{CardId, JourneyMap, LaneId, PersonaId, StageId};

/// What a hit is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Found {
    Card(CardId),
    Stage(StageId),
    Lane(LaneId),
    Persona(PersonaId),
}

/// `c` without its accent, for the letters of the languages we speak.
fn base_letter(c: char) -> char {
    match c {
        'ā' => 'a',
        'č' => 'c',
        'ē' => 'e',
        'ģ' => 'g',
        'ī' => 'i',
        'ķ' => 'k',
        'ļ' => 'l',
        'ņ' => 'n',
        'š' => 's',
        'ū' => 'u',
        'ž' => 'z',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'á' | 'à' | 'â' | 'ä' => 'a',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        _ => c,
    }
}

/// Text folded for matching: lower case, ё as е, and (when `accents` is
/// false) accented letters as their base letters.
fn fold(text: &str, accents: bool) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .map(|c| if accents { c } else { base_letter(c) })
        .collect()
}

/// «ТО», «КПП», «VIN»: at most `max_chars` characters, at least two of
/// them letters, every letter a capital (digits may come along). Find takes
/// three at most, so a shouted «ЁЛКА» still finds «ёлка»; the review
/// suggester five.
pub fn is_abbreviation(word: &str, max_chars: usize) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=max_chars).contains(&word.chars().count())
        && letters >= 2
        && word.chars().all(|c| c.is_ascii_digit() || c.is_uppercase())
}

/// A query, folded once.
pub struct Query {
    folded: String,
    accents: bool,
    /// Typed with a trailing `*`: the last word may go on.
    prefix: bool,
    /// An abbreviation («ТО», «VIN»): matched in capitals only.
    exact_case: bool,
    /// Reused for folding each text: one keystroke searches thousands.
    buffer: std::cell::RefCell<String>,
}

impl Query {
    /// `None` for a query of only blanks.
    pub fn new(text: &str) -> Option<Query> {
        let text = text.trim();
        let prefix = text.ends_with('*');
        let text = text.trim_end_matches('*').trim_end();
        if text.is_empty() {
            return None;
        }
        let exact_case = is_abbreviation(text, 3);
        let lower = fold(text, true);
        // A query with accents asks for them; one without matches both.
        let accents = lower.chars().any(|c| base_letter(c) != c);
        let folded = if exact_case {
            text.replace('Ё', "Е")
        } else if accents {
            lower
        } else {
            fold(text, false)
        };
        Some(Query {
            folded,
            accents,
            prefix,
            exact_case,
            buffer: std::cell::RefCell::new(String::new()),
        })
    }

    /// Does `text` contain the query?
    pub fn matches(&self, text: &str) -> bool {
        if text.len() < self.folded.len() / 4 {
            return false;
        }
        let mut buffer = self.buffer.borrow_mut();
        buffer.clear();
        if self.exact_case {
            buffer.extend(text.chars().map(|c| if c == 'Ё' { 'Е' } else { c }));
        } else {
            for c in text.chars().flat_map(char::to_lowercase) {
                let c = if c == 'ё' { 'е' } else { c };
                buffer.push(if self.accents { c } else { base_letter(c) });
            }
        }
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        buffer
            .match_indices(self.folded.as_str())
            .any(|(at, found)| {
                let before = buffer[..at].chars().next_back();
                let after = buffer[at + found.len()..].chars().next();
                !is_word(before) && (self.prefix || !is_word(after))
            })
    }
}

/// Everything in `map` that contains `query`, in reading order: the
/// personas, then stage by stage its header and, lane by lane, its cards;
/// lane titles after the stages' contents. Each thing once.
pub fn find(map: &JourneyMap, query: &Query) -> Vec<Found> {
    let mut hits = Vec::new();
    for p in &map.personas {
        let fields = [&p.name, &p.role, &p.quote];
        let lists = p.goals.iter().chain(&p.frustrations);
        if fields.into_iter().chain(lists).any(|t| query.matches(t)) {
            hits.push(Found::Persona(p.id));
        }
    }
    // Cards found, keyed by (stage, lane, place in lane): one pass over the
    // lanes, then sorted into reading order.
    let stage_index: std::collections::HashMap<StageId, usize> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let mut cards: Vec<(usize, usize, usize, CardId)> = Vec::new();
    for (l, lane) in map.lanes.iter().enumerate() {
        for (i, card) in lane.cards.iter().enumerate() {
            let Some(&s) = stage_index.get(&card.stage) else {
                continue;
            };
            let evidence = card.evidence.iter().flat_map(|e| [&e.quote, &e.source]);
            let found = [&card.text, &card.note]
                .into_iter()
                .chain(&card.alt)
                .chain(evidence)
                .any(|t| query.matches(t));
            if found {
                cards.push((s, l, i, card.id));
            }
        }
    }
    cards.sort_unstable();
    let mut next = cards.into_iter().peekable();
    for (s, stage) in map.stages.iter().enumerate() {
        if query.matches(&stage.name) || query.matches(&stage.description) {
            hits.push(Found::Stage(stage.id));
        }
        while let Some(&(_, _, _, id)) = next.peek().filter(|c| c.0 == s) {
            hits.push(Found::Card(id));
            next.next();
        }
    }
    for lane in &map.lanes {
        if query.matches(&lane.title) {
            hits.push(Found::Lane(lane.id));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Query {
        Query::new(text).unwrap()
    }

    #[test]
    fn case_yo_and_latvian_letters_fold_as_people_type() {
        assert!(q("ЁЛКА").matches("новая елка"));
        assert!(q("елка").matches("Ёлка"));
        assert!(q("kartes").matches("Bankas kārtes"));
        assert!(q("KĀRT*").matches("kārtes"));
        assert!(
            !q("kārt").matches("kartes"),
            "a query with accents asks for them"
        );
        assert!(q("cafe").matches("Café"));
        assert!(Query::new("   ").is_none());
    }
}
