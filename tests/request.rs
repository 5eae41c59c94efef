//! Feedback request links: any request the app makes reads back as itself, and a link
//! with a bad name, variant or edition, or of the first edition, is refused with its part named.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::link::{LinkError, LinkField, MAX_QUERY_FOR_QR};
use servewell::model::sharing::request::{Request, RequestProblem, FIRST_OBSERVED_EDITION, MAX_NAME};

fn maria(collector: Option<&str>) -> Request {
    Request::new("Maria", Variant::Full, collector, 987_654_321).expect("a good request")
}

/// A link query with `n`, `v` and `q` replaced by what is given (`None` leaves one out).
fn query(name: Option<&str>, variant: Option<&str>, edition: Option<&str>) -> String {
    let mut query = String::from("id=K3M9QX");
    for (key, value) in [("n", name), ("v", variant), ("q", edition)] {
        if let Some(value) = value {
            query.push_str(&format!("&{key}={value}"));
        }
    }
    query
}

fn current() -> String {
    Bank::current().version.to_string()
}

#[test]
fn a_request_reads_back_from_its_link_with_and_without_a_collector() {
    for collector in [None, Some("Sam Okafor")] {
        for variant in [Variant::Full, Variant::Pulse] {
            let request = Request::new("  Maria  ", variant, collector, 123_456).expect("a good request");
            assert_eq!(request.name, "Maria", "cleaned");
            assert_eq!(request.bank_version, Bank::current().version);
            assert_eq!(request.collector.as_deref(), collector);
            assert_eq!(Request::from_query(&request.to_query()), Ok(request.clone()));
            assert_eq!(request.checked(), Some(request));
        }
    }
}

#[test]
fn names_that_need_escaping_survive_the_link() {
    for name in ["José & María", "a=b?c#d", "100% Ana+Bo", "李小龙", "O'Brien \"Bo\"", "Ægir 😀"] {
        let request = Request::new(name, Variant::Pulse, Some(name), 1).expect("a good request");
        let back = Request::from_query(&request.to_query()).expect("readable");
        assert_eq!((back.name.as_str(), back.collector.as_deref()), (name, Some(name)));
    }
}

#[test]
fn a_draft_names_its_first_problem() {
    assert_eq!(Request::new(" \n\u{200B} ", Variant::Full, None, 1), Err(RequestProblem::Name));
    assert_eq!(Request::new(&"a".repeat(MAX_NAME + 1), Variant::Full, None, 1), Err(RequestProblem::Name));
    assert!(Request::new(&"a".repeat(MAX_NAME), Variant::Full, None, 1).is_ok());
    assert_eq!(Request::new("", Variant::Full, Some(""), 1), Err(RequestProblem::Name), "the asker's name first");
    assert_eq!(Request::new("Maria", Variant::Full, Some("  "), 1), Err(RequestProblem::Collector));
    assert_eq!(
        Request::new("Maria", Variant::Full, Some(&"b".repeat(MAX_NAME + 1)), 1),
        Err(RequestProblem::Collector)
    );
    // Forty four-byte characters fit the name, not a link a phone reads from a QR code.
    let wide = "😀".repeat(MAX_NAME);
    assert_eq!(Request::new(&wide, Variant::Full, Some(&wide), 1), Err(RequestProblem::LinkTooLong));
}

#[test]
fn a_link_with_a_bad_name_is_refused() {
    let edition = current();
    for name in [None, Some(""), Some("%20%20"), Some("%E2%80%8B")] {
        let link = query(name, Some("full"), Some(&edition));
        assert_eq!(Request::from_query(&link), Err(LinkError::Bad(LinkField::Name)), "{link}");
    }
    let long = "a".repeat(MAX_NAME + 1);
    assert_eq!(
        Request::from_query(&query(Some(&long), Some("full"), Some(&edition))),
        Err(LinkError::Bad(LinkField::Name))
    );
    assert_eq!(
        Request::from_query(&query(Some("%ZZ"), Some("full"), Some(&edition))),
        Err(LinkError::Bad(LinkField::Text))
    );
}

