//! Stable identifiers. One id space for the whole map: every stage, lane, card
//! and persona gets a distinct number, so a reference can never be ambiguous
//! and ids survive reordering (which keeps `git diff` of a map small).

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a stage (a column).
    StageId
);
id_type!(
    /// Identifies a lane (a row).
    LaneId
);
id_type!(
    /// Identifies a card inside a lane.
    CardId
);
id_type!(
    /// Identifies a persona.
    PersonaId
);
