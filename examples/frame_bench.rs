//! Quick check of canvas frame time against the label baseline:
//! `cargo run --release --example frame_bench -- --cards 1000`
//! prints `cards=1000 frame_ms=… baseline_ms=… ratio=…` (medians of 60
//! frames after warm-up, whole map on screen). `--drag` and `--typing`
//! time a card dragged across cells or typed into, at 100 %.

use std::time::Instant;

use journeymap::perf::{CanvasFrames, LabelFrames, Zoom, median_ms};
use journeymap::sample::{SampleSize, sample_map};

fn main() {
    journeymap::allocator::tune(); // as the app does
    let mut args = std::env::args().skip(1);
    let mut cards = 1000usize;
    let mut zoom = Zoom::Fit;
    let mut mode = "idle";
    while let Some(a) = args.next() {
        match a.as_str() {
            "--cards" => {
                cards = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| usage());
            }
            "--actual-size" => zoom = Zoom::Actual,
            // A card dragged across cells / typed into, at 100 %.
            "--drag" => (zoom, mode) = (Zoom::Actual, "drag"),
            "--typing" => (zoom, mode) = (Zoom::Actual, "typing"),
            _ => usage(),
        }
    }
    // 10 stages × N lanes × 5 cards per cell ≈ the asked number of cards.
    let lanes = cards.div_ceil(50).max(1);
    let map = sample_map(SampleSize {
        stages: 10,
        lanes,
        cards_per_cell: 5,
    });
    let n = map.card_count();
    let mut canvas = CanvasFrames::new(map.clone(), zoom);
    let mut labels = LabelFrames::new(&map);
    let time = |f: &mut dyn FnMut() -> usize| {
        for _ in 0..10 {
            f();
        }
        let samples = (0..60)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        median_ms(samples)
    };
    let frame_ms = match mode {
        "drag" => {
            assert!(canvas.start_card_drag());
            time(&mut || {
                canvas.drag_step();
                canvas.frame()
            })
        }
        "typing" => {
            assert!(canvas.start_typing());
            time(&mut || {
                canvas.type_char();
                canvas.frame()
            })
        }
        _ => time(&mut || canvas.frame()),
    };
    let baseline_ms = time(&mut || labels.frame());
    println!(
        "cards={n} frame_ms={frame_ms:.3} baseline_ms={baseline_ms:.3} ratio={:.2}",
        frame_ms / baseline_ms
    );
}

fn usage() -> ! {
    eprintln!("usage: frame_bench [--cards N] [--actual-size | --drag | --typing]");
    std::process::exit(2);
}
