//! The facilitator's start: create a workshop, and the list of those already made.

use crate::app::components::page_heading::page_heading;
use crate::app::router::{navigate, Link};
use crate::app::{dom, store::use_store, Route};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::Variant;
use crate::model::sharing::workshop::{Draft, DraftProblem, MAX_MESSAGE, MAX_TITLE};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[component]
pub fn WorkshopsPage() -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.workshops_title().to_string(), ());
    let (title, variant, message, date) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    // Which field is wrong, and why.
    let problem = use_state(|| None::<&'static str>);
    let onsubmit = {
        let (store, problem) = (store.clone(), problem.clone());
        let (title, variant, message, date) = (title.clone(), variant.clone(), message.clone(), date.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let input = |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let variant =
                variant.cast::<HtmlSelectElement>().and_then(|s| Variant::from_id(&s.value())).unwrap_or(Variant::Full);
            let draft = Draft {
                title: input(&title),
                variant,
                message: message.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default(),
                date: input(&date),
            };
            match store.create_workshop(draft) {
                Ok(id) => navigate(&Route::Workshop { id }),
                Err(DraftProblem::Title) => {
                    problem.set(Some(Catalogue::get().ui.workshop_title_needed()));
                    dom::focus(&title);
                }
                Err(DraftProblem::LinkTooLong) => {
                    problem.set(Some(Catalogue::get().ui.workshop_link_too_long()));
                    dom::focus(&message);
                }
            }
        })
    };
    html! {
        <section class="workshops">
            { page_heading(&heading, ui.workshops_title()) }
            <p>{ ui.workshops_intro() }</p>
            <form class="card" {onsubmit} novalidate=true>
                <h2>{ ui.workshop_new() }</h2>
                <p class="field">
                    <label for="workshop-title">{ ui.workshop_title_label() }</label>
                    <input id="workshop-title" ref={title} type="text" maxlength={MAX_TITLE.to_string()} required=true
                        aria-invalid={problem.is_some().to_string()} aria-describedby="workshop-problem" />
                </p>
                <p class="field">
                    <label for="workshop-variant">{ ui.workshop_variant_label() }</label>
                    <select id="workshop-variant" ref={variant}>
                        // Said, not left to the engine: WebKit and Chromium pick different
                        // options of a select that Yew fills without one marked.
                        <option value={Variant::Full.id()} selected=true>{ ui.variant_full() }</option>
                        <option value={Variant::Pulse.id()}>{ ui.variant_pulse() }</option>
                    </select>
                </p>
                <p class="field">
                    <label for="workshop-message">{ ui.workshop_message_label() }</label>
                    <textarea id="workshop-message" ref={message} rows="2" maxlength={MAX_MESSAGE.to_string()} aria-describedby="workshop-problem" />
                </p>
                <p id="workshop-problem" class="problem" role="alert">{ problem.unwrap_or("") }</p>
                <p class="field">
                    <label for="workshop-date">{ ui.workshop_date_label() }</label>
                    <input id="workshop-date" ref={date} type="date" />
                </p>
                <button type="submit" class="primary" id="create-workshop">{ ui.workshop_create() }</button>
            </form>
            <h2>{ ui.workshops_yours() }</h2>
            if store.workshops().is_empty() {
                <p>{ ui.workshops_none() }</p>
            } else {
                <ul class="workshop-list">
                    { for store.workshops().iter().rev().map(|w| html! {
                        <li>
                            <Link to={Route::Workshop { id: w.workshop.id.clone() }}>{ &w.workshop.title }</Link>
                            { format!(" ({}, {}). ", Catalogue::get().variant_name(w.workshop.variant), dom::format_date(w.created_at)) }
                            { fill(ui.workshop_results_count(), &[("count", &w.codes.len())]) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
