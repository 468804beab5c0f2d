//! Load and save errors that say what went wrong and where.

use std::fmt;
use std::path::PathBuf;

/// Why a map could not be loaded: the file, the 1-based line and column, and
/// a message that says what was expected. Displays as `FILE:LINE:COLUMN: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file, when the text came from one.
    pub path: Option<PathBuf>,
    /// 1-based line; 0 when the error has no position (the file could not be read).
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// The message in English (the CLI's diagnostics stay English).
    pub message: String,
    /// The translation key of the message and its arguments, so the app
    /// can say it in the interface language; "" for a message that has
    /// none (one from the operating system, say).
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl LoadError {
    /// An error at a position in the text.
    pub fn at(line: usize, column: usize, message: impl Into<String>) -> Self {
        LoadError {
            path: None,
            line,
            column,
            message: message.into(),
            key: "",
            args: Vec::new(),
        }
    }

    /// An error at a position, said by the translation files: `key` with
    /// `args` (the English text becomes the message).
    pub fn said(
        line: usize,
        column: usize,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        LoadError {
            message: crate::i18n::said_in(crate::model::Lang::En, key, &args, key),
            key,
            args,
            ..LoadError::at(line, column, String::new())
        }
    }

    /// The same error, naming the file it came from.
    pub fn in_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "<input>".to_string());
        if self.line == 0 {
            write!(f, "{file}: {}", self.message)
        } else {
            write!(f, "{file}:{}:{}: {}", self.line, self.column, self.message)
        }
    }
}

impl std::error::Error for LoadError {}

/// Why a map could not be saved. The file on disk is unchanged when this
/// happens (saves are atomic).
#[derive(Debug)]
pub struct SaveError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hint = match self.source.kind() {
            std::io::ErrorKind::PermissionDenied => " (the folder or file is read-only)",
            std::io::ErrorKind::IsADirectory => " (that path is a folder)",
            std::io::ErrorKind::NotFound => " (the folder does not exist)",
            std::io::ErrorKind::StorageFull => " (the disk is full)",
            _ => "",
        };
        write!(
            f,
            "could not save {}: {}{hint}; the previous file, if any, is unchanged",
            self.path.display(),
            self.source
        )
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}
