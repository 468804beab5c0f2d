//! Which column holds what: the header row picked from the first rows, each
//! role guessed from the header names (a rating also from its cells), and
//! `--columns` read against the headers.

use super::names::{Fit, not_a_role, role_of};
use super::values::parse_rating;
use super::{Columns, ReviewTable, Role, TableRow};
use crate::io::LoadError;
use std::collections::HashMap;

/// Longest cell that can be a column name.
const HEADER_CELL_CHARS: usize = 40;
/// How many of the first non-empty rows may hold the header: report titles,
/// dates and notes come above it, rarely more than a few.
const HEADER_SEARCH_ROWS: usize = 10;

/// The table from a sheet's non-empty rows: the header is the row among the
/// first ones whose cells best match known header names (whole names count
/// double); without any, the first row of two or more cells. Rows of one
/// cell — a title — are candidates only when no row has two.
pub(super) fn table_from_rows(rows: Vec<TableRow>) -> Result<ReviewTable, LoadError> {
    if rows.is_empty() {
        return Err(LoadError::said(1, 1, "load-reviews-no-rows", vec![]));
    }
    let filled = |r: &TableRow| r.cells.iter().filter(|c| !c.trim().is_empty()).count();
    let sample = &rows[..rows.len().min(HEADER_SEARCH_ROWS)];
    let wide = sample.iter().any(|r| filled(r) >= 2);
    // Each distinct cell is matched against the known names once: a wide
    // sheet repeats the same few words thousands of times.
    let mut known: HashMap<&str, Option<(Role, Fit)>> = HashMap::new();
    let mut scores: Vec<usize> = Vec::with_capacity(sample.len());
    for r in sample {
        let mut score = 0;
        // Only short cells can be column names: a review's text often holds
        // a header word ("time", "время") and must not make its row the header.
        for c in &r.cells {
            if c.trim().is_empty() || c.trim().chars().count() > HEADER_CELL_CHARS {
                continue;
            }
            let fit = *known.entry(c.as_str()).or_insert_with(|| role_of(c));
            if let Some((_, fit)) = fit {
                score += if fit.is_whole_name() { 2 } else { 1 };
            }
        }
        scores.push(score);
    }

    let mut header = None;
    for (i, row) in sample.iter().enumerate() {
        // A title row of one cell is skipped, but not a one-cell header
        // that names a column ("Отзыв" over two-column data).
        if wide && filled(row) < 2 && scores[i] == 0 {
            continue;
        }
        let s = scores[i];
        // Strictly better only: the first of equally good rows wins.
        if header.is_none_or(|(_, best)| s > best) {
            header = Some((i, s));
        }
    }
    let index = header.map_or(0, |(i, _)| i);
    let mut rows = rows;
    let data = rows.split_off(index + 1);
    let header = rows.pop().unwrap_or_else(|| TableRow {
        row: 1,
        cells: Vec::new(),
    });
    let headers = header.cells.iter().map(|c| c.trim().to_string()).collect();
    Ok(table(headers, header.row, data))
}

/// The table with its guessed columns; every row padded to the widest
/// (spreadsheets pad rows with empty cells, or leave them short), empty
/// columns past the last filled one dropped.
pub(super) fn table(
    mut headers: Vec<String>,
    header_row: usize,
    mut rows: Vec<TableRow>,
) -> ReviewTable {
    let last_filled = |cells: &[String]| cells.iter().rposition(|c| !c.trim().is_empty());
    let width = std::iter::once(headers.as_slice())
        .chain(rows.iter().map(|r| r.cells.as_slice()))
        .filter_map(last_filled)
        .max()
        .map_or(0, |i| i + 1);
    headers.resize(width, String::new());
    for row in &mut rows {
        row.cells.resize(width, String::new());
    }
    let (guessed, sure) = guess(&headers, &rows);
    ReviewTable {
        headers,
        header_row,
        rows,
        guessed,
        sure,
    }
}

/// Each role's column by header name: the best-fitting column; of equally
/// good ones the leftmost, and then the guess is not sure. A rating with
/// no telling name is a column whose every filled cell is a rating.
fn guess(headers: &[String], rows: &[TableRow]) -> (Columns, bool) {
    let mut known: HashMap<&str, Option<(Role, Fit)>> = HashMap::new();
    let fits: Vec<Option<(Role, Fit)>> = (headers.iter())
        .map(|h| *known.entry(h.as_str()).or_insert_with(|| role_of(h)))
        .collect();
    let mut columns = Columns::default();
    let mut tie = false;
    for role in Role::ALL {
        let best = fits
            .iter()
            .flatten()
            .filter(|(r, _)| *r == role)
            .map(|(_, f)| *f)
            .max();
        let Some(best) = best else { continue };
        let mut equally_good = (0..fits.len()).filter(|&i| fits[i] == Some((role, best)));
        columns.set(role, equally_good.next());
        tie |= equally_good.next().is_some();
    }
    if columns.rating.is_none() {
        columns.rating = (0..headers.len())
            .filter(|&i| fits[i].is_none() && !not_a_role(&headers[i]))
            .find(|&i| ratings_only(rows, i));
    }
    let sure = columns.text.is_some() && !tie;
    (columns, sure)
}

