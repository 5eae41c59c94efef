//! STUB: to be written.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackCodePageProps {
    pub code: String,
}

#[component]
pub fn FeedbackCodePage(props: &FeedbackCodePageProps) -> Html {
    html! { <h1>{ format!("{:?}", props.code) }</h1> }
}
