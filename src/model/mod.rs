//! The journey-map document: pure data with serde, no UI.
//!
//! A [`JourneyMap`] is a grid: ordered [`Stage`]s are columns, ordered
//! [`Lane`]s are rows, cards live in a lane and name their stage. Personas and
//! the [`Lens`] sit above the grid.

mod card;
mod comment;
pub mod compare;
mod conflict;
mod filter;
mod identity;
mod ids;
mod lane;
mod lang;
mod palette;
mod persona;
mod priorities;
mod review;
pub mod search;
mod validate;

use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

/// A map title for display: trimmed, or "Untitled map" when empty.
pub fn title_or_untitled(title: &str) -> &str {
    match title.trim() {
        "" => "Untitled map",
        t => t,
    }
}

pub use card::{Card, Channel, Confidence, Evidence, PathChange, PictureOwner, Rating};
pub use comment::{Comment, CommentId, CommentOn, Thread, comment_time, comment_time_now};
pub use conflict::MergeConflict;
pub use filter::{CardFilter, confidence_counts, confidence_counts_text};
pub use ids::{CardId, LaneId, PersonaId, StageId};
pub use lane::{EmotionScale, EmotionSeries, Lane, LaneContent, LaneKind, MetricStyle};
pub use lang::Lang;
pub use palette::Hue;
pub use persona::{
    Lens, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MAX_PHOTO_SIDE_PX, Persona, PhotoError, image_header,
    photo_file, photo_outside, photo_size_allowed, resolve_photo,
};
pub use priorities::{Priority, priorities};
pub use review::{RatingScale, Review, ReviewId, ReviewRating, ReviewUse};
pub use validate::{Problem, Severity};

/// The file-format version this build writes. Older files are migrated on
/// load; newer ones are refused.
pub const FORMAT_VERSION: u32 = 1;

/// A column of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Colour of the stage header; `None` uses the map's rotation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Hue>,
}

impl Stage {
    /// A stage with a name and no description.
    pub fn new(id: StageId, name: impl Into<String>) -> Self {
        Stage {
            id,
            name: name.into(),
            description: String::new(),
            color: None,
        }
    }
}

/// A whole journey map or service blueprint: what a `.ron` file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JourneyMap {
    /// File-format version; see [`FORMAT_VERSION`].
    pub version: u32,
    /// The map's language code ("en", "ru", "lv"): default lane titles,
    /// footers, dates and numbers of its exports follow it. Empty (files
    /// from before languages) means English.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// The map's identity (see `identity.rs`): random, written when the map
    /// is created and kept by its copies; empty in maps made before it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub map_id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub lens: Lens,
    #[serde(default)]
    pub personas: Vec<Persona>,
    #[serde(default)]
    pub stages: Vec<Stage>,
    #[serde(default)]
    pub lanes: Vec<Lane>,
    /// The evidence inbox: customer reviews brought in to sort into the map.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    /// What a merge could not decide (`journeymap merge`), until resolved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<MergeConflict>,
    /// Discussion threads on cards, stages, lanes and the map.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
}

impl Default for JourneyMap {
    fn default() -> Self {
        JourneyMap {
            version: FORMAT_VERSION,
            language: String::new(),
            map_id: String::new(),
            title: String::from("Untitled map"),
            lens: Lens::default(),
            personas: Vec::new(),
            stages: Vec::new(),
            lanes: Vec::new(),
            reviews: Vec::new(),
            conflicts: Vec::new(),
            comments: Vec::new(),
        }
    }
}

/// "1 card", "2 cards": a count with its noun.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Counts shown by `journeymap check` and the status bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub stages: usize,
    pub lanes: usize,
    pub cards: usize,
    pub personas: usize,
}

impl Summary {
    /// "6 stages, 7 lanes, 53 cards, 2 personas".
    pub fn describe(&self, separator: &str) -> String {
        [
            plural(self.stages, "stage"),
            plural(self.lanes, "lane"),
            plural(self.cards, "card"),
            plural(self.personas, "persona"),
        ]
        .join(separator)
    }
}

/// This process's offset above a map's largest id for new ids (0: none).
static ID_SPREAD: AtomicU64 = AtomicU64::new(0);
/// The last id this process handed out: a map whose largest id it is gets
/// the next one, so one person's new items stay together.
static LAST_GIVEN: AtomicU64 = AtomicU64::new(0);

/// From now on hand out new ids from a random point of this process above
/// each map's largest id (up to 2^31 above), so that two people adding
/// items to copies of one map offline rarely take the same ids; a merge
/// renumbers when they do. The app and the CLI call it at start; without it
/// (tests, tools) ids are "the next above the largest".
pub fn spread_new_ids() {
    use std::hash::{BuildHasher, Hasher};
    // RandomState is seeded from the system's randomness per process.
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    ID_SPREAD.store(1 + random % (1 << 31), Ordering::Relaxed);
}

