//! The header band: title, lens lines and persona cards.

use egui::{Pos2, Rect, pos2};

use super::metrics::*;
use super::{Header, PersonaCard, Shaper};
use crate::fonts::FontStyle;
use crate::i18n::tr_in;
use crate::model::{JourneyMap, Persona};
use crate::t_in;

pub(super) fn header(
    map: &JourneyMap,
    shaper: &mut Shaper,
    left: f32,
    top: f32,
    width: f32,
) -> Header {
    let persona_cols = personas_per_row(map.personas.len(), width);
    let personas_width = if persona_cols == 0 {
        0.0
    } else {
        persona_cols as f32 * (PERSONA_WIDTH + 12.0)
    };
    let text_width = (width - personas_width - 24.0).max(320.0);

    let lang = map.lang();
    let untitled = tr_in(lang, "untitled-map");
    let title_text = if map.title.trim().is_empty() {
        untitled.as_ref()
    } else {
        map.title.as_str()
    };
    let title = shaper.text(
        title_text,
        TITLE_TEXT,
        FontStyle::Bold,
        text_width,
        pos2(left, top),
    );
    let mut y = title.rect().bottom() + 8.0;
    let mut lens = Vec::new();
    for (label, value) in [
        (tr_in(lang, "map-goal"), &map.lens.goal),
        (tr_in(lang, "map-scenario"), &map.lens.scenario),
        (tr_in(lang, "map-expectations"), &map.lens.expectations),
    ] {
        if value.trim().is_empty() {
            continue;
        }
        let label_block = shaper.text(
            &label,
            SMALL_TEXT,
            FontStyle::Bold,
            96.0,
            pos2(left, y + 2.0),
        );
        let text = shaper.text(
            value,
            LENS_TEXT,
            FontStyle::Regular,
            text_width - 100.0,
            pos2(left + 100.0, y),
        );
        y = text.rect().bottom().max(label_block.rect().bottom()) + 6.0;
        lens.push((label_block, text));
    }

    let mut personas = Vec::new();
    let mut bottom = y;
    if persona_cols > 0 {
        let x0 = left + width - personas_width + 12.0;
        let mut row_top = top;
        for chunk in map.personas.chunks(persona_cols) {
            let mut row_bottom = row_top;
            for (i, persona) in chunk.iter().enumerate() {
                let x = x0 + i as f32 * (PERSONA_WIDTH + 12.0);
                let card = persona_card(lang, persona, shaper, pos2(x, row_top));
                row_bottom = row_bottom.max(card.rect.bottom());
                personas.push(card);
            }
            row_top = row_bottom + 12.0;
        }
        bottom = bottom.max(row_top - 12.0);
    }
    Header {
        rect: Rect::from_min_max(pos2(left, top), pos2(left + width, bottom)),
        title,
        lens,
        personas,
    }
}

pub(super) fn personas_per_row(count: usize, width: f32) -> usize {
    // Personas take at most half the header width; more wrap into rows.
    let fit = ((width / 2.0) / (PERSONA_WIDTH + 12.0)).floor().max(1.0) as usize;
    count.min(fit)
}

/// "VP" for Vasily Petrov: the first letters of the first two words.
pub fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect::<String>()
        .to_uppercase()
}

/// "55 · Head of finance": age and role, as far as they are given.
pub fn meta_of(persona: &Persona) -> String {
    match (persona.age, persona.role.trim()) {
        (Some(age), "") => format!("{age}"),
        (Some(age), role) => format!("{age} · {role}"),
        (None, role) => role.to_string(),
    }
}

pub(super) fn persona_card(
    lang: crate::model::Lang,
    persona: &Persona,
    shaper: &mut Shaper,
    pos: Pos2,
) -> PersonaCard {
    let pad = 12.0;
    let radius = 22.0;
    let text_x = pos.x + pad + radius * 2.0 + 10.0;
    let text_width = PERSONA_WIDTH - (text_x - pos.x) - pad;
    let avatar_center = pos2(pos.x + pad + radius, pos.y + pad + radius);
    let initials_text = initials_of(&persona.name);
    let initials = shaper.text(
        &initials_text,
        16.0,
        FontStyle::Bold,
        f32::INFINITY,
        Pos2::ZERO,
    );
    let initials_size = initials.size;
    let initials = initials.translated(avatar_center.to_vec2() - initials_size / 2.0);
    let name = shaper.text(
        &persona.name,
        15.0,
        FontStyle::Bold,
        text_width,
        pos2(text_x, pos.y + pad),
    );
    let mut y = name.rect().bottom() + 2.0;
    let meta_text = meta_of(persona);
    let meta = (!meta_text.is_empty()).then(|| {
        let block = shaper.text(
            &meta_text,
            SMALL_TEXT,
            FontStyle::Regular,
            text_width,
            pos2(text_x, y),
        );
        y = block.rect().bottom() + 4.0;
        block
    });
    let quote = (!persona.quote.trim().is_empty()).then(|| {
        // Quoted as the map's language quotes: “…”, «…», „…“.
        let text = t_in!(lang, "persona-quote-marks", quote = persona.quote.trim());
        let block = shaper.text_limited(
            &text,
            SMALL_TEXT,
            FontStyle::Italic,
            PERSONA_WIDTH - 2.0 * pad,
            3,
            pos2(pos.x + pad, y.max(avatar_center.y + radius + 8.0)),
        );
        y = block.rect().bottom();
        block
    });
    let bottom = (y + pad).max(avatar_center.y + radius + pad);
    PersonaCard {
        id: persona.id,
        rect: Rect::from_min_max(pos, pos2(pos.x + PERSONA_WIDTH, bottom)),
        hue: persona.color,
        avatar_center,
        avatar_radius: radius,
        initials,
        photo: persona.photo.clone().filter(|p| !p.trim().is_empty()),
        name,
        meta,
        quote,
    }
}
