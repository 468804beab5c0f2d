//! Finding text in a map: card texts, notes, evidence quotes and sources,
//! stage names and descriptions, lane titles and personas. Case- and
//! accent-insensitive as people type: Ё matches Е, and a query without
//! Latvian letters matches them by their base letters (`kartes` finds
//! `kārtes`); a query that has them (`ķ`) matches only them.

use super::{CardId, JourneyMap, LaneId, PersonaId, StageId};

/// What a hit is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// A query, folded once.
pub struct Query {
    folded: String,
    accents: bool,
}

impl Query {
    /// `None` for a query of only blanks.
    pub fn new(text: &str) -> Option<Query> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let lower = fold(text, true);
        // A query with accents asks for them; one without matches both.
        let accents = lower.chars().any(|c| base_letter(c) != c);
        Some(Query {
            folded: if accents { lower } else { fold(text, false) },
            accents,
        })
    }

    /// Does `text` contain the query?
    pub fn matches(&self, text: &str) -> bool {
        !text.is_empty() && fold(text, self.accents).contains(&self.folded)
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
    for stage in &map.stages {
        if query.matches(&stage.name) || query.matches(&stage.description) {
            hits.push(Found::Stage(stage.id));
        }
        for lane in &map.lanes {
            for card in lane.cards_in(stage.id) {
                let evidence = card.evidence.iter().flat_map(|e| [&e.quote, &e.source]);
                let found = [&card.text, &card.note]
                    .into_iter()
                    .chain(evidence)
                    .any(|t| query.matches(t));
                if found {
                    hits.push(Found::Card(card.id));
                }
            }
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
        assert!(q("KĀRT").matches("kārtes"));
        assert!(
            !q("kārt").matches("kartes"),
            "a query with accents asks for them"
        );
        assert!(q("cafe").matches("Café"));
        assert!(Query::new("   ").is_none());
    }
}
