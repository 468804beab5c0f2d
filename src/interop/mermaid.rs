//! Mermaid `journey` diagrams → maps.
//!
//! The grammar is Mermaid's own (`journey.jison` and its preprocessing),
//! read line by line:
//!
//! ```text
//! ---                      front matter (optional; its `title:` is used)
//! journey                  the header; keywords are case-insensitive
//!   title My working day
//!   accTitle: …            accessible title
//!   accDescr: …            accessible description, or accDescr { … } over lines
//!   section Go to work     a stage
//!     Make tea: 5: Me, Cat a task: name, score (1–5 drawn), actors (optional)
//!   %% a comment line      # also starts a comment, anywhere but in acc values
//! ```
//!
//! `<br>` in a name is a line break; entity codes (`#58;`, `#quot;`) stand for
//! characters that cannot be written plainly (`:` `#` `;`). Tasks before the
//! first `section` belong to a section with an empty name, as in Mermaid.
//!
//! Sections become stages, tasks become cards of an Actions lane, actors
//! become personas, and scores become each persona's emotion curve (scale
//! 1–5, or 1–10 when scores go above 5) in an Emotions lane; see [`build`]
//! for how per-task scores survive.

use std::collections::HashMap;

use super::Imported;
use super::mermaid_score::{Score, curve_value, scale_for, scale_warning, warning};
use super::mermaid_write::{curve_score, score_note};
use super::text::{Ids, decode_entities, decode_mermaid, entity_at};
use crate::io::LoadError;
use crate::model::{
    Card, CardId, EmotionSeries, Hue, JourneyMap, Lane, LaneId, LaneKind, Persona, PersonaId,
    Stage, StageId,
};

/// A diagram as written, before it becomes a map.
#[derive(Debug, Default)]
struct Diagram {
    title: String,
    acc_title: String,
    acc_descr: String,
    sections: Vec<String>,
    tasks: Vec<Task>,
    /// What Mermaid accepts but a map cannot hold as it is (see
    /// [`super::mermaid_score`]), at the line and column concerned.
    warnings: Vec<LoadError>,
}

#[derive(Debug)]
struct Task {
    section: usize,
    name: String,
    score: Score,
    actors: Vec<String>,
}

/// An `accDescr {` block still waiting for its `}`.
struct Block {
    line: usize,
    column: usize,
    lines: Vec<String>,
}

/// Parse a Mermaid journey diagram. `first_line` is the number of the text's
/// first line in its file (a diagram inside Markdown starts further down),
/// so errors point at the file's own lines. Warnings say what Mermaid
/// accepts that the map holds differently.
pub(super) fn parse(text: &str, first_line: usize) -> Result<Imported, LoadError> {
    parse_diagram(text, first_line).map(build)
}

fn parse_diagram(text: &str, first_line: usize) -> Result<Diagram, LoadError> {
    let mut lines = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| (first_line + i, l.strip_suffix('\r').unwrap_or(l)));
    let mut diagram = Diagram::default();
    find_header(&mut lines, &mut diagram, first_line)?;
    let mut block: Option<Block> = None;
    for (n, raw) in lines {
        let mut start = 0;
        if let Some(b) = &mut block {
            let Some(end) = raw.find('}') else {
                // Mermaid drops whole-line `%%` comments before it parses, even here.
                if !raw.trim_start().starts_with("%%") {
                    b.lines.push(raw.to_string());
                }
                continue;
            };
            b.lines.push(raw[..end].to_string());
            diagram.acc_descr = join_block(&b.lines);
            block = None;
            // Mermaid goes on reading after the `}`, on the same line.
            start = end + 1;
        }
        statement(&mut diagram, raw, start, n, &mut block)?;
    }
    if let Some(b) = block {
        return Err(LoadError::said(
            b.line,
            b.column,
            "load-mermaid-acc-descr-open",
            vec![],
        ));
    }
    Ok(diagram)
}

