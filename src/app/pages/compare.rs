//! Any two results side by side: the change in each characteristic, largest rise first,
//! with the warning that small changes may be noise.

use crate::app::components::data_table::DataTable;
use crate::app::router::{navigate, Link};
use crate::app::{dom, store::use_store, Route};
use crate::model::kept::history::SavedResult;
use crate::model::number::{one_decimal, shown, signed};
use crate::model::present::catalogue::Catalogue;
use crate::model::present::chart::{change_bar_y, change_bars, changes, BAR_HEIGHT};
use crate::model::questionnaire::bank::Bank;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub before: String,
    pub after: String,
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let store = use_store();
    let en = Catalogue::english();
    let ui = &en.ui;
    let bank = Bank::builtin();
    // Keyed on the page, not on the two results: picking another result in a list
    // must not throw focus back to the heading (WCAG 3.2.2).
    let heading = dom::use_view(ui.compare_title.to_string(), ());
    let history = &store.0.history;
    let find = |id: &str| history.iter().find(|r| r.id == id);
    let (Some(before), Some(after)) = (find(&props.before), find(&props.after)) else {
        return html! {
            <section>
                <h1 ref={heading} tabindex="-1">{ ui.compare_title }</h1>
                <p id="compare-missing">{ ui.compare_needs_two }</p>
                <p><Link to={Route::History}>{ ui.nav_history }</Link></p>
            </section>
        };
    };
    let list = changes(&before.score(bank), &after.score(bank));
    let chart = change_bars(&list);
    let picker = |id: &str, label: &str, current: &SavedResult, other: String, is_before: bool| {
        let onchange = Callback::from(move |event: Event| {
            let picked = event.target_unchecked_into::<HtmlSelectElement>().value();
            let (before, after) = if is_before { (picked, other.clone()) } else { (other.clone(), picked) };
            navigate(&Route::Compare { before, after });
        });
        html! {
            <p class="no-print">
                <label for={id.to_string()}>{ label.to_string() }</label>{ " " }
                <select id={id.to_string()} {onchange}>
                    { for history.iter().rev().map(|r| html! {
                        <option value={r.id.clone()} selected={r.id == current.id}>
                            { format!("{}, {}", dom::format_date(r.taken_at), Catalogue::english().variant_name(r.variant)) }
                        </option>
                    }) }
                </select>
            </p>
        }
    };
    html! {
        <section class="compare">
            <h1 ref={heading} tabindex="-1">{ ui.compare_title }</h1>
            <div class="pickers">
                { picker("compare-before", ui.compare_before, before, after.id.clone(), true) }
                { picker("compare-after", ui.compare_after, after, before.id.clone(), false) }
            </div>
            <p class="print-only">{ format!("{} → {}", dom::format_date(before.taken_at), dom::format_date(after.taken_at)) }</p>
            <h2 id="compare-chart-title">{ ui.compare_chart_title }</h2>
            <p class="chart-description" id="compare-desc">{ ui.compare_description }</p>
            <figure class="change-chart">
                <svg viewBox={format!("0 0 {} {}", one_decimal(chart.width), one_decimal(chart.height))} role="img"
                    aria-labelledby="compare-chart-title" aria-describedby="compare-desc">
                    <rect class="noise" x={one_decimal(chart.noise.0)} y="0" width={one_decimal(chart.noise.1 - chart.noise.0)}
                        height={one_decimal(chart.height)} />
                    <line class="zero" x1={one_decimal(chart.zero_x)} x2={one_decimal(chart.zero_x)} y1="0" y2={one_decimal(chart.height)} />
                    { for list.iter().zip(&chart.rows).map(|(change, (label_y, bar))| {
                        let delta = change.delta();
                        let text = delta.map_or_else(|| ui.not_enough.to_string(), signed);
                        html! {
                            <g class="change-row">
                                <text x="0" y={one_decimal(*label_y)}>{ en.name(&change.id) }</text>
                                <text class="change-value" x="400" y={one_decimal(*label_y)} text-anchor="end">{ text }</text>
                                if let Some((x, width)) = bar {
                                    <rect class={classes!("bar", delta.is_some_and(|d| d < 0.0).then_some("fall"))}
                                        x={one_decimal(*x)} y={one_decimal(change_bar_y(*label_y))}
                                        width={one_decimal(*width)} height={one_decimal(BAR_HEIGHT)} rx="2" />
                                }
                            </g>
                        }
                    }) }
                </svg>
            </figure>
            <DataTable id="compare-numbers">
                <table id="compare-table">
                    <caption>{ ui.compare_chart_title }</caption>
                    <thead><tr>
                        <th scope="col">{ ui.column_characteristic }</th>
                        <th scope="col" class="num">{ ui.column_before }</th>
                        <th scope="col" class="num">{ ui.column_after }</th>
                        <th scope="col" class="num">{ ui.column_change }</th>
                    </tr></thead>
                    <tbody>
                        { for list.iter().map(|c| html! {
                            <tr data-characteristic={c.id.clone()}>
                                <th scope="row">{ en.name(&c.id) }</th>
                                <td class="num">{ shown(c.before, ui.not_enough) }</td>
                                <td class="num">{ shown(c.after, ui.not_enough) }</td>
                                <td class="num change">
                                    { c.delta().map_or_else(String::new, signed) }
                                    if c.may_be_noise() { <span class="noise-note">{ format!(" ({})", ui.may_be_noise) }</span> }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </DataTable>
        </section>
    }
}
