//! Names of the model's kinds (lane kinds, channels, confidence, colours,
//! metric styles) in a language. Keys are the variant's name in kebab case
//! behind a prefix: `LaneKind::LineOfVisibility` is `lane-kind-line-of-visibility`.

use std::borrow::Cow;

use super::tr_in;
use crate::model::{Channel, Confidence, EmotionScale, Hue, Lang, LaneKind, MetricStyle};

/// `prefix-variant-name` for a unit variant's `Debug` name.
fn key(prefix: &str, variant: impl std::fmt::Debug) -> String {
    let name = format!("{variant:?}");
    let mut out = String::with_capacity(prefix.len() + name.len() + 4);
    out.push_str(prefix);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The default title of a lane of `kind` (also its name in menus).
pub fn lane_kind(lang: Lang, kind: LaneKind) -> Cow<'static, str> {
    tr_in(lang, &key("lane-kind", kind))
}

pub fn channel(lang: Lang, channel: Channel) -> Cow<'static, str> {
    tr_in(lang, &key("channel", channel))
}

pub fn confidence(lang: Lang, confidence: Confidence) -> Cow<'static, str> {
    tr_in(lang, &key("confidence", confidence))
}

pub fn hue(lang: Lang, hue: Hue) -> Cow<'static, str> {
    tr_in(lang, &key("hue", hue))
}

pub fn metric_style(lang: Lang, style: MetricStyle) -> Cow<'static, str> {
    tr_in(lang, &key("metric-style", style))
}

/// Scales are numbers ("-2 … +2"): the same in every language.
pub fn scale(scale: EmotionScale) -> &'static str {
    scale.label()
}

/// Every key this module asks for (so a test can check the files).
pub fn all_keys() -> Vec<String> {
    let mut keys: Vec<String> = LaneKind::ALL.iter().map(|k| key("lane-kind", k)).collect();
    keys.extend(Channel::ALL.iter().map(|c| key("channel", c)));
    keys.extend(Confidence::ALL.iter().map(|c| key("confidence", c)));
    keys.extend(Hue::ALL.iter().map(|h| key("hue", h)));
    keys.extend(MetricStyle::ALL.iter().map(|m| key("metric-style", m)));
    keys
}
