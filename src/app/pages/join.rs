//! A participant opening a workshop link: the workshop, in plain text, and the way in.
//! An assessment already under way is never overwritten without asking.

use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::pages::workshop::variant_and_date;
use crate::app::router::navigate;
use crate::app::{dom, explain, store::use_store, Route};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::workshop::Workshop;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JoinPageProps {
    pub query: String,
}

#[component]
pub fn JoinPage(props: &JoinPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.join_title().to_string(), props.query.clone());
    let workshop = match Workshop::from_query(&props.query) {
        Ok(workshop) => workshop,
        Err(error) => {
            let why = html! {
                <p class="notice warning" id="join-error">{ fill(ui.join_bad_link(), &[("reason", &explain::link_error(&error))]) }</p>
            };
            return missing(&heading, ui.join_title(), why, None);
        }
    };
    // Opening the link again while taking this workshop's questionnaire just continues it.
    let unfinished = store.progress().is_some_and(|p| p.workshop.as_ref().is_none_or(|w| w.id != workshop.id));
    let onstart = {
        let (store, workshop) = (store.clone(), workshop.clone());
        Callback::from(move |_: MouseEvent| {
            store.join(&workshop);
            navigate(&Route::Assessment);
        })
    };
    html! {
        <section class="join">
            { page_heading(&heading, &workshop.title) }
            <p class="variant">{ variant_and_date(&workshop) }</p>
            if !workshop.message.is_empty() { <p class="card workshop-message">{ &workshop.message }</p> }
            <p>{ ui.privacy_text() }</p>
            if unfinished {
                <div class="confirm">
                    <p>{ ui.join_unfinished() }</p>
                    <div class="actions">
                        <button type="button" onclick={Callback::from(|_| navigate(&Route::Assessment))}>{ ui.join_continue() }</button>
                        <button type="button" class="primary" id="join-start" onclick={onstart}>{ ui.join_start() }</button>
                    </div>
                </div>
            } else {
                <p><button type="button" class="primary" id="join-start" onclick={onstart}>{ ui.join_start() }</button></p>
            }
        </section>
    }
}
