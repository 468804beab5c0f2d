//! Numbers and dates as each language writes them, from ICU4X's CLDR data:
//! "15,000.5" in English, "15 000,5" in Russian and Latvian (with a
//! non-breaking space), "December 1, 2026", «1 декабря 2026 г.»,
//! "2026. gada 1. decembris".

use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

use crate::model::Lang;

fn locale(lang: Lang) -> icu_locale_core::Locale {
    lang.code().parse().expect("a valid locale")
}

thread_local! {
    // ICU4X formatters are not `Sync`; each thread keeps its own, made once.
    static DECIMALS: Vec<DecimalFormatter> = Lang::ALL
        .iter()
        .map(|l| {
            DecimalFormatter::try_new(locale(*l).into(), Default::default())
                .expect("decimal data is compiled in")
        })
        .collect();
}

/// `value` with at most `max_fraction` digits after the decimal separator
/// (trailing zeros dropped), grouped and punctuated as `lang` writes it.
/// Never "-0"; non-finite values as "—".
pub fn format_number(lang: Lang, value: f64, max_fraction: usize) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    // A number of more digits than anyone reads (1e308 has 309) is written
    // as mantissa and exponent: "1.5E20", "-1,8E308".
    if value.abs() >= BIG {
        let exponent = value.abs().log10().floor();
        let mantissa = value / 10f64.powf(exponent);
        // Rounding may carry the mantissa to 10.
        let (mantissa, exponent) = if format!("{:.2}", mantissa.abs()).starts_with("10") {
            (mantissa / 10.0, exponent + 1.0)
        } else {
            (mantissa, exponent)
        };
        return format!("{}E{exponent}", format_number(lang, mantissa, 2));
    }
    let text = format!("{value:.max_fraction$}");
    let Ok(mut decimal) = text.parse::<Decimal>() else {
        return text;
    };
    decimal.absolute.trim_end();
    if decimal.absolute.is_zero() {
        decimal = Decimal::from(0);
    }
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    DECIMALS.with(|all| all[i].format(&decimal).to_string())
}

/// From here on numbers are written with an exponent (a quadrillion).
const BIG: f64 = 1e15;

/// `value` as data (CSV cells, Markdown tables): the shortest text that
/// reads back as the same number, as Rust and spreadsheets read numbers;
/// very large and very small numbers with an exponent (`1e308`, `1.5e-7`)
/// rather than hundreds of digits; never `-0`. Non-finite values are not
/// data and come out as Rust writes them.
pub fn data_number(value: f64) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    let magnitude = value.abs();
    if magnitude.is_finite() && !(1e-6..1e16).contains(&magnitude) {
        format!("{value:e}")
    } else {
        value.to_string()
    }
}

/// A number typed by a user of `lang`: "3,5" or "3.5", with or without
/// group separators (spaces, no-break spaces, and "," in English).
pub fn parse_number(lang: Lang, text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let normal = match lang {
        Lang::En => cleaned.replace(',', ""),
        Lang::Ru | Lang::Lv => cleaned.replace(',', "."),
    };
    normal.replace('−', "-").parse().ok()
}

/// A percentage: "15%" in English, "15 %" (non-breaking space) in Russian and
/// Latvian, as CLDR's percent patterns write them.
pub fn format_percent(lang: Lang, value: f64, max_fraction: usize) -> String {
    let number = format_number(lang, value, max_fraction);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Ru | Lang::Lv => format!("{number}\u{a0}%"),
    }
}

/// A calendar date in the long form of `lang`; `None` when the day does
/// not exist.
pub fn format_date(lang: Lang, year: i32, month: u8, day: u8) -> Option<String> {
    let date = Date::try_new_gregorian(year, month, day).ok()?;
    let formatter =
        FixedCalendarDateTimeFormatter::try_new(locale(lang).into(), YMD::long()).ok()?;
    Some(formatter.format(&date).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(format_number(Lang::En, 15000.0, 1), "15,000");
        assert_eq!(format_number(Lang::Ru, 15000.0, 1), "15\u{a0}000");
        assert_eq!(format_number(Lang::Lv, 3.5, 1), "3,5");
        assert_eq!(format_number(Lang::En, 3.5, 1), "3.5");
        assert_eq!(format_number(Lang::Ru, -0.0001, 1), "0");
        assert_eq!(format_percent(Lang::Ru, 15.0, 0), "15\u{a0}%");
        assert_eq!(format_percent(Lang::En, 15.0, 0), "15%");
        assert_eq!(parse_number(Lang::Ru, "15 000,5"), Some(15000.5));
        assert_eq!(parse_number(Lang::Lv, "3.5"), Some(3.5));
        assert_eq!(parse_number(Lang::En, "15,000.5"), Some(15000.5));
        assert_eq!(parse_number(Lang::Ru, "много"), None);
    }

    #[test]
    fn huge_numbers_get_an_exponent_and_data_reads_back() {
        assert_eq!(format_number(Lang::En, 1e308, 2), "1E308");
        assert_eq!(format_number(Lang::Ru, -f64::MAX, 2), "-1,8E308");
        assert_eq!(format_number(Lang::En, 9.999e20, 2), "1E21");
        assert_eq!(format_number(Lang::En, 123_456_789.0, 2), "123,456,789");
        for v in [
            1e308,
            -f64::MAX,
            1.5e-7,
            -1e-300,
            0.1,
            123.25,
            1e15,
            12_345_678.0,
        ] {
            let text = data_number(v);
            assert!(text.len() < 25, "{text}");
            assert_eq!(text.parse::<f64>().unwrap(), v, "{text}");
        }
        assert_eq!(data_number(-0.0), "0");
        assert_eq!(data_number(1e308), "1e308");
        assert_eq!(data_number(15.5), "15.5");
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(
            format_date(Lang::Ru, 2026, 12, 1).as_deref(),
            Some("1 декабря 2026\u{202f}г.")
        );
        assert_eq!(
            format_date(Lang::Lv, 2026, 12, 1).as_deref(),
            Some("2026. gada 1. decembris")
        );
        assert_eq!(
            format_date(Lang::En, 2026, 12, 1).as_deref(),
            Some("December 1, 2026")
        );
        assert_eq!(format_date(Lang::En, 2026, 2, 30), None);
    }
}
