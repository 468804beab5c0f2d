//! Customer reviews as evidence, beyond reading them in (`interop::reviews`):
//! which stage a review is about (`suggest`), what the reviews of each stage
//! say (`stats`), and reviewers' names in exports (`privacy`). No egui.

pub mod privacy;
pub mod stats;
pub mod suggest;
mod words;

pub use privacy::Authors;
pub use stats::{CurvePoint, StageReviews, any_sorted, review_curve, stage_reviews};
pub use suggest::Suggester;
