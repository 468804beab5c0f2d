//! Invariants of a map and the repairs applied on load.
//!
//! A file written by hand or by another tool may break them (two cards with
//! one id, a card in a stage that was deleted). Loading never fails on these:
//! [`JourneyMap::repair`] fixes what it can without dropping user text and
//! reports each fix as a [`Problem`], which the CLI and the app show.

use std::collections::HashSet;

use super::{JourneyMap, LaneContent, Stage, StageId};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Repaired on load; the map is usable.
    Warning,
}

/// Something wrong with a map, and what was done about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The message in English (the CLI's diagnostics stay English).
    pub message: String,
    /// The translation key of the message and its arguments, so the app can
    /// say it in the interface language.
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.severity {
            Severity::Warning => write!(f, "warning: {}", self.message),
        }
    }
}

pub(super) fn warn(
    problems: &mut Vec<Problem>,
    key: &'static str,
    args: Vec<(&'static str, String)>,
    message: String,
) {
    problems.push(Problem {
        severity: Severity::Warning,
        message,
        key,
        args,
    });
}

impl JourneyMap {
    /// The map's broken invariants as a list of problems; empty when the map
    /// is sound. Works on a copy, so the map itself is untouched. (Content a
    /// lane's kind does not show is not a broken invariant: [`Self::repair`]
    /// reports it, this does not.)
    pub fn validate(&self) -> Vec<Problem> {
        self.clone().fix_invariants()
    }

    /// Fix broken invariants in place and say what was fixed:
    /// ids made unique, cards of missing stages moved to an "Unassigned"
    /// stage, dangling persona references and stray emotion or metric values
    /// dropped, emotion values clamped into the scale, non-finite metrics removed.
    pub fn repair(&mut self) -> Vec<Problem> {
        self.repair_naming("Unassigned")
    }

    /// Like [`Self::repair`]; a stage made for cards of missing stages is
    /// called `unassigned` (the loader passes the map's language's word).
    pub fn repair_naming(&mut self, unassigned: &str) -> Vec<Problem> {
        let mut problems = self.fix_invariants_naming(unassigned);
        self.note_misplaced_content(&mut problems);
        if !self.language.is_empty() && super::Lang::from_code(&self.language).is_none() {
            warn(
                &mut problems,
                "problem-unknown-language",
                vec![("code", self.language.escape_debug().to_string())],
                format!(
                    "unknown language \"{}\": English is used for default texts (known: en, ru, lv)",
                    self.language.escape_debug()
                ),
            );
        }
        problems
    }

    fn fix_invariants(&mut self) -> Vec<Problem> {
        self.fix_invariants_naming("Unassigned")
    }

    fn fix_invariants_naming(&mut self, unassigned: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.make_ids_unique(&mut problems);
        self.rehome_orphan_cards(unassigned, &mut problems);
        self.fix_emotions(&mut problems);
        self.fix_metrics(&mut problems);
        self.fix_card_personas(&mut problems);
        self.fix_ratings(&mut problems);
        self.fix_reviews(&mut problems);
        problems
    }

    fn fix_ratings(&mut self, problems: &mut Vec<Problem>) {
        for lane in &mut self.lanes {
            for card in &mut lane.cards {
                if let Some(r) = card.rating
                    && r.clamped() != r
                {
                    warn(
                        problems,
                        "problem-rating",
                        vec![("card", card.id.to_string()), ("lane", lane.title.clone())],
                        format!(
                            "card {} in lane \"{}\" has a rating outside 1…5 (impact {}, importance {}); brought into range",
                            card.id, lane.title, r.impact, r.importance
                        ),
                    );
                    card.rating = Some(r.clamped());
                }
            }
        }
    }

    fn make_ids_unique(&mut self, problems: &mut Vec<Problem>) {
        let mut seen = HashSet::new();
        let mut ids = self.fresh_ids();
        let mut fresh = |what: &str, old: u64, problems: &mut Vec<Problem>| {
            let new = ids.next_id();
            warn(
                problems,
                "problem-duplicate-id",
                vec![("old", old.to_string()), ("new", new.to_string())],
                format!("{what} id {old} is used twice; the second one is now {new}"),
            );
            new
        };
        for stage in &mut self.stages {
            if !seen.insert(stage.id.0) {
                stage.id.0 = fresh("stage", stage.id.0, problems);
            }
        }
        for persona in &mut self.personas {
            if !seen.insert(persona.id.0) {
                persona.id.0 = fresh("persona", persona.id.0, problems);
            }
        }
        for lane in &mut self.lanes {
            if !seen.insert(lane.id.0) {
                lane.id.0 = fresh("lane", lane.id.0, problems);
            }
            for card in &mut lane.cards {
                if !seen.insert(card.id.0) {
                    card.id.0 = fresh("card", card.id.0, problems);
                }
            }
        }
        for review in &mut self.reviews {
            if !seen.insert(review.id.0) {
                review.id.0 = fresh("review", review.id.0, problems);
            }
        }
        for comment in &mut self.comments {
            if !seen.insert(comment.id.0) {
                comment.id.0 = fresh("comment", comment.id.0, problems);
            }
        }
    }

    fn rehome_orphan_cards(&mut self, name: &str, problems: &mut Vec<Problem>) {
        let stages: HashSet<StageId> = self.stages.iter().map(|s| s.id).collect();
        let mut unassigned: Option<StageId> = None;
        let next = self.next_id();
        for lane in &mut self.lanes {
            for card in &mut lane.cards {
                if stages.contains(&card.stage) {
                    continue;
                }
                let target = *unassigned.get_or_insert(StageId(next));
                warn(
                    problems,
                    "problem-orphan-card",
                    vec![("card", card.id.to_string()), ("lane", lane.title.clone())],
                    format!(
                        "card {} in lane \"{}\" refers to stage {}, which does not exist; \
                         moved to stage \"{name}\"",
                        card.id, lane.title, card.stage
                    ),
                );
                card.stage = target;
            }
        }
        if let Some(id) = unassigned {
            self.stages.push(Stage::new(id, name));
        }
    }

    fn fix_emotions(&mut self, problems: &mut Vec<Problem>) {
        let stages: HashSet<StageId> = self.stages.iter().map(|s| s.id).collect();
        let personas: HashSet<_> = self.personas.iter().map(|p| p.id).collect();
        for lane in &mut self.lanes {
            let scale = lane.scale;
            for series in &mut lane.series {
                if let Some(p) = series.persona.filter(|p| !personas.contains(p)) {
                    warn(
                        problems,
                        "problem-series-persona",
                        vec![("lane", lane.title.clone())],
                        format!(
                            "emotion series in lane \"{}\" refers to persona {p}, which does not exist; \
                             it now belongs to no persona",
                            lane.title
                        ),
                    );
                    series.persona = None;
                }
                series.values.retain(|stage, _| {
                    let keep = stages.contains(stage);
                    if !keep {
                        warn(
                            problems,
                            "problem-emotion-stage",
                            vec![("lane", lane.title.clone())],
                            format!(
                                "emotion value in lane \"{}\" for missing stage {stage} was dropped",
                                lane.title
                            ),
                        );
                    }
                    keep
                });
                for (stage, value) in &mut series.values {
                    let clamped = scale.clamp(*value);
                    if clamped != *value {
                        warn(
                            problems,
                            "problem-emotion-scale",
                            vec![
                                ("lane", lane.title.clone()),
                                ("value", value.to_string()),
                                ("clamped", clamped.to_string()),
                            ],
                            format!(
                                "emotion value {value} in lane \"{}\" at stage {stage} is outside the scale {}; set to {clamped}",
                                lane.title,
                                scale.label()
                            ),
                        );
                        *value = clamped;
                    }
                }
            }
        }
    }

    fn fix_metrics(&mut self, problems: &mut Vec<Problem>) {
        let stages: HashSet<StageId> = self.stages.iter().map(|s| s.id).collect();
        for lane in &mut self.lanes {
            let title = lane.title.clone();
            lane.values.retain(|stage, value| {
                if !stages.contains(stage) {
                    warn(
                        problems,
                        "problem-metric-stage",
                        vec![("lane", title.to_string())],
                        format!("metric value in lane \"{title}\" for missing stage {stage} was dropped"),
                    );
                    false
                } else if !value.is_finite() {
                    warn(
                        problems,
                        "problem-metric-nan",
                        vec![("lane", title.to_string())],
                        format!("metric value in lane \"{title}\" at stage {stage} is not a number; dropped"),
                    );
                    false
                } else {
                    true
                }
            });
        }
    }

    fn fix_card_personas(&mut self, problems: &mut Vec<Problem>) {
        let personas: HashSet<_> = self.personas.iter().map(|p| p.id).collect();
        for lane in &mut self.lanes {
            for card in &mut lane.cards {
                let before = card.personas.len();
                card.personas.retain(|p| personas.contains(p));
                if card.personas.len() != before {
                    warn(
                        problems,
                        "problem-card-persona",
                        vec![("card", card.id.to_string()), ("lane", lane.title.clone())],
                        format!(
                            "card {} in lane \"{}\" was tagged with a persona that does not exist; tag removed",
                            card.id, lane.title
                        ),
                    );
                }
            }
        }
    }

    /// Content that the lane's kind does not show is kept (no data lost) but
    /// reported, so the user knows why it is invisible.
    fn note_misplaced_content(&self, problems: &mut Vec<Problem>) {
        for lane in &self.lanes {
            let content = lane.kind.content();
            if content != LaneContent::Cards && !lane.cards.is_empty() {
                warn(
                    problems,
                    "problem-hidden-cards",
                    vec![
                        ("lane", lane.title.clone()),
                        ("n", lane.cards.len().to_string()),
                    ],
                    format!(
                        "lane \"{}\" is of kind {:?}, which does not show cards; its {} card(s) are kept but hidden",
                        lane.title,
                        lane.kind,
                        lane.cards.len()
                    ),
                );
            }
            if content != LaneContent::Emotion && !lane.series.is_empty() {
                warn(
                    problems,
                    "problem-hidden-emotions",
                    vec![("lane", lane.title.clone())],
                    format!(
                        "lane \"{}\" is not an emotion lane; its emotion values are kept but hidden",
                        lane.title
                    ),
                );
            }
            if content != LaneContent::Metric && !lane.values.is_empty() {
                warn(
                    problems,
                    "problem-hidden-metrics",
                    vec![("lane", lane.title.clone())],
                    format!(
                        "lane \"{}\" is not a metric lane; its metric values are kept but hidden",
                        lane.title
                    ),
                );
            }
        }
    }
}
