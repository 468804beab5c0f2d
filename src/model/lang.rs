//! The languages journeymap speaks. A map records its language (what is
//! written into it and its exports follows it); the app's own language is a
//! preference.

use serde::{Deserialize, Serialize};

/// A language of the interface and of maps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Lv,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Lv];

    /// The BCP 47 code written into files ("en", "ru", "lv").
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Lv => "lv",
        }
    }

    /// The language's own name, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Lv => "Latviešu",
        }
    }

    /// The language of a code or locale ("ru", "ru-RU", "lv_LV.UTF-8", "EN");
    /// `None` for a language journeymap does not speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "lv" => Some(Lang::Lv),
            _ => None,
        }
    }

    /// The language for a system locale: Russian for `ru*`, Latvian for
    /// `lv*`, English otherwise.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        locale.and_then(Lang::from_code).unwrap_or(Lang::En)
    }
}
