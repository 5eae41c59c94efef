//! Completed results, as they are kept over months.

use crate::model::assessment::Answers;
use crate::model::bank::{Bank, Variant};
use crate::model::scoring::{score, Score};
use crate::model::code::{day_of, fingerprint, ms_of, SharedResult};
use crate::model::text::clean;
use crate::model::workshop::Workshop;
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
    /// The workshop it was taken for, if any: only then can it be shared as a code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<Workshop>,
}

impl SavedResult {
    pub fn score(&self, bank: &Bank) -> Score {
        score(bank, self.variant, &self.answers)
    }

    /// What its result code carries; only a workshop's result can be shared.
    pub fn shared(&self, name: &str) -> Option<SharedResult> {
        Some(SharedResult {
            workshop: self.workshop.as_ref()?.id.clone(),
            variant: self.variant,
            bank_version: self.bank_version,
            day: day_of(self.taken_at),
            answers: self.answers.clone(),
            // Two people with the same answers still hand in different codes.
            nonce: (fnv(&self.id) & 0xFFFF) as u16,
            name: clean(name),
        })
    }

    /// Someone else's shared result, to keep in one's own history. Its id comes from
    /// the result, not the code, so keeping it twice (with or without a name) keeps it once.
    pub fn from_shared(bank: &Bank, shared: SharedResult) -> SavedResult {
        SavedResult {
            id: format!("shared-{}", base36(fnv(&fingerprint(bank, &shared)))),
            taken_at: ms_of(shared.day),
            variant: shared.variant,
            bank_version: shared.bank_version,
            answers: shared.answers,
            note: String::new(),
            workshop: None,
        }
    }
}

/// FNV-1a, 64 bits: a stable fingerprint, not a secret.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
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
