//! A review file is read on a thread of its own: a big export (or a
//! hostile one, refused only once its limits are reached) never freezes
//! the window. While it reads, a small modal shows the file, a spinner and
//! the time so far, with Cancel: the reading is left to finish on its
//! thread and its result dropped (the readers are bounded, so that thread
//! ends soon).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Instant;

use egui::Id;

use crate::interop::reviews::{self, ReviewTable};
use crate::io::LoadError;
use crate::t;
use crate::ui::intent::Intent;

/// A review file being read.
pub struct ReadingReviews {
    pub path: PathBuf,
    started: Instant,
    result: Receiver<Result<ReviewTable, LoadError>>,
}

impl std::fmt::Debug for ReadingReviews {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadingReviews")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl ReadingReviews {
    /// Start reading `path` on a thread; `wake` asks for a frame once the
    /// result is there.
    pub fn start(path: PathBuf, wake: Option<egui::Context>) -> ReadingReviews {
        let (send, result) = std::sync::mpsc::channel();
        let file = path.clone();
        let read = move || {
            let table = reviews::read_table_file(&file);
            let _ = send.send(table);
            if let Some(ctx) = wake {
                ctx.request_repaint();
            }
        };
        if let Err(e) = std::thread::Builder::new()
            .name("read-reviews".into())
            .spawn(read)
        {
            // No thread to be had: say so as a failed read.
            let (send, failed) = std::sync::mpsc::channel();
            let detail = vec![("detail", e.to_string())];
            let _ = send.send(Err(LoadError::said(0, 0, "read-failed", detail)));
            return ReadingReviews {
                path,
                started: Instant::now(),
                result: failed,
            };
        }
        ReadingReviews {
            path,
            started: Instant::now(),
            result,
        }
    }

    /// The table once read (or why not); `None` while reading.
    pub fn poll(&self) -> Option<Result<ReviewTable, LoadError>> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                let detail = vec![("detail", "the reading stopped".to_string())];
                Some(Err(LoadError::said(0, 0, "read-failed", detail)))
            }
        }
    }
}

/// The reading modal: which file, a spinner, seconds so far, Cancel.
pub fn reading_ui(ctx: &egui::Context, job: &ReadingReviews, out: &mut Vec<Intent>) {
    let name = (job.path.file_name()).map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let seconds = job.started.elapsed().as_secs() as usize;
    let modal = egui::Modal::new(Id::unique("reading-reviews")).show(ctx, |ui| {
        ui.set_min_width(320.0);
        ui.heading(t!("reviews-reading-title"));
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(t!("reviews-reading-body", file = name, seconds = seconds));
        });
        ui.add_space(6.0);
        ui.button(t!("button-cancel")).clicked()
    });
    if modal.inner || modal.should_close() {
        out.push(Intent::CloseModal);
    }
    // The spinner turns and the seconds count while the file is read.
    ctx.request_repaint_after(std::time::Duration::from_millis(100));
}
