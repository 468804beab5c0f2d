//! Files: RON load/save, the built-in templates, atomic writes.

pub mod assets;
mod atomic;
mod bounded;
mod error;
pub mod private_dir;
mod recovery;
mod ron_format;
mod ron_said;
mod templates;

pub use atomic::{NotRegular, write_atomically};
pub use bounded::{ReadAs, read_bounded};
pub use error::{LoadError, SaveError};
pub use recovery::{
    Orphan, RECOVERY_FILE, Recovery, RecoverySlot, discard_recovery, orphaned_recoveries,
    recovery_files, write_recovery,
};
pub use ron_format::{
    Loaded, MAX_FILE_BYTES, load_file, parse_map, save_file, save_new_file, to_ron_string,
};
pub use templates::{
    TEMPLATES, TEMPLATES_LV, TEMPLATES_RU, Template, blank_map_in, template_by_name, template_in,
    templates_in,
};
