//! The app's state as a Yew context: loaded once, persisted on every change, and kept in
//! step with other tabs through the `storage` event.
//!
//! Views reach it only through [`Store`], a handle with domain methods that owns the
//! clock, new ids and look-ups, so that no view builds an `Action` or reads storage.

use crate::app::{dom, storage};
use crate::model::kept::backup::{self, ImportReport, Incoming};
use crate::model::kept::feedback::{FeedbackBook, Received};
use crate::model::kept::history::{new_result_id, SavedResult};
use crate::model::kept::progress::{Giving, InProgress};
use crate::model::kept::schema;
use crate::model::kept::schema::Key;
use crate::model::kept::settings::Settings;
use crate::model::questionnaire::answers::Answer;
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::group::{Facilitated, Verdict};
use crate::model::sharing::request::{Request, RequestProblem};
use crate::model::sharing::workshop::{Draft, DraftProblem, Workshop};
use crate::model::state::{Action, Holder, Kept, Sheet, State, StorageStatus};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The state behind the reducer; only this module dispatches to it.
#[derive(Debug, Clone, PartialEq)]
struct Shared(State);

impl Reducible for Shared {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self).0;
        state.apply(action);
        Rc::new(Shared(state))
    }
}

/// The state as storage holds it now.
pub fn load_state() -> State {
    storage::load(Bank::current())
}

/// What the views may read and do. Cheap to clone, for callbacks.
#[derive(Clone, PartialEq)]
pub struct Store {
    reducer: UseReducerHandle<Shared>,
}

/// The store for the views below; panics only if used outside `StoreProvider`, which
/// would be a programming error caught by any test that renders the view.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("views are rendered inside StoreProvider")
}

// ---- Reading ----------------------------------------------------------------------------

impl Store {
    fn state(&self) -> &State {
        &self.reducer.0
    }

    /// Every saved result, oldest first.
    pub fn history(&self) -> &Rc<Vec<SavedResult>> {
        &self.state().history
    }

    pub fn result(&self, id: &str) -> Option<&SavedResult> {
        self.state().result(id)
    }

    pub fn progress(&self) -> Option<&InProgress> {
        self.state().progress.as_ref()
    }

    /// The assessment in progress was restored from storage and the user has not yet
    /// dismissed the notice.
    pub fn resumed(&self) -> bool {
        self.state().resumed
    }

    pub fn settings(&self) -> &Settings {
        &self.state().settings
    }

    /// A result was deleted and can still be put back.
    pub fn can_undo(&self) -> bool {
        self.state().deleted.is_some()
    }

    pub fn last_import(&self) -> Option<&ImportReport> {
        self.state().last_import.as_ref()
    }

    /// The workshops this user runs, newest last.
    pub fn workshops(&self) -> &[Facilitated] {
        &self.state().workshops
    }

    pub fn workshop(&self, id: &str) -> Option<&Facilitated> {
        self.workshops().iter().find(|w| w.workshop.id == id)
    }

    /// What became of the codes last pasted into workshop `id`.
    pub fn codes_report(&self, id: &str) -> Option<&[(String, Verdict)]> {
        match &self.state().last_codes {
            Some((for_id, report)) if for_id == id => Some(report),
            _ => None,
        }
    }

    /// Feedback requests made and collections run.
    pub fn feedback(&self) -> &FeedbackBook {
        &self.state().feedback
    }

    /// What became of the feedback or summary codes last pasted into `id`.
    pub fn received_report(&self, into: Holder, id: &str) -> Option<&[(String, Received)]> {
        match &self.state().last_received {
            Some((held, for_id, report)) if *held == into && for_id == id => Some(report),
            _ => None,
        }
    }

    /// Answers being given, or given, as a colleague.
    pub fn giving(&self) -> Option<&Giving> {
        self.state().giving.as_ref()
    }

    pub fn storage(&self) -> &StorageStatus {
        &self.state().storage
    }

    /// Copies of unreadable data set aside in storage: (key, copy number, storage key).
    /// Read afresh on every call, since any write may set data aside.
    pub fn kept_aside(&self) -> Vec<(Key, usize, String)> {
        storage::kept_aside()
    }

    /// Offers the raw text kept at storage key `at` as a download.
    pub fn download_kept(&self, at: &str) {
        storage::download_kept(at)
    }
}

// ---- Changing ---------------------------------------------------------------------------

impl Store {
    fn send(&self, action: Action) {
        self.reducer.dispatch(action);
    }

    /// Begins a new assessment, replacing any in progress.
    pub fn start(&self, variant: Variant) {
        self.send(Action::Start { variant, now: dom::now() });
    }

    pub fn answer(&self, sheet: Sheet, item: String, answer: Answer) {
        self.send(Action::Answer { sheet, item, answer });
    }

    pub fn go_to_page(&self, sheet: Sheet, page: usize) {
        self.send(Action::GoToPage { sheet, page });
    }

    /// Clears the answers given so far and begins again.
    pub fn start_over(&self, sheet: Sheet) {
        self.send(Action::StartOver { sheet, now: dom::now() });
    }

