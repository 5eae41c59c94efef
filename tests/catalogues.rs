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
        let catalogue =
            Catalogue::parse(Catalogue::file(code).into()).unwrap_or_else(|| panic!("{code}: not every text is there"));
        for item in Bank::editions().iter().flat_map(|bank| &bank.items) {
            assert!(catalogue.item_text(&item.id).is_some(), "{code}: no text for {}", item.id);
        }
        // A colleague reads each statement about the person named, once.
        for item in &Bank::current().items {
            let observer = catalogue.item_text(&item.id).and_then(|t| t.observer).unwrap_or_default();
            assert_eq!(observer.matches("{name}").count(), 1, "{code} {}: {observer}", item.id);
        }
        assert_eq!(catalogue.ui.scale().len(), 5, "{code}");
    }
}

/// The app reads a catalogue's texts by position: a file of another shape than the one it
/// was built with (an older cached file, a damaged one) is refused, never read with its
/// texts in the wrong places.
#[test]
fn a_file_of_another_shape_is_refused_not_misread() {
    use servewell::model::present::catalogue::Catalogue;
    let english = Catalogue::file("en");
    let parses = |file: &str| Catalogue::parse(file.to_string()).is_some();
    assert!(parses(english));
    let (shape, texts) = english.split_once('\n').expect("a shape, then the texts");
    let other_shape = format!("{:016x}", u64::from_str_radix(shape, 16).expect("hex") ^ 1);
    let cases = [
        ("another shape", english.replacen(shape, &other_shape, 1)),
        ("no shape", texts.to_string()),
        ("a text missing", english.replacen("\nNever\n", "\n", 1)),
        ("a text added", english.replacen("\nNever\n", "\nNever\nNot at all\n", 1)),
        ("cut short", english[..english.len() / 2].to_string()),
        ("empty", String::new()),
    ];
    for (what, file) in cases {
        assert_ne!(file, english, "{what}: the case changes the file");
        assert!(!parses(&file), "{what}: read");
    }
    // Windows line ends, as an editor might leave them, read the same.
    assert!(parses(&english.replace('\n', "\r\n")));
}

/// The shape changes with any change to the keys or to how many texts a list has, so that
/// no other version of a catalogue has English's.
#[test]
fn the_shape_follows_keys_and_lists() {
    use servewell::model::present::catalogue_check::Shape;
    let base = json!({"ui": {"hello": "Hello", "scale": ["a", "b"]}});
    let shape = Shape::of(&base);
    assert_eq!(shape, Shape::of(&json!({"ui": {"hello": "Hola", "scale": ["x", "y"]}})), "texts are not shape");
    for other in [
        json!({"ui": {"hallo": "Hello", "scale": ["a", "b"]}}),
        json!({"ui": {"hello": "Hello", "scale": ["a", "b", "c"]}}),
        json!({"ui": {"hello": "Hello", "scale": ["a"]}}),
        json!({"ui": {"hello": ["Hello"], "scale": ["a", "b"]}}),
        json!({"ux": {"hello": "Hello", "scale": ["a", "b"]}}),
    ] {
        assert_ne!(Shape::of(&other), shape, "{other}");
    }
}

/// A text the code no longer shows is not left in the catalogues for translators to keep up:
/// each is read by the app (`ui.key()`) or by the build, which writes the page's and the
/// manifest's texts (`ui.key` in scripts/finish-build.mjs).
#[test]
fn every_interface_text_is_used_by_the_code() {
    fn sources(dir: &std::path::Path, into: &mut String) {
        for entry in std::fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                sources(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push_str(&std::fs::read_to_string(&path).expect("source"));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = std::fs::read_to_string(root.join("scripts/finish-build.mjs")).expect("the build's hook");
    sources(&root.join("src"), &mut code);
    let used = |key: &str| {
        code.match_indices(&format!("ui.{key}"))
            .any(|(at, found)| !code[at + found.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    };
    let english = read("en");
    let unused: Vec<&String> = english["ui"].as_object().expect("ui").keys().filter(|key| !used(key)).collect();
    assert!(unused.is_empty(), "not used in src/: {unused:?}");
}
