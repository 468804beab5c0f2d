//! A map's identity: a random id written when a map is created (from a
//! template, an import or a sample) and kept by every copy, so `diff` and
//! `merge` can tell versions of one map from two maps that merely number
//! their items alike (every template-born map numbers from 1).

use std::hash::{BuildHasher, Hasher};

use super::JourneyMap;

/// A new map id: 128 random bits as 32 hex digits.
pub fn new_map_id() -> String {
    // RandomState is seeded from the system's randomness; two of them, and
    // the time and process mixed in, give 128 bits no two maps share.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let half = |salt: u64| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.write_u64(salt);
        h.finish()
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

impl JourneyMap {
    /// Give a map just created an identity of its own (copies keep it).
    pub fn with_new_identity(mut self) -> JourneyMap {
        self.map_id = new_map_id();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_and_hex() {
        let (a, b) = (new_map_id(), new_map_id());
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    }
}
