//! The shape of everything kept in the browser's storage, with its version.
//!
//! Keys are namespaced (`servewell.`) because every app on one origin shares storage, and
//! versioned, so that a later format can migrate from an earlier key. Stored text is
//! untrusted: decoding never panics, keeps what is sound, and says what it dropped.

use crate::model::json::{self, object, FromJson, Json, ToJson};
use crate::model::kept::feedback::FeedbackBook;
use crate::model::kept::history::{insert_in_order, is_valid_id, Removals, SavedResult};
use crate::model::kept::progress::{Giving, InProgress};
use crate::model::kept::settings::Settings;
use crate::model::questionnaire::answers::{Answer, Answers};
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::feedback::decode_feedback as decode_feedback_code;
use crate::model::sharing::group::Facilitated;
use crate::model::sharing::request::Request;

/// The version of the stored format written by this build.
pub const VERSION: u32 = 1;
pub const HISTORY_KEY: &str = "servewell.v1.history";
pub const PROGRESS_KEY: &str = "servewell.v1.progress";
pub const SETTINGS_KEY: &str = "servewell.v1.settings";
pub const WORKSHOPS_KEY: &str = "servewell.v1.workshops";
pub const FEEDBACK_KEY: &str = "servewell.v1.feedback";
pub const GIVING_KEY: &str = "servewell.v1.giving";
/// The keys the app keeps in storage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    History,
    Progress,
    Settings,
    Workshops,
    /// Feedback requests made and collections run.
    Feedback,
    /// Answers given as a colleague, apart from one's own assessment.
    Giving,
}

impl Key {
    pub const ALL: [Key; 6] = [Key::History, Key::Progress, Key::Settings, Key::Workshops, Key::Feedback, Key::Giving];

    pub fn name(self) -> &'static str {
        match self {
            Key::History => HISTORY_KEY,
            Key::Progress => PROGRESS_KEY,
            Key::Settings => SETTINGS_KEY,
            Key::Workshops => WORKSHOPS_KEY,
            Key::Feedback => FEEDBACK_KEY,
            Key::Giving => GIVING_KEY,
        }
    }
}

/// How many different damaged copies of one key are kept before the key is locked instead.
pub const DAMAGED_SLOTS: usize = 5;

/// Where the `slot`th damaged copy of `key` is set aside: `<key>.damaged`, then
/// `<key>.damaged.2` and on, so that new damage never replaces earlier damage.
pub fn damaged_key(key: &str, slot: usize) -> String {
    match slot {
        0 => format!("{key}.damaged"),
        n => format!("{key}.damaged.{}", n + 1),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Not readable at all: the raw text is kept for the user to download.
    Damaged(DamageReason),
    /// Written by a newer version of the app: shown read-only, never overwritten.
    Newer(u32),
}

/// Why stored text could not be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DamageReason {
    /// Not JSON, or no format version in it.
    NotReadable,
    /// A format version older than any this app wrote.
    UnknownVersion,
    /// A history without its list of results.
    NoResultList,
    /// Readable, but not in the shape this app writes.
    WrongShape,
    /// A workshop that its link would refuse.
    RefusedWorkshop,
    /// The same workshop twice.
    RepeatedWorkshop,
    /// A feedback request or collection that its link would refuse, or the same twice.
    RefusedRequest,
}

/// What was read, and how many entries had to be left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    pub results: Vec<SavedResult>,
    pub removed: Removals,
    pub skipped: usize,
    /// Stored in an earlier format than this app writes, to be written again in its own.
    pub older: bool,
}

/// The history's own format version: 2 keeps answers as one digit each.
pub const HISTORY_VERSION: u32 = 2;

/// What is stored under a key: its format version beside the one field that holds it.
fn stored(version: u32, name: &str, value: Json) -> String {
    object([("schema", version.to_json()), (name, value)]).encode()
}

const NO_ANSWER: u8 = b'.';

/// The answers as digits, if every one is to an item the result's edition asks.
fn digits(result: &SavedResult) -> Option<String> {
    let bank = Bank::of_version(result.bank_version)?;
    let asked: Vec<&str> = bank.asked(result.variant).map(|item| item.id.as_str()).collect();
    if result.answers.keys().any(|id| !asked.contains(&id.as_str())) {
        return None;
    }
    let digit = |id: &str| result.answers.get(id).map_or(NO_ANSWER, |answer| b'0' + u8::from(*answer));
    Some(asked.iter().map(|id| char::from(digit(id))).collect())
}

