//! Spreadsheets: the grid as CSV, laid out as a spreadsheet user would.
//!
//! ```text
//! Buying a car,Awareness,Consideration      first row: the map title, then the stage names
//! Actions,"Sees an ad                        a card lane: one card per line in a cell
//! Asks a friend",Compares prices             (a line break inside a card is written <br>)
//! Emotions (Vasily Petrov),1,-1              one emotion row per persona: whole numbers
//! Emotions,0,2                               the emotion curve of no persona
//! Share of leads [%],100,40                  a metric lane: title [unit], then numbers
//! Line of visibility,,                       a blueprint line: no cells
//! Storyboard,![A red door](trip.assets/3f….png) Arrives   a card's picture, before its text
//! ```
//!
//! On import a row's first cell picks the lane: a lane kind's name (any
//! case: "Actions", "Pains", "Touchpoints", "Emotions", "Line of
//! visibility", …) gives that kind, "Emotions (Name)" an emotion curve of
//! persona Name (consecutive emotion rows share one lane), "Title [unit]"
//! with numbers a metric lane, and anything else a custom card lane with that
//! title. The emotion scale is not in the grid: it is the smallest that holds
//! the lane's values (−2…2 when any is below 1, then 1…5, then 1…10).
//!
//! Kind names are recognised in every language journeymap speaks
//! ("Действия", "Боли", "Sāpju punkti", "Эмоции (Василий)", "Emocijas
//! (Anna)"), and they, or else the script of the text, set the map's
//! language. Excel outside English locales separates cells with `;` (and
//! writes decimal commas), its "Unicode Text" with tabs, and may start the
//! file with a `sep=;` line: the separator is that line's, or else the one of
//! `,` `;` and tab that splits the first rows most consistently. With `;` or
//! tab, `3,5` is read as 3.5.

use std::collections::{BTreeMap, HashMap};

use ::csv::{StringRecord, Terminator, WriterBuilder};

mod builder;
mod read;

pub(super) use read::parse;

use crate::i18n::names;
use crate::interop::picture_text::{split_picture, with_picture};
use crate::interop::text::{Ids, br_to_newlines, newlines_to_br};
use crate::io::LoadError;
use crate::model::{
    Card, CardId, EmotionScale, EmotionSeries, Hue, JourneyMap, Lane, LaneContent, LaneId,
    LaneKind, Lang, Persona, PersonaId, Stage, StageId,
};

/// How a grid is written: the separator, a UTF-8 byte-order mark, and
/// whether numbers have decimal commas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Dialect {
    pub separator: u8,
    pub bom: bool,
    pub decimal_comma: bool,
}

impl Dialect {
    /// RFC 4180: commas and decimal points.
    pub const fn comma(bom: bool) -> Self {
        Dialect {
            separator: b',',
            bom,
            decimal_comma: false,
        }
    }

    /// What Excel in Russian and Latvian locales opens as it is: `;`,
    /// decimal commas, UTF-8 with a BOM.
    pub const EXCEL_SEMICOLON: Dialect = Dialect {
        separator: b';',
        bom: true,
        decimal_comma: true,
    };

    /// Tab-separated UTF-8, decimal points, no BOM.
    pub const TAB: Dialect = Dialect {
        separator: b'\t',
        bom: false,
        decimal_comma: false,
    };
}

/// The map as a grid in `dialect`: CRLF line ends (RFC 4180, what Excel
/// writes), quoted where needed.
pub(super) fn write(map: &JourneyMap, dialect: Dialect) -> String {
    let mut writer = WriterBuilder::new()
        .terminator(Terminator::CRLF)
        .delimiter(dialect.separator)
        .from_writer(Vec::new());
    let mut rows = vec![
        std::iter::once(defuse(map.title.trim()))
            .chain(map.stages.iter().map(|s| defuse(&s.name)))
            .collect::<Vec<_>>(),
    ];
    for lane in &map.lanes {
        rows.extend(lane_rows(map, lane, dialect.decimal_comma));
    }
    for row in rows {
        writer
            .write_record(&row)
            .expect("writing CSV to memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV to memory cannot fail");
    let text = String::from_utf8(bytes).expect("the CSV writer keeps UTF-8 text as it is");
    if dialect.bom {
        format!("\u{feff}{text}")
    } else {
        text
    }
}

/// What a spreadsheet takes as the start of a formula (`=`, `+`, `-`, `@`)
/// or strips before looking for one (tab, CR): OWASP's list for "CSV
/// injection". And `'`, the text marker itself, so that it survives too.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// A text cell a spreadsheet shows as text, never runs: one starting like a
/// formula gets Excel's and LibreOffice's text marker `'` in front (which
/// they show without it). [`undefuse`] takes it off again on import.
/// Numbers (emotion and metric values) are not text cells and stay numbers.
fn defuse(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A text cell as read: the text marker `'` that [`defuse`] (or a
/// spreadsheet user) put before it taken off, so a round trip is exact.
fn undefuse(cell: &str) -> &str {
    cell.trim_start().strip_prefix('\'').unwrap_or(cell)
}

fn lane_rows(map: &JourneyMap, lane: &Lane, decimal_comma: bool) -> Vec<Vec<String>> {
    let per_stage = |cell: &dyn Fn(StageId) -> String| -> Vec<String> {
        map.stages.iter().map(|s| cell(s.id)).collect()
    };
    let row = |title: String, cells: Vec<String>| -> Vec<String> {
        std::iter::once(defuse(&title)).chain(cells).collect()
    };
    match lane.kind.content() {
        LaneContent::Cards => vec![row(
            lane.title.clone(),
            per_stage(&|stage| {
                let texts: Vec<String> = lane
                    .cards_in(stage)
                    .map(|c| {
                        let picture = c.picture().map(|p| (p, c.alt.as_deref()));
                        with_picture(&newlines_to_br(c.text.trim()), picture).into_owned()
                    })
                    .collect();
                defuse(&texts.join("\n"))
            }),
        )],
        LaneContent::Emotion if lane.series.is_empty() => {
            vec![row(lane.title.clone(), per_stage(&|_| String::new()))]
        }
        LaneContent::Emotion => lane
            .series
            .iter()
            .map(|series| {
                let title = match series.persona.and_then(|id| map.persona(id)) {
                    Some(p) => format!("{} ({})", lane.title, p.name),
                    None => lane.title.clone(),
                };
                let cells = per_stage(&|stage| {
                    series
                        .values
                        .get(&stage)
                        .map(i32::to_string)
                        .unwrap_or_default()
                });
                row(title, cells)
            })
            .collect(),
        LaneContent::Metric => {
            let cells = per_stage(&|stage| {
                let text = lane
                    .values
                    .get(&stage)
                    .copied()
                    .map(crate::i18n::data_number);
                let text = text.unwrap_or_default();
                if decimal_comma {
                    text.replace('.', ",")
                } else {
                    text
                }
            });
            vec![row(format!("{} [{}]", lane.title, lane.unit), cells)]
        }
        LaneContent::Line => vec![row(lane.title.clone(), per_stage(&|_| String::new()))],
    }
}