/// Whether column `i` has some filled cells, all of them plain ratings
/// ("4", "4,5", "8/10"): the cells, not the name, say it is a rating.
/// A column counting rows (1, 2, 3, …) is not one.
fn ratings_only(rows: &[TableRow], i: usize) -> bool {
    let values: Option<Vec<f64>> = rows
        .iter()
        .filter_map(|r| r.cells.get(i))
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .map(|c| parse_rating(c).map(|r| r.value))
        .collect();
    let Some(values) = values else { return false };
    let counting = values.len() >= 3 && values.windows(2).all(|w| w[1] == w[0] + 1.0);
    !values.is_empty() && !counting
}

/// A header as messages name it: `"Отзыв"`, or `column 3` when it has no name.
pub(super) fn header_label(headers: &[String], i: usize) -> String {
    match headers.get(i).map(|h| h.trim()) {
        Some(h) if !h.is_empty() => format!("{h:?}"),
        _ => format!("column {} (no name)", i + 1),
    }
}

/// The headers as messages list them: `"Имя", "Отзыв", column 3 (no name)`.
pub(super) fn list_headers(headers: &[String]) -> String {
    if headers.is_empty() {
        return "none".to_string();
    }
    let labels: Vec<String> = (0..headers.len())
        .map(|i| header_label(headers, i))
        .collect();
    labels.join(", ")
}

/// `--columns text=Отзыв,rating=3,link=-`: see [`super::columns_from_arg`].
pub(super) fn from_arg(arg: &str, table: &ReviewTable) -> Result<Columns, String> {
    let role_by_key = |key: &str| {
        Role::ALL
            .into_iter()
            .find(|r| r.key().eq_ignore_ascii_case(key.trim()))
    };
    let mut named: Vec<(Role, String)> = Vec::new();
    for piece in arg.split(',') {
        let pair = piece.split_once('=');
        match (pair, pair.and_then(|(key, _)| role_by_key(key))) {
            (Some((_, value)), Some(role)) => named.push((role, value.to_string())),
            (Some((key, _)), None) if is_word(key) => {
                return Err(format!(
                    "unknown role {:?} in --columns; the roles are: {}",
                    key.trim(),
                    Role::ALL.map(Role::key).join(", ")
                ));
            }
            _ if piece.trim().is_empty() => {}
            // A comma inside a header name ("Оценка, баллы") continues the value.
            _ => match named.last_mut() {
                Some((_, value)) => {
                    value.push(',');
                    value.push_str(piece);
                }
                None => {
                    return Err(format!(
                        "--columns takes role=column pairs, as in text=Review,rating=3; \
                         found {:?}",
                        piece.trim()
                    ));
                }
            },
        }
    }
    let mut chosen: Vec<(Role, Option<usize>)> = Vec::new();
    for (role, value) in named {
        let column = column_named(&value, &table.headers)?;
        let taken = chosen
            .iter()
            .find(|(r, c)| *r != role && c.is_some() && *c == column);
        if let (Some(c), Some((other, _))) = (column, taken) {
            return Err(format!(
                "column {} is named for both {} and {}; a column holds one thing",
                header_label(&table.headers, c),
                other.key(),
                role.key()
            ));
        }
        chosen.push((role, column));
    }
    let mut columns = table.guessed.clone();
    for (role, column) in chosen {
        // A guessed role on a column now named for another role gives way.
        for other in Role::ALL {
            if column.is_some() && columns.get(other) == column {
                columns.set(other, None);
            }
        }
        columns.set(role, column);
    }
    Ok(columns)
}

/// Whether `key` is one word of letters: a mistyped role, not part of a
/// header name that holds `=`.
fn is_word(key: &str) -> bool {
    let key = key.trim();
    !key.is_empty() && key.chars().all(char::is_alphabetic)
}

