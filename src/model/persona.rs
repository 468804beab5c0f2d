//! Personas and the lens: who the map is about and why it was made.

use serde::{Deserialize, Serialize};

use super::{Hue, PersonaId};

/// The actor of a journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Persona {
    pub id: PersonaId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    /// Role or occupation ("head of finance").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frustrations: Vec<String>,
    /// A short quote in the persona's voice.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// Colour of the persona's emotion curve and tags.
    #[serde(default = "default_persona_hue")]
    pub color: Hue,
    /// Path of a photo, relative to the map file or absolute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
}

/// Where a stored photo path points: relative paths are taken from the
/// folder of the map file (`map_dir`), so a map and its photos can move
/// together; without a folder (an unsaved map) from the working directory.
pub fn resolve_photo(photo: &str, map_dir: Option<&std::path::Path>) -> std::path::PathBuf {
    let path = std::path::Path::new(photo);
    match map_dir {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path.to_path_buf(),
    }
}

/// Largest photo file read: a map names its photos, and a path such as
/// `/dev/zero` or a huge file must not make the app read forever.
pub const MAX_PHOTO_BYTES: u64 = 32 << 20;

/// The photo's file, resolved as [`resolve_photo`] does, if it is a regular
/// file of at most [`MAX_PHOTO_BYTES`]; otherwise why not.
pub fn photo_file(
    photo: &str,
    map_dir: Option<&std::path::Path>,
) -> Result<std::path::PathBuf, String> {
    let file = resolve_photo(photo, map_dir);
    let meta = std::fs::metadata(&file).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_PHOTO_BYTES {
        return Err(format!(
            "{} MB, more than the {} MB a photo may have",
            meta.len() >> 20,
            MAX_PHOTO_BYTES >> 20
        ));
    }
    Ok(file)
}

fn default_persona_hue() -> Hue {
    Hue::Blue
}

impl Persona {
    /// A persona with just a name.
    pub fn new(id: PersonaId, name: impl Into<String>, color: Hue) -> Self {
        Persona {
            id,
            name: name.into(),
            age: None,
            role: String::new(),
            goals: Vec::new(),
            frustrations: Vec::new(),
            quote: String::new(),
            color,
            photo: None,
        }
    }
}

/// Why the map exists: the question it answers and the situation it covers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lens {
    /// The goal of the map: the business question it should answer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// The scenario the persona goes through.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scenario: String,
    /// What the persona expects from the experience.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expectations: String,
}
