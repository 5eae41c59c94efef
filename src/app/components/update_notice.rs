//! "A new version is available": shown when an update waits, applied only on request.

use crate::app::{dom, service_worker};
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

#[component]
pub fn UpdateNotice() -> Html {
    let available = use_state(|| false);
    {
        let available = available.clone();
        dom::use_mount(Box::new(move || service_worker::register(Callback::from(move |_| available.set(true)))));
    }
    let ui = &Catalogue::get().ui;
    // The live region is there from the start, so that its news is announced.
    html! {
        <div role="status">
            if *available {
                <div class="notice update" id="update-notice">
                    <p>{ ui.update_available() }</p>
                    <button type="button" class="primary" onclick={Callback::from(|_| service_worker::update_now())}>
                        { ui.update_reload() }
                    </button>
                </div>
            }
        </div>
    }
}
