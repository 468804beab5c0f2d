//! `journeymap reviews`: customer reviews into a map's evidence inbox
//! (`add`), out of it for pipelines (`list`, as text or JSON), and what
//! they say per stage (`summary`).

use super::*;
use crate::interop::reviews::{columns_from_arg, read_table_file, reviews_from_table};
use crate::model::{JourneyMap, Review, ReviewUse};
use crate::reviews::{Authors, Suggester, stage_reviews};

/// What `journeymap reviews` does.
#[derive(Debug, Subcommand)]
pub enum ReviewsCommand {
    /// Add the reviews of CSV/TSV, Excel (.xlsx) or JSON exports to a map's
    /// inbox (reviews already there are skipped), and write the map.
    Add {
        /// The map.
        map: PathBuf,
        /// Review files: .csv, .tsv, .txt, .xlsx, .json.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Where to write the map with the reviews (may be MAP itself).
        #[arg(short, long)]
        output: PathBuf,
        /// Which column holds what, when the header names do not say:
        /// `text=Отзыв,rating=Оценка,date=Дата,source=Источник,author=Автор,link=URL`
        /// (a header name or a column number from 1).
        #[arg(long, value_name = "ROLE=COLUMN,...")]
        columns: Option<String>,
    },
    /// List the reviews of a map's inbox.
    List {
        map: PathBuf,
        /// Only the reviews sorted into this stage (by name).
        #[arg(long, value_name = "NAME", conflicts_with = "unassigned")]
        stage: Option<String>,
        /// Only the reviews not sorted into any stage yet.
        #[arg(long)]
        unassigned: bool,
        /// A JSON array of objects: text, rating, scale, date, source,
        /// author, link, stage, suggested_stage, cards.
        #[arg(long)]
        json: bool,
        /// Reviewers' names cut to initials, or with `omit` left out.
        #[arg(long, value_enum, value_name = "HOW", num_args = 0..=1, default_missing_value = "initials")]
        anonymise: Option<AnonymiseArg>,
    },
    /// Per stage: how many reviews are sorted into it and their mean rating.
    Summary { map: PathBuf },
}

pub(super) fn run(command: ReviewsCommand) -> CmdResult {
    match command {
        ReviewsCommand::Add {
            map,
            files,
            output,
            columns,
        } => add(&map, &files, &output, columns.as_deref()),
        ReviewsCommand::List {
            map,
            stage,
            unassigned,
            json,
            anonymise,
        } => {
            let authors = anonymise.map_or(Authors::Keep, Into::into);
            list(&map, stage.as_deref(), unassigned, json, authors)
        }
        ReviewsCommand::Summary { map } => summary(&map),
    }
}

fn load(path: &Path) -> Result<JourneyMap, Failure> {
    let loaded = load_file(path).map_err(|e| e.to_string())?;
    for warning in &loaded.warnings {
        warnln!("{}: {warning}", path.display());
    }
    Ok(loaded.map)
}

fn add(map_path: &Path, files: &[PathBuf], output: &Path, columns: Option<&str>) -> CmdResult {
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    check_map_output("reviews add", output, &inputs, Some(map_path))?;
    let mut map = load(map_path)?;
    let mut ids = map.fresh_ids();
    let mut all = Vec::new();
    let (mut duplicates, mut empty) = (0, 0);
    for file in files {
        let table = read_table_file(file).map_err(|e| e.to_string())?;
        let chosen = match columns {
            Some(arg) => {
                columns_from_arg(arg, &table).map_err(|e| format!("{}: {e}", file.display()))?
            }
            None => table.guessed.clone(),
        };
        // Reviews of earlier files count as already there.
        let existing: Vec<Review> = map.reviews.iter().chain(&all).cloned().collect();
        let imported = reviews_from_table(&table, &chosen, &existing, &mut ids)
            .map_err(|e| e.in_file(file).to_string())?;
        for w in &imported.warnings {
            warnln!("warning: {}", w.clone().in_file(file));
        }
        outln!(
            "{}: {} new review(s), {} already in the map, {} without text",
            file.display(),
            imported.reviews.len(),
            imported.duplicates,
            imported.empty
        )?;
        duplicates += imported.duplicates;
        empty += imported.empty;
        all.extend(imported.reviews);
    }
    let added = all.len();
    crate::interop::reviews::check_room(&map, &all).map_err(|e| e.to_string())?;
    crate::edit::import_reviews(&map, all).apply_to(&mut map);
    crate::io::save_file(output, &map).map_err(|e| e.to_string())?;
    outln!(
        "wrote {}: {added} review(s) added ({duplicates} duplicate(s), {empty} empty row(s) skipped); {} in the inbox",
        output.display(),
        map.reviews.len()
    )?;
    Ok(())
}

