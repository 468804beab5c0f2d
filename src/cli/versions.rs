//! `journeymap diff` and `journeymap merge`: versions of one map, for teams
//! that keep maps in git or a shared folder.

use super::*;
use crate::merge::{diff::as_markdown, diff::as_text};
use crate::model::JourneyMap;

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

/// Refused unless `force`: maps that are not versions of one map (see
/// `merge::related`) — a diff or merge of them lists or drops everything.
fn refuse_unrelated(maps: &[(&Path, &JourneyMap)], force: bool) -> CmdResult {
    let (first_path, first) = maps[0];
    let stranger = maps[1..]
        .iter()
        .find(|(_, map)| !crate::merge::related(first, map));
    let (Some((path, map)), false) = (stranger, force) else {
        return Ok(());
    };
    let why = if !first.map_id.is_empty() && !map.map_id.is_empty() {
        "they are different maps (each has its own identity)"
    } else {
        "the items they number alike are different items"
    };
    Err(format!(
        "{} and {} are not versions of one map: {why}; pass --force to go on anyway",
        first_path.display(),
        path.display()
    )
    .into())
}

pub(super) fn diff(old: &Path, new: &Path, format: DiffFormat, force: bool) -> CmdResult {
    let (a, b) = (load(old)?, load(new)?);
    refuse_unrelated(&[(old, &a), (new, &b)], force)?;
    let changes = crate::merge::diff(&a, &b);
    let text = match format {
        DiffFormat::Text => as_text(&changes),
        DiffFormat::Md => as_markdown(&changes),
        DiffFormat::Json => crate::merge::diff::as_json(&changes),
    };
    match format {
        DiffFormat::Json => out_json(&text),
        DiffFormat::Text | DiffFormat::Md => out_text(&text),
    }
}

pub(super) fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    force: bool,
) -> CmdResult {
    check_map_output("merge", output, &[base, theirs], Some(ours))?;
    let (b, o, t) = (load(base)?, load(ours)?, load(theirs)?);
    refuse_unrelated(&[(base, &b), (ours, &o), (theirs, &t)], force)?;
    let merged = crate::merge::merge(&b, &o, &t);
    let (lost, had) = crate::merge::items_lost(&o, &merged.map);
    if lost * 2 > had {
        warnln!(
            "warning: the merged map keeps only {} of the {had} items of {} as they were; \
             check that these are versions of one map",
            had - lost,
            ours.display()
        );
    }
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
    // Values are cut as `diff` cuts them (the map keeps them whole): a
    // 4 MB text twice on a merge driver's stderr helps nobody.
    for c in &merged.conflicts {
        warnln!(
            "conflict: {} {}: ours {} / theirs {}",
            c.item,
            c.field,
            crate::merge::diff::cut_value(&c.ours),
            crate::merge::diff::cut_value(&c.theirs)
        );
    }
    Err(format!(
        "{}: {} conflict(s); ours is kept in each item, theirs under `conflicts` — resolve them in the map",
        output.display(),
        merged.conflicts.len()
    )
    .into())
}
