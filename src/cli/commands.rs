//! The commands that make and read maps: `templates`, `new`, `import`,
//! `check`.

use super::*;

pub(super) fn list_templates(lang: Lang) -> CmdResult {
    let templates = templates_in(lang);
    let width = templates.iter().map(|t| t.name.len()).max().unwrap_or(0);
    let mut text = String::new();
    for t in templates {
        text += &format!("{:width$}  {}\n", t.name, t.description_in(lang));
    }
    out_text(&text)
}

pub(super) fn parse_sample(text: &str) -> Result<SampleSize, String> {
    SampleSize::parse(text)
}

/// The one check of every command that writes a map (`new`, `import`,
/// `reviews add`, `merge`): OUT must be a `.ron` file name (a map written
/// as `x.png` or `mine.csv` is RON under a name every other tool misreads),
/// and must not be one of the command's `inputs` (`reviews add MAP mine.csv
/// -o mine.csv` wrote the map over the review export). The map a command
/// updates (`updated`) may be OUT whatever else it is: writing it back is
/// the point.
pub(super) fn check_map_output(
    command: &str,
    output: &Path,
    inputs: &[&Path],
    updated: Option<&Path>,
) -> CmdResult {
    // Writing back the map being updated is always right (git's merge
    // driver names it `.merge_file_XXXXXX`).
    if updated.is_some_and(|map| same_file(map, output)) {
        return Ok(());
    }
    let is_ron = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if !is_ron {
        let exported = Format::from_path(output).is_some()
            || interop::Format::export_from_path(output).is_some();
        let map = output.with_extension("ron");
        let hint = if exported {
            format!(
                "; write the map, then export it: `journeymap export {} -o {}`",
                map.display(),
                output.display()
            )
        } else {
            format!(" such as {}", map.display())
        };
        return Err(format!(
            "{}: `{command}` writes a map, a .ron file, not any other kind of file{hint}",
            output.display()
        )
        .into());
    }
    if let Some(input) = inputs.iter().find(|input| same_file(input, output)) {
        return Err(format!(
            "{}: this is also an input of `{command}` ({}); it is never written over — \
             choose another output file",
            output.display(),
            input.display()
        )
        .into());
    }
    Ok(())
}

/// Whether two paths name one existing file (links followed, any spelling).
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (a.dev(), a.ino()) == (b.dev(), b.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

pub(super) fn new_sample(size: SampleSize, output: &Path, force: bool) -> CmdResult {
    check_map_output("new", output, &[], None)?;
    if output.exists() && !force {
        return Err(format!(
            "{} already exists; choose another name or pass --force to overwrite it",
            output.display()
        )
        .into());
    }
    let map = sample_map(size).with_new_identity();
    save_new_file(output, &map, "choose a smaller sample")?;
    outln!(
        "wrote {}: sample map, {}",
        output.display(),
        map.summary().describe(", ")
    )?;
    Ok(())
}

pub(super) fn new_map(template: &str, lang: Lang, output: &Path, force: bool) -> CmdResult {
    check_map_output("new", output, &[], None)?;
    let t = template_in(template, lang).ok_or_else(|| {
        let names: Vec<_> = templates_in(lang).iter().map(|t| t.name).collect();
        format!(
            "unknown template \"{template}\"; choose one of: {}",
            names.join(", ")
        )
    })?;
    if output.exists() && !force {
        return Err(format!(
            "{} already exists; choose another name or pass --force to overwrite it",
            output.display()
        )
        .into());
    }
    let map = t
        .instantiate()
        .map_err(|e| e.to_string())?
        .with_new_identity();
    save_new_file(output, &map, "the template is too large")?;
    let s = map.summary();
    outln!(
        "wrote {} from template {} ({}): {}, {}, {}",
        output.display(),
        t.name,
        t.lang.native_name(),
        plural(s.stages, "stage"),
        plural(s.lanes, "lane"),
        plural(s.cards, "card")
    )?;
    Ok(())
}

pub(super) fn import(file: &Path, output: &Path, force: bool) -> CmdResult {
    check_map_output("import", output, &[file], None)?;
    if output.exists() && !force {
        return Err(format!(
            "{} already exists; choose another name or pass --force to overwrite it",
            output.display()
        )
        .into());
    }
    let imported = interop::import_file(file).map_err(|e| e.to_string())?;
    for warning in &imported.warnings {
        warnln!("warning: {warning}");
    }
    let map = imported.map.with_new_identity();
    // An importer bug must not reach a file silently; the maps are built sound.
    for problem in map.validate() {
        warnln!("{}: {problem}", file.display());
    }
    save_new_file(
        output,
        &map,
        "split the source into smaller files and import each",
    )?;
    outln!(
        "wrote {} from {}: {}",
        output.display(),
        file.display(),
        map.summary().describe(", ")
    )?;
    Ok(())
}

pub(super) fn check(file: &Path, strict: bool) -> CmdResult {
    let loaded = load_file(file).map_err(|e| e.to_string())?;
    for warning in &loaded.warnings {
        warnln!("{}: {warning}", file.display());
    }
    if strict && !loaded.warnings.is_empty() {
        return Err(format!(
            "{}: {} problem(s) found (--strict)",
            file.display(),
            loaded.warnings.len()
        )
        .into());
    }
    // Pictures and photos that would show as placeholders or initials.
    let dir = file.parent();
    for (owner, path) in loaded.map.pictures() {
        let picture = crate::model::resolve_photo(path, dir);
        if let Err(why) = crate::model::image_header(&picture) {
            let (what, instead) = match owner {
                crate::model::PictureOwner::Card(id) => {
                    (format!("the picture of card {id}"), "its placeholder")
                }
                crate::model::PictureOwner::Persona(id) => {
                    (format!("the photo of persona {id}"), "the initials")
                }
            };
            warnln!(
                "{}: warning: {what} ({}) cannot be read ({why}); {instead} will be drawn",
                file.display(),
                picture.display()
            );
        }
    }
    let s = loaded.map.summary();
    outln!(
        "{}: ok: \"{}\": {}",
        file.display(),
        loaded.map.title,
        s.describe(", ")
    )?;
    Ok(())
}
