//! Numbers in the reader's language: a decimal comma where the language has one. Only
//! for text a person reads; SVG coordinates and form values keep the point.

use crate::model::number;
use crate::model::present::catalogue::Catalogue;

fn localised(text: String) -> String {
    match Catalogue::get().ui.decimal_separator() {
        "." => text,
        separator => text.replace('.', separator),
    }
}

/// A score as shown, or `missing`.
pub fn shown(score: Option<f64>, missing: &str) -> String {
    score.map_or_else(|| missing.to_string(), decimal)
}

/// A change with its sign.
pub fn signed(delta: f64) -> String {
    localised(number::signed(delta))
}

/// A number with one decimal.
pub fn decimal(value: f64) -> String {
    localised(number::one_decimal(value))
}