/// Answers from their digits: one per item `bank` asks in `variant`, or `None`.
fn from_digits(digits: &str, bank: &Bank, variant: Variant) -> Option<Answers> {
    let asked: Vec<&str> = bank.asked(variant).map(|item| item.id.as_str()).collect();
    if digits.len() != asked.len() {
        return None;
    }
    asked
        .iter()
        .zip(digits.bytes())
        .filter(|(_, digit)| *digit != NO_ANSWER)
        .map(|(id, digit)| Some((id.to_string(), Answer::try_from(digit.checked_sub(b'0')?).ok()?)))
        .collect()
}

/// A stored result of either format: answers as digits (2) or as a map (1, and 2 where
/// digits cannot say them). `Ok(None)` when damaged; `Err` with the edition when its
/// edition is one this app does not know.
fn read_result(json: &Json) -> Result<Option<SavedResult>, u32> {
    let Some(result) = SavedResult::without_answers(json) else { return Ok(None) };
    let bank = Bank::of_version(result.bank_version).ok_or(result.bank_version)?;
    let answers = match json.get("answers") {
        Some(Json::String(digits)) => from_digits(digits, bank, result.variant),
        answers => answers.and_then(Answers::from_json),
    };
    Ok(answers.map(|answers| SavedResult { answers, ..result }))
}

/// A result as stored: its answers, when every one is to an item its edition asks, are
/// one character per asked item in bank order (`1`–`5`, `0` for "hasn't come up", `.`
/// for none), which keeps a full result under 200 bytes; otherwise the map they are, so
/// that nothing is lost.
pub fn encode_history(results: &[SavedResult], removed: &Removals) -> String {
    let results = results.iter().map(|r| r.to_json_with(digits(r).map_or_else(|| r.answers.to_json(), Json::String)));
    object([
        ("schema", HISTORY_VERSION.to_json()),
        ("results", Json::Array(results.collect())),
        ("removed", removed.to_json()),
    ])
    .encode()
}

pub fn encode_progress(progress: &InProgress) -> String {
    stored(VERSION, "progress", progress.to_json())
}

pub fn encode_settings(settings: &Settings) -> String {
    stored(VERSION, "settings", settings.to_json())
}

/// The field `name` of stored text in this app's format, as a `T`.
fn decode<T: FromJson>(raw: &str, name: &str) -> Result<T, LoadError> {
    head(raw, VERSION)?.0.field(name).ok_or(LoadError::Damaged(DamageReason::WrongShape))
}

/// Decodes goals and the backup date, keeping only goals the bank knows.
pub fn decode_settings(raw: &str, bank: &Bank) -> Result<Settings, LoadError> {
    decode::<Settings>(raw, "settings").map(|settings| settings.sanitised(bank))
}

pub fn encode_workshops(workshops: &[Facilitated]) -> String {
    stored(VERSION, "workshops", workshops.to_json())
}

/// Decodes the facilitator's workshops, each checked as its link would be. One that a link
/// would refuse, or the same workshop twice, makes them all damaged: kept as they are,
/// read-only, rather than written over without it.
pub fn decode_workshops(raw: &str) -> Result<Vec<Facilitated>, LoadError> {
    let stored: Vec<Facilitated> = decode(raw, "workshops")?;
    let mut workshops: Vec<Facilitated> = Vec::with_capacity(stored.len());
    for workshop in stored {
        let workshop = workshop.checked().ok_or(LoadError::Damaged(DamageReason::RefusedWorkshop))?;
        if workshops.iter().any(|w| w.workshop.id == workshop.workshop.id) {
            return Err(LoadError::Damaged(DamageReason::RepeatedWorkshop));
        }
        workshops.push(workshop);
    }
    Ok(workshops)
}

/// Reads stored text whose format version is one from 1 to `latest`, checked before
/// anything else is read; gives the text and its version.
fn head(raw: &str, latest: u32) -> Result<(Json, u64), LoadError> {
    let json = json::parse(raw).ok_or(LoadError::Damaged(DamageReason::NotReadable))?;
    let version: u64 = json.field("schema").ok_or(LoadError::Damaged(DamageReason::NotReadable))?;
    match version {
        1.. if version <= u64::from(latest) => Ok((json, version)),
        v if v > u64::from(latest) => Err(LoadError::Newer(u32::try_from(v).unwrap_or(u32::MAX))),
        _ => Err(LoadError::Damaged(DamageReason::UnknownVersion)),
    }
}

