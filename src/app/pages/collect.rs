//! The collector's page (`#/collect?…`): what collecting means for everyone, the codes
//! colleagues send, and from three codes up the one summary code to pass on to the person
//! who asked. Only the summary is shown: never one colleague's answers.

use crate::app::components::confirm::Confirm;
use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::send_link::SendLink;
use crate::app::{dom, explain, store::use_store, Route};
use crate::model::kept::feedback::{Collecting, Kind, Received};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::feedback::encode_summary;
use crate::model::sharing::others::summary_of;
use crate::model::sharing::request::Request;
use crate::model::state::Holder;
use std::fmt::Display;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CollectPageProps {
    pub query: String,
}

#[component]
pub fn CollectPage(props: &CollectPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let request = Request::from_query(&props.query);
    let title = match &request {
        Ok(request) if request.collector.is_some() => fill(ui.collector_title(), &[("name", &request.name)]),
        _ => ui.collector_page_title().to_string(),
    };
    let heading = dom::use_view(title.clone(), props.query.clone());
    let started = use_state(|| false);
    let deleting = use_state(|| false);
    let codes = use_node_ref();
    let collecting = request.as_ref().ok().and_then(|r| store.feedback().collecting(&r.id)).cloned();
    {
        // Once collecting has begun, the codes are what comes next.
        let started = *started;
        use_effect_with(collecting.is_some(), move |collecting| {
            if *collecting && started {
                dom::focus_id("collector-codes");
            }
        });
    }
    let request = match request {
        Ok(request) => request,
        Err(error) => {
            let why = html! {
                <p class="notice warning" id="collect-error">{ fill(ui.collector_bad_link(), &[("reason", &explain::link_error(&error))]) }</p>
            };
            return missing(&heading, &title, why, None);
        }
    };
    let name: &[(&str, &dyn Display)] = &[("name", &request.name)];
    if request.collector.is_none() {
        let why = html! { <p id="collect-error">{ fill(ui.collector_no_collector(), name) }</p> };
        let answer = fill(ui.collector_answer_instead(), name);
        return missing(&heading, &title, why, Some((Route::Give { query: props.query.clone() }, &answer)));
    }
    let body = match &collecting {
        None => {
            let onstart = {
                let (store, request, started) = (store.clone(), request.clone(), started.clone());
                Callback::from(move |_: MouseEvent| {
                    store.collect(&request);
                    started.set(true);
                })
            };
            html! { <p><button type="button" class="primary" id="collector-start" onclick={onstart}>{ ui.collector_start() }</button></p> }
        }
        Some(collecting) => {
            let report = store.received_report(Holder::Collecting, &request.id).map(report);
            let onadd = {
                let (store, codes, id) = (store.clone(), codes.clone(), request.id.clone());
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    if let Some(area) = codes.cast::<HtmlTextAreaElement>() {
                        store.receive(Holder::Collecting, id.clone(), area.value());
                        area.set_value("");
                    }
                })
            };
            let ondelete = {
                let deleting = deleting.clone();
                Callback::from(move |_: MouseEvent| deleting.set(true))
            };
            let confirm = deleting.then(|| {
                let (store, closing, id, heading) = (store.clone(), deleting.clone(), request.id.clone(), heading.clone());
                let onyes = Callback::from(move |_| {
                    store.delete_request(id.clone());
                    closing.set(false);
                    dom::focus(&heading);
                });
                let close = deleting.clone();
                let question = fill(ui.collector_delete_question(), name);
                html! { <Confirm {question} yes={ui.collector_delete()} {onyes} oncancel={Callback::from(move |_| close.set(false))} /> }
            });
            html! {
                <>
                    <section class="card no-print" aria-labelledby="collector-codes-heading">
                        <h2 id="collector-codes-heading">{ ui.collector_codes_title() }</h2>
                        <p>{ ui.collector_codes_text() }</p>
                        <form onsubmit={onadd}>
                            <label for="collector-codes">{ ui.collector_codes_label() }</label>
                            <textarea id="collector-codes" class="codes" ref={codes} rows="4" spellcheck="false" autocapitalize="characters" />
                            <p><button type="submit" class="primary" id="collector-add">{ ui.collector_add() }</button></p>
                        </form>
                        <div role="status">
                            { for report }
                            <p id="collector-count">{ fill(ui.collector_count(), &[("count", &collecting.codes.len())]) }</p>
                        </div>
                    </section>
                    { summary(&request, collecting) }
                    <p class="actions no-print">
                        <button type="button" id="collector-delete" onclick={ondelete}>{ ui.collector_delete() }</button>
                    </p>
                    { for confirm }
                </>
            }
        }
    };
    html! {
        <section class="collect">
            { page_heading(&heading, &title) }
            <p>{ fill(ui.collector_intro(), name) }</p>
            <ul class="collector-facts">
                <li>{ fill(ui.collector_how(), name) }</li>
                <li>{ fill(ui.collector_private(), name) }</li>
                <li>{ ui.collector_trust() }</li>
                <li>{ ui.collector_nothing_sent() }</li>
            </ul>
            { body }
        </section>
    }
}

/// One line per pasted code, saying what became of it.
fn report(report: &[(String, Received)]) -> Html {
    html! {
        <ul class="code-report" id="collector-report">
            { for report.iter().map(|(code, received)| html! {
                <li class={classes!((*received == Received::Accepted).then_some("accepted"))}>
                    <code>{ code }</code>{ ": " }{ explain::received(received, Kind::Feedback) }
                </li>
            }) }
        </ul>
    }
}

/// The summary to pass on, from three codes up, with how many codes it sums up; until
/// then, what to wait for.
fn summary(request: &Request, collecting: &Collecting) -> Html {
    let ui = &Catalogue::get().ui;
    let name: &[(&str, &dyn Display)] = &[("name", &request.name)];
    let feedback = collecting.feedback();
    let content = match summary_of(&feedback) {
        None => html! { <p id="collector-waiting">{ fill(ui.collector_waiting(), name) }</p> },
        Some(summary) => {
            let code = encode_summary(&summary);
            let link = dom::link_to(&Route::Feedback { code: code.clone() });
            let counted: &[(&str, &dyn Display)] = &[("counted", &summary.colleagues), ("received", &feedback.len())];
            let counted = if summary.colleagues == feedback.len() {
                fill(ui.collector_summary_all(), counted)
            } else {
                fill(ui.collector_summary_some(), counted)
            };
            html! {
                <>
                    <p id="collector-counted">{ counted }</p>
                    <p>{ fill(ui.collector_send(), name) }</p>
                    <SendLink id="collector-summary" {link} link_label={ui.collector_summary_link()}
                        code={Some((AttrValue::from(code), AttrValue::from(ui.collector_summary_code())))}
                        qr_label={fill(ui.collector_summary_qr(), name)}
                        share_title={fill(ui.collector_share_title(), name)} share_text={ui.collector_share_text()} />
                </>
            }
        }
    };
    html! {
        <section class="card" aria-labelledby="collector-summary-heading">
            <h2 id="collector-summary-heading">{ fill(ui.collector_summary_title(), name) }</h2>
            { content }
        </section>
    }
}
