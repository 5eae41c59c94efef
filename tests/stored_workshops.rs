//! Workshops read back from storage are checked as their links would be: their ids and
//! titles go back into links and pages. One bad entry makes the stored list damaged (kept
//! read-only by the app), so that the good ones are never written back without it.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use serde_json::{json, Value};
use servewell::model::kept::schema::{decode_workshops, encode_workshops, LoadError};
use servewell::model::questionnaire::answers::Answers;
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::code::{encode, SharedResult};
use servewell::model::sharing::group::Facilitated;
use servewell::model::sharing::workshop::Workshop;

fn workshop(id: &str) -> Facilitated {
    let bank = Bank::current();
    let code = encode(&SharedResult {
        workshop: id.into(),
        variant: Variant::Pulse,
        bank_version: bank.version,
        day: 9,
        answers: Answers::new(),
        nonce: 3,
        name: String::new(),
    });
    Facilitated {
        workshop: Workshop {
            id: id.into(),
            title: "Team day <b>".into(),
            variant: Variant::Pulse,
            message: "Be honest.".into(),
            date: "2026-06-04".into(),
            bank_version: Bank::current().version,
        },
        created_at: 1_000,
        codes: vec![code],
    }
}

/// The stored text of two sound workshops, the second changed by `change`.
fn stored_with(change: impl Fn(&mut Value)) -> String {
    let mut raw: Value =
        serde_json::from_str(&encode_workshops(&[workshop("K3M9QX"), workshop("7TZ0AB")])).expect("json");
    change(&mut raw["workshops"][1]);
    raw.to_string()
}

#[test]
fn sound_workshops_read_back_as_they_were_written() {
    let workshops = vec![workshop("K3M9QX"), workshop("7TZ0AB")];
    assert_eq!(decode_workshops(&encode_workshops(&workshops)), Ok(workshops));
}

#[test]
fn one_workshop_a_link_would_refuse_makes_them_all_damaged() {
    let changes: [(&str, Value); 9] = [
        ("/workshop/id", json!("K3M9QX&m=<script>")),
        ("/workshop/id", json!("#/x")),
        ("/workshop/title", json!("")),
        ("/workshop/title", json!("\u{202E}\u{200B} ")),
        ("/workshop/title", json!("x".repeat(81))),
        ("/workshop/message", json!("x".repeat(281))),
        ("/workshop/date", json!("javascript:alert(1)")),
        ("/codes/0", json!("SW12<img src=x onerror=alert(1)>")),
        ("/codes/0", json!(format!("SW{}", "0".repeat(300)))),
    ];
    for (pointer, value) in changes {
        let raw = stored_with(|entry| *entry.pointer_mut(pointer).expect("a field") = value.clone());
        assert!(matches!(decode_workshops(&raw), Err(LoadError::Damaged(_))), "{pointer} = {value}");
    }
}

#[test]
fn the_same_workshop_twice_is_damage() {
    let raw = stored_with(|entry| entry["workshop"]["id"] = json!("k3m9qx"));
    assert!(matches!(decode_workshops(&raw), Err(LoadError::Damaged(_))));
}

#[test]
fn invisible_characters_are_cleaned_as_a_link_would_clean_them() {
    let raw = stored_with(|entry| {
        entry["workshop"]["id"] = json!("7tz0ab");
        entry["workshop"]["title"] = json!(" \u{2067}Team\u{2069} day <b>\u{200E}");
        entry["workshop"]["message"] = json!("Be\u{FEFF} honest.");
    });
    assert_eq!(decode_workshops(&raw), Ok(vec![workshop("K3M9QX"), workshop("7TZ0AB")]));
}
