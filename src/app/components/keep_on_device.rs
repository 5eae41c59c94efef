//! Keeping ServeWell on the device, shown only where keeping data matters (the data page,
//! a first result), never once the app runs installed: the browser's own install offer
//! where it makes one (Chromium's `beforeinstallprompt`), and in Safari on iPhone and
//! iPad, which has no such offer, the steps to "Add to Home Screen" and its seven-day
//! rule, with the backup a tap away.

use crate::app::dom;
use crate::app::store::use_store;
use crate::model::present::catalogue::Catalogue;
use gloo_events::{EventListener, EventListenerOptions};
use js_sys::Reflect;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// The browser's install offer, kept from the moment it comes, often before the first draw.
    static OFFER: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

const OFFERED: &str = "beforeinstallprompt";

/// Keeps the browser's install offer for the button, instead of its own banner. Called
/// before anything is drawn, so that an early offer is not missed.
pub fn listen() {
    let window = gloo_utils::window();
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&window, OFFERED, options, |event| {
        event.prevent_default();
        OFFER.set(Some(event.clone()));
    })
    .forget();
    EventListener::new(&window, "appinstalled", |_| OFFER.set(None)).forget();
}

/// Whether this page runs as the installed app: Safari's `navigator.standalone`, or the
/// manifest's display mode elsewhere.
fn installed() -> bool {
    let window = gloo_utils::window();
    Reflect::get(&window.navigator(), &"standalone".into()).ok().and_then(|v| v.as_bool()) == Some(true)
        || window.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|m| m.matches())
}

/// Safari on iPhone and iPad: the only browser with `navigator.standalone`.
fn safari_mobile() -> bool {
    Reflect::has(&gloo_utils::window().navigator(), &"standalone".into()).unwrap_or(false)
}

#[derive(Properties, PartialEq)]
pub struct KeepOnDeviceProps {
    /// Whether to offer a backup beside Safari's seven-day rule (the data page has its own).
    #[prop_or(true)]
    pub backup: bool,
}

#[component]
pub fn KeepOnDevice(props: &KeepOnDeviceProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let redraw = use_force_update();
    {
        // An offer that comes while this is on screen shows the button at once; `listen`
        // heard it first and kept it.
        let redraw = redraw.clone();
        dom::use_window_listener(OFFERED, Box::new(move |_| redraw.force_update()));
    }
    let offer = OFFER.with_borrow(Clone::clone);
    let safari = safari_mobile();
    if installed() || (offer.is_none() && !safari) {
        return Html::default();
    }
    let oninstall = offer.map(|offer| {
        Callback::from(move |_: MouseEvent| {
            if let Some(prompt) =
                Reflect::get(&offer, &"prompt".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            {
                let _ = prompt.call0(&offer);
            }
            // An offer can be shown once: whatever the answer, the button goes.
            OFFER.set(None);
            redraw.force_update();
        })
    });
    html! {
        <section class="card keep-on-device" id="keep-on-device" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{ ui.install_title() }</h2>
            <p>{ ui.install_text() }</p>
            if let Some(onclick) = oninstall {
                <p><button type="button" id="install" {onclick}>{ ui.install_button() }</button></p>
            }
            if safari {
                <p id="install-steps">{ ui.install_safari() }</p>
                <p id="seven-days">{ ui.install_seven_days() }</p>
                if props.backup {
                    <p><button type="button" id="keep-backup" onclick={move |_| store.download_backup()}>{ ui.export_button() }</button></p>
                }
            }
        </section>
    }
}
