//! Colleagues' view beside one's own: per characteristic one's own score, colleagues'
//! mean and (from their own codes) range, and how many could rate it; a chart and a table
//! of the same numbers; the largest gaps, named as prompts for a conversation, with
//! practices for those worth asking about; and what such a comparison cannot tell.

use crate::app::components::caveats::caveats;
use crate::app::components::data_table::DataTable;
use crate::app::components::practices::practice_card;
use crate::app::local::{decimal, shown};
use crate::model::kept::history::SavedResult;
use crate::model::number::one_decimal;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::present::chart::scale_x;
use crate::model::questionnaire::answers::{SCALE_MAX, SCALE_MIN};
use crate::model::questionnaire::scoring::{Score, FOCUS};
use crate::model::sharing::others::{gaps, Gap, Others, Seen, NAMED_GAP};
use crate::model::sharing::request::Request;
use yew::prelude::*;

/// `own` is the person's result the view is set beside, if any; `request` what colleagues
/// answered; `received` how many colleagues' answers came back, of which the view may
/// include fewer (whole groups of three only).
pub fn self_other(own: Option<&SavedResult>, request: &Request, others: &Others, received: usize) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let score = own.map(SavedResult::score);
    let with_range = others.characteristics.iter().any(|c| c.range.is_some());
    let rows: Vec<Row> = others
        .characteristics
        .iter()
        .map(|seen| Row { seen, own: score.as_ref().and_then(|s| own_mean(s, &seen.id)) })
        .collect();
    html! {
        <section class="self-other" id="self-other" aria-labelledby="self-other-heading">
            <h2 id="self-other-heading">{ ui.so_title() }</h2>
            <p id="self-other-count">{ fill(ui.so_colleagues(), &[("count", &others.colleagues)]) }</p>
            if others.colleagues < received {
                <p class="note" id="others-partial">
                    { fill(ui.request_partial(), &[("shown", &others.colleagues), ("received", &received)]) }
                </p>
            }
            <p>{ ui.so_intro() }</p>
            if let Some(own) = own {
                if own.bank_version != request.bank_version {
                    <p class="note" id="self-other-editions">
                        { fill(ui.so_editions(), &[("own", &own.bank_version), ("theirs", &request.bank_version)]) }
                    </p>
                }
                if own.variant != request.variant { <p class="note" id="self-other-variants">{ ui.so_variants() }</p> }
            }
            if !with_range { <p class="note">{ ui.so_summary_note() }</p> }
            <p class="so-overall" id="self-other-overall">
                <span class="label">{ ui.overall() }</span>
                if let Some(score) = &score {
                    <span>{ ui.legend_you() }{ " " }<strong class="num" id="overall-you">{ shown(score.overall, ui.not_enough()) }</strong></span>
                }
                <span>{ ui.legend_colleagues() }{ " " }<strong class="num" id="overall-colleagues">{ shown(others.overall, ui.not_enough()) }</strong></span>
            </p>
            { chart(&rows, with_range, score.is_some()) }
            { table(&rows, others, score.as_ref(), with_range) }
            if let Some(score) = &score { { named_gaps(score, others) } }
            { caveats() }
        </section>
    }
}

/// One characteristic as both views see it.
struct Row<'a> {
    seen: &'a Seen,
    own: Option<f64>,
}

/// One's own score for a characteristic, found by id: the result may be of another
/// edition of the questions than colleagues answered.
fn own_mean(score: &Score, id: &str) -> Option<f64> {
    score.characteristics.iter().find(|c| c.id == id)?.mean
}

const ROW_HEIGHT: f64 = 46.0;
const LABEL_BASELINE: f64 = 17.0;
const MARK_Y: f64 = 33.0;
const WIDTH: f64 = 400.0;
/// Room on the left so that a mark at 1 is not cut off.
const MARGIN: f64 = 10.0;
const AXIS_HEIGHT: f64 = 26.0;

