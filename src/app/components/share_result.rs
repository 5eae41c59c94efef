//! "Share my result": only for a workshop's result, only on request, optionally with a
//! first name. The code is made here, and handed over as its link, QR code, copy or the
//! share sheet; nothing is sent by itself.

use crate::app::components::send_link::SendLink;
use crate::app::{dom, Route};
use crate::model::kept::history::SavedResult;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::code::encode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareResultProps {
    pub result: SavedResult,
}

#[component]
pub fn ShareResult(props: &ShareResultProps) -> Html {
    let ui = &Catalogue::get().ui;
    let name = use_node_ref();
    let code = use_state(|| None::<(String, String)>);
    {
        // Once made, the code itself takes focus, so it is read out and ready to copy.
        let ready = code.is_some();
        use_effect_with(ready, |ready| {
            if *ready {
                dom::focus_id("result-code");
            }
        });
    }
    let Some(workshop) = props.result.workshop.as_ref() else { return Html::default() };
    let onmake = {
        let (name, code, result) = (name.clone(), code.clone(), props.result.clone());
        Callback::from(move |_: MouseEvent| {
            let given = name.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            code.set(result.shared(&given).map(|shared| (encode(&shared), shared.name)));
        })
    };
    let link = code.as_ref().map(|(code, _)| dom::link_to(&Route::Shared { code: code.clone() }));
    let title: &[(&str, &dyn std::fmt::Display)] = &[("title", &workshop.title)];
    html! {
        <section class="card share-result" aria-labelledby="share-result-heading">
            <h2 id="share-result-heading">{ ui.share_result_title() }</h2>
            <p>{ fill(ui.share_result_text(), title) }</p>
            <p class="field">
                <label for="share-name">{ ui.share_name_label() }</label>
                <input id="share-name" ref={name} type="text" maxlength="20" autocomplete="off" />
            </p>
            <p><button type="button" id="make-code" onclick={onmake}>{ ui.share_make() }</button></p>
            <p role="status">{ match &*code {
                Some((_, name)) if name.is_empty() => ui.share_ready_anonymous().to_string(),
                Some((_, name)) => fill(ui.share_ready_named(), &[("name", name)]),
                None => String::new(),
            } }</p>
            if let Some(((code, _), link)) = code.as_ref().zip(link) {
                <SendLink id="result" {link} link_label={ui.share_link_label()}
                    code={Some((AttrValue::from(code.clone()), AttrValue::from(ui.share_code_label())))} qr_label={ui.qr_result()}
                    share_title={fill(ui.share_result_share_title(), title)} share_text={fill(ui.share_result_share_text(), title)} />
            }
        </section>
    }
}
