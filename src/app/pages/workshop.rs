//! One workshop, for its facilitator: its link and QR code to share, the result codes
//! collected, and the group's profile (never below three people).

use crate::app::components::confirm::Confirm;
use crate::app::components::group_profile::group_profile;
use crate::app::components::missing::missing;
use crate::app::components::page_heading::page_heading;
use crate::app::components::send_link::SendLink;
use crate::app::router::Link;
use crate::app::{dom, explain, language, store::use_store, Route};
use crate::model::kept::csv::profile_csv;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::sharing::group::{profile_of, readable, Profile, Verdict};
use crate::model::sharing::workshop::Workshop;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The link participants open to take the workshop's questionnaire.
pub fn join_link(workshop: &Workshop) -> String {
    dom::link_to(&Route::Join { query: language::tagged(workshop.to_query()) })
}

/// The questionnaire and, if set, the date: the line under a workshop's title.
pub fn variant_and_date(workshop: &Workshop) -> String {
    let variant = Catalogue::get().variant_name(workshop.variant);
    if workshop.date.is_empty() {
        variant.to_string()
    } else {
        format!("{variant}, {}", workshop.date)
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkshopPageProps {
    pub id: String,
}

#[component]
pub fn WorkshopPage(props: &WorkshopPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::get().ui;
    let found = store.workshop(&props.id);
    // Titled as its heading, so that coming from the list changes the document title.
    let title = found.map_or(ui.workshops_title(), |w| w.workshop.title.as_str());
    let heading = dom::use_view(title.to_string(), props.id.clone());
    let clearing = use_state(|| false);
    let codes = use_node_ref();
    let Some(group) = found else {
        let why = html! { <p>{ ui.workshops_none() }</p> };
        return missing(&heading, ui.workshops_title(), why, Some((Route::Workshops, ui.workshops_title())));
    };
    let workshop = &group.workshop;
    let link = join_link(workshop);
    // Decoded once a render: the profile, its export and the count all come from here.
    let results = readable(&group.codes);
    let profile = profile_of(&results);
    let onadd = {
        let (store, codes, id) = (store.clone(), codes.clone(), workshop.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(area) = codes.cast::<HtmlTextAreaElement>() {
                store.add_codes(id.clone(), area.value());
                area.set_value("");
            }
        })
    };
    let report = store.codes_report(&workshop.id).map(|report| {
        html! {
            <ul class="code-report" id="code-report">
                { for report.iter().map(|(code, verdict)| html! {
                    <li class={classes!((*verdict == Verdict::Accepted).then_some("accepted"))}>
                        <code>{ code }</code>{ ": " }{ explain::verdict(verdict) }
                    </li>
                }) }
            </ul>
        }
    });
    let clear = clearing.then(|| {
        let (store, closing, id) = (store.clone(), clearing.clone(), workshop.id.clone());
        let onyes = Callback::from(move |_| {
            store.clear_codes(id.clone());
            closing.set(false);
        });
        let close = clearing.clone();
        html! { <Confirm question={ui.group_clear_question()} yes={ui.group_clear()} {onyes} oncancel={Callback::from(move |_| close.set(false))} /> }
    });
    html! {
        <section class="workshop">
            { page_heading(&heading, &workshop.title) }
            <p>{ variant_and_date(workshop) }</p>
            <section class="card" aria-labelledby="share-questionnaire">
                <h2 id="share-questionnaire">{ ui.share_questionnaire_title() }</h2>
                <p>{ ui.share_questionnaire_text() }</p>
                <SendLink id="workshop" {link} link_label={ui.workshop_link_label()} qr_label={ui.qr_questionnaire()}
                    share_title={workshop.title.clone()} share_text={fill(ui.workshop_share_text(), &[("title", &workshop.title)])}>
                    <Link to={Route::Present { id: workshop.id.clone() }} classes="button">{ ui.present() }</Link>
                </SendLink>
            </section>
            <section class="card no-print" aria-labelledby="collect-heading">
                <h2 id="collect-heading">{ ui.collect_title() }</h2>
                <p>{ ui.collect_text() }</p>
                <form onsubmit={onadd}>
                    <label for="codes">{ ui.collect_label() }</label>
                    <textarea id="codes" ref={codes} rows="4" spellcheck="false" autocapitalize="characters" />
                    <p><button type="submit" class="primary" id="add-codes">{ ui.collect_add() }</button></p>
                </form>
                <div role="status">{ for report }</div>
            </section>
            { group_profile(results.len(), profile.as_ref()) }
            if !group.codes.is_empty() {
                <p class="actions no-print">
                    <button type="button" onclick={ { let c = clearing.clone(); Callback::from(move |_| c.set(true)) } }>{ ui.group_clear() }</button>
                    if let Some(profile) = profile {
                        <button type="button" id="group-csv" onclick={ {
                            let id = workshop.id.clone();
                            Callback::from(move |_| download_group(&id, &profile))
                        } }>{ ui.group_csv() }</button>
                    }
                </p>
                { for clear }
            }
        </section>
    }
}

/// Only the profile, which exists from three people up: never anyone's own answers.
fn download_group(id: &str, profile: &Profile) {
    let _ = dom::download(
        &format!("servewell-group-{id}.csv"),
        &profile_csv(profile, &Catalogue::get().spreadsheet()),
        "text/csv",
    );
}
