//! A feedback code (`SF`) or summary code (`SS`) opened from its link. Where this device
//! holds the request it answers, or collects for it, it can be added there; anywhere else
//! the page says only what kind of code it is and where it belongs. The answers are never
//! shown here: they are read only where they belong, in a view that keeps them apart.

use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::router::{navigate, Link};
use crate::app::store::{use_store, Store};
use crate::app::{dom, explain, Route};
use crate::model::kept::feedback::{Asked, Collecting, Kind};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::envelope::{normalised, CodeError};
use crate::model::sharing::feedback::{decode_feedback, decode_summary, SUMMARY_PREFIX};
use crate::model::state::Holder;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackCodePageProps {
    pub code: String,
}

#[component]
pub fn FeedbackCodePage(props: &FeedbackCodePageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let read = read(&props.code);
    let title = match &read {
        Err(_) => ui.fcode_title(),
        Ok((_, Kind::Feedback)) => ui.fcode_feedback_title(),
        Ok((_, Kind::Summary)) => ui.fcode_summary_title(),
    };
    let heading = dom::use_view(title.to_string(), props.code.clone());
    let (request, kind) = match read {
        Ok(read) => read,
        Err(error) => {
            let why = html! {
                <p class="notice warning" id="fcode-error">{ fill(ui.fcode_bad(), &[("reason", &explain::feedback_code_error(&error))]) }</p>
            };
            return missing(&heading, ui.fcode_title(), why, None);
        }
    };
    let code = normalised(&props.code);
    let book = store.feedback();
    let body = match (book.asked(&request), book.collecting(&request)) {
        (Some(asked), _) => for_request(&store, asked, kind, code),
        (None, Some(collecting)) => for_collection(&store, collecting, kind, code),
        (None, None) => html! { <p id="fcode-what">{ match kind {
            Kind::Feedback => ui.fcode_feedback_what(),
            Kind::Summary => ui.fcode_summary_what(),
        } }</p> },
    };
    html! {
        <section class="feedback-code">
            { page_heading(&heading, title) }
            { body }
        </section>
    }
}

/// The id of the request a code answers, and its kind, chosen by its prefix.
fn read(code: &str) -> Result<(String, Kind), CodeError> {
    if normalised(code).starts_with(SUMMARY_PREFIX) {
        decode_summary(code).map(|summary| (summary.request, Kind::Summary))
    } else {
        decode_feedback(code).map(|feedback| (feedback.request, Kind::Feedback))
    }
}

/// A code for one's own request. A colleague's own answers to a request that asked for
/// them to go through a collector are not taken in: they are passed on to the collector.
fn for_request(store: &Store, asked: &Asked, kind: Kind, code: String) -> Html {
    let ui = &Catalogue::get().ui;
    let request = &asked.request;
    match (kind, &request.collector) {
        (Kind::Feedback, Some(collector)) => {
            return html! { <p id="fcode-to-collector">{ fill(ui.fcode_to_collector(), &[("collector", collector)]) }</p> }
        }
        (Kind::Summary, None) => return html! { <p id="fcode-not-here">{ ui.fcode_summary_not_here() }</p> },
        _ => {}
    }
    let held = asked.codes.contains(&code);
    let to = Route::Request { id: request.id.clone() };
    html! {
        <>
            <p id="fcode-for">{ fill(ui.fcode_for_request(), &[("name", &request.name)]) }</p>
            { add_or_open(store, (Holder::Asked, &request.id), code, held, to, [ui.fcode_add_request(), ui.fcode_in_request(), ui.fcode_open_request()]) }
        </>
    }
}

/// A code for a request one collects for: only colleagues' own answers belong there.
fn for_collection(store: &Store, collecting: &Collecting, kind: Kind, code: String) -> Html {
    let ui = &Catalogue::get().ui;
    let request = &collecting.request;
    let name: (&str, &dyn std::fmt::Display) = ("name", &request.name);
    if kind == Kind::Summary {
        return html! { <p id="fcode-to-asker">{ fill(ui.fcode_summary_to_asker(), &[name]) }</p> };
    }
    let held = collecting.codes.contains(&code);
    let to = Route::Collect { query: request.to_query() };
    html! {
        <>
            <p id="fcode-for">{ fill(ui.fcode_for_collection(), &[name]) }</p>
            { add_or_open(store, (Holder::Collecting, &request.id), code, held, to, [ui.fcode_add_collection(), ui.fcode_in_collection(), ui.fcode_open_collection()]) }
        </>
    }
}

/// A button that adds `code` to request or collection `id` and opens it at `to`, where
/// what became of the code is reported; or, if it is `held` already, a link there.
fn add_or_open(
    store: &Store,
    into: (Holder, &str),
    code: String,
    held: bool,
    to: Route,
    [add, already, open]: [&str; 3],
) -> Html {
    if held {
        return html! { <p id="fcode-held">{ already }{ " " }<Link {to}>{ open }</Link></p> };
    }
    let onadd = {
        let (store, (holder, id)) = (store.clone(), (into.0, into.1.to_string()));
        Callback::from(move |_: MouseEvent| {
            store.receive(holder, id.clone(), code.clone());
            navigate(&to);
        })
    };
    html! { <p><button type="button" class="primary" id="fcode-add" onclick={onadd}>{ add }</button></p> }
}
