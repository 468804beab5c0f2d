//! The review readers on arbitrary bytes, as CSV/TSV, Excel workbook and
//! JSON (the first byte picks): a table or an error, never a panic; a
//! table stays within the readers' limits and turns into reviews.
#![no_main]

use journeymap::interop::reviews::{
    ReviewFormat, limits, read_table, reviews_from_table,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = match pick % 3 {
        0 => ReviewFormat::Delimited,
        1 => ReviewFormat::Xlsx,
        _ => ReviewFormat::Json,
    };
    let Ok(table) = read_table(bytes, format) else {
        return;
    };
    assert!(table.headers.len() <= limits::MAX_COLUMNS);
    assert!(table.rows.len() <= limits::MAX_ROWS + 10);
    let map = journeymap::model::JourneyMap::default();
    let mut ids = map.fresh_ids();
    let _ = reviews_from_table(&table, &table.guessed, &[], &mut ids);
});
