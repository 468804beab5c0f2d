//! Markdown: in, the first ```` ```mermaid ```` block holding a `journey`
//! diagram; out, the map as a heading, its lens and one table (stages as
//! columns, lanes as rows) for wikis and pull requests.

use super::mermaid;
use crate::i18n::tr_in;
use crate::io::LoadError;
use crate::model::compare::markdown_text;
use crate::model::{JourneyMap, Lane, LaneContent};

/// The map from the first Mermaid fence whose first line that is not blank
/// or a comment is `journey`. Line numbers in errors are the document's.
pub(super) fn import(text: &str) -> Result<super::Imported, LoadError> {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let Some((fence, info)) = opening_fence(lines[i]) else {
            i += 1;
            continue;
        };
        let body_start = i + 1;
        let body_end = (body_start..lines.len())
            .find(|&j| closes(lines[j], fence))
            .unwrap_or(lines.len());
        let body = &lines[body_start..body_end];
        if info.eq_ignore_ascii_case("mermaid") && starts_with_journey(body) {
            // Line numbers are 1-based: the body's first line is `body_start + 1`.
            return mermaid::parse(&body.join("\n"), body_start + 1);
        }
        i = body_end + 1;
    }
    Err(LoadError::said(
        0,
        0,
        "load-markdown-no-diagram",
        Vec::new(),
    ))
}

/// A fence opening (up to three spaces, then three or more backticks or
/// tildes): the fence string and the first word of its info string.
fn opening_fence(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start_matches(' ');
    if line.len() - t.len() > 3 {
        return None;
    }
    let c = t.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = t.len() - t.trim_start_matches(c).len();
    if len < 3 {
        return None;
    }
    let info = t[len..].split_whitespace().next().unwrap_or("");
    // CommonMark: a backtick fence's info string cannot contain backticks.
    let info = info.trim_start_matches('{').trim_end_matches('}');
    Some((&t[..len], info))
}

/// Whether `line` closes a block opened by `fence` (same character, at least as long).
fn closes(line: &str, fence: &str) -> bool {
    let t = line.trim();
    let c = fence.chars().next().expect("fences are not empty");
    t.len() >= fence.len() && t.chars().all(|x| x == c)
}

fn starts_with_journey(body: &[&str]) -> bool {
    let mut in_front_matter = false;
    for line in body {
        let t = line.trim();
        if t == "---" {
            in_front_matter = !in_front_matter;
            continue;
        }
        if in_front_matter || t.is_empty() || t.starts_with("%%") {
            continue;
        }
        return t
            .get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("journey"));
    }
    false
}

/// The map as Markdown.
pub(super) fn write(map: &JourneyMap) -> String {
    let title = crate::model::title_or_untitled(&map.title);
    // A heading is one line: line breaks in the title become spaces.
    let mut out = format!("# {}\n\n", cell(&title.replace(['\r', '\n'], " ")));
    // Labels in the map's language, like every default text of the map.
    let lang = map.lang();
    let lens = [
        (tr_in(lang, "map-goal"), &map.lens.goal),
        (tr_in(lang, "map-scenario"), &map.lens.scenario),
        (tr_in(lang, "map-expectations"), &map.lens.expectations),
    ];
    let mut any = false;
    for (label, value) in lens {
        if !value.trim().is_empty() {
            out += &format!("**{label}:** {}  \n", cell(value.trim()));
            any = true;
        }
    }
    if !map.personas.is_empty() {
        let names: Vec<String> = map
            .personas
            .iter()
            .map(|p| {
                let mut about = Vec::new();
                if let Some(age) = p.age {
                    about.push(age.to_string());
                }
                if !p.role.trim().is_empty() {
                    about.push(p.role.trim().to_string());
                }
                if about.is_empty() {
                    cell(&p.name)
                } else {
                    format!("{} ({})", cell(&p.name), cell(&about.join(", ")))
                }
            })
            .collect();
        let label = tr_in(lang, "persona-personas");
        out += &format!("**{label}:** {}  \n", names.join("; "));
        any = true;
    }
    if any {
        out.push('\n');
    }

    out += "| |";
    for stage in &map.stages {
        out += &format!(" {} |", cell(&stage.name));
    }
    out += "\n| --- |";
    out += &" --- |".repeat(map.stages.len());
    out.push('\n');
    for lane in &map.lanes {
        for (label, cells) in rows(map, lane) {
            out += &format!("| {label} |");
            for c in cells {
                out += &format!(" {c} |");
            }
            out.push('\n');
        }
    }
    out
}

/// The table rows of one lane: its label and one cell per stage.
fn rows(map: &JourneyMap, lane: &Lane) -> Vec<(String, Vec<String>)> {
    let title = cell(&lane.title);
    match lane.kind.content() {
        LaneContent::Cards => {
            let cells = map
                .stages
                .iter()
                .map(|stage| {
                    let texts: Vec<String> = lane.cards_in(stage.id).map(card_cell).collect();
                    // Several cards in a cell read as a list; one needs no bullet.
                    match texts.len() {
                        0 | 1 => texts.concat(),
                        _ => texts
                            .iter()
                            .map(|t| format!("• {t}"))
                            .collect::<Vec<_>>()
                            .join("<br>"),
                    }
                })
                .collect();
            vec![(format!("**{title}**"), cells)]
        }
        LaneContent::Emotion => {
            let single_anonymous = lane.series.len() == 1 && lane.series[0].persona.is_none();
            lane.series
                .iter()
                .map(|series| {
                    let who = series
                        .persona
                        .and_then(|id| map.persona(id))
                        .filter(|_| !single_anonymous)
                        .map(|p| format!(" ({})", cell(&p.name)))
                        .unwrap_or_default();
                    let cells = map
                        .stages
                        .iter()
                        .map(|s| {
                            series
                                .values
                                .get(&s.id)
                                .map(i32::to_string)
                                .unwrap_or_default()
                        })
                        .collect();
                    (format!("**{title}{who}**"), cells)
                })
                .collect()
        }
        LaneContent::Metric => {
            let unit = cell(&lane.unit);
            let cells = map
                .stages
                .iter()
                .map(|s| match lane.values.get(&s.id) {
                    Some(&v) if unit.is_empty() => crate::i18n::data_number(v),
                    Some(&v) => format!("{} {unit}", crate::i18n::data_number(v)),
                    None => String::new(),
                })
                .collect();
            vec![(format!("**{title}**"), cells)]
        }
        LaneContent::Line => {
            let cells = vec![String::new(); map.stages.len()];
            vec![(format!("*— {title} —*"), cells)]
        }
    }
}

/// A card in a table cell: its picture as a Markdown image (shown by
/// viewers that find the file beside the document), then its text.
fn card_cell(card: &crate::model::Card) -> String {
    let text = cell(&card.text);
    let Some(path) = card.picture() else {
        return text;
    };
    let alt = cell(card.alt.as_deref().unwrap_or(""));
    let image = format!("![{alt}]({})", super::picture_text::encode_path(path));
    match text.is_empty() {
        true => image,
        false => format!("{image}<br>{text}"),
    }
}

/// Text safe inside a table cell and on a line: shown as it is, never as
/// markup, a link or an image (see [`markdown_text`]).
fn cell(text: &str) -> String {
    markdown_text(text.trim())
}
