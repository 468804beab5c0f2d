//! Customer reviews kept in a map's evidence inbox: what a review says, its
//! rating on the scale it came with, and where the user sorted it.
//!
//! A review is *used* when a card quotes it (an [`Evidence`] whose `review`
//! names it); it can also be sorted into a stage without a card. The stage a
//! review counts for is the stage of the first card quoting it, else its own
//! `stage`: a card moved to another stage takes its reviews along.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{CardId, JourneyMap, Problem, StageId, validate::warn};

/// Identifies a review in the map's inbox (the map's one id space).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReviewId(pub u64);

impl std::fmt::Display for ReviewId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The scale a rating was given on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RatingScale {
    /// 1 … 5 stars (Google Maps, App Store, Yandex Maps, 2GIS, Trustpilot).
    #[default]
    OneToFive,
    /// 1 … 10.
    OneToTen,
    /// 0 … 10, as in NPS surveys.
    ZeroToTen,
}

impl RatingScale {
    /// All scales, in menu order.
    pub const ALL: [RatingScale; 3] = [
        RatingScale::OneToFive,
        RatingScale::OneToTen,
        RatingScale::ZeroToTen,
    ];

    pub fn min(self) -> f64 {
        match self {
            RatingScale::ZeroToTen => 0.0,
            _ => 1.0,
        }
    }

    pub fn max(self) -> f64 {
        match self {
            RatingScale::OneToFive => 5.0,
            _ => 10.0,
        }
    }

    /// "1–5", "1–10", "0–10".
    pub fn label(self) -> &'static str {
        match self {
            RatingScale::OneToFive => "1–5",
            RatingScale::OneToTen => "1–10",
            RatingScale::ZeroToTen => "0–10",
        }
    }

    /// The scale written as `label` ("1-5" with a plain hyphen too).
    pub fn from_label(text: &str) -> Option<RatingScale> {
        let text = text.trim().replace(['–', '—'], "-");
        RatingScale::ALL
            .into_iter()
            .find(|s| s.label().replace('–', "-") == text)
    }
}

/// A rating with the scale it was given on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewRating {
    pub value: f64,
    #[serde(default)]
    pub scale: RatingScale,
}

impl ReviewRating {
    /// `None` when the rating is sound; else what it becomes: dropped
    /// (`Some(None)`: not a number) or brought onto its scale.
    pub fn repaired(self) -> Option<Option<ReviewRating>> {
        if !self.value.is_finite() {
            return Some(None);
        }
        let (min, max) = (self.scale.min(), self.scale.max());
        (self.value < min || self.value > max).then(|| {
            Some(ReviewRating {
                value: self.value.clamp(min, max),
                ..self
            })
        })
    }

    /// Where the rating sits on its scale: 0 the worst, 1 the best.
    pub fn fraction(self) -> f64 {
        let (lo, hi) = (self.scale.min(), self.scale.max());
        ((self.value - lo) / (hi - lo)).clamp(0.0, 1.0)
    }

    /// The rating on the 1–5 star scale (3.4 of 5), for means across scales.
    pub fn stars(self) -> f64 {
        1.0 + 4.0 * self.fraction()
    }

    /// A rating in the bottom part of its scale: 1–2 stars, 0–4 of 10.
    pub fn is_negative(self) -> bool {
        self.fraction() < 0.4
    }

    /// "4", "3.5", "9" — the value as it was given.
    pub fn value_text(self) -> String {
        if self.value.fract() == 0.0 {
            format!("{}", self.value as i64)
        } else {
            format!("{}", (self.value * 100.0).round() / 100.0)
        }
    }
}

/// One customer review in the inbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: ReviewId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<ReviewRating>,
    /// YYYY-MM-DD when the date could be read, else the text as found.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Where it was published: "Google Maps", "2GIS", "App Store".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The reviewer's name as published (exports can leave it out).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// The stage the user sorted it into without a card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<StageId>,
}

impl Review {
    /// A review with only its text.
    pub fn new(id: ReviewId, text: impl Into<String>) -> Review {
        Review {
            id,
            text: text.into(),
            rating: None,
            date: String::new(),
            source: String::new(),
            author: String::new(),
            link: String::new(),
            stage: None,
        }
    }

