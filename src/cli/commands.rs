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
    out(format_args!("{text}"))
}

pub(super) fn parse_sample(text: &str) -> Result<SampleSize, String> {
    SampleSize::parse(text)
}

/// A map written to a picture's or another export format's file name
/// (`new -o x.png`) would be RON under a name every other tool misreads:
/// refused, with the commands that make that file.
pub(super) fn refuse_export_name(output: &Path) -> CmdResult {
    let exported =
        Format::from_path(output).is_some() || interop::Format::export_from_path(output).is_some();
    if !exported {
        return Ok(());
    }
    let map = output.with_extension("ron");
    Err(format!(
        "{}: `new` writes a map, a .ron file, not an export; write the map, then export it: \
         `journeymap new -o {} && journeymap export {} -o {}`",
        output.display(),
        map.display(),
        map.display(),
        output.display()
    )
    .into())
}

pub(super) fn new_sample(size: SampleSize, output: &Path, force: bool) -> CmdResult {
    refuse_export_name(output)?;
    if output.exists() && !force {
        return Err(format!(
            "{} already exists; choose another name or pass --force to overwrite it",
            output.display()
        )
        .into());
    }
    let map = sample_map(size);
    save_new_file(output, &map, "choose a smaller sample")?;
    outln!(
        "wrote {}: sample map, {}",
        output.display(),
        map.summary().describe(", ")
    )?;
    Ok(())
}

pub(super) fn new_map(template: &str, lang: Lang, output: &Path, force: bool) -> CmdResult {
    refuse_export_name(output)?;
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
    let map = t.instantiate().map_err(|e| e.to_string())?;
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
    let is_ron = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if !is_ron {
        return Err(format!(
            "{}: import writes a journey map, a .ron file; to convert a map to another format use \
             `journeymap export MAP.ron -o {}`",
            output.display(),
            output.display()
        )
        .into());
    }
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
    let map = imported.map;
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
