//! The home of returning users: the latest result, the wheel and the trends, then every
//! saved result to open, compare or delete (with undo).

use crate::app::components::confirm::Confirm;
use crate::app::components::trends::Trends;
use crate::app::components::wheel_chart::WheelChart;
use crate::app::router::Link;
use crate::app::{dom, store::use_store, Route};
use crate::model::kept::history::SavedResult;
use crate::model::number::{shown, signed};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::present::chart::NOISE;
use crate::model::questionnaire::bank::Bank;
use crate::model::questionnaire::scoring::Score;
use crate::model::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// How much of a note the list shows.
const EXCERPT_CHARS: usize = 60;

#[component]
pub fn HistoryPage() -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let heading = dom::use_view(ui.history_title.to_string(), ());
    let deleting = use_state(|| None::<String>);
    let history = store.0.history.clone();

    let undo = store.0.deleted.as_ref().map(|_| {
        let onundo = crate::app::store::send(&store, |_: MouseEvent| Action::UndoDelete);
        html! { <>{ ui.deleted }{ " " }<button type="button" class="link" id="undo" onclick={onundo}>{ ui.undo }</button></> }
    });

    let body = match history.last() {
        None => html! {
            <>
                <p>{ ui.history_empty }</p>
                <p><Link to={Route::Landing} classes="button primary">{ ui.take_again }</Link></p>
            </>
        },
        Some(latest) => html! {
            <>
                <Latest latest={latest.clone()} previous={history.len().checked_sub(2).map(|i| history[i].clone())} />
                <BackupReminder />
                <section aria-labelledby="wheel-heading">
                    <h2 id="wheel-heading">{ ui.wheel_title }</h2>
                    <WheelSection />
                    <p class="no-print"><Link to={Route::Goals}>{ ui.goals_link }</Link></p>
                </section>
                <section aria-labelledby="trends-heading">
                    <h2 id="trends-heading">{ ui.trends_title }</h2>
                    <Trends results={history.clone()} goals={store.0.settings.goals.clone()} />
                </section>
                <section aria-labelledby="list-heading">
                    <h2 id="list-heading">{ ui.results_title }</h2>
                    <ResultList {deleting} heading={heading.clone()} />
                </section>
            </>
        },
    };

    html! {
        <section class="history">
            <h1 ref={heading} tabindex="-1">{ ui.history_title }</h1>
            <p role="status" class="status">{ for undo }</p>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LatestProps {
    latest: SavedResult,
    previous: Option<SavedResult>,
}

#[component]
fn Latest(props: &LatestProps) -> Html {
    let en = Catalogue::english();
    let ui = &en.ui;
    let bank = Bank::builtin();
    let overall = props.latest.score(bank).overall;
    let band = en.band_of(bank, overall);
    let change = props.previous.as_ref().map(|p| Some(overall? - p.score(bank).overall?));
    html! {
        <section class="card latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{ ui.latest_title }</h2>
            <p class="overall">
                <span class="big num" id="latest-overall">{ shown(overall, ui.not_enough) }</span>
                <span class="of">{ ui.out_of_five }</span>
                if let Some(band) = band { <span class="band">{ band.name }</span> }
            </p>
            <p>{ Catalogue::english().variant_name(props.latest.variant) }{ ", " }{ dom::format_date(props.latest.taken_at) }</p>
            <p id="latest-change">
                { match change {
                    Some(Some(change)) => {
                        let text = fill(ui.latest_change, &[("change", &signed(change))]);
                        if change.abs() < NOISE { format!("{text} ({})", ui.may_be_noise) } else { text }
                    }
                    Some(None) => ui.latest_no_change.to_string(),
                    None => ui.latest_first.to_string(),
                } }
            </p>
            <p class="no-print"><Link to={Route::Result { id: props.latest.id.clone() }}>{ ui.open }</Link></p>
        </section>
    }
}

#[component]
fn BackupReminder() -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let unsaved = store.0.settings.not_backed_up(&store.0.history);
    if unsaved == 0 {
        return Html::default();
    }
    html! {
        <p class="notice no-print" id="backup-reminder">
            { fill(ui.backup_reminder, &[("count", &unsaved)]) }{ " " }
            <Link to={Route::Data}>{ ui.backup_now }</Link>
        </p>
    }
}

