//! Times as the user reads a clock: comment times and recovery copies are
//! kept in UTC in files, and shown here in the system's time zone (jiff
//! reads it), with the date as the interface language writes it.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::i18n::format_date;
use crate::i18n::ui_lang;

/// A stored comment time ("2026-12-01T17:41Z") in the system's zone:
/// "1 декабря 2026 г., 20:41". Anything unreadable is shown as stored.
pub fn shown(stored: &str) -> String {
    shown_in(stored, &TimeZone::system())
}

/// A time `secs` after 1970 (a recovery copy's) in the system's zone.
pub fn shown_seconds(secs: u64) -> String {
    match Timestamp::from_second(secs as i64) {
        Ok(t) => in_zone(t, &TimeZone::system()),
        Err(_) => secs.to_string(),
    }
}

/// [`shown`] in `zone`.
pub fn shown_in(stored: &str, zone: &TimeZone) -> String {
    match parse(stored) {
        Some(t) => in_zone(t, zone),
        None => stored.to_string(),
    }
}

/// "YYYY-MM-DDTHH:MMZ" (seconds optional) as an instant.
fn parse(stored: &str) -> Option<Timestamp> {
    let (date, time) = stored.trim().strip_suffix('Z')?.split_once('T')?;
    let time = if time.len() == 5 {
        format!("{time}:00")
    } else {
        time.to_string()
    };
    format!("{date}T{time}Z").parse().ok()
}

fn in_zone(t: Timestamp, zone: &TimeZone) -> String {
    let z = t.to_zoned(zone.clone());
    let date = format_date(ui_lang(), z.year() as i32, z.month() as u8, z.day() as u8)
        .unwrap_or_else(|| z.date().to_string());
    format!("{date}, {:02}:{:02}", z.hour(), z.minute())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn a_utc_comment_time_shows_at_moscow_local_time() {
        crate::i18n::set_ui_lang(Lang::Ru);
        let moscow = TimeZone::fixed(jiff::tz::offset(3));
        let shown = shown_in("2026-12-01T17:41Z", &moscow);
        assert!(shown.ends_with("20:41"), "{shown}");
        assert!(shown.contains("декабря"), "{shown}");
        // Past midnight in Moscow is the next day.
        let late = shown_in("2026-12-01T22:10Z", &moscow);
        assert!(late.starts_with('2') && late.ends_with("01:10"), "{late}");
        assert_eq!(shown_in("soon", &moscow), "soon");
        crate::i18n::set_ui_lang(Lang::En);
    }
}
