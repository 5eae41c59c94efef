//! Whether a translated catalogue matches the English one: the same keys everywhere, the
//! same list lengths, the same placeholders in every text, and no empty text. `build.rs`
//! runs it on every catalogue, so a translation that lacks a key, has one the others
//! don't, or changes a placeholder fails the build.

use serde_json::Value;
use std::collections::BTreeSet;

/// Every way `other` differs from `english`, one line each, by the path of the text.
pub fn differences(english: &Value, other: &Value) -> Vec<String> {
    let mut found = Vec::new();
    compare(english, other, "", &mut found);
    found
}

fn compare(english: &Value, other: &Value, path: &str, found: &mut Vec<String>) {
    match (english, other) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                match b.get(key) {
                    Some(translated) => compare(value, translated, &format!("{path}.{key}"), found),
                    None => found.push(format!("{path}.{key}: missing")),
                }
            }
            found.extend(
                b.keys().filter(|key| !a.contains_key(*key)).map(|key| format!("{path}.{key}: not in English")),
            );
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, &format!("{path}[{i}]"), found);
            }
        }
        (Value::Array(a), _) => found.push(format!("{path}: a list of {} texts expected", a.len())),
        (Value::String(a), Value::String(b)) if b.trim().is_empty() => {
            if !a.trim().is_empty() {
                found.push(format!("{path}: empty"));
            }
        }
        (Value::String(a), Value::String(b)) => {
            if placeholders(a) != placeholders(b) {
                found.push(format!("{path}: placeholders {:?} expected, found {:?}", placeholders(a), placeholders(b)));
            }
        }
        (Value::String(_), _) => found.push(format!("{path}: a text expected")),
        (Value::Object(_), _) => found.push(format!("{path}: an object expected")),
        _ => found.push(format!("{path}: not a text, list or object")),
    }
}

/// The `{name}`s a text fills in.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}
