//! Addresses read back as what they were written from, and nonsense reads as "not found".
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::questionnaire::bank::Variant;
use servewell::model::route::Route;
#[path = "support/routes.rs"]
mod routes;
use routes::every_route;

#[test]
fn every_route_round_trips_through_its_address() {
    for route in every_route() {
        assert_eq!(Route::from_hash(&route.to_hash()), route, "{}", route.to_hash());
    }
}

#[test]
fn the_bare_address_is_home_and_a_slash_the_landing_page() {
    for hash in ["", "#"] {
        assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
    }
    for hash in ["#/", "/"] {
        assert_eq!(Route::from_hash(hash), Route::Landing, "{hash:?}");
    }
}

#[test]
fn the_start_links_name_a_variant() {
    assert_eq!(Route::from_hash("#/start/full"), Route::Start { variant: Variant::Full });
    assert_eq!(Route::from_hash("#/start/pulse"), Route::Start { variant: Variant::Pulse });
    assert_eq!(Route::Start { variant: Variant::Pulse }.to_hash(), "#/start/pulse");
}

#[test]
fn a_trailing_slash_is_forgiven() {
    assert_eq!(Route::from_hash("#/history/"), Route::History);
    assert_eq!(Route::from_hash("#/about/"), Route::About);
}

#[test]
fn unknown_or_unsafe_addresses_are_not_found() {
    for hash in [
        "#/nowhere",
        "#/about/more",
        "#/ABOUT",
        "#/results",
        "#/results/",
        "#/results/<script>",
        "#/results/a/b",
        "#/RESULTS/a",
        "#/compare/a",
        "#/compare/a/<b>",
        "#/results/javascript:alert(1)",
        "#/requests/K3M9Q",
        "#/requests/<b>",
        "#/f/SF-01",
        "#/ask/<b>",
        "#/giving/x",
        "#/start",
        "#/start/",
        "#/start/FULL",
        "#/start/quick",
        "#/start/full/x",
        &format!("#/results/{}", "a".repeat(200)),
    ] {
        assert_eq!(Route::from_hash(hash), Route::NotFound, "{hash:?}");
    }
}
