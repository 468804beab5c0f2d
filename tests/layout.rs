//! Layout geometry: emotion faces, the persona legend, and the lanes that
//! hold them.

use journeymap::export::{headless_fonts, headless_layout};
use journeymap::layout::{EmotionPlot, MapLayout, RowContent};
use journeymap::model::{
    EmotionSeries, Hue, JourneyMap, Lane, LaneId, LaneKind, Persona, PersonaId, Stage, StageId,
};

fn stages() -> Vec<Stage> {
    vec![
        Stage::new(StageId(1), "Discover"),
        Stage::new(StageId(2), "Buy"),
        Stage::new(StageId(3), "Use"),
    ]
}

fn series(persona: Option<u64>, values: [i32; 3]) -> EmotionSeries {
    EmotionSeries {
        persona: persona.map(PersonaId),
        values: (1..=3).map(StageId).zip(values).collect(),
    }
}

fn map(personas: Vec<Persona>, curves: Vec<EmotionSeries>) -> JourneyMap {
    let mut emotions = Lane::new(LaneId(20), LaneKind::Emotions);
    emotions.series = curves;
    let actions = Lane::new(LaneId(21), LaneKind::Actions);
    JourneyMap {
        title: "Layout test".into(),
        personas,
        stages: stages(),
        lanes: vec![emotions, actions],
        ..JourneyMap::default()
    }
}

fn layout(map: &JourneyMap) -> MapLayout {
    headless_layout(map, &mut headless_fonts(), "2026-01-01")
}

fn plot(layout: &MapLayout) -> (&EmotionPlot, egui::Rect) {
    layout
        .lanes
        .iter()
        .find_map(|l| match &l.content {
            RowContent::Emotion(p) => Some((p, l.rect)),
            _ => None,
        })
        .expect("an emotion lane")
}

const FACE: f32 = 20.0;

#[test]
fn faces_with_the_same_value_sit_side_by_side() {
    let m = map(
        vec![
            Persona::new(PersonaId(1), "Anna", Hue::Blue),
            Persona::new(PersonaId(2), "Boris", Hue::Red),
            Persona::new(PersonaId(3), "Chen", Hue::Green),
        ],
        vec![
            series(Some(1), [1, 2, -1]),
            series(Some(2), [1, 0, -1]),
            series(Some(3), [1, -2, 2]),
        ],
    );
    let l = layout(&m);
    let (plot, _) = plot(&l);
    for stage in l.stages.iter() {
        let faces: Vec<_> = plot
            .curves
            .iter()
            .flat_map(|c| c.points.iter().filter(|p| p.0 == stage.id).map(|p| p.2))
            .collect();
        for (i, a) in faces.iter().enumerate() {
            assert!(
                (stage.x..=stage.x + stage.width).contains(&a.x),
                "a face stays in its stage column"
            );
            for b in &faces[i + 1..] {
                let apart = (a.x - b.x).abs().max((a.y - b.y).abs());
                assert!(apart >= FACE, "faces {a:?} and {b:?} overlap");
            }
        }
    }
    // The same value is still the same height.
    let first: Vec<_> = plot.curves.iter().map(|c| c.points[0].2.y).collect();
    assert!(first.windows(2).all(|w| w[0] == w[1]), "{first:?}");
}

#[test]
fn long_persona_names_get_their_own_lines_and_the_lane_grows() {
    let long = |id, name: &str, hue| Persona::new(PersonaId(id), name, hue);
    let m = map(
        vec![
            long(
                1,
                "Aleksandra Konstantinovna, procurement manager at a regional hospital",
                Hue::Blue,
            ),
            long(
                2,
                "Bartholomew the weekend cyclist who rides to the coast",
                Hue::Red,
            ),
            long(3, "Chen", Hue::Green),
            long(
                4,
                "Dace Ozoliņa-Bērziņa, first-time buyer from Jūrmala",
                Hue::Purple,
            ),
        ],
        (1..=4).map(|p| series(Some(p), [0, 1, 2])).collect(),
    );
    let l = layout(&m);
    let (plot, lane) = plot(&l);
    assert_eq!(plot.legend.len(), 4);
    let rects: Vec<_> = plot.legend.iter().map(|(_, _, name)| name.rect()).collect();
    assert!(rects.iter().any(|r| r.height() > 20.0), "a long name wraps");
    for w in rects.windows(2) {
        assert!(
            w[1].top() >= w[0].bottom(),
            "legend entries overlap: {:?} and {:?}",
            w[0],
            w[1]
        );
    }
    for (swatch, _, name) in &plot.legend {
        assert!(
            name.rect().y_range().contains(swatch.y),
            "swatch beside its name"
        );
    }
    let last = rects.last().unwrap();
    assert!(
        last.bottom() <= lane.bottom(),
        "the lane ({lane:?}) holds the legend (ends at {})",
        last.bottom()
    );
    assert!(
        l.lanes[1].rect.top() >= last.bottom(),
        "the next lane starts below the legend"
    );
    assert!(l.footer.rect().top() >= last.bottom());
}

#[test]
fn a_curve_without_a_persona_has_its_own_legend_entry() {
    // The persona's colour is the one the rotation would give the first curve.
    let m = map(
        vec![Persona::new(PersonaId(7), "Vasily", Hue::Blue)],
        vec![series(None, [0, -1, 1]), series(Some(7), [1, 1, 2])],
    );
    let l = layout(&m);
    let (plot, _) = plot(&l);
    assert_eq!(plot.curves.len(), 2);
    assert_eq!(plot.legend.len(), 2, "every curve is in the legend");
    let names: Vec<String> = plot
        .legend
        .iter()
        .map(|(_, _, n)| n.rows.iter().map(|r| r.text.as_str()).collect())
        .collect();
    assert_eq!(names, ["All customers", "Vasily"]);
    // Swatches are told apart by colour: the persona-less curve must not
    // wear Vasily's colour.
    assert_ne!(plot.curves[0].hue, plot.curves[1].hue);
    for ((_, hue, _), curve) in plot.legend.iter().zip(&plot.curves) {
        assert_eq!(*hue, curve.hue, "a swatch has its curve's colour");
    }
}

#[test]
fn one_curve_without_personas_is_labelled_too() {
    let m = map(Vec::new(), vec![series(None, [0, 1, 2])]);
    let l = layout(&m);
    let (plot, _) = plot(&l);
    assert_eq!(plot.legend.len(), 1);
}
