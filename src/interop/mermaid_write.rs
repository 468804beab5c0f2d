//! Maps → Mermaid `journey` diagrams.
//!
//! Stages become sections; the cards of the Actions lane (or of the first
//! card lane when there is none) become tasks in order; personas become
//! actors. A task's score is, in this order: a `score: N` line in the card's
//! note (written by the importer when the curve cannot give the task's own
//! score back), the card's first persona's emotion value at its stage mapped
//! onto 1–5, or 3 (neutral) when there is none.
//!
//! Names are written so that Mermaid reads them back as they are: a line
//! break becomes `<br>`, and characters that would end a name or start a
//! comment become Mermaid entity codes, which Mermaid (and our importer)
//! turns back into the character: `#` → `#35;`, `;` → `#59;`, `:` → `#58;`
//! (in task, section and actor names) and `,` → `#44;` (in actor names).

use super::mermaid_score::writable;
use super::text::has_br;
use crate::model::{Card, EmotionScale, JourneyMap, Lane, LaneContent, LaneKind};

/// Indents of Mermaid's documentation, which the round trip keeps.
const HEAD_INDENT: &str = "    ";
const TASK_INDENT: &str = "      ";

/// The note line that keeps a task's own score; see [`super::mermaid_score`].
pub(super) fn score_note(score: &str) -> String {
    format!("score: {score}")
}

/// The text of a `score: …` line anywhere in a card's note, when it can go
/// back into a task line as it is (a number, or the word Mermaid took as one).
fn note_score(note: &str) -> Option<&str> {
    note.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        let value = value.trim();
        (key.trim().eq_ignore_ascii_case("score") && writable(value)).then_some(value)
    })
}

/// The score the emotion curve gives a card: its first persona's value at its
/// stage; for a card with no persona, the persona-less curve's value (what
/// tasks without actors make on import), else the first curve's.
pub(super) fn curve_score(emotions: Option<&Lane>, card: &Card) -> Option<i32> {
    let lane = emotions?;
    let value = match card.personas.first() {
        Some(&p) => lane
            .series
            .iter()
            .find(|s| s.persona == Some(p))?
            .values
            .get(&card.stage)?,
        None => lane
            .series
            .iter()
            .find(|s| s.persona.is_none())
            .and_then(|s| s.values.get(&card.stage))
            .or_else(|| lane.series.iter().find_map(|s| s.values.get(&card.stage)))?,
    };
    Some(to_one_to_five(lane.scale, *value))
}

/// A value on `scale` mapped linearly onto Mermaid's 1–5.
fn to_one_to_five(scale: EmotionScale, value: i32) -> i32 {
    let t = scale.normalized(scale.clamp(value));
    1 + (t * 4.0).round() as i32
}

fn task_score(emotions: Option<&Lane>, card: &Card) -> String {
    match note_score(&card.note) {
        Some(text) => text.to_string(),
        None => curve_score(emotions, card).unwrap_or(3).to_string(),
    }
}

/// The actors of a card's task: its personas; with none, every persona —
/// unless the emotion lane has a persona-less value at its stage or the
/// card keeps its own score, which is how an imported task without actors
/// is kept, so it stays without.
fn actors<'a>(map: &'a JourneyMap, emotions: Option<&Lane>, card: &Card) -> Vec<&'a str> {
    let named: Vec<&str> = card
        .personas
        .iter()
        .filter_map(|&id| map.persona(id))
        .map(|p| p.name.as_str())
        .collect();
    if !named.is_empty() {
        return named;
    }
    // A card with its own `score:` line is a task as written (a word for a
    // score puts nothing on the curve), so no personas means no actors.
    let anonymous = note_score(&card.note).is_some()
        || emotions.is_some_and(|lane| {
            lane.series
                .iter()
                .any(|s| s.persona.is_none() && s.values.contains_key(&card.stage))
        });
    if anonymous {
        Vec::new()
    } else {
        map.personas.iter().map(|p| p.name.as_str()).collect()
    }
}

/// The map as a Mermaid journey diagram.
pub(super) fn write(map: &JourneyMap) -> String {
    let tasks = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Actions)
        .or_else(|| {
            map.lanes
                .iter()
                .find(|l| l.kind.content() == LaneContent::Cards)
        });
    let emotions = map.lanes.iter().find(|l| l.kind == LaneKind::Emotions);
    let mut out = String::from("journey\n");
    let title = map.title.trim();
    let acc_title = map.lens.accessible_title.trim();
    // A map named by its accessible title alone (a diagram with `accTitle`
    // and no `title`) goes back without a visible title.
    if !title.is_empty() && title != acc_title {
        out += &format!("{HEAD_INDENT}title {}\n", escape(title, ""));
    }
    if !acc_title.is_empty() {
        let one_line: Vec<&str> = acc_title.split_whitespace().collect();
        out += &format!(
            "{HEAD_INDENT}accTitle: {}\n",
            escape_acc(&one_line.join(" "))
        );
    }
    write_acc_descr(&mut out, map.lens.scenario.trim());
    for (i, stage) in map.stages.iter().enumerate() {
        let cards: Vec<&Card> = tasks.map_or(Vec::new(), |l| l.cards_in(stage.id).collect());
        let name = stage.name.trim();
        if name.is_empty() {
            // Mermaid's tasks before any `section` are its unnamed section;
            // an unnamed stage anywhere else needs a name to be a section.
            if i != 0 || cards.is_empty() {
                out += &format!("{HEAD_INDENT}section Stage {}\n", i + 1);
            }
        } else {
            out += &format!("{HEAD_INDENT}section {}\n", escape(name, ":"));
        }
        for card in cards {
            let text = card.text.trim();
            let text = if text.is_empty() {
                "Untitled task"
            } else {
                text
            };
            out += &format!(
                "{TASK_INDENT}{}: {}",
                guard_keyword(escape(text, ":")),
                task_score(emotions, card)
            );
            let names: Vec<String> = actors(map, emotions, card)
                .into_iter()
                .map(|a| match a.trim() {
                    "" => "Unnamed".to_string(),
                    a => escape(a, ":,"),
                })
                .collect();
            if !names.is_empty() {
                out += &format!(": {}", names.join(", "));
            }
            out.push('\n');
        }
    }
    out
}

