//! The app's state and every change to it, as a pure reducer.
//!
//! Persistence stays outside: the app reads storage once to build the first `State`
//! and writes whatever a change touched, told by the revision counters.

use crate::model::kept::backup::{self, ImportReport, Incoming};
use crate::model::kept::feedback::{receive, Asked, Collecting, FeedbackBook, Kind, Received};
use crate::model::kept::history::{insert_in_order, merge, Prefer, Removals, SavedResult};
use crate::model::kept::progress::{Giving, InProgress};
use crate::model::kept::schema::{DamageReason, History, Key};
use crate::model::kept::settings::Settings;
use crate::model::questionnaire::answers::Answer;
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::feedback::{encode_feedback, Feedback};
use crate::model::sharing::group::{add_codes, Facilitated, Verdict};
use crate::model::sharing::request::Request;
use crate::model::sharing::workshop::Workshop;
use std::rc::Rc;

/// What reading one stored key found that the user must hear of.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Kept {
    /// Written by a newer version of the app (this format): never written over.
    pub newer: Option<u32>,
    /// Could not be read, in whole or in part: the raw text was kept for the user.
    pub damage: Option<Damage>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Damage {
    /// Why nothing could be read; `None` when only some entries were left out.
    pub reason: Option<DamageReason>,
    /// Entries left out of what was read.
    pub skipped: usize,
    /// The storage key holding the raw text, for the user to download.
    pub at: String,
    /// The raw text could not be set aside, so it stays in its own key: never written over.
    pub in_place: bool,
}

impl Kept {
    pub fn read_only(&self) -> bool {
        self.newer.is_some() || self.damage.as_ref().is_some_and(|d| d.in_place)
    }

    /// Adds what a later read found, keeping what earlier reads did.
    pub fn absorb(&mut self, later: Kept) {
        self.newer = later.newer.or(self.newer);
        if later.damage.is_some() {
            self.damage = later.damage;
        }
    }
}

/// What went wrong between the app and the browser's storage, for the user to see.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StorageStatus {
    /// The browser refuses storage altogether (some private windows).
    pub unavailable: bool,
    /// The last write did not stick.
    pub save_failed: bool,
    pub history: Kept,
    pub progress: Kept,
    pub settings: Kept,
    pub workshops: Kept,
    pub feedback: Kept,
    pub giving: Kept,
}

impl StorageStatus {
    pub fn key(&self, key: Key) -> &Kept {
        match key {
            Key::History => &self.history,
            Key::Progress => &self.progress,
            Key::Settings => &self.settings,
            Key::Workshops => &self.workshops,
            Key::Feedback => &self.feedback,
            Key::Giving => &self.giving,
        }
    }

