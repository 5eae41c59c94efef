//! What ServeWell is, for whom, how long it takes, and the way in.

use crate::app::components::confirm::Confirm;
use crate::app::components::page_heading::page_heading;
use crate::app::local::shown;
use crate::app::router::{self, Link};
use crate::app::{dom, store::use_store, Route};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::Variant;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LandingProps {
    /// The questionnaire a start link (`#/start/…`) asked for.
    #[prop_or_default]
    pub start: Option<Variant>,
}

#[component]
pub fn Landing(props: &LandingProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.landing_title().to_string(), ());
    // A start that would discard the unfinished assessment waits for confirmation.
    let pending = use_state(|| None::<Variant>);

    // Followed as a link (before the app ran, or opened afresh), the start link's address
    // gives way to the assessment's, so that Back does not start again.
    let start = {
        let store = store.clone();
        let pending = pending.clone();
        let linked = props.start.is_some();
        Callback::from(move |variant: Variant| {
            pending.set(None);
            store.start(variant);
            if linked {
                router::replace(&Route::Assessment)
            } else {
                router::navigate(&Route::Assessment)
            }
        })
    };
    let request = {
        let (start, pending) = (start.clone(), pending.clone());
        let unfinished = store.progress().is_some();
        move |variant: Option<Variant>| match variant {
            Some(variant) if unfinished => pending.set(Some(variant)),
            Some(variant) => start.emit(variant),
            None => {}
        }
    };
    {
        let request = request.clone();
        use_effect_with(props.start, move |&variant| request(variant));
    }
    // A plain click starts at once; the address is for a new tab, and for the page before the app.
    let link = |variant: Variant, id: &'static str, class: &'static str, text: &str| {
        let request = request.clone();
        let onclick = Callback::from(move |event: MouseEvent| {
            if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0) {
                event.prevent_default();
                request(Some(variant));
            }
        });
        html! { <a href={Route::Start { variant }.to_hash()} {id} {class} {onclick}>{ text }</a> }
    };
    let progress_box = store.progress().map(|progress| {
        let total = progress.bank().order(progress.variant).len();
        let answered = progress.answered();
        let confirm = (*pending).map(|variant| {
            html! {
                <Confirm question={fill(ui.replace_question(), &[("answered", &answered), ("total", &total)])}
                    yes={ui.replace_yes()} onyes={start.reform(move |_| variant)}
                    oncancel={let pending = pending.clone(); Callback::from(move |_| {
                        pending.set(None);
                        router::replace(&Route::Landing);
                    })} />
            }
        });
        html! {
            <section class="card continue" aria-labelledby="continue-title">
                <h2 id="continue-title">{ &ui.continue_title() }</h2>
                <p>{ Catalogue::get().variant_name(progress.variant) }{ ": " }{ fill(ui.progress(), &[("answered", &answered), ("total", &total)]) }</p>
                <Link to={Route::Assessment} classes="button primary" >{ &ui.continue_button() }</Link>
                { for confirm }
            </section>
        }
    });
    // Returning users see where they stand first, and the way to their progress.
    let welcome = store.history().last().map(|latest| {
        let overall = shown(latest.score().overall, ui.not_enough());
        let date = dom::format_date(latest.taken_at);
        let count = store.history().len();
        html! {
            <section class="card welcome" aria-labelledby="welcome-title">
                <h2 id="welcome-title">{ ui.welcome_title() }</h2>
                <p>{ fill(ui.welcome_text(), &[("overall", &overall), ("date", &date)]) }</p>
                <Link to={Route::History} classes="button">{ fill(ui.history_link(), &[("count", &count)]) }</Link>
            </section>
        }
    });

    html! {
        <>
            <section class="intro">
                { page_heading(&heading, ui.landing_title()) }
                <p class="lead">{ &ui.landing_intro() }</p>
            </section>
            { for progress_box }
            { for welcome }
            <div class="choices">
                <section class="card" aria-labelledby="full-title">
                    <h2 id="full-title">{ &ui.full_title() }</h2>
                    <p>{ &ui.full_text() }</p>
                    { link(Variant::Full, "start-full", "button primary", ui.start_full()) }
                </section>
                <section class="card" aria-labelledby="pulse-title">
                    <h2 id="pulse-title">{ &ui.pulse_title() }</h2>
                    <p>{ &ui.pulse_text() }</p>
                    { link(Variant::Pulse, "start-pulse", "button", ui.start_pulse()) }
                </section>
            </div>
            <p class="workshops-link"><Link to={Route::Workshops}>{ ui.landing_workshops() }</Link></p>
            <section class="privacy" aria-labelledby="privacy-title">
                <h2 id="privacy-title">{ &ui.privacy_title() }</h2>
                <p>{ &ui.privacy_text() }</p>
                <p class="caveat">{ &ui.caveat() }</p>
                <p><Link to={Route::About}>{ ui.about_link() }</Link></p>
            </section>
        </>
    }
}
