//! About the science: the framework, the published instruments this is not, what a
//! score is and is not, what the tool must not be used for, and the sources.

use crate::app::components::page_heading::page_heading;
use crate::app::dom;
use crate::model::present::catalogue::Catalogue;
use yew::prelude::*;

/// A titled section of paragraphs; `id` ties the section to its heading for screen readers.
fn part(id: &str, title: &str, paragraphs: &[&str]) -> Html {
    html! {
        <section aria-labelledby={id.to_string()}>
            <h2 id={id.to_string()}>{ title }</h2>
            { for paragraphs.iter().map(|p| html! { <p>{ *p }</p> }) }
        </section>
    }
}

#[component]
pub fn AboutPage() -> Html {
    let ui = &Catalogue::get().ui;
    let heading = dom::use_view(ui.about_title().to_string(), ());
    html! {
        <article class="about">
            { page_heading(&heading, ui.about_title()) }
            <p class="lead">{ ui.about_intro() }</p>
            { part("about-framework", ui.about_framework_title(), ui.about_framework()) }
            { part("about-instruments", ui.about_instruments_title(), ui.about_instruments()) }
            { part("about-self", ui.about_self_title(), ui.about_self()) }
            { part("about-scores", ui.about_scores_title(), ui.about_scores()) }
            { part("about-limits", ui.about_limits_title(), &[ui.about_limits()]) }
            <section aria-labelledby="about-sources">
                <h2 id="about-sources">{ ui.about_sources_title() }</h2>
                <ul class="references">{ for ui.about_sources().iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
                <p>{ ui.about_practices_note() }</p>
            </section>
        </article>
    }
}
