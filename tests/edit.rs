//! Every command undoes to exactly the prior document: random command
//! sequences on real templates, applied, undone and redone.

use journeymap::edit::{Command, History};
use journeymap::io::template_by_name;
use journeymap::model::{
    Card, CardId, Confidence, EmotionScale, Hue, JourneyMap, Lane, LaneContent, LaneId, LaneKind,
    Lens, Persona, PersonaId, Stage, StageId,
};
use proptest::prelude::*;

/// A random edit, made concrete against the map as it is when applied.
#[derive(Clone, Debug)]
struct Op {
    kind: u8,
    a: usize,
    b: usize,
    c: usize,
    text: String,
}

fn op() -> impl Strategy<Value = Op> {
    (
        0u8..21,
        0usize..64,
        0usize..64,
        0usize..64,
        "[a-zA-Zа-яĀ-ž ]{0,12}",
    )
        .prop_map(|(kind, a, b, c, text)| Op {
            kind,
            a,
            b,
            c,
            text,
        })
}

fn pick<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

fn command_for(map: &JourneyMap, op: &Op) -> Option<Command> {
    let stages: Vec<StageId> = map.stages.iter().map(|s| s.id).collect();
    let lanes: Vec<LaneId> = map.lanes.iter().map(|l| l.id).collect();
    let card_lanes: Vec<LaneId> = map
        .lanes
        .iter()
        .filter(|l| l.kind.content() == LaneContent::Cards)
        .map(|l| l.id)
        .collect();
    let cards: Vec<CardId> = map
        .lanes
        .iter()
        .flat_map(|l| l.cards.iter().map(|c| c.id))
        .collect();
    let next = map.next_id();
    Some(match op.kind {
        0 => Command::AddCard {
            lane: pick(&card_lanes, op.a)?,
            index: op.c,
            card: Card::new(CardId(next), pick(&stages, op.b)?, op.text.clone()),
        },
        1 => Command::RemoveCard {
            card: pick(&cards, op.a)?,
        },
        2 => {
            let (_, card) = map.card(pick(&cards, op.a)?)?;
            let mut card = card.clone();
            card.text = op.text.clone();
            card.confidence = Confidence::ALL[op.b % 3];
            card.color = Some(Hue::ALL[op.c % Hue::ALL.len()]);
            Command::UpdateCard { card }
        }
        3 => Command::MoveCard {
            card: pick(&cards, op.a)?,
            lane: pick(&card_lanes, op.b)?,
            stage: pick(&stages, op.c)?,
            index: op.a + op.c,
        },
        4 => Command::AddStage {
            index: op.a,
            stage: Stage::new(StageId(next), op.text.clone()),
        },
        5 => Command::RemoveStage {
            stage: pick(&stages, op.a)?,
        },
        6 => {
            let mut stage = map
                .stages
                .iter()
                .find(|s| Some(s.id) == pick(&stages, op.a))?
                .clone();
            stage.name = op.text.clone();
            stage.description = format!("{} {}", op.b, op.text);
            Command::UpdateStage { stage }
        }
        7 => Command::MoveStage {
            stage: pick(&stages, op.a)?,
            index: op.b,
        },
        8 => {
            let mut lane = Lane::new(LaneId(next), LaneKind::ALL[op.a % LaneKind::ALL.len()]);
            lane.title = op.text.clone();
            Command::AddLane {
                index: op.b,
                lane: Box::new(lane),
            }
        }
        9 => Command::RemoveLane {
            lane: pick(&lanes, op.a)?,
        },
        10 => {
            let mut lane = map.lane(pick(&lanes, op.a)?)?.clone_shallow();
            lane.title = op.text.clone();
            lane.collapsed = op.b.is_multiple_of(2);
            lane.color = Some(Hue::ALL[op.c % Hue::ALL.len()]);
            lane.scale = EmotionScale::ALL[op.b % 3];
            lane.unit = "%".into();
            Command::UpdateLane {
                lane: Box::new(lane),
            }
        }
        11 => Command::MoveLane {
            lane: pick(&lanes, op.a)?,
            index: op.b,
        },
        12 => {
            let lane = map
                .lanes
                .iter()
                .filter(|l| !l.series.is_empty())
                .nth(op.a % 2)?;
            Command::SetEmotion {
                lane: lane.id,
                series: op.b % lane.series.len(),
                stage: pick(&stages, op.c)?,
                value: (!op.a.is_multiple_of(4)).then_some(op.b as i32 % 5 - 2),
            }
        }
        13 => Command::SetMetric {
            lane: pick(&lanes, op.a)?,
            stage: pick(&stages, op.b)?,
            value: (!op.c.is_multiple_of(3)).then_some(op.c as f64 * 1.5),
        },
        14 => Command::SetTitle {
            title: op.text.clone(),
        },
        15 => Command::SetLens {
            lens: Lens {
                goal: op.text.clone(),
                scenario: format!("scenario {}", op.a),
                expectations: String::new(),
                accessible_title: String::new(),
            },
        },
        16 => Command::AddPersona {
            index: op.a,
            persona: Persona::new(
                PersonaId(next),
                op.text.clone(),
                Hue::ALL[op.b % Hue::ALL.len()],
            ),
        },
        17 => Command::RemovePersona {
            persona: pick(&map.personas.iter().map(|p| p.id).collect::<Vec<_>>(), op.a)?,
        },
        19 => {
            let lane = map
                .lanes
                .iter()
                .filter(|l| l.kind == LaneKind::Emotions)
                .nth(op.a % 2)?;
            Command::AddSeries {
                lane: lane.id,
                index: op.b,
                series: journeymap::model::EmotionSeries {
                    persona: map.personas.first().map(|p| p.id),
                    values: [(pick(&stages, op.c)?, 1)].into_iter().collect(),
                },
            }
        }
        20 => {
            let lane = map
                .lanes
                .iter()
                .filter(|l| !l.series.is_empty())
                .nth(op.a % 2)?;
            Command::RemoveSeries {
                lane: lane.id,
                index: op.b % lane.series.len(),
            }
        }
        _ => {
            let mut persona = map.personas.get(op.a % map.personas.len().max(1))?.clone();
            persona.name = op.text.clone();
            persona.age = Some(op.b as u32);
            Command::UpdatePersona { persona }
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn apply_all_undo_all_redo_all(template in 0usize..4, ops in proptest::collection::vec(op(), 1..40)) {
        let name = ["current-state", "day-in-the-life", "future-state", "service-blueprint"][template];
        let original = template_by_name(name).unwrap().instantiate().unwrap();
        let mut map = original.clone();
        let mut history = History::default();
        let mut before_each = Vec::new();
        for op in &ops {
            let Some(command) = command_for(&map, op) else { continue };
            let snapshot = map.clone();
            if history.apply(&mut map, command, "edit") {
                before_each.push(snapshot);
            } else {
                prop_assert_eq!(&map, &snapshot, "a command that did not apply changed the map");
            }
        }
        let applied = map.clone();
        for expected in before_each.iter().rev() {
            prop_assert!(history.undo(&mut map).is_some());
            prop_assert_eq!(&map, expected);
        }
        prop_assert!(history.undo(&mut map).is_none());
        prop_assert_eq!(&map, &original);
        for _ in 0..before_each.len() {
            prop_assert!(history.redo(&mut map).is_some());
        }
        prop_assert_eq!(&map, &applied);
    }
}

#[test]
fn a_gesture_is_one_undo_step_and_abort_restores() {
    let mut map = template_by_name("current-state")
        .unwrap()
        .instantiate()
        .unwrap();
    let original = map.clone();
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Emotions)
        .unwrap()
        .id;
    let stage = map.stages[0].id;
    let mut history = History::default();
    history.begin("Change emotion");
    for v in [-1, 0, 1, 2] {
        history.apply(
            &mut map,
            Command::SetEmotion {
                lane,
                series: 0,
                stage,
                value: Some(v),
            },
            "x",
        );
    }
    history.commit();
    assert_eq!(map.lane(lane).unwrap().series[0].values[&stage], 2);
    assert_eq!(history.undo_label(), Some("Change emotion"));
    history.undo(&mut map);
    assert_eq!(map, original, "one undo reverts the whole drag");

    history.begin("Drag");
    history.apply(&mut map, Command::SetTitle { title: "x".into() }, "x");
    history.abort(&mut map);
    assert_eq!(map, original, "abort (Esc) restores");
    assert_eq!(history.undo_label(), None, "abort leaves no step");
}

#[test]
fn deleting_a_stage_takes_its_cards_and_undo_brings_them_back_in_place() {
    let mut map = template_by_name("service-blueprint")
        .unwrap()
        .instantiate()
        .unwrap();
    let original = map.clone();
    let stage = map.stages[2].id;
    let mut history = History::default();
    history.apply(&mut map, Command::RemoveStage { stage }, "Delete stage");
    assert!(
        map.lanes
            .iter()
            .all(|l| l.cards.iter().all(|c| c.stage != stage))
    );
    assert!(
        map.lanes
            .iter()
            .all(|l| l.series.iter().all(|s| !s.values.contains_key(&stage)))
    );
    assert!(map.validate().is_empty());
    history.undo(&mut map);
    assert_eq!(map, original);
}

#[test]
fn stale_ids_change_nothing() {
    let mut map = template_by_name("blank").unwrap().instantiate().unwrap();
    let before = map.clone();
    let mut history = History::default();
    assert!(!history.apply(&mut map, Command::RemoveCard { card: CardId(999) }, "x"));
    assert!(!history.apply(
        &mut map,
        Command::MoveStage {
            stage: StageId(999),
            index: 0
        },
        "x"
    ));
    assert_eq!(map, before);
    assert_eq!(history.undo_label(), None);
}
