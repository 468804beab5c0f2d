//! What an export says about the photos and pictures it could not draw as
//! they are: the notes the photo and picture readers both give.

use std::path::PathBuf;

use crate::model::PhotoError;

/// What an export did about one persona's photo or card's picture: said
/// as a warning.
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoNote {
    /// Whose photo or which card's picture.
    pub of: NoteOf,
    /// The photo's file (resolved from the map's folder).
    pub file: PathBuf,
    pub issue: PhotoIssue,
}

/// What a [`PhotoNote`] is about.
#[derive(Clone, Debug, PartialEq)]
pub enum NoteOf {
    /// A persona's photo: the persona's name.
    Persona(String),
    /// A card's picture: the card, and the card in words for messages
    /// (`card “Arrives at the shop”`, English like every CLI message).
    Card {
        card: crate::model::CardId,
        words: String,
    },
}

/// Why a photo note is given.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoIssue {
    /// It cannot be read: the initials are drawn.
    Unreadable(PhotoError),
    /// It is outside the map's folder (a stranger's map can name any image
    /// it guesses): embedded, or `left_out` and the initials drawn.
    Outside { left_out: bool },
}

impl std::fmt::Display for PhotoNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = self.file.display();
        let (what, instead) = match &self.of {
            NoteOf::Persona(name) => (format!("the photo of {name}"), "its initials are"),
            NoteOf::Card { words, .. } => (
                format!("the picture of {words}"),
                "a placeholder with its file name is",
            ),
        };
        match &self.issue {
            PhotoIssue::Unreadable(why) => write!(
                f,
                "{what} ({file}) cannot be read ({why}); {instead} drawn instead"
            ),
            PhotoIssue::Outside { left_out: false } => write!(
                f,
                "{what} ({file}) is from outside the map's folder and is embedded in the picture (--no-outside-images leaves such images out)"
            ),
            PhotoIssue::Outside { left_out: true } => write!(
                f,
                "{what} ({file}) is from outside the map's folder and was left out; {instead} drawn instead"
            ),
        }
    }
}
