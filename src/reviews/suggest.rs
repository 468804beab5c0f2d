//! The stage a review is probably about, from the words it shares with each
//! stage's name, description and cards. Only a suggestion: nothing is
//! assigned until the user accepts it.

use std::collections::{HashMap, HashSet};

use super::words::Keys;
use crate::model::{JourneyMap, Lang, Review, StageId};

/// How much a word counts by where the stage has it: its name says most.
const NAME_WEIGHT: f64 = 3.0;
const DESCRIPTION_WEIGHT: f64 = 2.0;
const CARD_WEIGHT: f64 = 1.0;

/// The words of every stage, weighted, built once for many reviews.
pub struct Suggester {
    keys: Keys,
    stages: Vec<StageId>,
    /// For each word: (stage index, weight), and how rare the word is among
    /// stages (a word every stage has tells nothing).
    words: HashMap<String, (Vec<(usize, f64)>, f64)>,
}

impl Suggester {
    pub fn new(map: &JourneyMap) -> Suggester {
        let mut keys = Keys::new(map.lang() == Lang::Lv);
        let mut per_stage: Vec<HashMap<String, f64>> = vec![HashMap::new(); map.stages.len()];
        let mut add = |keys: &mut Keys, index: usize, text: &str, weight: f64| {
            for k in keys.of(text) {
                let w = per_stage[index].entry(k).or_default();
                *w = w.max(weight);
            }
        };
        for (i, stage) in map.stages.iter().enumerate() {
            add(&mut keys, i, &stage.name, NAME_WEIGHT);
            add(&mut keys, i, &stage.description, DESCRIPTION_WEIGHT);
        }
        for lane in &map.lanes {
            for card in &lane.cards {
                if let Some(i) = map.stage_index(card.stage) {
                    add(&mut keys, i, &card.text, CARD_WEIGHT);
                    add(&mut keys, i, &card.note, CARD_WEIGHT);
                }
            }
        }
        let mut words: HashMap<String, (Vec<(usize, f64)>, f64)> = HashMap::new();
        for (i, stage_words) in per_stage.into_iter().enumerate() {
            for (k, w) in stage_words {
                words.entry(k).or_default().0.push((i, w));
            }
        }
        let n = map.stages.len().max(1) as f64;
        for (stages, rarity) in words.values_mut() {
            *rarity = (1.0 + n / stages.len() as f64).ln();
        }
        Suggester {
            keys,
            stages: map.stages.iter().map(|s| s.id).collect(),
            words,
        }
    }

    /// The stage whose words `text` shares most, if it shares any; the
    /// earlier stage on a tie.
    pub fn suggest(&mut self, text: &str) -> Option<StageId> {
        let mut scores = vec![0.0; self.stages.len()];
        let mut seen = HashSet::new();
        for k in self.keys.of(text) {
            if !seen.insert(k.clone()) {
                continue;
            }
            if let Some((stages, rarity)) = self.words.get(&k) {
                for (i, w) in stages {
                    scores[*i] += w * rarity;
                }
            }
        }
        let (best, score) =
            scores.iter().enumerate().fold(
                (0, 0.0),
                |(bi, bs), (i, s)| if *s > bs { (i, *s) } else { (bi, bs) },
            );
        (score > 0.0).then(|| self.stages[best])
    }

    /// A suggestion for each review, in inbox order.
    pub fn suggest_all(&mut self, reviews: &[Review]) -> Vec<Option<StageId>> {
        reviews.iter().map(|r| self.suggest(&r.text)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ReviewId, Stage};

    fn map(stages: &[(&str, &str)]) -> JourneyMap {
        let mut map = JourneyMap::default();
        for (i, (name, description)) in stages.iter().enumerate() {
            let mut s = Stage::new(StageId(i as u64 + 1), *name);
            s.description = description.to_string();
            map.stages.push(s);
        }
        map
    }

    #[test]
    fn a_review_goes_to_the_stage_it_talks_about() {
        let m = map(&[
            ("Поиск автомобиля", "сайт, объявления"),
            ("Тест-драйв", "поездка с менеджером"),
            ("Оформление кредита", "документы, банк"),
        ]);
        let mut s = Suggester::new(&m);
        let r = Review::new(ReviewId(9), "Кредит оформляли три часа, документы теряли");
        assert_eq!(s.suggest(&r.text), Some(StageId(3)));
        assert_eq!(
            s.suggest("Менеджер на тест-драйве был вежлив"),
            Some(StageId(2))
        );
        assert_eq!(s.suggest("Всё отлично"), None);
    }

    #[test]
    fn latvian_words_match_by_their_beginning() {
        let mut m = map(&[("Pirkums", "līgums"), ("Piegāde", "automašīnas saņemšana")]);
        m.language = "lv".into();
        let mut s = Suggester::new(&m);
        assert_eq!(s.suggest("Piegādi nokavēja par nedēļu"), Some(StageId(2)));
    }

    /// Issue 26.4: «ТО» was dropped as the stop word «то», so service
    /// reviews went to the wrong stage of the dealer map.
    #[test]
    fn service_reviews_about_to_go_to_the_service_stage() {
        let template = crate::io::template_in("current-state", Lang::Ru).unwrap();
        let m = template.instantiate().unwrap();
        let service = m.stages.iter().find(|s| s.name == "Первое ТО").unwrap().id;
        let mut s = Suggester::new(&m);
        for review in [
            "Записался на ТО через сайт, приняли вовремя",
            "ТО сделали быстро, но дорого",
            "После ТО машину вернули грязной",
            "На ТО мастер объяснил каждую позицию",
            "Второе ТО тоже у вас, всё понятно",
            "Смета за ТО выросла в полтора раза",
        ] {
            assert_eq!(s.suggest(review), Some(service), "{review}");
        }
    }
}
