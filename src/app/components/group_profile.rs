//! A workshop group's profile: strongest and focus areas, each characteristic's mean
//! with everyone's score on a strip, the wheel and practices. Only from three people
//! up, so no one's own answers can be read from it.

use crate::app::components::caveats::caveats;
use crate::app::components::practices::practice_cards;
use crate::app::components::wheel_chart::WheelChart;
use crate::app::local::{decimal, shown};
use crate::model::number::one_decimal;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::present::chart::{strip, STRIP_MARK_WIDTH, STRIP_VIEW_BOX};
use crate::model::questionnaire::bank::Bank;
use crate::model::questionnaire::scoring::{CharacteristicScore, Picks};
use crate::model::sharing::group::Profile;
use yew::prelude::*;

/// `readable` counts the codes this app can read: those made with another version of
/// the questions are not.
pub fn group_profile(readable: usize, profile: Option<&Profile>) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    let Some(group) = profile else {
        return html! {
            <section aria-labelledby="group-heading">
                <h2 id="group-heading">{ ui.group_title() }</h2>
                <p class="notice" id="group-waiting">{ fill(ui.group_waiting(), &[("count", &readable)]) }</p>
            </section>
        };
    };
    let names = |list: Vec<&CharacteristicScore>| {
        html! {
            <ul class="names">{ for list.into_iter().map(|c| html! {
                <li><strong>{ en.name(&c.id) }</strong>{ " " }<span class="num">{ shown(c.mean, ui.not_enough()) }</span></li>
            }) }</ul>
        }
    };
    html! {
        <section aria-labelledby="group-heading" class="group">
            <h2 id="group-heading">{ ui.group_title() }</h2>
            <p id="group-count">{ fill(ui.group_participants(), &[("count", &group.participants)]) }</p>
            { caveats() }
            { match group.mean.picks() {
                Picks::Flat => html! {
                    <p id="group-flat">{ fill(ui.group_flat(), &[("spread", &one_decimal(group.mean.spread()))]) }</p>
                },
                Picks::Named { strongest, focus } => html! {
                    <div class="columns">
                        <div><h3>{ ui.group_strongest() }</h3>{ names(strongest) }</div>
                        <div><h3>{ ui.group_focus() }</h3>{ names(focus) }</div>
                    </div>
                },
            } }
            <p class="chart-description">{ ui.group_description() }</p>
            <table class="group-table" id="group-table">
                <caption class="visually-hidden">{ ui.group_title() }</caption>
                <thead><tr>
                    <th scope="col">{ ui.column_characteristic() }</th>
                    <th scope="col" class="num">{ ui.column_mean() }</th>
                    <th scope="col" class="num">{ ui.column_range() }</th>
                </tr></thead>
                <tbody>
                    { for group.mean.characteristics.iter().zip(&group.points).map(|(c, points)| {
                        let range = match (points.first(), points.last()) {
                            (Some(lo), Some(hi)) => format!("{}–{}", decimal(*lo), decimal(*hi)),
                            _ => String::new(),
                        };
                        let strip = strip(points, c.mean);
                        html! {
                            <tr data-characteristic={c.id.clone()}>
                                <th scope="row">
                                    { en.name(&c.id) }
                                    <span class="visually-hidden">{ points.iter().map(|p| decimal(*p)).collect::<Vec<_>>().join(", ") }</span>
                                    // Under the name, so that it keeps its width on a phone.
                                    <svg viewBox={STRIP_VIEW_BOX} class="strip" aria-hidden="true">
                                        if let Some((lo, hi)) = strip.range {
                                            <line class="range" x1={one_decimal(lo)} x2={one_decimal(hi)} y1="10" y2="10" />
                                        }
                                        if let Some(x) = strip.mean_x {
                                            <rect class="mean-mark" x={one_decimal(x)} y="2" width={STRIP_MARK_WIDTH.to_string()} height="16" />
                                        }
                                        { for strip.people.iter().map(|x| html! { <circle class="person" cx={one_decimal(*x)} cy="10" r="6" /> }) }
                                    </svg>
                                </th>
                                <td class="num mean">{ shown(c.mean, ui.not_enough()) }</td>
                                <td class="num">{ range }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <WheelChart latest={group.mean.means()} earlier={None::<Vec<Option<f64>>>}
                goals={vec![None; Bank::current().characteristics.len()]} />
            <h3>{ ui.practices_title() }</h3>
            { practice_cards(&group.mean, "h4") }
        </section>
    }
}
