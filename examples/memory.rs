//! Peak memory of the canvas without a window:
//! `cargo run --release --example memory -- big.ron` opens the map, draws
//! frames zoomed to fit and at 100 %, and prints the peak resident set.
//! (Under `valgrind --tool=massif` it gives the heap profile.)

use journeymap::perf::{CanvasFrames, Zoom};

fn main() {
    journeymap::allocator::tune(); // as the app does
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: memory MAP.ron");
        std::process::exit(2);
    };
    let map = match journeymap::io::load_file(std::path::Path::new(&path)) {
        Ok(loaded) => loaded.map,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let cards = map.card_count();
    for zoom in [Zoom::Fit, Zoom::Actual] {
        let mut frames = CanvasFrames::new(map.clone(), zoom);
        for _ in 0..5 {
            frames.frame();
        }
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map_or("unknown (no /proc)".into(), |v| v.trim().to_string());
    println!("cards={cards} peak_rss={peak}");
}
