//! The RON loader on arbitrary bytes: a map or an error with a position,
//! never a panic; a loaded map is sound and round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match journeymap::io::parse_map(data) {
        Ok(loaded) => {
            assert!(loaded.map.validate().is_empty(), "repair left problems");
            let text = journeymap::io::to_ron_string(&loaded.map);
            let again = journeymap::io::parse_map(text.as_bytes()).expect("saved map reloads");
            assert_eq!(again.map, loaded.map);
        }
        Err(e) => assert!(e.line >= 1, "error without a position: {e}"),
    }
});
