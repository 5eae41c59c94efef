use crate::app::router::Link;
use crate::app::{dom, Route};
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

#[component]
pub fn NotFound() -> Html {
    let ui = &Catalogue::english().ui;
    let heading = dom::use_view(ui.not_found_title.to_string(), ());
    html! {
        <section>
            <h1 ref={heading} tabindex="-1">{ &ui.not_found_title }</h1>
            <p>{ &ui.not_found_text }</p>
            <p><Link to={Route::Landing}>{ &ui.nav_home }</Link></p>
        </section>
    }
}
