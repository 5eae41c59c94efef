//! Completed results, as they are kept over months.

use crate::model::assessment::Answers;
use crate::model::bank::{Bank, Variant};
use crate::model::scoring::{score, Score};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedResult {
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub taken_at: u64,
    pub variant: Variant,
    pub bank_version: u32,
    pub answers: Answers,
    /// The user's own words on this result ("what happened since", "what I will try").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl SavedResult {
    pub fn score(&self, bank: &Bank) -> Score {
        score(bank, self.variant, &self.answers)
    }
}

/// A result id: the time in base 36 and a random suffix, so ids sort by time and two
/// results taken in the same millisecond on different devices still differ.
pub fn new_result_id(now: u64, random: u32) -> String {
    format!("{}-{}", base36(now), base36(u64::from(random)))
}

/// Ids appear in links (`#/results/<id>`), so only a safe alphabet is accepted from outside.
pub fn is_valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
