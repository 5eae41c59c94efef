//! A colleague opening a feedback request's link: who asks, what the questions are and,
//! before anything is answered, what happens to the answers; once they are given, the
//! code to send back, kept on this device only until the colleague says it is sent.

use crate::app::components::confirm::Confirm;
use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::send_link::SendLink;
use crate::app::router::{navigate, Link};
use crate::app::{dom, explain, store::use_store, Route};
use crate::model::kept::progress::Giving;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::sharing::request::Request;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GivePageProps {
    pub query: String,
}

/// Where the colleague is with the request the page shows; focus moves to the heading
/// whenever it changes.
#[derive(Clone, PartialEq)]
enum Stage {
    /// Not yet answered: what it is about, and the way in.
    Before,
    /// Answered: the code to send.
    Answered(String),
    /// Sent and forgotten.
    Thanked,
}

#[component]
pub fn GivePage(props: &GivePageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    // The request whose answers were just forgotten as sent, to thank for.
    let thanked = use_state(|| None::<String>);
    let request = Request::from_query(&props.query);
    let stage = match (&request, store.giving()) {
        (Ok(request), Some(Giving::Answered { request: given, code })) if given.id == request.id => {
            Stage::Answered(code.clone())
        }
        (Ok(request), _) if thanked.as_deref() == Some(request.id.as_str()) => Stage::Thanked,
        _ => Stage::Before,
    };
    let title = match (&request, &stage) {
        (Err(_), _) => ui.give_title().to_string(),
        (Ok(request), Stage::Before) => fill(ui.give_heading(), &[("name", &request.name)]),
        (Ok(_), Stage::Answered(_)) => ui.giving_given().to_string(),
        (Ok(_), Stage::Thanked) => ui.give_thanks_title().to_string(),
    };
    let heading = dom::use_view(title.clone(), (props.query.clone(), stage.clone()));
    let request = match request {
        Ok(request) => request,
        Err(error) => {
            let why = html! {
                <p class="notice warning" id="give-error">{ fill(ui.give_bad_link(), &[("reason", &explain::link_error(&error))]) }</p>
            };
            return missing(&heading, ui.give_title(), why, None);
        }
    };
    let body = match stage {
        Stage::Before => html! { <Before request={request.clone()} /> },
        Stage::Answered(code) => {
            let onsent = {
                let (store, id) = (store.clone(), request.id.clone());
                Callback::from(move |_: MouseEvent| {
                    store.forget_giving();
                    thanked.set(Some(id.clone()));
                })
            };
            answered(&request, code, onsent)
        }
        Stage::Thanked => html! {
            <>
                <p id="give-thanks">{ fill(ui.give_thanks(), &[("name", &request.name)]) }</p>
                <p><Link to={Route::Landing}>{ ui.take_again() }</Link></p>
            </>
        },
    };
    html! {
        <section class="give">
            { page_heading(&heading, &title) }
            { body }
        </section>
    }
}

/// Who will read the answers, as the colleague must know before giving them.
fn who_reads(request: &Request) -> String {
    let ui = &Catalogue::get().ui;
    match &request.collector {
        None => fill(ui.give_direct(), &[("name", &request.name)]),
        Some(collector) => fill(ui.give_collector(), &[("name", &request.name), ("collector", collector)]),
    }
}

#[derive(Properties, PartialEq)]
struct BeforeProps {
    request: Request,
}

