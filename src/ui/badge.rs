//! A small round badge drawn over the canvas (comment counts, merge
//! conflicts): a button with an accessible label, a tooltip and a short
//! text in a disc.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, WidgetInfo, vec2};

/// What a badge shows and says.
pub struct Badge<'a> {
    pub id: egui::Id,
    pub center: Pos2,
    pub radius: f32,
    pub fill: Color32,
    /// In the disc ("3", "!").
    pub text: &'a str,
    /// For screen readers and UI tests ("3 comments").
    pub label: String,
    pub tip: String,
}

/// Draw `badge` in `painter`'s area when it is inside `area`; returns its
/// response (`None`: out of view).
pub fn badge_ui(
    ui: &mut Ui,
    painter: &egui::Painter,
    area: Rect,
    badge: Badge,
) -> Option<egui::Response> {
    let hit = Rect::from_center_size(badge.center, vec2(2.0, 2.0) * (badge.radius + 2.0));
    if !area.intersects(hit) {
        return None;
    }
    let resp = ui.interact(hit, badge.id, Sense::click());
    let label = badge.label;
    resp.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
    let resp = resp.on_hover_text(badge.tip);
    let ring = if resp.hovered() {
        Color32::WHITE
    } else {
        badge.fill.gamma_multiply(0.6)
    };
    painter.circle(
        badge.center,
        badge.radius,
        badge.fill,
        Stroke::new(1.5, ring),
    );
    painter.text(
        badge.center,
        Align2::CENTER_CENTER,
        badge.text,
        FontId::proportional(badge.radius * if badge.text.len() > 1 { 1.15 } else { 1.3 }),
        Color32::WHITE,
    );
    Some(resp)
}

/// The theme the canvas is drawn in, from egui's visuals.
pub fn theme_of(ui: &Ui) -> crate::style::Theme {
    if ui.visuals().dark_mode {
        crate::style::Theme::Dark
    } else {
        crate::style::Theme::Light
    }
}
