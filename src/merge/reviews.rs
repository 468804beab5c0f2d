//! Reviews both copies imported from the same export are one review after
//! a merge. Each copy gave its reviews its own ids, so the merge by id
//! sees two; import's duplicate rule (same text, date and author) joins
//! them again, and every quote of a dropped one points at the one kept.

use std::collections::HashMap;

use crate::model::{JourneyMap, ReviewId};

/// Keep the first of each set of reviews that are the same (see
/// `Review::same_as`); the others' quotes point at it, and it takes their
/// stage when it has none. Returns how many reviews were dropped.
pub fn join_duplicate_reviews(map: &mut JourneyMap) -> usize {
    let mut first: HashMap<(String, String, String), usize> = HashMap::new();
    let mut kept_for: HashMap<ReviewId, ReviewId> = HashMap::new();
    let mut keep = Vec::with_capacity(map.reviews.len());
    for i in 0..map.reviews.len() {
        let key = map.reviews[i].duplicate_key();
        let Some(&k) = first.get(&key) else {
            first.insert(key, i);
            keep.push(true);
            continue;
        };
        keep.push(false);
        kept_for.insert(map.reviews[i].id, map.reviews[k].id);
        if map.reviews[k].stage.is_none() {
            map.reviews[k].stage = map.reviews[i].stage;
        }
    }
    if kept_for.is_empty() {
        return 0;
    }
    let mut flags = keep.into_iter();
    map.reviews.retain(|_| flags.next().unwrap_or(true));
    for lane in &mut map.lanes {
        for card in &mut lane.cards {
            for quote in &mut card.evidence {
                if let Some(kept) = quote.review.and_then(|r| kept_for.get(&r)) {
                    quote.review = Some(*kept);
                }
            }
        }
    }
    kept_for.len()
}
