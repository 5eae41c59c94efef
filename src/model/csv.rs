//! Results as CSV for spreadsheets: one row per result with its scores, every answer
//! and the note (RFC 4180 quoting).

use crate::model::bank::{Bank, Variant};
use crate::model::history::SavedResult;
use crate::model::scoring::shown;

pub fn file_name(date: &str) -> String {
    format!("servewell-results-{date}.csv")
}

pub fn to_csv(results: &[SavedResult], bank: &Bank) -> String {
    let mut header: Vec<String> = ["date (UTC)", "variant", "bank version", "overall"].map(String::from).to_vec();
    header.extend(bank.characteristics.iter().cloned());
    header.extend(bank.items.iter().map(|i| i.id.clone()));
    header.push("note".into());
    let mut out = row(&header);
    for result in results {
        let score = result.score(bank);
        let mut cells = vec![
            utc_date_time(result.taken_at),
            match result.variant {
                Variant::Full => "full".into(),
                Variant::Pulse => "pulse".into(),
            },
            result.bank_version.to_string(),
            shown(score.overall, ""),
        ];
        cells.extend(score.characteristics.iter().map(|c| shown(c.mean, "")));
        cells.extend(
            bank.items.iter().map(|i| result.answers.get(&i.id).map_or(String::new(), |a| a.value().to_string())),
        );
        cells.push(result.note.clone());
        out.push_str(&row(&cells));
    }
    out
}

pub(crate) fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// Quotes a field when it must be, and defuses text a spreadsheet would run as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// `YYYY-MM-DD HH:MM` in UTC, which every spreadsheet reads as a date.
pub fn utc_date_time(ms: u64) -> String {
    let minutes = ms / 60_000;
    let (days, minute_of_day) = (minutes / 1440, minutes % 1440);
    let (year, month, day) = civil_from_days(days as i64);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}", minute_of_day / 60, minute_of_day % 60)
}

/// The Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}
