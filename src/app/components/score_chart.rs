//! The result as a sorted horizontal bar chart in SVG, with its title and description,
//! followed by the same numbers as a table.

use crate::app::local::shown;
use crate::model::number::one_decimal;
use crate::model::present::catalogue::Catalogue;
use crate::model::present::chart::{bar_chart, BAR_HEIGHT};
use crate::model::questionnaire::bank::Bank;
use crate::model::questionnaire::scoring::Score;
use yew::prelude::*;

/// Plain functions rather than components: they hold no state, and every component
/// costs its own copy of Yew's lifecycle code in the download.
pub fn score_chart(score: &Score) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let entries: Vec<(String, Option<f64>)> =
        score.display_order().iter().map(|c| (en.name(&c.id).to_string(), c.mean)).collect();
    let chart = bar_chart(&entries, ui.not_enough());
    html! {
        <figure class="score-chart">
            <svg viewBox={format!("-2 0 {} {}", one_decimal(chart.width), one_decimal(chart.height))} role="img"
                aria-labelledby="score-chart-title score-chart-desc">
                <title id="score-chart-title">{ &ui.chart_title() }</title>
                <desc id="score-chart-desc">{ &ui.chart_description() }</desc>
                { for chart.ticks.iter().map(|tick| html! {
                    <g class="tick">
                        <line x1={one_decimal(tick.x)} x2={one_decimal(tick.x)} y1="0" y2={one_decimal(chart.axis_y - 10.0)} />
                        <text x={one_decimal(tick.x)} y={one_decimal(chart.axis_y + 4.0)} text-anchor="middle">{ &tick.label }</text>
                    </g>
                }) }
                { for chart.rows.iter().map(|row| html! {
                    <g class="bar-row">
                        <text class="bar-label" x="0" y={one_decimal(row.label_y)}>{ &row.label }</text>
                        if let Some(width) = row.bar_width {
                            <rect class="bar" x="0" y={one_decimal(row.bar_y)} width={one_decimal(width)}
                                height={one_decimal(BAR_HEIGHT)} rx="3" />
                        }
                        <text class="bar-value" x={one_decimal(row.value_x)} y={one_decimal(row.bar_y + BAR_HEIGHT - 3.0)}>
                            { &row.value_text }
                        </text>
                    </g>
                }) }
            </svg>
            <figcaption class="visually-hidden">{ &ui.chart_title() }</figcaption>
        </figure>
    }
}

/// The same numbers as the chart, with what each means.
pub fn score_table(score: &Score) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let bank = Bank::current();
    html! {
        <div class="table-scroll">
        <table class="score-table" id="score-table">
            <caption class="visually-hidden">{ &ui.chart_title() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ &ui.column_characteristic() }</th>
                    <th scope="col" class="num">{ &ui.column_score() }</th>
                    <th scope="col">{ &ui.column_band() }</th>
                </tr>
            </thead>
            <tbody>
                { for score.display_order().into_iter().map(|c| {
                    let band = en.band_of(bank, c.mean);
                    html! {
                        <tr data-characteristic={c.id.clone()}>
                            <th scope="row">{ en.name(&c.id) }</th>
                            <td class="num score">{ shown(c.mean, ui.not_enough()) }</td>
                            <td>{ band.map(|b| b.name).unwrap_or("") }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}
