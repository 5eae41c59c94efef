//! The questionnaire: five items a page, progress, Back and Next, and a last check for
//! unanswered items before the result. The same pages serve a colleague answering
//! someone's feedback request, in the third person and with "I haven't seen this".

use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::unanswered::unanswered_list;
use crate::app::components::{confirm::Confirm, item_field::ItemField};
use crate::app::router::{self, Link};
use crate::app::store::use_store;
use crate::app::{dom, Route};
use crate::model::kept::progress::{Giving, InProgress, PER_PAGE};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::answers::Answer;
use crate::model::sharing::request::Request;
use crate::model::state::Sheet;
use yew::prelude::*;

#[component]
pub fn Questionnaire() -> Html {
    let store = use_store();
    match store.progress().cloned() {
        Some(progress) => html! { <Pages {progress} sheet={Sheet::Own} /> },
        None => html! { <NoProgress /> },
    }
}

/// A colleague's answers about the person who asked; once given, the way to send them.
#[component]
pub fn GivingQuestionnaire() -> Html {
    let store = use_store();
    match store.giving().cloned() {
        Some(Giving::Answering(progress)) => html! { <Pages {progress} sheet={Sheet::Giving} /> },
        Some(Giving::Answered { request, .. }) => html! { <GivenAlready {request} /> },
        None => html! { <NoProgress /> },
    }
}

#[component]
fn NoProgress() -> Html {
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.no_progress().to_string(), ());
    let why = html! { <p><Link to={Route::Landing} classes="button primary">{ &ui.take_again() }</Link></p> };
    missing(&heading, ui.no_progress(), why, None)
}

#[derive(Properties, PartialEq)]
struct GivenProps {
    request: Request,
}

/// The answers are given: the way to send them is on the request's page.
#[component]
fn GivenAlready(props: &GivenProps) -> Html {
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.giving_given().to_string(), ());
    let to = Route::Give { query: props.request.to_query() };
    let why = html! { <p><Link {to} classes="button primary">{ fill(ui.giving_send(), &[("name", &props.request.name)]) }</Link></p> };
    missing(&heading, ui.giving_given(), why, None)
}

#[derive(Properties, PartialEq)]
struct PagesProps {
    progress: InProgress,
    sheet: Sheet,
}

