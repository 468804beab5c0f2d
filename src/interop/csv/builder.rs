//! Building a map row by row from a grid: lane kinds by name in every
//! language, emotion and metric rows, cards in cells.

use super::*;

/// One data row as read, with where it is.
pub(super) struct Row<'a> {
    pub(super) record: StringRecord,
    pub(super) text: &'a str,
    pub(super) separator: u8,
    /// Byte offset and 1-based line where the row starts.
    pub(super) byte: usize,
    pub(super) line: usize,
}

impl Row<'_> {
    pub(super) fn cell(&self, i: usize) -> &str {
        self.record.get(i).unwrap_or("").trim()
    }

    /// Cell `i` as text: trimmed, without a text marker `'` (see [`undefuse`]).
    pub(super) fn text(&self, i: usize) -> &str {
        undefuse(self.cell(i)).trim()
    }

    /// An error at cell `i` (0-based), said by `key` with `args`.
    pub(super) fn error(
        &self,
        i: usize,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> LoadError {
        let (line, column) = self.position(i);
        LoadError::said(line, column, key, args)
    }

    /// Where cell `i` (0-based) is: the line it starts on (a quoted cell
    /// before it may span lines) and its 1-based column number.
    fn position(&self, i: usize) -> (usize, usize) {
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
        (line, i + 1)
    }
}

/// The names of lane kinds in every language, lower-cased, to look row
/// titles up in.
pub(super) struct KindNames(Vec<(String, LaneKind, Lang)>);

