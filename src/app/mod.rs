//! The browser front end: thin Yew views over the pure model.

mod components;
mod dom;
mod pages;
mod service_worker;
mod storage;
mod store;

pub use components::item_field::{ItemField, ItemFieldProps};
pub use store::load_state;

use crate::model::catalogue::Catalogue;
use pages::{history::HistoryPage, landing::Landing, not_found::NotFound, questionnaire::Questionnaire, result::ResultPage};
use store::StoreProvider;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Landing,
    #[at("/assessment")]
    Assessment,
    #[at("/results/:id")]
    Result { id: String },
    #[at("/history")]
    History,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Landing => html! { <Landing /> },
        Route::Assessment => html! { <Questionnaire /> },
        Route::Result { id } => html! { <ResultPage {id} /> },
        Route::History => html! { <HistoryPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[component]
pub fn App() -> Html {
    let ui = &Catalogue::english().ui;
    html! {
        <HashRouter>
            <StoreProvider>
                <a class="skip-link" href="#main" onclick={dom::skip_to_main()}>{ &ui.skip_link }</a>
                <header class="site-header">
                    <Link<Route> to={Route::Landing} classes="brand">{ &ui.app_name }</Link<Route>>
                    <nav aria-label={ui.app_name}>
                        <Link<Route> to={Route::Landing}>{ &ui.nav_home }</Link<Route>>
                        <Link<Route> to={Route::History}>{ &ui.nav_history }</Link<Route>>
                    </nav>
                </header>
                <main id="main" tabindex="-1">
                    <components::update_notice::UpdateNotice />
                    <components::storage_notices::StorageNotices />
                    <Switch<Route> render={switch} />
                </main>
                <footer class="site-footer">
                    <p>{ &ui.footer_privacy }</p>
                </footer>
            </StoreProvider>
        </HashRouter>
    }
}

/// Mounts the app on the page.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
