//! Card pictures on the canvas. Files are decoded off the UI thread (two
//! workers), each scaled down to the power of two at or above the size it
//! is drawn at, so 200 screenshots at "fit" cost 200 small textures, not
//! 200 full decodes. Until a picture arrives the scene's placeholder shows;
//! a texture of another size stands in while a new size decodes, and
//! textures not drawn for a while are let go. The newest request is
//! decoded first, so what is on screen now does not wait behind pictures
//! panned past; a picture that could not be read is tried again after a
//! while (it may have arrived by sync or git pull).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};

use egui::{ColorImage, TextureHandle, TextureOptions, Vec2};

/// Smallest and largest texture side, in pixels.
const MIN_SIDE: u32 = 64;
const MAX_SIDE: u32 = 2048;
/// Seconds a texture is kept after it was last drawn.
const KEEP_UNUSED_S: f64 = 20.0;
/// Decoding threads: the machine's other work (and the UI) keeps a core.
const WORKERS: usize = 2;
/// Seconds before a picture that could not be read is tried again.
const RETRY_S: f64 = 5.0;

/// A picture file decoded to fit a square of `side` pixels.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    file: PathBuf,
    side: u32,
}

enum Slot {
    Loading,
    Ready {
        texture: TextureHandle,
        size: Vec2,
        used: f64,
    },
    /// Unreadable (missing, corrupt, over the limits) at this time: the
    /// placeholder stays.
    Failed(f64),
}

struct Job {
    key: Key,
    ctx: egui::Context,
    done: Sender<Done>,
}

struct Done {
    key: Key,
    /// The decoded picture, and whether it is the whole file (smaller than
    /// the side asked for: a larger side would decode the same pixels).
    result: Result<(ColorImage, bool), String>,
}

/// Textures of the pictures a canvas draws.
pub struct PictureCache {
    slots: HashMap<Key, Slot>,
    /// Sides decoded (or decoding) per file, so a stand-in is found fast.
    sides: HashMap<PathBuf, Vec<u32>>,
    /// Files whose every pixel a texture already holds, at that side.
    whole: HashMap<PathBuf, u32>,
    jobs: Option<Arc<Queue>>,
    done_tx: Sender<Done>,
    done_rx: Receiver<Done>,
    now: f64,
}

impl Default for PictureCache {
    fn default() -> Self {
        let (done_tx, done_rx) = channel();
        PictureCache {
            slots: HashMap::new(),
            sides: HashMap::new(),
            whole: HashMap::new(),
            jobs: None,
            done_tx,
            done_rx,
            now: 0.0,
        }
    }
}

/// Requests waiting for a worker, the newest taken first; closed when the
/// cache goes (the workers then end).
#[derive(Default)]
struct Queue {
    jobs: Mutex<(Vec<Job>, bool)>,
    ready: Condvar,
}

impl Queue {
    fn push(&self, job: Job) {
        if let Ok(mut q) = self.jobs.lock() {
            q.0.push(job);
            self.ready.notify_one();
        }
    }

    /// The newest job; `None` once closed.
    fn take(&self) -> Option<Job> {
        let mut q = self.jobs.lock().ok()?;
        loop {
            if q.1 {
                return None;
            }
            if let Some(job) = q.0.pop() {
                return Some(job);
            }
            q = self.ready.wait(q).ok()?;
        }
    }

    fn close(&self) {
        if let Ok(mut q) = self.jobs.lock() {
            q.1 = true;
            q.0.clear();
            self.ready.notify_all();
        }
    }
}

impl Drop for PictureCache {
    fn drop(&mut self) {
        if let Some(queue) = &self.jobs {
            queue.close();
        }
    }
}

/// The texture side for a picture drawn `pixels` wide or tall.
fn side_for(pixels: f32) -> u32 {
    (pixels.max(1.0).ceil() as u32)
        .next_power_of_two()
        .clamp(MIN_SIDE, MAX_SIDE)
}

/// Decode `file` as exports do (the limits, upright) to fit `side` × `side`.
fn decode(file: &Path, side: u32) -> Result<(ColorImage, bool), String> {
    let (image, _) = crate::export::pictures::decode_upright(file).map_err(|e| e.to_string())?;
    let whole = image.width() <= side && image.height() <= side;
    let image = if whole {
        image
    } else {
        image.thumbnail(side, side)
    };
    let rgba = image.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok((ColorImage::from_rgba_unmultiplied(size, &rgba), whole))
}

fn spawn_workers() -> Arc<Queue> {
    let queue = Arc::new(Queue::default());
    for n in 0..WORKERS {
        let queue = Arc::clone(&queue);
        let spawned = std::thread::Builder::new()
            .name(format!("pictures-{n}"))
            .spawn(move || {
                while let Some(job) = queue.take() {
                    // A decoder that panics on a strange file fails that
                    // picture, not the worker.
                    let (file, side) = (job.key.file.clone(), job.key.side);
                    let result = std::panic::catch_unwind(|| decode(&file, side))
                        .unwrap_or_else(|_| Err("the decoder failed".into()));
                    let done = Done {
                        key: job.key,
                        result,
                    };
                    if job.done.send(done).is_err() {
                        return;
                    }
                    job.ctx.request_repaint();
                }
            });
        if spawned.is_err() {
            break;
        }
    }
    queue
}

