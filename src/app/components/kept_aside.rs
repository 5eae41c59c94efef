//! Copies of data that could not be read, set aside in storage, each to download.

use crate::app::store::use_store;
use crate::model::kept::schema::Key;
use crate::model::present::catalogue::{fill, Catalogue};
use yew::prelude::*;

/// Data that could not be read when it was loaded, kept beside its key rather than
/// written over: the user can take it away on any later visit, not only from the notice.
#[component]
pub fn KeptAside() -> Html {
    // Re-rendered whenever the state changes: a write may set data aside.
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let kept = store.kept_aside();
    if kept.is_empty() {
        return Html::default();
    }
    let items = kept.into_iter().map(|(key, slot, at)| {
        let what = match key {
            Key::History => ui.aside_history(),
            Key::Progress => ui.aside_progress(),
            Key::Settings => ui.aside_settings(),
            Key::Workshops => ui.aside_workshops(),
            Key::Feedback => ui.aside_feedback(),
            Key::Giving => ui.aside_giving(),
        };
        let label = fill(ui.aside_copy(), &[("what", &what), ("number", &(slot + 1))]);
        let store = store.clone();
        html! {
            <li><button type="button" class="link download-kept" onclick={move |_| store.download_kept(&at)}>{ label }</button></li>
        }
    });
    html! {
        <section class="card" aria-labelledby="aside-heading" id="kept-aside">
            <h2 id="aside-heading">{ ui.aside_title() }</h2>
            <p>{ ui.aside_text() }</p>
            <ul>{ for items }</ul>
        </section>
    }
}
