//! Reading a grid: the separator and `sep=` line, rows with their lines,
//! lane kinds by name in every language, the map built row by row.

use super::*;

/// One data row as read, with where it is.
struct Row<'a> {
    record: StringRecord,
    text: &'a str,
    separator: u8,
    /// Byte offset and 1-based line where the row starts.
    byte: usize,
    line: usize,
}

impl Row<'_> {
    fn cell(&self, i: usize) -> &str {
        self.record.get(i).unwrap_or("").trim()
    }

    /// Cell `i` as text: trimmed, without a text marker `'` (see [`undefuse`]).
    fn text(&self, i: usize) -> &str {
        undefuse(self.cell(i)).trim()
    }

    /// An error at cell `i` (0-based): the line the cell starts on (a quoted
    /// cell before it may span lines) and its 1-based column number.
    fn error(&self, i: usize, message: impl Into<String>) -> LoadError {
        let mut line = self.line;
        let mut in_quotes = false;
        let mut field = 0;
        for &b in self.text.as_bytes()[self.byte..].iter() {
            if field == i {
                break;
            }
            match b {
                b'"' => in_quotes = !in_quotes,
                b'\n' if in_quotes => line += 1,
                b'\n' => break,
                b if b == self.separator && !in_quotes => field += 1,
                _ => {}
            }
        }
        LoadError::at(line, i + 1, message)
    }
}

/// The separators a grid may use, in the order a tie is decided.
const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// How many rows the separator is judged by.
const SAMPLE_ROWS: usize = 20;

/// Excel's `sep=;` first line (as Excel writes it, or quoted, or padded with
/// separators by a tool that read it as a row): the separator it names.
fn sep_line(first_line: &str) -> Option<u8> {
    let line = first_line.trim_end_matches(['\r', '\n']);
    let line = line.strip_prefix('"').unwrap_or(line);
    let rest = line.get(..4).filter(|p| p.eq_ignore_ascii_case("sep="))?;
    let rest = &line[rest.len()..];
    let separator = *rest.as_bytes().first()?;
    let tail = rest[1..].trim_start_matches('"');
    (SEPARATORS.contains(&separator) || separator == b'|')
        .then_some(separator)
        .filter(|&sep| tail.bytes().all(|b| b == sep || b == b'"'))
}

fn reader(text: &str, separator: u8) -> ::csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes())
}

/// The separator that splits the first rows most consistently: the most
/// rows with as many cells as the first row (empty cells past it allowed, as
/// spreadsheets pad rows), then the most cells; a first row of one cell
/// rules a separator out. Commas when none fits.
fn detect_separator(text: &str) -> u8 {
    let score = |separator: u8| -> Option<(usize, usize)> {
        let mut rows = reader(text, separator)
            .into_records()
            .map_while(Result::ok)
            .filter(|r| !r.iter().all(|c| c.trim().is_empty()))
            .take(SAMPLE_ROWS);
        let width = rows.next()?.len();
        let consistent = rows
            .filter(|r| r.len() >= width && r.iter().skip(width).all(|c| c.trim().is_empty()))
            .count();
        (width >= 2).then_some((consistent, width))
    };
    let mut best = (b',', None);
    for separator in SEPARATORS {
        let s = score(separator);
        if s > best.1 {
            best = (separator, s);
        }
    }
    best.0
}

