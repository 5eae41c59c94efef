//! A QR code of some text, drawn as SVG.

use crate::model::present::qr::qr_path;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub text: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let Some((size, path)) = qr_path(&props.text) else { return Html::default() };
    html! {
        <svg class={classes!("qr", props.class.clone())} viewBox={format!("0 0 {size} {size}")} role="img"
            aria-label={props.label.clone()} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} class="qr-light" />
            <path d={path} class="qr-dark" />
        </svg>
    }
}
