//! The fuzz target's seeds are real inputs: each one is read, whole, by the decoder it is
//! named after, so fuzzing starts from deep inside every format.
#![cfg(not(target_arch = "wasm32"))] // native: reads files

use servewell::model::kept::{backup, schema};
use servewell::model::questionnaire::bank::Bank;
use servewell::model::route::Route;
use servewell::model::sharing::code::decode;
use servewell::model::sharing::feedback::{decode_feedback, decode_summary};
use servewell::model::sharing::paste::codes_in;
use servewell::model::sharing::request::Request;
use servewell::model::sharing::workshop::Workshop;
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn every_seed_is_read_whole_by_its_decoder() {
    let bank = Bank::current();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/decoders");
    let mut kinds = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("the seed corpus, made by `cargo run --example fuzz_seeds`") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("a file name").to_string();
        let text = std::fs::read_to_string(&path).expect("a text file");
        let kind = name.split('-').next().unwrap_or_default().to_string();
        let read = match kind.as_str() {
            "code" => decode(&text).is_ok(),
            "link" => Workshop::from_query(&text).is_ok(),
            "paste" => {
                let codes = codes_in(&text);
                !codes.is_empty() && codes.iter().all(|c| decode(c).is_ok())
            }
            "route" => Route::from_hash(&text) != Route::NotFound && Route::from_hash(&text).to_hash() == text,
            "request" => Request::from_query(&text).is_ok(),
            "feedback" => decode_feedback(&text).is_ok(),
            "summary" => decode_summary(&text).is_ok(),
            "received" => {
                let codes = codes_in(&text);
                codes.len() > 1 && codes.iter().all(|c| decode_feedback(c).is_ok())
            }
            "backup" => backup::read(&text, bank).is_ok_and(|b| {
                b.skipped.is_empty() && b.feedback_skipped == 0 && !b.results.is_empty() && !b.feedback.asked.is_empty()
            }),
            "history" => schema::decode_history(&text)
                .is_ok_and(|h| !h.results.is_empty() && h.skipped == 0 && h.removed != Default::default()),
            "progress" => schema::decode_progress(&text).is_ok_and(|p| !p.answers.is_empty()),
            "settings" => schema::decode_settings(&text, bank).is_ok_and(|s| !s.goals.is_empty()),
            "workshops" => schema::decode_workshops(&text).is_ok_and(|w| !w.is_empty()),
            "book" => schema::decode_feedback(&text).is_ok_and(|b| !b.asked.is_empty() && !b.collecting.is_empty()),
            "giving" => schema::decode_giving(&text).is_ok(),
            other => panic!("seed {name}: no decoder named {other}"),
        };
        assert!(read, "seed {name} is not read whole by its decoder: {text}");
        kinds.insert(kind);
    }
    let all = [
        "backup",
        "book",
        "code",
        "feedback",
        "giving",
        "history",
        "link",
        "paste",
        "progress",
        "received",
        "request",
        "route",
        "settings",
        "summary",
        "workshops",
    ];
    assert_eq!(kinds, all.into_iter().map(String::from).collect());
}
