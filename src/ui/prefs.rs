//! Preferences kept between runs (eframe persistence).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Lang;
use crate::style::Theme;

/// How many recent files the start screen lists.
const MAX_RECENT: usize = 8;

/// Key of the preferences in eframe's storage.
pub const PREFS_KEY: &str = "journeymap-prefs";

/// Preferences kept between runs.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub theme: Theme,
    pub recent: Vec<PathBuf>,
    pub export_scale: f32,
    pub export_theme: Theme,
    pub export_text_as_paths: bool,
    /// Leave persona photos from outside the map's folder out of exports.
    pub export_no_outside_images: bool,
    /// How the last PDF export was laid onto pages.
    pub export_pdf_pages: crate::export::pdf::PdfPages,
    /// PDF exports add a page per persona.
    pub export_persona_pages: bool,
    /// Reviewers' names in exports: kept, initials or left out.
    pub export_authors: crate::reviews::Authors,
    /// The interface language; `None` until the first start picks the
    /// system's.
    pub language: Option<Lang>,
    /// The name comments are signed with (empty: the login name).
    pub comment_author: String,
    /// A picture from outside the map's folder: copied beside the map
    /// (`true`) or linked where it is; `None` until the user was asked.
    pub copy_outside_pictures: Option<bool>,
    /// The inspector is folded away (View → Inspector, Ctrl+B).
    pub inspector_hidden: bool,
}

impl Prefs {
    /// Start the next export with these options.
    pub fn remember_export(&mut self, options: &crate::export::ExportOptions) {
        self.export_scale = options.scale;
        self.export_theme = options.theme;
        self.export_text_as_paths = options.text_as_paths;
        self.export_no_outside_images = options.no_outside_images;
        self.export_pdf_pages = options.pdf_pages;
        self.export_persona_pages = options.persona_pages;
        self.export_authors = options.authors;
    }
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            theme: Theme::Light,
            recent: Vec::new(),
            export_scale: 2.0,
            export_theme: Theme::Light,
            export_text_as_paths: false,
            export_no_outside_images: false,
            export_pdf_pages: crate::export::pdf::PdfPages::Poster,
            export_persona_pages: false,
            export_authors: crate::reviews::Authors::Keep,
            language: None,
            comment_author: String::new(),
            copy_outside_pictures: None,
            inspector_hidden: false,
        }
    }
}

impl Prefs {
    /// The author new comments are signed with: the name set in the
    /// Comments panel, else the login's full name (as the system's account
    /// gives it), else the login name, so a comment is never anonymous by
    /// accident and nobody has to type their name first.
    pub fn comment_author_or_login(&self) -> String {
        match self.comment_author.trim() {
            "" => login_full_name()
                .or_else(|| {
                    ["USER", "USERNAME", "LOGNAME"]
                        .iter()
                        .find_map(|v| std::env::var(v).ok().filter(|n| !n.trim().is_empty()))
                })
                .unwrap_or_default(),
            name => name.to_string(),
        }
    }

    /// Put `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// The full name of the account running the app (the first field of its
/// GECOS entry: "Марина Иванова"), else its login name; `None` when the
/// system has no entry for it.
#[cfg(unix)]
pub fn login_full_name() -> Option<String> {
    use std::ffi::CStr;
    // SAFETY: getpwuid_r writes only into `pwd` and `buf`, both ours and
    // large enough (it says ERANGE otherwise); the strings it points to
    // live in `buf`, read before it is dropped.
    unsafe {
        let uid = libc::getuid();
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut buf = vec![0 as libc::c_char; 16 * 1024];
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut found);
        if rc != 0 || found.is_null() {
            return None;
        }
        let read = |p: *const libc::c_char| {
            (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
        };
        let full = read(pwd.pw_gecos)
            .map(|g| g.split(',').next().unwrap_or_default().trim().to_string())
            .filter(|g| !g.is_empty());
        full.or_else(|| read(pwd.pw_name).filter(|n| !n.trim().is_empty()))
    }
}

/// The full name of the account running the app; other systems give the
/// login name through the environment.
#[cfg(not(unix))]
pub fn login_full_name() -> Option<String> {
    None
}
