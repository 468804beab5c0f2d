//! Three-way and two-way merges of arbitrary sound maps (three cut from the
//! bytes): never a panic; the merged map is sound, saves and reloads, and
//! keeps each review once.
#![no_main]

use journeymap::fuzz_support::map_from_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let third = data.len() / 3;
    let (base, rest) = data.split_at(third);
    let (ours, theirs) = rest.split_at(third);
    let (base, ours, theirs) = (
        map_from_bytes(base),
        map_from_bytes(ours),
        map_from_bytes(theirs),
    );
    for merged in [
        journeymap::merge::merge(&base, &ours, &theirs),
        journeymap::merge::merge_two_way(&ours, &theirs),
    ] {
        assert!(merged.map.validate().is_empty(), "the merge left problems");
        let text = journeymap::io::to_ron_string(&merged.map);
        journeymap::io::parse_map(text.as_bytes()).expect("a merged map reloads");
        let mut keys = std::collections::HashSet::new();
        for review in &merged.map.reviews {
            assert!(keys.insert(review.duplicate_key()), "a review twice");
        }
    }
});
