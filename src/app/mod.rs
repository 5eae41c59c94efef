//! The browser front end: thin Yew views over the pure model.

// The first-visit build leaves out the pages only the full build routes to: what those
// alone use is unused there, and dropped from its download by the linker.
#[cfg_attr(feature = "first-visit", allow(dead_code, unused_imports))]
mod components;
mod dom;
mod explain;
mod language;
mod local;
#[cfg_attr(feature = "first-visit", allow(dead_code, unused_imports))]
mod pages;
mod router;
mod service_worker;
mod storage;
mod store;

pub use components::item_field::{ItemField, ItemFieldProps};
pub use store::load_state;

use crate::model::present::catalogue::{Catalogue, LANGUAGES};
pub use crate::model::route::Route;
use pages::{
    about::AboutPage, give::GivePage, join::JoinPage, landing::Landing, not_found::NotFound,
    questionnaire::GivingQuestionnaire, questionnaire::Questionnaire, result::ResultPage, shared::SharedPage,
};
#[cfg(not(feature = "first-visit"))]
use pages::{
    ask::AskPage, collect::CollectPage, compare::ComparePage, data::DataPage, feedback_code::FeedbackCodePage,
    goals::GoalsPage, history::HistoryPage, present::PresentPage, request::RequestPage, workshop::WorkshopPage,
    workshops::WorkshopsPage,
};
use router::{use_route, Link, Router};
use store::StoreProvider;
use yew::prelude::*;

#[component]
fn Page() -> Html {
    let store = store::use_store();
    let route = use_route().resolve_home(!store.history().is_empty(), store.progress().is_some());
    #[cfg(feature = "first-visit")]
    if !route.in_first_visit() {
        return html! { <router::HandOver /> };
    }
    match route {
        Route::Home | Route::Landing => html! { <Landing /> },
        Route::Start { variant } => html! { <Landing start={variant} /> },
        Route::Assessment => html! { <Questionnaire /> },
        Route::Result { id } => html! { <ResultPage {id} /> },
        Route::Join { query } => html! { <JoinPage {query} /> },
        Route::Shared { code } => html! { <SharedPage {code} /> },
        Route::About => html! { <AboutPage /> },
        Route::Give { query } => html! { <GivePage {query} /> },
        Route::Giving => html! { <GivingQuestionnaire /> },
        Route::NotFound => html! { <NotFound /> },
        // The full build's alone: the first-visit build has handed them over above.
        #[cfg(feature = "first-visit")]
        _ => unreachable!("a route the first-visit build lacks is handed over"),
        #[cfg(not(feature = "first-visit"))]
        Route::History => html! { <HistoryPage /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Compare { before, after } => html! { <ComparePage {before} {after} /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Goals => html! { <GoalsPage /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Data => html! { <DataPage /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Workshops => html! { <WorkshopsPage /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Workshop { id } => html! { <WorkshopPage {id} /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Present { id } => html! { <PresentPage {id} /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Ask { result } => html! { <AskPage {result} /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Request { id } => html! { <RequestPage {id} /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Collect { query } => html! { <CollectPage {query} /> },
        #[cfg(not(feature = "first-visit"))]
        Route::Feedback { code } => html! { <FeedbackCodePage {code} /> },
    }
}

#[component]
pub fn App() -> Html {
    // Every view reads the installed catalogue: keyed on the language, the whole page is
    // drawn afresh when it changes, while the state (answers included) stays in the store.
    let language = use_state(language::current);
    // A language not yet kept for offline use cannot be read without the network.
    let failed = use_state(|| false);
    let ui = &Catalogue::get().ui;
    let onlanguage = {
        let (language, failed) = (language.clone(), failed.clone());
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            let Some(code) = language::known(&select.value()) else { return };
            let (language, failed) = (language.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if language::switch_to(code).await {
                    language::remember(code);
                    failed.set(false);
                    language.set(code);
                    dom::focus_id("language");
                } else {
                    select.set_value(language::current());
                    failed.set(true);
                }
            });
        })
    };
    html! {
        <Router>
            <StoreProvider>
                <div class="page" key={*language}>
                    <a class="skip-link" href="#main" onclick={dom::skip_to_main()}>{ &ui.skip_link() }</a>
                    <header class="site-header">
                        <Link to={Route::Landing} classes="brand">{ &ui.app_name() }</Link>
                        <nav aria-label={ui.app_name()}>
                            <Link to={Route::Landing}>{ &ui.nav_home() }</Link>
                            <Link to={Route::History}>{ &ui.nav_history() }</Link>
                            <Link to={Route::Data}>{ &ui.nav_data() }</Link>
                            <Link to={Route::Workshops}>{ &ui.nav_workshops() }</Link>
                        </nav>
                        <label class="language">
                            <span class="visually-hidden">{ &ui.language_label() }</span>
                            <select id="language" onchange={onlanguage}>
                                { for LANGUAGES.iter().map(|(code, name)| html! {
                                    <option value={*code} lang={*code} selected={*code == *language}>{ *name }</option>
                                }) }
                            </select>
                        </label>
                    </header>
                    <main id="main" tabindex="-1">
                        if *failed {
                            <p class="notice warning" role="alert" id="language-failed">{ ui.language_failed() }</p>
                        }
                        <components::update_notice::UpdateNotice />
                        <components::storage_notices::StorageNotices />
                        <Page />
                    </main>
                    <footer class="site-footer">
                        <p>{ &ui.footer_privacy() }</p>
                    </footer>
                </div>
            </StoreProvider>
        </Router>
    }
}

/// Reads the reader's language, then mounts the app on the page. Without any catalogue
/// (a first visit that lost the network half-way), the page's own fallback text stays.
pub fn start() {
    components::keep_on_device::listen();
    wasm_bindgen_futures::spawn_local(async {
        if language::switch_to_preferred().await || language::switch_to("en").await {
            yew::Renderer::<App>::new().render();
        }
    });
}
