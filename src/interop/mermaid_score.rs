//! Task scores as Mermaid reads them, and how they land on a map's scale.
//!
//! Mermaid takes a task's score with JavaScript's `Number()`: it accepts
//! scores above 5 (real diagrams use 6–13), fractions, hex, an empty score
//! (0), and turns words into `NaN` (a stray `size: 2rem` line is a task). We
//! import all of that as Mermaid does, with a warning: the emotion curve gets
//! the nearest value its scale can hold — the 1…10 scale when any score goes
//! above 5 — and a task whose score the curve cannot give back keeps its
//! original text in the card's `score:` note line, which export writes again.

use crate::io::LoadError;
use crate::model::EmotionScale;

/// A task's score: the text as written (trimmed) and Mermaid's reading of it.
#[derive(Debug, Clone)]
pub(super) struct Score {
    pub text: String,
    /// `None` where Mermaid reads `NaN`.
    pub value: Option<f64>,
    /// Where the score starts, for warnings.
    pub line: usize,
    pub column: usize,
}

impl Score {
    pub fn new(raw: &str, line: usize, column: usize) -> Score {
        let text = raw.trim();
        Score {
            // `Number(" ")` is 0; writing "0" keeps that reading.
            text: if text.is_empty() { "0" } else { text }.to_string(),
            value: js_number(raw),
            line,
            column,
        }
    }

    /// The whole number 1–5 this is written as, if it is exactly that:
    /// the only scores a plain curve value stands for on export.
    pub fn plain(&self) -> Option<i32> {
        let n: i32 = self.text.parse().ok()?;
        (n.to_string() == self.text && (1..=5).contains(&n)).then_some(n)
    }
}

/// JavaScript's `Number(text)` for the forms a score can take, `None` for NaN.
pub(super) fn js_number(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() {
        return Some(0.0);
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(digits) = t.strip_prefix(prefix) {
            return u64::from_str_radix(digits, radix).ok().map(|n| n as f64);
        }
    }
    match t.trim_start_matches(['+', '-']) {
        "Infinity" => return Some(if t.starts_with('-') { -1.0 } else { 1.0 } * f64::INFINITY),
        _ if t.contains(|c: char| !(c.is_ascii_digit() || ".eE+-".contains(c))) => return None,
        _ => {}
    }
    t.parse().ok()
}

/// The emotion scale a diagram's scores fit: 1…5 unless one goes above 5.
pub(super) fn scale_for<'a>(scores: impl Iterator<Item = &'a Score>) -> EmotionScale {
    let above = scores.filter_map(|s| s.value).any(|v| v > 5.0);
    if above {
        EmotionScale::OneToTen
    } else {
        EmotionScale::OneToFive
    }
}

/// The value a score puts on the curve: the nearest whole number the scale
/// holds; `None` for NaN, which Mermaid draws without a face.
pub(super) fn curve_value(score: &Score, scale: EmotionScale) -> Option<i32> {
    let v = score.value?;
    let (lo, hi) = (scale.min(), scale.max());
    Some(v.round().clamp(lo as f64, hi as f64) as i32)
}

/// What the user should know about a score: a warning at its position, or
/// nothing for a whole number the scale holds.
pub(super) fn warning(score: &Score, scale: EmotionScale) -> Option<LoadError> {
    let (lo, hi) = (scale.min(), scale.max());
    let mut args = vec![("score", score.text.clone())];
    let key = match (score.value, curve_value(score, scale)) {
        (None, _) | (_, None) => "load-mermaid-score-nan",
        (Some(v), Some(n)) if v != n as f64 => {
            args.push(("value", n.to_string()));
            args.extend([("min", lo.to_string()), ("max", hi.to_string())]);
            if v.fract() != 0.0 {
                "load-mermaid-score-fraction"
            } else if v > hi as f64 {
                "load-mermaid-score-above"
            } else {
                "load-mermaid-score-below"
            }
        }
        _ => return None,
    };
    Some(LoadError::said(score.line, score.column, key, args))
}

/// The one warning that says why the curve uses the 1…10 scale.
pub(super) fn scale_warning<'a>(mut scores: impl Iterator<Item = &'a Score>) -> Option<LoadError> {
    let first = scores.find(|s| s.value.is_some_and(|v| v > 5.0))?;
    let args = vec![("score", first.text.clone())];
    Some(LoadError::said(
        first.line,
        first.column,
        "load-mermaid-scale-ten",
        args,
    ))
}

/// A score text that can go back into a task line as it is: what Mermaid
/// could have read there (no `:` `;` `#`, no `%%` directive, one line).
pub(super) fn writable(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 40
        && !text.contains("%%")
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " .+-_%".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_javascript_reads_them() {
        assert_eq!(js_number(" 5 "), Some(5.0));
        assert_eq!(js_number(""), Some(0.0));
        assert_eq!(js_number("0x10"), Some(16.0));
        assert_eq!(js_number("1e1"), Some(10.0));
        assert_eq!(js_number(".5"), Some(0.5));
        assert_eq!(js_number("5."), Some(5.0));
        assert_eq!(js_number("-3"), Some(-3.0));
        assert_eq!(js_number("Infinity"), Some(f64::INFINITY));
        for nan in ["2rem", "4,5", "inf", "NaN", "five", "0xZZ"] {
            assert_eq!(js_number(nan), None, "{nan}");
        }
    }

    #[test]
    fn scores_land_on_the_nearest_value_of_the_scale() {
        let s = |t: &str| Score::new(t, 1, 1);
        assert_eq!(scale_for([s("3"), s("5")].iter()), EmotionScale::OneToFive);
        assert_eq!(scale_for([s("3"), s("13")].iter()), EmotionScale::OneToTen);
        let ten = EmotionScale::OneToTen;
        assert_eq!(curve_value(&s("13"), ten), Some(10));
        assert_eq!(curve_value(&s("4.5"), ten), Some(5));
        assert_eq!(curve_value(&s("-3"), EmotionScale::OneToFive), Some(1));
        assert_eq!(curve_value(&s("2rem"), ten), None);
        assert!(warning(&s("7"), ten).is_none());
        assert!(warning(&s("13"), ten).unwrap().message.contains("uses 10"));
        assert_eq!(s(" ").text, "0");
        assert_eq!(s("5").plain(), Some(5));
        assert_eq!(s("+5").plain(), None);
        assert!(writable("2rem") && writable("4.5") && !writable("a:b") && !writable("%%{x}"));
    }
}
