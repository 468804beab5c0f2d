//! Edits of the evidence inbox: reviews brought in, sorted into stages,
//! quoted on cards, and the curve they give adopted as a persona's.

use std::collections::HashSet;

use super::{Command, Edit};
use crate::model::{
    Card, CardId, Confidence, Evidence, JourneyMap, LaneId, Review, ReviewId, StageId,
};

/// Apply [`Command::InsertReviews`]; positions were recorded ascending in
/// the final list, so inserting in order rebuilds it.
pub(super) fn insert(map: &mut JourneyMap, reviews: Vec<(usize, Review)>) -> Option<Command> {
    if reviews.is_empty() {
        return None;
    }
    let ids = reviews.iter().map(|(_, r)| r.id).collect();
    // One pass when the reviews go to the end (an import of thousands).
    if reviews
        .iter()
        .enumerate()
        .all(|(k, (i, _))| *i == map.reviews.len() + k)
    {
        map.reviews.extend(reviews.into_iter().map(|(_, r)| r));
    } else {
        for (index, review) in reviews {
            map.reviews.insert(index.min(map.reviews.len()), review);
        }
    }
    Some(Command::RemoveReviews { ids })
}

/// Apply [`Command::RemoveReviews`]; the inverse puts each back where it was.
pub(super) fn remove(map: &mut JourneyMap, ids: &[ReviewId]) -> Option<Command> {
    let ids: HashSet<ReviewId> = ids.iter().copied().collect();
    let mut removed = Vec::new();
    let mut kept = Vec::with_capacity(map.reviews.len());
    for (index, review) in std::mem::take(&mut map.reviews).into_iter().enumerate() {
        if ids.contains(&review.id) {
            removed.push((index, review));
        } else {
            kept.push(review);
        }
    }
    map.reviews = kept;
    (!removed.is_empty()).then_some(Command::InsertReviews { reviews: removed })
}

/// New reviews added at the end of the inbox, one undo step.
pub fn import_reviews(map: &JourneyMap, reviews: Vec<Review>) -> Edit {
    let start = map.reviews.len();
    let reviews = reviews
        .into_iter()
        .enumerate()
        .map(|(k, r)| (start + k, r))
        .collect();
    Edit::one("Import reviews", Command::InsertReviews { reviews })
}

/// Remove reviews from the inbox. Quotes already on cards stay: they are the
/// map's evidence now.
pub fn delete_reviews(ids: &[ReviewId]) -> Edit {
    Edit::one(
        "Delete reviews",
        Command::RemoveReviews { ids: ids.to_vec() },
    )
}

/// Sort reviews into `stage` (or back to unsorted with `None`), one step.
/// A review quoted on a card counts for the card's stage whatever this says.
pub fn sort_reviews(map: &JourneyMap, ids: &[ReviewId], stage: Option<StageId>) -> Edit {
    let wanted: HashSet<ReviewId> = ids.iter().copied().collect();
    let commands = map
        .reviews
        .iter()
        .filter(|r| wanted.contains(&r.id) && r.stage != stage)
        .map(|r| Command::UpdateReview {
            review: Review { stage, ..r.clone() },
        })
        .collect();
    Edit {
        label: "Sort reviews",
        commands,
    }
}

/// The quote a review gives a card: its text, source, date, link, author and
/// rating, linked back to the review.
fn quote_of(review: &Review) -> Evidence {
    Evidence {
        quote: review.text.clone(),
        source: review.source.clone(),
        date: review.date.clone(),
        link: review.link.clone(),
        author: review.author.clone(),
        rating: review.rating,
        review: Some(review.id),
    }
}

/// `card` with a quote of each review it does not quote yet; seen in
/// research, so its confidence becomes *observed*.
fn with_quotes(map: &JourneyMap, card: &Card, ids: &[ReviewId]) -> Card {
    let mut card = card.clone();
    let wanted: HashSet<ReviewId> = ids.iter().copied().collect();
    let mut quoted: HashSet<ReviewId> = card.evidence.iter().filter_map(|e| e.review).collect();
    // In inbox order, each once.
    for review in map.reviews.iter().filter(|r| wanted.contains(&r.id)) {
        if quoted.insert(review.id) {
            card.evidence.push(quote_of(review));
        }
    }
    card.confidence = Confidence::Observed;
    card
}

/// Quote reviews on a card, one step; `None` when the card is gone or
/// already quotes them all.
pub fn quote_reviews(map: &JourneyMap, ids: &[ReviewId], card: CardId) -> Option<Edit> {
    let (_, old) = map.card(card)?;
    let new = with_quotes(map, old, ids);
    (new != *old).then(|| Edit::one("Add reviews to card", Command::UpdateCard { card: new }))
}

/// Longest card text taken from a review: its first sentence, cut here.
const CARD_TEXT_CHARS: usize = 80;

/// The first sentence of a review, at most [`CARD_TEXT_CHARS`] characters.
fn first_sentence(text: &str) -> String {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|(i, c)| matches!(c, '.' | '!' | '?' | '\n') && *i > 0)
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    let sentence = text[..end].trim_end_matches(['.', '\n']).trim();
    if sentence.chars().count() <= CARD_TEXT_CHARS {
        sentence.to_string()
    } else {
        let cut: String = sentence.chars().take(CARD_TEXT_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A new card in the cell (`lane`, `stage`) quoting the reviews, its text
/// the first sentence of the first; returns the edit and the card's id.
pub fn quote_reviews_in_new_card(
    map: &JourneyMap,
    ids: &[ReviewId],
    lane: LaneId,
    stage: StageId,
) -> Option<(Edit, CardId)> {
    let first = ids.iter().find_map(|id| map.review(*id))?;
    let (mut edit, card) = super::add_card(map, lane, stage)?;
    let Command::AddCard { card: new, .. } = &mut edit.commands[0] else {
        return None;
    };
    new.text = first_sentence(&first.text);
    *new = with_quotes(map, new, ids);
    edit.label = "Add card from reviews";
    Some((edit, card))
}

/// Set a curve's values to the review curve (rounded to the lane's whole
/// steps) in the stages that have rated reviews, one step.
pub fn adopt_review_curve(lane: LaneId, series: usize, values: &[(StageId, f64)]) -> Edit {
    let commands = values
        .iter()
        .map(|(stage, v)| Command::SetEmotion {
            lane,
            series,
            stage: *stage,
            value: Some(v.round() as i32),
        })
        .collect();
    Edit {
        label: "Adopt review curve",
        commands,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_text_is_the_first_sentence_cut_to_a_card() {
        assert_eq!(first_sentence("Долго ждал. Потом ушёл"), "Долго ждал");
        assert_eq!(first_sentence("No stop at all"), "No stop at all");
        let long = "a".repeat(200);
        assert_eq!(first_sentence(&long).chars().count(), CARD_TEXT_CHARS);
    }
}
