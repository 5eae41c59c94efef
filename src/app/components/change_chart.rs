//! How each characteristic moved between two results, as a diverging bar chart in SVG
//! with the band of changes that may be noise shaded.

use crate::app::local::signed;
use crate::model::number::one_decimal;
use crate::model::present::catalogue::Catalogue;
use crate::model::present::chart::{change_bar_y, change_bars, Change, BAR_HEIGHT};
use yew::prelude::*;

/// Titled and described by the elements with ids `compare-chart-title` and `compare-desc`.
pub fn change_chart(changes: &[Change]) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let chart = change_bars(changes);
    html! {
        <figure class="change-chart">
            <svg viewBox={format!("0 0 {} {}", one_decimal(chart.width), one_decimal(chart.height))} role="img"
                aria-labelledby="compare-chart-title" aria-describedby="compare-desc">
                <rect class="noise" x={one_decimal(chart.noise.0)} y="0" width={one_decimal(chart.noise.1 - chart.noise.0)}
                    height={one_decimal(chart.height)} />
                <line class="zero" x1={one_decimal(chart.zero_x)} x2={one_decimal(chart.zero_x)} y1="0" y2={one_decimal(chart.height)} />
                { for changes.iter().zip(&chart.rows).map(|(change, (label_y, bar))| {
                    let delta = change.delta();
                    let text = delta.map_or_else(|| ui.not_enough().to_string(), signed);
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
    }
}