/// Skip blank lines, `%%` comments and a `---` front-matter block (taking
/// its `title:`), then require the `journey` header.
fn find_header<'a>(
    lines: &mut impl Iterator<Item = (usize, &'a str)>,
    diagram: &mut Diagram,
    first_line: usize,
) -> Result<(), LoadError> {
    let mut front_matter: Option<usize> = None;
    for (n, raw) in lines.by_ref() {
        let t = raw.trim();
        if front_matter.is_some() {
            if t == "---" {
                front_matter = None;
            } else if let Some(title) = raw.strip_prefix("title:") {
                diagram.title = unquote(title.trim()).to_string();
            }
            continue;
        }
        if t.is_empty() || t.starts_with("%%") {
            continue;
        }
        if t == "---" {
            front_matter = Some(n);
            continue;
        }
        let code = t[..code_end(t)].trim_end();
        if code.eq_ignore_ascii_case("journey") {
            return Ok(());
        }
        let column = 1 + raw.len() - raw.trim_start().len();
        let found = t.chars().take(40).collect::<String>();
        return Err(LoadError::said(
            n,
            column,
            "load-mermaid-no-header",
            vec![("found", found)],
        ));
    }
    Err(match front_matter {
        Some(line) => LoadError::said(line, 1, "load-mermaid-front-matter-open", vec![]),
        None => LoadError::said(first_line, 1, "load-mermaid-no-diagram", vec![]),
    })
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    s
}

/// One line of the body, from byte `start` of `raw` on.
fn statement(
    diagram: &mut Diagram,
    raw: &str,
    start: usize,
    n: usize,
    block: &mut Option<Block>,
) -> Result<(), LoadError> {
    let s = &raw[start..];
    let t = s.trim_start();
    let at = start + s.len() - t.len();
    let col = |i: usize| 1 + raw[..i].chars().count();
    if t.trim_end().is_empty() || t.starts_with("%%") {
        return Ok(());
    }
    // Accessibility values run to the end of the line: `#` and `;` are text there.
    if let Some(rest) = keyword(t, "accTitle")
        && let Some(value) = rest.trim_start().strip_prefix(':')
    {
        diagram.acc_title = decode_entities(value.trim());
        return Ok(());
    }
    if let Some(rest) = keyword(t, "accDescr") {
        let rest = rest.trim_start();
        if let Some(value) = rest.strip_prefix(':') {
            diagram.acc_descr = decode_entities(value.trim());
            return Ok(());
        }
        if let Some(value) = rest.strip_prefix('{') {
            let value_at = raw.len() - value.len();
            return match value.find('}') {
                Some(end) => {
                    diagram.acc_descr = join_block(&[value[..end].to_string()]);
                    statement(diagram, raw, value_at + end + 1, n, block)
                }
                None => {
                    *block = Some(Block {
                        line: n,
                        column: col(at),
                        lines: vec![value.to_string()],
                    });
                    Ok(())
                }
            };
        }
    }
    let code = t[..code_end(t)].trim_end();
    if code.is_empty() {
        return Ok(()); // a `#` comment
    }
    if let Some(i) = semicolon(code) {
        return Err(LoadError::said(
            n,
            col(at + i),
            "load-mermaid-semicolon",
            vec![],
        ));
    }
    for word in ["title", "section"] {
        if code.eq_ignore_ascii_case(word) {
            let args = vec![("word", word.to_string())];
            return Err(LoadError::said(
                n,
                col(at),
                "load-mermaid-name-missing",
                args,
            ));
        }
    }
    if let Some(value) = keyword_and_space(code, "title") {
        diagram.title = decode_mermaid(value.trim());
        return Ok(());
    }
    if let Some(value) = keyword_and_space(code, "section") {
        if let Some(i) = value.find(':') {
            let offset = at + code.len() - value.len() + i;
            return Err(LoadError::said(
                n,
                col(offset),
                "load-mermaid-section-colon",
                vec![],
            ));
        }
        diagram.sections.push(decode_mermaid(value.trim()));
        return Ok(());
    }
    task(diagram, code, raw, at, n)
}

