//! The values of the command line's options (`--lang`, `--theme`,
//! `--confidence`, `--anonymise`, paper sizes, scales) and what they mean.

use super::*;

/// `--anonymise` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AnonymiseArg {
    /// "Ivan Petrov" becomes "I. P.".
    Initials,
    /// Names are left out.
    Omit,
}

impl From<AnonymiseArg> for crate::reviews::Authors {
    fn from(a: AnonymiseArg) -> Self {
        match a {
            AnonymiseArg::Initials => crate::reviews::Authors::Initials,
            AnonymiseArg::Omit => crate::reviews::Authors::Omit,
        }
    }
}

/// `--lang` values: the languages journeymap speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    En,
    Ru,
    Lv,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Ru => Lang::Ru,
            LangArg::Lv => Lang::Lv,
        }
    }
}

/// The language given, or the environment's.
pub(super) fn lang_or_system(lang: Option<LangArg>) -> Lang {
    lang.map_or_else(crate::i18n::system_lang, Lang::from)
}

/// `--confidence` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ConfidenceArg {
    Observed,
    Assumed,
    Proposed,
}

impl From<ConfidenceArg> for crate::model::Confidence {
    fn from(c: ConfidenceArg) -> Self {
        use crate::model::Confidence;
        match c {
            ConfidenceArg::Observed => Confidence::Observed,
            ConfidenceArg::Assumed => Confidence::Assumed,
            ConfidenceArg::Proposed => Confidence::Proposed,
        }
    }
}

/// `export --format` values: what `-o -` writes to standard output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormatArg {
    Svg,
    Png,
    Pdf,
    Mmd,
    Csv,
    Tsv,
    Md,
}

impl ExportFormatArg {
    /// The file extension that names this format.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormatArg::Svg => "svg",
            ExportFormatArg::Png => "png",
            ExportFormatArg::Pdf => "pdf",
            ExportFormatArg::Mmd => "mmd",
            ExportFormatArg::Csv => "csv",
            ExportFormatArg::Tsv => "tsv",
            ExportFormatArg::Md => "md",
        }
    }
}

/// `--theme` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
}

impl From<ThemeArg> for Theme {
    fn from(theme: ThemeArg) -> Theme {
        match theme {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        }
    }
}

pub(super) fn parse_paper(text: &str) -> Result<Paper, String> {
    Paper::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Paper::ALL.iter().map(|p| p.name()).collect();
        format!(
            "unknown paper size \"{text}\"; use one of: {}",
            names.join(", ")
        )
    })
}

/// The PDF page plan the flags ask for.
pub(super) fn pdf_pages(
    page: Option<Paper>,
    tile: Option<Paper>,
    portrait: bool,
    landscape: bool,
    scale: Option<f32>,
) -> PdfPages {
    let orientation = match (portrait, landscape) {
        (true, _) => Orientation::Portrait,
        (_, true) => Orientation::Landscape,
        _ => Orientation::Auto,
    };
    match (page, tile) {
        (_, Some(paper)) => PdfPages::Tile {
            paper,
            orientation,
            scale: scale.unwrap_or(1.0),
        },
        (Some(paper), None) => PdfPages::Fit { paper, orientation },
        (None, None) => PdfPages::Poster,
    }
}

pub(super) fn parse_scale(text: &str) -> Result<f32, String> {
    let v: f32 = text
        .parse()
        .map_err(|_| format!("\"{text}\" is not a number"))?;
    if (1.0..=4.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v} is out of range; use 1 to 4"))
    }
}
