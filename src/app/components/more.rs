//! Long lists, such as a history of a thousand results, are drawn a page at a time, newest
//! first, with the rest behind a button: the page then appears as quickly with a thousand
//! results as with a dozen, and nothing is out of reach.

use crate::model::present::catalogue::{fill, Catalogue};
use yew::prelude::*;

/// Rows drawn at first.
pub const PAGE: usize = 25;

/// How many rows of a long list to draw.
#[hook]
pub fn use_rows() -> UseStateHandle<usize> {
    use_state(|| PAGE)
}

/// Under a list of `total` rows drawn in part: how many are shown (in print too), and
/// buttons for twice as many, or for all. Nothing when every row is drawn.
pub fn more(rows: &UseStateHandle<usize>, total: usize, id: &str) -> Html {
    if total <= **rows {
        return Html::default();
    }
    let ui = &Catalogue::get().ui;
    let show = |count: usize| {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| rows.set(count))
    };
    html! {
        <p class="more" id={id.to_string()}>
            <span role="status">{ fill(ui.list_partial(), &[("shown", &**rows), ("total", &total)]) }</span>{ " " }
            <span class="no-print">
                <button type="button" class="link more-rows" onclick={show(**rows * 2)}>{ ui.list_more() }</button>{ " " }
                <button type="button" class="link all-rows" onclick={show(total)}>{ fill(ui.list_all(), &[("total", &total)]) }</button>
            </span>
        </p>
    }
}
