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
//! ```
//!
//! On import a row's first cell picks the lane: a lane kind's name (any
//! case: "Actions", "Pains", "Touchpoints", "Emotions", "Line of
//! visibility", …) gives that kind, "Emotions (Name)" an emotion curve of
//! persona Name (consecutive emotion rows share one lane), "Title [unit]"
//! with numbers a metric lane, and anything else a custom card lane with that
//! title. The emotion scale is not in the grid: it is the smallest that holds
//! the lane's values (−2…2 when any is below 1, then 1…5, then 1…10).

use std::collections::{BTreeMap, HashMap};

use ::csv::{ReaderBuilder, StringRecord, Terminator, WriterBuilder};

use super::text::{Ids, br_to_newlines, newlines_to_br};
use crate::io::LoadError;
use crate::model::{
    Card, CardId, EmotionScale, EmotionSeries, Hue, JourneyMap, Lane, LaneContent, LaneId,
    LaneKind, Persona, PersonaId, Stage, StageId,
};

/// The map as CSV: comma-separated, CRLF line ends (RFC 4180, what Excel
/// writes), quoted where needed; `bom` prepends a UTF-8 byte-order mark.
pub(super) fn write(map: &JourneyMap, bom: bool) -> String {
    let mut writer = WriterBuilder::new()
        .terminator(Terminator::CRLF)
        .from_writer(Vec::new());
    let mut rows = vec![
        std::iter::once(map.title.trim().to_string())
            .chain(map.stages.iter().map(|s| s.name.clone()))
            .collect::<Vec<_>>(),
    ];
    for lane in &map.lanes {
        rows.extend(lane_rows(map, lane));
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
    if bom { format!("\u{feff}{text}") } else { text }
}

fn lane_rows(map: &JourneyMap, lane: &Lane) -> Vec<Vec<String>> {
    let per_stage = |cell: &dyn Fn(StageId) -> String| -> Vec<String> {
        map.stages.iter().map(|s| cell(s.id)).collect()
    };
    let row = |title: String, cells: Vec<String>| -> Vec<String> {
        std::iter::once(title).chain(cells).collect()
    };
    match lane.kind.content() {
        LaneContent::Cards => vec![row(
            lane.title.clone(),
            per_stage(&|stage| {
                let texts: Vec<String> = lane
                    .cards_in(stage)
                    .map(|c| newlines_to_br(c.text.trim()))
                    .collect();
                texts.join("\n")
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
                lane.values
                    .get(&stage)
                    .map(f64::to_string)
                    .unwrap_or_default()
            });
            vec![row(format!("{} [{}]", lane.title, lane.unit), cells)]
        }
        LaneContent::Line => vec![row(lane.title.clone(), per_stage(&|_| String::new()))],
    }
}

/// One data row as read, with where it is.
struct Row<'a> {
    record: StringRecord,
    text: &'a str,
    /// Byte offset and 1-based line where the row starts.
    byte: usize,
    line: usize,
}

impl Row<'_> {
    fn cell(&self, i: usize) -> &str {
        self.record.get(i).unwrap_or("").trim()
    }

    /// An error at cell `i` (0-based): the line the cell starts on (a quoted
    /// cell before it may span lines) and its 1-based column number.
    fn error(&self, i: usize, message: impl Into<String>) -> LoadError {
        let mut line = self.line;
        let mut in_quotes = false;
        let mut field = 0;
        for b in self.text.as_bytes()[self.byte..].iter() {
            if field == i {
                break;
            }
            match b {
                b'"' => in_quotes = !in_quotes,
                b',' if !in_quotes => field += 1,
                b'\n' if in_quotes => line += 1,
                b'\n' => break,
                _ => {}
            }
        }
        LoadError::at(line, i + 1, message)
    }
}

/// The map from CSV text (BOM already removed; CRLF or LF).
pub(super) fn parse(text: &str) -> Result<JourneyMap, LoadError> {
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for result in reader.records() {
        let record = result.map_err(|e| {
            let line = e.position().map_or(1, |p| p.line() as usize);
            LoadError::at(line, 1, format!("not a readable CSV row: {e}"))
        })?;
        let pos = record
            .position()
            .cloned()
            .unwrap_or_else(::csv::Position::new);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // blank rows are spacing, not lanes
        }
        rows.push(Row {
            record,
            text,
            byte: pos.byte() as usize,
            line: pos.line() as usize,
        });
    }
    let mut rows = rows.into_iter();
    let header = rows.next().ok_or_else(|| {
        LoadError::at(
            1,
            1,
            "the file is empty; expected a first row with the map title and the stage names: \
             `Map title,Stage 1,Stage 2`",
        )
    })?;
    if header.record.len() < 2 {
        return Err(header.error(
            1,
            "the first row needs the stage names after the map title: `Map title,Stage 1,Stage 2`",
        ));
    }
    let mut builder = Builder::new(header.cell(0), header.record.iter().skip(1));
    for row in rows {
        builder.row(&row)?;
    }
    builder.finish()
}