/// The request in plain words, and the way in: start, continue, or replace the answers
/// to another request (only one set is kept), with a confirmation.
#[component]
fn Before(props: &BeforeProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let request = &props.request;
    let name: (&str, &dyn std::fmt::Display) = ("name", &request.name);
    // Replacing another request's answers, or forgetting this one's: never both at once.
    let confirming = use_state(|| false);
    let forgotten = use_state(|| false);
    {
        // The Continue button became Start: keyboard users stay on it.
        use_effect_with(*forgotten, |forgotten| {
            if *forgotten {
                dom::focus_id("give-start");
            }
        });
    }
    let other = store.giving().and_then(Giving::request).filter(|r| r.id != request.id).cloned();
    let answering = match store.giving() {
        Some(Giving::Answering(progress)) if other.is_none() => Some(progress),
        _ => None,
    };

    let length = match request.variant {
        Variant::Full => ui.give_full(),
        Variant::Pulse => ui.give_pulse(),
    };
    let count = Bank::named(request.bank_version).order(request.variant).len();
    let start = {
        let (store, request) = (store.clone(), request.clone());
        Callback::from(move |_| {
            store.give(&request);
            navigate(&Route::Giving);
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let confirm = confirming.then(|| match &other {
        Some(other) => html! {
            <Confirm question={fill(ui.give_replace_question(), &[("other", &other.name)])} yes={ui.give_replace_yes()}
                onyes={start.clone()} oncancel={cancel} />
        },
        None => {
            let (store, confirming, forgotten) = (store.clone(), confirming.clone(), forgotten.clone());
            let onyes = Callback::from(move |_| {
                store.forget_giving();
                confirming.set(false);
                forgotten.set(true);
            });
            html! { <Confirm question={ui.give_forget_question()} yes={ui.give_forget()} {onyes} oncancel={cancel} /> }
        }
    });
    let onstart = if other.is_some() { ask.clone() } else { start.reform(|_: MouseEvent| ()) };

    html! {
        <>
            if store.feedback().asked(&request.id).is_some() { <p class="notice" id="give-own">{ ui.give_own() }</p> }
            <p id="give-length">{ fill(length, &[("count", &count), name]) }</p>
            <p>{ fill(ui.give_not_seen(), &[name]) }</p>
            <section class="card" aria-labelledby="give-happens-title">
                <h2 id="give-happens-title">{ ui.give_happens_title() }</h2>
                <p>{ ui.give_nothing_sent() }</p>
                <p class="give-who" id="give-who">{ who_reads(request) }</p>
            </section>
            if let Some(other) = &other {
                <div class="notice warning" id="give-other">
                    <p>{ fill(ui.give_other(), &[("other", &other.name)]) }</p>
                    <p><Link to={Route::Give { query: other.to_query() }}>{ fill(ui.give_other_open(), &[("other", &other.name)]) }</Link></p>
                </div>
            }
            if let Some(progress) = answering {
                <p id="give-progress">{ fill(ui.progress(), &[
                    ("answered", &progress.answered()),
                    ("total", &count),
                ]) }</p>
            }
            <p role="status" id="give-forgotten">{ if *forgotten { ui.give_forgotten() } else { "" } }</p>
            <p class="actions">
                <button type="button" class="primary" id="give-start" onclick={onstart}>
                    { if answering.is_some() { ui.give_continue() } else { ui.give_start() } }
                </button>
                if answering.is_some() {
                    <button type="button" id="give-forget" onclick={ask}>{ ui.give_forget() }</button>
                }
            </p>
            { for confirm }
        </>
    }
}

/// The answers given: the code to send, to whom, and the way to forget it once sent.
fn answered(request: &Request, code: String, onsent: Callback<MouseEvent>) -> Html {
    let ui = &Catalogue::get().ui;
    let name: (&str, &dyn std::fmt::Display) = ("name", &request.name);
    let send = match &request.collector {
        None => fill(ui.give_send_direct(), &[name]),
        Some(collector) => fill(ui.give_send_collector(), &[name, ("collector", collector)]),
    };
    let link = dom::link_to(&Route::Feedback { code: code.clone() });
    html! {
        <>
            <p class="give-who" id="give-send">{ send }</p>
            <SendLink id="give" {link} link_label={ui.give_link_label()}
                code={Some((AttrValue::from(code), AttrValue::from(ui.give_code_label())))}
                qr_label={fill(ui.give_qr_label(), &[name])}
                share_title={fill(ui.give_share_title(), &[name])}
                share_text={fill(ui.give_share_text(), &[name])} />
            <p class="note">{ ui.give_kept() }</p>
            <p><button type="button" class="primary" id="give-sent" onclick={onsent}>{ ui.give_sent() }</button></p>
        </>
    }
}
