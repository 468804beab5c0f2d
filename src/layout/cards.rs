//! Cards stacked in the cells of a card lane.

use egui::{Pos2, Rect, pos2, vec2};

use super::metrics::*;
use super::{CardBox, CardPicture, Shaper, StageColumn};
use crate::fonts::FontStyle;
use crate::model::{Card, Lane, LaneKind, Lang};

/// Lay out the cards of a card lane, stacked in each stage's cell; returns
/// the bottom of the tallest cell.
pub(super) fn card_cells(
    lang: crate::model::Lang,
    lane: &Lane,
    shaper: &mut Shaper,
    stages: &[StageColumn],
    top: f32,
    cards: &mut Vec<CardBox>,
) -> f32 {
    let mut cursor: Vec<f32> = vec![top + CELL_PADDING; stages.len()];
    let card_width = STAGE_WIDTH - 2.0 * CELL_PADDING;
    let italic = lane.kind == LaneKind::Thoughts;
    for card in &lane.cards {
        let Some(col) = stages.iter().position(|s| s.id == card.stage) else {
            continue;
        };
        let stage = &stages[col];
        let x = stage.x + CELL_PADDING;
        let y = cursor[col];
        let picture = (lane.kind == LaneKind::Storyboard || card.picture().is_some())
            .then(|| card_picture(lang, card, shaper, pos2(x, y), card_width));
        // The text sits as far below the frame as a plain card's below its top.
        let body = picture.as_ref().map_or(y + CARD_PADDING, |p| {
            p.frame.bottom() + CARD_PADDING - PICTURE_INSET
        });
        let channel = if lane.kind == LaneKind::Touchpoints {
            card.channel
        } else {
            None
        };
        let icon_room = if channel.is_some() {
            ICON_SIZE + 6.0
        } else {
            0.0
        };
        let text_x = x + CARD_PADDING + icon_room;
        let text_width = card_width - 2.0 * CARD_PADDING - MARKER_COLUMN - icon_room;
        let style = if italic {
            FontStyle::Italic
        } else {
            FontStyle::Regular
        };
        let text = shaper.text(&card.text, CARD_TEXT, style, text_width, pos2(text_x, body));
        let mut content_bottom = text
            .rect()
            .bottom()
            .max(body + if channel.is_some() { ICON_SIZE } else { 0.0 });
        // Footer row: the touchpoint rating on the left, the evidence badge
        // on the right.
        let footer_top = content_bottom + 4.0;
        let rating = card
            .rating
            .filter(|_| lane.kind == LaneKind::Touchpoints)
            .map(|r| {
                let block = shaper.text(
                    &crate::t_in!(
                        lang,
                        "map-rating",
                        impact = r.impact,
                        importance = r.importance
                    ),
                    11.0,
                    FontStyle::Regular,
                    card_width - 2.0 * CARD_PADDING - 30.0,
                    pos2(x + CARD_PADDING, footer_top + 1.0),
                );
                content_bottom = content_bottom.max(block.rect().bottom());
                block
            });
        let badge = (!card.evidence.is_empty()).then(|| {
            let label = shaper.text(
                &format!("“ {}", card.evidence.len()),
                11.0,
                FontStyle::Bold,
                f32::INFINITY,
                Pos2::ZERO,
            );
            let size = label.size;
            let pill = Rect::from_min_size(
                pos2(x + card_width - CARD_PADDING - size.x - 12.0, footer_top),
                vec2(size.x + 12.0, BADGE_HEIGHT),
            );
            content_bottom = content_bottom.max(pill.bottom());
            let label = label.translated(pill.center().to_vec2() - size / 2.0);
            (pill, label)
        });
        let rect = Rect::from_min_max(
            pos2(x, y),
            pos2(x + card_width, content_bottom + CARD_PADDING),
        );
        cursor[col] = rect.bottom() + CARD_GAP;
        cards.push(CardBox {
            id: card.id,
            lane: lane.id,
            stage: card.stage,
            rect,
            hue: card.color.unwrap_or(lane.hue()),
            text,
            confidence: card.confidence,
            marker_center: pos2(rect.right() - CARD_PADDING - 3.0, body + 5.0),
            channel: channel.map(|c| (c, pos2(x + CARD_PADDING, body + 1.0))),
            rating,
            importance: card
                .rating
                .filter(|_| lane.kind == LaneKind::Touchpoints)
                .map(|r| r.importance),
            badge,
            picture,
        });
    }
    cursor
        .iter()
        .map(|c| c - CARD_GAP + CELL_PADDING)
        .fold(top, f32::max)
}

/// The picture frame of a card whose top-left corner is `at`: the card's
/// width less a small margin, 4:3, with its placeholder (an icon over the
/// file's name, or "No picture") centred in it.
fn card_picture(
    lang: Lang,
    card: &Card,
    shaper: &mut Shaper,
    at: Pos2,
    card_width: f32,
) -> CardPicture {
    let width = card_width - 2.0 * PICTURE_INSET;
    let frame = Rect::from_min_size(
        at + vec2(PICTURE_INSET, PICTURE_INSET),
        vec2(width, width * PICTURE_ASPECT),
    );
    let path = card.picture().map(str::to_string);
    let name = match &path {
        Some(p) => file_name(p).to_string(),
        None => crate::i18n::tr_in(lang, "map-picture-none").into_owned(),
    };
    let label = shaper.text_limited(
        &name,
        SMALL_TEXT,
        FontStyle::Regular,
        width - 2.0 * CARD_PADDING,
        2,
        Pos2::ZERO,
    );
    let (gap, size) = (6.0, label.size);
    let top = frame.center().y - (ICON_SIZE + gap + size.y) / 2.0;
    let icon = pos2(frame.center().x - ICON_SIZE / 2.0, top);
    let label = label.translated(vec2(frame.center().x - size.x / 2.0, top + ICON_SIZE + gap));
    CardPicture {
        frame,
        path,
        alt: card.alt.clone().filter(|a| !a.trim().is_empty()),
        icon,
        label,
    }
}

/// The last part of a stored path, `/` or `\` separated (a map saved on
/// Windows names its pictures with backslashes).
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\'])
        .find(|p| !p.is_empty())
        .unwrap_or(path)
}