impl PictureCache {
    /// Take in what the workers finished and let go of textures not drawn
    /// for a while; call once per frame before [`Self::texture`].
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        self.now = ctx.input(|i| i.time);
        while let Ok(done) = self.done_rx.try_recv() {
            let slot = match done.result {
                Ok((image, whole)) => {
                    if whole {
                        self.whole.insert(done.key.file.clone(), done.key.side);
                    }
                    let size = Vec2::new(image.size[0] as f32, image.size[1] as f32);
                    let name = format!("picture:{}@{}", done.key.file.display(), done.key.side);
                    Slot::Ready {
                        texture: ctx.load_texture(name, image, TextureOptions::LINEAR),
                        size,
                        used: self.now,
                    }
                }
                Err(_) => Slot::Failed(self.now),
            };
            self.slots.insert(done.key, slot);
        }
        let now = self.now;
        let stale: Vec<Key> = (self.slots.iter())
            .filter(|(_, s)| matches!(s, Slot::Ready { used, .. } if now - used > KEEP_UNUSED_S))
            .map(|(k, _)| k.clone())
            .collect();
        for key in stale {
            self.slots.remove(&key);
            if let Some(sides) = self.sides.get_mut(&key.file) {
                sides.retain(|s| *s != key.side);
            }
            if self.whole.get(&key.file) == Some(&key.side) {
                self.whole.remove(&key.file);
            }
        }
    }

    /// The texture of `file` for drawing it `pixels` wide or tall, and its
    /// size in pixels; `None` while nothing of it is decoded yet (a
    /// decode is started) or when it cannot be read.
    pub fn texture(
        &mut self,
        ctx: &egui::Context,
        file: &Path,
        pixels: f32,
    ) -> Option<(egui::TextureId, Vec2)> {
        let mut side = side_for(pixels);
        if let Some(&whole) = self.whole.get(file) {
            side = side.min(whole);
        }
        let key = Key {
            file: file.to_path_buf(),
            side,
        };
        let retry =
            matches!(self.slots.get(&key), Some(Slot::Failed(at)) if self.now - at > RETRY_S);
        if retry || !self.slots.contains_key(&key) {
            self.request(ctx, key.clone());
        }
        if let Some(ready) = self.ready(key) {
            return Some(ready);
        }
        // Another size of the same picture stands in, the nearest first.
        let mut others = self.sides.get(file).cloned().unwrap_or_default();
        others.sort_by_key(|s| s.abs_diff(side));
        others.into_iter().find_map(|other| {
            self.ready(Key {
                file: file.to_path_buf(),
                side: other,
            })
        })
    }

    /// The texture of `key` and its size when it is decoded, marked as
    /// used now.
    fn ready(&mut self, key: Key) -> Option<(egui::TextureId, Vec2)> {
        let now = self.now;
        match self.slots.get_mut(&key) {
            Some(Slot::Ready {
                texture,
                size,
                used,
            }) => {
                *used = now;
                Some((texture.id(), *size))
            }
            _ => None,
        }
    }

    fn request(&mut self, ctx: &egui::Context, key: Key) {
        let queue = self.jobs.get_or_insert_with(spawn_workers);
        queue.push(Job {
            key: key.clone(),
            ctx: ctx.clone(),
            done: self.done_tx.clone(),
        });
        let sides = self.sides.entry(key.file.clone()).or_default();
        if !sides.contains(&key.side) {
            sides.push(key.side);
        }
        self.slots.insert(key, Slot::Loading);
    }

    /// Pictures still decoding (benchmarks wait for none).
    pub fn loading(&self) -> usize {
        (self.slots.values())
            .filter(|s| matches!(s, Slot::Loading))
            .count()
    }

    /// Bytes held in textures.
    pub fn texture_bytes(&self) -> usize {
        (self.slots.values())
            .map(|s| match s {
                Slot::Ready { size, .. } => (size.x * size.y * 4.0) as usize,
                _ => 0,
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_are_powers_of_two_within_bounds() {
        assert_eq!(side_for(10.0), 64);
        assert_eq!(side_for(300.0), 512);
        assert_eq!(side_for(512.0), 512);
        assert_eq!(side_for(9000.0), 2048);
    }

    #[test]
    fn a_picture_is_decoded_to_the_size_it_is_drawn_at() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("shot.png");
        image::RgbaImage::from_pixel(1920, 1080, image::Rgba([200, 30, 40, 255]))
            .save(&file)
            .unwrap();
        let (image, whole) = decode(&file, 256).unwrap();
        assert_eq!(image.size, [256, 144]);
        assert!(!whole);
        assert_eq!(image.pixels[0], egui::Color32::from_rgb(200, 30, 40));
        let (image, whole) = decode(&file, 2048).unwrap();
        assert_eq!(image.size, [1920, 1080]);
        assert!(whole);
        assert!(decode(&dir.path().join("missing.png"), 256).is_err());
    }
}
