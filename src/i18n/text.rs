//! Sentences about a map in a language: its summary, confidence counts, what
//! a filter highlights. Whole messages with plurals, never glued words.

use super::{names, tr_args_in};
use crate::model::{CardFilter, Confidence, JourneyMap, Lang, Summary};
use crate::t_in;

/// "6 stages · 7 lanes · 53 cards · 2 personas".
pub fn summary(lang: Lang, s: Summary, separator: &str) -> String {
    [
        t_in!(lang, "count-stages", n = s.stages),
        t_in!(lang, "count-lanes", n = s.lanes),
        t_in!(lang, "count-cards", n = s.cards),
        t_in!(lang, "count-personas", n = s.personas),
    ]
    .join(separator)
}

/// "5 observed · 2 assumed · 1 proposed" (counts in [`Confidence::ALL`] order).
pub fn confidence_counts(lang: Lang, counts: [usize; 3]) -> String {
    Confidence::ALL
        .iter()
        .zip(counts)
        .map(|(c, n)| {
            let key = match c {
                Confidence::Observed => "count-observed",
                Confidence::Assumed => "count-assumed",
                Confidence::Proposed => "count-proposed",
            };
            tr_args_in(lang, key, &[("n", n.into())])
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "12 reviews · 3.4 of 5" (the mean in stars, when any is rated).
pub fn stage_reviews(lang: Lang, count: usize, mean_stars: Option<f64>) -> String {
    let n = tr_args_in(lang, "count-reviews", &[("n", count.into())]);
    match mean_stars {
        Some(m) => tr_args_in(
            lang,
            "stage-reviews-mean",
            &[
                ("reviews", n.into()),
                ("mean", super::format_number(lang, m, 1).into()),
            ],
        ),
        None => n,
    }
}

/// What a filter keeps bright: "Anna Sokolova, Observed".
pub fn filter(lang: Lang, map: &JourneyMap, filter: &CardFilter) -> String {
    let mut parts = Vec::new();
    if let Some(p) = filter.persona.and_then(|p| map.persona(p)) {
        parts.push(p.name.clone());
    }
    if let Some(c) = filter.confidence {
        parts.push(names::confidence(lang, c).into_owned());
    }
    parts.join(", ")
}

/// One difference of a current-vs-future comparison, told in `lang`.
pub fn difference(lang: Lang, d: &crate::model::compare::Difference) -> String {
    use crate::model::compare::Difference;
    match d {
        Difference::OnlyCurrent(stage) => t_in!(lang, "compare-only-current", stage = stage),
        Difference::OnlyFuture(stage) => t_in!(lang, "compare-only-future", stage = stage),
        Difference::Feels { stage, delta } => {
            let points = super::format_number(lang, f64::from((delta * 100.0).round()), 0);
            let signed = if *delta > 0.0 {
                format!("+{points}")
            } else {
                points
            };
            let key = if *delta > 0.0 {
                "compare-feels-better"
            } else {
                "compare-feels-worse"
            };
            t_in!(lang, key, stage = stage, change = signed)
        }
    }
}

/// A feeling (0…1 of the scale) as a percentage in `lang`, or "—".
pub fn feeling(lang: Lang, v: Option<f32>) -> String {
    v.map_or("—".to_string(), |v| {
        super::format_percent(lang, f64::from((v * 100.0).round()), 0)
    })
}

/// The change from `now` to `future` as "+25 %" ("0 %" when it rounds to
/// nothing), or "—" unless both maps have a feeling.
pub fn change(lang: Lang, now: Option<f32>, future: Option<f32>) -> String {
    match (now, future) {
        (Some(a), Some(b)) => {
            let points = ((b - a) * 100.0).round();
            let number = super::format_percent(lang, f64::from(points.abs()), 0);
            match points {
                p if p > 0.0 => format!("+{number}"),
                p if p < 0.0 => format!("−{number}"),
                _ => number,
            }
        }
        _ => "—".to_string(),
    }
}

/// Why a persona photo or a card's picture cannot be used, in `lang` (the
/// system's and the decoder's own words inside).
pub fn photo_error(lang: Lang, e: &crate::model::PhotoError) -> String {
    use crate::model::{MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MAX_PHOTO_SIDE_PX, PhotoError};
    match e {
        PhotoError::Io(m) => t_in!(lang, "photo-unreadable", detail = m.clone()),
        PhotoError::NotAnImage(m) => t_in!(lang, "photo-not-an-image", detail = m.clone()),
        PhotoError::NotAFile => t_in!(lang, "photo-not-a-file").into_owned(),
        PhotoError::TooLarge { mb } => t_in!(
            lang,
            "photo-too-large",
            mb = *mb as usize,
            limit = (MAX_PHOTO_BYTES >> 20) as usize
        ),
        PhotoError::TooManyPixels { width, height } => t_in!(
            lang,
            "photo-too-many-pixels",
            width = width.to_string(),
            height = height.to_string(),
            side = MAX_PHOTO_SIDE_PX.to_string(),
            megapixels = (MAX_PHOTO_PIXELS / 1_000_000) as usize
        ),
    }
}

/// The current-vs-future Markdown report in `lang` (English is
/// [`crate::model::compare::to_markdown`]'s own text).
pub fn comparison_report(
    lang: Lang,
    c: &crate::model::compare::Comparison,
    current: &str,
    future: &str,
) -> String {
    use crate::model::compare::{ReportText, to_markdown, to_markdown_in};
    if lang == Lang::En {
        return to_markdown(c, current, future);
    }
    let tr = |key: &str| super::tr_in(lang, key).into_owned();
    let feeling_fn = |v: Option<f32>| feeling(lang, v);
    let difference_fn = |d: &crate::model::compare::Difference| difference(lang, d);
    let text = ReportText {
        title: tr("window-compare"),
        now: tr("compare-now"),
        future: tr("compare-future"),
        columns: [
            tr("compare-stage"),
            tr("compare-feeling-now"),
            tr("compare-feeling-future"),
            tr("compare-cards-now"),
            tr("compare-cards-future"),
        ],
        note: tr("compare-report-note"),
        differences: tr("compare-differences"),
        no_differences: tr("compare-no-differences"),
        feeling: &feeling_fn,
        difference: &difference_fn,
    };
    to_markdown_in(c, current, future, &text)
}

/// Why a file could not be read (or what an import left out), told in
/// `lang`: where (`FILE:LINE:COLUMN`) and what. A message without a key
/// (the operating system's, say) stays as it is.
pub fn load_error(lang: Lang, e: &crate::io::LoadError) -> String {
    let message = match e.key {
        "" => e.message.clone(),
        key => super::said_in(lang, key, &e.args, &e.message),
    };
    crate::io::LoadError {
        message,
        ..e.clone()
    }
    .to_string()
}

/// Why a save failed, in the interface language: the file, the reason
/// (said by us for the common ones, else the system's words) and that the
/// file on disk is unchanged.
pub fn save_error_here(e: &crate::io::SaveError) -> String {
    use std::io::ErrorKind;
    let reason = match e.source.kind() {
        ErrorKind::PermissionDenied => Some("save-reason-read-only"),
        ErrorKind::IsADirectory => Some("save-reason-folder"),
        ErrorKind::NotFound => Some("save-reason-no-folder"),
        ErrorKind::StorageFull => Some("save-reason-disk-full"),
        _ => None,
    };
    let reason = reason.map_or_else(|| e.source.to_string(), |key| super::tr(key).into_owned());
    let reason = match crate::io::NotRegular::of(&e.source) {
        Some(not_regular) => crate::t!("save-reason-not-regular", kind = not_regular.kind),
        None => reason,
    };
    let file = e.path.display().to_string();
    crate::t!("save-failed", file = file, reason = reason)
}

/// Why a picture could not be put on a card, in the interface language.
pub fn asset_error_here(e: &crate::io::assets::AssetError) -> String {
    use crate::io::assets::AssetError;
    let lang = super::ui_lang();
    match e {
        AssetError::Refused {
            file: Some(file),
            why,
        } => t_in!(
            lang,
            "picture-refused",
            file = file.display().to_string(),
            why = photo_error(lang, why)
        ),
        AssetError::Refused { file: None, why } => {
            t_in!(lang, "picture-refused-pasted", why = photo_error(lang, why))
        }
        AssetError::Read(e) => load_error(lang, e),
        AssetError::Other(message) => message.clone(),
    }
}

/// [`load_error`] in the interface language.
pub fn load_error_here(e: &crate::io::LoadError) -> String {
    load_error(super::ui_lang(), e)
}

/// A repair made on load, told in `lang` (the English text is `p.message`).
pub fn problem(lang: Lang, p: &crate::model::Problem) -> String {
    super::said_in(lang, p.key, &p.args, &p.message)
}
