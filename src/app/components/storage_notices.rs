//! Tells the user, in words, whenever storage lets them down, and hands back any data
//! that could not be read.

use crate::app::{dom, storage, store::use_store};
use crate::model::catalogue::{fill, Catalogue, Ui};
use crate::model::state::{Key, Kept};
use yew::prelude::*;

/// What to say of each key's trouble: (damaged, partly damaged, newer, download name).
fn texts(ui: &Ui, key: Key) -> (&'static str, &'static str, &'static str, &'static str) {
    match key {
        Key::History => (ui.history_damaged, ui.entries_skipped, ui.history_newer, "servewell-damaged-history.json"),
        Key::Progress => (ui.progress_damaged, ui.progress_damaged, ui.progress_newer, "servewell-damaged-progress.json"),
        Key::Settings => (ui.settings_damaged, ui.settings_damaged, ui.settings_newer, "servewell-damaged-goals.json"),
        Key::Workshops => (ui.workshops_unreadable, ui.workshops_unreadable, ui.workshops_newer, "servewell-damaged-workshops.json"),
    }
}

fn notice(ui: &Ui, key: Key, kept: &Kept) -> Option<Html> {
    let (damaged, partly, newer, file) = texts(ui, key);
    if let Some(version) = kept.newer {
        return Some(html! { <p>{ fill(newer, &[("version", &version)]) }</p> });
    }
    let damage = kept.damage.as_ref()?;
    let text = match &damage.reason {
        Some(reason) => fill(damaged, &[("reason", reason)]),
        None => fill(partly, &[("count", &damage.skipped)]),
    };
    let at = damage.at.clone();
    let ondownload = Callback::from(move |_: MouseEvent| {
        if let Some(raw) = storage::kept_text(&at) {
            let _ = dom::download(file, &raw, "application/json");
        }
    });
    Some(html! {
        <p>
            { text }{ " " }
            <button type="button" class="link" onclick={ondownload}>{ &ui.download_damaged }</button>
        </p>
    })
}

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
    for key in [Key::History, Key::Progress, Key::Settings, Key::Workshops] {
        notices.extend(notice(ui, key, status.key(key)));
    }
    html! {
        <div class="storage-notices" role="alert">
            { for notices.into_iter().map(|notice| html! { <div class="notice warning">{ notice }</div> }) }
        </div>
    }
}
