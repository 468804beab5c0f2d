//! The Find bar's results marked over the canvas, after it is drawn: found
//! on screen through the layout and transforms the session's canvas was
//! drawn with, as the comment badges and version marks are.

use egui::Ui;

/// Mark every result of the open Find bar on the canvas (after
/// `canvas_ui`): a soft highlight on each, the current one outlined
/// strongest, as a browser's find does.
pub fn search_marks_ui(ui: &Ui, session: &super::session::Session) {
    let Some(bar) = &session.search else { return };
    if bar.hits.is_empty() || bar.revision != session.doc.revision {
        return;
    }
    let Some((layout, tfs)) = session.drawn() else {
        return;
    };
    let painter = ui.painter_at(tfs.canvas);
    let [fill, outline, strong] = super::badge::theme_of(ui)
        .find_marks()
        .map(super::paint::color);
    let current = bar.hit();
    for (i, found) in bar.hits.iter().enumerate() {
        let Some(rect) = super::session::found_on_screen(layout, &tfs, *found) else {
            continue;
        };
        if !rect.intersects(tfs.canvas) || Some(i) == bar.current {
            continue;
        }
        painter.rect(
            rect.expand(2.0),
            6.0,
            fill.gamma_multiply(0.3),
            egui::Stroke::new(2.0, outline),
            egui::StrokeKind::Outside,
        );
    }
    if let Some(rect) = current.and_then(|f| super::session::found_on_screen(layout, &tfs, f)) {
        painter.rect(
            rect.expand(3.0),
            6.0,
            fill.gamma_multiply(0.45),
            egui::Stroke::new(3.5, strong),
            egui::StrokeKind::Outside,
        );
    }
}
