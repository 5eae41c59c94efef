//! Turns the English catalogue (`questions/en.json`) into Rust statics at build time, so
//! that the app parses no catalogue at start. (The app does ship serde_json, for storage
//! and backups; the bank is parsed with it once, on first use.) A key missing from the
//! catalogue, or one the code does not know, fails the build with rustc's own "missing
//! field" / "no such field" message; a translation that does not match English fails it
//! with the list of differences.

use serde_json::{Map, Value};
use std::fmt::Write;
use std::{env, fs, path::Path};

#[path = "src/model/present/catalogue_check.rs"]
mod catalogue_check;

/// Translations, each checked against English: a missing or extra key, a list of another
/// length or a changed placeholder fails the build.
const TRANSLATIONS: &[&str] = &["es", "de", "fr", "pt"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let english = read_json("questions/en.json");
    for locale in TRANSLATIONS {
        let path = format!("questions/{locale}.json");
        let problems = catalogue_check::differences(&english, &read_json(&path));
        if !problems.is_empty() {
            panic!("{path} does not match questions/en.json:\n{}", problems.join("\n"));
        }
    }
    let code = catalogue(&english).unwrap_or_else(|e| panic!("questions/en.json: {e}"));
    fs::write(Path::new(&out).join("read_catalogue.rs"), code).expect("write catalogue");
}

fn read_json(path: &str) -> Value {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    // The app reads catalogues without copying their texts, which needs texts without
    // escapes: typographic quotes, no backslashes.
    if text.contains('\\') {
        panic!("{path}: a backslash escape; write the character itself (typographic quotes)");
    }
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The body of a function that reads a catalogue (any language, parsed at run time into
/// `Node`s) into a `Catalogue`, key by key as English has them: a field the code has and
/// English lacks, or the reverse, fails here.
fn catalogue(json: &Value) -> Result<String, String> {
    let mut code = String::from("Some(Catalogue {\n");
    let ids = |name: &str| -> Result<String, String> {
        Ok(format!("&{:?}", object(field(json, name)?)?.keys().collect::<Vec<_>>()))
    };
    writeln!(
        code,
        "characteristics: table(node(root, \"characteristics\")?, {}, |c| {{ let p = node(c, \"practice\")?; Some(CharacteristicText {{ \
         name: text(c, \"name\")?, short: text(c, \"short\")?, definition: text(c, \"definition\")?, \
         practice: Practice {{ title: text(p, \"title\")?, text: text(p, \"text\")?, source: text(p, \"source\")? }} }}) }})?,",
        ids("characteristics")?
    )
    .ok();
    // Items retired before colleagues were asked have no observer wording;
    // tests/bank.rs checks that every item of the current edition has one.
    writeln!(
        code,
        "items: table(node(root, \"items\")?, {}, |i| Some(ItemText {{ own: text(i, \"self\")?, observer: text(i, \"observer\") }}))?,",
        ids("items")?
    )
    .ok();
    writeln!(
        code,
        "bands: table(node(root, \"bands\")?, {}, |b| Some(BandText {{ name: text(b, \"name\")?, meaning: text(b, \"meaning\")? }}))?,",
        ids("bands")?
    )
    .ok();
    code.push_str("best_test: Attributed { question: text(node(root, \"best_test\")?, \"question\")?, source: text(node(root, \"best_test\")?, \"source\")? },\n");
    // The interface's texts are read in one pass over their keys, not one call each:
    // the reader stays small however many texts there are.
    let (mut texts, mut lists) = (Vec::new(), Vec::new());
    for (key, value) in object(field(json, "ui")?)? {
        match value {
            Value::String(_) => texts.push(key.as_str()),
            Value::Array(_) => lists.push(key.as_str()),
            _ => return Err(format!("ui.{key}: a string or a list of strings")),
        }
    }
    writeln!(
        code,
        "ui: {{ let ui = node(root, \"ui\")?; let t = texts(ui, &{texts:?})?; let l = lists(ui, &{lists:?})?; Ui {{"
    )
    .ok();
    for (i, key) in texts.iter().enumerate() {
        writeln!(code, "    {key}: t[{i}],").ok();
    }
    for (i, key) in lists.iter().enumerate() {
        writeln!(code, "    {key}: l[{i}],").ok();
    }
    code.push_str("} },\n})\n");
    Ok(code)
}

fn object(value: &Value) -> Result<&Map<String, Value>, String> {
    value.as_object().ok_or_else(|| "expected an object".to_string())
}

fn field<'a>(value: &'a Value, key: &str) -> Result<&'a Value, String> {
    value.get(key).ok_or_else(|| format!("missing \"{key}\""))
}