/// A task line: `name: score` or `name: score: actor, actor`.
fn task(
    diagram: &mut Diagram,
    code: &str,
    raw: &str,
    at: usize,
    n: usize,
) -> Result<(), LoadError> {
    let col = |i: usize| 1 + raw[..i].chars().count();
    let Some(colon) = code.find(':') else {
        let args = vec![("task", code.chars().take(40).collect::<String>())];
        return Err(LoadError::said(
            n,
            col(at),
            "load-mermaid-task-no-score",
            args,
        ));
    };
    let name = code[..colon].trim();
    if name.is_empty() {
        return Err(LoadError::said(
            n,
            col(at),
            "load-mermaid-task-no-name",
            vec![],
        ));
    }
    let data = &code[colon + 1..];
    let data_at = at + colon + 1;
    // Mermaid's task data is `:` and at least one more character, even a
    // blank (`Number(" ")` is 0); the code here has trailing blanks trimmed.
    if raw[data_at..].starts_with(['#']) || raw.len() == data_at {
        let args = vec![("name", name.to_string())];
        return Err(LoadError::said(
            n,
            col(data_at),
            "load-mermaid-task-score-missing",
            args,
        ));
    }
    let mut parts = data.split(':');
    let score_text = parts.next().unwrap_or_default();
    let actors_text = parts.next();
    if let Some(rest) = parts.next() {
        let third = data_at + score_text.len() + actors_text.unwrap_or_default().len() + 1;
        let args = vec![("rest", rest.to_string())];
        diagram.warnings.push(LoadError::said(
            n,
            col(third),
            "load-mermaid-third-colon",
            args,
        ));
    }
    let score_at = data_at + score_text.len() - score_text.trim_start().len();
    let score = Score::new(score_text, n, col(score_at));
    let actors = actors_text
        .unwrap_or_default()
        .split(',')
        .map(|a| decode_mermaid(a.trim()))
        .filter(|a| !a.is_empty())
        .collect();
    if diagram.sections.is_empty() {
        // Mermaid's current section starts as "", and tasks before any
        // `section` line are drawn under it.
        diagram.sections.push(String::new());
    }
    diagram.tasks.push(Task {
        section: diagram.sections.len() - 1,
        name: decode_mermaid(name),
        score,
        actors,
    });
    Ok(())
}

/// The rest of `t` after `word` (any case), if `t` starts with it.
fn keyword<'a>(t: &'a str, word: &str) -> Option<&'a str> {
    let head = t.get(..word.len())?;
    head.eq_ignore_ascii_case(word).then(|| &t[word.len()..])
}

/// The rest after `word` and at least one blank, as Mermaid's `"title"\s` wants:
/// "titles: 3" is a task, "title page" is a title.
fn keyword_and_space<'a>(t: &'a str, word: &str) -> Option<&'a str> {
    let rest = keyword(t, word)?;
    rest.starts_with(char::is_whitespace).then_some(rest)
}

/// Where the code of a line ends: at the first `#` that does not open an
/// entity code; what follows is a comment.
fn code_end(t: &str) -> usize {
    let mut i = 0;
    while let Some(off) = t[i..].find('#') {
        let hash = i + off;
        match entity_at(&t[hash..]) {
            Some(len) => i = hash + len,
            None => return hash,
        }
    }
    t.len()
}

