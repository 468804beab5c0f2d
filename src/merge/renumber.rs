//! New ids for some items of a map, and every reference to them changed
//! with them (cards' stages and personas, curve and metric values, quotes'
//! reviews, reviews' stages).

use std::collections::BTreeMap;

use crate::model::JourneyMap;

/// Give each item whose id is a key of `mapping` the id it maps to.
pub fn renumber(map: &mut JourneyMap, mapping: &BTreeMap<u64, u64>) {
    let new = |id: &mut u64| {
        if let Some(n) = mapping.get(id) {
            *id = *n;
        }
    };
    for s in &mut map.stages {
        new(&mut s.id.0);
    }
    for p in &mut map.personas {
        new(&mut p.id.0);
    }
    for r in &mut map.reviews {
        new(&mut r.id.0);
        if let Some(s) = &mut r.stage {
            new(&mut s.0);
        }
    }
    for lane in &mut map.lanes {
        new(&mut lane.id.0);
        for card in &mut lane.cards {
            new(&mut card.id.0);
            new(&mut card.stage.0);
            for p in &mut card.personas {
                new(&mut p.0);
            }
            for e in &mut card.evidence {
                if let Some(r) = &mut e.review {
                    new(&mut r.0);
                }
            }
        }
        for series in &mut lane.series {
            if let Some(p) = &mut series.persona {
                new(&mut p.0);
            }
            rekey(&mut series.values, mapping);
        }
        rekey(&mut lane.values, mapping);
    }
}

/// The same values under the stages' new ids.
fn rekey<V>(values: &mut BTreeMap<crate::model::StageId, V>, mapping: &BTreeMap<u64, u64>) {
    let old = std::mem::take(values);
    for (mut stage, v) in old {
        if let Some(n) = mapping.get(&stage.0) {
            stage.0 = *n;
        }
        values.insert(stage, v);
    }
}
