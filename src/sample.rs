//! Synthetic maps of a given size for benchmarks, stress tests and
//! `journeymap new --sample STAGESxLANESxCARDS`: realistic text lengths, a
//! share of Russian and Latvian text, emotion curves and blueprint lines.

use crate::model::{
    Card, CardId, Channel, Confidence, EmotionSeries, Evidence, Hue, JourneyMap, Lane, LaneContent,
    LaneId, LaneKind, Lens, Persona, PersonaId, Stage, StageId,
};

/// The size of a synthetic map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleSize {
    pub stages: usize,
    pub lanes: usize,
    pub cards_per_cell: usize,
}

impl SampleSize {
    /// Parse "15x12x5" (stages × card lanes × cards per cell).
    pub fn parse(text: &str) -> Result<SampleSize, String> {
        let parts: Vec<_> = text.split(['x', 'X', '×']).map(str::trim).collect();
        let [s, l, c] = parts.as_slice() else {
            return Err(format!(
                "\"{text}\" is not STAGESxLANESxCARDS, e.g. 15x12x5"
            ));
        };
        let num = |v: &str, what: &str, max: usize| -> Result<usize, String> {
            let n: usize = v
                .parse()
                .map_err(|_| format!("{what} \"{v}\" is not a whole number"))?;
            if n == 0 || n > max {
                return Err(format!("{what} must be between 1 and {max}, not {n}"));
            }
            Ok(n)
        };
        Ok(SampleSize {
            stages: num(s, "stages", 200)?,
            lanes: num(l, "lanes", 200)?,
            cards_per_cell: num(c, "cards per cell", 100)?,
        })
    }

    /// Number of cards the map will hold.
    pub fn cards(&self) -> usize {
        self.stages * self.lanes * self.cards_per_cell
    }
}

/// Phrases cards are made of: English, Russian and Latvian, short and long.
const PHRASES: [&str; 12] = [
    "Compares prices on three dealer sites",
    "Waits for a call back that never comes",
    "Reads owner reviews late at night on the phone",
    "Asks a colleague which service centre they trust",
    "Books a test drive online",
    "Signs the contract and arranges the loan with the finance desk, then waits for the car",
    "Сравнивает цены у трёх дилеров",
    "Ждёт звонка, который так и не поступает",
    "Читает отзывы владельцев поздно вечером",
    "Salīdzina cenas trīs dīleru vietnēs",
    "Gaida atzvanu, kas tā arī nepienāk",
    "Lasa īpašnieku atsauksmes vēlu vakarā",
];

/// A deterministic pseudo-random sequence (xorshift), so samples are
/// reproducible without a random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A map of `size` with an emotion lane (two personas) and, with more than
/// three card lanes, the three blueprint lines between them.
pub fn sample_map(size: SampleSize) -> JourneyMap {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut id = 0u64;
    let mut next = || {
        id += 1;
        id
    };
    let mut map = JourneyMap {
        title: format!(
            "Sample: {} stages × {} lanes × {} cards",
            size.stages, size.lanes, size.cards_per_cell
        ),
        lens: Lens {
            goal: "How does the tool behave with a map this big?".into(),
            scenario: "A synthetic service blueprint generated for performance tests.".into(),
            expectations: String::new(),
            accessible_title: String::new(),
        },
        ..JourneyMap::default()
    };
    let personas: Vec<PersonaId> = ["Vasily", "Anna"]
        .iter()
        .zip([Hue::Blue, Hue::Pink])
        .map(|(name, hue)| {
            let p = Persona::new(PersonaId(next()), *name, hue);
            let id = p.id;
            map.personas.push(p);
            id
        })
        .collect();
    for s in 0..size.stages {
        let mut stage = Stage::new(StageId(next()), format!("Stage {}", s + 1));
        stage.description = PHRASES[s % PHRASES.len()].to_string();
        map.stages.push(stage);
    }
    let mut emotions = Lane::new(LaneId(next()), LaneKind::Emotions);
    for p in &personas {
        let values = map
            .stages
            .iter()
            .map(|s| (s.id, rng.below(5) as i32 - 2))
            .collect();
        emotions.series.push(EmotionSeries {
            persona: Some(*p),
            values,
        });
    }
    map.lanes.push(emotions);
    // Every built-in card lane (the user-titled Custom lane and the
    // storyboard, whose cards want picture files, aside).
    let card_kinds: Vec<LaneKind> = LaneKind::ALL
        .into_iter()
        .filter(|k| k.content() == LaneContent::Cards)
        .filter(|k| !matches!(k, LaneKind::Custom | LaneKind::Storyboard))
        .collect();
    let lines = [
        LaneKind::LineOfInteraction,
        LaneKind::LineOfVisibility,
        LaneKind::LineOfInternalInteraction,
    ];
    for l in 0..size.lanes {
        if size.lanes > 3
            && l > 0
            && l % (size.lanes / 3).max(1) == 0
            && l / (size.lanes / 3).max(1) <= 3
        {
            let kind = lines[(l / (size.lanes / 3).max(1) - 1).min(2)];
            map.lanes.push(Lane::new(LaneId(next()), kind));
        }
        let kind = card_kinds[l % card_kinds.len()];
        let mut lane = Lane::new(LaneId(next()), kind);
        for stage in 0..size.stages {
            for _ in 0..size.cards_per_cell {
                let words = PHRASES[rng.below(PHRASES.len())];
                let mut card = Card::new(CardId(next()), map.stages[stage].id, words);
                card.confidence = Confidence::ALL[rng.below(3)];
                if kind == LaneKind::Touchpoints {
                    card.channel = Some(Channel::ALL[rng.below(Channel::ALL.len())]);
                }
                if rng.below(5) == 0 {
                    card.evidence.push(Evidence {
                        quote: PHRASES[rng.below(PHRASES.len())].into(),
                        source: "Interview #3".into(),
                        ..Default::default()
                    });
                }
                lane.cards.push(card);
            }
        }
        map.lanes.push(lane);
    }
    let mut metric = Lane::new(LaneId(next()), LaneKind::Metric);
    metric.unit = "%".into();
    for (i, s) in map.stages.iter().enumerate() {
        metric.values.insert(s.id, 100.0 / (i + 1) as f64);
    }
    map.lanes.push(metric);
    map
}

