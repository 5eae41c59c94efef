//! A new feedback request: the name colleagues know the person by, the questionnaire they
//! answer, and whether their answers come straight back or through a collector, set
//! beside one of the person's results.

use crate::app::components::page_heading::page_heading;
use crate::app::components::result_picker::{result_label, result_picker};
use crate::app::router::{navigate, Link};
use crate::app::store::{use_store, Store};
use crate::app::{dom, explain, Route};
use crate::model::kept::history::SavedResult;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::Variant;
use crate::model::sharing::request::{RequestProblem, MAX_NAME};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AskPageProps {
    /// The result to set colleagues' view beside, if the person came from one.
    pub result: Option<String>,
}

/// How long colleagues take to answer `variant`, in words.
pub fn time_to_answer(variant: Variant) -> &'static str {
    let ui = &Catalogue::get().ui;
    match variant {
        Variant::Full => ui.request_time_full(),
        Variant::Pulse => ui.request_time_pulse(),
    }
}

/// The result asked for, else the latest full one, else the latest.
fn default_result<'a>(store: &'a Store, asked_for: Option<&str>) -> Option<&'a SavedResult> {
    let history = store.history();
    asked_for
        .and_then(|id| store.result(id))
        .or_else(|| history.iter().rev().find(|r| r.variant == Variant::Full))
        .or_else(|| history.last())
}

#[component]
pub fn AskPage(props: &AskPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.ask_title().to_string(), props.result.clone());
    // What the person picked; until then, what the page suggests.
    let picked_result = use_state(|| None::<String>);
    let picked_variant = use_state(|| None::<Variant>);
    let via_collector = use_state(|| false);
    let problem = use_state(|| None::<RequestProblem>);
    let (name, collector) = (use_node_ref(), use_node_ref());

    let beside = match picked_result.as_deref() {
        Some(id) => store.result(id),
        None => default_result(&store, props.result.as_deref()),
    };
    let variant = picked_variant.unwrap_or(match beside {
        Some(result) => result.variant,
        None => Variant::Full,
    });
    // The name last asked with, so that a second request needs no typing: filled in once
    // rather than bound as `value`, which would reset what is typed on every render.
    {
        let last_name = store.feedback().asked.last().map(|a| a.request.name.clone()).unwrap_or_default();
        let name = name.clone();
        dom::use_mount(Box::new(move || {
            if let Some(input) = name.cast::<HtmlInputElement>() {
                input.set_value(&last_name);
            }
        }));
    }

    let onsubmit = {
        let (store, problem, via_collector) = (store.clone(), problem.clone(), *via_collector);
        let (name, collector) = (name.clone(), collector.clone());
        let result = beside.map(|r| r.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let collector_name = via_collector.then(|| value(&collector));
            match store.ask(&value(&name), variant, collector_name.as_deref(), result.clone()) {
                Ok(id) => navigate(&Route::Request { id }),
                Err(found) => {
                    problem.set(Some(found));
                    dom::focus(if found == RequestProblem::Collector { &collector } else { &name });
                }
            }
        })
    };
    let choose_variant = |v: Variant| {
        let picked = picked_variant.clone();
        Callback::from(move |_: Event| picked.set(Some(v)))
    };
    let choose_route = |collect: bool| {
        let via = via_collector.clone();
        Callback::from(move |_: Event| via.set(collect))
    };
    // Which field is wrong: its message sits under it.
    let problem_at = |field: &[RequestProblem]| problem.filter(|p| field.contains(p)).map(explain::request_problem);
    let name_problem = problem_at(&[RequestProblem::Name, RequestProblem::LinkTooLong]);
    let collector_problem = problem_at(&[RequestProblem::Collector]);

    html! {
        <section class="ask">
            { page_heading(&heading, ui.ask_title()) }
            <p>{ ui.ask_intro() }</p>
            if beside.is_none() {
                <div class="notice" id="ask-no-result">
                    <p>{ ui.ask_no_result() }</p>
                    <p><Link to={Route::Landing}>{ ui.take_again() }</Link></p>
                </div>
            }
            <form class="card" {onsubmit} novalidate=true>
                { for beside.map(|result| beside_picker(&store, result, picked_result.clone())) }
                <p class="field">
                    <label for="ask-name">{ ui.ask_name_label() }</label>
                    <span class="help" id="ask-name-help">{ ui.ask_name_help() }</span>
                    <input id="ask-name" ref={name} type="text" maxlength={MAX_NAME.to_string()} required=true
                        autocomplete="name" aria-invalid={name_problem.is_some().to_string()}
                        aria-describedby="ask-name-help ask-name-problem" />
                    <span id="ask-name-problem" class="problem" role="alert">{ name_problem.unwrap_or_default() }</span>
                </p>
                <fieldset class="options">
                    <legend>{ ui.ask_variant_legend() }</legend>
                    { option("ask-full", "ask-variant", ui.variant_full(),
                        &fill(ui.ask_full_hint(), &[("time", &time_to_answer(Variant::Full))]),
                        variant == Variant::Full, choose_variant(Variant::Full)) }
                    { option("ask-pulse", "ask-variant", ui.variant_pulse(),
                        &fill(ui.ask_pulse_hint(), &[("time", &time_to_answer(Variant::Pulse))]),
                        variant == Variant::Pulse, choose_variant(Variant::Pulse)) }
                </fieldset>
                <fieldset class="options">
                    <legend>{ ui.ask_route_legend() }</legend>
                    { option("ask-direct", "ask-route", ui.ask_direct(), ui.ask_direct_hint(), !*via_collector, choose_route(false)) }
                    { option("ask-collector", "ask-route", ui.ask_collector(), ui.ask_collector_hint(), *via_collector, choose_route(true)) }
                    if *via_collector {
                        <p class="field">
                            <label for="ask-collector-name">{ ui.ask_collector_label() }</label>
                            <input id="ask-collector-name" ref={collector} type="text" maxlength={MAX_NAME.to_string()}
                                required=true aria-invalid={collector_problem.is_some().to_string()}
                                aria-describedby="ask-collector-problem" />
                            <span id="ask-collector-problem" class="problem" role="alert">{ collector_problem.unwrap_or_default() }</span>
                        </p>
                    }
                </fieldset>
                <p class="note">{ ui.ask_minimum() }</p>
                <button type="submit" class="primary" id="ask-create">{ ui.ask_create() }</button>
            </form>
        </section>
    }
}

/// Which result colleagues' view is set beside.
fn beside_picker(store: &Store, beside: &SavedResult, picked: UseStateHandle<Option<String>>) -> Html {
    let choices = store.history().iter().rev().map(|r| (r.id.clone(), result_label(r, ""))).collect();
    let ui = &Catalogue::get().ui;
    result_picker(
        "ask-result",
        ui.ask_beside(),
        choices,
        &beside.id,
        None,
        Callback::from(move |id| picked.set(Some(id))),
    )
}

/// A radio button with what choosing it means, inside its label.
fn option(id: &str, group: &str, label: &str, hint: &str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="option" for={id.to_string()}>
            <input type="radio" id={id.to_string()} name={group.to_string()} {checked} {onchange} />
            <span><strong>{ label.to_string() }</strong><span class="hint">{ hint.to_string() }</span></span>
        </label>
    }
}
