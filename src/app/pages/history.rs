//! Every saved result: when, which kind, the overall score; open or delete each.

use crate::app::components::confirm::Confirm;
use crate::app::pages::landing::variant_name;
use crate::app::{dom, store::use_store, Route};
use crate::model::bank::Bank;
use crate::model::catalogue::{fill, Catalogue};
use crate::model::scoring::shown;
use crate::model::state::Action;
use crate::app::router::Link;
use yew::prelude::*;

#[component]
pub fn HistoryPage() -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let bank = Bank::builtin();
    let heading = dom::use_view(ui.history_title.to_string(), ());
    let deleting = use_state(|| None::<String>);
    let deleted = use_state(|| false);

    let rows = store.0.history.iter().rev().map(|result| {
        let date = dom::format_date(result.taken_at);
        let overall = shown(result.score(bank).overall, ui.not_enough);
        let ondelete = {
            let deleting = deleting.clone();
            let id = result.id.clone();
            Callback::from(move |_: MouseEvent| deleting.set(Some(id.clone())))
        };
        let confirm = (deleting.as_deref() == Some(result.id.as_str())).then(|| {
            let onyes = {
                let store = store.clone();
                let (deleting, deleted, heading) = (deleting.clone(), deleted.clone(), heading.clone());
                let id = result.id.clone();
                Callback::from(move |_| {
                    store.dispatch(Action::Delete(id.clone()));
                    deleting.set(None);
                    deleted.set(true);
                    dom::focus(&heading);
                })
            };
            let oncancel = { let deleting = deleting.clone(); Callback::from(move |_| deleting.set(None)) };
            html! {
                <tr class="confirm-row"><td colspan="4">
                    <Confirm question={fill(ui.delete_question, &[("date", &date)])} yes={ui.delete} {onyes} {oncancel} />
                </td></tr>
            }
        });
        html! {
            <>
                <tr data-result-id={result.id.clone()}>
                    <td>{ &date }</td>
                    <td>{ variant_name(result.variant) }</td>
                    <td class="num overall">{ overall }</td>
                    <td class="row-actions">
                        <Link to={Route::Result { id: result.id.clone() }}>{ &ui.open }</Link>
                        <button type="button" class="link" onclick={ondelete}>{ &ui.delete }</button>
                    </td>
                </tr>
                { for confirm }
            </>
        }
    }).collect::<Vec<Html>>();

    html! {
        <section class="history">
            <h1 ref={heading} tabindex="-1">{ &ui.history_title }</h1>
            <p role="status" class="status">{ if *deleted { ui.deleted } else { "" } }</p>
            if store.0.history.is_empty() {
                <p>{ &ui.history_empty }</p>
                <p><Link to={Route::Landing} classes="button primary">{ &ui.take_again }</Link></p>
            } else {
                <table class="history-table">
                    <caption class="visually-hidden">{ &ui.history_title }</caption>
                    <thead><tr>
                        <th scope="col">{ &ui.column_date }</th>
                        <th scope="col">{ &ui.column_variant }</th>
                        <th scope="col" class="num">{ &ui.column_overall }</th>
                        <th scope="col">{ &ui.column_actions }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </section>
    }
}
