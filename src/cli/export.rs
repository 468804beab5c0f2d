//! The commands that write pictures and text from a map: `export` and
//! `compare`.

use super::*;

pub(super) fn export(
    map: &Path,
    output: &Path,
    mut options: ExportOptions,
    persona: Option<&str>,
    bom: bool,
    excel_locale: bool,
    lang: Option<Lang>,
) -> CmdResult {
    let text_format = interop::Format::export_from_path(output);
    if text_format.is_none() && Format::from_path(output).is_none() {
        return Err(format!(
            "{}: unknown export format; use a .svg, .png, .pdf, .mmd, .csv or .md file name \
             (or .tsv for tab-separated cells)",
            output.display()
        )
        .into());
    }
    let csv = matches!(text_format, Some(interop::Format::Csv { .. }));
    if bom && !csv {
        return Err(format!(
            "{}: --bom applies only to CSV export (a .csv file name)",
            output.display()
        )
        .into());
    }
    if excel_locale && !csv {
        return Err(format!(
            "{}: --excel-locale applies only to CSV export (a .csv file name)",
            output.display()
        )
        .into());
    }
    let mut loaded = load_file(map).map_err(|e| e.to_string())?;
    for warning in &loaded.warnings {
        warnln!("{}: {warning}", map.display());
    }
    // What the export writes around the map's text follows --lang, else the
    // map's own language, else the environment's.
    let known = Lang::from_code(&loaded.map.language);
    let lang = lang.or(known).unwrap_or_else(crate::i18n::system_lang);
    loaded.map.language = lang.code().to_string();
    if let Some(name) = persona {
        let personas = &loaded.map.personas;
        let found = personas
            .iter()
            .find(|p| p.name.trim().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| {
                let names: Vec<_> = personas.iter().map(|p| format!("\"{}\"", p.name)).collect();
                format!(
                    "{}: no persona named \"{name}\"; the map has {}",
                    map.display(),
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    }
                )
            })?;
        options.filter.persona = Some(found.id);
    }
    if let Some(format) = text_format {
        let picture_only = [
            ("--heat", options.heat),
            ("--evidence", options.evidence_appendix),
            ("--comments", options.comments_appendix),
            ("--text-as-paths", options.text_as_paths),
            ("--persona", persona.is_some()),
            ("--confidence", options.filter.confidence.is_some()),
            ("--confidence-counts", options.confidence_counts),
            ("--legend", options.legend),
        ];
        for (flag, _) in picture_only.iter().filter(|(_, given)| *given) {
            warnln!(
                "{}: warning: {flag} applies only to pictures (.png, .svg, .pdf); ignored for a {}",
                output.display(),
                format.label()
            );
        }
        let format = match format {
            // The Excel-locale CSV always has a BOM: Excel needs it for UTF-8.
            interop::Format::Csv { .. } if excel_locale => interop::Format::CsvSemicolon,
            interop::Format::Csv { .. } => interop::Format::Csv { bom },
            other => other,
        };
        interop::export_file(&loaded.map, output, format).map_err(|e| e.to_string())?;
        outln!("wrote {}", output.display())?;
        return Ok(());
    }
    let is_pdf = Format::from_path(output) == Some(Format::Pdf);
    if !is_pdf && (options.pdf_pages != PdfPages::Poster || options.persona_pages) {
        warnln!(
            "{}: warning: --page, --tile, --portrait, --landscape and --personas apply only to PDF (.pdf); ignored",
            output.display()
        );
    }
    if is_pdf {
        return export_pdf(&loaded.map, map, output, &options);
    }
    // Photos are read once, by the export; what it could not draw is said.
    let notes =
        export_to_file_with_notes(&loaded.map, output, &options).map_err(|e| e.to_string())?;
    for note in notes {
        warnln!("{}: warning: {note}", map.display());
    }
    outln!("wrote {}", output.display())?;
    Ok(())
}

/// A PDF, with its warnings: photos not drawn, text printed too small.
fn export_pdf(
    map: &crate::model::JourneyMap,
    source: &Path,
    output: &Path,
    options: &ExportOptions,
) -> CmdResult {
    let pdf = crate::export::pdf::export_pdf(map, options).map_err(|e| e.to_string())?;
    for note in &pdf.notes {
        warnln!("{}: warning: {note}", source.display());
    }
    if let Some(pt) = pdf.small_text_pt {
        warnln!(
            "{}: warning: the smallest text prints at {pt:.1} pt, below {} pt that reads well; \
             choose a larger --page, or --tile the map over several sheets",
            output.display(),
            crate::export::pdf::pages::SMALLEST_READABLE_PT
        );
    }
    crate::export::write_export(output, &pdf.bytes).map_err(|e| e.to_string())?;
    outln!("wrote {} ({})", output.display(), plural(pdf.pages, "page"))?;
    Ok(())
}

pub(super) fn compare(
    current: &Path,
    future: &Path,
    output: Option<&Path>,
    options: &ExportOptions,
) -> CmdResult {
    let load = |path: &Path| {
        let loaded = load_file(path).map_err(|e| e.to_string())?;
        for warning in &loaded.warnings {
            warnln!("{}: {warning}", path.display());
        }
        Ok::<_, String>(loaded.map)
    };
    let (current_map, future_map) = (load(current)?, load(future)?);
    let Some(output) = output else {
        let c = crate::model::compare::compare(&current_map, &future_map);
        let report = crate::i18n::text::comparison_report(
            current_map.lang(),
            &c,
            &current_map.title,
            &future_map.title,
        );
        // The report is Markdown, which writes no control characters; a
        // terminal is shielded from any all the same, line by line.
        let report: String = report
            .split_inclusive('\n')
            .map(|line| match line.strip_suffix('\n') {
                Some(body) => escape_controls(body) + "\n",
                None => escape_controls(line),
            })
            .collect();
        return out(format_args!("{report}"));
    };
    crate::export::export_comparison_to_file(&current_map, &future_map, output, options)
        .map_err(|e| e.to_string())?;
    outln!("wrote {}", output.display())?;
    Ok(())
}
