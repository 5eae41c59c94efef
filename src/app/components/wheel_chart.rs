//! The wheel: the ten characteristics in their fixed order, the latest result against
//! an earlier one and the goals. A second view beside the sorted bars, never instead.

use crate::app::components::data_table::DataTable;
use crate::app::local::shown;
use crate::model::number::one_decimal;
use crate::model::present::catalogue::Catalogue;
use crate::model::present::chart::wheel;
use crate::model::questionnaire::bank::Bank;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WheelChartProps {
    /// By characteristic, in canonical order.
    pub latest: Vec<Option<f64>>,
    pub earlier: Option<Vec<Option<f64>>>,
    pub goals: Vec<Option<f64>>,
}

#[component]
pub fn WheelChart(props: &WheelChartProps) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let bank = Bank::current();
    let count = bank.characteristics.len();
    let mut series = vec![props.latest.clone()];
    series.extend(props.earlier.clone());
    let chart = wheel(count, &series);
    let goals = wheel(count, std::slice::from_ref(&props.goals));
    let goal_dots = &goals.shapes[0].dots;
    let latest = &chart.shapes[0];
    html! {
        <figure class="wheel-chart">
            <svg viewBox={format!("-80 -10 {} {}", one_decimal(chart.size + 160.0), one_decimal(chart.size + 20.0))}
                role="img" aria-labelledby="wheel-title wheel-desc">
                <title id="wheel-title">{ ui.wheel_title() }</title>
                <desc id="wheel-desc">{ ui.wheel_description() }</desc>
                { for chart.rings.iter().map(|points| html! { <polygon class="ring" points={points.clone()} /> }) }
                { for chart.spokes.iter().zip(&bank.characteristics).map(|(spoke, id)| html! {
                    <g class="spoke">
                        <line x1={one_decimal(chart.size / 2.0)} y1={one_decimal(chart.size / 2.0)}
                            x2={one_decimal(spoke.x)} y2={one_decimal(spoke.y)} />
                        <text x={one_decimal(spoke.label_x)} y={one_decimal(spoke.label_y)} text-anchor={spoke.anchor}>
                            { en.characteristic(id).map_or(id.as_str(), |c| c.short) }
                        </text>
                    </g>
                }) }
                if let Some(earlier) = chart.shapes.get(1) {
                    <polygon class="series-earlier" points={earlier.points.clone()} />
                }
                <polygon class="series-latest" points={latest.points.clone()} />
                { for latest.dots.iter().map(|(x, y)| html! {
                    <circle class="series-latest-dot" cx={one_decimal(*x)} cy={one_decimal(*y)} r="4" />
                }) }
                { for goal_dots.iter().map(|(x, y)| html! {
                    <rect class="goal-mark" x={one_decimal(x - 5.0)} y={one_decimal(y - 5.0)} width="10" height="10"
                        transform={format!("rotate(45 {} {})", one_decimal(*x), one_decimal(*y))} />
                }) }
            </svg>
            <figcaption class="legend">
                <span class="key key-latest">{ ui.legend_latest() }</span>
                if props.earlier.is_some() { <span class="key key-earlier">{ ui.legend_earlier() }</span> }
                if !goal_dots.is_empty() { <span class="key key-goal">{ ui.legend_goals() }</span> }
            </figcaption>
            <DataTable id="wheel-numbers">
                <table>
                    <caption>{ ui.wheel_title() }</caption>
                    <thead><tr>
                        <th scope="col">{ ui.column_characteristic() }</th>
                        <th scope="col" class="num">{ ui.legend_latest() }</th>
                        if props.earlier.is_some() { <th scope="col" class="num">{ ui.legend_earlier() }</th> }
                        <th scope="col" class="num">{ ui.legend_goals() }</th>
                    </tr></thead>
                    <tbody>
                        { for bank.characteristics.iter().enumerate().map(|(i, id)| html! {
                            <tr>
                                <th scope="row">{ en.name(id) }</th>
                                <td class="num">{ shown(props.latest[i], ui.not_enough()) }</td>
                                if let Some(earlier) = &props.earlier { <td class="num">{ shown(earlier[i], ui.not_enough()) }</td> }
                                <td class="num">{ shown(props.goals[i], "") }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </DataTable>
        </figure>
    }
}
