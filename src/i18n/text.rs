//! Sentences about a map in a language: its summary, confidence counts, what
//! a filter highlights. Whole messages with plurals, never glued words.

use super::{names, tr_args_in};
use crate::model::{CardFilter, Confidence, JourneyMap, Lang, Summary};
use crate::t_in;

/// "6 stages · 7 lanes · 53 cards · 2 personas".
pub fn summary(lang: Lang, s: Summary, separator: &str) -> String {
    [
        t_in!(lang, "count-stages", n = s.stages),
        t_in!(lang, "count-lanes", n = s.lanes),
        t_in!(lang, "count-cards", n = s.cards),
        t_in!(lang, "count-personas", n = s.personas),
    ]
    .join(separator)
}

/// "5 observed · 2 assumed · 1 proposed" (counts in [`Confidence::ALL`] order).
pub fn confidence_counts(lang: Lang, counts: [usize; 3]) -> String {
    Confidence::ALL
        .iter()
        .zip(counts)
        .map(|(c, n)| {
            let key = match c {
                Confidence::Observed => "count-observed",
                Confidence::Assumed => "count-assumed",
                Confidence::Proposed => "count-proposed",
            };
            tr_args_in(lang, key, &[("n", n.into())])
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What a filter keeps bright: "Anna Sokolova, Observed".
pub fn filter(lang: Lang, map: &JourneyMap, filter: &CardFilter) -> String {
    let mut parts = Vec::new();
    if let Some(p) = filter.persona.and_then(|p| map.persona(p)) {
        parts.push(p.name.clone());
    }
    if let Some(c) = filter.confidence {
        parts.push(names::confidence(lang, c).into_owned());
    }
    parts.join(", ")
}
