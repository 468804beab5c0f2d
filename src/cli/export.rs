//! The commands that write pictures and text from a map: `export` and
//! `compare`.

use super::*;

/// `-o -`: the export goes to standard output, in the `--format` given.
fn is_stdout(output: &Path) -> bool {
    output == Path::new("-")
}

/// Write an export's bytes to its file (atomically), or to standard output
/// as they are for `-o -`.
fn write_output(output: &Path, bytes: &[u8]) -> CmdResult {
    if !is_stdout(output) {
        return crate::export::write_export(output, bytes).map_err(|e| e.to_string().into());
    }
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => Failure::ClosedPipe,
            _ => stdout_error(&e),
        })
}

/// "wrote FILE" — on stderr when the export itself went to standard output.
fn say_wrote(output: &Path, what: &str) -> CmdResult {
    if is_stdout(output) {
        return Ok(());
    }
    outln!("wrote {}{what}", output.display())
}

#[allow(clippy::too_many_arguments)]
pub(super) fn export(
    map: &Path,
    output: &Path,
    format: Option<ExportFormatArg>,
    mut options: ExportOptions,
    persona: Option<&str>,
    bom: bool,
    excel_locale: bool,
    lang: Option<Lang>,
) -> CmdResult {
    // The name the format is read from: OUTPUT, or for `-o -` one with the
    // extension --format names.
    let named = match (is_stdout(output), format) {
        (true, Some(format)) => PathBuf::from(format!("standard-output.{}", format.extension())),
        (true, None) => {
            return Err(
                "-o - writes the export to standard output: name its format with \
                        --format svg, png, pdf, mmd, csv, tsv or md"
                    .to_string()
                    .into(),
            );
        }
        (false, Some(format)) => {
            let ext = output.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !ext.eq_ignore_ascii_case(format.extension()) {
                return Err(format!(
                    "{}: --format {} applies to `-o -`; a file's extension names its format",
                    output.display(),
                    format.extension()
                )
                .into());
            }
            output.to_path_buf()
        }
        (false, None) => output.to_path_buf(),
    };
    let text_format = interop::Format::export_from_path(&named);
    if text_format.is_none() && Format::from_path(&named).is_none() {
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
        if is_stdout(output) {
            return write_output(output, interop::export_text(&loaded.map, format).as_bytes());
        }
        interop::export_file(&loaded.map, output, format).map_err(|e| e.to_string())?;
        outln!("wrote {}", output.display())?;
        return Ok(());
    }
    let picture_format = Format::from_path(&named).unwrap_or(Format::Svg);
    let is_pdf = picture_format == Format::Pdf;
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
    let (bytes, notes) =
        crate::export::export_bytes_with_notes(&loaded.map, picture_format, &options)
            .map_err(|e| e.to_string())?;
    for note in notes {
        warnln!("{}: warning: {note}", map.display());
    }
    write_output(output, &bytes)?;
    say_wrote(output, "")
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
    write_output(output, &pdf.bytes)?;
    say_wrote(output, &format!(" ({})", plural(pdf.pages, "page")))
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
        return out_text(&report);
    };
    crate::export::export_comparison_to_file(&current_map, &future_map, output, options)
        .map_err(|e| e.to_string())?;
    outln!("wrote {}", output.display())?;
    Ok(())
}
