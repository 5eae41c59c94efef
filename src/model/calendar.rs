//! Times and days: the app keeps milliseconds since the Unix epoch (UTC); codes carry
//! whole days since 2020-01-01; spreadsheets get a UTC date and time.

const MS_PER_DAY: u64 = 86_400_000;
/// 2020-01-01, in days since 1970-01-01.
const DAY_2020: u32 = 18_262;

/// The day number of a time, for codes.
pub fn day_of(ms: u64) -> u32 {
    u32::try_from(ms / MS_PER_DAY).unwrap_or(u32::MAX).saturating_sub(DAY_2020)
}

/// The time (midnight UTC) of a code's day.
pub fn ms_of(day: u32) -> u64 {
    u64::from(day + DAY_2020) * MS_PER_DAY
}

/// `YYYY-MM-DD HH:MM` in UTC, which every spreadsheet reads as a date.
pub fn utc_date_time(ms: u64) -> String {
    let minutes = ms / 60_000;
    let (days, minute_of_day) = (minutes / 1440, minutes % 1440);
    let (year, month, day) = civil_from_days(days as i64);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}", minute_of_day / 60, minute_of_day % 60)
}

/// Whether `text` has the shape `YYYY-MM-DD`, as a date input gives it.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
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
