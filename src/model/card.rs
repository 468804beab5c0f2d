//! Cards: the notes that fill the cells of text, touchpoint and storyboard
//! lanes.

use serde::{Deserialize, Serialize};

use super::{CardId, Hue, JourneyMap, PersonaId, ReviewId, ReviewRating, StageId};

/// How sure the team is about a card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// Seen in research (interviews, analytics, reviews).
    #[default]
    Observed,
    /// Believed but not yet checked.
    Assumed,
    /// An intended future step, not reality yet.
    Proposed,
}

impl Confidence {
    /// All values, in menu order.
    pub const ALL: [Confidence; 3] = [
        Confidence::Observed,
        Confidence::Assumed,
        Confidence::Proposed,
    ];

    /// Human name.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Observed => "Observed",
            Confidence::Assumed => "Assumed",
            Confidence::Proposed => "Proposed",
        }
    }

    fn is_default(&self) -> bool {
        *self == Confidence::Observed
    }
}

/// The channel a touchpoint happens in; drawn as an icon on the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    Website,
    MobileApp,
    SocialMedia,
    Advertising,
    Email,
    Phone,
    Chat,
    Store,
    Event,
    WordOfMouth,
    ReviewSites,
    Other,
}

impl Channel {
    /// All channels, in menu order.
    pub const ALL: [Channel; 12] = [
        Channel::Website,
        Channel::MobileApp,
        Channel::SocialMedia,
        Channel::Advertising,
        Channel::Email,
        Channel::Phone,
        Channel::Chat,
        Channel::Store,
        Channel::Event,
        Channel::WordOfMouth,
        Channel::ReviewSites,
        Channel::Other,
    ];

    /// Human name.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Website => "Website",
            Channel::MobileApp => "Mobile app",
            Channel::SocialMedia => "Social media",
            Channel::Advertising => "Advertising",
            Channel::Email => "Email",
            Channel::Phone => "Phone / call centre",
            Channel::Chat => "Chat / messenger",
            Channel::Store => "Store / office",
            Channel::Event => "Event",
            Channel::WordOfMouth => "Word of mouth",
            Channel::ReviewSites => "Review sites",
            Channel::Other => "Other",
        }
    }
}

/// A piece of evidence behind a card: a customer quote and where it came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The quote, in the customer's words.
    pub quote: String,
    /// Where it came from: "interview #3", "review on Google Maps".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// When it was said or collected, free text ("2026-03").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Optional link to the source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// Who said it, when a review says (exports can leave it out).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// The customer's rating, for a quote from a review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<ReviewRating>,
    /// The review in the map's inbox this quote was taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewId>,
}

/// A note in one cell (stage × lane).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub id: CardId,
    /// The stage (column) the card sits in; its lane is the lane holding it.
    pub stage: StageId,
    pub text: String,
    /// Colour override; `None` uses the lane's hue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Hue>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Confidence::is_default")]
    pub confidence: Confidence,
    /// Channel of a touchpoint card; ignored in other lanes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Personas this card is about; empty means everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<PersonaId>,
    /// Impact and importance of a touchpoint; ignored in other lanes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// A picture drawn on the card: a path relative to the map's folder
    /// (usually `MAP.assets/…`, see `io::assets`) or absolute, read with the
    /// rules of persona photos ([`super::photo_file`]). The file holds the
    /// path only, never the picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// What the picture shows, for people who cannot see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
}

/// How a touchpoint is rated by the team, each from 1 (low) to 5 (high).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rating {
    /// How strongly the touchpoint affects the experience.
    pub impact: u8,
    /// How much it matters to the customer.
    pub importance: u8,
}

impl Rating {
    /// Lowest and highest value of either score.
    pub const RANGE: std::ops::RangeInclusive<u8> = 1..=5;

    /// The rating with both scores brought into 1…5.
    pub fn clamped(self) -> Rating {
        Rating {
            impact: self.impact.clamp(1, 5),
            importance: self.importance.clamp(1, 5),
        }
    }
}

impl Card {
    /// A plain observed card with the given text.
    pub fn new(id: CardId, stage: StageId, text: impl Into<String>) -> Self {
        Card {
            id,
            stage,
            text: text.into(),
            color: None,
            note: String::new(),
            confidence: Confidence::Observed,
            channel: None,
            evidence: Vec::new(),
            personas: Vec::new(),
            rating: None,
            image: None,
            alt: None,
        }
    }

    /// The card's picture path, when it names one (blank counts as none).
    pub fn picture(&self) -> Option<&str> {
        self.image.as_deref().filter(|p| !p.trim().is_empty())
    }
}

/// What shows a picture: a card, or a persona (their photo).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PictureOwner {
    Card(CardId),
    Persona(PersonaId),
}

/// A picture path to replace, as a "Save as…" to another folder needs
/// (see `io::assets::copy_assets` and `edit::relink_pictures`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathChange {
    pub owner: PictureOwner,
    pub from: String,
    pub to: String,
}

impl JourneyMap {
    /// Every picture the map names, with what shows it: card pictures in
    /// lane and card order, then persona photos. Blank paths are left out.
    pub fn pictures(&self) -> impl Iterator<Item = (PictureOwner, &str)> {
        let cards = (self.lanes.iter().flat_map(|l| &l.cards))
            .filter_map(|c| Some((PictureOwner::Card(c.id), c.picture()?)));
        let photos = self.personas.iter().filter_map(|p| {
            let photo = p.photo.as_deref().filter(|p| !p.trim().is_empty())?;
            Some((PictureOwner::Persona(p.id), photo))
        });
        cards.chain(photos)
    }
}
