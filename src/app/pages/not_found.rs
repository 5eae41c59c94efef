//! Any address this app does not know.

use crate::app::components::missing::missing;
use crate::app::{dom, Route};
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

#[component]
pub fn NotFound() -> Html {
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.not_found_title().to_string(), ());
    let why = html! { <p>{ &ui.not_found_text() }</p> };
    missing(&heading, ui.not_found_title(), why, Some((Route::Landing, ui.nav_home())))
}