/// `accDescr: …` on one line, or the `accDescr { … }` block for several.
fn write_acc_descr(out: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if let [line] = lines[..] {
        *out += &format!("{HEAD_INDENT}accDescr: {}\n", escape_acc(line));
        return;
    }
    *out += &format!("{HEAD_INDENT}accDescr {{\n");
    for line in lines {
        let line = escape_acc(line).replace('}', "#125;");
        // A whole-line `%%` would be dropped as a comment.
        let line = match line.strip_prefix('%') {
            Some(rest) => format!("#37;{rest}"),
            None => line,
        };
        *out += &format!("{TASK_INDENT}{line}\n");
    }
    *out += &format!("{HEAD_INDENT}}}\n");
}

/// In accessibility values only `#` needs care: our importer decodes entity
/// codes there, so a literal `#35;` must not turn into `#`.
fn escape_acc(text: &str) -> String {
    no_directives(&text.replace('#', "#35;"))
}

/// `text` with no `%%` in it: Mermaid takes `%%{…}%%` anywhere in a diagram
/// as a directive (themes, `securityLevel`, …), so a `%` followed by
/// another is written as its entity code `#37;`, which reads back as `%`.
fn no_directives(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' && chars.peek() == Some(&'%') {
            out += "#37;";
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` as a Mermaid name: line breaks as `<br>`; `#`, `;` and the
/// characters in `also` as entity codes; and when the text holds a literal
/// `<br>`, its `<` too, so that it does not read back as a line break; no
/// `%%` (see [`no_directives`]).
fn escape(text: &str, also: &str) -> String {
    let literal_br = has_br(text);
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\n' => out += "<br>",
            '#' | ';' => out += &format!("#{};", c as u32),
            '<' if literal_br => out += &format!("#{};", c as u32),
            c if also.contains(c) => out += &format!("#{};", c as u32),
            '\r' => {}
            c => out.push(c),
        }
    }
    no_directives(&out)
}

/// A task name that Mermaid would read as a keyword or a comment (`title …`,
/// `section …`, `journey…`, `accDescr {`, `%%…`) gets its first character as
/// an entity code, which reads back as the same text.
fn guard_keyword(name: String) -> String {
    let lower = name.to_lowercase();
    let after = |word: &str| lower.strip_prefix(word);
    let clashes = lower.starts_with("journey")
        || lower.starts_with("%%")
        || after("title").is_some_and(|r| r.starts_with(char::is_whitespace))
        || after("section").is_some_and(|r| r.starts_with(char::is_whitespace))
        || after("accdescr").is_some_and(|r| r.trim_start().starts_with('{'));
    if !clashes {
        return name;
    }
    let first = name.chars().next().expect("a clashing name is not empty");
    format!("#{};{}", first as u32, &name[first.len_utf8()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_map_onto_one_to_five() {
        assert_eq!(to_one_to_five(EmotionScale::MinusTwoToTwo, -2), 1);
        assert_eq!(to_one_to_five(EmotionScale::MinusTwoToTwo, 0), 3);
        assert_eq!(to_one_to_five(EmotionScale::MinusTwoToTwo, 2), 5);
        assert_eq!(to_one_to_five(EmotionScale::OneToFive, 4), 4);
        assert_eq!(to_one_to_five(EmotionScale::OneToTen, 1), 1);
        assert_eq!(to_one_to_five(EmotionScale::OneToTen, 10), 5);
    }

    #[test]
    fn names_escape_what_mermaid_cannot_take() {
        assert_eq!(escape("At 8:00; #1", ":"), "At 8#58;00#59; #35;1");
        assert_eq!(escape("two\nlines", ""), "two<br>lines");
        assert_eq!(escape("a <br> b\nc", ""), "a #60;br> b<br>c");
        assert_eq!(escape("Petrov, V.", ":,"), "Petrov#44; V.");
        assert_eq!(guard_keyword("Title page".into()), "#84;itle page");
        assert_eq!(guard_keyword("Titles".into()), "Titles");
        assert_eq!(guard_keyword("journeyman".into()), "#106;ourneyman");
    }

    #[test]
    fn note_scores_are_found_on_any_line() {
        assert_eq!(note_score("score: 5"), Some("5"));
        assert_eq!(note_score("seen twice\nScore:2"), Some("2"));
        assert_eq!(note_score("score: 13"), Some("13"));
        assert_eq!(note_score("score: 2rem"), Some("2rem"));
        assert_eq!(note_score("score: a;b"), None);
        assert_eq!(note_score("scored well"), None);
    }
}
