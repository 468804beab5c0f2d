//! The command line: the contract scripts and other tools rely on.
//!
//! Exit codes: 0 success, 1 bad input or I/O error, 2 usage error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::{ExportOptions, Format, export_to_file_with_notes};
use crate::interop;
use crate::io::{load_file, save_new_file, template_in, templates_in};
use crate::model::{Lang, plural};
use crate::sample::{SampleSize, sample_map};
use crate::style::Theme;

/// Offline designer for customer journey maps and service blueprints.
///
/// With no command, opens the app (on FILE when given).
#[derive(Debug, Parser)]
#[command(name = "journeymap", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A map to open in the app.
    pub file: Option<PathBuf>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the built-in templates: one line each, name then description.
    Templates {
        /// Language of the descriptions: en, ru or lv [default: the
        /// environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
        /// English when it is none of these].
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Create a new map from a template, written in a language.
    New {
        /// Template name (see `journeymap templates`).
        #[arg(
            short,
            long,
            default_value = "current-state",
            conflicts_with = "sample"
        )]
        template: String,
        /// Instead of a template: a synthetic map of STAGESxLANESxCARDS
        /// (cards per cell), e.g. 15x12x5, for trying performance.
        #[arg(long, value_name = "STAGESxLANESxCARDS", value_parser = parse_sample)]
        sample: Option<SampleSize>,
        /// Where to write the map (.ron).
        #[arg(short, long)]
        output: PathBuf,
        /// Overwrite OUTPUT if it exists.
        #[arg(long)]
        force: bool,
        /// Language of the map: en, ru or lv. Each language has its own
        /// example maps (not translations) and the map records it
        /// [default: the environment's language (LANGUAGE, LC_ALL,
        /// LC_MESSAGES, LANG), English when it is none of these].
        #[arg(long, value_enum, conflicts_with = "sample")]
        lang: Option<LangArg>,
    },
    /// Import a Mermaid journey diagram (.mmd, or a ```mermaid block in .md)
    /// or a spreadsheet (.csv, .tsv, or Excel's "Unicode Text" .txt; the
    /// separator and the encoding are detected) as a new map.
    Import {
        /// The file to import (.mmd, .mermaid, .md, .markdown, .csv, .tsv or .txt).
        file: PathBuf,
        /// Where to write the map (.ron).
        #[arg(short, long)]
        output: PathBuf,
        /// Overwrite OUTPUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Export a map: a picture (.svg, .png), a Mermaid journey diagram (.mmd),
    /// a spreadsheet (.csv, or tab-separated .tsv) or a Markdown table (.md),
    /// chosen by OUTPUT's extension.
    Export {
        /// The map (.ron).
        map: PathBuf,
        /// The file to write (.svg, .png, .mmd, .csv, .tsv or .md).
        #[arg(short, long)]
        output: PathBuf,
        /// PNG pixels per point, 1 to 4 (2 = crisp on slides).
        #[arg(long, default_value_t = 2.0, value_parser = parse_scale)]
        scale: f32,
        /// Colour theme of the picture.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
        /// SVG: turn text into shapes (self-contained; no longer editable text).
        #[arg(long)]
        text_as_paths: bool,
        /// PNG/SVG: add every card's quotes in an "Evidence" section under the map.
        #[arg(long)]
        evidence: bool,
        /// PNG/SVG: colour rated touchpoints by importance (calm to hot).
        #[arg(long)]
        heat: bool,
        /// PNG/SVG: highlight this persona's cards (by name) and dim the rest.
        #[arg(long, value_name = "NAME")]
        persona: Option<String>,
        /// PNG/SVG: highlight cards of this confidence and dim the rest.
        #[arg(long, value_enum)]
        confidence: Option<ConfidenceArg>,
        /// PNG/SVG: print "5 observed · 2 assumed · 1 proposed" in each stage header.
        #[arg(long)]
        confidence_counts: bool,
        /// PNG/SVG: leave out persona photos from outside the map's folder
        /// (`../`, absolute paths, links out); their initials are drawn.
        #[arg(long)]
        no_outside_images: bool,
        /// CSV: start with a UTF-8 byte-order mark, so Excel reads non-Latin text right.
        #[arg(long)]
        bom: bool,
        /// CSV for Excel in a Russian or Latvian locale (and most European
        /// ones): `;` between cells, decimal commas, UTF-8 with a byte-order mark.
        #[arg(long)]
        excel_locale: bool,
        /// Language of what the export writes besides the map's own text
        /// (footer and its date, labels, numbers): en, ru or lv [default:
        /// the map's language, then the environment's].
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Compare a current-state map with a future-state map: stages matched by
    /// name, feelings and card counts side by side, the differences listed.
    Compare {
        /// The map of today's journey (.ron).
        current: PathBuf,
        /// The map of the intended journey (.ron).
        future: PathBuf,
        /// Write a picture (.png, .svg) or a Markdown report (.md); without
        /// it the report is printed.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// PNG pixels per point, 1 to 4.
        #[arg(long, default_value_t = 2.0, value_parser = parse_scale)]
        scale: f32,
        /// Colour theme of the picture.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
    },
    /// Check a map file: prints a one-line summary, or FILE:LINE:COLUMN: message.
    Check {
        file: PathBuf,
        /// Treat repaired problems (duplicate ids, dangling references) as errors.
        #[arg(long)]
        strict: bool,
    },
}

/// Parse the process arguments and run; the binary's whole `main`.
pub fn main() -> ExitCode {
    let cli = Cli::parse(); // usage errors exit 2 inside clap
    match cli.command {
        Some(command) => run_command(command),
        None => open_gui(cli.file),
    }
}

/// Run one headless command, writing to stdout/stderr.
pub fn run_command(command: Command) -> ExitCode {
    let result = match command {
        Command::Templates { lang } => list_templates(lang_or_system(lang)),
        Command::New {
            template,
            sample,
            output,
            force,
            lang,
        } => match sample {
            Some(size) => new_sample(size, &output, force),
            None => new_map(&template, lang_or_system(lang), &output, force),
        },
        Command::Check { file, strict } => check(&file, strict),
        Command::Compare {
            current,
            future,
            output,
            scale,
            theme,
        } => compare(
            &current,
            &future,
            output.as_deref(),
            &ExportOptions {
                scale,
                theme: theme.into(),
                ..Default::default()
            },
        ),
        Command::Import {
            file,
            output,
            force,
        } => import(&file, &output, force),
        Command::Export {
            map,
            output,
            scale,
            theme,
            text_as_paths,
            evidence,
            heat,
            persona,
            confidence,
            confidence_counts,
            no_outside_images,
            bom,
            excel_locale,
            lang,
        } => export(
            &map,
            &output,
            ExportOptions {
                theme: theme.into(),
                scale,
                text_as_paths,
                date: None,
                evidence_appendix: evidence,
                heat,
                map_dir: map.parent().map(Path::to_path_buf),
                filter: crate::model::CardFilter {
                    persona: None, // by name, once the map is read
                    confidence: confidence.map(Into::into),
                },
                confidence_counts,
                no_outside_images,
            },
            persona.as_deref(),
            bom,
            excel_locale,
            lang.map(Lang::from),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

type CmdResult = Result<(), String>;

/// `--lang` values: the languages journeymap speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    En,
    Ru,
    Lv,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Ru => Lang::Ru,
            LangArg::Lv => Lang::Lv,
        }
    }
}

/// The language given, or the environment's.
fn lang_or_system(lang: Option<LangArg>) -> Lang {
    lang.map_or_else(crate::i18n::system_lang, Lang::from)
}

fn list_templates(lang: Lang) -> CmdResult {
    let mut out = std::io::stdout().lock();
    let templates = templates_in(lang);
    let width = templates.iter().map(|t| t.name.len()).max().unwrap_or(0);
    for t in templates {
        writeln!(out, "{:width$}  {}", t.name, t.description_in(lang))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn parse_sample(text: &str) -> Result<SampleSize, String> {
    SampleSize::parse(text)
}

fn new_sample(size: SampleSize, output: &Path, force: bool) -> CmdResult {
    if output.exists() && !force {
        return Err(format!(
            "{} already exists; choose another name or pass --force to overwrite it",
            output.display()
        ));
    }
    let map = sample_map(size);
    save_new_file(output, &map, "choose a smaller sample")?;
    println!(
        "wrote {}: sample map, {}",
        output.display(),
        map.summary().describe(", ")
    );
    Ok(())
}

fn new_map(template: &str, lang: Lang, output: &Path, force: bool) -> CmdResult {
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
        ));
    }
    let map = t.instantiate().map_err(|e| e.to_string())?;
    save_new_file(output, &map, "the template is too large")?;
    let s = map.summary();
    println!(
        "wrote {} from template {} ({}): {}, {}, {}",
        output.display(),
        t.name,
        t.lang.native_name(),
        plural(s.stages, "stage"),
        plural(s.lanes, "lane"),
        plural(s.cards, "card")
    );
    Ok(())
}

