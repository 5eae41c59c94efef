//! A goal per characteristic, shown on the wheel and the trends.

use crate::app::components::page_heading::page_heading;
use crate::app::router::Link;
use crate::app::{dom, store::use_store, Route};
use crate::model::kept::settings::goal_on_scale;
use crate::model::number::one_decimal;
use crate::model::present::catalogue::Catalogue;
use crate::model::questionnaire::bank::Bank;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn GoalsPage() -> Html {
    let store = use_store();
    let en = Catalogue::get();
    let ui = &en.ui;
    let heading = dom::use_view(ui.goals_title().to_string(), ());
    let fields = Bank::current().characteristics.iter().map(|id| {
        let goal = store.settings().goals.get(id).copied();
        let onchange = {
            let (id, store) = (id.clone(), store.clone());
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                // Text the browser cannot read as a number reads as "": that must not
                // clear a goal. An empty box does.
                if input.validity().bad_input() {
                    return;
                }
                let goal = input.value_as_number();
                let goal = if goal.is_nan() { None } else { goal_on_scale(goal) };
                // Show the goal as kept, rounded and on the scale.
                input.set_value(&goal.map(one_decimal).unwrap_or_default());
                store.set_goal(id.clone(), goal);
            })
        };
        html! {
            <div class="goal-field">
                <label for={format!("goal-{id}")}>{ en.name(id) }</label>
                <input type="number" id={format!("goal-{id}")} min="1" max="5" step="0.1" inputmode="decimal"
                    value={goal.map(one_decimal).unwrap_or_default()} {onchange} />
            </div>
        }
    });
    html! {
        <section class="goals">
            { page_heading(&heading, ui.goals_title()) }
            <p>{ ui.goals_text() }</p>
            <form class="goal-fields" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>{ for fields }</form>
            <p class="note">{ ui.goals_saved() }</p>
            <p><Link to={Route::History} classes="button">{ ui.nav_history() }</Link></p>
        </section>
    }
}
