//! STUB: to be written.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CollectPageProps {
    pub query: String,
}

#[component]
pub fn CollectPage(props: &CollectPageProps) -> Html {
    html! { <h1>{ format!("{:?}", props.query) }</h1> }
}
