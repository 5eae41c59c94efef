//! The service worker (`static/sw.js`), from the page's side: registered in release
//! builds only, and watched for a new version, which waits until the user asks for it.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState, VisibilityState};
use yew::Callback;

/// Registers the worker and calls `on_update` when a new version is ready.
pub fn register(on_update: Callback<()>) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    spawn_local(async move {
        // A failed registration leaves the app working online, as without a worker.
        let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else { return };
        watch(container, registration.unchecked_into(), on_update);
    });
}

/// Lets the waiting version take over, then reloads this tab (and only this one: other
/// tabs may be in the middle of an assessment, so they keep their version until they
/// reload themselves).
pub fn update_now() {
    let Some(container) = container() else { return reload() };
    EventListener::once(&container, "controllerchange", |_| reload()).forget();
    spawn_local(async move {
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                let _ = worker.post_message(&"skip-waiting".into());
            }
            None => reload(),
        }
    });
}

fn container() -> Option<ServiceWorkerContainer> {
    // Missing where workers are unavailable or blocked: the app then simply stays online.
    let navigator = gloo_utils::window().navigator();
    js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?.dyn_into().ok()
}

fn watch(container: ServiceWorkerContainer, registration: ServiceWorkerRegistration, on_update: Callback<()>) {
    // Without a controller this is the first install, not an update.
    let is_update = move || container.controller().is_some();
    if registration.waiting().is_some() && is_update() {
        on_update.emit(());
    }
    // A page left open for days (a facilitator's laptop) looks again when it comes back
    // to the foreground; the browser itself looks on every navigation.
    let checked = registration.clone();
    EventListener::new(&gloo_utils::document(), "visibilitychange", move |_| {
        if gloo_utils::document().visibility_state() == VisibilityState::Visible {
            let _ = checked.update();
        }
    })
    .forget();
    let found = registration.clone();
    EventListener::new(&registration, "updatefound", move |_| {
        let Some(worker) = found.installing() else { return };
        let (installing, on_update, is_update) = (worker.clone(), on_update.clone(), is_update.clone());
        EventListener::new(&worker, "statechange", move |_| {
            if installing.state() == ServiceWorkerState::Installed && is_update() {
                on_update.emit(());
            }
        })
        .forget();
    })
    .forget();
}

fn reload() {
    let _ = gloo_utils::window().location().reload();
}
