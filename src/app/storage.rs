//! The browser's localStorage: read once at start, and on every write read again first, so
//! that another tab's results are merged rather than written over, and newer or damaged
//! data is never replaced. Every write is read back to be sure it stuck. What is read is
//! untrusted and decoded by `model::schema`.

use crate::app::dom;
#[cfg(not(feature = "first-visit"))]
use crate::model::kept::feedback::FeedbackBook;
use crate::model::kept::history::{merge, Prefer, Removals, SavedResult};
use crate::model::kept::progress::{Giving, InProgress};
use crate::model::kept::schema::{self, History, Key, LoadError};
use crate::model::kept::settings::Settings;
use crate::model::questionnaire::bank::Bank;
#[cfg(not(feature = "first-visit"))]
use crate::model::sharing::group::Facilitated;
use crate::model::state::{Damage, Kept, State, StorageStatus};
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
        return State::new(History::default(), None, Settings::default(), status);
    };
    status.unavailable = storage.length().is_err();
    let history = read(&storage, schema::HISTORY_KEY, &mut status.history, decode_history);
    if let (Some(history @ History { older: true, .. }), None, None) =
        (&history, &status.history.damage, status.history.newer)
    {
        migrate_history(&storage, history);
    }
    let progress =
        read(&storage, schema::PROGRESS_KEY, &mut status.progress, |raw| whole(schema::decode_progress(raw)));
    let settings =
        read(&storage, schema::SETTINGS_KEY, &mut status.settings, |raw| whole(schema::decode_settings(raw, bank)));
    let giving = read(&storage, schema::GIVING_KEY, &mut status.giving, |raw| whole(schema::decode_giving(raw)));
    // The first-visit build starts only where neither is stored (index.html's loader), and
    // none of its pages changes them: it leaves their decoding out of its download.
    #[cfg(not(feature = "first-visit"))]
    let (workshops, feedback) = (
        read(&storage, schema::WORKSHOPS_KEY, &mut status.workshops, |raw| whole(schema::decode_workshops(raw))),
        read(&storage, schema::FEEDBACK_KEY, &mut status.feedback, |raw| whole(schema::decode_feedback(raw))),
    );
    let mut state = State::new(history.unwrap_or_default(), progress, settings.unwrap_or_default(), status);
    #[cfg(not(feature = "first-visit"))]
    {
        state.workshops = workshops.unwrap_or_default();
        state.feedback = feedback.unwrap_or_default();
    }
    state.giving = giving;
    state
}

/// Reads and decodes one key; `decode` also says how many entries it had to leave out.
/// What it found goes into `kept` (see `note`).
fn read<T>(
    storage: &Storage,
    key: &str,
    kept: &mut Kept,
    decode: impl FnOnce(&str) -> Result<(T, usize), LoadError>,
) -> Option<T> {
    let raw = storage.get_item(key).ok().flatten()?;
    let decoded = decode(&raw);
    note(storage, key, &raw, kept, decoded.as_ref().map(|(_, skipped)| *skipped).map_err(Clone::clone));
    decoded.ok().map(|(value, _)| value)
}

/// Damaged text, whole or in part, is set aside before anything can be written over it,
/// or where that fails left in place and locked; newer data is locked. Kept apart from
/// `read` so that this is compiled once, not once per kind of data.
fn note(storage: &Storage, key: &str, raw: &str, kept: &mut Kept, decoded: Result<usize, LoadError>) {
    let (reason, skipped) = match decoded {
        Ok(0) => return,
        Ok(skipped) => (None, skipped),
        Err(LoadError::Newer(version)) => {
            kept.newer = Some(version);
            return;
        }
        Err(LoadError::Damaged(reason)) => (Some(reason), 0),
    };
    let aside = set_aside(storage, key, raw);
    kept.damage =
        Some(Damage { reason, skipped, in_place: aside.is_none(), at: aside.unwrap_or_else(|| key.to_string()) });
}

/// Copies damaged text to the first free slot beside its key, unless a slot holds it
/// already; earlier damage is never replaced. Says where it now is.
fn set_aside(storage: &Storage, key: &str, raw: &str) -> Option<String> {
    (0..schema::DAMAGED_SLOTS).map(|slot| schema::damaged_key(key, slot)).find(|slot| match storage.get_item(slot) {
        Ok(Some(kept)) => kept == raw,
        Ok(None) => write(storage, slot, raw),
        Err(_) => false,
    })
}

/// Downloads the damaged data kept at `at` (named by `Damage::at` or `kept_aside`),
/// in a file named after that key.
pub fn download_kept(at: &str) {
    if let Some(raw) = local_storage().and_then(|s| s.get_item(at).ok().flatten()) {
        let name = format!("{}.json", at.replace('.', "-"));
        let _ = dom::download(&name, &raw, "application/json");
    }
}

