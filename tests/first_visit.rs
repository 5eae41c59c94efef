//! The two builds: the first-visit build has a newcomer's, a participant's and a
//! colleague's pages, and index.html's loader (scripts/loader.js), which picks a build
//! before any Rust runs, agrees with `Route::in_first_visit` on every address.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::kept::schema::{FEEDBACK_KEY, HISTORY_KEY, WORKSHOPS_KEY};
use servewell::model::questionnaire::bank::Variant;
#[path = "support/routes.rs"]
mod routes;
use routes::every_route;
use servewell::model::route::{Route, FULL_BUILD_KEY};

const LOADER: &str = include_str!("../scripts/loader.js");

/// The string constant `name` of the loader.
fn constant(name: &str) -> &'static str {
    let start = LOADER.find(&format!("const {name} = '")).unwrap_or_else(|| panic!("loader: no {name}"));
    let text = &LOADER[start..];
    let text = &text[text.find('\'').unwrap() + 1..];
    &text[..text.find('\'').unwrap()]
}

/// The list of strings `name` of the loader: `const NAME = ['a', 'b'];`.
fn list(name: &str) -> Vec<&'static str> {
    let start = LOADER.find(&format!("const {name} = [")).unwrap_or_else(|| panic!("loader: no {name}"));
    let text = &LOADER[start..];
    let text = &text[text.find('[').unwrap() + 1..text.find(']').unwrap()];
    text.split(',').map(|item| item.trim().trim_matches('\'')).collect()
}

/// Whether the loader starts the first-visit build at `hash` (for a visitor with no history).
fn loader_picks_first_visit(hash: &str) -> bool {
    list("EXACT").contains(&hash) || list("PREFIXES").iter().any(|prefix| hash.starts_with(prefix))
}

#[test]
fn the_first_visit_build_has_what_a_first_visit_needs() {
    let first: Vec<Route> = every_route().into_iter().filter(Route::in_first_visit).collect();
    assert_eq!(
        first,
        [
            Route::Home,
            Route::Landing,
            Route::Start { variant: Variant::Full },
            Route::Start { variant: Variant::Pulse },
            Route::Assessment,
            Route::Result { id: "m1x-2k".into() },
            Route::Join { query: "id=K3M9QX&t=Day&v=full".into() },
            Route::Shared { code: "SW0123".into() },
            Route::About,
            Route::Give { query: "id=K3M9QX&n=Maria&v=pulse&q=2".into() },
            Route::Giving,
        ]
    );
    // Whichever build the loader starts for a mistyped address, neither hands it over.
    assert!(Route::NotFound.in_first_visit(), "the first-visit build shows it itself");
}

#[test]
fn the_bare_address_is_the_history_only_for_a_returning_user_with_nothing_unfinished() {
    assert_eq!(Route::Home.resolve_home(true, false), Route::History);
    assert!(!Route::Home.resolve_home(true, false).in_first_visit(), "handed over to the full build");
    for (history, progress) in [(false, false), (false, true), (true, true)] {
        assert_eq!(Route::Home.resolve_home(history, progress), Route::Landing, "{history} {progress}");
    }
    for route in every_route().into_iter().skip(1) {
        assert_eq!(route.clone().resolve_home(true, false), route);
    }
}

#[test]
fn the_loader_picks_the_build_that_has_each_page() {
    for route in every_route() {
        let hash = route.to_hash();
        assert_eq!(loader_picks_first_visit(&hash), route.in_first_visit(), "{hash:?}");
    }
}

#[test]
fn the_loader_reads_the_keys_the_app_writes() {
    // Whoever keeps any of these gets the full build, which alone reads the last two.
    assert_eq!(list("KEPT"), [HISTORY_KEY, WORKSHOPS_KEY, FEEDBACK_KEY]);
    assert_eq!(constant("FULL"), FULL_BUILD_KEY);
}

proptest! {
    /// Wherever the loader starts the first-visit build, that build has the page (or says
    /// "not found", as the full one would): it never hands over to itself.
    #[test]
    fn the_first_visit_build_is_only_started_where_it_has_the_page(
        start in prop::sample::select(
            [list("EXACT"), list("PREFIXES"), vec!["#/", "#/workshops", "#/history", "#"]].concat()
        ),
        rest in "[/?#a-zA-Z0-9=&%-]{0,12}",
    ) {
        let hash = format!("{start}{rest}");
        if loader_picks_first_visit(&hash) {
            prop_assert!(Route::from_hash(&hash).in_first_visit(), "{hash:?}");
        }
    }
}
