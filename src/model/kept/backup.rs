//! Backups: all of a user's data as one JSON file, and merging such a file back in.
//!
//! A file is untrusted: it is checked for size before it is read, for shape and version
//! before anything is used, and entry by entry after that. Importing never replaces:
//! results, feedback requests and collections are merged by id, and what was skipped is
//! said, with why.

use crate::model::json::{self, object, FromJson, Json, ToJson};
use crate::model::kept::feedback::{Asked, Collecting, FeedbackBook};
use crate::model::kept::history::{insert_in_order, is_valid_id, SavedResult};
use crate::model::kept::settings::{Goals, Settings};
use crate::model::questionnaire::bank::Bank;
use crate::model::text::clean_lines;

/// Names the kind of file, so that some other JSON is not taken for a backup.
pub const FORMAT: &str = "servewell-backup";
/// The backup format written by this build; older ones are read, newer ones refused.
pub const VERSION: u32 = 1;
/// Refused before reading: a backup of 1,000 full results is about 460 KB.
pub const MAX_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: u64 },
    NotJson,
    NotABackup,
    Newer { version: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// Not a readable result: missing fields, wrong types, answers off the scale, a
    /// workshop that its link would refuse.
    Damaged,
    /// An id that could not be used in a link.
    BadId,
    /// The same id twice in the file.
    Repeated,
    /// Answered with an edition of the questions newer than this app knows.
    NewerQuestions,
}

/// One entry left out, by its position in the file (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub position: usize,
    pub reason: SkipReason,
}

/// What a backup file holds, once read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Incoming {
    pub results: Vec<SavedResult>,
    pub goals: Goals,
    pub skipped: Vec<Skipped>,
    /// Feedback requests and collections, each checked as storage checks them.
    pub feedback: FeedbackBook,
    /// Requests and collections left out: unreadable, refused by their link, or repeated.
    pub feedback_skipped: usize,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportReport {
    pub added: usize,
    pub already: usize,
    pub skipped: Vec<Skipped>,
    pub goals_added: usize,
    /// Requests and collections that were new here, or brought codes or a close with them.
    pub feedback_added: usize,
    pub feedback_skipped: usize,
}

/// Everything the user has, as the text of a backup file.
pub fn export(results: &[SavedResult], settings: &Settings, feedback: &FeedbackBook, now: u64) -> String {
    // Requests made and collections run, with the codes that came back; never the answers
    // being given as a colleague, which are forgotten once sent. Nor what was deleted: an
    // import adds, it never deletes.
    let feedback = object([("asked", feedback.asked.to_json()), ("collecting", feedback.collecting.to_json())]);
    // Compact: a thousand full results with notes stay well under MAX_BYTES.
    object([
        ("format", FORMAT.to_json()),
        ("version", VERSION.to_json()),
        ("exported_at", now.to_json()),
        ("results", results.to_json()),
        ("settings", settings.to_json()),
        ("feedback", feedback),
    ])
    .encode()
}

/// The file name for a backup made on `date` (`YYYY-MM-DD`).
pub fn file_name(date: &str) -> String {
    format!("servewell-backup-{date}.json")
}

/// Checked before the file is read at all.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    match bytes {
        0 => Err(ImportError::Empty),
        b if b > MAX_BYTES => Err(ImportError::TooLarge { bytes }),
        _ => Ok(()),
    }
}

