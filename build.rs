//! Turns the English catalogue's keys (`questions/en.json`) into the app's reader of
//! catalogues, which takes a file's texts by position: no key is compiled in and no JSON
//! parser runs. A key missing from the catalogue, or one the code does not know, fails the
//! build with rustc's own "missing field" / "no such field" message; a translation that
//! does not match English, key for key and in the same order, fails it with the list of
//! differences.

use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt::Write;
use std::{env, fs, path::Path};

#[path = "src/model/present/catalogue_check.rs"]
mod catalogue_check;
use catalogue_check::Shape;

/// Translations, each checked against English: a missing or extra key, a list of another
/// length or a changed placeholder fails the build.
const TRANSLATIONS: &[&str] = &["es", "de", "fr", "pt"];

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let english = read_json("questions/en.json");
    let code = catalogue(&english).unwrap_or_else(|e| panic!("questions/en.json: {e}"));
    fs::write(out.join("read_catalogue.rs"), code).expect("write catalogue");
    // Every catalogue as the app downloads it, for the tests (the build's hook writes dist/'s).
    let flat = |locale: &str, catalogue: &Value| {
        fs::write(out.join(format!("{locale}.txt")), catalogue_check::flatten(catalogue)).expect("write catalogue");
    };
    flat("en", &english);
    for locale in TRANSLATIONS {
        let path = format!("questions/{locale}.json");
        let translated = read_json(&path);
        let problems = catalogue_check::differences(&english, &translated);
        if !problems.is_empty() {
            panic!("{path} does not match questions/en.json:\n{}", problems.join("\n"));
        }
        flat(locale, &translated);
    }
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

/// Where each of English's texts sits among the catalogue's texts in file order, by its
/// path ("ui.next"); a list of texts is a range.
enum Place {
    Text(usize),
    List(usize, usize),
}

fn places(value: &Value, path: &str, found: &mut HashMap<String, Place>, count: &mut usize) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                places(value, &path, found, count);
            }
        }
        Value::Array(list) => {
            assert!(list.iter().all(Value::is_string), "{path}: a list of texts expected");
            found.insert(path.to_string(), Place::List(*count, *count + list.len()));
            *count += list.len();
        }
        _ => {
            found.insert(path.to_string(), Place::Text(*count));
            *count += 1;
        }
    }
}

/// Where a catalogue's texts sit, from English's keys: the shape a file must have, tables
/// of where each characteristic's, item's and band's texts start, and `Ui`'s accessors, one
/// per interface text. Each reads the file's texts by position, so that neither a key nor
/// a parser is compiled in, and a text costs the same at each use as a field would. A key
/// the code uses and English lacks fails the build ("no method named …").
fn catalogue(json: &Value) -> Result<String, String> {
    let (mut found, mut count) = (HashMap::new(), 0);
    places(json, "", &mut found, &mut count);
    let text = |path: String| match found.get(&path) {
        Some(Place::Text(i)) => Ok(*i),
        _ => Err(format!("\"{path}\": missing, or not a text")),
    };
    // A record's texts follow each other in this order, from its first.
    let record = |section: &str, fields: &[&str]| -> Result<String, String> {
        let mut rows = String::new();
        for id in object(field(json, section)?)?.keys() {
            let first = text(format!("{section}.{id}.{}", fields[0]))?;
            for (offset, key) in fields.iter().enumerate() {
                if text(format!("{section}.{id}.{key}"))? != first + offset {
                    return Err(format!("{section}.{id}: its texts in the order {fields:?}"));
                }
            }
            write!(rows, "({id:?}, {first}), ").ok();
        }
        Ok(rows)
    };
    let mut code = format!("const SHAPE: u64 = {:#x};\nconst TEXTS: usize = {count};\n", Shape::of(json).0);
    let characteristics = record(
        "characteristics",
        &["name", "short", "definition", "practice.title", "practice.text", "practice.source"],
    )?;
    writeln!(code, "const CHARACTERISTICS: &[(&str, usize)] = &[{characteristics}];").ok();
    writeln!(code, "const BANDS: &[(&str, usize)] = &[{}];", record("bands", &["name", "meaning"])?).ok();
    // Items retired before colleagues were asked have no observer wording;
    // tests/bank.rs checks that every item of the current edition has one.
    let mut items = String::new();
    for id in object(field(json, "items")?)?.keys() {
        let observer = text(format!("items.{id}.observer")).ok();
        write!(items, "({id:?}, {}, {observer:?}), ", text(format!("items.{id}.self"))?).ok();
    }
    writeln!(code, "const ITEMS: &[(&str, usize, Option<usize>)] = &[{items}];").ok();
    let best_test = text("best_test.question".into())?;
    if text("best_test.source".into())? != best_test + 1 {
        return Err("best_test: its texts in the order question, source".into());
    }
    writeln!(code, "const BEST_TEST: usize = {best_test};\n\nimpl Ui {{").ok();
    for key in object(field(json, "ui")?)?.keys() {
        match found.get(&format!("ui.{key}")) {
            Some(Place::Text(i)) => writeln!(code, "    pub fn {key}(&self) -> &'static str {{ self.0[{i}] }}"),
            Some(Place::List(from, to)) => {
                writeln!(code, "    pub fn {key}(&self) -> &'static [&'static str] {{ &self.0[{from}..{to}] }}")
            }
            None => return Err(format!("ui.{key}: a text or a list of texts")),
        }
        .ok();
    }
    code.push_str("}\n");
    Ok(code)
}

fn object(value: &Value) -> Result<&Map<String, Value>, String> {
    value.as_object().ok_or_else(|| "expected an object".to_string())
}

fn field<'a>(value: &'a Value, key: &str) -> Result<&'a Value, String> {
    value.get(key).ok_or_else(|| format!("missing \"{key}\""))
}
