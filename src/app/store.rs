//! The app's state as a Yew context: loaded once, persisted on every change, and kept in
//! step with other tabs through the `storage` event.

use crate::app::storage;
use crate::model::bank::Bank;
use crate::model::schema;
use crate::model::state::{Action, State};
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

    // History first: if the page dies between the two writes, the result is kept and
    // the finished assessment merely reappears as in progress.
    {
        let store = store.clone();
        use_effect_with(store.0.history_revision, move |revision| {
            if *revision > 0 && !store.0.storage.history_read_only() {
                report(&store, storage::save_history(&store.0.history));
            }
        });
    }
    {
        let store = store.clone();
        use_effect_with(store.0.progress_revision, move |revision| {
            if *revision > 0 {
                report(&store, storage::save_progress(store.0.progress.as_ref()));
            }
        });
    }
    {
        let store = store.clone();
        use_effect_with(store.0.settings_revision, move |revision| {
            if *revision > 0 {
                report(&store, storage::save_settings(&store.0.settings));
            }
        });
    }
    {
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo_utils::window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                let fresh = load_state();
                match event.key().as_deref() {
                    Some(schema::HISTORY_KEY) => {
                        dispatcher.dispatch(Action::HistoryChanged(fresh.history.as_ref().clone()))
                    }
                    Some(schema::PROGRESS_KEY) => dispatcher.dispatch(Action::ProgressChanged(fresh.progress)),
                    Some(schema::SETTINGS_KEY) => dispatcher.dispatch(Action::SettingsChanged(fresh.settings)),
                    _ => {}
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

/// Tells the state whether a write stuck, only when that changes, to avoid needless renders.
fn report(store: &StoreHandle, saved: bool) {
    if store.0.storage.save_failed == saved {
        store.dispatch(Action::Saved(saved));
    }
}
