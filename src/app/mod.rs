//! The browser front end: thin Yew views over the pure model.

mod components;
mod dom;
mod explain;
mod pages;
mod router;
mod service_worker;
mod storage;
mod store;

pub use components::item_field::{ItemField, ItemFieldProps};
pub use store::load_state;

use crate::model::present::catalogue::Catalogue;
pub use crate::model::route::Route;
use pages::{
    about::AboutPage, ask::AskPage, collect::CollectPage, compare::ComparePage, data::DataPage,
    feedback_code::FeedbackCodePage, give::GivePage, goals::GoalsPage, history::HistoryPage, join::JoinPage,
    landing::Landing, not_found::NotFound, present::PresentPage, questionnaire::GivingQuestionnaire,
    questionnaire::Questionnaire, request::RequestPage, result::ResultPage, shared::SharedPage, workshop::WorkshopPage,
    workshops::WorkshopsPage,
};
use router::{use_route, Link, Router};
use store::StoreProvider;
use yew::prelude::*;

#[component]
fn Page() -> Html {
    let store = store::use_store();
    match use_route() {
        // Returning users start from their progress, unless an assessment waits.
        Route::Home if !store.history().is_empty() && store.progress().is_none() => html! { <HistoryPage /> },
        Route::Home => html! { <Landing /> },
        Route::Landing => html! { <Landing /> },
        Route::Assessment => html! { <Questionnaire /> },
        Route::Result { id } => html! { <ResultPage {id} /> },
        Route::History => html! { <HistoryPage /> },
        Route::Compare { before, after } => html! { <ComparePage {before} {after} /> },
        Route::Goals => html! { <GoalsPage /> },
        Route::Data => html! { <DataPage /> },
        Route::Workshops => html! { <WorkshopsPage /> },
        Route::Workshop { id } => html! { <WorkshopPage {id} /> },
        Route::Present { id } => html! { <PresentPage {id} /> },
        Route::Join { query } => html! { <JoinPage {query} /> },
        Route::Shared { code } => html! { <SharedPage {code} /> },
        Route::About => html! { <AboutPage /> },
        Route::Ask { result } => html! { <AskPage {result} /> },
        Route::Request { id } => html! { <RequestPage {id} /> },
        Route::Give { query } => html! { <GivePage {query} /> },
        Route::Giving => html! { <GivingQuestionnaire /> },
        Route::Collect { query } => html! { <CollectPage {query} /> },
        Route::Feedback { code } => html! { <FeedbackCodePage {code} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[component]
pub fn App() -> Html {
    let ui = &Catalogue::english().ui;
    html! {
        <Router>
            <StoreProvider>
                <a class="skip-link" href="#main" onclick={dom::skip_to_main()}>{ &ui.skip_link }</a>
                <header class="site-header">
                    <Link to={Route::Landing} classes="brand">{ &ui.app_name }</Link>
                    <nav aria-label={ui.app_name}>
                        <Link to={Route::Landing}>{ &ui.nav_home }</Link>
                        <Link to={Route::History}>{ &ui.nav_history }</Link>
                        <Link to={Route::Data}>{ &ui.nav_data }</Link>
                        <Link to={Route::Workshops}>{ &ui.nav_workshops }</Link>
                    </nav>
                </header>
                <main id="main" tabindex="-1">
                    <components::update_notice::UpdateNotice />
                    <components::storage_notices::StorageNotices />
                    <Page />
                </main>
                <footer class="site-footer">
                    <p>{ &ui.footer_privacy }</p>
                </footer>
            </StoreProvider>
        </Router>
    }
}

/// Mounts the app on the page.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