    pub fn key_mut(&mut self, key: Key) -> &mut Kept {
        match key {
            Key::History => &mut self.history,
            Key::Progress => &mut self.progress,
            Key::Settings => &mut self.settings,
            Key::Workshops => &mut self.workshops,
            Key::Feedback => &mut self.feedback,
            Key::Giving => &mut self.giving,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// Oldest first. Shared, because every answer clones the state.
    pub history: Rc<Vec<SavedResult>>,
    /// What was deleted, kept so that merging with another tab's history cannot bring it back.
    pub removed: Removals,
    /// Bumped on every change to `history`, so that it is written exactly then.
    pub history_revision: u32,
    pub progress: Option<InProgress>,
    /// Bumped on every change to `progress`.
    pub progress_revision: u32,
    /// The assessment in progress was restored from storage: say so until dismissed.
    pub resumed: bool,
    pub settings: Settings,
    /// Bumped on every change to `settings`.
    pub settings_revision: u32,
    /// The last result deleted, until it is undone or another goes.
    pub deleted: Option<SavedResult>,
    /// What the last import did, for the user to read.
    pub last_import: Option<ImportReport>,
    /// Workshops this user runs as a facilitator, newest last.
    pub workshops: Vec<Facilitated>,
    /// Bumped on every change to `workshops`.
    pub workshops_revision: u32,
    /// What became of the codes last pasted, by workshop id.
    pub last_codes: Option<(String, Vec<(String, Verdict)>)>,
    /// Feedback requests this user made and collections they run.
    pub feedback: FeedbackBook,
    /// Bumped on every change to `feedback`.
    pub feedback_revision: u32,
    /// What became of the feedback codes last pasted, by request id.
    pub last_received: Option<(Holder, String, Report)>,
    /// Answers this user gives as a colleague, apart from their own assessment.
    pub giving: Option<Giving>,
    /// Bumped on every change to `giving`.
    pub giving_revision: u32,
    pub storage: StorageStatus,
}

/// What became of each pasted code, by the text it was pasted as.
pub type Report = Vec<(String, Received)>;

/// What pasted feedback codes go into: one's own request, or a collection one runs for
/// someone else's (which may be one's own request too: they are kept apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Asked,
    Collecting,
}

/// Which questionnaire an answer or a page turn is for: one's own assessment, or the
/// answers one gives about a colleague who asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Own,
    Giving,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Begins a new assessment, replacing any in progress.
    Start {
        variant: Variant,
        now: u64,
    },
    Answer {
        sheet: Sheet,
        item: String,
        answer: Answer,
    },
    GoToPage {
        sheet: Sheet,
        page: usize,
    },
    /// Clears the answers given so far and begins again.
    StartOver {
        sheet: Sheet,
        now: u64,
    },
    /// Files the assessment in progress in the history under `id`.
    Finish {
        id: String,
        now: u64,
    },
    Delete(String),
    /// Puts the last deleted result back where it was.
    UndoDelete,
    SetNote {
        id: String,
        note: String,
    },
    /// Sets or clears the goal for a characteristic.
    SetGoal {
        characteristic: String,
        goal: Option<f64>,
    },
    /// A backup of everything was just exported.
    BackedUp {
        now: u64,
    },
    /// Merges a backup file that has been read.
    Import(Incoming),
    /// Begins an assessment for a workshop, replacing any in progress.
    Join {
        workshop: Workshop,
        now: u64,
    },
    CreateWorkshop {
        workshop: Workshop,
        now: u64,
    },
    /// Checks and adds pasted result codes to a workshop's group.
    AddCodes {
        id: String,
        text: String,
    },
    ClearCodes(String),
    /// Keeps someone's shared result in this history too.
    KeepShared(SavedResult),
    /// Another tab changed the workshops: merged, never replaced.
    WorkshopsChanged(Vec<Facilitated>),
    DismissResumed,
    /// The stored history changed (another tab, or a write that merged it): merged in.
    HistoryChanged(History),
    /// Another tab changed the assessment in progress.
    ProgressChanged(Option<InProgress>),
    /// Another tab changed the settings.
    SettingsChanged(Settings),
    /// Asks colleagues for their view: a new request, set beside the result `result`.
    Ask {
        request: Request,
        result: Option<String>,
        now: u64,
    },
    /// Stops offering a request; what came back is kept.
    CloseRequest(String),
    DeleteRequest(String),
    /// Begins collecting colleagues' codes for someone else's request.
    Collect {
        request: Request,
        now: u64,
    },
    DeleteCollection(String),
    /// Checks and adds pasted feedback or summary codes to a request or a collection.
    Receive {
        into: Holder,
        id: String,
        text: String,
    },
    /// Another tab changed the requests or collections: merged, never replaced.
    FeedbackChanged(FeedbackBook),
    /// Begins answering someone's request as a colleague, replacing earlier answers.
    Give {
        request: Request,
        now: u64,
    },
    /// Turns the colleague's answers into their feedback code.
    FinishGiving {
        nonce: u16,
    },
    /// Forgets the colleague's answers on this device.
    ForgetGiving,
    /// Another tab changed the answers given as a colleague.
    GivingChanged(Option<Giving>),
    /// Whether the last write to storage stuck.
    Saved(bool),
    /// What a later read of a key found (newer or damaged data).
    Checked(Key, Kept),
}

impl State {
    pub fn new(history: History, progress: Option<InProgress>, settings: Settings, storage: StorageStatus) -> State {
        State {
            history: Rc::new(history.results),
            removed: history.removed,
            resumed: progress.is_some(),
            progress,
            settings,
            storage,
            ..State::default()
        }
    }

    pub fn apply(&mut self, action: Action) {
        // What another tab wrote is already on disk: it must not be written back.
        let from_elsewhere =
            matches!(action, Action::ProgressChanged(_) | Action::SettingsChanged(_) | Action::GivingChanged(_));
        let progress = self.progress.clone();
        let giving = self.giving.clone();
        let settings = self.settings.clone();
        let history_revision = self.history_revision;
        self.apply_unsaved(action);
        if self.history_revision != history_revision {
            // Whatever is in the history now (kept, undone, imported) was not deleted last.
            for result in self.history.iter() {
                self.removed.restore(&result.id);
            }
        }
        if !from_elsewhere && self.progress != progress {
            self.progress_revision += 1;
        }
        if !from_elsewhere && self.settings != settings {
            self.settings_revision += 1;
        }
        if !from_elsewhere && self.giving != giving {
            self.giving_revision += 1;
        }
    }

    /// The questionnaire being filled in on `sheet`, if any.
    fn sheet(&mut self, sheet: Sheet) -> Option<&mut InProgress> {
        match (sheet, &mut self.giving) {
            (Sheet::Own, _) => self.progress.as_mut(),
            (Sheet::Giving, Some(Giving::Answering(progress))) => Some(progress),
            (Sheet::Giving, _) => None,
        }
    }