impl KindNames {
    pub(super) fn new() -> Self {
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
    pub(super) fn find(&self, title: &str) -> Option<(LaneKind, Lang)> {
        let title = title.trim().to_lowercase();
        self.0
            .iter()
            .find(|(name, _, _)| *name == title)
            .map(|&(_, kind, lang)| (kind, lang))
    }
}

/// An emotion value and where its cell is (line, column), to say where a
/// value that does not fit the lane's scale is.
type ValueAt = (i32, (usize, usize));

/// The map as it is built from the rows.
pub(super) struct Builder {
    map: JourneyMap,
    ids: Ids,
    stages: Vec<StageId>,
    personas: HashMap<String, PersonaId>,
    /// Emotion values read so far per emotion lane (by index in `map.lanes`),
    /// with their cells, to pick the scale and point at a value that fits none.
    emotion_cells: BTreeMap<usize, Vec<ValueAt>>,
    /// Whether the previous row was an emotion row, which the next may join.
    after_emotion: bool,
    /// Whether `3,5` is a number (the separator is not a comma).
    pub(super) decimal_comma: bool,
    kinds: KindNames,
    /// How many row titles were kind names in each language, by `Lang::ALL` index.
    votes: [usize; 3],
}

impl Builder {
    pub(super) fn new<'a>(title: &str, stage_names: impl Iterator<Item = &'a str>) -> Self {
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
    pub(super) fn kind_of(&mut self, title: &str) -> Option<LaneKind> {
        let (kind, lang) = self.kinds.find(title)?;
        if let Some(i) = Lang::ALL.iter().position(|&l| l == lang) {
            self.votes[i] += 1;
        }
        Some(kind)
    }

    /// "Emotions" → ("Emotions", None); "Эмоции (Анна)" → ("Эмоции", Some("Анна")).
    pub(super) fn emotion_row<'t>(&mut self, title: &'t str) -> Option<(&'t str, Option<&'t str>)> {
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

    pub(super) fn row(&mut self, row: &Row) -> Result<(), LoadError> {
        let width = self.stages.len() + 1;
        let len = row.record.len();
        if len < width {
            let args = vec![("cells", len.to_string()), ("width", width.to_string())];
            return Err(row.error(len, "load-csv-short-row", args));
        }
        // Spreadsheets often add empty cells past the last column; text there is not.
        if let Some(i) = (width..len).find(|&i| !row.cell(i).is_empty()) {
            let args = vec![("stages", self.stages.len().to_string())];
            return Err(row.error(i, "load-csv-past-last-stage", args));
        }
        let title = row.text(0);
        if title.is_empty() {
            return Err(row.error(0, "load-csv-no-lane-title", Vec::new()));
        }
        let emotion = self.emotion_row(title);
        let joined = self.after_emotion;
        self.after_emotion = emotion.is_some();
        if let Some((base, persona)) = emotion {
            return self.emotion_values(row, base, persona, joined);
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

    pub(super) fn new_lane(&mut self, kind: LaneKind, title: &str) -> &mut Lane {
        let mut lane = Lane::new(LaneId(self.ids.next()), kind);
        lane.title = title.to_string();
        self.map.lanes.push(lane);
        self.map.lanes.last_mut().expect("just pushed")
    }

    pub(super) fn card_row(&mut self, row: &Row, kind: LaneKind) {
        let mut cards = Vec::new();
        for (i, &stage) in self.stages.iter().enumerate() {
            let cell = undefuse(row.record.get(i + 1).unwrap_or(""));
            for line in cell.split(['\n', '\r']) {
                let text = line.trim();
                if !text.is_empty() {
                    let (picture, text) = split_picture(text);
                    let mut card = Card::new(CardId(self.ids.next()), stage, br_to_newlines(&text));
                    if let Some((path, alt)) = picture {
                        card.image = Some(path);
                        card.alt = alt;
                    }
                    cards.push(card);
                }
            }
        }
        self.new_lane(kind, row.text(0)).cards = cards;
    }

    pub(super) fn line_row(&mut self, row: &Row, kind: LaneKind) -> Result<(), LoadError> {
        if let Some(i) = (1..=self.stages.len()).find(|&i| !row.cell(i).is_empty()) {
            let args = vec![
                ("line", row.text(0).to_string()),
                ("found", row.cell(i).to_string()),
            ];
            return Err(row.error(i, "load-csv-line-holds-nothing", args));
        }
        self.new_lane(kind, row.text(0));
        Ok(())
    }

    pub(super) fn all_numbers(&self, row: &Row) -> bool {
        (1..=self.stages.len())
            .all(|i| row.cell(i).is_empty() || number(row.cell(i), self.decimal_comma).is_some())
    }

    pub(super) fn metric_row(
        &mut self,
        row: &Row,
        title: &str,
        unit: &str,
    ) -> Result<(), LoadError> {
        let mut values = BTreeMap::new();
        for (i, &stage) in self.stages.iter().enumerate() {
            let cell = row.cell(i + 1);
            if cell.is_empty() {
                continue;
            }
            let value = number(cell, self.decimal_comma)
                .ok_or_else(|| self.expected_number(row, i, cell))?;
            values.insert(stage, value);
        }
        let lane = self.new_lane(LaneKind::Metric, title);
        lane.unit = unit.to_string();
        lane.values = values;
        Ok(())
    }

    pub(super) fn emotion_values(
        &mut self,
        row: &Row,
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
                .map_err(|_| self.expected_number(row, i, cell))?;
            values.insert(stage, value);
            cells.push((value, row.position(i + 1)));
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

    pub(super) fn persona(&mut self, name: &str) -> PersonaId {
        if let Some(&id) = self.personas.get(name) {
            return id;
        }
        let id = PersonaId(self.ids.next());
        let hue = Hue::ALL[self.map.personas.len() % Hue::ALL.len()];
        self.map.personas.push(Persona::new(id, name, hue));
        self.personas.insert(name.to_string(), id);
        id
    }

    /// "expected a number" at the cell of `stage` (0-based) in `row`.
    pub(super) fn expected_number(&self, row: &Row, stage: usize, found: &str) -> LoadError {
        let args = vec![
            ("lane", row.text(0).to_string()),
            ("stage", self.map.stages[stage].name.clone()),
            ("found", found.to_string()),
        ];
        row.error(stage + 1, "load-csv-expected-number", args)
    }

    pub(super) fn finish(mut self) -> Result<JourneyMap, LoadError> {
        for (index, cells) in std::mem::take(&mut self.emotion_cells) {
            let lane = &mut self.map.lanes[index];
            lane.scale = scale_for(cells.iter().map(|(v, _)| *v));
            if let Some((value, at)) = cells.into_iter().find(|(v, _)| lane.scale.clamp(*v) != *v) {
                let args = vec![
                    ("value", value.to_string()),
                    ("scale", lane.scale.label().to_string()),
                ];
                return Err(LoadError::said(at.0, at.1, "load-csv-emotion-scale", args));
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
    pub(super) fn language(&self) -> Option<Lang> {
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
pub(super) fn scale_for(values: impl Iterator<Item = i32>) -> EmotionScale {
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
pub(super) fn metric_title(title: &str) -> Option<(&str, &str)> {
    let (base, rest) = title.rsplit_once('[')?;
    let unit = rest.strip_suffix(']')?;
    let base = base.trim_end();
    (!base.is_empty()).then_some((base, unit.trim()))
}

/// A finite number ("15", "-2.5"; with `decimal_comma` also "-2,5");
/// `NaN` and `inf` are not numbers here.
pub(super) fn number(text: &str, decimal_comma: bool) -> Option<f64> {
    let parsed = text.parse::<f64>().ok().or_else(|| {
        // One comma and no point: the decimal comma of Russian, Latvian and
        // most European locales.
        let comma = decimal_comma && text.matches(',').count() == 1 && !text.contains('.');
        comma.then(|| text.replace(',', ".").parse().ok()).flatten()
    });
    parsed.filter(|v: &f64| v.is_finite())
}
