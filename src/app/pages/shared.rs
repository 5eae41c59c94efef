//! Someone else's result from a result link: shown read-only, and kept in one's own
//! history only on request.

use crate::app::components::caveats::caveats;
use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::score_chart::{score_chart, score_table};
use crate::app::local::shown;
use crate::app::router::{navigate, Link};
use crate::app::{dom, explain, store::use_store, Route};
use crate::model::calendar::ms_of;
use crate::model::kept::history::SavedResult;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::code::decode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: String,
}

#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.shared_title().to_string(), props.code.clone());
    let shared = match decode(&props.code) {
        Ok(shared) => shared,
        Err(error) => {
            let why = html! {
                <p class="notice warning" id="shared-error">{ fill(ui.shared_bad(), &[("reason", &explain::code_error(&error))]) }</p>
            };
            return missing(&heading, ui.shared_title(), why, None);
        }
    };
    let result = shared.score();
    let kept = SavedResult::from_shared(shared.clone());
    let already = store.result(&kept.id).is_some();
    let onkeep = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.keep_shared(kept.clone()))
    };
    // A facilitator opening participants' links one after another adds them to the group.
    let group = store.workshop(&shared.workshop).map(|w| {
        let (store, id, code) = (store.clone(), w.workshop.id.clone(), props.code.clone());
        let onadd = Callback::from(move |_: MouseEvent| {
            store.add_codes(id.clone(), code.clone());
            navigate(&Route::Workshop { id: id.clone() });
        });
        html! {
            <p><button type="button" class="primary" id="add-to-group" onclick={onadd}>
                { fill(ui.shared_add_to_group(), &[("title", &w.workshop.title)]) }
            </button></p>
        }
    });
    html! {
        <article class="result shared">
            { page_heading(&heading, ui.shared_title()) }
            <p class="taken">{ fill(ui.shared_from(), &[
                ("variant", &Catalogue::get().variant_name(shared.variant)),
                ("workshop", &shared.workshop),
                ("date", &dom::format_date(ms_of(shared.day))),
            ]) }</p>
            if !shared.name.is_empty() { <p>{ fill(ui.shared_by(), &[("name", &shared.name)]) }</p> }
            <p class="overall"><span class="label">{ ui.overall() }</span>{ " " }
                <span class="big num" id="overall-score">{ shown(result.overall, ui.not_enough()) }</span>{ " " }{ ui.out_of_five() }</p>
            { caveats() }
            { score_chart(&result) }
            { score_table(&result) }
            { for group }
            <p role="status">
                if already { { ui.shared_kept() }{ " " }<Link to={Route::History}>{ ui.nav_history() }</Link> }
                else { <button type="button" id="keep-shared" onclick={onkeep}>{ ui.shared_keep() }</button> }
            </p>
        </article>
    }
}
