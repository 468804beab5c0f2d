//! Table rows into reviews: text, rating on the scale the column implies,
//! date as YYYY-MM-DD, duplicates skipped, one warning per kind of problem.

use std::collections::HashSet;

use super::columns::list_headers;
use super::names::normalize;
use super::values::{CellRating, column_scale, parse_date, parse_rating};
use super::{Columns, ReviewImport, ReviewTable, TableRow};
use crate::io::LoadError;
use crate::model::{FreshIds, RatingScale, Review, ReviewId, ReviewRating};

/// How many row numbers a warning lists before "…".
const LISTED_ROWS: usize = 10;

/// What a row's rating cell holds.
enum RatingCell {
    Empty,
    Read(CellRating),
    Unreadable,
}

/// See [`super::reviews_from_table`].
pub(super) fn reviews(
    table: &ReviewTable,
    columns: &Columns,
    existing: &[Review],
    ids: &mut FreshIds,
) -> Result<ReviewImport, LoadError> {
    let Some(text_column) = columns.text else {
        let args = vec![("columns", list_headers(&table.headers))];
        return Err(LoadError::said(
            table.header_row,
            1,
            "load-reviews-no-text-column",
            args,
        ));
    };
    let cell = |row: &'_ TableRow, column: Option<usize>| -> String {
        column
            .and_then(|c| row.cells.get(c))
            .map_or_else(String::new, |c| c.trim().to_string())
    };
    let ratings: Vec<RatingCell> = table
        .rows
        .iter()
        .map(|row| match cell(row, columns.rating).as_str() {
            "" => RatingCell::Empty,
            text => parse_rating(text).map_or(RatingCell::Unreadable, RatingCell::Read),
        })
        .collect();
    let scale = {
        let plain: Vec<f64> = ratings
            .iter()
            .filter_map(|r| match r {
                RatingCell::Read(CellRating {
                    value,
                    out_of: None,
                }) => Some(*value),
                _ => None,
            })
            .collect();
        let nps = columns
            .rating
            .and_then(|c| table.headers.get(c))
            .is_some_and(|h| {
                normalize(h)
                    .split_whitespace()
                    .any(|w| w == "nps" || w == "нпс")
            });
        column_scale(&plain, nps)
    };
    let mut seen: HashSet<(String, String, String)> =
        existing.iter().map(Review::duplicate_key).collect();
    let mut import = ReviewImport::default();
    let mut bad_ratings: Vec<(usize, String)> = Vec::new();
    let mut bad_dates: Vec<(usize, String)> = Vec::new();
    for (row, rating_cell) in table.rows.iter().zip(&ratings) {
        let text = cell(row, Some(text_column)).replace("\r\n", "\n");
        if text.is_empty() {
            import.empty += 1;
            continue;
        }
        let mut review = Review::new(ReviewId(0), text);
        let date = cell(row, columns.date);
        review.date = parse_date(&date).unwrap_or_else(|| date.clone());
        review.source = cell(row, columns.source);
        review.author = cell(row, columns.author);
        review.link = cell(row, columns.link);
        if !seen.insert(review.duplicate_key()) {
            import.duplicates += 1;
            continue;
        }
        review.rating = match rating_cell {
            RatingCell::Empty => None,
            RatingCell::Read(r) => Some(ReviewRating {
                value: r.value,
                scale: match r.out_of {
                    // "7/10" in a column with zeros is on the NPS scale too.
                    Some(RatingScale::OneToTen) if scale == RatingScale::ZeroToTen => scale,
                    Some(s) => s,
                    None => scale,
                },
            }),
            RatingCell::Unreadable => {
                bad_ratings.push((row.row, cell(row, columns.rating)));
                None
            }
        };
        if !date.is_empty() && parse_date(&date).is_none() {
            bad_dates.push((row.row, date));
        }
        review.id = ReviewId(ids.next_id());
        import.reviews.push(review);
    }
    let rating_keys = ["load-reviews-rating-unread", "load-reviews-ratings-unread"];
    import
        .warnings
        .extend(warning(&bad_ratings, columns.rating, rating_keys));
    let date_keys = ["load-reviews-date-unread", "load-reviews-dates-unread"];
    import
        .warnings
        .extend(warning(&bad_dates, columns.date, date_keys));
    Ok(import)
}