fn chart(rows: &[Row], with_range: bool, with_own: bool) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let height = rows.len() as f64 * ROW_HEIGHT + AXIS_HEIGHT;
    let description = if with_range {
        format!("{} {}", ui.so_chart_description(), ui.so_chart_range())
    } else {
        ui.so_chart_description().to_string()
    };
    let ticks = (SCALE_MIN as u8..=SCALE_MAX as u8).map(|v| (scale_x(f64::from(v)), v));
    html! {
        <figure class="self-other-chart">
            <svg viewBox={format!("{} 0 {} {}", one_decimal(-MARGIN), one_decimal(WIDTH + MARGIN), one_decimal(height))} role="img"
                aria-label={ui.so_chart_title()} aria-describedby="self-other-desc">
                <desc id="self-other-desc">{ &description }</desc>
                { for ticks.map(|(x, v)| html! {
                    <g class="tick">
                        <line x1={one_decimal(x)} x2={one_decimal(x)} y1="22" y2={one_decimal(height - AXIS_HEIGHT + 4.0)} />
                        <text x={one_decimal(x)} y={one_decimal(height - 6.0)} text-anchor="middle">{ v }</text>
                    </g>
                }) }
                { for rows.iter().enumerate().map(|(i, row)| chart_row(i as f64 * ROW_HEIGHT, row)) }
            </svg>
            <figcaption class="legend">
                if with_own { <span>{ glyph(own_mark(12.0, 10.0)) }{ ui.legend_you() }</span> }
                <span>{ glyph(their_mark(12.0, 10.0)) }{ ui.legend_colleagues() }</span>
                if with_range { <span>{ glyph(range_line(2.0, 22.0, 10.0)) }{ ui.legend_range() }</span> }
            </figcaption>
        </figure>
    }
}

/// A characteristic's row: its short name with both numbers, then the marks on the scale.
fn chart_row(top: f64, row: &Row) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let id = row.seen.id.as_str();
    let y = top + MARK_Y;
    // Set apart from one's own number, if there is one.
    let gap = if row.own.is_some() { "14" } else { "0" };
    let theirs = match row.seen.mean {
        Some(mean) => {
            html! { <><tspan class="theirs" dx={gap}>{ "◆" }</tspan>{ format!(" {}", one_decimal(mean)) }</> }
        }
        None => html! { <tspan class="not-seen" dx={gap}>{ ui.so_not_seen() }</tspan> },
    };
    html! {
        <g class="so-row" data-characteristic={id.to_string()}>
            <text class="so-label" x="0" y={one_decimal(top + LABEL_BASELINE)}>
                { en.characteristic(id).map_or(id, |c| c.short) }
            </text>
            <text class="so-values" x={one_decimal(WIDTH)} y={one_decimal(top + LABEL_BASELINE)} text-anchor="end">
                if let Some(own) = row.own { <tspan class="own">{ "○" }</tspan>{ format!(" {}", decimal(own)) } }
                { theirs }
            </text>
            if let Some((lo, hi)) = row.seen.range { { range_line(scale_x(lo), scale_x(hi), y) } }
            if let Some(own) = row.own { { own_mark(scale_x(own), y) } }
            if let Some(mean) = row.seen.mean { { their_mark(scale_x(mean), y) } }
        </g>
    }
}

/// One's own score: a ring, so that colleagues' diamond shows through where they meet.
fn own_mark(x: f64, y: f64) -> Html {
    html! { <circle class="so-own" cx={one_decimal(x)} cy={one_decimal(y)} r="7" /> }
}

fn their_mark(x: f64, y: f64) -> Html {
    html! {
        <rect class="so-theirs" x={one_decimal(x - 4.5)} y={one_decimal(y - 4.5)} width="9" height="9"
            transform={format!("rotate(45 {} {})", one_decimal(x), one_decimal(y))} />
    }
}

fn range_line(lo: f64, hi: f64, y: f64) -> Html {
    html! { <line class="so-range" x1={one_decimal(lo)} x2={one_decimal(hi)} y1={one_decimal(y)} y2={one_decimal(y)} /> }
}