#[test]
fn a_link_with_a_bad_variant_is_refused() {
    let edition = current();
    for variant in [None, Some(""), Some("FULL"), Some("short")] {
        let link = query(Some("Maria"), variant, Some(&edition));
        assert_eq!(Request::from_query(&link), Err(LinkError::Bad(LinkField::Variant)), "{link}");
    }
}

#[test]
fn a_link_without_an_edition_or_of_the_first_edition_is_refused() {
    for edition in [None, Some("1"), Some("0"), Some("02"), Some(""), Some("two"), Some("-2")] {
        let link = query(Some("Maria"), Some("full"), edition);
        assert_eq!(Request::from_query(&link), Err(LinkError::Bad(LinkField::Edition)), "{link}");
    }
    let before = (FIRST_OBSERVED_EDITION - 1).to_string();
    assert_eq!(
        Request::from_query(&query(Some("Maria"), Some("full"), Some(&before))),
        Err(LinkError::Bad(LinkField::Edition))
    );
    let newer = (Bank::current().version + 1).to_string();
    assert_eq!(Request::from_query(&query(Some("Maria"), Some("full"), Some(&newer))), Err(LinkError::NewerQuestions));
}

#[test]
fn a_link_with_a_bad_id_collector_or_parameter_is_refused() {
    let good = maria(None).to_query();
    let bad_id = good.replacen("id=", "id=U", 1);
    assert_eq!(Request::from_query(&bad_id), Err(LinkError::Bad(LinkField::Id)));
    assert_eq!(Request::from_query(&good.replacen("id=", "x=", 1)), Err(LinkError::Unknown("x".into())));
    assert_eq!(Request::from_query(&format!("{good}&c=")), Err(LinkError::Bad(LinkField::Collector)));
    let long = "b".repeat(MAX_NAME + 1);
    assert_eq!(Request::from_query(&format!("{good}&c={long}")), Err(LinkError::Bad(LinkField::Collector)));
    assert_eq!(Request::from_query(&format!("{good}&n=Bo")), Err(LinkError::Repeated("n".into())));
    assert_eq!(Request::from_query(&"n=a&".repeat(1_000)), Err(LinkError::TooLong));
}

#[test]
fn a_link_id_is_read_in_any_case() {
    let request = maria(None);
    assert_ne!(request.id, request.id.to_ascii_lowercase(), "an id with letters");
    let lower = request.to_query().replacen(&request.id, &request.id.to_ascii_lowercase(), 1);
    assert_eq!(Request::from_query(&lower), Ok(request.clone()));
    // Kept in lower case (hand-edited storage), it is not the request its link gives.
    let kept = Request { id: request.id.to_ascii_lowercase(), ..request };
    assert_eq!(kept.checked(), None);
}

proptest! {
    #[test]
    fn every_request_the_app_makes_reads_back_as_itself(
        name in "\\PC{1,40}",
        collector in proptest::option::of("\\PC{1,40}"),
        pulse: bool,
        random: u32,
    ) {
        let variant = if pulse { Variant::Pulse } else { Variant::Full };
        if let Ok(request) = Request::new(&name, variant, collector.as_deref(), random) {
            let query = request.to_query();
            prop_assert!(query.len() <= MAX_QUERY_FOR_QR);
            prop_assert_eq!(Request::from_query(&query), Ok(request.clone()));
            prop_assert_eq!(request.checked(), Some(request));
        }
    }

    #[test]
    fn reading_any_query_never_panics(query in "\\PC{0,200}") {
        if let Ok(request) = Request::from_query(&query) {
            prop_assert_eq!(Request::from_query(&request.to_query()), Ok(request));
        }
    }
}

#[test]
fn the_language_a_link_was_shared_in_does_not_change_the_request() {
    let request = maria(Some("Sam"));
    assert_eq!(Request::from_query(&format!("{}&l=pt", request.to_query())), Ok(request));
}