/// The map as it is built from the rows.
struct Builder {
    map: JourneyMap,
    ids: Ids,
    stages: Vec<StageId>,
    personas: HashMap<String, PersonaId>,
    /// Emotion values read so far per emotion lane (by index in `map.lanes`),
    /// with their cells, to pick the scale and point at a value that fits none.
    emotion_cells: BTreeMap<usize, Vec<(i32, LoadError)>>,
    /// Whether the previous row was an emotion row, which the next may join.
    after_emotion: bool,
}

impl Builder {
    fn new<'a>(title: &str, stage_names: impl Iterator<Item = &'a str>) -> Self {
        let mut ids = Ids::new();
        let mut map = JourneyMap {
            title: title.to_string(),
            ..JourneyMap::default()
        };
        let stages = stage_names
            .map(|name| {
                let id = StageId(ids.next());
                map.stages.push(Stage::new(id, name.trim()));
                id
            })
            .collect();
        Builder {
            map,
            ids,
            stages,
            personas: HashMap::new(),
            emotion_cells: BTreeMap::new(),
            after_emotion: false,
        }
    }

    fn row(&mut self, row: &Row) -> Result<(), LoadError> {
        let width = self.stages.len() + 1;
        let len = row.record.len();
        if len < width {
            return Err(row.error(
                len,
                format!(
                    "this row has {len} cells, but the first row has {width} (the lane title and one \
                     per stage); add the missing cells"
                ),
            ));
        }
        // Spreadsheets often add empty cells past the last column; text there is not.
        if let Some(i) = (width..len).find(|&i| !row.cell(i).is_empty()) {
            return Err(row.error(
                i,
                format!(
                    "this cell is right of the last stage (the first row names {} stages)",
                    self.stages.len()
                ),
            ));
        }
        let title = row.cell(0);
        if title.is_empty() {
            return Err(row.error(0, "a row needs the lane title in its first cell"));
        }
        let emotion = emotion_row(title);
        let joined = self.after_emotion;
        self.after_emotion = emotion.is_some();
        if let Some((base, persona)) = emotion {
            return self.emotion_row(row, title, base, persona, joined);
        }
        match kind_of(title) {
            Some(LaneKind::Metric) => self.metric_row(row, title, ""),
            Some(kind) if kind.content() == LaneContent::Line => self.line_row(row, kind),
            Some(kind) => {
                self.card_row(row, kind);
                Ok(())
            }
            None => match metric_title(title) {
                Some((base, unit)) if self.all_numbers(row) => self.metric_row(row, base, unit),
                _ => {
                    self.card_row(row, LaneKind::Custom);
                    Ok(())
                }
            },
        }
    }

    fn new_lane(&mut self, kind: LaneKind, title: &str) -> &mut Lane {
        let mut lane = Lane::new(LaneId(self.ids.next()), kind);
        lane.title = title.to_string();
        self.map.lanes.push(lane);
        self.map.lanes.last_mut().expect("just pushed")
    }

    fn card_row(&mut self, row: &Row, kind: LaneKind) {
        let mut cards = Vec::new();
        for (i, &stage) in self.stages.iter().enumerate() {
            let cell = row.record.get(i + 1).unwrap_or("");
            for line in cell.split(['\n', '\r']) {
                let text = line.trim();
                if !text.is_empty() {
                    cards.push(Card::new(
                        CardId(self.ids.next()),
                        stage,
                        br_to_newlines(text),
                    ));
                }
            }
        }
        self.new_lane(kind, row.cell(0)).cards = cards;
    }

    fn line_row(&mut self, row: &Row, kind: LaneKind) -> Result<(), LoadError> {
        if let Some(i) = (1..=self.stages.len()).find(|&i| !row.cell(i).is_empty()) {
            return Err(row.error(
                i,
                format!(
                    "\"{}\" is a blueprint line and holds nothing; found \"{}\"",
                    row.cell(0),
                    row.cell(i)
                ),
            ));
        }
        self.new_lane(kind, row.cell(0));
        Ok(())
    }

    fn all_numbers(&self, row: &Row) -> bool {
        (1..=self.stages.len()).all(|i| row.cell(i).is_empty() || number(row.cell(i)).is_some())
    }

    fn metric_row(&mut self, row: &Row, title: &str, unit: &str) -> Result<(), LoadError> {
        let mut values = BTreeMap::new();
        for (i, &stage) in self.stages.iter().enumerate() {
            let cell = row.cell(i + 1);
            if cell.is_empty() {
                continue;
            }
            let value = number(cell)
                .ok_or_else(|| row.error(i + 1, self.expected_number(row.cell(0), i, cell)))?;
            values.insert(stage, value);
        }
        let lane = self.new_lane(LaneKind::Metric, title);
        lane.unit = unit.to_string();
        lane.values = values;
        Ok(())
    }

    fn emotion_row(
        &mut self,
        row: &Row,
        title: &str,
        base: &str,
        persona: Option<&str>,
        joined: bool,
    ) -> Result<(), LoadError> {
        let persona = persona.map(|name| self.persona(name));
        let mut values = BTreeMap::new();
        let mut cells = Vec::new();
        for (i, &stage) in self.stages.iter().enumerate() {
            let cell = row.cell(i + 1);
            if cell.is_empty() {
                continue;
            }
            let value: i32 = cell
                .strip_prefix('+')
                .unwrap_or(cell)
                .parse()
                .map_err(|_| row.error(i + 1, self.expected_number(title, i, cell)))?;
            values.insert(stage, value);
            cells.push((value, row.error(i + 1, "")));
        }
        // Consecutive emotion rows of one lane title are that lane's curves,
        // one per persona.
        let last = self.map.lanes.len().wrapping_sub(1);
        let joins = joined
            && self.map.lanes.get(last).is_some_and(|l| {
                l.kind == LaneKind::Emotions
                    && l.title.eq_ignore_ascii_case(base)
                    && !l.series.iter().any(|s| s.persona == persona)
            });
        let index = if joins {
            last
        } else {
            self.new_lane(LaneKind::Emotions, base);
            self.map.lanes.len() - 1
        };
        self.map.lanes[index]
            .series
            .push(EmotionSeries { persona, values });
        self.emotion_cells.entry(index).or_default().extend(cells);
        Ok(())
    }

    fn persona(&mut self, name: &str) -> PersonaId {
        if let Some(&id) = self.personas.get(name) {
            return id;
        }
        let id = PersonaId(self.ids.next());
        let hue = Hue::ALL[self.map.personas.len() % Hue::ALL.len()];
        self.map.personas.push(Persona::new(id, name, hue));
        self.personas.insert(name.to_string(), id);
        id
    }

    fn expected_number(&self, title: &str, stage: usize, found: &str) -> String {
        format!(
            "expected a number for {title} at stage \"{}\", found \"{found}\"",
            self.map.stages[stage].name
        )
    }

    fn finish(mut self) -> Result<JourneyMap, LoadError> {
        for (index, cells) in std::mem::take(&mut self.emotion_cells) {
            let lane = &mut self.map.lanes[index];
            lane.scale = scale_for(cells.iter().map(|(v, _)| *v));
            if let Some((value, at)) = cells.into_iter().find(|(v, _)| lane.scale.clamp(*v) != *v) {
                return Err(LoadError {
                    message: format!(
                        "emotion value {value} does not fit the lane's scale {}: one lane's values \
                         are all −2…2, 1…5 or 1…10",
                        lane.scale.label()
                    ),
                    ..at
                });
            }
        }
        Ok(self.map)
    }
}

