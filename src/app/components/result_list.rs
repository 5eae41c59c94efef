//! Every saved result, newest first (a page at a time), to open, compare or delete
//! (after a question).

use crate::app::components::confirm::Confirm;
use crate::app::components::more::{more, use_rows};
use crate::app::local::shown;
use crate::app::router::Link;
use crate::app::{dom, store::use_store, Route};
use crate::model::present::catalogue::{fill, Catalogue};
use yew::prelude::*;

/// How much of a note the list shows.
const EXCERPT_CHARS: usize = 60;

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    /// The result whose deletion waits for confirmation.
    pub deleting: UseStateHandle<Option<String>>,
    /// Where focus goes once a result is deleted and its row is gone.
    pub heading: NodeRef,
}

#[component]
pub fn ResultList(props: &ResultListProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let history = store.history();
    let latest_id = history.last().map(|r| r.id.clone()).unwrap_or_default();
    let previous_id = history.len().checked_sub(2).map(|i| history[i].id.clone());
    let deleting = &props.deleting;
    let drawn = use_rows();

    let rows = history.iter().rev().take(*drawn).map(|result| {
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
                    store.delete(id.clone());
                    deleting.set(None);
                    dom::focus(&heading);
                })
            };
            let oncancel = { let deleting = deleting.clone(); Callback::from(move |_| deleting.set(None)) };
            html! {
                <tr class="confirm-row"><td colspan="5">
                    <Confirm question={fill(ui.delete_question(), &[("date", &date)])} yes={ui.delete()} {onyes} {oncancel} />
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
                    <td>{ Catalogue::get().variant_name(result.variant) }</td>
                    <td class="num overall">{ shown(result.score().overall, ui.not_enough()) }</td>
                    <td class="note-excerpt">{ excerpt }{ more }</td>
                    <td class="row-actions no-print">
                        <Link to={Route::Result { id: result.id.clone() }}>{ ui.open() }</Link>
                        if let Some(route) = compare { <Link to={route} classes="compare">{ ui.compare() }</Link> }
                        <button type="button" class="link delete" onclick={ondelete}>{ ui.delete() }</button>
                    </td>
                </tr>
                { for confirm }
            </>
        }
    }).collect::<Vec<Html>>();

    html! {
        <>
        <div class="table-scroll">
        <table class="history-table">
            <caption class="visually-hidden">{ ui.results_title() }</caption>
            <thead><tr>
                <th scope="col">{ ui.column_date() }</th>
                <th scope="col">{ ui.column_variant() }</th>
                <th scope="col" class="num">{ ui.column_overall() }</th>
                <th scope="col">{ ui.column_note() }</th>
                <th scope="col" class="no-print">{ ui.column_actions() }</th>
            </tr></thead>
            <tbody>{ rows }</tbody>
        </table>
        </div>
        { more(&drawn, history.len(), "results-more") }
        </>
    }
}
