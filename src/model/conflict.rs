//! A merge conflict kept in the map: the same field of one item changed
//! differently by two people. The item holds "ours"; the other value waits
//! here until someone chooses.

use serde::{Deserialize, Serialize};

/// One field two versions disagree on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeConflict {
    /// What it is about: "card 104", "stage 11", "lens".
    pub item: String,
    /// The field ("text", "name", "stage"), or "deleted" when one side
    /// removed the item the other edited (the edited one is kept).
    pub field: String,
    /// Our value, as kept in the map (JSON text).
    pub ours: String,
    /// Their value (JSON text).
    pub theirs: String,
}
