//! The facilitator's side: create a workshop, share its link and QR code, present it,
//! collect result codes and see the group's profile (never below three people).

use crate::app::components::confirm::Confirm;
use crate::app::components::practices::practice_cards;
use crate::app::components::qr_code::QrCode;
use crate::app::components::wheel_chart::WheelChart;
use crate::app::router::{navigate, Link};
use crate::app::{dom, explain, store::use_store, Route};
use crate::model::kept::csv::profile_csv;
use crate::model::number::{one_decimal, shown};
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::questionnaire::scoring::CharacteristicScore;
use crate::model::sharing::group::{profile_of, readable, Profile, Verdict};
use crate::model::sharing::workshop::{workshop_id, Workshop, MAX_MESSAGE, MAX_TITLE};
use crate::model::state::Action;
use crate::model::text::clean;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[component]
pub fn WorkshopsPage() -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let heading = dom::use_view(ui.workshops_title.to_string(), ());
    let (title, variant, message, date) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    // Which field is wrong, and why.
    let problem = use_state(|| None::<&'static str>);
    let onsubmit = {
        let (store, problem) = (store.clone(), problem.clone());
        let (title, variant, message, date) = (title.clone(), variant.clone(), message.clone(), date.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let text = clean(&title.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default());
            if !Workshop::title_fits(&text) {
                problem.set(Some(Catalogue::english().ui.workshop_title_needed));
                dom::focus(&title);
                return;
            }
            let variant =
                variant.cast::<HtmlSelectElement>().and_then(|s| Variant::from_id(&s.value())).unwrap_or(Variant::Full);
            let workshop = Workshop {
                id: workshop_id(dom::random_u32()),
                title: text,
                variant,
                message: clean(&message.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default()),
                date: value(&date),
            };
            if !workshop.link_fits() {
                problem.set(Some(Catalogue::english().ui.workshop_link_too_long));
                dom::focus(&message);
                return;
            }
            let id = workshop.id.clone();
            store.dispatch(Action::CreateWorkshop { workshop, now: dom::now() });
            navigate(&Route::Workshop { id });
        })
    };
    html! {
        <section class="workshops">
            <h1 ref={heading} tabindex="-1">{ ui.workshops_title }</h1>
            <p>{ ui.workshops_intro }</p>
            <form class="card" {onsubmit} novalidate=true>
                <h2>{ ui.workshop_new }</h2>
                <p class="field">
                    <label for="workshop-title">{ ui.workshop_title_label }</label>
                    <input id="workshop-title" ref={title} type="text" maxlength={MAX_TITLE.to_string()} required=true
                        aria-invalid={problem.is_some().to_string()} aria-describedby="workshop-problem" />
                </p>
                <p class="field">
                    <label for="workshop-variant">{ ui.workshop_variant_label }</label>
                    <select id="workshop-variant" ref={variant}>
                        <option value={Variant::Full.id()}>{ ui.variant_full }</option>
                        <option value={Variant::Pulse.id()}>{ ui.variant_pulse }</option>
                    </select>
                </p>
                <p class="field">
                    <label for="workshop-message">{ ui.workshop_message_label }</label>
                    <textarea id="workshop-message" ref={message} rows="2" maxlength={MAX_MESSAGE.to_string()} aria-describedby="workshop-problem" />
                </p>
                <p id="workshop-problem" class="problem" role="alert">{ problem.unwrap_or("") }</p>
                <p class="field">
                    <label for="workshop-date">{ ui.workshop_date_label }</label>
                    <input id="workshop-date" ref={date} type="date" />
                </p>
                <button type="submit" class="primary" id="create-workshop">{ ui.workshop_create }</button>
            </form>
            <h2>{ ui.workshops_yours }</h2>
            if store.0.workshops.is_empty() {
                <p>{ ui.workshops_none }</p>
            } else {
                <ul class="workshop-list">
                    { for store.0.workshops.iter().rev().map(|w| html! {
                        <li>
                            <Link to={Route::Workshop { id: w.workshop.id.clone() }}>{ &w.workshop.title }</Link>
                            { format!(" ({}, {}). ", Catalogue::english().variant_name(w.workshop.variant), dom::format_date(w.created_at)) }
                            { fill(ui.workshop_results_count, &[("count", &w.codes.len())]) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

fn join_link(workshop: &Workshop) -> String {
    dom::link_to(&Route::Join { query: workshop.to_query() })
}

#[derive(Properties, PartialEq)]
pub struct WorkshopPageProps {
    pub id: String,
}

#[component]
pub fn WorkshopPage(props: &WorkshopPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let found = store.0.workshops.iter().find(|w| w.workshop.id == props.id);
    // Titled as its heading, so that coming from the list changes the document title.
    let title = found.map_or(ui.workshops_title, |w| w.workshop.title.as_str());
    let heading = dom::use_view(title.to_string(), props.id.clone());
    let copied = use_state(|| None::<bool>);
    let clearing = use_state(|| false);
    let codes = use_node_ref();
    let Some(group) = found else {
        return html! {
            <section>
                <h1 ref={heading} tabindex="-1">{ ui.workshops_title }</h1>
                <p>{ ui.workshops_none }</p>
                <p><Link to={Route::Workshops}>{ ui.workshops_title }</Link></p>
            </section>
        };
    };
    let workshop = &group.workshop;
    let link = join_link(workshop);
    // Decoded once a render: the profile, its export and the count all come from here.
    let results = readable(&group.codes, Bank::builtin());
    let group_profile = profile_of(&results, Bank::builtin());
    let oncopy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            dom::copy(link.clone(), Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let onadd = {
        let (store, codes, id) = (store.clone(), codes.clone(), workshop.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(area) = codes.cast::<HtmlTextAreaElement>() {
                store.dispatch(Action::AddCodes { id: id.clone(), text: area.value() });
                area.set_value("");
            }
        })
    };
    let report = match &store.0.last_codes {
        Some((id, report)) if *id == workshop.id => html! {
            <ul class="code-report" id="code-report">
                { for report.iter().map(|(code, verdict)| html! {
                    <li class={classes!((*verdict == Verdict::Accepted).then_some("accepted"))}>
                        <code>{ code }</code>{ ": " }{ explain::verdict(verdict) }
                    </li>
                }) }
            </ul>
        },
        _ => Html::default(),
    };
    let clear = clearing.then(|| {
        let (store, closing, id) = (store.clone(), clearing.clone(), workshop.id.clone());
        let onyes = Callback::from(move |_| {
            store.dispatch(Action::ClearCodes(id.clone()));
            closing.set(false);
        });
        let close = clearing.clone();
        html! { <Confirm question={ui.group_clear_question} yes={ui.group_clear} {onyes} oncancel={Callback::from(move |_| close.set(false))} /> }
    });
    html! {
        <section class="workshop">
            <h1 ref={heading} tabindex="-1">{ &workshop.title }</h1>
            <p>{ Catalogue::english().variant_name(workshop.variant) }{ if workshop.date.is_empty() { String::new() } else { format!(", {}", workshop.date) } }</p>
            <section class="card" aria-labelledby="share-questionnaire">
                <h2 id="share-questionnaire">{ ui.share_questionnaire_title }</h2>
                <p>{ ui.share_questionnaire_text }</p>
                <p><input type="text" readonly=true class="link-field" id="workshop-link" value={link.clone()}
                    aria-label={ui.share_questionnaire_title} /></p>
                <p class="actions no-print">
                    <button type="button" onclick={oncopy}>{ ui.copy_link }</button>
                    <Link to={Route::Present { id: workshop.id.clone() }} classes="button">{ ui.present }</Link>
                    <span role="status">{ match *copied { Some(true) => ui.copied, Some(false) => ui.copy_failed, None => "" } }</span>
                </p>
                <QrCode text={link} label={ui.qr_questionnaire} />
            </section>
            <section class="card no-print" aria-labelledby="collect-heading">
                <h2 id="collect-heading">{ ui.collect_title }</h2>
                <p>{ ui.collect_text }</p>
                <form onsubmit={onadd}>
                    <label for="codes">{ ui.collect_label }</label>
                    <textarea id="codes" ref={codes} rows="4" spellcheck="false" autocapitalize="characters" />
                    <p><button type="submit" class="primary" id="add-codes">{ ui.collect_add }</button></p>
                </form>
                <div role="status">{ report }</div>
            </section>
            <GroupProfile readable={results.len()} profile={group_profile.clone()} />
            if !group.codes.is_empty() {
                <p class="actions no-print">
                    <button type="button" onclick={ { let c = clearing.clone(); Callback::from(move |_| c.set(true)) } }>{ ui.group_clear }</button>
                    if let Some(profile) = group_profile {
                        <button type="button" id="group-csv" onclick={ {
                            let id = workshop.id.clone();
                            Callback::from(move |_| download_group(&id, &profile))
                        } }>{ ui.group_csv }</button>
                    }
                </p>
                { for clear }
            }
        </section>
    }
}

/// Only the profile, which exists from three people up: never anyone's own answers.
fn download_group(id: &str, profile: &Profile) {
    let _ = dom::download(&format!("servewell-group-{id}.csv"), &profile_csv(profile), "text/csv");
}

#[derive(Properties, PartialEq)]
struct GroupProfileProps {
    /// Codes this app can read; those made with another version of the questions are not counted.
    readable: usize,
    profile: Option<Profile>,
}

#[component]
fn GroupProfile(props: &GroupProfileProps) -> Html {
    let en = Catalogue::english();
    let ui = &en.ui;
    let bank = Bank::builtin();
    let Some(group) = &props.profile else {
        return html! {
            <section aria-labelledby="group-heading">
                <h2 id="group-heading">{ ui.group_title }</h2>
                <p class="notice" id="group-waiting">{ fill(ui.group_waiting, &[("count", &props.readable)]) }</p>
            </section>
        };
    };
    let names = |list: Vec<&CharacteristicScore>| {
        html! {
            <ul class="names">{ for list.into_iter().map(|c| html! {
                <li><strong>{ en.name(&c.id) }</strong>{ " " }<span class="num">{ shown(c.mean, ui.not_enough) }</span></li>
            }) }</ul>
        }
    };
    let x = |v: f64| 120.0 + (v - 1.0) / 4.0 * 260.0;
    html! {
        <section aria-labelledby="group-heading" class="group">
            <h2 id="group-heading">{ ui.group_title }</h2>
            <p id="group-count">{ fill(ui.group_participants, &[("count", &group.participants)]) }</p>
            <div class="columns">
                <div><h3>{ ui.group_strongest }</h3>{ names(group.mean.strongest()) }</div>
                <div><h3>{ ui.group_focus }</h3>{ names(group.mean.focus_areas()) }</div>
            </div>
            <p class="chart-description">{ ui.group_description }</p>
            <table class="group-table" id="group-table">
                <caption class="visually-hidden">{ ui.group_title }</caption>
                <thead><tr>
                    <th scope="col">{ ui.column_characteristic }</th>
                    <th scope="col" class="num">{ ui.column_mean }</th>
                    <th scope="col" class="num">{ ui.column_range }</th>
                </tr></thead>
                <tbody>
                    { for group.mean.characteristics.iter().zip(&group.points).map(|(c, points)| {
                        let range = match (points.first(), points.last()) {
                            (Some(lo), Some(hi)) => format!("{}–{}", one_decimal(*lo), one_decimal(*hi)),
                            _ => String::new(),
                        };
                        html! {
                            <tr data-characteristic={c.id.clone()}>
                                <th scope="row">
                                    { en.name(&c.id) }
                                    <span class="visually-hidden">{ points.iter().map(|p| one_decimal(*p)).collect::<Vec<_>>().join(", ") }</span>
                                    // Under the name, so that it keeps its width on a phone.
                                    <svg viewBox="110 0 280 20" class="strip" aria-hidden="true">
                                        if let (Some(lo), Some(hi)) = (points.first(), points.last()) {
                                            <line class="range" x1={one_decimal(x(*lo))} x2={one_decimal(x(*hi))} y1="10" y2="10" />
                                        }
                                        if let Some(mean) = c.mean {
                                            <rect class="mean-mark" x={one_decimal(x(mean) - 1.5)} y="2" width="3" height="16" />
                                        }
                                        { for points.iter().map(|p| html! { <circle class="person" cx={one_decimal(x(*p))} cy="10" r="6" /> }) }
                                    </svg>
                                </th>
                                <td class="num mean">{ shown(c.mean, ui.not_enough) }</td>
                                <td class="num">{ range }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <WheelChart latest={group.mean.characteristics.iter().map(|c| c.mean).collect::<Vec<_>>()} earlier={None::<Vec<Option<f64>>>}
                goals={vec![None; bank.characteristics.len()]} />
            <h3>{ ui.practices_title }</h3>
            { practice_cards(&group.mean, "h4") }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PresentPageProps {
    pub id: String,
}

/// The title and a large QR code, readable from the back of a room.
#[component]
pub fn PresentPage(props: &PresentPageProps) -> Html {
    let store = use_store();
    let ui = &Catalogue::english().ui;
    let heading = dom::use_view(ui.present.to_string(), props.id.clone());
    let Some(group) = store.0.workshops.iter().find(|w| w.workshop.id == props.id) else {
        return html! { <section><h1 ref={heading} tabindex="-1">{ ui.workshops_none }</h1></section> };
    };
    let link = join_link(&group.workshop);
    html! {
        <section class="present">
            <h1 ref={heading} tabindex="-1">{ &group.workshop.title }</h1>
            if !group.workshop.message.is_empty() { <p class="present-message">{ &group.workshop.message }</p> }
            <QrCode text={link.clone()} label={ui.qr_questionnaire} class="present-qr" />
            <p class="present-link">{ link }</p>
            <p class="no-print"><Link to={Route::Workshop { id: props.id.clone() }}>{ ui.present_leave }</Link></p>
        </section>
    }
}
