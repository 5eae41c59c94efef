//! Small multiples: one line chart per characteristic and one for the overall score,
//! all on the same time span and scale, so that they can be read side by side.

use crate::app::components::data_table::DataTable;
use crate::app::components::more::{more, use_rows};
use crate::app::dom::format_date;
use crate::app::local::shown;
use crate::model::kept::history::SavedResult;
use crate::model::kept::settings::Goals;
use crate::model::number::one_decimal;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::present::chart::{trend, TrendValue, TREND_MAX_MARKS};
use crate::model::questionnaire::bank::{Bank, Noise, Variant};
use crate::model::questionnaire::scoring::Score;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendsProps {
    /// Oldest first.
    pub results: Rc<Vec<SavedResult>>,
    pub goals: Goals,
}

#[component]
pub fn Trends(props: &TrendsProps) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let bank = Bank::current();
    let rows = use_rows();
    // A result without an overall score is partial: kept, but not trended, so that every
    // point of a line rests on enough of the characteristics.
    let (results, scores): (Vec<&SavedResult>, Vec<Score>) =
        props.results.iter().map(|r| (r, r.score())).filter(|(_, s)| s.overall.is_some()).unzip();
    let partial = props.results.len() - results.len();
    let (Some(first), Some(last)) = (results.first(), results.last()) else { return Html::default() };
    type Level = fn(&Noise) -> f64;
    let series = |value: &dyn Fn(&Score) -> Option<f64>, level: Level| -> Vec<TrendValue> {
        results
            .iter()
            .zip(&scores)
            .map(|(r, s)| TrendValue {
                at: r.taken_at,
                value: value(s),
                pulse: r.variant == Variant::Pulse,
                noise: level(&r.variant.noise()),
                edition: r.bank_version,
            })
            .collect()
    };
    let mut panels: Vec<(String, &str, Vec<TrendValue>, Option<f64>)> =
        vec![("overall".into(), ui.overall_name(), series(&|s| s.overall, |n| n.overall), None)];
    for (i, id) in bank.characteristics.iter().enumerate() {
        let values = series(&|s| s.characteristics[i].mean, |n| n.characteristic);
        panels.push((id.clone(), en.name(id), values, props.goals.get(id).copied()));
    }
    let (from, to) = (format_date(first.taken_at), format_date(last.taken_at));
    let editions = results.iter().any(|r| r.bank_version != first.bank_version);

    html! {
        <figure class="trends" aria-labelledby="trends-caption">
            <p id="trends-caption" class="chart-description">{ fill(ui.trends_description(), &[("from", &from), ("to", &to)]) }</p>
            if results.len() > TREND_MAX_MARKS { <p class="note">{ ui.trends_many() }</p> }
            if partial > 0 { <p class="note" id="trends-partial">{ fill(ui.trends_partial(), &[("count", &partial)]) }</p> }
            if editions { <p class="note" id="trends-editions">{ ui.trends_editions() }</p> }
            <div class="trend-grid">
                { for panels.iter().map(|(id, name, values, goal)| {
                    let chart = trend(values, first.taken_at, last.taken_at, *goal);
                    let latest = values.iter().rev().find_map(|v| v.value);
                    html! {
                        <div class="trend" data-trend={id.clone()}>
                            // Short names, so that the score beside them fits a small panel.
                            <h3>{ en.characteristic(id).map_or(*name, |c| c.short) }<span class="num">{ shown(latest, "–") }</span></h3>
                            <svg viewBox={format!("0 0 {} {}", one_decimal(chart.width), one_decimal(chart.height))} role="img"
                                aria-label={format!("{name}: {}", shown(latest, ui.not_enough()))} aria-describedby="trends-caption">
                                if let Some((top, bottom)) = chart.noise {
                                    <rect class="noise" x="0" y={one_decimal(top)} width={one_decimal(chart.width)}
                                        height={one_decimal(bottom - top)} />
                                }
                                { for chart.grid.iter().map(|(y, label)| html! {
                                    <g class="grid">
                                        <line x1="0" x2={one_decimal(chart.width)} y1={one_decimal(*y)} y2={one_decimal(*y)} />
                                        <text x="2" y={one_decimal(*y - 2.0)}>{ *label }</text>
                                    </g>
                                }) }
                                if let Some(y) = chart.goal_y {
                                    <line class="goal-line" x1="0" x2={one_decimal(chart.width)} y1={one_decimal(y)} y2={one_decimal(y)} />
                                }
                                { for chart.editions.iter().map(|x| html! {
                                    <line class="edition-line" x1={one_decimal(*x)} x2={one_decimal(*x)} y1="0" y2={one_decimal(chart.height)} />
                                }) }
                                <path class="trend-line" d={chart.line.clone()} />
                                { for chart.marks.iter().map(|m| html! {
                                    <circle class={classes!("mark", m.pulse.then_some("pulse"))}
                                        cx={one_decimal(m.x)} cy={one_decimal(m.y)} r="3.5" />
                                }) }
                            </svg>
                        </div>
                    }
                }) }
            </div>
            <DataTable id="trend-numbers">
                <table>
                    <caption>{ ui.trends_title() }</caption>
                    <thead><tr>
                        <th scope="col">{ ui.column_date() }</th>
                        <th scope="col">{ ui.column_variant() }</th>
                        if editions { <th scope="col">{ ui.column_edition() }</th> }
                        { for panels.iter().map(|(_, name, _, _)| html! { <th scope="col" class="num">{ *name }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for results.iter().enumerate().rev().take(*rows).map(|(row, r)| html! {
                            <tr>
                                <th scope="row">{ format_date(r.taken_at) }</th>
                                <td>{ Catalogue::get().variant_name(r.variant) }</td>
                                if editions { <td class="edition">{ r.bank_version }</td> }
                                { for panels.iter().map(|(_, _, values, _)| html! {
                                    <td class="num">{ shown(values[row].value, "–") }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                { more(&rows, results.len(), "trend-numbers-more") }
            </DataTable>
        </figure>
    }
}
