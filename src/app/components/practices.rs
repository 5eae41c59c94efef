//! The practice to try for each focus area, for one person's result and for a group's.

use crate::model::present::catalogue::Catalogue;
use crate::model::questionnaire::scoring::{Picks, Score};
use yew::prelude::*;

/// One card per focus area of `score`, each headed with `heading` (`h3`, `h4`) to fit
/// the outline of the page it is on. A flat profile singles none out: every practice is
/// offered, folded, for the reader to choose from.
pub fn practice_cards(score: &Score, heading: &'static str) -> Html {
    let en = Catalogue::get();
    match score.picks() {
        Picks::Named { focus, .. } => html! { { for focus.into_iter().map(|c| practice_card(&c.id, heading)) } },
        Picks::Flat => html! {
            <>
                <p id="practices-flat">{ en.ui.practices_flat() }</p>
                { for score.characteristics.iter().filter_map(|c| en.characteristic(&c.id)).map(|text| html! {
                    <details class="practice card">
                        <summary>{ text.name }{ ": " }{ text.practice.title }</summary>
                        <p>{ text.practice.text }</p>
                        <p class="source">{ text.practice.source }</p>
                    </details>
                }) }
            </>
        },
    }
}

/// The practice for characteristic `id`, as a card headed with `heading`.
pub fn practice_card(id: &str, heading: &'static str) -> Html {
    let Some(text) = Catalogue::get().characteristic(id) else { return Html::default() };
    html! {
        <article class="practice card">
            <@{heading}>{ text.name }{ ": " }{ text.practice.title }</@>
            <p>{ text.practice.text }</p>
            <p class="source">{ text.practice.source }</p>
        </article>
    }
}
