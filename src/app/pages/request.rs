//! One's own feedback request: the links to send, the codes that came back, and
//! colleagues' view beside one's own (never below three colleagues, and only in whole
//! groups of three); closing and deleting it.

use crate::app::components::confirm::Confirm;
use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::self_other::self_other;
use crate::app::components::send_link::SendLink;
use crate::app::pages::ask::time_to_answer;
use crate::app::router::{navigate, Link};
use crate::app::store::{use_store, Store};
use crate::app::{dom, explain, language, Route};
use crate::model::kept::feedback::{Asked, Received};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::others::{from_feedback, from_summary};
use crate::model::state::Holder;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequestPageProps {
    pub id: String,
}

/// An act that loses something, waiting for its confirmation.
#[derive(Clone, Copy, PartialEq)]
enum Ending {
    Close,
    Delete,
}

#[component]
pub fn RequestPage(props: &RequestPageProps) -> Html {
    let store = use_store();
    let en = Catalogue::get();
    let ui = &en.ui;
    let heading = dom::use_view(ui.request_title().to_string(), props.id.clone());
    let ending = use_state(|| None::<Ending>);
    let codes = use_node_ref();
    let Some(asked) = store.feedback().asked(&props.id) else {
        let why = html! { <p id="request-missing">{ ui.request_missing() }</p> };
        return missing(&heading, ui.request_title(), why, Some((Route::History, ui.nav_history())));
    };
    let request = &asked.request;
    let route_line = match &request.collector {
        Some(collector) => fill(ui.request_collector_line(), &[("collector", collector)]),
        None => ui.request_direct_line().to_string(),
    };
    let made = fill(
        ui.request_made(),
        &[
            ("variant", &en.variant_name(request.variant)),
            ("name", &request.name),
            ("date", &dom::format_date(asked.created_at)),
        ],
    );
    html! {
        <article class="request">
            { page_heading(&heading, ui.request_title()) }
            <p class="taken" id="request-made">{ made }{ " " }{ route_line }</p>
            { beside_line(&store, asked) }
            if asked.closed {
                <p class="notice" id="request-closed">{ ui.request_closed() }</p>
            } else {
                { send_links(asked) }
            }
            { receive_form(&store, asked, codes) }
            { colleagues_view(&store, asked) }
            { manage(&store, asked, ending) }
        </article>
    }
}

/// Which of one's results colleagues' view is set beside, with a link to it.
fn beside_line(store: &Store, asked: &Asked) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let Some(id) = &asked.result else {
        return html! { <p class="note" id="request-beside">{ ui.request_beside_none() }</p> };
    };
    let Some(result) = store.result(id) else {
        return html! { <p class="note" id="request-beside">{ ui.request_beside_gone() }</p> };
    };
    let text = fill(
        ui.request_beside(),
        &[("date", &dom::format_date(result.taken_at)), ("variant", &en.variant_name(result.variant))],
    );
    html! {
        <p id="request-beside">{ text }{ " " }<Link to={Route::Result { id: id.clone() }}>{ ui.open() }</Link></p>
    }
}

/// The link for colleagues, with a message to send with it; through a collector, also
/// the collector's own link.
fn send_links(asked: &Asked) -> Html {
    let ui = &Catalogue::get().ui;
    let request = &asked.request;
    let query = language::tagged(request.to_query());
    let time = time_to_answer(request.variant);
    let (intro, message) = match &request.collector {
        Some(collector) => (
            fill(ui.request_send_collector(), &[("collector", collector)]),
            fill(ui.request_message_collector(), &[("time", &time), ("collector", collector)]),
        ),
        None => (ui.request_send_direct().to_string(), fill(ui.request_message_direct(), &[("time", &time)])),
    };
    let share_title = fill(ui.request_share_title(), &[("name", &request.name)]);
    html! {
        <>
            <section class="card" aria-labelledby="send-heading">
                <h2 id="send-heading">{ ui.request_send_title() }</h2>
                <p>{ intro }</p>
                <SendLink id="request" link={dom::link_to(&Route::Give { query: query.clone() })}
                    link_label={ui.request_link_label()} qr_label={ui.request_qr()}
                    share_title={share_title} share_text={message.clone()} />
                <h3>{ ui.request_message_label() }</h3>
                <blockquote class="message" id="request-message"><p>{ message }</p></blockquote>
            </section>
            if let Some(collector) = &request.collector {
                <section class="card" aria-labelledby="collector-heading">
                    <h2 id="collector-heading">{ fill(ui.request_collector_title(), &[("collector", collector)]) }</h2>
                    <p>{ fill(ui.request_collector_text(), &[("collector", collector)]) }</p>
                    <SendLink id="collector" link={dom::link_to(&Route::Collect { query })}
                        link_label={ui.request_collector_link_label()} qr_label={ui.request_collector_qr()}
                        share_title={fill(ui.request_collector_share_title(), &[("name", &request.name)])}
                        share_text={ui.request_collector_message()} />
                </section>
            }
        </>
    }
}