/// Phrases synthetic reviews are made of: Russian, as a dealer's Yandex Maps
/// export would be, with words that name stages of the car-dealer map.
const REVIEW_PHRASES: [&str; 12] = [
    "Кредит оформляли три часа, документы теряли дважды",
    "Менеджер на тест-драйве был вежлив и всё объяснил",
    "Парковка у салона маленькая, машину оставить негде",
    "Сервис записал на ТО быстро, но мастер опоздал",
    "На сайте цены одни, в салоне другие",
    "Выдача автомобиля заняла полдня, зато подарили коврики",
    "Звонили из колл-центра пять раз за неделю",
    "Кофе в зоне ожидания отличный, диваны удобные",
    "Страховку навязывали, без неё не хотели оформлять",
    "Отличный дилер, рекомендую друзьям",
    "Гарантийный ремонт ждали месяц, запчастей не было",
    "Trade-in оценили честно, сделка прошла быстро",
];

/// A review export like a Russian Excel's: `;`-separated, a header of
/// Дата;Автор;Оценка;Отзыв;Источник, `n` rows of about 500 bytes (10,000
/// rows make the 5 MB of the review import benchmark).
pub fn sample_reviews_csv(n: usize) -> String {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let sources = ["Яндекс Карты", "2ГИС", "Google Maps", "Отзовик"];
    let names = ["Иван П.", "Мария С.", "Алексей К.", "Ольга Н.", "Jānis B."];
    let mut out = String::from("Дата;Автор;Оценка;Отзыв;Источник\n");
    for i in 0..n {
        let mut text = String::new();
        while text.len() < 420 {
            if !text.is_empty() {
                text.push_str(". ");
            }
            text.push_str(REVIEW_PHRASES[rng.below(REVIEW_PHRASES.len())]);
        }
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        out.push_str(&format!(
            "{day:02}.{month:02}.2025;{};{};\"{}\";{}\n",
            names[rng.below(names.len())],
            1 + rng.below(5),
            text.replace('"', "\"\""),
            sources[rng.below(sources.len())]
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_maps_have_the_asked_number_of_cards() {
        let size = SampleSize::parse("15x12x5").unwrap();
        assert_eq!(size.cards(), 900);
        let map = sample_map(size);
        assert_eq!(map.card_count(), 900);
        assert_eq!(map.stages.len(), 15);
        assert!(map.validate().is_empty());
        assert!(
            map.lanes
                .iter()
                .any(|l| l.kind == LaneKind::LineOfVisibility)
        );
        assert!(map.card_texts().any(|t| t.contains("Сравнивает")));
        assert!(SampleSize::parse("15x12").is_err());
        assert!(SampleSize::parse("0x1x1").is_err());
        assert!(SampleSize::parse("axbxc").is_err());
    }
}
