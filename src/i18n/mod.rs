//! Translations: every user-visible string is a Fluent message in
//! `locales/{en,ru,lv}.ftl` (embedded), with CLDR plural rules; numbers and
//! dates are written by ICU4X as each language writes them.
//!
//! The interface language is process-wide and switches at once
//! ([`set_ui_lang`]); what goes into a map or an export follows the map's
//! own language ([`tr_in`]).

mod format;
pub mod names;
pub mod text;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::model::Lang;
pub use format::{data_number, format_date, format_number, format_percent, parse_number};

/// The Fluent sources, one per language, in [`Lang::ALL`] order.
pub const SOURCES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../../locales/en.ftl")),
    (Lang::Ru, include_str!("../../locales/ru.ftl")),
    (Lang::Lv, include_str!("../../locales/lv.ftl")),
];

thread_local! {
    // Per thread: the app's UI runs on one thread, and tests of different
    // languages run side by side on threads of their own.
    static UI_LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ru => 1,
        Lang::Lv => 2,
    }
}

/// The language the interface speaks now (on this thread).
pub fn ui_lang() -> Lang {
    UI_LANG.with(Cell::get)
}

/// Speak `lang` from the next string on (no restart), on this thread: the
/// one that draws the interface.
pub fn set_ui_lang(lang: Lang) {
    UI_LANG.with(|l| l.set(lang));
}

/// The language of the system's locale (`LANG`, or the OS setting).
pub fn system_lang() -> Lang {
    Lang::from_locale(sys_locale::get_locale().as_deref())
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 3] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.map(|(lang, source)| bundle(lang, source)))
}

fn bundle(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments would show as boxes in
    // labels and exports; our strings do not mix writing directions.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        // A test checks the files parse; in a release build keep what parsed.
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `key` in the interface language, without arguments.
pub fn tr(key: &str) -> Cow<'static, str> {
    tr_in(ui_lang(), key)
}

/// The message `key` in `lang`. A missing message falls back to English,
/// then to the key itself (a test keeps every key in every file).
pub fn tr_in(lang: Lang, key: &str) -> Cow<'static, str> {
    format_in(lang, key, None)
}

/// The message `key` in the interface language with arguments.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    tr_args_in(ui_lang(), key, args)
}

/// The message `key` in `lang` with arguments.
pub fn tr_args_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let v = match value {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
        };
        fluent.set(*name, v);
    }
    format_in(lang, key, Some(&fluent)).into_owned()
}

/// The message `key` in `lang` with text arguments, as errors and repairs
/// carry them (`LoadError`, `Problem`); `english` when the key is unknown.
pub fn said_in(lang: Lang, key: &str, args: &[(&'static str, String)], english: &str) -> String {
    let args: Vec<(&str, Arg)> = (args.iter())
        .map(|(name, value)| (*name, Arg::Str(value.clone())))
        .collect();
    let text = tr_args_in(lang, key, &args);
    if text == key {
        english.to_string()
    } else {
        text
    }
}

/// An argument of a message: text, or a number (which picks plural forms).
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Self {
        Arg::Num(f64::from(n))
    }
}

fn format_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
    let all = bundles();
    for b in [&all[index(lang)], &all[0]] {
        if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b.format_pattern(pattern, args, &mut errors);
        }
    }
    Cow::Owned(key.to_string())
}

/// `t!("key")` or `t!("key", name = value, …)` in the interface language.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::tr($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// `t_in!(lang, "key", name = value, …)` in a given language.
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $key:expr) => {
        $crate::i18n::tr_in($lang, $key)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args_in($lang, $key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// What the user reads for an undo step: edits are labelled in English in
/// the code ("Delete stage"); `step-delete-stage` translates it.
pub fn step_name(label: &str) -> Cow<'static, str> {
    let key = format!("step-{}", label.to_lowercase().replace(' ', "-"));
    let lang = ui_lang();
    let all = bundles();
    if all[index(lang)].has_message(&key) || all[0].has_message(&key) {
        tr_in(lang, &key)
    } else {
        Cow::Owned(label.to_string())
    }
}

/// The message ids of a Fluent source, in file order (for tests and tools).
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}
