//! Numbers as the app computes and shows them: the mean, and scores to one decimal.

/// The arithmetic mean; `None` for no values.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Rounds to the one decimal a score is shown with (halves round up).
pub fn round1(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}

/// A score as shown everywhere: one decimal, or `missing` when there is none.
pub fn shown(score: Option<f64>, missing: &str) -> String {
    score.map_or_else(|| missing.to_string(), one_decimal)
}

/// A change with its sign, one decimal: +0.4, -0.2, 0.0.
pub fn signed(delta: f64) -> String {
    match one_decimal(delta) {
        zero if zero == "0.0" || zero == "-0.0" => "0.0".into(),
        text if delta > 0.0 => format!("+{text}"),
        text => text,
    }
}

/// A number with one decimal, halves rounded away from zero. Written out by hand because Rust's
/// float formatting would add kilobytes of tables to the download for this one job.
pub fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}