/// The column a `--columns` value names: a header (any case, quotes
/// around allowed), else a 1-based number; `-` or nothing for none.
fn column_named(value: &str, headers: &[String]) -> Result<Option<usize>, String> {
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if value.is_empty() || value == "-" {
        return Ok(None);
    }
    let lower = value.to_lowercase();
    if let Some(i) = headers
        .iter()
        .position(|h| h.trim().to_lowercase() == lower)
    {
        return Ok(Some(i));
    }
    match value.parse::<usize>() {
        Ok(n) if (1..=headers.len()).contains(&n) => Ok(Some(n - 1)),
        Ok(n) => Err(format!(
            "no column {n}; the table has {} columns: {}",
            headers.len(),
            list_headers(headers)
        )),
        Err(_) => Err(format!(
            "no column {value:?}; the columns are: {}",
            list_headers(headers)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[&[&str]]) -> Vec<TableRow> {
        let rows = rows.iter().enumerate().filter(|(_, r)| !r.is_empty());
        rows.map(|(i, cells)| TableRow {
            row: i + 1,
            cells: cells.iter().map(|c| c.to_string()).collect(),
        })
        .collect()
    }

    fn table_of(rows: &[&[&str]]) -> ReviewTable {
        table_from_rows(sheet(rows)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_header_below_a_title_and_notes() {
        let t = table_of(&[
            &["Отзывы клиентов за 2025 год"],
            &[],
            &["Выгрузка от 01.04.2025", "", "стр. 1"],
            &["Дата", "Отзыв", "Оценка", ""],
            &["05.03.2025", "Хорошо", "5"],
        ]);
        assert_eq!(t.header_row, 4);
        assert_eq!(t.headers, ["Дата", "Отзыв", "Оценка"]);
        assert_eq!(t.rows.len(), 1);
        assert!(t.sure);
    }

    #[test]
    fn unknown_headers_fall_back_to_the_first_row_of_two_cells() {
        let t = table_of(&[&["Report"], &["Col A", "Col B"], &["x", "4"], &["y", "5"]]);
        assert_eq!(t.header_row, 2);
        assert_eq!(t.guessed.text, None);
        // No telling name, but every cell is a rating.
        assert_eq!(t.guessed.rating, Some(1));
        assert!(!t.sure);
    }

    #[test]
    fn counters_and_ids_are_not_ratings() {
        let t = table_of(&[
            &["№", "Col", "Review"],
            &["1", "1", "a"],
            &["2", "2", "b"],
            &["3", "3", "c"],
        ]);
        assert_eq!(t.guessed.rating, None);
    }

    #[test]
    fn two_columns_claiming_a_role_make_the_guess_unsure() {
        let t = table_of(&[&["Отзыв", "Комментарий", "Оценка"], &["a", "b", "5"]]);
        assert_eq!(t.guessed.text, Some(0));
        assert!(!t.sure);
        // A whole name beats one inside a longer header: no tie.
        let t = table_of(&[
            &["Отзыв", "Ответ на отзыв", "Текст отзыва клиента"],
            &["a", "b", "c"],
        ]);
        assert_eq!(t.guessed.text, Some(0));
        assert!(t.sure);
    }

    #[test]
    fn columns_arg_with_commas_in_names_and_unset_roles() {
        let t = table_of(&[&["Имя", "Оценка, баллы", "Отзыв"], &["Оля", "5", "Хорошо"]]);
        let c = from_arg("rating=Оценка, баллы,author=-", &t).unwrap_or_default();
        assert_eq!((c.rating, c.author, c.text), (Some(1), None, Some(2)));
        // A column named for a role takes it from the role guessed there.
        let c = from_arg("author=Отзыв,text=1", &t).unwrap_or_default();
        assert_eq!((c.author, c.text), (Some(2), Some(0)));
        let e = from_arg("text=1,author=Имя", &t).err().unwrap_or_default();
        assert!(e.contains("both text and author"), "{e}");
        let e = from_arg("Отзыв", &t).err().unwrap_or_default();
        assert!(e.contains("role=column"), "{e}");
        let e = from_arg("text=4", &t).err().unwrap_or_default();
        assert!(e.contains("no column 4; the table has 3 columns"), "{e}");
    }

    #[test]
    fn a_trustpilot_export() {
        let headers = [
            "Review Created (UTC)",
            "Review Consumer User ID",
            "Review Title",
            "Review Content",
            "Review Stars",
            "Source Of Review",
            "Review Language",
            "Domain URL",
            "Webshop Name",
            "Company Reply Date (UTC)",
            "Reply Content",
        ];
        let t = table_of(&[&headers, &["2025-01-02", "u1", "Ok", "Fine", "4", "AFSv2"]]);
        let expected = Columns {
            text: Some(3),
            rating: Some(4),
            date: Some(0),
            source: Some(5),
            author: None,
            link: Some(7),
        };
        assert_eq!(t.guessed, expected);
        assert!(t.sure);
    }

    #[test]
    fn an_empty_file_is_an_error() {
        assert!(table_from_rows(Vec::new()).is_err());
    }
}
