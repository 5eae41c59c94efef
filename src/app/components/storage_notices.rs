//! Tells the user, in words, whenever storage lets them down.

use crate::app::{dom, storage, store::use_store};
use crate::model::catalogue::{fill, Catalogue};
use crate::model::schema::LoadError;
use yew::prelude::*;

#[component]
pub fn StorageNotices() -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let status = &store.0.storage;
    let mut notices: Vec<Html> = Vec::new();
    if status.unavailable {
        notices.push(html! { <p>{ &ui.storage_unavailable }</p> });
    } else if status.save_failed {
        notices.push(html! { <p>{ &ui.save_failed }</p> });
    }
    match &status.history_problem {
        Some(LoadError::Damaged(reason)) => {
            let locked = status.history_locked;
            let ondownload = Callback::from(move |_: MouseEvent| {
                if let Some(raw) = storage::damaged_history(locked) {
                    let _ = dom::download("servewell-damaged-history.json", &raw, "application/json");
                }
            });
            notices.push(html! {
                <p>
                    { fill(ui.history_damaged, &[("reason", reason)]) }{ " " }
                    <button type="button" class="link" onclick={ondownload}>{ &ui.download_damaged }</button>
                </p>
            });
        }
        Some(LoadError::Newer(version)) => notices.push(html! { <p>{ fill(ui.history_newer, &[("version", version)]) }</p> }),
        None => {}
    }
    if status.skipped > 0 {
        notices.push(html! { <p>{ fill(ui.entries_skipped, &[("count", &status.skipped)]) }</p> });
    }
    if status.workshops_locked {
        notices.push(html! { <p>{ ui.workshops_unreadable }</p> });
    }
    if status.progress_damaged {
        notices.push(html! { <p>{ &ui.progress_damaged }</p> });
    }
    html! {
        <div class="storage-notices" role="alert">
            { for notices.into_iter().map(|notice| html! { <div class="notice warning">{ notice }</div> }) }
        </div>
    }
}
