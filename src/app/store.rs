//! The app's state as a Yew context: loaded once, persisted on every change, and kept in
//! step with other tabs through the `storage` event.

use crate::app::storage;
use crate::model::kept::schema;
use crate::model::kept::schema::Key;
use crate::model::questionnaire::bank::Bank;
use crate::model::state::{Action, Kept, State};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self).0;
        state.apply(Bank::builtin(), action);
        Rc::new(Store(state))
    }
}

pub type StoreHandle = UseReducerHandle<Store>;

/// The state as storage holds it now.
pub fn load_state() -> State {
    storage::load(Bank::builtin())
}

/// The store for the views below; panics only if used outside `StoreProvider`, which
/// would be a programming error caught by any test that renders the view.
#[hook]
pub fn use_store() -> StoreHandle {
    use_context::<StoreHandle>().expect("views are rendered inside StoreProvider")
}

/// A callback that turns an event into an action on the store.
pub fn send<E: 'static>(store: &StoreHandle, action: impl Fn(E) -> Action + 'static) -> Callback<E> {
    let dispatcher = store.dispatcher();
    Callback::from(move |event| dispatcher.dispatch(action(event)))
}

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let store = use_reducer(|| Store(load_state()));

    // Every key whose revision is not yet on disk is written after each change, so a
    // write that failed (storage full) is tried again with the next one.
    let on_disk = use_mut_ref(Revisions::default);
    {
        let (store, on_disk) = (store.clone(), on_disk.clone());
        let state = &store.0;
        let revisions = Revisions {
            history: state.history_revision,
            progress: state.progress_revision,
            settings: state.settings_revision,
            workshops: state.workshops_revision,
        };
        use_effect_with(revisions, move |now| {
            let state = &store.0;
            let bank = Bank::builtin();
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
                        // Another tab's results, merged on the way in, are shown here too.
                        if written.results != *state.history || written.removed != state.removed {
                            store.dispatch(Action::HistoryChanged(written));
                        }
                    }
                    None => all_saved = false,
                }
            }
            if now.progress != disk.progress {
                let result_unsaved = now.history != disk.history && state.progress.is_none();
                if !result_unsaved && storage::save_progress(state.progress.as_ref(), bank, &mut status.progress) {
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
            if now.workshops != disk.workshops {
                if storage::save_workshops(&state.workshops, &mut status.workshops) {
                    disk.workshops = now.workshops;
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
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo_utils::window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                // Only the key that changed, and only if it reads cleanly: anything else
                // keeps what this tab has rather than taking it for empty.
                let Some(key) = event.key() else { return };
                let bank = Bank::builtin();
                let action = match (key.as_str(), event.new_value()) {
                    // Finished or dropped in the other tab.
                    (schema::PROGRESS_KEY, None) => Some(Action::ProgressChanged(None)),
                    (schema::PROGRESS_KEY, Some(raw)) => {
                        schema::decode_progress(&raw, bank).ok().map(|p| Action::ProgressChanged(Some(p)))
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
                    (schema::WORKSHOPS_KEY, Some(raw)) => {
                        schema::decode_workshops(&raw).ok().map(Action::WorkshopsChanged)
                    }
                    _ => None,
                };
                if let Some(action) = action {
                    dispatcher.dispatch(action);
                }
            });
            move || drop(listener)
        });
    }

    html! {
        <ContextProvider<StoreHandle> context={store}>
            { props.children.clone() }
        </ContextProvider<StoreHandle>>
    }
}

/// The revision of each stored key.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Revisions {
    history: u32,
    progress: u32,
    settings: u32,
    workshops: u32,
}

/// Tells the state whether a write stuck, only when that changes, to avoid needless renders.
fn report(store: &StoreHandle, saved: bool) {
    if store.0.storage.save_failed == saved {
        store.dispatch(Action::Saved(saved));
    }
}