    /// Files the assessment in progress in the history; returns the new result's id.
    pub fn finish(&self) -> String {
        let now = dom::now();
        let id = new_result_id(now, dom::random_u32());
        self.send(Action::Finish { id: id.clone(), now });
        id
    }

    pub fn dismiss_resumed(&self) {
        self.send(Action::DismissResumed);
    }

    pub fn delete(&self, id: String) {
        self.send(Action::Delete(id));
    }

    /// Puts the last deleted result back where it was.
    pub fn undo_delete(&self) {
        self.send(Action::UndoDelete);
    }

    pub fn set_note(&self, id: String, note: String) {
        self.send(Action::SetNote { id, note });
    }

    /// Sets or clears the goal for a characteristic.
    pub fn set_goal(&self, characteristic: String, goal: Option<f64>) {
        self.send(Action::SetGoal { characteristic, goal });
    }

    /// Offers a backup of everything as a download, and records the backup only if the
    /// download went through.
    pub fn download_backup(&self) {
        let now = dom::now();
        let text = backup::export(self.history(), self.settings(), self.feedback(), now);
        if dom::download(&backup::file_name(&dom::local_date()), &text, "application/json").is_ok() {
            self.send(Action::BackedUp { now });
        }
    }

    /// Merges a backup file that has been read.
    pub fn import(&self, incoming: Incoming) {
        self.send(Action::Import(incoming));
    }

    /// Begins the workshop's questionnaire, replacing any in progress, unless it is this
    /// workshop's: opening its link again just continues it.
    pub fn join(&self, workshop: &Workshop) {
        let same = self.progress().and_then(|p| p.workshop.as_ref()).is_some_and(|w| w.id == workshop.id);
        if !same {
            self.send(Action::Join { workshop: workshop.clone(), now: dom::now() });
        }
    }

    /// Creates a workshop from what the facilitator typed; returns its new id, or what
    /// is wrong with the draft.
    pub fn create_workshop(&self, draft: Draft) -> Result<String, DraftProblem> {
        let workshop = draft.workshop(dom::random_u32())?;
        let id = workshop.id.clone();
        self.send(Action::CreateWorkshop { workshop, now: dom::now() });
        Ok(id)
    }

    /// Checks and adds pasted result codes to workshop `id`'s group.
    pub fn add_codes(&self, id: String, text: String) {
        self.send(Action::AddCodes { id, text });
    }

    pub fn clear_codes(&self, id: String) {
        self.send(Action::ClearCodes(id));
    }

    /// Keeps someone's shared result in this history too.
    pub fn keep_shared(&self, result: SavedResult) {
        self.send(Action::KeepShared(result));
    }

    /// Makes a feedback request set beside result `result`; returns its id, or what is
    /// wrong with what was typed.
    pub fn ask(
        &self,
        name: &str,
        variant: Variant,
        collector: Option<&str>,
        result: Option<String>,
    ) -> Result<String, RequestProblem> {
        let request = Request::new(name, variant, collector, dom::random_u32())?;
        let id = request.id.clone();
        self.send(Action::Ask { request, result, now: dom::now() });
        Ok(id)
    }

    pub fn close_request(&self, id: String) {
        self.send(Action::CloseRequest(id));
    }

    /// Deletes a request one made, or a collection one runs, with what came back to it.
    pub fn delete_request(&self, id: String) {
        self.send(Action::DeleteRequest(id));
    }

    /// Begins collecting colleagues' codes for someone's request, unless already collecting.
    pub fn collect(&self, request: &Request) {
        self.send(Action::Collect { request: request.clone(), now: dom::now() });
    }

    /// Checks and adds pasted feedback or summary codes to request or collection `id`.
    pub fn receive(&self, into: Holder, id: String, text: String) {
        self.send(Action::Receive { into, id, text });
    }

    /// Begins answering `request` as a colleague, unless already answering it: opening
    /// its link again just continues.
    pub fn give(&self, request: &Request) {
        if self.giving().and_then(Giving::request).is_none_or(|r| r.id != request.id) {
            self.send(Action::Give { request: request.clone(), now: dom::now() });
        }
    }

    /// Turns the colleague's answers into their feedback code.
    pub fn finish_giving(&self) {
        self.send(Action::FinishGiving { nonce: dom::random_u32() as u16 });
    }