fn import(file: &Path, output: &Path, force: bool) -> CmdResult {
    let is_ron = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if !is_ron {
        return Err(format!(
            "{}: import writes a journey map, a .ron file; to convert a map to another format use              `journeymap export MAP.ron -o {}`",
            output.display(),
            output.display()
        ));
    }
    if output.exists() && !force {
        return Err(format!(
            "{} already exists; choose another name or pass --force to overwrite it",
            output.display()
        ));
    }
    let map = interop::import_file(file).map_err(|e| e.to_string())?;
    // An importer bug must not reach a file silently; the maps are built sound.
    for problem in map.validate() {
        eprintln!("{}: {problem}", file.display());
    }
    save_new_file(
        output,
        &map,
        "split the source into smaller files and import each",
    )?;
    println!(
        "wrote {} from {}: {}",
        output.display(),
        file.display(),
        map.summary().describe(", ")
    );
    Ok(())
}

fn check(file: &Path, strict: bool) -> CmdResult {
    let loaded = load_file(file).map_err(|e| e.to_string())?;
    for warning in &loaded.warnings {
        eprintln!("{}: {warning}", file.display());
    }
    if strict && !loaded.warnings.is_empty() {
        return Err(format!(
            "{}: {} problem(s) found (--strict)",
            file.display(),
            loaded.warnings.len()
        ));
    }
    let s = loaded.map.summary();
    println!(
        "{}: ok: \"{}\": {}",
        file.display(),
        loaded.map.title,
        s.describe(", ")
    );
    Ok(())
}