    /// Two reviews are one when text, date and author match (whitespace and
    /// case aside): the same export imported twice.
    pub fn same_as(&self, other: &Review) -> bool {
        self.duplicate_key() == other.duplicate_key()
    }

    /// What [`Self::same_as`] compares.
    pub fn duplicate_key(&self) -> (String, String, String) {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        (norm(&self.text), norm(&self.date), norm(&self.author))
    }
}

/// Which cards quote each review, worked out once for a whole map.
#[derive(Clone, Debug, Default)]
pub struct ReviewUse {
    /// Cards quoting the review, in lane then card order, with their stage.
    cards: HashMap<ReviewId, Vec<(CardId, StageId)>>,
}

impl ReviewUse {
    /// The cards quoting `review`.
    pub fn cards(&self, review: ReviewId) -> &[(CardId, StageId)] {
        self.cards.get(&review).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether any card quotes `review`.
    pub fn is_quoted(&self, review: ReviewId) -> bool {
        !self.cards(review).is_empty()
    }
}

impl JourneyMap {
    /// Which cards quote which reviews.
    pub fn review_use(&self) -> ReviewUse {
        let mut cards: HashMap<ReviewId, Vec<(CardId, StageId)>> = HashMap::new();
        for lane in &self.lanes {
            for card in &lane.cards {
                for e in &card.evidence {
                    if let Some(r) = e.review {
                        let list = cards.entry(r).or_default();
                        if !list.iter().any(|(c, _)| *c == card.id) {
                            list.push((card.id, card.stage));
                        }
                    }
                }
            }
        }
        ReviewUse { cards }
    }

    /// The stage `review` counts for: its first quoting card's, else its own
    /// (when that stage still exists).
    pub fn review_stage(&self, review: &Review, uses: &ReviewUse) -> Option<StageId> {
        uses.cards(review.id)
            .first()
            .map(|(_, s)| *s)
            .or(review.stage)
            .filter(|s| self.stage_index(*s).is_some())
    }

    /// The review with `id`.
    pub fn review(&self, id: ReviewId) -> Option<&Review> {
        self.reviews.iter().find(|r| r.id == id)
    }

    /// Ratings that are not numbers are dropped; values outside their scale
    /// are brought into it — of reviews in the inbox and of the quotes
    /// taken from them alike ("rated NaN on 0–10" is never printed).
    pub(super) fn fix_reviews(&mut self, problems: &mut Vec<Problem>) {
        for review in &mut self.reviews {
            let what = format!("review {}", review.id);
            let args = vec![("review", review.id.to_string())];
            let said = repair_rating(&mut review.rating, &what);
            if let Some(english) = said {
                warn(problems, "problem-review-rating", args, english);
            }
        }
        for lane in &mut self.lanes {
            for card in &mut lane.cards {
                for quote in &mut card.evidence {
                    let what = format!("a quote on card {}", card.id);
                    if let Some(english) = repair_rating(&mut quote.rating, &what) {
                        let args = vec![("card", card.id.to_string())];
                        warn(problems, "problem-quote-rating", args, english);
                    }
                }
            }
        }
    }
}

/// Repair `rating` (see [`ReviewRating::repaired`]); what was done, in
/// English, naming `what` holds it, or `None` when it was sound.
fn repair_rating(rating: &mut Option<ReviewRating>, what: &str) -> Option<String> {
    let r = (*rating)?;
    let fixed = r.repaired()?;
    *rating = fixed;
    Some(format!(
        "{what} has a rating of {} that is not on {}; {}",
        short_number(r.value),
        r.scale.label(),
        if fixed.is_some() {
            "brought into range"
        } else {
            "removed"
        }
    ))
}

/// A number for a message: as written when short, else in exponent form
/// (1e308 as "1e308", not 309 digits).
pub fn short_number(value: f64) -> String {
    if value.is_finite() && value.abs() < 1e6 {
        format!("{value}")
    } else {
        format!("{value:e}")
    }
}
