//! `journeymap diff` and `journeymap merge`: versions of one map, for teams
//! that keep maps in git or a shared folder.

use super::*;
use crate::merge::{diff::as_markdown, diff::as_text};

/// `diff --format` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Md,
    Json,
}

fn load(path: &Path) -> Result<crate::model::JourneyMap, Failure> {
    let loaded = load_file(path).map_err(|e| e.to_string())?;
    for warning in &loaded.warnings {
        warnln!("{}: {warning}", path.display());
    }
    Ok(loaded.map)
}

pub(super) fn diff(old: &Path, new: &Path, format: DiffFormat) -> CmdResult {
    let (a, b) = (load(old)?, load(new)?);
    let changes = crate::merge::diff(&a, &b);
    let text = match format {
        DiffFormat::Text => as_text(&changes),
        DiffFormat::Md => as_markdown(&changes),
        DiffFormat::Json => {
            serde_json::to_string_pretty(&changes).map_err(|e| e.to_string())? + "\n"
        }
    };
    out(format_args!("{text}"))
}

pub(super) fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    force: bool,
) -> CmdResult {
    let (b, o, t) = (load(base)?, load(ours)?, load(theirs)?);
    let related = crate::merge::related(&b, &o) && crate::merge::related(&b, &t);
    if !force && !related {
        return Err(format!(
            "{}, {} and {} share no ids: they are not versions of one map; \
             pass --force to merge them anyway",
            base.display(),
            ours.display(),
            theirs.display()
        )
        .into());
    }
    let merged = crate::merge::merge(&b, &o, &t);
    for (what, old, new) in &merged.renumbered {
        warnln!(
            "note: their new {what} {old} is now {what} {new} (both sides had made an item {old})"
        );
    }
    for repair in &merged.repairs {
        warnln!("note: {repair}");
    }
    crate::io::save_file(output, &merged.map).map_err(|e| e.to_string())?;
    if merged.conflicts.is_empty() {
        outln!("merged into {}: no conflicts", output.display())?;
        return Ok(());
    }
    for c in &merged.conflicts {
        warnln!(
            "conflict: {} {}: ours {} / theirs {}",
            c.item,
            c.field,
            c.ours,
            c.theirs
        );
    }
    Err(format!(
        "{}: {} conflict(s); ours is kept in each item, theirs under `conflicts` — resolve them in the map",
        output.display(),
        merged.conflicts.len()
    )
    .into())
}
