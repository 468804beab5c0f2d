//! Current vs future: two maps side by side, stages matched by name.

use super::{JourneyMap, LaneContent, StageId};
use std::collections::{HashMap, HashSet};

/// One stage name and what each map has for it.
#[derive(Clone, Debug, PartialEq)]
pub struct StagePair {
    pub name: String,
    /// Mean emotion of the stage in each map (over all curves), if any.
    pub current: Option<f32>,
    pub future: Option<f32>,
    /// Cards in the stage in each map (`None`: the map has no such stage).
    pub current_cards: Option<usize>,
    pub future_cards: Option<usize>,
}

/// The comparison of a current-state map with a future-state map.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Stages of the current map in order, then those only in the future map.
    pub stages: Vec<StagePair>,
    /// The differences in words (English), one per line.
    pub differences: Vec<String>,
    /// The same differences as data, to be told in any language.
    pub changes: Vec<Difference>,
}

/// One difference between the current and the future map.
#[derive(Clone, Debug, PartialEq)]
pub enum Difference {
    /// A stage only the current map has.
    OnlyCurrent(String),
    /// A stage only the future map has.
    OnlyFuture(String),
    /// A stage feels better (`delta` > 0) or worse, as a share of the scale.
    Feels { stage: String, delta: f32 },
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::OnlyCurrent(s) => write!(f, "\"{s}\" is only in the current state"),
            Difference::OnlyFuture(s) => write!(f, "\"{s}\" is new in the future state"),
            Difference::Feels { stage, delta } => {
                let word = if *delta > 0.0 { "better" } else { "worse" };
                write!(
                    f,
                    "\"{stage}\" feels {word} in the future state ({:+.0} % of the scale)",
                    delta * 100.0
                )
            }
        }
    }
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Per stage id, every emotion value (0…1 of its scale) in lane and curve
/// order, and the number of cards: one pass over the map.
struct StageFacts {
    emotions: HashMap<StageId, Vec<f32>>,
    cards: HashMap<StageId, usize>,
}

impl StageFacts {
    fn of(map: &JourneyMap) -> StageFacts {
        let mut emotions: HashMap<StageId, Vec<f32>> = HashMap::new();
        let mut cards: HashMap<StageId, usize> = HashMap::new();
        for l in &map.lanes {
            if l.kind.content() == LaneContent::Emotion {
                for s in &l.series {
                    for (stage, v) in &s.values {
                        emotions
                            .entry(*stage)
                            .or_default()
                            .push(l.scale.normalized(*v));
                    }
                }
            }
            for c in &l.cards {
                *cards.entry(c.stage).or_default() += 1;
            }
        }
        StageFacts { emotions, cards }
    }

    /// Mean emotion of the stage (over all curves), if any.
    fn mean_emotion(&self, stage: StageId) -> Option<f32> {
        let values = self.emotions.get(&stage).filter(|v| !v.is_empty())?;
        Some(values.iter().sum::<f32>() / values.len() as f32)
    }

    fn cards_in(&self, stage: StageId) -> usize {
        self.cards.get(&stage).copied().unwrap_or(0)
    }
}