/// The smallest scale that holds the values: −2…2 as soon as one is below 1
/// (and when all are 1 or 2, as that is the default), then 1…5, then 1…10.
fn scale_for(values: impl Iterator<Item = i32>) -> EmotionScale {
    let (min, max) = values.fold((i32::MAX, i32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if min < 1 || max <= 2 {
        EmotionScale::MinusTwoToTwo
    } else if max <= 5 {
        EmotionScale::OneToFive
    } else {
        EmotionScale::OneToTen
    }
}

/// The kind whose name the title is, in any case.
fn kind_of(title: &str) -> Option<LaneKind> {
    LaneKind::ALL
        .into_iter()
        .find(|k| k.label().eq_ignore_ascii_case(title))
}

/// "Emotions" → ("Emotions", None); "Emotions (Anna)" → ("Emotions", Some("Anna")).
fn emotion_row(title: &str) -> Option<(&str, Option<&str>)> {
    if kind_of(title) == Some(LaneKind::Emotions) {
        return Some((title, None));
    }
    let (base, rest) = title.split_once('(')?;
    let persona = rest.strip_suffix(')')?.trim();
    let base = base.trim_end();
    (kind_of(base) == Some(LaneKind::Emotions) && !persona.is_empty())
        .then_some((base, Some(persona)))
}

/// "Share of leads [%]" → ("Share of leads", "%").
fn metric_title(title: &str) -> Option<(&str, &str)> {
    let (base, rest) = title.rsplit_once('[')?;
    let unit = rest.strip_suffix(']')?;
    let base = base.trim_end();
    (!base.is_empty()).then_some((base, unit.trim()))
}

/// A finite number ("15", "-2.5"); `NaN` and `inf` are not numbers here.
fn number(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}