/// The wheel of the latest result against an earlier one the user picks.
#[component]
fn WheelSection() -> Html {
    let store = use_store();
    let en = Catalogue::english();
    let ui = &en.ui;
    let bank = Bank::builtin();
    let history = &store.0.history;
    // None: the default, the result before the latest; Some("") for none at all.
    let chosen = use_state(|| None::<String>);
    let Some(latest) = history.last() else { return Html::default() };
    let earlier_results = &history[..history.len() - 1];
    let compared = match chosen.as_deref() {
        None => earlier_results.last(),
        Some(id) => earlier_results.iter().find(|r| r.id == id),
    };
    let by_characteristic = |score: Score| score.characteristics.iter().map(|c| c.mean).collect::<Vec<_>>();
    let goals: Vec<Option<f64>> = bank.characteristics.iter().map(|c| store.0.settings.goals.get(c).copied()).collect();
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            chosen.set(Some(select.value()));
        })
    };
    let selected = compared.map_or(String::new(), |r| r.id.clone());
    html! {
        <>
            if !earlier_results.is_empty() {
                <p class="no-print">
                    <label for="wheel-compare">{ ui.wheel_compare_with }</label>{ " " }
                    <select id="wheel-compare" {onchange}>
                        { for earlier_results.iter().enumerate().rev().map(|(i, r)| {
                            let hint = if i + 1 == earlier_results.len() { ui.option_previous } else if i == 0 { ui.option_first } else { "" };
                            let label = format!("{}, {}{}", dom::format_date(r.taken_at), Catalogue::english().variant_name(r.variant),
                                if hint.is_empty() { String::new() } else { format!(" ({hint})") });
                            html! { <option value={r.id.clone()} selected={selected == r.id}>{ label }</option> }
                        }) }
                        <option value="" selected={selected.is_empty()}>{ ui.option_none }</option>
                    </select>
                </p>
            }
            <WheelChart latest={by_characteristic(latest.score(bank))}
                earlier={compared.map(|r| by_characteristic(r.score(bank)))} {goals} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ResultListProps {
    deleting: UseStateHandle<Option<String>>,
    heading: NodeRef,
}

#[component]
fn ResultList(props: &ResultListProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let bank = Bank::builtin();
    let history = &store.0.history;
    let latest_id = history.last().map(|r| r.id.clone()).unwrap_or_default();
    let previous_id = history.len().checked_sub(2).map(|i| history[i].id.clone());
    let deleting = &props.deleting;

    let rows = history.iter().rev().map(|result| {
        let date = dom::format_date(result.taken_at);
        let ondelete = {
            let deleting = deleting.clone();
            let id = result.id.clone();
            Callback::from(move |_: MouseEvent| deleting.set(Some(id.clone())))
        };
        let confirm = (deleting.as_deref() == Some(result.id.as_str())).then(|| {
            let onyes = {
                let (store, deleting, heading) = (store.clone(), deleting.clone(), props.heading.clone());
                let id = result.id.clone();
                Callback::from(move |_| {
                    store.dispatch(Action::Delete(id.clone()));
                    deleting.set(None);
                    dom::focus(&heading);
                })
            };
            let oncancel = { let deleting = deleting.clone(); Callback::from(move |_| deleting.set(None)) };
            html! {
                <tr class="confirm-row"><td colspan="5">
                    <Confirm question={fill(ui.delete_question, &[("date", &date)])} yes={ui.delete} {onyes} {oncancel} />
                </td></tr>
            }
        });
        // Compare with the latest, or the latest with the one before it.
        let compare = if result.id == latest_id {
            previous_id.clone().map(|before| Route::Compare { before, after: latest_id.clone() })
        } else {
            Some(Route::Compare { before: result.id.clone(), after: latest_id.clone() })
        };
        let excerpt: String = result.note.chars().take(EXCERPT_CHARS).collect();
        let more = if result.note.chars().count() > EXCERPT_CHARS { "…" } else { "" };
        html! {
            <>
                <tr data-result-id={result.id.clone()}>
                    <td>{ &date }</td>
                    <td>{ Catalogue::english().variant_name(result.variant) }</td>
                    <td class="num overall">{ shown(result.score(bank).overall, ui.not_enough) }</td>
                    <td class="note-excerpt">{ excerpt }{ more }</td>
                    <td class="row-actions no-print">
                        <Link to={Route::Result { id: result.id.clone() }}>{ ui.open }</Link>
                        if let Some(route) = compare { <Link to={route} classes="compare">{ ui.compare }</Link> }
                        <button type="button" class="link delete" onclick={ondelete}>{ ui.delete }</button>
                    </td>
                </tr>
                { for confirm }
            </>
        }
    }).collect::<Vec<Html>>();

    html! {
        <div class="table-scroll">
        <table class="history-table">
            <caption class="visually-hidden">{ ui.results_title }</caption>
            <thead><tr>
                <th scope="col">{ ui.column_date }</th>
                <th scope="col">{ ui.column_variant }</th>
                <th scope="col" class="num">{ ui.column_overall }</th>
                <th scope="col">{ ui.column_note }</th>
                <th scope="col" class="no-print">{ ui.column_actions }</th>
            </tr></thead>
            <tbody>{ rows }</tbody>
        </table>
        </div>
    }
}
