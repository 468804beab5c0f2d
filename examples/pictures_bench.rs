//! Card pictures on the canvas, measured without a window:
//! `cargo run --release --example pictures_bench [-- DIR]` writes 200
//! distinct 1920 × 1080 screenshots and a map whose 200 cards each show
//! one (into DIR, kept for `journeymap export`, or a temporary folder),
//! then times the first frame (placeholders), how long until every picture
//! is decoded (off the UI thread), frames at fit and at 100 % once they are,
//! and prints the resident memory against the same map without pictures
//! and the bytes the textures hold.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use journeymap::perf::{CanvasFrames, Zoom, median_ms};
use journeymap::sample::{SampleSize, sample_map};

fn rss_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok())
        .unwrap_or(0)
}

/// A screenshot-like picture: bands of colour with a gradient and lines of
/// "text" (dark marks placed by a hash, so the file compresses about as a
/// real screenshot does), different for every `n`.
fn screenshot(n: u32) -> image::RgbImage {
    image::RgbImage::from_fn(1920, 1080, |x, y| {
        let glyph = (x / 3).wrapping_mul(2_654_435_761) ^ (y / 2).wrapping_mul(40_503) ^ n;
        if y % 24 < 12 && x % 640 < 560 && glyph.wrapping_mul(2_246_822_519) >> 29 < 3 {
            return image::Rgb([30, 30, 40]);
        }
        let band = (y / 120 + n) % 6;
        let base: [u8; 3] = [
            [240, 240, 245],
            [30, 90, 200],
            [250, 250, 250],
            [220, 60, 50],
            [245, 245, 235],
            [40, 160, 90],
        ][band as usize];
        let shade = ((x + n * 37) % 256) as u8 / 8;
        image::Rgb([
            base[0].saturating_sub(shade),
            base[1].saturating_sub(shade),
            base[2],
        ])
    })
}

/// Median frame time over `n` frames, in milliseconds.
fn frames_ms(frames: &mut CanvasFrames, n: usize) -> f64 {
    let samples = (0..n)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(frames.frame());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    median_ms(samples)
}

fn main() {
    journeymap::allocator::tune();
    let kept = std::env::args().nth(1).map(PathBuf::from);
    let temp = tempfile::tempdir().expect("a temporary folder");
    let dir = kept.clone().unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(dir.join("shots")).expect("the folder");
    let mut map = sample_map(SampleSize {
        stages: 10,
        lanes: 4,
        cards_per_cell: 5,
    });
    let plain = map.clone();
    let started = Instant::now();
    let mut n = 0;
    for lane in &mut map.lanes {
        for card in &mut lane.cards {
            let name = format!("shots/screen-{n:03}.png");
            screenshot(n)
                .save(dir.join(&name))
                .expect("write a picture");
            card.image = Some(name);
            n += 1;
        }
    }
    let file = dir.join("pictures.ron");
    journeymap::io::save_file(&file, &map).expect("save the map");
    eprintln!(
        "wrote {n} pictures in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // The same map without pictures: the baseline of memory and frames.
    let mut without = CanvasFrames::saved_as(plain, Some(file.clone()), Zoom::Fit);
    let plain_fit = frames_ms(&mut without, 50);
    drop(without);
    let rss_before = rss_kb("VmRSS:");

    let t = Instant::now();
    let mut frames = CanvasFrames::saved_as(map.clone(), Some(file.clone()), Zoom::Fit);
    let first_frame = t.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    while frames.pictures().0 > 0 {
        frames.frame();
        std::thread::sleep(Duration::from_millis(5));
    }
    frames.frame();
    let all_loaded = t.elapsed().as_secs_f64();
    let fit = frames_ms(&mut frames, 100);
    let (_, fit_bytes) = frames.pictures();
    let rss_fit = rss_kb("VmRSS:");

    let mut actual = CanvasFrames::saved_as(map, Some(file.clone()), Zoom::Actual);
    while actual.pictures().0 > 0 {
        actual.frame();
        std::thread::sleep(Duration::from_millis(5));
    }
    actual.frame();
    let at_100 = frames_ms(&mut actual, 100);
    let (_, actual_bytes) = actual.pictures();
    println!("cards_with_pictures={n}");
    println!("first_frame_ms={first_frame:.1} (layout, placeholders; decoding starts)");
    println!("all_pictures_decoded_s={all_loaded:.2}");
    println!("frame_fit_ms={fit:.2} (without pictures {plain_fit:.2})");
    println!("frame_100_ms={at_100:.2}");
    println!(
        "textures_fit_mb={:.1} textures_100_mb={:.1} (full-size decodes would be {:.0} MB)",
        fit_bytes as f64 / 1e6,
        actual_bytes as f64 / 1e6,
        n as f64 * 1920.0 * 1080.0 * 4.0 / 1e6
    );
    println!(
        "rss_growth_fit_mb={:.1} peak_rss_mb={:.1}",
        (rss_fit.saturating_sub(rss_before)) as f64 / 1024.0,
        rss_kb("VmHWM:") as f64 / 1024.0
    );
    if kept.is_some() {
        println!("map={}", file.display());
    }
}
