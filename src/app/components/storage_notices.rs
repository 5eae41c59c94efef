//! Tells the user, in words, whenever storage lets them down, and hands back any data
//! that could not be read.

use crate::app::store::{use_store, Store};
use crate::model::kept::schema::{DamageReason, Key};
use crate::model::present::catalogue::{fill, Catalogue, Ui};
use crate::model::state::Kept;
use yew::prelude::*;

/// What to say of each key's trouble: (damaged, partly damaged, newer).
fn texts(ui: &Ui, key: Key) -> (&'static str, &'static str, &'static str) {
    match key {
        Key::History => (ui.history_damaged(), ui.entries_skipped(), ui.history_newer()),
        Key::Progress => (ui.progress_damaged(), ui.progress_damaged(), ui.progress_newer()),
        Key::Settings => (ui.settings_damaged(), ui.settings_damaged(), ui.settings_newer()),
        Key::Workshops => (ui.workshops_unreadable(), ui.workshops_unreadable(), ui.workshops_newer()),
        Key::Feedback => (ui.feedback_unreadable(), ui.feedback_unreadable(), ui.feedback_newer()),
        Key::Giving => (ui.giving_damaged(), ui.giving_damaged(), ui.giving_newer()),
    }
}

fn damage_reason(ui: &Ui, reason: DamageReason) -> &'static str {
    match reason {
        DamageReason::NotReadable => ui.damage_not_readable(),
        DamageReason::UnknownVersion => ui.damage_unknown_version(),
        DamageReason::NoResultList => ui.damage_no_result_list(),
        DamageReason::WrongShape => ui.damage_wrong_shape(),
        DamageReason::RefusedWorkshop => ui.damage_refused_workshop(),
        DamageReason::RepeatedWorkshop => ui.damage_repeated_workshop(),
        DamageReason::RefusedRequest => ui.damage_refused_request(),
    }
}

fn notice(store: &Store, ui: &Ui, key: Key, kept: &Kept) -> Option<Html> {
    let (damaged, partly, newer) = texts(ui, key);
    if kept.newer.is_some() {
        return Some(html! { <p>{ newer }</p> });
    }
    let damage = kept.damage.as_ref()?;
    let text = match &damage.reason {
        Some(reason) => fill(damaged, &[("reason", &damage_reason(ui, *reason))]),
        None => fill(partly, &[("count", &damage.skipped)]),
    };
    let (store, at) = (store.clone(), damage.at.clone());
    Some(html! {
        <p>
            { text }{ " " }
            <button type="button" class="link download-kept" onclick={move |_| store.download_kept(&at)}>
                { &ui.download_damaged() }
            </button>
        </p>
    })
}

#[component]
pub fn StorageNotices() -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let status = store.storage();
    let mut notices: Vec<Html> = Vec::new();
    if status.unavailable {
        notices.push(html! { <p>{ &ui.storage_unavailable() }</p> });
    } else if status.save_failed {
        notices.push(html! { <p>{ &ui.save_failed() }</p> });
    }
    notices.extend(Key::ALL.iter().filter_map(|&key| notice(&store, ui, key, status.key(key))));
    html! {
        <div class="storage-notices" role="alert">
            { for notices.into_iter().map(|notice| html! { <div class="notice warning">{ notice }</div> }) }
        </div>
    }
}
