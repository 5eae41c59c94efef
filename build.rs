//! Turns the locale catalogue (`questions/<locale>.json`) into Rust statics at build
//! time, so that the app parses no catalogue at start. (The app does ship serde_json, for
//! storage and backups; the bank is parsed with it once, on first use.)
//! A key missing from the catalogue, or one the code does not know, fails the build
//! with rustc's own "missing field" / "no such field" message.

use serde_json::{Map, Value};
use std::fmt::Write;
use std::{env, fs, path::Path};

const LOCALES: &[&str] = &["en"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for locale in LOCALES {
        let path = format!("questions/{locale}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let code = catalogue(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
        fs::write(Path::new(&out).join(format!("catalogue_{locale}.rs")), code).expect("write catalogue");
    }
}

fn catalogue(json: &Value) -> Result<String, String> {
    let mut code = String::from("Catalogue {\n");
    writeln!(code, "characteristics: &[{}],", table(field(json, "characteristics")?, |c| {
        let practice = field(c, "practice")?;
        Ok(format!(
            "CharacteristicText {{ name: {}, short: {}, definition: {}, practice: Practice {{ title: {}, text: {}, source: {} }} }}",
            text(c, "name")?, text(c, "short")?, text(c, "definition")?, text(practice, "title")?, text(practice, "text")?, text(practice, "source")?
        ))
    })?).ok();
    writeln!(
        code,
        "items: &[{}],",
        table(field(json, "items")?, |i| {
            // Items retired before colleagues were asked have no observer wording;
            // tests/bank.rs checks that every item of the current edition has one.
            let observer = match i.get("observer") {
                Some(_) => format!("Some({})", text(i, "observer")?),
                None => "None".into(),
            };
            Ok(format!("ItemText {{ own: {}, observer: {observer} }}", text(i, "self")?))
        })?
    )
    .ok();
    writeln!(
        code,
        "bands: &[{}],",
        table(field(json, "bands")?, |b| {
            Ok(format!("BandText {{ name: {}, meaning: {} }}", text(b, "name")?, text(b, "meaning")?))
        })?
    )
    .ok();
    let best = field(json, "best_test")?;
    writeln!(
        code,
        "best_test: Attributed {{ question: {}, source: {} }},",
        text(best, "question")?,
        text(best, "source")?
    )
    .ok();
    code.push_str("ui: Ui {\n");
    for (key, value) in object(field(json, "ui")?)? {
        let literal = match value {
            Value::String(s) => format!("{s:?}"),
            Value::Array(list) => {
                let strings: Option<Vec<String>> = list.iter().map(|v| v.as_str().map(|s| format!("{s:?}"))).collect();
                format!("&[{}]", strings.ok_or(format!("ui.{key}: a list of strings"))?.join(", "))
            }
            _ => return Err(format!("ui.{key}: a string or a list of strings")),
        };
        writeln!(code, "    {key}: {literal},").ok();
    }
    code.push_str("},\n}\n");
    Ok(code)
}

/// `(id, entry)` pairs for an object of objects, sorted by id (lookups go by id).
fn table(value: &Value, entry: impl Fn(&Value) -> Result<String, String>) -> Result<String, String> {
    object(value)?
        .iter()
        .map(|(id, v)| entry(v).map(|e| format!("({id:?}, {e})")).map_err(|e| format!("{id}: {e}")))
        .collect::<Result<Vec<_>, _>>()
        .map(|entries| entries.join(",\n"))
}

fn object(value: &Value) -> Result<&Map<String, Value>, String> {
    value.as_object().ok_or_else(|| "expected an object".to_string())
}

fn field<'a>(value: &'a Value, key: &str) -> Result<&'a Value, String> {
    value.get(key).ok_or_else(|| format!("missing \"{key}\""))
}

fn text(value: &Value, key: &str) -> Result<String, String> {
    match field(value, key)?.as_str() {
        Some(s) if !s.trim().is_empty() => Ok(format!("{s:?}")),
        _ => Err(format!("\"{key}\" must be a non-empty string")),
    }
}
