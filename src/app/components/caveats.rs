//! What a self-rating cannot tell, beside every score a person or a group is shown, with
//! the way to the longer account on the About page.

use crate::app::router::Link;
use crate::app::Route;
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

pub fn caveats() -> Html {
    let ui = &Catalogue::get().ui;
    html! {
        <section class="caveats">
            <p>{ ui.self_rating_note() }</p>
            <p>{ ui.caveat() }</p>
            <p class="no-print"><Link to={Route::About}>{ ui.about_link() }</Link></p>
        </section>
    }
}
