//! Completed results, as they are kept over months.

use crate::model::calendar::{day_of, ms_of};
use crate::model::json::{object, FromJson, Json, ToJson};
use crate::model::questionnaire::answers::Answers;
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::questionnaire::scoring::{score, Score};
use crate::model::sharing::code::{fingerprint, SharedResult, MAX_NAME_BYTES};
use crate::model::sharing::workshop::Workshop;
use crate::model::sorted::{sort_by, SortedMap};
use crate::model::text::{clean, truncate};

#[derive(Debug, Clone, PartialEq)]
pub struct SavedResult {
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub taken_at: u64,
    pub variant: Variant,
    pub bank_version: u32,
    pub answers: Answers,
    /// The user's own words on this result ("what happened since", "what I will try").
    pub note: String,
    /// The workshop it was taken for, if any: only then can it be shared as a code.
    pub workshop: Option<Workshop>,
    /// How many times its note was changed: when two tabs hold different copies, the
    /// more edited one is the later, whichever tab writes or hears first.
    pub edits: u32,
}

impl FromJson for SavedResult {
    fn from_json(json: &Json) -> Option<SavedResult> {
        Some(SavedResult { answers: json.field("answers")?, ..SavedResult::without_answers(json)? })
    }
}

/// With its answers as a map (see `schema::encode_history` for the compact form).
impl ToJson for SavedResult {
    fn to_json(&self) -> Json {
        self.to_json_with(self.answers.to_json())
    }
}

impl SavedResult {
    /// Everything but its answers, which must be there, for the caller to read (storage
    /// keeps them in either of two forms).
    pub fn without_answers(json: &Json) -> Option<SavedResult> {
        json.get("answers")?;
        Some(SavedResult {
            id: json.field("id")?,
            taken_at: json.field("taken_at")?,
            variant: json.field("variant")?,
            bank_version: json.field("bank_version")?,
            answers: Answers::new(),
            note: json.field_or_default("note")?,
            workshop: json.field_or_default("workshop")?,
            edits: json.field_or_default("edits")?,
        })
    }

    /// Its fields, with `answers` as given.
    pub fn to_json_with(&self, answers: Json) -> Json {
        object([
            ("id", self.id.to_json()),
            ("taken_at", self.taken_at.to_json()),
            ("variant", self.variant.to_json()),
            ("bank_version", self.bank_version.to_json()),
            ("answers", answers),
        ])
        .with("note", self.note.to_json(), self.note.is_empty())
        .with("workshop", self.workshop.to_json(), self.workshop.is_none())
        .with("edits", self.edits.to_json(), self.edits == 0)
    }
}

impl SavedResult {
    /// The edition of the questions it was answered with.
    pub fn bank(&self) -> &'static Bank {
        Bank::named(self.bank_version)
    }

    /// Scored with the items and keying of its own edition, whichever is current.
    pub fn score(&self) -> Score {
        score(self.bank(), self.variant, &self.answers)
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
            // Cut here as the code will cut it, so that the name shown is the one it carries.
            name: truncate(&clean(name), MAX_NAME_BYTES).to_string(),
        })
    }

    /// Someone else's shared result, to keep in one's own history. Its id comes from
    /// the result, not the code, so keeping it twice (with or without a name) keeps it once.
    pub fn from_shared(shared: SharedResult) -> SavedResult {
        SavedResult {
            id: format!("shared-{}", base36(fnv(&fingerprint(&shared)))),
            taken_at: ms_of(shared.day),
            variant: shared.variant,
            bank_version: shared.bank_version,
            answers: shared.answers,
            note: String::new(),
            workshop: None,
            edits: 0,
        }
    }
}

/// The result the latest (the last of `history`) is compared with: the last earlier one
/// with an overall score, so that a partial result in between does not hide the change;
/// failing that, the one just before, with which no comparison can be made.
pub fn before_latest(history: &[SavedResult]) -> Option<&SavedResult> {
    let earlier = &history[..history.len().saturating_sub(1)];
    earlier.iter().rev().find(|r| r.score().overall.is_some()).or(earlier.last())
}

