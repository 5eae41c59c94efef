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
use servewell::model::kept::{backup, schema};
use servewell::model::route::Route;
use servewell::model::sharing::code;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let bank = Bank::current();
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
    let _ = backup::read(text, bank);
    let _ = schema::decode_history(text);
    let _ = schema::decode_progress(text);
    let _ = schema::decode_settings(text, bank);
    if let Ok(workshops) = schema::decode_workshops(text) {
        assert_eq!(schema::decode_workshops(&schema::encode_workshops(&workshops)), Ok(workshops));
    }
});