/// The map from spreadsheet text (BOM already removed; CRLF or LF; any
/// separator).
pub(in crate::interop) fn parse(text: &str) -> Result<JourneyMap, LoadError> {
    // A `sep=` line is not a row; blanking it keeps every line number.
    let first_line = text.split_inclusive('\n').next().unwrap_or("");
    let blanked;
    let (text, separator) = match sep_line(first_line) {
        Some(separator) => {
            blanked = format!("\n{}", &text[first_line.len()..]);
            (blanked.as_str(), separator)
        }
        None => (text, detect_separator(text)),
    };
    // The csv crate reads an unclosed quote to the end of the file as one
    // cell; that is a broken file, not one cell.
    if let Some((line, cell)) = unclosed_quote(text, separator) {
        return Err(LoadError::at(
            line,
            cell,
            "the quote that starts this cell is never closed, so the rest of the file would be \
             one cell; close it with another \" (a quote inside a quoted cell is written \"\")",
        ));
    }
    // After a CRLF (what Excel writes) the csv crate puts a row's start on
    // the LF before it and misses that line in its count: rows start after
    // any line ends here, and lines are counted from the bytes. Rows come in
    // order, so counting goes on from the previous row.
    let row_start = |byte: u64| {
        let mut byte = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        byte
    };
    let mut counted = (0usize, 1usize); // (byte, line there)
    let mut line_at = |byte: usize| {
        if byte < counted.0 {
            counted = (0, 1);
        }
        let newlines = text.as_bytes()[counted.0..byte]
            .iter()
            .filter(|&&b| b == b'\n');
        counted = (byte, counted.1 + newlines.count());
        counted.1
    };
    let mut rows = Vec::new();
    for result in reader(text, separator).records() {
        let record = result.map_err(|e| {
            let line = e.position().map_or(1, |p| line_at(row_start(p.byte())));
            LoadError::at(line, 1, format!("not a readable CSV row: {e}"))
        })?;
        let pos = record
            .position()
            .cloned()
            .unwrap_or_else(::csv::Position::new);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // blank rows are spacing, not lanes
        }
        let byte = row_start(pos.byte());
        rows.push(Row {
            record,
            text,
            separator,
            byte,
            line: line_at(byte),
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
    let mut builder = Builder::new(
        header.text(0),
        header
            .record
            .iter()
            .skip(1)
            .map(|name| undefuse(name.trim())),
    );
    builder.decimal_comma = separator != b',';
    for row in rows {
        builder.row(&row)?;
    }
    builder.finish()
}

/// Where a quoted cell opens that no quote closes, read as the csv crate
/// reads: a quote opens a quoted cell only as its first character, `""`
/// inside is a quote, and a quote elsewhere is text. The 1-based line of
/// the opening quote and its cell's number in the row.
fn unclosed_quote(text: &str, separator: u8) -> Option<(usize, usize)> {
    let (mut line, mut cell) = (1, 1);
    let mut at_cell_start = true;
    let mut opened = None;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        if opened.is_some() {
            match b {
                b'"' if bytes.peek() == Some(&b'"') => {
                    bytes.next();
                }
                b'"' => opened = None,
                b'\n' => line += 1,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' if at_cell_start => opened = Some((line, cell)),
            b if b == separator => cell += 1,
            b'\n' | b'\r' => {
                line += usize::from(b == b'\n');
                cell = 1;
            }
            _ => {}
        }
        at_cell_start = b == separator || b == b'\n' || b == b'\r';
    }
    opened
}

/// The names of lane kinds in every language, lower-cased, to look row
/// titles up in.
struct KindNames(Vec<(String, LaneKind, Lang)>);

impl KindNames {
    fn new() -> Self {
        let mut names = Vec::new();
        for kind in LaneKind::ALL {
            names.push((kind.label().to_lowercase(), kind, Lang::En));
            for lang in Lang::ALL {
                names.push((names::lane_kind(lang, kind).to_lowercase(), kind, lang));
            }
        }
        KindNames(names)
    }

    /// The kind whose name the title is, in any case and language, and the
    /// language it is named in.
    fn find(&self, title: &str) -> Option<(LaneKind, Lang)> {
        let title = title.trim().to_lowercase();
        self.0
            .iter()
            .find(|(name, _, _)| *name == title)
            .map(|&(_, kind, lang)| (kind, lang))
    }
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
    /// Whether `3,5` is a number (the separator is not a comma).
    decimal_comma: bool,
    kinds: KindNames,
    /// How many row titles were kind names in each language, by `Lang::ALL` index.
    votes: [usize; 3],
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
            decimal_comma: false,
            kinds: KindNames::new(),
            votes: [0; 3],
        }
    }

    /// The kind whose name the title is (any case, any language), counted
    /// as a vote for that language.
    fn kind_of(&mut self, title: &str) -> Option<LaneKind> {
        let (kind, lang) = self.kinds.find(title)?;
        if let Some(i) = Lang::ALL.iter().position(|&l| l == lang) {
            self.votes[i] += 1;
        }
        Some(kind)
    }

    /// "Emotions" → ("Emotions", None); "Эмоции (Анна)" → ("Эмоции", Some("Анна")).
    fn emotion_row<'t>(&mut self, title: &'t str) -> Option<(&'t str, Option<&'t str>)> {
        if self.kinds.find(title).map(|(k, _)| k) == Some(LaneKind::Emotions) {
            self.kind_of(title);
            return Some((title, None));
        }
        let (base, rest) = title.split_once('(')?;
        let persona = rest.strip_suffix(')')?.trim();
        let base = base.trim_end();
        let emotions = self.kinds.find(base).map(|(k, _)| k) == Some(LaneKind::Emotions);
        if !emotions || persona.is_empty() {
            return None;
        }
        self.kind_of(base);
        Some((base, Some(persona)))
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
        let title = row.text(0);
        if title.is_empty() {
            return Err(row.error(0, "a row needs the lane title in its first cell"));
        }
        let emotion = self.emotion_row(title);
        let joined = self.after_emotion;
        self.after_emotion = emotion.is_some();
        if let Some((base, persona)) = emotion {
            return self.emotion_values(row, title, base, persona, joined);
        }
        match self.kind_of(title) {
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
            let cell = undefuse(row.record.get(i + 1).unwrap_or(""));
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
        self.new_lane(kind, row.text(0)).cards = cards;
    }

    fn line_row(&mut self, row: &Row, kind: LaneKind) -> Result<(), LoadError> {
        if let Some(i) = (1..=self.stages.len()).find(|&i| !row.cell(i).is_empty()) {
            return Err(row.error(
                i,
                format!(
                    "\"{}\" is a blueprint line and holds nothing; found \"{}\"",
                    row.text(0),
                    row.cell(i)
                ),
            ));
        }
        self.new_lane(kind, row.text(0));
        Ok(())
    }

    fn all_numbers(&self, row: &Row) -> bool {
        (1..=self.stages.len())
            .all(|i| row.cell(i).is_empty() || number(row.cell(i), self.decimal_comma).is_some())
    }

    fn metric_row(&mut self, row: &Row, title: &str, unit: &str) -> Result<(), LoadError> {
        let mut values = BTreeMap::new();
        for (i, &stage) in self.stages.iter().enumerate() {
            let cell = row.cell(i + 1);
            if cell.is_empty() {
                continue;
            }
            let value = number(cell, self.decimal_comma)
                .ok_or_else(|| row.error(i + 1, self.expected_number(row.text(0), i, cell)))?;
            values.insert(stage, value);
        }
        let lane = self.new_lane(LaneKind::Metric, title);
        lane.unit = unit.to_string();
        lane.values = values;
        Ok(())
    }

    fn emotion_values(
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
                    && l.title.to_lowercase() == base.to_lowercase()
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
        if let Some(lang) = self.language() {
            self.map.language = lang.code().to_string();
        }
        Ok(self.map)
    }

    /// Russian or Latvian when the map clearly is: most kind names matched
    /// are in that language, or, when none decide, its text is mostly
    /// Cyrillic (Russian) or has Latvian letters (ā, ē, ī, ģ, ķ, ļ, ņ) in at
    /// least 2 % of its letters. English (the default) is left unset.
    fn language(&self) -> Option<Lang> {
        let [en, ru, lv] = self.votes;
        if ru > en.max(lv) {
            return Some(Lang::Ru);
        }
        if lv > en.max(ru) {
            return Some(Lang::Lv);
        }
        if en > ru.max(lv) {
            return None;
        }
        let map = &self.map;
        let texts = std::iter::once(map.title.as_str())
            .chain(map.stages.iter().map(|s| s.name.as_str()))
            .chain(map.lanes.iter().map(|l| l.title.as_str()))
            .chain(map.card_texts())
            .chain(map.personas.iter().map(|p| p.name.as_str()));
        let (mut cyrillic, mut latin, mut latvian) = (0usize, 0usize, 0usize);
        for c in texts.flat_map(str::chars).filter(|c| c.is_alphabetic()) {
            if ('\u{400}'..='\u{4ff}').contains(&c) {
                cyrillic += 1;
            } else {
                latin += 1;
                latvian += usize::from("ĀāĒēĪīĢģĶķĻļŅņ".contains(c));
            }
        }
        if cyrillic > latin {
            Some(Lang::Ru)
        } else if latvian > 0 && latvian * 50 >= latin {
            Some(Lang::Lv)
        } else {
            None
        }
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

/// "Share of leads [%]" → ("Share of leads", "%").
fn metric_title(title: &str) -> Option<(&str, &str)> {
    let (base, rest) = title.rsplit_once('[')?;
    let unit = rest.strip_suffix(']')?;
    let base = base.trim_end();
    (!base.is_empty()).then_some((base, unit.trim()))
}

/// A finite number ("15", "-2.5"; with `decimal_comma` also "-2,5");
/// `NaN` and `inf` are not numbers here.
fn number(text: &str, decimal_comma: bool) -> Option<f64> {
    let parsed = text.parse::<f64>().ok().or_else(|| {
        // One comma and no point: the decimal comma of Russian, Latvian and
        // most European locales.
        let comma = decimal_comma && text.matches(',').count() == 1 && !text.contains('.');
        comma.then(|| text.replace(',', ".").parse().ok()).flatten()
    });
    parsed.filter(|v: &f64| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sep_lines_as_excel_and_other_tools_write_them() {
        assert_eq!(sep_line("sep=;\r\n"), Some(b';'));
        assert_eq!(sep_line("SEP=,"), Some(b','));
        assert_eq!(sep_line("sep=\t\n"), Some(b'\t'));
        assert_eq!(sep_line("\"sep=;\";;;\n"), Some(b';'));
        assert_eq!(sep_line("sep=;x;y\n"), None);
        assert_eq!(sep_line("separator;A;B\n"), None);
        assert_eq!(sep_line("sep=\n"), None);
    }

    #[test]
    fn the_separator_that_splits_rows_alike_wins() {
        assert_eq!(detect_separator("Map,A,B\nActions,x;y,z\n"), b',');
        assert_eq!(detect_separator("Map;A;B\nActions;x, y;z\n"), b';');
        assert_eq!(detect_separator("Map\tA\tB\nActions\tx, y; z\t\n"), b'\t');
        // Spreadsheets pad rows with empty cells; a quoted `;` is inside a cell.
        assert_eq!(detect_separator("Map;A\nActions;\"x;y\";;\n"), b';');
        assert_eq!(detect_separator("Trip, day 1;A;B\n"), b';');
        assert_eq!(detect_separator("Map\n"), b',');
        assert_eq!(detect_separator(""), b',');
    }

    #[test]
    fn decimal_commas_only_where_commas_do_not_separate() {
        assert_eq!(number("3,5", true), Some(3.5));
        assert_eq!(number("-0,25", true), Some(-0.25));
        assert_eq!(number("3.5", true), Some(3.5));
        assert_eq!(number("3,5", false), None);
        assert_eq!(number("1,000.5", true), None);
        assert_eq!(number("1,2,3", true), None);
        assert_eq!(number("inf", true), None);
    }
}
