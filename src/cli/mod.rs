//! The command line: the contract scripts and other tools rely on.
//!
//! Exit codes: 0 success, 1 bad input or I/O error, 2 usage error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::pdf::{Orientation, Paper, PdfPages};
use crate::export::{ExportOptions, Format};
use crate::interop;
use crate::io::{load_file, save_new_file, template_in, templates_in};
use crate::model::{Lang, plural};
use crate::sample::{SampleSize, sample_map};
use crate::style::Theme;

// First: its macros (`outln!`, `warnln!`) are used by the others.
#[macro_use]
mod output;
mod args;
mod commands;
mod export;
mod reviews;
mod versions;

pub use args::*;
use commands::*;
use export::*;
use output::*;

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
    /// Export a map: a picture (.svg, .png), a PDF to print (.pdf), a Mermaid journey diagram (.mmd),
    /// a spreadsheet (.csv, or tab-separated .tsv) or a Markdown table (.md),
    /// chosen by OUTPUT's extension.
    Export {
        /// The map (.ron).
        map: PathBuf,
        /// The file to write (.svg, .png, .pdf, .mmd, .csv, .tsv or .md);
        /// `-` writes to standard output, in the --format given.
        #[arg(short, long)]
        output: PathBuf,
        /// The format with `-o -` (otherwise OUTPUT's extension says it).
        #[arg(long, value_enum)]
        format: Option<ExportFormatArg>,
        /// PNG pixels per point, 1 to 4 [default: 2, crisp on slides]; with
        /// --tile, the printed size (1 = true size).
        #[arg(long, value_parser = parse_scale)]
        scale: Option<f32>,
        /// Colour theme of the picture.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
        /// PDF: the map scaled to fit one sheet of this size, centred: a4, a3,
        /// a2, a1, a0, letter, legal or tabloid [default: one page the size of
        /// the map, a poster].
        #[arg(long, value_name = "SIZE", value_parser = parse_paper, conflicts_with = "tile")]
        page: Option<Paper>,
        /// PDF: the map at true size (times --scale) over sheets of this size,
        /// with overlap, crop marks and a label on each, to print on an office
        /// printer and tape together (a4 or a3; any --page size works).
        #[arg(long, value_name = "SIZE", value_parser = parse_paper)]
        tile: Option<Paper>,
        /// PDF with --page or --tile: portrait sheets [default: the
        /// orientation that fits best, or takes fewer sheets].
        #[arg(long, conflicts_with = "landscape")]
        portrait: bool,
        /// PDF with --page or --tile: landscape sheets.
        #[arg(long)]
        landscape: bool,
        /// PNG/SVG/PDF: a legend under the grid saying what the markers,
        /// channel icons and (with --heat) colours mean.
        #[arg(long)]
        legend: bool,
        /// PDF: a page per persona after the map (photo, age and role,
        /// quote, goals, frustrations).
        #[arg(long)]
        personas: bool,
        /// SVG: turn text into shapes (self-contained; no longer editable text).
        #[arg(long)]
        text_as_paths: bool,
        /// PNG/SVG/PDF: add every card's quotes in an "Evidence" section under
        /// the map (in a PDF, on numbered report pages after it).
        #[arg(long)]
        evidence: bool,
        /// PNG/SVG/PDF: add every comment thread (open ones first, resolved
        /// ones marked) in a "Comments" section under the map (in a PDF, on
        /// report pages after it).
        #[arg(long)]
        comments: bool,
        /// PNG/SVG/PDF: colour rated touchpoints by importance (calm to hot).
        #[arg(long)]
        heat: bool,
        /// PNG/SVG/PDF: highlight this persona's cards (by name) and dim the rest.
        #[arg(long, value_name = "NAME")]
        persona: Option<String>,
        /// PNG/SVG/PDF: highlight cards of this confidence and dim the rest.
        #[arg(long, value_enum)]
        confidence: Option<ConfidenceArg>,
        /// PNG/SVG/PDF: print "5 observed · 2 assumed · 1 proposed" in each stage header.
        #[arg(long)]
        confidence_counts: bool,
        /// PNG/SVG/PDF: what the reviews sorted into the map say: "12 reviews
        /// · 3.4 of 5" in each stage header and their curve, dashed, on
        /// emotion lanes. On by default, as in the app; kept for scripts.
        #[arg(long, conflicts_with = "no_review_stats")]
        review_stats: bool,
        /// PNG/SVG/PDF: leave the review counts and curve out.
        #[arg(long)]
        no_review_stats: bool,
        /// People's names (reviewers on quotes and in the evidence appendix,
        /// comment authors): cut to initials ("I. P."), or with `omit` left out.
        #[arg(long, value_enum, value_name = "HOW", num_args = 0..=1, default_missing_value = "initials")]
        anonymise: Option<AnonymiseArg>,
        /// PNG/SVG/PDF: leave out persona photos and card pictures from outside
        /// the map's folder (`../`, absolute paths, links out); initials and
        /// placeholders are drawn instead.
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
    /// What changed from OLD to NEW, item by item: stages, lanes, cards,
    /// personas, reviews added, removed, edited (old → new) or moved, and
    /// emotion and metric values. Also a git difftool (see README).
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// text (one line per change), md (a Markdown list) or json (ids
        /// as strings: JavaScript reads 64-bit numbers inexactly).
        #[arg(long, value_enum, default_value_t = versions::DiffFormat::Text)]
        format: versions::DiffFormat,
        /// Compare even maps that are not versions of one map.
        #[arg(long)]
        force: bool,
    },
    /// Three-way merge of two versions of a map changed from BASE, by id;
    /// exit 1 listing the conflicts, which OUT keeps (a git merge driver:
    /// see README).
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        /// Where to write the merged map (atomically; may be OURS).
        #[arg(short, long)]
        output: PathBuf,
        /// Merge even maps that are not versions of one map (different
        /// identities, or items numbered alike that are not the same).
        #[arg(long)]
        force: bool,
    },
    /// Customer reviews in a map's evidence inbox: add them from review
    /// exports, list them, summarise them per stage.
    Reviews {
        #[command(subcommand)]
        command: reviews::ReviewsCommand,
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
    // People's copies of a map get new ids from different points.
    crate::model::spread_new_ids();
    refuse_mistyped_command(std::env::args_os().nth(1));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version go to stdout: as every other output there, a
        // closed pipe ends them quietly and a write error is exit 1.
        Err(e) if !e.use_stderr() => {
            let printed = e
                .print()
                .and_then(|()| std::io::stdout().flush())
                .map_err(|e| match e.kind() {
                    std::io::ErrorKind::BrokenPipe => Failure::ClosedPipe,
                    _ => stdout_error(&e),
                });
            return finish(printed);
        }
        Err(e) => e.exit(), // usage errors: exit 2
    };
    match cli.command {
        Some(command) => run_command(command),
        None => open_gui(cli.file),
    }
}

