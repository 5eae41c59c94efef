//! STUB: to be written.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GivePageProps {
    pub query: String,
}

#[component]
pub fn GivePage(props: &GivePageProps) -> Html {
    html! { <h1>{ format!("{:?}", props.query) }</h1> }
}