/// Ids to give new items, from [`JourneyMap::fresh_ids`]: those above the
/// largest id of the map, then (when those run out at `u64::MAX`) the unused
/// ones from 1 up. Never wraps around, never an id the map had or one
/// already handed out.
#[derive(Clone, Debug)]
pub struct FreshIds {
    /// The next id above the map's largest; `None` past `u64::MAX`.
    above: Option<u64>,
    /// The map's ids, when they come near `u64::MAX`.
    used: Option<std::collections::HashSet<u64>>,
    /// Where the search for an unused id below goes on.
    low: u64,
}

impl FreshIds {
    /// How close to `u64::MAX` a map's largest id must be for the ids in
    /// use to be collected: no edit or repair needs more ids than this.
    const NEAR_THE_TOP: u64 = 1 << 32;

    /// The next fresh id.
    pub fn next_id(&mut self) -> u64 {
        if let Some(id) = self.above {
            self.above = id.checked_add(1);
            LAST_GIVEN.store(id, Ordering::Relaxed);
            return id;
        }
        let used = self
            .used
            .as_ref()
            .expect("ids run out above only for maps whose ids were collected");
        while used.contains(&self.low) {
            self.low += 1;
        }
        let id = self.low;
        self.low += 1;
        id
    }
}

impl JourneyMap {
    /// The map's language; English when none or an unknown one is recorded
    /// (`repair` warns about an unknown code).
    pub fn lang(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or_default()
    }

    /// A fresh id no item of the map has (ids share one space): larger than
    /// every id, or, in a map whose ids reach `u64::MAX`, the smallest unused one.
    pub fn next_id(&self) -> u64 {
        self.fresh_ids().next_id()
    }

    /// Fresh ids for several new items at once, each one no item of the map
    /// has and none handed out twice (see [`FreshIds`]). After
    /// [`spread_new_ids`], a map whose largest id this process did not hand
    /// out gets them from this process's own point above it.
    pub fn fresh_ids(&self) -> FreshIds {
        let max = self.ids().max().unwrap_or(0);
        // Only a map with ids near the top can run out above them; then the
        // ids in use are needed to hand out the gaps below.
        let used = (u64::MAX - max <= FreshIds::NEAR_THE_TOP).then(|| self.ids().collect());
        let spread = match ID_SPREAD.load(Ordering::Relaxed) {
            0 => 0,
            _ if LAST_GIVEN.load(Ordering::Relaxed) == max => 0,
            s => s,
        };
        FreshIds {
            above: max.checked_add(1 + spread).or(max.checked_add(1)),
            used,
            low: 1,
        }
    }

    /// Every id in the map: stages, lanes, cards, personas, reviews, comments.
    fn ids(&self) -> impl Iterator<Item = u64> + '_ {
        let stages = self.stages.iter().map(|s| s.id.0);
        let lanes = self.lanes.iter().map(|l| l.id.0);
        let cards = self
            .lanes
            .iter()
            .flat_map(|l| l.cards.iter().map(|c| c.id.0));
        let personas = self.personas.iter().map(|p| p.id.0);
        let reviews = self.reviews.iter().map(|r| r.id.0);
        let comments = self.comments.iter().map(|c| c.id.0);
        // Quotes keep the id of a review deleted from the inbox: never
        // hand it to a new one, which would look quoted.
        let quoted = self.lanes.iter().flat_map(|l| {
            l.cards
                .iter()
                .flat_map(|c| c.evidence.iter().filter_map(|e| e.review.map(|r| r.0)))
        });
        stages
            .chain(lanes)
            .chain(cards)
            .chain(personas)
            .chain(reviews)
            .chain(comments)
            .chain(quoted)
    }

    /// How many stages, lanes, cards and personas the map has.
    pub fn summary(&self) -> Summary {
        Summary {
            stages: self.stages.len(),
            lanes: self.lanes.len(),
            cards: self.card_count(),
            personas: self.personas.len(),
        }
    }

    /// Total number of cards in all lanes.
    pub fn card_count(&self) -> usize {
        self.lanes.iter().map(|l| l.cards.len()).sum()
    }

    /// The name of stage `id` ("" when there is none), for labels.
    pub fn stage_name(&self, id: StageId) -> &str {
        self.stages
            .iter()
            .find(|s| s.id == id)
            .map_or("", |s| s.name.as_str())
    }

    /// Position of a stage in reading order.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// Position of a lane from the top.
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// The lane with `id`.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// The lane with `id`, mutably.
    pub fn lane_mut(&mut self, id: LaneId) -> Option<&mut Lane> {
        self.lanes.iter_mut().find(|l| l.id == id)
    }

    /// The persona with `id`.
    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    /// The card with `id` and the lane holding it.
    pub fn card(&self, id: CardId) -> Option<(&Lane, &Card)> {
        self.lanes
            .iter()
            .find_map(|l| l.cards.iter().find(|c| c.id == id).map(|c| (l, c)))
    }

    /// Every card text in the map, in lane then card order (for tests and search).
    pub fn card_texts(&self) -> impl Iterator<Item = &str> {
        self.lanes
            .iter()
            .flat_map(|l| l.cards.iter().map(|c| c.text.as_str()))
    }
}
