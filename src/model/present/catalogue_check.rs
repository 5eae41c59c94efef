//! Whether a translated catalogue matches the English one: the same keys everywhere, in
//! the same order, the same list lengths, the same placeholders in every text, and no empty
//! text. `build.rs` runs it on every catalogue, so a translation that lacks a key, has one
//! the others don't, or changes a placeholder fails the build. The app reads a catalogue's
//! texts by position, after comparing its `Shape` with English's.

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
            let extra: Vec<String> = b
                .keys()
                .filter(|key| !a.contains_key(*key))
                .map(|key| format!("{path}.{key}: not in English"))
                .collect();
            // Only meaningful where serde_json keeps the file's order, as the build's does.
            if extra.is_empty() && a.len() == b.len() && !a.keys().eq(b.keys()) {
                found.push(format!("{path}: keys in another order than English's"));
            }
            found.extend(extra);
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

/// A fingerprint (64-bit FNV-1a) of a catalogue's keys, in order, and of where its texts
/// sit among them. Two catalogues with the same shape have their texts at the same
/// positions, so the app reads them by position without the keys; a catalogue of another
/// version of the app has another shape.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Shape(pub u64);

// Bytes that UTF-8 never uses, after a key, for a text, and around a list.
const KEY: u8 = 0xff;
const TEXT: u8 = 0xfe;
const LIST: u8 = 0xfd;
const END: u8 = 0xfc;

impl Shape {
    const EMPTY: Shape = Shape(0xcbf2_9ce4_8422_2325);

    fn key(self, key: &str) -> Shape {
        key.bytes().chain([KEY]).fold(self, Shape::byte)
    }

    fn text(self) -> Shape {
        self.byte(TEXT)
    }

    fn byte(self, byte: u8) -> Shape {
        Shape((self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
    }

    /// The shape of a parsed catalogue, whose objects keep the file's order.
    pub fn of(value: &Value) -> Shape {
        value_shape(Shape::EMPTY, value)
    }
}

fn value_shape(shape: Shape, value: &Value) -> Shape {
    match value {
        Value::Object(map) => map.iter().fold(shape, |shape, (key, value)| value_shape(shape.key(key), value)),
        Value::Array(list) => list.iter().fold(shape.byte(LIST), value_shape).byte(END),
        _ => shape.text(),
    }
}

/// A catalogue as the app downloads it: its shape (16 hex digits), then its texts in file
/// order, one a line (a text has no line break: the build refuses escapes). The build's
/// hook, scripts/finish-build.mjs, writes the same for dist/; the tests read these.
pub fn flatten(catalogue: &Value) -> String {
    fn texts<'a>(value: &'a Value, into: &mut Vec<&'a str>) {
        match value {
            Value::Object(map) => map.values().for_each(|value| texts(value, into)),
            Value::Array(list) => list.iter().for_each(|value| texts(value, into)),
            Value::String(text) => into.push(text),
            _ => {}
        }
    }
    let mut found = Vec::new();
    texts(catalogue, &mut found);
    format!("{:016x}\n{}\n", Shape::of(catalogue).0, found.join("\n"))
}
