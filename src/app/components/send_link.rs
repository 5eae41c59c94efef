//! Something to hand to someone else: a link (and the code it carries, if any), its QR
//! code, a copy button, and the phone's share sheet where the browser has one. Nothing
//! is sent by the app: the person chooses how.

use crate::app::components::qr_code::QrCode;
use crate::app::dom;
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SendLinkProps {
    /// Prefix of the fields' ids: `{id}-code`, `{id}-link`, `{id}-copy`, `{id}-share`.
    pub id: AttrValue,
    pub link: AttrValue,
    pub link_label: AttrValue,
    /// The code the link carries, shown on its own to read out or paste.
    #[prop_or_default]
    pub code: Option<(AttrValue, AttrValue)>,
    /// What the QR code shows, for screen readers.
    pub qr_label: AttrValue,
    /// The share sheet's title and text.
    pub share_title: AttrValue,
    pub share_text: AttrValue,
    /// More actions, beside copy and share.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn SendLink(props: &SendLinkProps) -> Html {
    let ui = &Catalogue::get().ui;
    let status = use_state(|| None::<&'static str>);
    let id = |part: &str| format!("{}-{part}", props.id);
    let oncopy = {
        let (link, field, status) = (props.link.to_string(), id("link"), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (field, status) = (field.clone(), status.clone());
            dom::copy(
                link.clone(),
                Callback::from(move |ok: bool| {
                    // Selected, the link is ready for the person to copy it themselves.
                    if !ok {
                        dom::select_id(&field);
                    }
                    status.set(Some(if ok { ui.copied() } else { ui.copy_failed() }))
                }),
            );
        })
    };
    let onshare = {
        let (title, text, link) = (props.share_title.to_string(), props.share_text.to_string(), props.link.to_string());
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            dom::share(
                &title,
                &text,
                &link,
                Callback::from(move |ok: bool| status.set(ok.then_some(ui.shared_done()))),
            );
        })
    };
    html! {
        <div class="send-link">
            if let Some((code, label)) = &props.code {
                <p><label for={id("code")}>{ label }</label>
                    <input id={id("code")} class="code-field" readonly=true value={code.clone()} /></p>
            }
            <p><label for={id("link")}>{ &props.link_label }</label>
                <input id={id("link")} class="link-field" readonly=true value={props.link.clone()} /></p>
            <p class="actions">
                <button type="button" id={id("copy")} onclick={oncopy}>{ ui.copy_link() }</button>
                if dom::can_share() { <button type="button" id={id("share")} onclick={onshare}>{ ui.share_link() }</button> }
                { props.children.clone() }
            </p>
            <p role="status" id={id("status")}>{ status.unwrap_or_default() }</p>
            <QrCode text={props.link.clone()} label={props.qr_label.clone()} />
        </div>
    }
}
