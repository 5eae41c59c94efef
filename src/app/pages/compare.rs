//! Any two results side by side: the change in each characteristic, largest rise first,
//! with the warning that small changes may be noise.

use crate::app::components::change_chart::change_chart;
use crate::app::components::data_table::DataTable;
use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::result_picker::{result_label, result_picker};
use crate::app::local::{shown, signed};
use crate::app::router::navigate;
use crate::app::{dom, store::use_store, Route};
use crate::model::present::catalogue::fill;
use crate::model::present::catalogue::Catalogue;
use crate::model::present::chart::changes;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub before: String,
    pub after: String,
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let store = use_store();
    let en = Catalogue::get();
    let ui = &en.ui;
    // Keyed on the page, not on the two results: picking another result in a list
    // must not throw focus back to the heading (WCAG 3.2.2).
    let heading = dom::use_view(ui.compare_title().to_string(), ());
    let (Some(before), Some(after)) = (store.result(&props.before), store.result(&props.after)) else {
        let why = html! { <p id="compare-missing">{ ui.compare_needs_two() }</p> };
        return missing(&heading, ui.compare_title(), why, Some((Route::History, ui.nav_history())));
    };
    let list = changes(&before.score(), &after.score());
    let choices = || store.history().iter().rev().map(|r| (r.id.clone(), result_label(r, ""))).collect();
    let (before_id, after_id) = (before.id.clone(), after.id.clone());
    let pick_before = Callback::from(move |before| navigate(&Route::Compare { before, after: after_id.clone() }));
    let pick_after = Callback::from(move |after| navigate(&Route::Compare { before: before_id.clone(), after }));
    html! {
        <section class="compare">
            { page_heading(&heading, ui.compare_title()) }
            <div class="pickers">
                { result_picker("compare-before", ui.compare_before(), choices(), &before.id, None, pick_before) }
                { result_picker("compare-after", ui.compare_after(), choices(), &after.id, None, pick_after) }
            </div>
            <p class="print-only">{ format!("{} → {}", dom::format_date(before.taken_at), dom::format_date(after.taken_at)) }</p>
            <h2 id="compare-chart-title">{ ui.compare_chart_title() }</h2>
            <p class="chart-description" id="compare-desc">{ ui.compare_description() }</p>
            if before.variant != after.variant {
                <p class="note" id="compare-variants">{ ui.compare_variants() }</p>
            }
            if before.bank_version != after.bank_version {
                <p class="note" id="compare-editions">
                    { fill(ui.compare_editions(), &[("before", &before.bank_version), ("after", &after.bank_version)]) }
                </p>
            }
            { change_chart(&list) }
            <DataTable id="compare-numbers">
                <table id="compare-table">
                    <caption>{ ui.compare_chart_title() }</caption>
                    <thead><tr>
                        <th scope="col">{ ui.column_characteristic() }</th>
                        <th scope="col" class="num">{ ui.column_before() }</th>
                        <th scope="col" class="num">{ ui.column_after() }</th>
                        <th scope="col" class="num">{ ui.column_change() }</th>
                    </tr></thead>
                    <tbody>
                        { for list.iter().map(|c| html! {
                            <tr data-characteristic={c.id.clone()}>
                                <th scope="row">{ en.name(&c.id) }</th>
                                <td class="num">{ shown(c.before, ui.not_enough()) }</td>
                                <td class="num">{ shown(c.after, ui.not_enough()) }</td>
                                <td class="num change">
                                    { c.delta().map_or_else(String::new, signed) }
                                    if c.may_be_noise() { <span class="noise-note">{ format!(" ({})", ui.may_be_noise()) }</span> }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </DataTable>
        </section>
    }
}
