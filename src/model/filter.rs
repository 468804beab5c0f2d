//! Which cards a view or an export highlights: one persona's, or one
//! confidence level's. The rest are dimmed, never hidden or changed.

use super::{Card, Confidence, JourneyMap, PersonaId, StageId};

/// What stays bright.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
