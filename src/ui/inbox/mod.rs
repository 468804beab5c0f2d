//! The evidence inbox: a side panel listing the map's customer reviews,
//! searched and filtered, from which reviews are dragged onto cards, cells
//! and stage headers (or assigned to the selection) — see `panel.rs`,
//! `../review_drop.rs`, and `import.rs` for bringing them in.
//!
//! The inbox's own state (query, filters, which reviews are selected) is
//! view state of the session; every change to the map goes through the
//! queue as an `Edit`.

mod import;
mod panel;
mod reading;

use std::collections::{BTreeSet, HashMap};

pub use import::columns_dialog_ui;
pub use panel::inbox_ui;
pub use reading::{ReadingReviews, reading_ui};

use crate::model::search::Query;
use crate::model::{JourneyMap, Review, ReviewId, StageId};
use crate::reviews::Suggester;

/// Which ratings the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RatingFilter {
    #[default]
    Any,
    /// 1–2 stars (the bottom 40 % of any scale).
    Negative,
    /// 3 stars.
    Neutral,
    /// 4–5 stars.
    Positive,
    Unrated,
}

impl RatingFilter {
    pub const ALL: [RatingFilter; 5] = [
        RatingFilter::Any,
        RatingFilter::Negative,
        RatingFilter::Neutral,
        RatingFilter::Positive,
        RatingFilter::Unrated,
    ];

    fn keeps(self, review: &Review) -> bool {
        let f = review.rating.map(|r| r.fraction());
        match self {
            RatingFilter::Any => true,
            RatingFilter::Negative => f.is_some_and(|f| f < 0.4),
            RatingFilter::Neutral => f.is_some_and(|f| (0.4..0.6).contains(&f)),
            RatingFilter::Positive => f.is_some_and(|f| f >= 0.6),
            RatingFilter::Unrated => f.is_none(),
        }
    }

    /// The translation key of its name.
    pub fn key(self) -> &'static str {
        match self {
            RatingFilter::Any => "inbox-rating-any",
            RatingFilter::Negative => "inbox-rating-negative",
            RatingFilter::Neutral => "inbox-rating-neutral",
            RatingFilter::Positive => "inbox-rating-positive",
            RatingFilter::Unrated => "inbox-rating-none",
        }
    }
}

/// Which stage the listed reviews count for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StageFilter {
    #[default]
    Any,
    /// Not sorted into any stage yet.
    Unsorted,
    Stage(StageId),
}

/// The filters of the list, compared to know when to filter again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub query: String,
    pub rating: RatingFilter,
    /// One source, or all.
    pub source: Option<String>,
    /// Dates from and to (YYYY-MM-DD, or a prefix: "2025", "2025-03").
    pub from: String,
    pub to: String,
    pub stage: StageFilter,
    /// Only reviews no card quotes yet.
    pub unused_only: bool,
}

/// What the list shows for a revision of the map under some filters.
struct Listing {
    revision: u64,
    filters: Filters,
    /// Indices into `map.reviews` of the reviews shown, in inbox order.
    rows: Vec<usize>,
    /// Per review (inbox order): the stage it counts for, and whether a card quotes it.
    stages: Vec<Option<StageId>>,
    quoted: Vec<bool>,
    /// The sources named in the inbox, sorted, for the source filter.
    sources: Vec<String>,
    unused: usize,
    suggester: Suggester,
    /// Suggestions worked out so far (for rows seen and reviews assigned).
    suggestions: HashMap<ReviewId, Option<StageId>>,
}

/// The inbox panel's state, while it is open.
#[derive(Default)]
pub struct Inbox {
    pub filters: Filters,
    pub selected: BTreeSet<ReviewId>,
    /// Where a Shift+click range starts (a row index).
    anchor: Option<usize>,
    listing: Option<Listing>,
}

impl Inbox {
    /// Work out the list again when the map or the filters changed.
    fn refresh(&mut self, map: &JourneyMap, revision: u64) {
        if self
            .listing
            .as_ref()
            .is_some_and(|l| l.revision == revision && l.filters == self.filters)
        {
            return;
        }
        let same_map = self
            .listing
            .as_ref()
            .is_some_and(|l| l.revision == revision);
        let (stages, quoted, sources, suggester, suggestions) = match self.listing.take() {
            Some(l) if same_map => (l.stages, l.quoted, l.sources, l.suggester, l.suggestions),
            _ => {
                let uses = map.review_use();
                let stages = map
                    .reviews
                    .iter()
                    .map(|r| map.review_stage(r, &uses))
                    .collect();
                let quoted = map.reviews.iter().map(|r| uses.is_quoted(r.id)).collect();
                let mut sources: Vec<String> = map
                    .reviews
                    .iter()
                    .map(|r| r.source.trim())
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                sources.sort();
                sources.dedup();
                (stages, quoted, sources, Suggester::new(map), HashMap::new())
            }
        };
        let f = &self.filters;
        let query = Query::new(&f.query);
        let rows = map
            .reviews
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                f.rating.keeps(r)
                    && f.source.as_ref().is_none_or(|s| r.source.trim() == s)
                    && (f.from.is_empty() || r.date.as_str() >= f.from.as_str())
                    && (f.to.is_empty()
                        || r.date.get(..f.to.len()).is_some_and(|d| d <= f.to.as_str()))
                    && match f.stage {
                        StageFilter::Any => true,
                        StageFilter::Unsorted => stages[*i].is_none(),
                        StageFilter::Stage(s) => stages[*i] == Some(s),
                    }
                    && (!f.unused_only || !quoted[*i])
                    && query.as_ref().is_none_or(|q| {
                        q.matches(&r.text) || q.matches(&r.author) || q.matches(&r.source)
                    })
            })
            .map(|(i, _)| i)
            .collect();
        if !self.selected.is_empty() {
            let present: std::collections::HashSet<ReviewId> =
                map.reviews.iter().map(|r| r.id).collect();
            self.selected.retain(|id| present.contains(id));
        }
        let unused = quoted.iter().filter(|q| !**q).count();
        self.listing = Some(Listing {
            revision,
            filters: self.filters.clone(),
            rows,
            stages,
            quoted,
            sources,
            unused,
            suggester,
            suggestions,
        });
    }

    /// The suggested stage of `review` (worked out once per map revision).
    fn suggestion(&mut self, review: &Review) -> Option<StageId> {
        let listing = self.listing.as_mut()?;
        *listing
            .suggestions
            .entry(review.id)
            .or_insert_with(|| listing.suggester.suggest(&review.text))
    }

    /// Select the rows from `a` to `b` (either order), as Shift+click does.
    fn select_range(&mut self, map: &JourneyMap, a: usize, b: usize) {
        let Some(listing) = &self.listing else { return };
        let (a, b) = (a.min(b), a.max(b));
        self.selected = listing
            .rows
            .iter()
            .skip(a)
            .take(b + 1 - a)
            .filter_map(|i| map.reviews.get(*i).map(|r| r.id))
            .collect();
    }

    /// How many reviews the list shows.
    pub fn shown(&self) -> usize {
        self.listing.as_ref().map_or(0, |l| l.rows.len())
    }
}
