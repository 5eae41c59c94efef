//! STUB: to be written.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AskPageProps {
    pub result: Option<String>,
}

#[component]
pub fn AskPage(props: &AskPageProps) -> Html {
    html! { <h1>{ format!("{:?}", props.result) }</h1> }
}
