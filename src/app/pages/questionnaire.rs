//! The questionnaire: five items a page, progress, Back and Next, and a last check for
//! unanswered items before the result.

use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::unanswered::unanswered_list;
use crate::app::components::{confirm::Confirm, item_field::ItemField};
use crate::app::router::{self, Link};
use crate::app::store::use_store;
use crate::app::{dom, Route};
use crate::model::kept::progress::{InProgress, PER_PAGE};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::answers::Answer;
use yew::prelude::*;

#[component]
pub fn Questionnaire() -> Html {
    let store = use_store();
    match store.progress().cloned() {
        Some(progress) => html! { <Pages {progress} /> },
        None => html! { <NoProgress /> },
    }
}

#[component]
fn NoProgress() -> Html {
    let ui = &Catalogue::english().ui;
    let heading = dom::use_view(ui.no_progress.to_string(), ());
    let why = html! { <p><Link to={Route::Landing} classes="button primary">{ &ui.take_again }</Link></p> };
    missing(&heading, ui.no_progress, why, None)
}

#[derive(Properties, PartialEq)]
struct PagesProps {
    progress: InProgress,
}

#[component]
fn Pages(props: &PagesProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let progress = &props.progress;
    let page = progress.page;
    let pages = progress.page_count();
    let title = fill(ui.page_title, &[("page", &(page + 1)), ("pages", &pages)]);
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
            store.go_to_page(page);
        })
    };
    let finish = {
        let store = store.clone();
        Callback::from(move |_| {
            let id = store.finish();
            router::navigate(&Route::Result { id });
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

    let resumed = store.resumed().then(|| {
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
                <p>{ &ui.resumed }</p>
                <div class="actions">
                    <button type="button" onclick={ask}>{ &ui.start_over }</button>
                    <button type="button" onclick={dismiss}>{ &ui.dismiss }</button>
                </div>
            </div>
        }
    });
    let start_over = confirm_start_over.then(|| {
        let store = store.clone();
        let close = confirm_start_over.clone();
        let onyes = Callback::from(move |_| {
            close.set(false);
            store.start_over();
        });
        let close = confirm_start_over.clone();
        html! {
            <Confirm question={ui.start_over_question} yes={ui.start_over_yes}
                {onyes} oncancel={Callback::from(move |_| close.set(false))} />
        }
    });

    let items = progress.page_items(page).into_iter().enumerate().map(|(i, item)| {
        let id = item.id.clone();
        let onanswer = {
            let store = store.clone();
            Callback::from(move |answer: Answer| store.answer(id.clone(), answer))
        };
        html! {
            <ItemField key={item.id.clone()} id={item.id.clone()} number={first_number + i}
                text={Catalogue::english().item(&item.id).to_string()} situational={item.situational}
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
    let unanswered_list =
        (*show_unanswered && !unanswered.is_empty()).then(|| unanswered_list(&unanswered, onjump, finish.clone()));

    html! {
        <form class="questionnaire" onsubmit={onnext} novalidate=true>
            { for resumed }
            { for start_over }
            { page_heading(&heading, &title) }
            <p class="variant">{ Catalogue::english().variant_name(progress.variant) }</p>
            if let Some(workshop) = &progress.workshop {
                <p class="workshop-banner" id="workshop-banner">{ fill(ui.workshop_banner, &[("title", &workshop.title)]) }</p>
            }
            <div class="progress">
                <progress max={total.to_string()} value={answered.to_string()} aria-labelledby="progress-text" />
                <p id="progress-text">{ fill(ui.progress, &[("answered", &answered), ("total", &total)]) }</p>
            </div>
            if page == 0 { <p class="instructions">{ &ui.instructions }</p> }
            { for items }
            { for unanswered_list }
            <div class="pager">
                <button type="button" id="back" onclick={onback} disabled={page == 0}>{ &ui.back }</button>
                if is_last {
                    <button type="submit" id="finish" class="primary">{ &ui.finish }</button>
                } else {
                    <button type="submit" id="next" class="primary">{ &ui.next }</button>
                }
            </div>
        </form>
    }
}