/// A first argument that is neither a command nor a file (`journeymap
/// exprot map.ron`) is a mistyped command, not a map to open: clap's
/// "unrecognized subcommand" with its suggestion of the nearest command,
/// exit 2. (With a FILE argument beside the commands clap itself takes any
/// word for a FILE.)
fn refuse_mistyped_command(first: Option<std::ffi::OsString>) {
    use clap::CommandFactory;
    let Some(word) = first.as_deref().and_then(|w| w.to_str()) else {
        return;
    };
    let looks_like_a_file = word.contains(['.', '/', std::path::MAIN_SEPARATOR]);
    if word.starts_with('-') || looks_like_a_file || Path::new(word).exists() {
        return;
    }
    let cli = Cli::command();
    if word == "help" || cli.find_subcommand(word).is_some() {
        return;
    }
    // The commands alone, without FILE: clap then reports the word as an
    // unknown command and suggests the nearest one.
    let commands = clap::Command::new("journeymap")
        .subcommands(cli.get_subcommands().cloned())
        .subcommand_required(true);
    if let Err(e) = commands.try_get_matches_from(["journeymap", word]) {
        e.exit();
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
        Command::Reviews { command } => reviews::run(command),
        Command::Diff {
            old,
            new,
            format,
            force,
        } => versions::diff(&old, &new, format, force),
        Command::Merge {
            base,
            ours,
            theirs,
            output,
            force,
        } => versions::merge(&base, &ours, &theirs, &output, force),
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
            format,
            scale,
            theme,
            page,
            tile,
            portrait,
            landscape,
            personas,
            legend,
            text_as_paths,
            evidence,
            comments,
            heat,
            persona,
            confidence,
            confidence_counts,
            review_stats: _,
            no_review_stats,
            anonymise,
            no_outside_images,
            bom,
            excel_locale,
            lang,
        } => export(
            &map,
            &output,
            format,
            ExportOptions {
                theme: theme.into(),
                scale: scale.unwrap_or(2.0),
                text_as_paths,
                date: None,
                evidence_appendix: evidence,
                comments_appendix: comments,
                heat,
                map_dir: map.parent().map(Path::to_path_buf),
                filter: crate::model::CardFilter {
                    persona: None, // by name, once the map is read
                    confidence: confidence.map(Into::into),
                },
                confidence_counts,
                no_outside_images,
                pdf_pages: pdf_pages(page, tile, portrait, landscape, scale),
                persona_pages: personas,
                legend,
                review_stats: !no_review_stats,
                authors: anonymise.map_or(crate::reviews::Authors::Keep, Into::into),
            },
            persona.as_deref(),
            bom,
            excel_locale,
            lang.map(Lang::from),
        ),
    };
    finish(result)
}

#[cfg(feature = "gui")]
fn open_gui(file: Option<PathBuf>) -> ExitCode {
    crate::ui::run(file)
}

#[cfg(not(feature = "gui"))]
fn open_gui(_file: Option<PathBuf>) -> ExitCode {
    warnln!(
        "journeymap: this build has no window (built without the `gui` feature). \
         Use the headless commands: templates, new, check, import, export (see --help)."
    );
    ExitCode::from(1)
}