/// Every copy of damaged data kept beside its key: whose it is, its slot, and where.
/// Slots fill in order and are never emptied, so the slot numbers the copies.
pub fn kept_aside() -> Vec<(Key, usize, String)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    Key::ALL
        .iter()
        .flat_map(|&key| (0..schema::DAMAGED_SLOTS).map(move |slot| (key, slot, schema::damaged_key(key.name(), slot))))
        .filter(|(_, _, at)| storage.get_item(at).ok().flatten().is_some())
        .collect()
}

/// The stored history as it is now, for merging what another tab wrote.
pub fn read_history(kept: &mut Kept) -> Option<History> {
    read(&local_storage()?, schema::HISTORY_KEY, kept, decode_history)
}

/// A value decoded whole or not at all: nothing was left out of it.
fn whole<T>(decoded: Result<T, LoadError>) -> Result<(T, usize), LoadError> {
    decoded.map(|value| (value, 0))
}

fn decode_history(raw: &str) -> Result<(History, usize), LoadError> {
    schema::decode_history(raw).map(|h| {
        let skipped = h.skipped;
        (h, skipped)
    })
}

/// Rewrites a history kept in an earlier format in the compact one. The new text is first
/// written beside the old and read back whole, and only then replaces it, so that a
/// failed or partial write never costs a result.
fn migrate_history(storage: &Storage, history: &History) {
    let compact = schema::encode_history(&history.results, &history.removed);
    let beside = format!("{}.next", schema::HISTORY_KEY);
    if write(storage, &beside, &compact)
        && schema::decode_history(&compact).is_ok_and(|read| read.results == history.results)
    {
        write(storage, schema::HISTORY_KEY, &compact);
    }
    let _ = storage.remove_item(&beside);
}

/// Writes this tab's history merged with what storage holds now, since another tab may
/// have written since; returns what was written, or `None` if nothing could be.
pub fn save_history(results: &[SavedResult], removed: &Removals, kept: &mut Kept) -> Option<History> {
    let storage = local_storage()?;
    let stored = read(&storage, schema::HISTORY_KEY, kept, decode_history);
    if kept.read_only() {
        return None;
    }
    let mut merged = History { results: results.to_vec(), removed: removed.clone(), ..History::default() };
    if let Some(stored) = stored {
        merge(&mut merged.results, &mut merged.removed, &stored.results, &stored.removed, Prefer::Mine);
    }
    write(&storage, schema::HISTORY_KEY, &schema::encode_history(&merged.results, &merged.removed)).then_some(merged)
}

pub fn save_settings(settings: &Settings, bank: &Bank, kept: &mut Kept) -> bool {
    let value = schema::encode_settings(settings);
    save_checked(schema::SETTINGS_KEY, kept, Some(&value), |raw| whole(schema::decode_settings(raw, bank)))
}

#[cfg(not(feature = "first-visit"))]
pub fn save_workshops(workshops: &[Facilitated], kept: &mut Kept) -> bool {
    let value = schema::encode_workshops(workshops);
    save_checked(schema::WORKSHOPS_KEY, kept, Some(&value), |raw| whole(schema::decode_workshops(raw)))
}

#[cfg(not(feature = "first-visit"))]
pub fn save_feedback(book: &FeedbackBook, kept: &mut Kept) -> bool {
    let value = schema::encode_feedback(book);
    save_checked(schema::FEEDBACK_KEY, kept, Some(&value), |raw| whole(schema::decode_feedback(raw)))
}

/// Writes the answers given as a colleague, or removes them when they are forgotten.
pub fn save_giving(giving: Option<&Giving>, kept: &mut Kept) -> bool {
    let value = giving.map(schema::encode_giving);
    save_checked(schema::GIVING_KEY, kept, value.as_deref(), |raw| whole(schema::decode_giving(raw)))
}

/// Writes the assessment in progress, or removes it when there is none.
pub fn save_progress(progress: Option<&InProgress>, kept: &mut Kept) -> bool {
    let value = progress.map(schema::encode_progress);
    save_checked(schema::PROGRESS_KEY, kept, value.as_deref(), |raw| whole(schema::decode_progress(raw)))
}

/// Writes (or, with `None`, removes) a key, unless what it holds now must be kept: written
/// by a newer version, or damaged and impossible to set aside.
fn save_checked<T>(
    key: &str,
    kept: &mut Kept,
    value: Option<&str>,
    decode: impl FnOnce(&str) -> Result<(T, usize), LoadError>,
) -> bool {
    let Some(storage) = local_storage() else { return false };
    read(&storage, key, kept, decode);
    !kept.read_only()
        && match value {
            Some(value) => write(&storage, key, value),
            None => storage.remove_item(key).is_ok(),
        }
}

/// Writes and reads back: some browsers accept a write and silently drop it.
fn write(storage: &Storage, key: &str, value: &str) -> bool {
    storage.set_item(key, value).is_ok() && storage.get_item(key).ok().flatten().as_deref() == Some(value)
}
