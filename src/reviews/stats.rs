//! What the reviews sorted into each stage say: how many, the mean rating,
//! and the curve that mean gives on an emotion lane's scale.

use crate::model::{EmotionScale, JourneyMap, StageId};

/// The reviews counted for one stage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StageReviews {
    /// Reviews sorted into the stage (quoted on its cards or sorted there).
    pub count: usize,
    /// How many of them have a rating.
    pub rated: usize,
    /// Their mean rating in stars (1–5), whatever scale each came on.
    pub mean_stars: Option<f64>,
    /// Their mean on a 0 (worst) … 1 (best) line.
    pub mean_fraction: Option<f64>,
    /// Ratings in the bottom part of their scale (1–2 stars).
    pub negative: usize,
}

/// Per stage of the map (in stage order), what its reviews say.
pub fn stage_reviews(map: &JourneyMap) -> Vec<StageReviews> {
    let mut out = vec![StageReviews::default(); map.stages.len()];
    let mut sums = vec![0.0; map.stages.len()];
    let uses = map.review_use();
    for review in &map.reviews {
        let Some(i) = map
            .review_stage(review, &uses)
            .and_then(|s| map.stage_index(s))
        else {
            continue;
        };
        out[i].count += 1;
        if let Some(r) = review.rating {
            out[i].rated += 1;
            sums[i] += r.fraction();
            out[i].negative += usize::from(r.is_negative());
        }
    }
    for (s, sum) in out.iter_mut().zip(sums) {
        if s.rated > 0 {
            let f = sum / s.rated as f64;
            s.mean_fraction = Some(f);
            s.mean_stars = Some(1.0 + 4.0 * f);
        }
    }
    out
}

/// Whether any review counts for a stage (then headers and curves show them).
pub fn any_sorted(stats: &[StageReviews]) -> bool {
    stats.iter().any(|s| s.count > 0)
}

/// One point of the review curve: the stage, the mean on the lane's scale
/// (not rounded) and how many ratings it is the mean of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    pub stage: StageId,
    pub value: f64,
    pub n: usize,
}

/// The curve the reviews give on a lane of `scale`: the mean rating of each
/// stage's reviews put on the lane's scale (worst to lowest, best to highest).
pub fn review_curve(
    map: &JourneyMap,
    stats: &[StageReviews],
    scale: EmotionScale,
) -> Vec<CurvePoint> {
    let (lo, hi) = (scale.min() as f64, scale.max() as f64);
    map.stages
        .iter()
        .zip(stats)
        .filter_map(|(stage, s)| {
            s.mean_fraction.map(|f| CurvePoint {
                stage: stage.id,
                value: lo + f * (hi - lo),
                n: s.rated,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{RatingScale, Review, ReviewId, ReviewRating, Stage};

    #[test]
    fn the_mean_of_each_stage_lands_on_the_lane_scale() {
        let mut map = JourneyMap {
            stages: vec![Stage::new(StageId(1), "A"), Stage::new(StageId(2), "B")],
            ..Default::default()
        };
        let rated = |id, value, scale, stage| Review {
            rating: Some(ReviewRating { value, scale }),
            stage: Some(StageId(stage)),
            ..Review::new(ReviewId(id), "x")
        };
        map.reviews = vec![
            rated(10, 5.0, RatingScale::OneToFive, 1),
            rated(11, 1.0, RatingScale::OneToFive, 1),
            rated(12, 0.0, RatingScale::ZeroToTen, 2),
            Review::new(ReviewId(13), "unsorted"),
        ];
        let stats = stage_reviews(&map);
        assert_eq!(stats[0].count, 2);
        assert_eq!(stats[0].mean_stars, Some(3.0));
        assert_eq!(stats[1].negative, 1);
        let curve = review_curve(&map, &stats, EmotionScale::MinusTwoToTwo);
        assert_eq!(curve[0].value, 0.0);
        assert_eq!(curve[1].value, -2.0);
        assert_eq!(curve[1].n, 1);
    }
}
