//! The home of returning users: the latest result, the wheel and the trends, then every
//! saved result to open, compare or delete (with undo).

use crate::app::components::latest_result::latest_result;
use crate::app::components::more::PAGE;
use crate::app::components::page_heading::page_heading;
use crate::app::components::request_list::request_list;
use crate::app::components::result_list::ResultList;
use crate::app::components::result_picker::{result_label, result_picker};
use crate::app::components::trends::Trends;
use crate::app::components::wheel_chart::WheelChart;
use crate::app::router::Link;
use crate::app::store::{use_store, Store};
use crate::app::{dom, Route};
use crate::model::kept::history::{before_latest, SavedResult};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::Bank;
use yew::prelude::*;

#[component]
pub fn HistoryPage() -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.history_title().to_string(), ());
    let deleting = use_state(|| None::<String>);
    let history = store.history().clone();

    let undo = store.can_undo().then(|| {
        let onundo = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.undo_delete())
        };
        html! { <>{ ui.deleted() }{ " " }<button type="button" class="link" id="undo" onclick={onundo}>{ ui.undo() }</button></> }
    });

    let body = match history.last() {
        None => html! {
            <>
                <p>{ ui.history_empty() }</p>
                <p><Link to={Route::Landing} classes="button primary">{ ui.take_again() }</Link></p>
            </>
        },
        Some(latest) => html! {
            <>
                { latest_result(latest, before_latest(&history)) }
                { backup_reminder(&store) }
                <section aria-labelledby="wheel-heading">
                    <h2 id="wheel-heading">{ ui.wheel_title() }</h2>
                    <WheelSection />
                    <p class="no-print"><Link to={Route::Goals}>{ ui.goals_link() }</Link></p>
                </section>
                <section aria-labelledby="trends-heading">
                    <h2 id="trends-heading">{ ui.trends_title() }</h2>
                    <Trends results={history.clone()} goals={store.settings().goals.clone()} />
                </section>
                <section aria-labelledby="list-heading">
                    <h2 id="list-heading">{ ui.results_title() }</h2>
                    <ResultList {deleting} heading={heading.clone()} />
                </section>
            </>
        },
    };

    html! {
        <section class="history">
            { page_heading(&heading, ui.history_title()) }
            <p role="status" class="status">{ for undo }</p>
            { body }
            <section aria-labelledby="requests-heading" class="no-print">
                <h2 id="requests-heading">{ ui.requests_title() }</h2>
                <p><Link to={Route::Ask { result: None }} classes="button">{ ui.ask_title() }</Link></p>
                { request_list(store.feedback()) }
            </section>
        </section>
    }
}

fn backup_reminder(store: &Store) -> Html {
    let ui = &Catalogue::get().ui;
    let unsaved = store.settings().not_backed_up(store.history());
    if unsaved == 0 {
        return Html::default();
    }
    html! {
        <p class="notice no-print" id="backup-reminder">
            { fill(ui.backup_reminder(), &[("count", &unsaved)]) }{ " " }
            <Link to={Route::Data}>{ ui.backup_now() }</Link>
        </p>
    }
}

/// The wheel of the latest result against an earlier one the user picks.
#[component]
fn WheelSection() -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let bank = Bank::current();
    let history = store.history();
    // None: the default, the result before the latest; Some("") for none at all.
    let chosen = use_state(|| None::<String>);
    let Some(latest) = history.last() else { return Html::default() };
    let earlier_results = &history[..history.len() - 1];
    let compared = match chosen.as_deref() {
        None => earlier_results.last(),
        Some(id) => earlier_results.iter().find(|r| r.id == id),
    };
    // The recent results, the first and the one compared: with a long history, a list of
    // every date would be slow to draw and to read; any pair can be compared from the list.
    let recent = earlier_results.len().saturating_sub(PAGE);
    let offered = |(i, r): &(usize, &SavedResult)| *i >= recent || *i == 0 || compared.is_some_and(|c| c.id == r.id);
    let choices = earlier_results.iter().enumerate().rev().filter(offered).map(|(i, r)| {
        let hint = if i + 1 == earlier_results.len() {
            ui.option_previous()
        } else if i == 0 {
            ui.option_first()
        } else {
            ""
        };
        (r.id.clone(), result_label(r, hint))
    });
    let selected = compared.map_or("", |r| r.id.as_str());
    let onpick = {
        let chosen = chosen.clone();
        Callback::from(move |id: String| chosen.set(Some(id)))
    };
    html! {
        <>
            if !earlier_results.is_empty() {
                { result_picker("wheel-compare", ui.wheel_compare_with(), choices.collect(), selected, Some(ui.option_none()), onpick) }
            }
            <WheelChart latest={latest.score().means()} earlier={compared.map(|r| r.score().means())}
                goals={store.settings().goals_in_order(bank)} />
        </>
    }
}
