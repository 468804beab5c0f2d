//! Which cards a view or an export highlights: one persona's, or one
//! confidence level's. The rest are dimmed, never hidden or changed.

use super::{Card, Confidence, JourneyMap, PersonaId, StageId};

/// What stays bright.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CardFilter {
    /// Cards about this persona (or about everyone) stay bright.
    pub persona: Option<PersonaId>,
    /// Cards of this confidence stay bright.
    pub confidence: Option<Confidence>,
}

impl CardFilter {
    /// Is any filter on?
    pub fn is_active(&self) -> bool {
        self.persona.is_some() || self.confidence.is_some()
    }

    /// Does `card` pass the filter? A card tagged with no persona is about
    /// everyone, so it passes every persona filter.
    pub fn matches(&self, card: &Card) -> bool {
        let persona_ok = self
            .persona
            .is_none_or(|p| card.personas.is_empty() || card.personas.contains(&p));
        let confidence_ok = self.confidence.is_none_or(|c| card.confidence == c);
        persona_ok && confidence_ok
    }

    /// "Vasily Petrov, Observed": what the filter shows, for status lines
    /// and export footers; empty when off.
    pub fn describe(&self, map: &JourneyMap) -> String {
        let mut parts = Vec::new();
        if let Some(p) = self.persona.and_then(|p| map.persona(p)) {
            parts.push(p.name.clone());
        }
        if let Some(c) = self.confidence {
            parts.push(c.label().to_string());
        }
        parts.join(", ")
    }
}

/// How many cards of `stage` are observed, assumed and proposed (in the
/// order of [`Confidence::ALL`]).
pub fn confidence_counts(map: &JourneyMap, stage: StageId) -> [usize; 3] {
    let mut counts = [0; 3];
    for card in map.lanes.iter().flat_map(|l| &l.cards) {
        if card.stage == stage
            && let Some(i) = Confidence::ALL.iter().position(|c| *c == card.confidence)
        {
            counts[i] += 1;
        }
    }
    counts
}

/// "5 observed · 2 assumed · 1 proposed".
pub fn confidence_counts_text(counts: [usize; 3]) -> String {
    Confidence::ALL
        .iter()
        .zip(counts)
        .map(|(c, n)| format!("{n} {}", c.label().to_lowercase()))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CardId, Lane, LaneId, LaneKind, Persona, Stage};

    #[test]
    fn counts_and_filter_follow_the_cards() {
        let mut map = JourneyMap::default();
        map.stages.push(Stage::new(StageId(1), "Buy"));
        map.stages.push(Stage::new(StageId(2), "Use"));
        map.personas.push(Persona::new(
            PersonaId(7),
            "Vasily",
            crate::model::Hue::Blue,
        ));
        let mut lane = Lane::new(LaneId(10), LaneKind::Actions);
        let confidences = [
            Confidence::Observed,
            Confidence::Observed,
            Confidence::Assumed,
            Confidence::Proposed,
        ];
        for (i, c) in confidences.into_iter().enumerate() {
            let mut card = Card::new(CardId(100 + i as u64), StageId(1), format!("card {i}"));
            card.confidence = c;
            if i == 0 {
                card.personas.push(PersonaId(7));
            }
            if i == 1 {
                card.personas.push(PersonaId(8));
            }
            lane.cards.push(card);
        }
        map.lanes.push(lane);
        assert_eq!(confidence_counts(&map, StageId(1)), [2, 1, 1]);
        assert_eq!(confidence_counts(&map, StageId(2)), [0, 0, 0]);
        assert_eq!(
            confidence_counts_text([2, 1, 1]),
            "2 observed · 1 assumed · 1 proposed"
        );

        let vasily = CardFilter {
            persona: Some(PersonaId(7)),
            confidence: None,
        };
        let shown: Vec<_> = map.lanes[0]
            .cards
            .iter()
            .map(|c| vasily.matches(c))
            .collect();
        // His card and the untagged ones; not the card about someone else.
        assert_eq!(shown, [true, false, true, true]);
        assert_eq!(vasily.describe(&map), "Vasily");
        let assumed = CardFilter {
            persona: Some(PersonaId(7)),
            confidence: Some(Confidence::Assumed),
        };
        assert_eq!(assumed.describe(&map), "Vasily, Assumed");
        assert!(!CardFilter::default().is_active());
        assert_eq!(CardFilter::default().describe(&map), "");
    }
}