/// Keeps the history in its one order, oldest first and by id where times are equal, so
/// that two tabs holding the same results hold them alike.
pub fn insert_in_order(history: &mut Vec<SavedResult>, result: SavedResult) {
    let at = history.partition_point(|r| order(r) <= order(&result));
    history.insert(at, result);
}

fn order(result: &SavedResult) -> (u64, &str) {
    (result.taken_at, &result.id)
}

/// Which results were deleted, so that two copies of the history (two tabs) merge without
/// bringing a deleted result back: each id's count of deletes and undos, odd while deleted.
/// The higher count is the later change. Sorted by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Removals(SortedMap<String, u32>);

/// A list of `[id, count]` pairs; read as `from_entries` reads them.
impl FromJson for Removals {
    fn from_json(json: &Json) -> Option<Removals> {
        Vec::from_json(json).map(Removals::from_entries)
    }
}

impl ToJson for Removals {
    fn to_json(&self) -> Json {
        Json::Array(self.0.iter().map(|(id, count)| (id.clone(), *count).to_json()).collect())
    }
}

/// Far above any count of deletes and undos, and far below where adding one overflows.
const MAX_COUNT: u32 = 1 << 30;

impl Removals {
    /// Read from storage: sorted, each id once with its highest count.
    pub fn from_entries(entries: Vec<(String, u32)>) -> Removals {
        // A count no person could reach is damage: left out, like damaged deletions.
        let mut entries: Vec<(String, u32)> = entries.into_iter().filter(|(_, count)| *count < MAX_COUNT).collect();
        // Sorted by id, then count, so that each goes in at the map's end (not one by one
        // into the middle, quadratic for a long list from outside in reverse order), and of
        // an id's counts the last, the highest, is kept.
        sort_by(&mut entries, |a, b| a.cmp(b));
        Removals(entries.into_iter().collect())
    }

    pub fn is_removed(&self, id: &str) -> bool {
        self.count(id) % 2 == 1
    }

    pub fn remove(&mut self, id: &str) {
        if !self.is_removed(id) {
            self.raise(id, self.count(id) + 1);
        }
    }

    /// A result is back (undo, import, kept again): a later change than its delete.
    pub fn restore(&mut self, id: &str) {
        if self.is_removed(id) {
            self.raise(id, self.count(id) + 1);
        }
    }

    /// Takes in another copy's changes: for each id, the later (higher) count.
    pub fn absorb(&mut self, other: &Removals) {
        for (id, count) in other.0.iter() {
            self.raise(id, *count);
        }
    }

    fn count(&self, id: &str) -> u32 {
        self.0.get(id).copied().unwrap_or(0)
    }

    fn raise(&mut self, id: &str, count: u32) {
        let count = self.count(id).max(count);
        self.0.insert(id.to_string(), count);
    }
}

/// Whose copy of a result present in both histories is kept (the notes may differ).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Prefer {
    Mine,
    Theirs,
}

/// Brings another copy of the history into this one: every result either holds, unless
/// the later change to its id is a delete. Only a delete removes a result, so two tabs
/// writing at once cannot lose one another's results.
pub fn merge(
    results: &mut Vec<SavedResult>,
    removed: &mut Removals,
    theirs: &[SavedResult],
    their_removed: &Removals,
    prefer: Prefer,
) {
    removed.absorb(their_removed);
    // Both copies are in the one order, so a result is found by halving, not by a scan.
    for result in theirs {
        match results.binary_search_by(|r| order(r).cmp(&order(result))) {
            // The more edited copy is the later one; between equals, `prefer` decides.
            Ok(at)
                if result.edits > results[at].edits
                    || (result.edits == results[at].edits && prefer == Prefer::Theirs) =>
            {
                results[at] = result.clone()
            }
            Ok(_) => {}
            // The same id at another time is damaged data: a tab that hears it takes the
            // stored copy, so that the tabs settle on one.
            Err(_) => match results.iter().position(|r| r.id == result.id) {
                Some(at) if prefer == Prefer::Theirs => {
                    results.remove(at);
                    insert_in_order(results, result.clone());
                }
                Some(_) => {}
                None => insert_in_order(results, result.clone()),
            },
        }
    }
    results.retain(|r| !removed.is_removed(&r.id));
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
