//! Every translation matches the English catalogue key for key, list for list and
//! placeholder for placeholder (the build checks the same), and the check finds each kind
//! of mismatch.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use serde_json::{json, Value};
use servewell::model::present::catalogue_check::differences;

fn read(code: &str) -> Value {
    let path = format!("{}/questions/{code}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("the catalogue is there")).expect("JSON")
}

#[test]
fn every_translation_matches_english() {
    let english = read("en");
    for code in ["es", "de", "fr", "pt"] {
        assert_eq!(differences(&english, &read(code)), Vec::<String>::new(), "{code}");
    }
}

#[test]
fn each_kind_of_mismatch_is_found() {
    let english = json!({"ui": {"hello": "Hello, {name}", "scale": ["a", "b"], "bye": "Bye"}});
    let found = |other: Value| differences(&english, &other);
    assert!(found(json!({"ui": {"hello": "Hola, {name}", "scale": ["x", "y"], "bye": "Adiós"}})).is_empty());
    assert_eq!(found(json!({"ui": {"hello": "Hola, {name}", "scale": ["x", "y"]}})), [".ui.bye: missing"]);
    assert_eq!(
        found(json!({"ui": {"hello": "Hola, {name}", "scale": ["x", "y"], "bye": "Adiós", "extra": "?"}})),
        [".ui.extra: not in English"]
    );
    assert_eq!(
        found(json!({"ui": {"hello": "Hola, {nombre}", "scale": ["x", "y"], "bye": "Adiós"}})),
        [r#".ui.hello: placeholders {"name"} expected, found {"nombre"}"#]
    );
    assert_eq!(
        found(json!({"ui": {"hello": "Hola, {name}", "scale": ["x"], "bye": "Adiós"}})),
        [".ui.scale: a list of 2 texts expected"]
    );
    assert_eq!(found(json!({"ui": {"hello": "Hola, {name}", "scale": ["x", "y"], "bye": " "}})), [".ui.bye: empty"]);
}

#[test]
fn every_language_gives_every_text_the_app_shows() {
    use servewell::model::present::catalogue::{Catalogue, LANGUAGES};
    use servewell::model::questionnaire::bank::Bank;
    for (code, _) in LANGUAGES {
        let file =
            std::fs::read_to_string(format!("{}/questions/{code}.json", env!("CARGO_MANIFEST_DIR"))).expect("file");
        let catalogue = Catalogue::parse(file).unwrap_or_else(|| panic!("{code}: not every text is there"));
        for item in Bank::editions().iter().flat_map(|bank| &bank.items) {
            assert!(catalogue.item_text(&item.id).is_some(), "{code}: no text for {}", item.id);
        }
        // A colleague reads each statement about the person named, once.
        for item in &Bank::current().items {
            let observer = catalogue.item_text(&item.id).and_then(|t| t.observer).unwrap_or_default();
            assert_eq!(observer.matches("{name}").count(), 1, "{code} {}: {observer}", item.id);
        }
        assert_eq!(catalogue.ui.scale.len(), 5, "{code}");
    }
}
