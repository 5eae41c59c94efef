//! The app's state and every change to it, as a pure reducer.
//!
//! Persistence stays outside: the app reads storage once to build the first `State`
//! and writes whatever a change touched, told by the revision counters.

use crate::model::assessment::{InProgress, Likert};
use crate::model::bank::{Bank, Variant};
use crate::model::history::SavedResult;
use crate::model::schema::LoadError;
use std::rc::Rc;

/// What went wrong between the app and the browser's storage, for the user to see.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StorageStatus {
    /// The browser refuses storage altogether (some private windows).
    pub unavailable: bool,
    /// The last write did not stick.
    pub save_failed: bool,
    /// The saved history could not be used as it was.
    pub history_problem: Option<LoadError>,
    /// Saved results left out because they were damaged.
    pub skipped: usize,
    pub progress_damaged: bool,
}

impl StorageStatus {
    /// History from a newer app, or damaged history that could not be set aside, is
    /// never written over.
    pub fn history_read_only(&self) -> bool {
        matches!(self.history_problem, Some(LoadError::Newer(_)))
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// Oldest first. Shared, because every answer clones the state.
    pub history: Rc<Vec<SavedResult>>,
    /// Bumped on every change to `history`, so that it is written exactly then.
    pub history_revision: u32,
    pub progress: Option<InProgress>,
    /// Bumped on every change to `progress`.
    pub progress_revision: u32,
    /// The assessment in progress was restored from storage: say so until dismissed.
    pub resumed: bool,
    pub storage: StorageStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Begins a new assessment, replacing any in progress.
    Start { variant: Variant, now: u64 },
    Answer { item: String, answer: Likert },
    GoToPage(usize),
    /// Clears the answers of the assessment in progress and begins it again.
    StartOver { now: u64 },
    /// Files the assessment in progress in the history under `id`.
    Finish { id: String, now: u64 },
    Delete(String),
    DismissResumed,
    /// Another tab changed the stored history.
    HistoryChanged(Vec<SavedResult>),
    /// Another tab changed the assessment in progress.
    ProgressChanged(Option<InProgress>),
    /// Whether the last write to storage stuck.
    Saved(bool),
}

impl State {
    pub fn new(history: Vec<SavedResult>, progress: Option<InProgress>, storage: StorageStatus) -> State {
        State {
            history: Rc::new(history),
            resumed: progress.is_some(),
            progress,
            storage,
            ..State::default()
        }
    }

    pub fn apply(&mut self, bank: &Bank, action: Action) {
        // What another tab wrote is already on disk: it must not be written back.
        let from_elsewhere = matches!(action, Action::ProgressChanged(_));
        let before = self.progress.clone();
        self.apply_unsaved(bank, action);
        if !from_elsewhere && self.progress != before {
            self.progress_revision += 1;
        }
    }

    fn apply_unsaved(&mut self, bank: &Bank, action: Action) {
        match action {
            Action::Start { variant, now } => {
                self.progress = Some(InProgress::new(bank, variant, now));
                self.resumed = false;
            }
            Action::Answer { item, answer } => {
                if let Some(progress) = &mut self.progress {
                    if bank.item(&item).is_some_and(|i| Bank::includes(progress.variant, i)) {
                        progress.answers.insert(item, answer);
                    }
                }
            }
            Action::GoToPage(page) => {
                if let Some(progress) = &mut self.progress {
                    progress.page = page.min(progress.page_count(bank).saturating_sub(1));
                }
            }
            Action::StartOver { now } => {
                if let Some(progress) = &mut self.progress {
                    *progress = InProgress::new(bank, progress.variant, now);
                }
                self.resumed = false;
            }
            Action::Finish { id, now } => {
                if let Some(progress) = self.progress.take() {
                    Rc::make_mut(&mut self.history).push(SavedResult {
                        id,
                        taken_at: now,
                        variant: progress.variant,
                        bank_version: progress.bank_version,
                        answers: progress.answers,
                    });
                    self.history_revision += 1;
                }
                self.resumed = false;
            }
            Action::Delete(id) => {
                let before = self.history.len();
                Rc::make_mut(&mut self.history).retain(|r| r.id != id);
                if self.history.len() != before {
                    self.history_revision += 1;
                }
            }
            Action::DismissResumed => self.resumed = false,
            Action::HistoryChanged(history) => {
                // Already on disk: no revision bump, so nothing is written back.
                self.history = Rc::new(history);
            }
            Action::ProgressChanged(progress) => self.progress = progress,
            Action::Saved(ok) => self.storage.save_failed = !ok,
        }
    }

    pub fn result(&self, id: &str) -> Option<&SavedResult> {
        self.history.iter().find(|r| r.id == id)
    }
}
