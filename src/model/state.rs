//! The app's state and every change to it, as a pure reducer.
//!
//! Persistence stays outside: the app reads storage once to build the first `State`
//! and writes whatever a change touched, told by the revision counters.

use crate::model::assessment::{InProgress, Likert};
use crate::model::bank::{Bank, Variant};
use crate::model::history::SavedResult;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// Oldest first. Shared, because every answer clones the state.
    pub history: Rc<Vec<SavedResult>>,
    /// Bumped on every change to `history`, so that it is written exactly then.
    pub history_revision: u32,
    pub progress: Option<InProgress>,
    /// The assessment in progress was restored from storage: say so until dismissed.
    pub resumed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Begins a new assessment, replacing any in progress.
    Start { variant: Variant, now: f64 },
    Answer { item: String, answer: Likert },
    GoToPage(usize),
    /// Clears the answers of the assessment in progress and begins it again.
    StartOver { now: f64 },
    /// Files the assessment in progress in the history under `id`.
    Finish { id: String, now: f64 },
    Delete(String),
    DismissResumed,
    /// Another tab changed the stored history.
    HistoryChanged(Vec<SavedResult>),
}

impl State {
    pub fn new(history: Vec<SavedResult>, progress: Option<InProgress>) -> State {
        State { history: Rc::new(history), history_revision: 0, resumed: progress.is_some(), progress }
    }

    pub fn apply(&mut self, bank: &Bank, action: Action) {
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
        }
    }

    pub fn result(&self, id: &str) -> Option<&SavedResult> {
        self.history.iter().find(|r| r.id == id)
    }
}
