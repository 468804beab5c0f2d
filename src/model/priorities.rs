//! Touchpoint priorities: rated touchpoints ranked by importance × pain,
//! where the pain of a touchpoint is how many pain cards its stage has
//! (plus one, so a touchpoint in a painless stage still ranks by importance).

use super::{CardId, JourneyMap, LaneKind};

/// One ranked touchpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct Priority {
    pub card: CardId,
    pub text: String,
    pub stage: String,
    pub impact: u8,
    pub importance: u8,
    /// Pain cards in the touchpoint's stage.
    pub pains: usize,
    /// importance × (1 + pains).
    pub score: u32,
}

/// Rated touchpoints, highest priority first.
pub fn priorities(map: &JourneyMap) -> Vec<Priority> {
    // Pain cards per stage, counted once.
    let mut pains_per_stage = std::collections::HashMap::new();
    for card in map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Pains)
        .flat_map(|l| &l.cards)
    {
        *pains_per_stage.entry(card.stage).or_insert(0usize) += 1;
    }
    let pains_in = |stage| pains_per_stage.get(&stage).copied().unwrap_or(0);
    let mut rows: Vec<Priority> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Touchpoints)
        .flat_map(|l| l.cards.iter())
        .filter_map(|c| {
            let r = c.rating?;
            let pains = pains_in(c.stage);
            Some(Priority {
                card: c.id,
                text: c.text.clone(),
                stage: map
                    .stages
                    .iter()
                    .find(|s| s.id == c.stage)
                    .map_or(String::new(), |s| s.name.clone()),
                impact: r.impact,
                importance: r.importance,
                pains,
                score: u32::from(r.importance) * (1 + pains as u32),
            })
        })
        .collect();
    rows.sort_by(|a, b| b.score.cmp(&a.score).then(b.importance.cmp(&a.importance)));
    rows
}
