//! The `zenity` file dialog run by the app itself where there is no
//! desktop portal (rfd would run it too, but without a folder to start in
//! and in whatever locale the session has). Run here it starts in the
//! map's folder (`--filename=FOLDER/NAME`) and always speaks UTF-8: with no
//! UTF-8 locale installed, zenity wrote Cyrillic names back as "????".
//! A name that still comes back damaged is never used (see
//! [`looks_damaged`]).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The locale to run a helper program in: the session's own when it is
/// UTF-8, else the same language in UTF-8 when installed, else C.UTF-8
/// (always there with glibc 2.35+ and musl) for the characters with the
/// language's messages kept through `LANGUAGE`.
pub fn utf8_locale(env: impl Fn(&str) -> Option<String>, installed: &[String]) -> String {
    let current = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|v| env(v).filter(|s| !s.is_empty()))
        .unwrap_or_default();
    if is_utf8(&current) {
        return current;
    }
    let language = current.split(['.', '@']).next().unwrap_or_default();
    if !language.is_empty() && language != "C" && language != "POSIX" {
        for candidate in installed {
            let base = candidate.split('.').next().unwrap_or_default();
            if base == language && is_utf8(candidate) {
                return candidate.clone();
            }
        }
    }
    "C.UTF-8".into()
}

fn is_utf8(locale: &str) -> bool {
    let l = locale.to_ascii_lowercase();
    l.contains("utf-8") || l.contains("utf8")
}

/// Locales the system has (`locale -a`), for [`utf8_locale`].
fn installed_locales() -> Vec<String> {
    Command::new("locale")
        .arg("-a")
        .output()
        .ok()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// A file name that a helper garbled: characters it could not pass on
/// come back as "?" or U+FFFD. Saving under it would make a file the user
/// never named.
pub fn looks_damaged(path: &Path) -> bool {
    path.file_name()
        .map(|n| n.to_string_lossy())
        .is_some_and(|n| n.contains('?') || n.contains('\u{FFFD}'))
}

/// What the dialog asks.
pub struct Ask<'a> {
    pub title: &'a str,
    pub save: bool,
    pub folder: Option<&'a Path>,
    pub suggested: &'a str,
    pub filter_name: &'a str,
    pub extensions: &'a [&'a str],
}

/// What zenity's `--filename` gets: the suggested name in the map's
/// folder (zenity has no other way to start in a folder), or the folder
/// itself with a trailing slash, so nothing is selected.
pub fn start_path(folder: Option<&Path>, suggested: &str) -> Option<String> {
    match (folder, suggested) {
        (Some(folder), "") => Some(format!("{}/", folder.display())),
        (Some(folder), name) => Some(folder.join(name).display().to_string()),
        (None, "") => None,
        (None, name) => Some(name.to_string()),
    }
}

/// Run zenity for `ask`: `Ok(Some(path))` chosen, `Ok(None)` cancelled,
/// `Err` when zenity could not run or answered with bytes that are not a
/// UTF-8 name.
pub fn run(ask: &Ask) -> Result<Option<PathBuf>, String> {
    let mut command = Command::new("zenity");
    command.args(["--no-markup", "--file-selection", "--title", ask.title]);
    if ask.save {
        command.args(["--save", "--confirm-overwrite"]);
    }
    let patterns: Vec<String> = ask.extensions.iter().map(|e| format!("*.{e}")).collect();
    command.arg("--file-filter");
    command.arg(format!("{} | {}", ask.filter_name, patterns.join(" ")));
    if let Some(start) = start_path(ask.folder, ask.suggested) {
        command.args(["--filename", &start]);
    }
    let locale = utf8_locale(|v| std::env::var(v).ok(), &installed_locales());
    command.env("LC_ALL", &locale);
    // Messages stay in the user's language even under C.UTF-8.
    if let Some(lang) = std::env::var("LANG")
        .ok()
        .and_then(|l| l.split(['.', '@']).next().map(str::to_string))
        .filter(|l| !l.is_empty() && l != "C" && l != "POSIX")
    {
        command.env("LANGUAGE", lang);
    }
    let output = command.output().map_err(|e| e.to_string())?;
    let text = String::from_utf8(output.stdout).map_err(|e| e.to_string())?;
    let chosen = text.trim_end_matches(['\n', '\r']);
    Ok((output.status.success() && !chosen.is_empty()).then(|| PathBuf::from(chosen)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |v| {
            pairs
                .iter()
                .find(|(k, _)| *k == v)
                .map(|(_, x)| x.to_string())
        }
    }

    #[test]
    fn helpers_run_in_a_utf8_locale() {
        let installed = vec!["C".to_string(), "C.utf8".into(), "ru_RU.utf8".into()];
        assert_eq!(
            utf8_locale(env(&[("LANG", "ru_RU.UTF-8")]), &installed),
            "ru_RU.UTF-8"
        );
        assert_eq!(
            utf8_locale(env(&[("LANG", "ru_RU")]), &installed),
            "ru_RU.utf8"
        );
        assert_eq!(utf8_locale(env(&[("LANG", "ru_RU")]), &[]), "C.UTF-8");
        assert_eq!(
            utf8_locale(env(&[("LC_ALL", "POSIX"), ("LANG", "ru_RU.UTF-8")]), &[]),
            "C.UTF-8"
        );
        assert_eq!(utf8_locale(env(&[]), &[]), "C.UTF-8");
    }

    #[test]
    fn the_dialog_starts_in_the_maps_folder_with_the_name_alone_suggested() {
        let folder = Path::new("/home/marina/Карты");
        assert_eq!(
            start_path(Some(folder), "Дилер.ron").as_deref(),
            Some("/home/marina/Карты/Дилер.ron")
        );
        assert_eq!(
            start_path(Some(folder), "").as_deref(),
            Some("/home/marina/Карты/")
        );
        assert_eq!(start_path(None, "").as_deref(), None);
    }

    #[test]
    fn a_garbled_name_is_recognised() {
        assert!(looks_damaged(Path::new("/home/a/??????_?????.csv")));
        assert!(looks_damaged(Path::new("\u{FFFD}\u{FFFD}.ron")));
        assert!(!looks_damaged(Path::new("/home/a/Отзывы_январь.csv")));
    }
}