    fn apply_unsaved(&mut self, action: Action) {
        match action {
            Action::Start { variant, now } => {
                self.progress = Some(InProgress::new(variant, None, now));
                self.resumed = false;
            }
            Action::Join { workshop, now } => {
                self.progress = Some(InProgress::new(workshop.variant, Some(workshop), now));
                self.resumed = false;
            }
            Action::CreateWorkshop { workshop, now } => {
                if !self.workshops.iter().any(|w| w.workshop.id == workshop.id) {
                    self.workshops.push(Facilitated { workshop, created_at: now, codes: Vec::new() });
                    self.workshops_revision += 1;
                }
            }
            Action::AddCodes { id, text } => {
                if let Some(group) = self.workshops.iter_mut().find(|w| w.workshop.id == id) {
                    let before = group.codes.len();
                    let report = add_codes(&mut group.codes, &text, &group.workshop);
                    if group.codes.len() != before {
                        self.workshops_revision += 1;
                    }
                    self.last_codes = Some((id, report));
                }
            }
            Action::ClearCodes(id) => {
                if let Some(group) = self.workshops.iter_mut().find(|w| w.workshop.id == id && !w.codes.is_empty()) {
                    group.codes.clear();
                    self.workshops_revision += 1;
                    self.last_codes = None;
                }
            }
            Action::WorkshopsChanged(theirs) => {
                // Another tab's codes join ours as if pasted here, so neither tab's
                // collection is lost, one person still counts once and the cap holds.
                for other in &theirs {
                    match self.workshops.iter_mut().find(|w| w.workshop.id == other.workshop.id) {
                        Some(mine) => {
                            add_codes(&mut mine.codes, &other.codes.join(" "), &mine.workshop);
                        }
                        None => self.workshops.push(other.clone()),
                    }
                }
                // What storage lacks (a workshop, or a person it would accept) is written
                // back, or it would live only in this tab; judged by person, not by code
                // text, so that two tabs holding one person's two codes settle.
                let lacks = |mine: &Facilitated| match theirs.iter().find(|t| t.workshop.id == mine.workshop.id) {
                    None => true,
                    Some(stored) => {
                        let mut codes = stored.codes.clone();
                        add_codes(&mut codes, &mine.codes.join(" "), &stored.workshop);
                        codes.len() != stored.codes.len()
                    }
                };
                if self.workshops.iter().any(lacks) {
                    self.workshops_revision += 1;
                }
            }
            Action::KeepShared(result) => {
                if !self.history.iter().any(|r| r.id == result.id) {
                    insert_in_order(Rc::make_mut(&mut self.history), result);
                    self.history_revision += 1;
                }
            }
            Action::Answer { sheet, item, answer } => {
                if let Some(progress) = self.sheet(sheet) {
                    if progress.bank().item(&item).is_some_and(|i| progress.accepts(i, answer)) {
                        progress.answers.insert(item, answer);
                    }
                }
            }
            Action::GoToPage { sheet, page } => {
                if let Some(progress) = self.sheet(sheet) {
                    progress.page = page.min(progress.page_count().saturating_sub(1));
                }
            }
            Action::StartOver { sheet, now } => {
                if let Some(progress) = self.sheet(sheet) {
                    *progress = match progress.request.take() {
                        Some(request) => InProgress::for_request(request, now),
                        None => InProgress::new(progress.variant, progress.workshop.take(), now),
                    };
                }
                self.resumed &= sheet == Sheet::Giving;
            }
            Action::Finish { id, now } => {
                if let Some(progress) = self.progress.take() {
                    insert_in_order(
                        Rc::make_mut(&mut self.history),
                        SavedResult {
                            id,
                            taken_at: now,
                            variant: progress.variant,
                            bank_version: progress.bank_version,
                            answers: progress.answers,
                            note: String::new(),
                            workshop: progress.workshop,
                            edits: 0,
                        },
                    );
                    self.history_revision += 1;
                }
                self.resumed = false;
            }
            Action::Delete(id) => {
                if let Some(index) = self.history.iter().position(|r| r.id == id) {
                    self.removed.remove(&id);
                    self.deleted = Some(Rc::make_mut(&mut self.history).remove(index));
                    self.history_revision += 1;
                }
            }
            Action::UndoDelete => {
                if let Some(result) = self.deleted.take() {
                    let history = Rc::make_mut(&mut self.history);
                    if !history.iter().any(|r| r.id == result.id) {
                        insert_in_order(history, result);
                        self.history_revision += 1;
                    }
                }
            }
            Action::SetNote { id, note } => {
                let history = Rc::make_mut(&mut self.history);
                if let Some(result) = history.iter_mut().find(|r| r.id == id && r.note != note) {
                    result.note = note;
                    result.edits = result.edits.saturating_add(1);
                    self.history_revision += 1;
                }
            }
            Action::SetGoal { characteristic, goal } => {
                if Bank::current().characteristic_index(&characteristic).is_some() {
                    self.settings.set_goal(&characteristic, goal);
                }
            }
            Action::BackedUp { now } => self.settings.last_backup = Some(now),
            Action::Import(incoming) => {
                let history = Rc::make_mut(&mut self.history);
                let report = backup::merge(history, &mut self.settings, &mut self.feedback, incoming);
                if report.added > 0 {
                    self.history_revision += 1;
                }
                if report.feedback_added > 0 {
                    self.feedback_revision += 1;
                }
                self.last_import = Some(report);
            }
            Action::DismissResumed => self.resumed = false,
            Action::HistoryChanged(theirs) => {
                let mut results = self.history.as_ref().clone();
                merge(&mut results, &mut self.removed, &theirs.results, &theirs.removed, Prefer::Theirs);
                // What storage holds already is not written back; what only this tab holds is.
                if results != theirs.results || self.removed != theirs.removed {
                    self.history_revision += 1;
                }
                if results != *self.history {
                    self.history = Rc::new(results);
                }
            }
            Action::ProgressChanged(progress) => self.progress = progress,
            Action::SettingsChanged(settings) => self.settings = settings,
            Action::Ask { request, result, now } => {
                if self.feedback.asked(&request.id).is_none() {
                    self.feedback.removed.restore(&request.id);
                    self.feedback.asked.push(Asked {
                        request,
                        created_at: now,
                        result,
                        codes: Vec::new(),
                        closed: false,
                    });
                    self.feedback_revision += 1;
                }
            }
            Action::CloseRequest(id) => {
                if let Some(asked) = self.feedback.asked.iter_mut().find(|a| a.request.id == id && !a.closed) {
                    asked.closed = true;
                    self.feedback_revision += 1;
                }
            }
            Action::DeleteRequest(id) | Action::DeleteCollection(id) => {
                let before = (self.feedback.asked.len(), self.feedback.collecting.len());
                self.feedback.asked.retain(|a| a.request.id != id);
                self.feedback.collecting.retain(|c| c.request.id != id);
                if (self.feedback.asked.len(), self.feedback.collecting.len()) != before {
                    self.feedback.removed.remove(&id);
                    self.feedback_revision += 1;
                }
            }
            Action::Collect { request, now } => {
                if self.feedback.collecting(&request.id).is_none() {
                    self.feedback.removed.restore(&request.id);
                    self.feedback.collecting.push(Collecting { request, created_at: now, codes: Vec::new() });
                    self.feedback_revision += 1;
                }
            }
            Action::Receive { into, id, text } => {
                let book = &mut self.feedback;
                let target = match into {
                    Holder::Asked => {
                        book.asked.iter_mut().find(|a| a.request.id == id).map(|a| (a.kind(), &a.request, &mut a.codes))
                    }
                    Holder::Collecting => book
                        .collecting
                        .iter_mut()
                        .find(|c| c.request.id == id)
                        .map(|c| (Kind::Feedback, &c.request, &mut c.codes)),
                };
                if let Some((kind, request, codes)) = target {
                    let before = codes.len();
                    let report = receive(codes, &text, request, kind);
                    if codes.len() != before {
                        self.feedback_revision += 1;
                    }
                    self.last_received = Some((into, id, report));
                }
            }
            Action::FeedbackChanged(theirs) => {
                if self.feedback.merge(&theirs) {
                    self.feedback_revision += 1;
                }
            }
            Action::Give { request, now } => {
                self.giving = Some(Giving::Answering(InProgress::for_request(request, now)))
            }
            Action::FinishGiving { nonce } => {
                if let Some(Giving::Answering(InProgress {
                    request: Some(request),
                    variant,
                    bank_version,
                    answers,
                    ..
                })) = &self.giving
                {
                    let feedback = Feedback {
                        request: request.id.clone(),
                        variant: *variant,
                        bank_version: *bank_version,
                        nonce,
                        answers: answers.clone(),
                    };
                    self.giving = Some(Giving::Answered { request: request.clone(), code: encode_feedback(&feedback) });
                }
            }
            Action::ForgetGiving => self.giving = None,
            Action::GivingChanged(giving) => self.giving = giving,
            Action::Saved(ok) => self.storage.save_failed = !ok,
            Action::Checked(key, kept) => self.storage.key_mut(key).absorb(kept),
        }
    }

    pub fn result(&self, id: &str) -> Option<&SavedResult> {
        self.history.iter().find(|r| r.id == id)
    }
}
