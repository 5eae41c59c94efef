//! Every decoder of outside data, fed arbitrary text: none may panic, since a panic in
//! wasm kills the page, and what one reads must read back the same once written again.
//! Run with `make fuzz`; a crashing input is kept as a native test in tests/.
#![no_main]

use libfuzzer_sys::fuzz_target;
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::kept::history::SavedResult;
use servewell::model::sharing::group::add_codes;
use servewell::model::sharing::percent::percent_decode;
use servewell::model::sharing::link::MAX_LINK;
use servewell::model::sharing::workshop::Workshop;
use servewell::model::json;
use servewell::model::kept::{backup, schema};
use servewell::model::route::Route;
use servewell::model::sharing::code;
use servewell::model::sharing::feedback::{decode_feedback, decode_summary, encode_feedback, encode_summary};
use servewell::model::sharing::others::{from_summary, summary_of};
use servewell::model::sharing::request::Request;
use servewell::model::kept::feedback::{receive, Collecting, Kind};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let bank = Bank::current();
    if let Some(value) = json::parse(text) {
        assert_eq!(json::parse(&value.encode()).as_ref(), Some(&value));
    }
    if let Ok(shared) = code::decode(text) {
        assert_eq!(code::decode(&code::encode(&shared)).as_ref(), Ok(&shared));
        let _ = SavedResult::from_shared(shared);
    }
    if let Ok(workshop) = Workshop::from_query(text) {
        let query = workshop.to_query();
        // Raw text in a link grows when escaped: only what still fits must read back.
        if query.len() <= MAX_LINK {
            assert_eq!(Workshop::from_query(&query).as_ref(), Ok(&workshop));
        }
    }
    if let Ok(feedback) = decode_feedback(text) {
        assert_eq!(decode_feedback(&encode_feedback(&feedback)).as_ref(), Ok(&feedback));
        let _ = feedback.score();
    }
    if let Ok(summary) = decode_summary(text) {
        assert_eq!(decode_summary(&encode_summary(&summary)).as_ref(), Ok(&summary));
        let _ = from_summary(&summary);
    }
    if let Ok(request) = Request::from_query(text) {
        let query = request.to_query();
        if query.len() <= MAX_LINK {
            assert_eq!(Request::from_query(&query).as_ref(), Ok(&request));
        }
    }
    let route = Route::from_hash(text);
    assert_eq!(Route::from_hash(&route.to_hash()), route);
    let _ = percent_decode(text);
    let room = Workshop {
        id: "K3M9QX".into(),
        title: "t".into(),
        variant: Variant::Full,
        message: String::new(),
        date: String::new(),
        bank_version: bank.version,
    };
    let _ = add_codes(&mut Vec::new(), text, &room);
    let asker = Request {
        id: "K3M9QX".into(),
        name: "n".into(),
        variant: Variant::Full,
        bank_version: bank.version,
        collector: None,
    };
    let mut collecting = Collecting { request: asker.clone(), created_at: 0, codes: Vec::new() };
    let _ = receive(&mut collecting.codes, text, &asker, Kind::Feedback);
    let _ = summary_of(&collecting.feedback());
    let _ = receive(&mut Vec::new(), text, &asker, Kind::Summary);
    let _ = backup::read(text, bank);
    let _ = schema::decode_history(text);
    let _ = schema::decode_progress(text);
    let _ = schema::decode_settings(text, bank);
    if let Ok(workshops) = schema::decode_workshops(text) {
        assert_eq!(schema::decode_workshops(&schema::encode_workshops(&workshops)), Ok(workshops));
    }
    if let Ok(book) = schema::decode_feedback(text) {
        // Stored codes are only checked for their form: whatever they decode to is viewed.
        for asked in &book.asked {
            let _ = asked.others();
        }
        for collecting in &book.collecting {
            let _ = summary_of(&collecting.feedback());
        }
        assert_eq!(schema::decode_feedback(&schema::encode_feedback(&book)), Ok(book));
    }
    if let Ok(giving) = schema::decode_giving(text) {
        assert_eq!(schema::decode_giving(&schema::encode_giving(&giving)), Ok(giving));
    }
});