/// Compare `current` with `future`, matching stages by name (case and
/// surrounding spaces ignored). Emotions are compared on a 0…1 scale so maps
/// with different scales compare fairly. A current stage matches the first
/// future stage of its name; future stages whose name no current stage has
/// follow, in order. Linear in the stages and cards (names are hashed).
pub fn compare(current: &JourneyMap, future: &JourneyMap) -> Comparison {
    let now = StageFacts::of(current);
    let later = StageFacts::of(future);
    let future_keys: Vec<String> = future.stages.iter().map(|f| key(&f.name)).collect();
    let mut first_in_future: HashMap<&str, usize> = HashMap::with_capacity(future_keys.len());
    for (i, k) in future_keys.iter().enumerate() {
        first_in_future.entry(k.as_str()).or_insert(i);
    }
    let mut current_keys: HashSet<String> = HashSet::with_capacity(current.stages.len());
    let mut stages = Vec::with_capacity(current.stages.len());
    for s in &current.stages {
        let k = key(&s.name);
        let f = first_in_future.get(k.as_str()).map(|&i| &future.stages[i]);
        current_keys.insert(k);
        stages.push(StagePair {
            name: s.name.clone(),
            current: now.mean_emotion(s.id),
            future: f.and_then(|f| later.mean_emotion(f.id)),
            current_cards: Some(now.cards_in(s.id)),
            future_cards: f.map(|f| later.cards_in(f.id)),
        });
    }
    for (f, k) in future.stages.iter().zip(&future_keys) {
        if current_keys.contains(k) {
            continue;
        }
        stages.push(StagePair {
            name: f.name.clone(),
            current: None,
            future: later.mean_emotion(f.id),
            current_cards: None,
            future_cards: Some(later.cards_in(f.id)),
        });
    }
    let mut changes = Vec::new();
    for p in &stages {
        match (p.current_cards, p.future_cards) {
            (Some(_), None) => changes.push(Difference::OnlyCurrent(p.name.clone())),
            (None, Some(_)) => changes.push(Difference::OnlyFuture(p.name.clone())),
            _ => {}
        }
        if let (Some(c), Some(f)) = (p.current, p.future) {
            let delta = f - c;
            if delta.abs() >= 0.05 {
                changes.push(Difference::Feels {
                    stage: p.name.clone(),
                    delta,
                });
            }
        }
    }
    Comparison {
        stages,
        differences: changes.iter().map(ToString::to_string).collect(),
        changes,
    }
}

/// A feeling (0…1 of the scale) as "62 %", or "—" where the map has none.
pub fn percent(v: Option<f32>) -> String {
    // `+ 0.0` turns a -0 (a tiny negative share rounded) into 0.
    v.map_or("—".to_string(), |v| {
        format!("{:.0} %", (v * 100.0).round() + 0.0)
    })
}

/// A card count, or "—" where the map has no such stage.
pub fn count(v: Option<usize>) -> String {
    v.map_or("—".to_string(), |v| v.to_string())
}

/// The change from `now` to `future` as "+25 %" ("0 %" when it rounds to
/// nothing), or "—" unless both maps have a feeling.
pub fn change(now: Option<f32>, future: Option<f32>) -> String {
    match (now, future) {
        (Some(a), Some(b)) if ((b - a) * 100.0).round() == 0.0 => "0 %".to_string(),
        (Some(a), Some(b)) => format!("{:+.0} %", (b - a) * 100.0),
        _ => "—".to_string(),
    }
}

