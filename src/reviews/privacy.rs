//! Reviewers' names in what leaves the app: kept, cut to initials, or left
//! out. Reviews are published under people's names; a map sent to a client
//! often should not carry them.

use crate::model::JourneyMap;

/// What exports do with reviewers' names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Authors {
    /// As published.
    #[default]
    Keep,
    /// "Ivan Petrov" → "I. P.".
    Initials,
    /// Left out.
    Omit,
}

impl Authors {
    pub const ALL: [Authors; 3] = [Authors::Keep, Authors::Initials, Authors::Omit];

    /// One name as this setting writes it.
    pub fn name(self, author: &str) -> String {
        match self {
            Authors::Keep => author.to_string(),
            Authors::Omit => String::new(),
            Authors::Initials => author
                .split_whitespace()
                .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
                .map(|c| format!("{}.", c.to_uppercase()))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The map with every person's name it carries — reviewers in the
    /// inbox and on quotes, and the team's names on comments — written
    /// this way; the map itself when names are kept.
    pub fn apply(self, map: &JourneyMap) -> std::borrow::Cow<'_, JourneyMap> {
        if self == Authors::Keep {
            return std::borrow::Cow::Borrowed(map);
        }
        let mut map = map.clone();
        for review in &mut map.reviews {
            review.author = self.name(&review.author);
        }
        for lane in &mut map.lanes {
            for card in &mut lane.cards {
                for e in &mut card.evidence {
                    e.author = self.name(&e.author);
                }
            }
        }
        for comment in &mut map.comments {
            comment.author = self.name(&comment.author);
        }
        std::borrow::Cow::Owned(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_names_in_any_script() {
        assert_eq!(Authors::Initials.name("Иван Петров"), "И. П.");
        assert_eq!(Authors::Initials.name("  jānis bērziņš "), "J. B.");
        assert_eq!(Authors::Omit.name("Anna"), "");
    }
}