/// A legend's sample of a mark, drawn as on the chart.
fn glyph(mark: Html) -> Html {
    html! { <svg class="so-glyph" viewBox="0 0 24 20" aria-hidden="true">{ mark }</svg> }
}

fn table(rows: &[Row], others: &Others, score: Option<&Score>, with_range: bool) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let range =
        |seen: &Seen| seen.range.map_or_else(String::new, |(lo, hi)| format!("{}–{}", decimal(lo), decimal(hi)));
    html! {
        <DataTable id="self-other-numbers">
            <table id="self-other-table">
                <caption>{ ui.so_chart_title() }</caption>
                <thead><tr>
                    <th scope="col">{ ui.column_characteristic() }</th>
                    if score.is_some() { <th scope="col" class="num">{ ui.legend_you() }</th> }
                    <th scope="col" class="num">{ ui.legend_colleagues() }</th>
                    if with_range { <th scope="col" class="num">{ ui.legend_range() }</th> }
                    <th scope="col" class="num">{ ui.column_rated() }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|row| html! {
                        <tr data-characteristic={row.seen.id.clone()}>
                            <th scope="row">{ en.name(&row.seen.id) }</th>
                            if score.is_some() { <td class="num own">{ shown(row.own, ui.not_enough()) }</td> }
                            <td class="num theirs">{ shown(row.seen.mean, ui.so_not_seen()) }</td>
                            if with_range { <td class="num range">{ range(row.seen) }</td> }
                            <td class="num rated">{ fill(ui.so_rated(), &[("rated", &row.seen.rated), ("count", &others.colleagues)]) }</td>
                        </tr>
                    }) }
                    <tr class="overall">
                        <th scope="row">{ ui.overall() }</th>
                        if let Some(score) = score { <td class="num">{ shown(score.overall, ui.not_enough()) }</td> }
                        <td class="num">{ shown(others.overall, ui.not_enough()) }</td>
                        if with_range { <td></td> }
                        <td></td>
                    </tr>
                </tbody>
            </table>
        </DataTable>
    }
}

/// The largest gaps both ways, with practices for those worth asking about.
fn named_gaps(score: &Score, others: &Others) -> Html {
    let ui = &Catalogue::get().ui;
    let (hidden, asking) = gaps(score, others);
    if hidden.is_empty() && asking.is_empty() {
        return html! { <p id="gaps-none">{ fill(ui.so_gaps_none(), &[("gap", &one_decimal(NAMED_GAP))]) }</p> };
    }
    html! {
        <>
            if !hidden.is_empty() {
                <section id="hidden-strengths" aria-labelledby="hidden-strengths-heading">
                    <h3 id="hidden-strengths-heading">{ ui.so_hidden_title() }</h3>
                    <p>{ ui.so_hidden_text() }</p>
                    { gap_list(&hidden) }
                </section>
            }
            if !asking.is_empty() {
                <section id="worth-asking" aria-labelledby="worth-asking-heading">
                    <h3 id="worth-asking-heading">{ ui.so_asking_title() }</h3>
                    <p>{ ui.so_asking_text() }</p>
                    { gap_list(&asking) }
                    // As many practices as a result offers for its focus areas: the largest gaps'.
                    { for asking.iter().take(FOCUS).map(|gap| practice_card(&gap.id, "h4")) }
                </section>
            }
        </>
    }
}

fn gap_list(list: &[Gap]) -> Html {
    let en = Catalogue::get();
    html! {
        <ul class="names">
            { for list.iter().map(|gap| html! {
                <li data-characteristic={gap.id.clone()}>
                    <strong>{ en.name(&gap.id) }</strong>{ ": " }
                    { fill(en.ui.so_gap(), &[("own", &decimal(gap.own)), ("theirs", &decimal(gap.others))]) }
                </li>
            }) }
        </ul>
    }
}