/// Byte index of the first `;` that does not close an entity code.
fn semicolon(code: &str) -> Option<usize> {
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        if let Some(len) = entity_at(rest) {
            i += len;
            continue;
        }
        let c = rest.chars().next()?;
        if c == ';' {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// An `accDescr { … }` body as Mermaid keeps it: lines trimmed, blank ones dropped.
fn join_block(lines: &[String]) -> String {
    let text: Vec<_> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    decode_entities(&text.join("\n"))
}

/// The map for a diagram.
///
/// Per-task scores: the model has one emotion value per stage and persona, so
/// the curve gets each actor's rounded mean over the tasks of a section. A
/// task whose own score differs from what the curve gives back for it on
/// export (its first actor's value at its stage) keeps that score as a line
/// `score: N` in the card's note. That is the only per-card place the model
/// offers; it stays visible and editable in the inspector, and it is written
/// only when needed, so for the common case (one task per actor per section)
/// the curve alone drives the export and editing it changes the scores.
/// Scores the curve's scale cannot hold are handled in [`super::mermaid_score`].
fn build(diagram: Diagram) -> Imported {
    let mut ids = Ids::new();
    let scale = scale_for(diagram.tasks.iter().map(|t| &t.score));
    let mut warnings = diagram.warnings;
    warnings.extend(scale_warning(diagram.tasks.iter().map(|t| &t.score)));
    warnings.extend(
        diagram
            .tasks
            .iter()
            .filter_map(|t| warning(&t.score, scale)),
    );
    warnings.sort_by_key(|w| (w.line, w.column));
    // With no `title`, the accessible title names the map; export then
    // writes it back as `accTitle` only.
    let title = if diagram.title.is_empty() {
        diagram.acc_title.clone()
    } else {
        diagram.title
    };
    let mut map = JourneyMap {
        title,
        ..JourneyMap::default()
    };
    map.lens.scenario = diagram.acc_descr;
    map.lens.accessible_title = diagram.acc_title;
    let stage_ids: Vec<StageId> = diagram
        .sections
        .into_iter()
        .map(|name| {
            let id = StageId(ids.next());
            map.stages.push(Stage::new(id, name));
            id
        })
        .collect();
    let mut persona_ids: HashMap<String, PersonaId> = HashMap::new();
    for actor in diagram.tasks.iter().flat_map(|t| &t.actors) {
        if !persona_ids.contains_key(actor) {
            let id = PersonaId(ids.next());
            let hue = Hue::ALL[map.personas.len() % Hue::ALL.len()];
            map.personas.push(Persona::new(id, actor.clone(), hue));
            persona_ids.insert(actor.clone(), id);
        }
    }

    let mut actions = Lane::new(LaneId(ids.next()), LaneKind::Actions);
    let mut emotions = Lane::new(LaneId(ids.next()), LaneKind::Emotions);
    emotions.scale = scale;
    // (persona, stage) → scores of its tasks there; `None` for tasks with no actor.
    let mut scores: HashMap<(Option<PersonaId>, StageId), Vec<i32>> = HashMap::new();
    for task in &diagram.tasks {
        let stage = stage_ids[task.section];
        let mut card = Card::new(CardId(ids.next()), stage, task.name.clone());
        for actor in &task.actors {
            let id = persona_ids[actor];
            if !card.personas.contains(&id) {
                card.personas.push(id);
            }
        }
        if let Some(value) = curve_value(&task.score, scale) {
            if card.personas.is_empty() {
                scores.entry((None, stage)).or_default().push(value);
            }
            for &p in &card.personas {
                scores.entry((Some(p), stage)).or_default().push(value);
            }
        }
        actions.cards.push(card);
    }
    let owners = map
        .personas
        .iter()
        .map(|p| Some(p.id))
        .chain(std::iter::once(None));
    for persona in owners {
        let values: std::collections::BTreeMap<StageId, i32> = stage_ids
            .iter()
            .filter_map(|&stage| {
                let s = scores.get(&(persona, stage))?;
                let mean = s.iter().sum::<i32>() as f64 / s.len() as f64;
                Some((stage, mean.round() as i32))
            })
            .collect();
        if !values.is_empty() {
            emotions.series.push(EmotionSeries { persona, values });
        }
    }
    for (card, task) in actions.cards.iter_mut().zip(&diagram.tasks) {
        let given_back = task
            .score
            .plain()
            .filter(|&n| curve_score(Some(&emotions), card) == Some(n));
        if given_back.is_none() {
            card.note = score_note(&task.score.text);
        }
    }
    map.lanes.push(actions);
    map.lanes.push(emotions);
    Imported { map, warnings }
}
