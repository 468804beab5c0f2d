//! The one way a map becomes a picture: layout → scene → filter veils, with
//! the one footer. The canvas, the start screen's previews, exports and the
//! comparison picture all come through here.

use super::{Prim, Scene, build_scene_with, filter_veils};
use crate::layout::compare::{CompareLayout, compare_layout};
use crate::layout::{LayoutOptions, MapLayout, Shaper, compute_with};
use crate::model::{CardFilter, JourneyMap, Lang};
use crate::style::Theme;
use crate::t_in;

/// What a picture of a map shows besides the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PictureOptions {
    pub theme: Theme,
    /// Colour rated touchpoints by importance.
    pub heat: bool,
    /// Every card's quotes in an "Evidence" section under the map.
    pub evidence_appendix: bool,
    /// Confidence counts in every stage header.
    pub confidence_counts: bool,
    /// The legend of markers and colours under the grid.
    pub legend: bool,
    /// What sorted reviews say, in stage headers and as a curve.
    pub review_stats: bool,
    /// Every comment thread in a "Comments" section under the map.
    pub comments_appendix: bool,
    /// Dim the cards this filter leaves out; the footer says what is
    /// highlighted.
    pub filter: CardFilter,
    /// Date printed in the footer (YYYY-MM-DD).
    pub date: String,
}

/// A map's picture: its geometry, its display list and the veils over what
/// the filter leaves out.
#[derive(Clone, Debug)]
pub struct Picture {
    pub layout: MapLayout,
    pub scene: Scene,
    /// Drawn over the body (under the title column and the stage band).
    pub veils: Vec<Prim>,
}

impl Picture {
    /// Every primitive, back to front.
    pub fn prims(&self) -> impl Iterator<Item = &Prim> {
        self.scene
            .body
            .iter()
            .chain(&self.veils)
            .chain(&self.scene.title_column)
            .chain(&self.scene.stage_band)
    }
}

/// The footer line in `lang`: what is shown, the date, the credit, and what
/// a filter highlights. The same everywhere a picture is drawn. English keeps
/// the ISO date (YYYY-MM-DD); Russian and Latvian write the date in words,
/// as people there write it («1 декабря 2026 г.»).
pub fn footer_text(lang: Lang, title: &str, date: &str, highlighted: Option<&str>) -> String {
    let date = match lang {
        Lang::En => date.to_string(),
        _ => long_date(lang, date).unwrap_or_else(|| date.to_string()),
    };
    let footer = t_in!(lang, "export-footer", title = title, date = date);
    match highlighted {
        Some(h) => t_in!(lang, "export-footer-highlighted", footer = footer, what = h),
        None => footer,
    }
}

/// "2026-12-01" in the long form of `lang`.
fn long_date(lang: Lang, iso: &str) -> Option<String> {
    let mut parts = iso.splitn(3, '-').map(str::parse::<i64>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    crate::i18n::format_date(
        lang,
        i32::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )
}

/// The footer of `map`'s picture under `options`.
pub fn map_footer(map: &JourneyMap, options: &PictureOptions) -> String {
    let lang = map.lang();
    let highlighted = options
        .filter
        .is_active()
        .then(|| crate::i18n::text::filter(lang, map, &options.filter));
    let untitled = crate::i18n::tr_in(lang, "untitled-map");
    let title = match map.title.trim() {
        "" => untitled.as_ref(),
        t => t,
    };
    footer_text(lang, title, &options.date, highlighted.as_deref())
}

/// The picture of `map`, its text shaped by `shaper`.
pub fn picture(map: &JourneyMap, shaper: &mut Shaper, options: &PictureOptions) -> Picture {
    let layout_options = LayoutOptions {
        evidence_appendix: options.evidence_appendix,
        confidence_counts: options.confidence_counts,
        legend: options.legend,
        heat: options.heat,
        review_stats: options.review_stats,
        comments_appendix: options.comments_appendix,
    };
    let layout = compute_with(map, shaper, &map_footer(map, options), layout_options);
    let scene = build_scene_with(&layout, options.theme, options.heat);
    let veils = filter_veils(&layout, map, &options.filter, options.theme);
    Picture {
        layout,
        scene,
        veils,
    }
}

/// The current-vs-future picture: stages side by side, both mean-feeling
/// lines, the table and the differences.
#[derive(Clone, Debug)]
pub struct ComparisonPicture {
    pub layout: CompareLayout,
    pub prims: Vec<Prim>,
}

/// Title of the comparison picture.
pub const COMPARISON_TITLE: &str = "Current vs future";

/// The picture comparing `current` with `future` (only `theme` and `date`
/// of `options` apply).
pub fn comparison_picture(
    current: &JourneyMap,
    future: &JourneyMap,
    shaper: &mut Shaper,
    options: &PictureOptions,
) -> ComparisonPicture {
    let comparison = crate::model::compare::compare(current, future);
    let footer = footer_text(current.lang(), COMPARISON_TITLE, &options.date, None);
    let layout = compare_layout(
        current.lang(),
        &comparison,
        &current.title,
        &future.title,
        &footer,
        shaper,
    );
    let prims = super::compare::compare_prims(&layout, options.theme);
    ComparisonPicture { layout, prims }
}
