//! Every decoder of outside data, fed arbitrary text: none may panic, since a panic in
//! wasm kills the page. Run with `make fuzz`; crashing inputs go to tests/code.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use servewell::model::bank::Bank;
use servewell::model::{backup, code, route::Route, schema, workshop::Workshop};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let bank = Bank::builtin();
    let _ = code::decode(bank, text);
    let _ = Workshop::from_query(text);
    let _ = Route::from_hash(text);
    let _ = backup::read(text, bank);
    let _ = schema::decode_history(text);
    let _ = schema::decode_progress(text, bank);
    let _ = schema::decode_settings(text, bank);
    let _ = schema::decode_workshops(text);
});
