//! The shape of everything kept in the browser's storage, with its version.
//!
//! Keys are namespaced (`servewell.`) because every app on one origin shares storage, and
//! versioned, so that a later format can migrate from an earlier key. Stored text is
//! untrusted: decoding never panics, keeps what is sound, and says what it dropped.

use crate::model::assessment::InProgress;
use crate::model::bank::Bank;
use crate::model::history::{is_valid_id, SavedResult};
use serde::Serialize;
use serde_json::Value;

/// The version of the stored format written by this build.
pub const VERSION: u32 = 1;
pub const HISTORY_KEY: &str = "servewell.v1.history";
pub const PROGRESS_KEY: &str = "servewell.v1.progress";
/// Where damaged history is kept, untouched, before anything new is written over it.
pub const DAMAGED_KEY: &str = "servewell.v1.history.damaged";

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Not readable at all: the raw text is kept for the user to download.
    Damaged(String),
    /// Written by a newer version of the app: shown read-only, never overwritten.
    Newer(u32),
}

/// What was read, and how many entries had to be left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    pub results: Vec<SavedResult>,
    pub skipped: usize,
}

#[derive(Serialize)]
struct Envelope<'a, T> {
    schema: u32,
    #[serde(flatten)]
    body: &'a T,
}

#[derive(Serialize)]
struct HistoryBody<'a> {
    results: &'a [SavedResult],
}

#[derive(Serialize)]
struct ProgressBody<'a> {
    progress: &'a InProgress,
}

pub fn encode_history(results: &[SavedResult]) -> String {
    let body = HistoryBody { results };
    serde_json::to_string(&Envelope { schema: VERSION, body: &body }).unwrap_or_default()
}

pub fn encode_progress(progress: &InProgress) -> String {
    let body = ProgressBody { progress };
    serde_json::to_string(&Envelope { schema: VERSION, body: &body }).unwrap_or_default()
}

/// Reads the envelope and checks its version; the rest is left to the caller.
fn open(raw: &str) -> Result<serde_json::Map<String, Value>, LoadError> {
    let damaged = |why: &str| LoadError::Damaged(why.to_string());
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(raw) else {
        return Err(damaged("not valid JSON"));
    };
    match map.get("schema").and_then(Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => Ok(map),
        Some(v) if v > u64::from(VERSION) => Err(LoadError::Newer(u32::try_from(v).unwrap_or(u32::MAX))),
        _ => Err(damaged("unknown format version")),
    }
}

/// Decodes the saved history, keeping every sound entry and counting the others.
/// Results come back oldest first, without duplicate ids.
pub fn decode_history(raw: &str) -> Result<History, LoadError> {
    let mut map = open(raw)?;
    let Some(Value::Array(entries)) = map.remove("results") else {
        return Err(LoadError::Damaged("no list of results".into()));
    };
    let mut history = History::default();
    for entry in entries {
        match serde_json::from_value::<SavedResult>(entry) {
            Ok(result)
                if is_valid_id(&result.id)
                    && result.taken_at.is_finite()
                    && !history.results.iter().any(|r| r.id == result.id) =>
            {
                history.results.push(result)
            }
            _ => history.skipped += 1,
        }
    }
    history.results.sort_by(|a, b| a.taken_at.total_cmp(&b.taken_at));
    Ok(history)
}

/// Decodes the assessment in progress, fitted to the current bank.
pub fn decode_progress(raw: &str, bank: &Bank) -> Result<InProgress, LoadError> {
    let mut map = open(raw)?;
    let progress = map.remove("progress").ok_or_else(|| LoadError::Damaged("no assessment".into()))?;
    serde_json::from_value::<InProgress>(progress)
        .map(|p| p.sanitised(bank))
        .map_err(|e| LoadError::Damaged(e.to_string()))
}
