//! The numbers behind a chart, as a table: shown on request, and always in print.

use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// Unique on the page: names the table for the toggle.
    pub id: AttrValue,
    pub children: Html,
}

#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let open = use_state(|| false);
    let ui = &Catalogue::get().ui;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="data-table-wrap">
            <button type="button" class="link no-print" aria-expanded={open.to_string()} aria-controls={props.id.clone()}
                onclick={toggle}>
                { if *open { ui.hide_numbers() } else { ui.show_numbers() } }
            </button>
            <div id={props.id.clone()} class={classes!("data-table", open.then_some("open"))}>
                { props.children.clone() }
            </div>
        </div>
    }
}
