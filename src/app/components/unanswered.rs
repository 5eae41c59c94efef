//! The last check before a result: every item left unanswered, each a link to its page,
//! and the way to finish anyway. A colleague answering `about` someone reads the items
//! as they were asked, and finishes with a code rather than a result.

use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::Item;
use yew::prelude::*;

/// `unanswered` holds (page, item); `onjump` receives the page and the item's id.
pub fn unanswered_list(
    unanswered: &[(usize, &Item)],
    about: Option<&str>,
    onjump: Callback<(usize, String)>,
    onfinish: Callback<()>,
) -> Html {
    let en = Catalogue::get();
    let ui = &en.ui;
    html! {
        <section class="unanswered card" id="unanswered" aria-labelledby="unanswered-title">
            <h2 id="unanswered-title" tabindex="-1">{ fill(ui.unanswered_title(), &[("count", &unanswered.len())]) }</h2>
            <p>{ if about.is_some() { ui.giving_unanswered_text() } else { ui.unanswered_text() } }</p>
            <ul>
                { for unanswered.iter().map(|(page, item)| {
                    let (page, id) = (*page, item.id.clone());
                    let text = about.map_or_else(|| en.item(&item.id).to_string(), |name| en.observer_item(&item.id, name));
                    let onclick = onjump.reform(move |_: MouseEvent| (page, id.clone()));
                    html! {
                        <li><button type="button" class="link" {onclick}>
                            { fill(ui.unanswered_link(), &[("page", &(page + 1)), ("text", &text)]) }
                        </button></li>
                    }
                }) }
            </ul>
            <button type="button" id="finish-anyway" onclick={onfinish.reform(|_: MouseEvent| ())}>{ if about.is_some() { ui.giving_finish_anyway() } else { ui.finish_anyway() } }</button>
        </section>
    }
}