#[component]
fn Pages(props: &PagesProps) -> Html {
    let store = use_store();
    let en = Catalogue::get();
    let ui = &en.ui;
    let (progress, sheet) = (&props.progress, props.sheet);
    // The person a colleague answers about, named in every statement.
    let about = progress.request.as_ref().map(|r| r.name.clone());
    let page = progress.page;
    let pages = progress.page_count();
    let title = fill(ui.page_title(), &[("page", &(page + 1)), ("pages", &pages)]);
    // Keyed on the start time too, so that starting over moves focus like a page change.
    let heading = dom::use_view(title.clone(), (page, progress.started_at));
    let show_unanswered = use_state(|| false);
    let confirm_start_over = use_state(|| false);
    // An item to focus once its page is shown, after following a link to it.
    let jump_to = use_state(|| None::<String>);
    {
        let jump_to = jump_to.clone();
        use_effect_with((page, (*jump_to).clone()), move |(_, target)| {
            if let Some(target) = target {
                dom::focus_id(&format!("answer-{target}-1"));
                jump_to.set(None);
            }
        });
    }

    {
        use_effect_with(*show_unanswered, |shown| {
            if *shown {
                dom::focus_id("unanswered-title");
            }
        });
    }

    let total = progress.bank().order(progress.variant).len();
    let answered = progress.answered();
    let unanswered = progress.unanswered();
    let is_last = progress.is_last_page();
    let first_number = page * PER_PAGE + 1;

    let go_to = {
        let store = store.clone();
        let show_unanswered = show_unanswered.clone();
        Callback::from(move |page: usize| {
            show_unanswered.set(false);
            store.go_to_page(sheet, page);
        })
    };
    let finish = {
        let store = store.clone();
        let request = progress.request.clone();
        Callback::from(move |_| match &request {
            Some(request) => {
                store.finish_giving();
                router::navigate(&Route::Give { query: request.to_query() });
            }
            None => {
                let id = store.finish();
                router::navigate(&Route::Result { id });
            }
        })
    };
    let onnext = {
        let go_to = go_to.clone();
        let finish = finish.clone();
        let show_unanswered = show_unanswered.clone();
        let missing = unanswered.len();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if !is_last {
                go_to.emit(page + 1);
            } else if missing == 0 {
                finish.emit(());
            } else {
                show_unanswered.set(true);
            }
        })
    };
    let onback = go_to.reform(move |_: MouseEvent| page.saturating_sub(1));

    let resumed = (store.resumed() && sheet == Sheet::Own).then(|| {
        let dismiss = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.dismiss_resumed())
        };
        let ask = {
            let c = confirm_start_over.clone();
            Callback::from(move |_: MouseEvent| c.set(true))
        };
        html! {
            <div class="notice" id="resumed-notice" role="status">
                <p>{ &ui.resumed() }</p>
                <div class="actions">
                    <button type="button" onclick={ask}>{ &ui.start_over() }</button>
                    <button type="button" onclick={dismiss}>{ &ui.dismiss() }</button>
                </div>
            </div>
        }
    });
    let start_over = confirm_start_over.then(|| {
        let store = store.clone();
        let close = confirm_start_over.clone();
        let onyes = Callback::from(move |_| {
            close.set(false);
            store.start_over(sheet);
        });
        let close = confirm_start_over.clone();
        html! {
            <Confirm question={ui.start_over_question()} yes={ui.start_over_yes()}
                {onyes} oncancel={Callback::from(move |_| close.set(false))} />
        }
    });

    let items = progress.page_items(page).into_iter().enumerate().map(|(i, item)| {
        let id = item.id.clone();
        let onanswer = {
            let store = store.clone();
            Callback::from(move |answer: Answer| store.answer(sheet, id.clone(), answer))
        };
        let (text, aside) = match &about {
            Some(name) => (en.observer_item(&item.id, name), Some(ui.not_seen())),
            None => (en.item(&item.id).to_string(), item.situational.then_some(ui.not_come_up())),
        };
        html! {
            <ItemField key={item.id.clone()} id={item.id.clone()} number={first_number + i}
                text={text} aside={aside.map(AttrValue::from)}
                answer={progress.answers.get(&item.id).copied()} {onanswer} />
        }
    });

    let onjump = {
        let (go_to, jump_to) = (go_to.clone(), jump_to.clone());
        Callback::from(move |(page, id): (usize, String)| {
            jump_to.set(Some(id));
            go_to.emit(page);
        })
    };
    let unanswered_list = (*show_unanswered && !unanswered.is_empty())
        .then(|| unanswered_list(&unanswered, about.as_deref(), onjump, finish.clone()));

    html! {
        <form class="questionnaire" onsubmit={onnext} novalidate=true>
            { for resumed }
            { for start_over }
            { page_heading(&heading, &title) }
            <p class="variant">{ match &about {
                Some(name) => fill(ui.giving_about(), &[("name", name)]),
                None => en.variant_name(progress.variant).to_string(),
            } }</p>
            // Who reads the answers, and forgetting them, are on the request's page.
            if let Some(request) = &progress.request {
                <p id="giving-what-happens"><Link to={Route::Give { query: request.to_query() }}>{ ui.giving_what_happens() }</Link></p>
            }
            if let Some(workshop) = &progress.workshop {
                <p class="workshop-banner" id="workshop-banner">{ fill(ui.workshop_banner(), &[("title", &workshop.title)]) }</p>
            }
            <div class="progress">
                <progress max={total.to_string()} value={answered.to_string()} aria-labelledby="progress-text" />
                <p id="progress-text">{ fill(ui.progress(), &[("answered", &answered), ("total", &total)]) }</p>
            </div>
            if page == 0 { <p class="instructions">{ match &about {
                Some(name) => fill(ui.giving_instructions(), &[("name", name)]),
                None => ui.instructions().to_string(),
            } }</p> }
            { for items }
            { for unanswered_list }
            <div class="pager">
                <button type="button" id="back" onclick={onback} disabled={page == 0}>{ &ui.back() }</button>
                if is_last {
                    <button type="submit" id="finish" class="primary">
                        { if about.is_some() { ui.giving_finish() } else { ui.finish() } }
                    </button>
                } else {
                    <button type="submit" id="next" class="primary">{ &ui.next() }</button>
                }
            </div>
        </form>
    }
}
