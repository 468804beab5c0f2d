//! Edit → Find (Ctrl+F): a bar above the canvas that finds text anywhere in
//! the map ([`crate::model::search`]), counts the results ("3 of 17"),
//! steps through them with Enter / Shift+Enter or the arrows, selects each
//! and scrolls it into view. Esc or × closes it.

use egui::{Key, Ui};

use super::intent::{Intent, SearchIntent};
use crate::model::JourneyMap;
use crate::model::search::{Found, Query, find};
use crate::t;

/// The open search bar (view state of a session).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchBar {
    pub query: String,
    pub hits: Vec<Found>,
    /// Which hit is selected, from 0.
    pub current: Option<usize>,
    /// Put the cursor into the field on the next frame.
    pub focus: bool,
    /// The document revision the hits were found in.
    pub revision: u64,
}

impl SearchBar {
    pub fn new() -> SearchBar {
        SearchBar {
            focus: true,
            ..SearchBar::default()
        }
    }

    /// Find the query in `map` again (it changed, or the map did), keeping
    /// the current hit when it is still found.
    pub fn refresh(&mut self, map: &JourneyMap) {
        let was = self.current.and_then(|i| self.hits.get(i)).copied();
        self.hits = Query::new(&self.query).map_or_else(Vec::new, |q| find(map, &q));
        self.current = match was.and_then(|w| self.hits.iter().position(|h| *h == w)) {
            Some(i) => Some(i),
            None if self.hits.is_empty() => None,
            None => Some(0),
        };
    }

    /// Move to the next or previous hit, wrapping around.
    pub fn step(&mut self, forward: bool) {
        let n = self.hits.len();
        if n == 0 {
            return;
        }
        self.current = Some(match (self.current, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        });
    }

    /// The hit to show, if any.
    pub fn hit(&self) -> Option<Found> {
        self.current.and_then(|i| self.hits.get(i)).copied()
    }
}

/// Draw the bar; what it asks goes into `out`.
pub fn search_bar_ui(ui: &mut Ui, bar: &mut SearchBar, out: &mut Vec<Intent>) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("search-find"));
        let mut query = bar.query.clone();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut query)
                    .hint_text(t!("search-hint"))
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut bar.focus) {
            field.request_focus();
        }
        if field.changed() {
            out.push(Intent::Search(SearchIntent::Query(query)));
        }
        let (enter, shift, escape) = ui.input(|i| {
            (
                i.key_pressed(Key::Enter),
                i.modifiers.shift,
                i.key_pressed(Key::Escape),
            )
        });
        if field.lost_focus() && enter {
            out.push(Intent::Search(SearchIntent::Step(!shift)));
            // Enter again steps again: the cursor stays in the field.
            field.request_focus();
        }
        if escape && (field.has_focus() || field.lost_focus()) {
            out.push(Intent::Search(SearchIntent::Close));
        }
        let count = match (bar.current, bar.hits.len()) {
            (_, 0) if bar.query.trim().is_empty() => String::new(),
            (_, 0) => t!("search-none").into_owned(),
            (Some(i), n) => t!("search-count", current = i + 1, total = n),
            (None, n) => t!("search-count", current = 0, total = n),
        };
        ui.label(count);
        let any = !bar.hits.is_empty();
        if ui
            .add_enabled(any, egui::Button::new(t!("search-previous-button")))
            .on_hover_text(t!("search-previous"))
            .clicked()
        {
            out.push(Intent::Search(SearchIntent::Step(false)));
        }
        if ui
            .add_enabled(any, egui::Button::new(t!("search-next-button")))
            .on_hover_text(t!("search-next"))
            .clicked()
        {
            out.push(Intent::Search(SearchIntent::Step(true)));
        }
        if ui.button("×").on_hover_text(t!("search-close")).clicked() {
            out.push(Intent::Search(SearchIntent::Close));
        }
    });
}