/// The stage with this name (case and spaces aside), or an error naming them all.
fn stage_named(map: &JourneyMap, name: &str) -> Result<crate::model::StageId, Failure> {
    let wanted = name.trim().to_lowercase();
    map.stages
        .iter()
        .find(|s| s.name.trim().to_lowercase() == wanted)
        .map(|s| s.id)
        .ok_or_else(|| {
            let names: Vec<String> = map
                .stages
                .iter()
                .map(|s| format!("\"{}\"", s.name))
                .collect();
            format!("no stage \"{name}\"; the stages are: {}", names.join(", ")).into()
        })
}

fn stage_text(map: &JourneyMap, id: Option<crate::model::StageId>) -> Option<String> {
    id.and_then(|s| map.stage_index(s))
        .map(|i| map.stages[i].name.clone())
}

fn list(
    path: &Path,
    stage: Option<&str>,
    unassigned: bool,
    json: bool,
    authors: Authors,
) -> CmdResult {
    let map = load(path)?;
    let map = authors.apply(&map);
    let wanted = stage.map(|s| stage_named(&map, s)).transpose()?;
    let uses: ReviewUse = map.review_use();
    let mut suggester = Suggester::new(&map);
    let mut rows = Vec::new();
    for review in &map.reviews {
        let sorted = map.review_stage(review, &uses);
        if unassigned && sorted.is_some() || wanted.is_some() && sorted != wanted {
            continue;
        }
        rows.push((review, sorted, suggester.suggest(&review.text)));
    }
    if json {
        let array: Vec<serde_json::Value> = rows
            .iter()
            .map(|(r, sorted, suggested)| {
                serde_json::json!({
                    // Ids as strings: JavaScript reads 64-bit numbers inexactly.
                    "id": r.id.0.to_string(),
                    "text": r.text,
                    "rating": r.rating.map(|x| x.value),
                    "scale": r.rating.map(|x| x.scale.label().replace('–', "-")),
                    "date": r.date,
                    "source": r.source,
                    "author": r.author,
                    "link": r.link,
                    "stage": stage_text(&map, *sorted),
                    "suggested_stage": stage_text(&map, *suggested),
                    "cards": uses.cards(r.id).iter().map(|(c, _)| c.0.to_string()).collect::<Vec<_>>(),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&array).map_err(|e| e.to_string())?;
        return out_json(&(text + "\n"));
    }
    for (r, sorted, suggested) in &rows {
        let rating = r.rating.map_or(String::new(), |x| {
            format!("{}/{} ", x.value_text(), x.scale.max())
        });
        let stage = match (stage_text(&map, *sorted), stage_text(&map, *suggested)) {
            (Some(s), _) => format!("[{s}]"),
            (None, Some(s)) => format!("[suggested: {s}]"),
            (None, None) => "[unsorted]".to_string(),
        };
        let facts: Vec<&str> = [r.date.as_str(), r.source.as_str(), r.author.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        outln!(
            "{rating}{stage} {} — {}",
            r.text.replace('\n', " "),
            facts.join(", ")
        )?;
    }
    Ok(())
}

fn summary(path: &Path) -> CmdResult {
    let map = load(path)?;
    let stats = stage_reviews(&map);
    let width = map
        .stages
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0);
    let mut sorted = 0;
    for (stage, s) in map.stages.iter().zip(&stats) {
        sorted += s.count;
        let mean = s.mean_stars.map_or("no ratings".to_string(), |m| {
            format!("mean {m:.1} of 5 ({} rated)", s.rated)
        });
        let pad = width - stage.name.chars().count();
        outln!(
            "{}{}  {:>5} review(s)  {}  {} negative",
            stage.name,
            " ".repeat(pad),
            s.count,
            mean,
            s.negative
        )?;
    }
    outln!(
        "{} review(s) in the inbox, {} sorted into stages, {} not yet sorted",
        map.reviews.len(),
        sorted,
        map.reviews.len() - sorted
    )?;
    Ok(())
}
