//! The legend under the grid (View → Legend, `export --legend`): what the
//! markers and colours of the map mean — the confidence dot and dashed
//! border, the evidence badge, the channel icons the map uses and, with
//! heat colouring, the importance scale. Items flow in rows.

use egui::{Pos2, Rect, pos2};

use super::metrics::{ICON_SIZE, SMALL_TEXT};
use super::{Shaper, TextBlock};
use crate::fonts::FontStyle;
use crate::i18n::{names, tr_in};
use crate::model::{Channel, Confidence, JourneyMap};

/// What an item shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LegendMark {
    Confidence(Confidence),
    Evidence,
    Channel(Channel),
    /// A touchpoint of this importance, in its heat colour.
    Heat(u8),
}

/// One item: its mark (drawn in the `mark` square) and its label.
#[derive(Clone, Debug)]
pub struct LegendItem {
    pub mark: LegendMark,
    pub rect: Rect,
    pub label: TextBlock,
}

/// The legend: its heading and items.
#[derive(Clone, Debug)]
pub struct Legend {
    pub heading: TextBlock,
    pub items: Vec<LegendItem>,
}

/// The legend of `map` placed from `top` in `width`; and its bottom.
pub fn legend(
    map: &JourneyMap,
    shaper: &mut Shaper,
    left: f32,
    top: f32,
    width: f32,
    heat: bool,
) -> (Legend, f32) {
    let lang = map.lang();
    let heading = shaper.text(
        &tr_in(lang, "legend-heading"),
        SMALL_TEXT + 2.0,
        FontStyle::Bold,
        width,
        pos2(left, top),
    );
    let mut marks: Vec<(LegendMark, String)> = Confidence::ALL
        .into_iter()
        .map(|c| {
            (
                LegendMark::Confidence(c),
                names::confidence(lang, c).into_owned(),
            )
        })
        .collect();
    marks.push((
        LegendMark::Evidence,
        tr_in(lang, "legend-evidence").into_owned(),
    ));
    let used: Vec<Channel> = Channel::ALL
        .into_iter()
        .filter(|ch| {
            map.lanes
                .iter()
                .flat_map(|l| &l.cards)
                .any(|c| c.channel == Some(*ch))
        })
        .collect();
    marks.extend(used.into_iter().map(|ch| {
        (
            LegendMark::Channel(ch),
            names::channel(lang, ch).into_owned(),
        )
    }));
    if heat {
        marks.extend((1..=5).map(|i| {
            let label = crate::t_in!(lang, "legend-importance", n = i as usize);
            (LegendMark::Heat(i), label)
        }));
    }
    let row_height = ICON_SIZE + 10.0;
    let (mut x, mut y) = (left, heading.rect().bottom() + 8.0);
    let mut items = Vec::with_capacity(marks.len());
    for (mark, text) in marks {
        let label = shaper.text(&text, SMALL_TEXT, FontStyle::Regular, 220.0, Pos2::ZERO);
        let item_width = ICON_SIZE + 6.0 + label.size.x;
        if x > left && x + item_width > left + width {
            x = left;
            y += row_height;
        }
        let rect = Rect::from_min_size(pos2(x, y), egui::Vec2::splat(ICON_SIZE));
        let label_y = y + (ICON_SIZE - label.size.y) / 2.0;
        let label = label.translated(egui::vec2(x + ICON_SIZE + 6.0, label_y));
        items.push(LegendItem { mark, rect, label });
        x += item_width + 22.0;
    }
    let bottom = y + row_height;
    (Legend { heading, items }, bottom)
}