    /// Forgets the answers given as a colleague, on this device.
    pub fn forget_giving(&self) {
        self.send(Action::ForgetGiving);
    }
}

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let store = use_reducer(|| Shared(load_state()));

    // Every key whose revision is not yet on disk is written after each change, so a
    // write that failed (storage full) is tried again with the next one.
    let on_disk = use_mut_ref(Revisions::default);
    // Set when a finished assessment's result could not be stored: the assessment stays
    // stored, so it can be resumed, until the result is, whatever is started meanwhile.
    let holding = use_mut_ref(|| false);
    {
        let (store, on_disk, holding) = (store.clone(), on_disk.clone(), holding.clone());
        let state = &store.0;
        let revisions = Revisions {
            history: state.history_revision,
            progress: state.progress_revision,
            settings: state.settings_revision,
            workshops: state.workshops_revision,
            feedback: state.feedback_revision,
            giving: state.giving_revision,
        };
        use_effect_with(revisions, move |now| {
            let state = &store.0;
            let bank = Bank::current();
            let mut disk = on_disk.borrow_mut();
            // Each write reads its key first: what it finds (newer or damaged data) is
            // reported below, and locks the key if it must.
            let mut status = state.storage.clone();
            let mut all_saved = true;
            // History first, and the assessment in progress is only cleared once the
            // result it became is safely stored: until then it can still be resumed.
            if now.history != disk.history {
                match storage::save_history(&state.history, &state.removed, &mut status.history) {
                    Some(written) => {
                        disk.history = now.history;
                        *holding.borrow_mut() = false;
                        // Another tab's results, merged on the way in, are shown here too.
                        if written.results != *state.history || written.removed != state.removed {
                            store.dispatch(Action::HistoryChanged(written));
                        }
                    }
                    None => all_saved = false,
                }
            }
            if now.progress != disk.progress {
                let mut held = holding.borrow_mut();
                *held |= now.history != disk.history && state.progress.is_none();
                if !*held && storage::save_progress(state.progress.as_ref(), &mut status.progress) {
                    disk.progress = now.progress;
                } else {
                    all_saved = false;
                }
            }
            if now.settings != disk.settings {
                if storage::save_settings(&state.settings, bank, &mut status.settings) {
                    disk.settings = now.settings;
                } else {
                    all_saved = false;
                }
            }
            // Never changed in the first-visit build (see `storage::load`).
            #[cfg(not(feature = "first-visit"))]
            if now.workshops != disk.workshops {
                if storage::save_workshops(&state.workshops, &mut status.workshops) {
                    disk.workshops = now.workshops;
                } else {
                    all_saved = false;
                }
            }
            #[cfg(not(feature = "first-visit"))]
            if now.feedback != disk.feedback {
                if storage::save_feedback(&state.feedback, &mut status.feedback) {
                    disk.feedback = now.feedback;
                } else {
                    all_saved = false;
                }
            }
            if now.giving != disk.giving {
                if storage::save_giving(state.giving.as_ref(), &mut status.giving) {
                    disk.giving = now.giving;
                } else {
                    all_saved = false;
                }
            }
            for key in Key::ALL {
                if status.key(key) != state.storage.key(key) {
                    store.dispatch(Action::Checked(key, status.key(key).clone()));
                }
            }
            report(&store, all_saved);
        });
    }
    {
        let dispatcher = store.dispatcher();
        dom::use_window_listener(
            "storage",
            Box::new(move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                // Only the key that changed, and only if it reads cleanly: anything else
                // keeps what this tab has rather than taking it for empty.
                let Some(key) = event.key() else { return };
                let bank = Bank::current();
                let action = match (key.as_str(), event.new_value()) {
                    // Finished or dropped in the other tab.
                    (schema::PROGRESS_KEY, None) => Some(Action::ProgressChanged(None)),
                    (schema::PROGRESS_KEY, Some(raw)) => {
                        schema::decode_progress(&raw).ok().map(|p| Action::ProgressChanged(Some(p)))
                    }
                    // Read from storage rather than the event, so that damage is set aside
                    // like at the start; merged, never taken as a replacement.
                    (schema::HISTORY_KEY, Some(_)) => {
                        let mut kept = Kept::default();
                        let history = storage::read_history(&mut kept);
                        if kept != Kept::default() {
                            dispatcher.dispatch(Action::Checked(Key::History, kept));
                        }
                        history.map(Action::HistoryChanged)
                    }
                    (schema::SETTINGS_KEY, Some(raw)) => {
                        schema::decode_settings(&raw, bank).ok().map(Action::SettingsChanged)
                    }
                    #[cfg(not(feature = "first-visit"))]
                    (schema::WORKSHOPS_KEY, Some(raw)) => {
                        schema::decode_workshops(&raw).ok().map(Action::WorkshopsChanged)
                    }
                    #[cfg(not(feature = "first-visit"))]
                    (schema::FEEDBACK_KEY, Some(raw)) => {
                        schema::decode_feedback(&raw).ok().map(Action::FeedbackChanged)
                    }
                    (schema::GIVING_KEY, None) => Some(Action::GivingChanged(None)),
                    (schema::GIVING_KEY, Some(raw)) => {
                        schema::decode_giving(&raw).ok().map(|g| Action::GivingChanged(Some(g)))
                    }
                    _ => None,
                };
                if let Some(action) = action {
                    dispatcher.dispatch(action);
                }
            }),
        );
    }

    html! {
        <ContextProvider<Store> context={Store { reducer: store }}>
            { props.children.clone() }
        </ContextProvider<Store>>
    }
}

/// The revision of each stored key.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Revisions {
    history: u32,
    progress: u32,
    settings: u32,
    workshops: u32,
    feedback: u32,
    giving: u32,
}

/// Tells the state whether a write stuck, only when that changes, to avoid needless renders.
fn report(store: &UseReducerHandle<Shared>, saved: bool) {
    if store.0.storage.save_failed == saved {
        store.dispatch(Action::Saved(saved));
    }
}