/// `text` as Markdown that a wiki shows as that text and nothing else: no
/// HTML (`& < >` as entities), no links or images (`[ ] ( ) !` escaped),
/// no emphasis, code, headings or table cell ends (`\\ ` * _ ~ # |`
/// escaped), line breaks (LF, CRLF or a lone CR) as `<br>`, and other
/// control characters as numeric entities. For table cells and lines alike.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for c in text.chars() {
        match c {
            '\n' => out.push_str("<br>"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '(' | ')' | '!' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push(c),
            c if c.is_control() => out.push_str(&format!("&#x{:X};", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// The words of a comparison report; [`ReportText::english`] is the default,
/// other languages fill it from their translations.
pub struct ReportText<'a> {
    pub title: String,
    pub now: String,
    pub future: String,
    /// Stage, feeling now, feeling future, cards now, cards future.
    pub columns: [String; 5],
    pub note: String,
    pub differences: String,
    pub no_differences: String,
    pub feeling: &'a dyn Fn(Option<f32>) -> String,
    pub difference: &'a dyn Fn(&Difference) -> String,
}

impl ReportText<'static> {
    /// The report in English.
    pub fn english() -> Self {
        ReportText {
            title: "Current vs future".into(),
            now: "Now".into(),
            future: "Future".into(),
            columns: [
                "Stage".into(),
                "Feeling now".into(),
                "Feeling future".into(),
                "Cards now".into(),
                "Cards future".into(),
            ],
            note: "Feelings are the mean of every emotion curve, as a share of its scale.".into(),
            differences: "Differences".into(),
            no_differences: "No differences in stages or feelings.".into(),
            feeling: &percent,
            difference: &|d| d.to_string(),
        }
    }
}

/// The comparison as a Markdown report: a table per stage and the
/// differences as a list (for wikis, tickets and pull requests).
pub fn to_markdown(c: &Comparison, current: &str, future: &str) -> String {
    to_markdown_in(c, current, future, &ReportText::english())
}

/// The report in the words of `text`.
pub fn to_markdown_in(c: &Comparison, current: &str, future: &str, text: &ReportText) -> String {
    let cell = |s: &str| markdown_text(s.trim());
    let mut out = format!(
        "# {}\n\n{}: {}  \n{}: {}\n\n",
        cell(&text.title),
        cell(&text.now),
        cell(current.trim()),
        cell(&text.future),
        cell(future.trim())
    );
    let header: Vec<String> = text.columns.iter().map(|c| cell(c)).collect();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str("| --- | ---: | ---: | ---: | ---: |\n");
    for p in &c.stages {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&p.name),
            (text.feeling)(p.current),
            (text.feeling)(p.future),
            count(p.current_cards),
            count(p.future_cards)
        ));
    }
    out.push_str(&format!(
        "\n{}\n\n## {}\n\n",
        cell(&text.note),
        cell(&text.differences)
    ));
    if c.changes.is_empty() {
        out.push_str(&format!("{}\n", cell(&text.no_differences)));
    }
    for d in &c.changes {
        out.push_str(&format!("- {}\n", cell(&(text.difference)(d))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EmotionSeries, Lane, LaneId, LaneKind, Stage};

    fn map(stages: &[(&str, i32)]) -> JourneyMap {
        let mut m = JourneyMap::default();
        let mut lane = Lane::new(LaneId(100), LaneKind::Emotions);
        let mut series = EmotionSeries::default();
        for (i, (name, v)) in stages.iter().enumerate() {
            let id = StageId(i as u64 + 1);
            m.stages.push(Stage::new(id, *name));
            series.values.insert(id, *v);
        }
        lane.series.push(series);
        m.lanes.push(lane);
        m
    }

    #[test]
    fn stages_match_by_name_and_differences_are_listed() {
        let current = map(&[("Awareness", 0), ("Purchase", -2), ("Service", -1)]);
        let future = map(&[("awareness ", 0), ("Purchase", 1), ("Advocacy", 2)]);
        let c = compare(&current, &future);
        let names: Vec<_> = c.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Awareness", "Purchase", "Service", "Advocacy"]);
        assert!(
            c.differences
                .iter()
                .any(|d| d.contains("\"Purchase\" feels better") && d.contains("+75 %"))
        );
        assert!(
            c.differences
                .iter()
                .any(|d| d.contains("\"Service\" is only in the current state"))
        );
        assert!(
            c.differences
                .iter()
                .any(|d| d.contains("\"Advocacy\" is new"))
        );
        assert!(!c.differences.iter().any(|d| d.contains("Awareness")));
    }

    #[test]
    fn markdown_report_escapes_table_cells() {
        let current = map(&[("Pay | sign", 0), ("Service", -2)]);
        let future = map(&[("Pay | sign", 2), ("Service", -2)]);
        let md = to_markdown(&compare(&current, &future), "Now", "Later");
        assert!(
            md.contains("| Pay \\| sign | 50 % | 100 % | 0 | 0 |"),
            "{md}"
        );
        assert!(
            md.contains(
                "- \"Pay \\| sign\" feels better in the future state \\(+50 % of the scale\\)"
            ),
            "{md}"
        );
        assert!(!md.contains("No differences"));
        let same = to_markdown(&compare(&current, &current), "Now", "Now");
        assert!(same.contains("No differences in stages or feelings."));
    }
}
