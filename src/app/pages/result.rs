//! One result, summary first: the overall score, strengths and focus areas; then the
//! chart and table; then what the scores mean, practices, and a closing reflection.

use crate::app::components::caveats::caveats;
use crate::app::components::keep_on_device::KeepOnDevice;
use crate::app::components::missing::missing;
use crate::app::components::note_editor::NoteEditor;
use crate::app::components::page_heading::page_heading;
use crate::app::components::practices::practice_cards;
use crate::app::components::score_chart::{score_chart, score_table};
use crate::app::components::share_result::ShareResult;
use crate::app::local::{decimal, shown};
use crate::app::router::Link;
use crate::app::{dom, store::use_store, Route};
use crate::model::number::one_decimal;
use crate::model::present::catalogue::{fill, Catalogue};
use crate::model::questionnaire::answers::Answer;
use crate::model::questionnaire::bank::{Bank, Variant};
use crate::model::questionnaire::scoring::{minimum_for_overall, CharacteristicScore, Flag, Picks, FOCUS, STRONGEST};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    pub id: String,
}

#[component]
pub fn ResultPage(props: &ResultPageProps) -> Html {
    let store = use_store();
    let en = Catalogue::get();
    let ui = &en.ui;
    let heading = dom::use_view(ui.result_title().to_string(), props.id.clone());

    let Some(result) = store.result(&props.id) else {
        let why = html! { <p id="result-missing">{ &ui.result_missing() }</p> };
        return missing(&heading, ui.result_title(), why, Some((Route::History, ui.nav_history())));
    };
    let bank = result.bank();
    let score = result.score();
    let names = |list: Vec<&CharacteristicScore>| -> Html {
        html! {
            <ul class="names">
                { for list.into_iter().map(|c| html! {
                    <li>
                        <strong>{ en.name(&c.id) }</strong>{ " " }
                        <span class="num">{ shown(c.mean, ui.not_enough()) }</span>
                        <span class="definition">{ en.characteristic(&c.id).map(|t| t.definition).unwrap_or("") }</span>
                    </li>
                }) }
            </ul>
        }
    };
    let overall_band = en.band_of(bank, score.overall);
    let flags = score.flags.iter().map(|flag| match flag {
        Flag::StraightLining => html! { <p>{ ui.flag_straight_lining() }</p> },
        Flag::Inconsistent(pairs) => html! {
            <>
                <p>{ ui.flag_inconsistent() }</p>
                <ul>{ for pairs.iter().map(|(item, partner)| html! {
                    <li>{ fill(ui.flag_pair(), &[("item", &en.item(item)), ("partner", &en.item(partner))]) }</li>
                }) }</ul>
            </>
        },
    });
    let scored = score.scored();
    let not_come_up = result.answers.values().filter(|a| **a == Answer::NotComeUp).count();
    let minimum = minimum_for_overall(bank.characteristics.len());
    let has_flags = !score.flags.is_empty();
    let bands = bank.band_ranges().filter_map(|(band, to)| {
        let text = en.band(&band.id)?;
        Some(html! {
            <div>
                <dt>{ &text.name }{ " (" }{ fill(ui.band_range(), &[("from", &decimal(band.from)), ("to", &decimal(to))]) }{ ")" }</dt>
                <dd>{ &text.meaning }</dd>
            </div>
        })
    });

    html! {
        <article class="result">
            { page_heading(&heading, ui.result_title()) }
            <p class="taken">{ fill(ui.result_taken(), &[("variant", &Catalogue::get().variant_name(result.variant)), ("date", &dom::format_date(result.taken_at))]) }</p>
            if bank.version != Bank::current().version {
                <p class="note" id="result-edition">{ fill(ui.result_edition(), &[("version", &bank.version), ("current", &Bank::current().version)]) }</p>
            }

            <section class="summary card" aria-label={ui.overall()}>
                <p class="overall">
                    <span class="label">{ &ui.overall() }</span>
                    // Without an overall, the reason below says why: no big "not enough" shouting.
                    <span class={classes!("num", score.overall.is_some().then_some("big"))} id="overall-score">{ shown(score.overall, ui.not_enough()) }</span>
                    if score.overall.is_some() { <span class="of">{ &ui.out_of_five() }</span> }
                    if let Some(band) = overall_band { <span class="band">{ &band.name }</span> }
                </p>
                // A pulse is led by its overall score: each characteristic is one answer.
                if result.variant == Variant::Pulse { <p class="note" id="pulse-note">{ &ui.pulse_note() }</p> }
                if score.overall.is_none() {
                    <p id="overall-too-few">{ fill(ui.overall_too_few(), &[("count", &scored), ("minimum", &minimum)]) }</p>
                } else if scored < bank.characteristics.len() {
                    <p>{ fill(ui.overall_partial(), &[("count", &scored)]) }</p>
                }
                if not_come_up > 0 { <p id="not-come-up-note">{ fill(ui.not_come_up_note(), &[("count", &not_come_up)]) }</p> }
                { match score.picks() {
                    Picks::Flat => html! {
                        <p id="profile-flat">{ fill(ui.profile_flat(), &[("spread", &one_decimal(score.spread()))]) }</p>
                    },
                    Picks::Named { strongest, focus } => {
                        let tied = strongest.len() > STRONGEST || focus.len() > FOCUS;
                        html! {
                            <>
                                <div class="columns">
                                    <div id="strongest">
                                        <h2>{ &ui.strongest_title() }</h2>
                                        { names(strongest) }
                                    </div>
                                    <div id="focus-areas">
                                        <h2>{ &ui.focus_title() }</h2>
                                        { names(focus) }
                                    </div>
                                </div>
                                if tied { <p class="note" id="ties-note">{ ui.ties_note() }</p> }
                            </>
                        }
                    }
                } }
            </section>
            { caveats() }
            <p class="no-print"><Link to={Route::Ask { result: Some(result.id.clone()) }} classes="button">{ ui.ask_title() }</Link></p>

            if has_flags {
                <section class="notice" id="quality-flags" aria-labelledby="flags-title">
                    <h2 id="flags-title">{ &ui.flags_title() }</h2>
                    { for flags }
                </section>
            }

            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ &ui.chart_title() }</h2>
                { score_chart(&score) }
                { score_table(&score) }
            </section>

            <section aria-labelledby="bands-title">
                <h2 id="bands-title">{ &ui.bands_title() }</h2>
                <dl class="bands">{ for bands }</dl>
                <p class="note" id="bands-note">{ ui.bands_note() }</p>
            </section>

            <section aria-labelledby="practices-title">
                <h2 id="practices-title">{ &ui.practices_title() }</h2>
                { practice_cards(&score, "h3") }
            </section>

            <section class="reflection" aria-labelledby="reflection-title">
                <h2 id="reflection-title">{ &ui.reflection_title() }</h2>
                <blockquote><p>{ &en.best_test.question }</p></blockquote>
                <p class="source">{ &en.best_test.source }</p>
            </section>

            <ShareResult result={result.clone()} />
            <NoteEditor id={result.id.clone()} note={result.note.clone()} />
            // After a first result, when there is something to keep.
            if store.history().len() == 1 { <KeepOnDevice /> }

            <p class="actions">
                <Link to={Route::Landing} classes="button primary">{ &ui.take_again() }</Link>
                <Link to={Route::History} classes="button">{ &ui.nav_history() }</Link>
            </p>
        </article>
    }
}