/// Decodes the saved history, keeping every sound entry and counting the others.
/// Results come back oldest first, without duplicate ids.
pub fn decode_history(raw: &str) -> Result<History, LoadError> {
    let (json, version) = head(raw, HISTORY_VERSION)?;
    let entries = json.get("results").and_then(Json::as_array).ok_or(LoadError::Damaged(DamageReason::NoResultList))?;
    // Absent before deletions were kept, and merely forgotten if damaged: that can at
    // worst bring a deleted result back, never lose one.
    let removed = json.get("removed").and_then(Removals::from_json).unwrap_or_default();
    let mut history = History { removed, older: version < u64::from(HISTORY_VERSION), ..History::default() };
    for entry in entries {
        match read_result(entry) {
            // A result answered with a newer edition keeps the whole history from being
            // written over by an app that cannot score it.
            Err(edition) => match unknown_edition(edition) {
                newer @ LoadError::Newer(_) => return Err(newer),
                _ => history.skipped += 1,
            },
            Ok(Some(result)) if is_valid_id(&result.id) && !history.results.iter().any(|r| r.id == result.id) => {
                insert_in_order(&mut history.results, result)
            }
            _ => history.skipped += 1,
        }
    }
    // A result that is there is not deleted, whatever else the data says.
    for result in &history.results {
        history.removed.restore(&result.id);
    }
    Ok(history)
}

/// Decodes the assessment in progress, fitted to the edition of the questions it was
/// started with.
pub fn decode_progress(raw: &str) -> Result<InProgress, LoadError> {
    let progress: InProgress = decode(raw, "progress")?;
    let edition = progress.bank_version;
    progress.sanitised().ok_or_else(|| unknown_edition(edition))
}

/// What an edition of the questions this app does not know means: a newer app's data,
/// kept and never written over; or, below the first edition, damage.
fn unknown_edition(version: u32) -> LoadError {
    if version > Bank::current().version {
        LoadError::Newer(VERSION)
    } else {
        LoadError::Damaged(DamageReason::WrongShape)
    }
}

pub fn encode_feedback(book: &FeedbackBook) -> String {
    stored(VERSION, "feedback", book.to_json())
}

/// Decodes the requests and collections, each checked as its link would be. One that a
/// link would refuse, or one id twice, makes them all damaged: kept as they are,
/// read-only, rather than written over without it.
pub fn decode_feedback(raw: &str) -> Result<FeedbackBook, LoadError> {
    let stored: FeedbackBook = decode(raw, "feedback")?;
    let refused = LoadError::Damaged(DamageReason::RefusedRequest);
    let mut book = FeedbackBook { removed: stored.removed, ..FeedbackBook::default() };
    for asked in stored.asked {
        let asked = asked.checked().ok_or(refused.clone())?;
        if book.asked(&asked.request.id).is_some() {
            return Err(refused);
        }
        book.asked.push(asked);
    }
    for collecting in stored.collecting {
        let collecting = collecting.checked().ok_or(refused.clone())?;
        if book.collecting(&collecting.request.id).is_some() {
            return Err(refused);
        }
        book.collecting.push(collecting);
    }
    Ok(book)
}

pub fn encode_giving(giving: &Giving) -> String {
    stored(VERSION, "giving", giving.to_json())
}

/// Decodes a colleague's answers to a request, the request checked as its link would be.
pub fn decode_giving(raw: &str) -> Result<Giving, LoadError> {
    let stored: Giving = decode(raw, "giving")?;
    let refused = LoadError::Damaged(DamageReason::RefusedRequest);
    // A newer app's answers, for an edition this one does not know, are kept for it.
    let edition = match &stored {
        Giving::Answering(progress) => progress.bank_version,
        Giving::Answered { request, .. } => request.bank_version,
    };
    if Bank::of_version(edition).is_none() {
        return Err(unknown_edition(edition));
    }
    match stored {
        Giving::Answering(progress) => {
            let request = progress.request.as_ref().and_then(Request::checked).ok_or(refused.clone())?;
            let progress = progress.sanitised().ok_or(refused)?;
            Ok(Giving::Answering(InProgress { request: Some(request), ..progress }))
        }
        Giving::Answered { request, code } => {
            let request = request.checked().ok_or(refused.clone())?;
            // The code must answer its own request, or it would be sent to the wrong person.
            match decode_feedback_code(&code) {
                Ok(feedback) if feedback.request == request.id => Ok(Giving::Answered { request, code }),
                _ => Err(refused),
            }
        }
    }
}