/// Reads a backup file's text.
pub fn read(text: &str, bank: &Bank) -> Result<Incoming, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let body = json::parse(text).ok_or(ImportError::NotJson)?;
    match (body.get("format").and_then(Json::as_str), body.get("version").and_then(Json::as_u64)) {
        (Some(FORMAT), Some(v)) if v > u64::from(VERSION) => return Err(ImportError::Newer { version: v }),
        (Some(FORMAT), Some(v)) if v >= 1 => {}
        _ => return Err(ImportError::NotABackup),
    }
    let results = body.get("results").and_then(Json::as_array).ok_or(ImportError::NotABackup)?;
    let mut incoming = Incoming::default();
    for (index, entry) in results.iter().enumerate() {
        let position = index + 1;
        let reason = match SavedResult::from_json(entry) {
            None => SkipReason::Damaged,
            Some(result) if !is_valid_id(&result.id) => SkipReason::BadId,
            Some(result) if Bank::of_version(result.bank_version).is_none() => {
                if result.bank_version > Bank::current().version {
                    SkipReason::NewerQuestions
                } else {
                    SkipReason::Damaged
                }
            }
            Some(result) if incoming.results.iter().any(|r| r.id == result.id) => SkipReason::Repeated,
            Some(result) => match cleaned(result) {
                Some(result) => {
                    incoming.results.push(result);
                    continue;
                }
                None => SkipReason::Damaged,
            },
        };
        incoming.skipped.push(Skipped { position, reason });
    }
    // Goals are a nicety: unreadable ones are dropped without failing the import.
    if let Some(settings) = body.get("settings").and_then(Settings::from_json) {
        incoming.goals = settings.sanitised(bank).goals;
    }
    // Absent from backups made before feedback was asked for.
    match body.get("feedback") {
        None | Some(Json::Null) => {}
        Some(feedback) => read_feedback(feedback, &mut incoming),
    }
    Ok(incoming)
}

/// Reads the requests and collections, each as storage would (`checked`): one that is
/// unreadable, that its link would refuse, or that repeats an id is left out and counted.
/// A feedback part that is not a list of them at all counts as one left out.
fn read_feedback(feedback: &Json, incoming: &mut Incoming) {
    let list = |key| feedback.get(key).map_or(Some(&[][..]), Json::as_array);
    let (Json::Object(_), Some(asked), Some(collecting)) = (feedback, list("asked"), list("collecting")) else {
        incoming.feedback_skipped += 1;
        return;
    };
    let book = &mut incoming.feedback;
    for entry in asked {
        match Asked::from_json(entry).and_then(Asked::checked) {
            Some(asked) if book.asked(&asked.request.id).is_none() => book.asked.push(asked),
            _ => incoming.feedback_skipped += 1,
        }
    }
    for entry in collecting {
        match Collecting::from_json(entry).and_then(Collecting::checked) {
            Some(collecting) if book.collecting(&collecting.request.id).is_none() => book.collecting.push(collecting),
            _ => incoming.feedback_skipped += 1,
        }
    }
}

/// A result as it may come in: its note cleaned, its workshop as its link gives it; `None`
/// if a link would refuse the workshop.
fn cleaned(mut result: SavedResult) -> Option<SavedResult> {
    result.workshop = match result.workshop {
        Some(workshop) => Some(workshop.checked()?),
        None => None,
    };
    result.note = clean_lines(&result.note);
    Some(result)
}

/// Adds what is new to `history`, `settings` and `feedback`, keeping everything already
/// there as it is: a result the user already has keeps its own note, a goal they set keeps
/// its value, a request keeps its codes and gains the file's.
pub fn merge(
    history: &mut Vec<SavedResult>,
    settings: &mut Settings,
    feedback: &mut FeedbackBook,
    incoming: Incoming,
) -> ImportReport {
    let mut report = ImportReport {
        skipped: incoming.skipped,
        feedback_added: merge_feedback(feedback, &incoming.feedback),
        feedback_skipped: incoming.feedback_skipped,
        ..ImportReport::default()
    };
    for result in incoming.results {
        if history.iter().any(|r| r.id == result.id) {
            report.already += 1;
        } else {
            insert_in_order(history, result);
            report.added += 1;
        }
    }
    for (characteristic, goal) in incoming.goals {
        if !settings.goals.contains_key(&characteristic) {
            settings.goals.insert(characteristic, goal);
            report.goals_added += 1;
        }
    }
    report
}

/// Merges a backup's requests and collections as another tab's would be, except that an
/// import brings back what the file holds, as it does a deleted result. Returns how many
/// of them this changed.
fn merge_feedback(book: &mut FeedbackBook, incoming: &FeedbackBook) -> usize {
    let before = book.clone();
    let ids = incoming.asked.iter().map(|a| &a.request.id).chain(incoming.collecting.iter().map(|c| &c.request.id));
    for id in ids {
        book.removed.restore(id);
    }
    book.merge(incoming);
    let asked = incoming.asked.iter().filter(|a| book.asked(&a.request.id) != before.asked(&a.request.id));
    let collecting =
        incoming.collecting.iter().filter(|c| book.collecting(&c.request.id) != before.collecting(&c.request.id));
    asked.count() + collecting.count()
}
