//! The app's own JSON (src/model/json.rs) against serde_json, which wrote and read
//! everything stored before it: the same texts accepted and refused, the same values
//! read, and the same text written.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use serde_json::{Map, Value};
use servewell::model::json::{self, Json};

/// Ours as serde_json's tree: a key written twice keeps its last value, as in its maps.
fn as_value(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(value) => Value::Bool(*value),
        Json::Number(text) => serde_json::from_str(text).expect("a number serde_json reads"),
        Json::String(text) => Value::String(text.clone()),
        Json::Array(items) => Value::Array(items.iter().map(as_value).collect()),
        Json::Object(fields) => {
            Value::Object(fields.iter().map(|(key, value)| (key.clone(), as_value(value))).collect::<Map<_, _>>())
        }
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        // Goals: one decimal.
        (0u32..60).prop_map(|tenths| Value::from(f64::from(tenths) / 10.0)),
        // Quotes, backslashes, control characters, accents and characters beyond the BMP.
        "[a-z\"\\\\\u{0}-\u{1f}é😀 ]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z_\"é]{0,6}", inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn reads_what_serde_json_writes_and_writes_it_the_same(value in any_value()) {
        let text = serde_json::to_string(&value).unwrap();
        let read = json::parse(&text).expect("serde_json's text is JSON");
        prop_assert_eq!(as_value(&read), value.clone());
        prop_assert_eq!(read.encode(), text);
        // Spaced and indented, it is the same value.
        let pretty = json::parse(&serde_json::to_string_pretty(&value).unwrap()).expect("pretty JSON");
        prop_assert_eq!(pretty, read);
    }

    #[test]
    fn accepts_and_refuses_the_texts_serde_json_does(text in "[\\[\\]{}:,\" 0-9.eE+\\-tfnrulsa\\\\/u]{0,16}") {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<Value>(&text);
        match (&ours, &theirs) {
            (Some(ours), Ok(theirs)) => prop_assert_eq!(&as_value(ours), theirs),
            (None, Err(_)) => {}
            // Numbers are kept as text: one beyond a float's range is refused only when read.
            (Some(_), Err(e)) => prop_assert!(e.to_string().contains("out of range"), "{text}: {e}"),
            (None, Ok(_)) => prop_assert!(false, "refused {text}, which serde_json reads"),
        }
    }
}

#[test]
fn refuses_what_is_not_json() {
    let not_json = [
        "",
        " ",
        "01",
        "-01",
        "1.",
        ".5",
        "-",
        "+1",
        "1e",
        "1e+",
        "0x1",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{a:1}",
        "{\"a\" 1}",
        "{\"a\":}",
        "'a'",
        "\"\\x\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"a\nb\"",
        "\"\t\"",
        "nul",
        "True",
        "[1 2]",
        "1 2",
        "[",
        "]",
        "{",
        "\"abc",
        "\"\\u12\"",
        "\"\\u+123\"",
        "\"\\",
        "[1]x",
    ];
    for text in not_json {
        assert_eq!(json::parse(text), None, "{text:?}");
        assert!(serde_json::from_str::<Value>(text).is_err(), "serde_json also refuses {text:?}");
    }
}

#[test]
fn reads_escapes_and_characters_beyond_the_basic_plane() {
    let read = json::parse(r#" { "a" : [ "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00" , true , null , -0.5e1 ] } "#);
    let expected = Json::Object(vec![(
        "a".into(),
        Json::Array(vec![
            Json::String("\"\\/\u{8}\u{c}\n\r\té😀".into()),
            Json::Bool(true),
            Json::Null,
            Json::Number("-0.5e1".into()),
        ]),
    )]);
    assert_eq!(read, Some(expected));
}

#[test]
fn nesting_deeper_than_anything_stored_is_refused_without_exhausting_the_stack() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(json::parse(&nested(32)).is_some());
    assert_eq!(json::parse(&nested(33)), None);
    assert_eq!(json::parse(&nested(1_000_000)), None);
}

#[test]
fn numbers_read_as_the_app_reads_them() {
    let number = |text: &str| Json::Number(text.into());
    assert_eq!(number("1732000000000").as_u64(), Some(1_732_000_000_000));
    // Whole numbers from 0 up only, as serde reads them into an unsigned field.
    for text in ["-1", "1.0", "1e3", "18446744073709551616"] {
        assert_eq!(number(text).as_u64(), None, "{text}");
    }
    for (text, value) in [("3.5", 3.5), ("4", 4.0), ("-0.25e1", -2.5), ("1E2", 100.0), ("0.1", 0.1), ("2.7", 2.7)] {
        assert_eq!(number(text).as_f64(), Some(value), "{text}");
    }
    assert_eq!(number("1e999").as_f64(), Some(f64::INFINITY));
    // At the ends of the exponent's range: 0 and infinity, not an overflow.
    assert_eq!(number("1e-2147483648").as_f64(), Some(0.0));
    assert_eq!(number("1.5e2147483647").as_f64(), Some(f64::INFINITY));
    assert_eq!(number("1e2147483648").as_f64(), None);
}