/// `--confidence` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ConfidenceArg {
    Observed,
    Assumed,
    Proposed,
}

impl From<ConfidenceArg> for crate::model::Confidence {
    fn from(c: ConfidenceArg) -> Self {
        use crate::model::Confidence;
        match c {
            ConfidenceArg::Observed => Confidence::Observed,
            ConfidenceArg::Assumed => Confidence::Assumed,
            ConfidenceArg::Proposed => Confidence::Proposed,
        }
    }
}

/// `--theme` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
}

impl From<ThemeArg> for Theme {
    fn from(theme: ThemeArg) -> Theme {
        match theme {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        }
    }
}

fn parse_scale(text: &str) -> Result<f32, String> {
    let v: f32 = text
        .parse()
        .map_err(|_| format!("\"{text}\" is not a number"))?;
    if (1.0..=4.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v} is out of range; use 1 to 4"))
    }
}

fn export(
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
            "{}: unknown export format; use a .svg, .png, .mmd, .csv or .md file name \
             (or .tsv for tab-separated cells)",
            output.display()
        ));
    }
    let csv = matches!(text_format, Some(interop::Format::Csv { .. }));
    if bom && !csv {
        return Err(format!(
            "{}: --bom applies only to CSV export (a .csv file name)",
            output.display()
        ));
    }
    if excel_locale && !csv {
        return Err(format!(
            "{}: --excel-locale applies only to CSV export (a .csv file name)",
            output.display()
        ));
    }
    let mut loaded = load_file(map).map_err(|e| e.to_string())?;
    for warning in &loaded.warnings {
        eprintln!("{}: {warning}", map.display());
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
        let format = match format {
            // The Excel-locale CSV always has a BOM: Excel needs it for UTF-8.
            interop::Format::Csv { .. } if excel_locale => interop::Format::CsvSemicolon,
            interop::Format::Csv { .. } => interop::Format::Csv { bom },
            other => other,
        };
        interop::export_file(&loaded.map, output, format).map_err(|e| e.to_string())?;
        println!("wrote {}", output.display());
        return Ok(());
    }
    // Photos are read once, by the export; what it could not draw is said.
    let notes =
        export_to_file_with_notes(&loaded.map, output, &options).map_err(|e| e.to_string())?;
    for note in notes {
        eprintln!("{}: warning: {note}", map.display());
    }
    println!("wrote {}", output.display());
    Ok(())
}

fn compare(
    current: &Path,
    future: &Path,
    output: Option<&Path>,
    options: &ExportOptions,
) -> CmdResult {
    let load = |path: &Path| {
        let loaded = load_file(path).map_err(|e| e.to_string())?;
        for warning in &loaded.warnings {
            eprintln!("{}: {warning}", path.display());
        }
        Ok::<_, String>(loaded.map)
    };
    let (current_map, future_map) = (load(current)?, load(future)?);
    let Some(output) = output else {
        let c = crate::model::compare::compare(&current_map, &future_map);
        print!(
            "{}",
            crate::model::compare::to_markdown(&c, &current_map.title, &future_map.title)
        );
        return Ok(());
    };
    crate::export::export_comparison_to_file(&current_map, &future_map, output, options)
        .map_err(|e| e.to_string())?;
    println!("wrote {}", output.display());
    Ok(())
}

#[cfg(feature = "gui")]
fn open_gui(file: Option<PathBuf>) -> ExitCode {
    crate::ui::run(file)
}

#[cfg(not(feature = "gui"))]
fn open_gui(_file: Option<PathBuf>) -> ExitCode {
    eprintln!(
        "journeymap: this build has no window (built without the `gui` feature). \
         Use the headless commands: templates, new, check, import, export (see --help)."
    );
    ExitCode::from(1)
}
