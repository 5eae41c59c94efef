//! An inline confirmation for actions that lose something: it takes focus on its
//! safe choice, so that a stray Enter never confirms.

use crate::app::dom;
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub question: AttrValue,
    pub yes: AttrValue,
    pub onyes: Callback<()>,
    pub oncancel: Callback<()>,
}

#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    let cancel = use_node_ref();
    {
        let cancel = cancel.clone();
        dom::use_mount(Box::new(move || dom::focus(&cancel)));
    }
    html! {
        <div class="confirm" role="group" aria-label={props.question.clone()}>
            <p>{ &props.question }</p>
            <div class="actions">
                <button type="button" class="danger" onclick={props.onyes.reform(|_| ())}>{ &props.yes }</button>
                <button type="button" ref={cancel} onclick={props.oncancel.reform(|_| ())}>
                    { &Catalogue::get().ui.cancel() }
                </button>
            </div>
        </div>
    }
}
