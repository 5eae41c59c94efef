//! A workshop presented to a room: its title and a QR code large enough to read from the
//! back.

use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::qr_code::QrCode;
use crate::app::pages::workshop::join_link;
use crate::app::router::Link;
use crate::app::{dom, store::use_store, Route};
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentPageProps {
    pub id: String,
}

#[component]
pub fn PresentPage(props: &PresentPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.present().to_string(), props.id.clone());
    let Some(group) = store.workshop(&props.id) else {
        return missing(&heading, ui.workshops_none(), Html::default(), None);
    };
    let link = join_link(&group.workshop);
    html! {
        <section class="present">
            { page_heading(&heading, &group.workshop.title) }
            if !group.workshop.message.is_empty() { <p class="present-message">{ &group.workshop.message }</p> }
            <QrCode text={link.clone()} label={ui.qr_questionnaire()} class="present-qr" />
            <p class="present-link">{ link }</p>
            <p class="no-print"><Link to={Route::Workshop { id: props.id.clone() }}>{ ui.present_leave() }</Link></p>
        </section>
    }
}