/// Where codes that came back are pasted, and what became of each.
fn receive_form(store: &Store, asked: &Asked, codes: NodeRef) -> Html {
    let ui = &Catalogue::get().ui;
    let kind = asked.kind();
    let (title, text, label, add) = match &asked.request.collector {
        Some(collector) => (
            fill(ui.request_summary_title(), &[("collector", collector)]),
            fill(ui.request_summary_text(), &[("collector", collector)]),
            ui.request_summary_label(),
            ui.request_add_summary(),
        ),
        None => (
            ui.request_receive_title().to_string(),
            ui.request_receive_text().to_string(),
            ui.request_receive_label(),
            ui.collect_add(),
        ),
    };
    let onsubmit = {
        let (store, id, codes) = (store.clone(), asked.request.id.clone(), codes.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(area) = codes.cast::<HtmlTextAreaElement>() {
                store.receive(Holder::Asked, id.clone(), area.value());
                area.set_value("");
            }
        })
    };
    let report = store.received_report(Holder::Asked, &asked.request.id).map(|report| {
        html! {
            <ul class="code-report" id="received-report">
                { for report.iter().map(|(code, verdict)| html! {
                    <li class={classes!((*verdict == Received::Accepted).then_some("accepted"))}>
                        <code>{ code }</code>{ ": " }{ explain::received(verdict, kind) }
                    </li>
                }) }
            </ul>
        }
    });
    html! {
        <section class="card no-print" aria-labelledby="receive-heading">
            <h2 id="receive-heading">{ title }</h2>
            <p>{ text }</p>
            <form {onsubmit}>
                <label for="codes">{ label }</label>
                <textarea id="codes" ref={codes} rows="4" spellcheck="false" autocapitalize="characters" />
                <p><button type="submit" class="primary" id="add-codes">{ add }</button></p>
            </form>
            <div role="status">{ for report }</div>
        </section>
    }
}

/// Colleagues' view beside one's own, once there is one; until then, how many answered.
fn colleagues_view(store: &Store, asked: &Asked) -> Html {
    let ui = &Catalogue::get().ui;
    let waiting = |text: String| html! { <p class="notice" id="others-waiting">{ text }</p> };
    let (others, received) = match &asked.request.collector {
        Some(collector) => match asked.summary() {
            Some(summary) => {
                let others = from_summary(&summary);
                let colleagues = others.colleagues;
                (others, colleagues)
            }
            None => return waiting(fill(ui.request_summary_waiting(), &[("collector", collector)])),
        },
        None => {
            let feedback = asked.feedback();
            match from_feedback(&feedback) {
                Some(others) => (others, feedback.len()),
                None => return waiting(fill(ui.request_waiting(), &[("count", &feedback.len())])),
            }
        }
    };
    let own = asked.result.as_deref().and_then(|id| store.result(id));
    self_other(own, &asked.request, &others, received)
}

/// Closing and deleting, each with what it does, confirmed before it is done.
fn manage(store: &Store, asked: &Asked, ending: UseStateHandle<Option<Ending>>) -> Html {
    let ui = &Catalogue::get().ui;
    let ask = |what: Ending| {
        let ending = ending.clone();
        Callback::from(move |_: MouseEvent| ending.set(Some(what)))
    };
    let confirm = (*ending).map(|what| {
        let (store, id, done) = (store.clone(), asked.request.id.clone(), ending.clone());
        let onyes = Callback::from(move |_| {
            done.set(None);
            match what {
                Ending::Close => store.close_request(id.clone()),
                Ending::Delete => {
                    store.delete_request(id.clone());
                    navigate(&Route::History);
                }
            }
        });
        let (question, yes) = match what {
            Ending::Close => (ui.request_close_question(), ui.request_close()),
            Ending::Delete => (ui.request_delete_question(), ui.request_delete()),
        };
        let cancel = ending.clone();
        html! { <Confirm {question} {yes} {onyes} oncancel={Callback::from(move |_| cancel.set(None))} /> }
    });
    html! {
        <section class="no-print" aria-labelledby="manage-heading">
            <h2 id="manage-heading">{ ui.request_manage_title() }</h2>
            if !asked.closed { <p>{ ui.request_close_text() }</p> }
            <p>{ ui.request_delete_text() }</p>
            <p class="actions">
                if !asked.closed {
                    <button type="button" id="close-request" onclick={ask(Ending::Close)}>{ ui.request_close() }</button>
                }
                <button type="button" id="delete-request" onclick={ask(Ending::Delete)}>{ ui.request_delete() }</button>
            </p>
            { for confirm }
        </section>
    }
}
