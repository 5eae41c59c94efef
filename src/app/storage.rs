//! The browser's localStorage: read once at start, written on change, every write read
//! back to be sure it stuck. What is read is untrusted and decoded by `model::schema`.

use crate::model::assessment::InProgress;
use crate::model::bank::Bank;
use crate::model::history::SavedResult;
use crate::model::schema::{self, LoadError};
use crate::model::settings::Settings;
use crate::model::state::{State, StorageStatus};
use crate::model::workshop::Facilitated;
use web_sys::Storage;

fn local_storage() -> Option<Storage> {
    // Some private windows throw on access: treat that like no storage at all.
    gloo_utils::window().local_storage().ok().flatten()
}

/// Builds the first state from whatever storage holds.
pub fn load(bank: &Bank) -> State {
    let mut status = StorageStatus::default();
    let Some(storage) = local_storage() else {
        status.unavailable = true;
        return State::new(Vec::new(), None, Settings::default(), status);
    };
    let history = match storage.get_item(schema::HISTORY_KEY) {
        Ok(Some(raw)) => match schema::decode_history(&raw) {
            Ok(history) => {
                status.skipped = history.skipped;
                history.results
            }
            Err(problem) => {
                // Unreadable history that could not be set aside stays where it is, and
                // nothing is written over it.
                status.history_locked = matches!(problem, LoadError::Damaged(_)) && !set_aside(&storage, &raw);
                status.history_problem = Some(problem);
                Vec::new()
            }
        },
        Ok(None) => Vec::new(),
        Err(_) => {
            status.unavailable = true;
            Vec::new()
        }
    };
    let progress = match storage.get_item(schema::PROGRESS_KEY) {
        Ok(Some(raw)) => schema::decode_progress(&raw, bank)
            .map_err(|_| status.progress_damaged = true)
            .ok(),
        _ => None,
    };
    // Goals are a nicety: unreadable settings fall back to none, and are rewritten
    // only when the user sets something.
    let settings = match storage.get_item(schema::SETTINGS_KEY) {
        Ok(Some(raw)) => schema::decode_settings(&raw, bank).unwrap_or_default(),
        _ => Settings::default(),
    };
    let workshops = match storage.get_item(schema::WORKSHOPS_KEY) {
        Ok(Some(raw)) => schema::decode_workshops(&raw).unwrap_or_else(|_| {
            status.workshops_locked = true;
            Vec::new()
        }),
        _ => Vec::new(),
    };
    let mut state = State::new(history, progress, settings, status);
    state.workshops = workshops;
    state
}

/// Keeps damaged history where nothing overwrites it, and says whether that worked.
/// A copy of different damaged data already kept is never replaced.
fn set_aside(storage: &Storage, raw: &str) -> bool {
    match storage.get_item(schema::DAMAGED_KEY) {
        Ok(Some(kept)) => kept == raw,
        _ => write(storage, schema::DAMAGED_KEY, raw),
    }
}

/// The damaged history, for the user to download: where it was set aside, or where it
/// still is.
pub fn damaged_history(locked: bool) -> Option<String> {
    let key = if locked { schema::HISTORY_KEY } else { schema::DAMAGED_KEY };
    local_storage()?.get_item(key).ok().flatten()
}

pub fn save_history(results: &[SavedResult]) -> bool {
    local_storage().is_some_and(|s| write(&s, schema::HISTORY_KEY, &schema::encode_history(results)))
}

pub fn save_settings(settings: &Settings) -> bool {
    local_storage().is_some_and(|s| write(&s, schema::SETTINGS_KEY, &schema::encode_settings(settings)))
}

pub fn save_workshops(workshops: &[Facilitated]) -> bool {
    local_storage().is_some_and(|s| write(&s, schema::WORKSHOPS_KEY, &schema::encode_workshops(workshops)))
}

pub fn save_progress(progress: Option<&InProgress>) -> bool {
    let Some(storage) = local_storage() else { return false };
    match progress {
        Some(progress) => write(&storage, schema::PROGRESS_KEY, &schema::encode_progress(progress)),
        None => storage.remove_item(schema::PROGRESS_KEY).is_ok(),
    }
}

/// Writes and reads back: some browsers accept a write and silently drop it.
fn write(storage: &Storage, key: &str, value: &str) -> bool {
    storage.set_item(key, value).is_ok() && storage.get_item(key).ok().flatten().as_deref() == Some(value)
}