/// One warning for all the rows in `bad` (row, cell text), at the first
/// one's cell: "12 ratings could not be read: rows 4, 9, 15, … (the first
/// is "отлично"); those reviews are imported without a rating". `keys`:
/// the message for one row, and for more.
fn warning(
    bad: &[(usize, String)],
    column: Option<usize>,
    keys: [&'static str; 2],
) -> Option<LoadError> {
    let (first_row, first_text) = bad.first()?;
    let mut rows: Vec<String> = bad
        .iter()
        .take(LISTED_ROWS)
        .map(|(r, _)| r.to_string())
        .collect();
    if bad.len() > LISTED_ROWS {
        rows.push("…".to_string());
    }
    let key = if bad.len() == 1 { keys[0] } else { keys[1] };
    let args = vec![
        ("n", bad.len().to_string()),
        ("rows", rows.join(", ")),
        ("text", format!("{first_text:?}")),
    ];
    Some(LoadError::said(
        *first_row,
        column.map_or(1, |c| c + 1),
        key,
        args,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::columns::table;
    use super::*;
    use crate::model::JourneyMap;

    fn import(headers: &[&str], rows: &[&[&str]]) -> ReviewImport {
        let rows = rows.iter().enumerate().map(|(i, cells)| TableRow {
            row: i + 2,
            cells: cells.iter().map(|c| c.to_string()).collect(),
        });
        let t = table(
            headers.iter().map(|h| h.to_string()).collect(),
            1,
            rows.collect(),
        );
        let mut ids = JourneyMap::default().fresh_ids();
        reviews(&t, &t.guessed, &[], &mut ids).unwrap_or_default()
    }

    fn scales(import: &ReviewImport) -> Vec<Option<(f64, RatingScale)>> {
        import
            .reviews
            .iter()
            .map(|r| r.rating.map(|r| (r.value, r.scale)))
            .collect()
    }

    #[test]
    fn explicit_scales_win_and_follow_an_nps_column() {
        let i = import(
            &["Review", "Rating"],
            &[&["a", "8/10"], &["b", "4"], &["c", "★★☆☆☆"]],
        );
        let expected = [
            Some((8.0, RatingScale::OneToTen)),
            Some((4.0, RatingScale::OneToFive)),
            Some((2.0, RatingScale::OneToFive)),
        ];
        assert_eq!(scales(&i), expected);
        let i = import(&["Review", "Score"], &[&["a", "7/10"], &["b", "0"]]);
        assert_eq!(
            scales(&i),
            [
                Some((7.0, RatingScale::ZeroToTen)),
                Some((0.0, RatingScale::ZeroToTen))
            ]
        );
    }

    #[test]
    fn one_warning_lists_ten_rows_then_an_ellipsis() {
        let rows: Vec<[String; 2]> = (0..12)
            .map(|n| [format!("text {n}"), "great".into()])
            .collect();
        let rows: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
        let i = import(&["Review", "Rating"], &rows);
        assert_eq!(i.reviews.len(), 12);
        assert_eq!(i.warnings.len(), 1);
        let w = &i.warnings[0];
        assert_eq!((w.line, w.column), (2, 2));
        assert!(
            w.message.starts_with(
                "12 ratings could not be read: rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …"
            ),
            "{}",
            w.message
        );
    }

    #[test]
    fn dates_not_read_are_kept_and_warned_about() {
        let i = import(
            &["Review", "Date"],
            &[&["a", "вчера"], &["b", "2025-03-05"]],
        );
        assert_eq!(i.reviews[0].date, "вчера");
        assert_eq!(i.reviews[1].date, "2025-03-05");
        assert_eq!(i.warnings.len(), 1);
        assert!(
            i.warnings[0].message.contains("row 2"),
            "{}",
            i.warnings[0].message
        );
    }

    #[test]
    fn duplicates_within_the_file_ignore_case_and_spaces() {
        let i = import(
            &["Review", "Author"],
            &[&["Good  service", "Anna"], &["good service", "ANNA"]],
        );
        assert_eq!((i.reviews.len(), i.duplicates), (1, 1));
    }
}
