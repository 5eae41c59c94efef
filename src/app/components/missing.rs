//! What a screen shows in place of a subject that is not there (a deleted result, an
//! unknown workshop, a link that cannot be read): its heading, why, and a way on.

use crate::app::components::page_heading::page_heading;
use crate::app::router::Link;
use crate::model::route::Route;
use yew::prelude::*;

pub fn missing(heading: &NodeRef, title: &str, why: Html, way_on: Option<(Route, &str)>) -> Html {
    html! {
        <section>
            { page_heading(heading, title) }
            { why }
            if let Some((to, text)) = way_on { <p><Link {to}>{ text }</Link></p> }
        </section>
    }
}
