//! STUB: to be written.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequestPageProps {
    pub id: String,
}

#[component]
pub fn RequestPage(props: &RequestPageProps) -> Html {
    html! { <h1>{ format!("{:?}", props.id) }</h1> }
}
