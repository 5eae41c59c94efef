//! Feedback requests, collections and a colleague's answers, as storage keeps them: they
//! read back as written, and an entry a link would refuse is never taken in (the app keeps
//! the text aside, read-only), so that nothing damaged reaches a page or a link.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use serde_json::{json, Value};
use servewell::model::kept::feedback::{Asked, Collecting, FeedbackBook};
use servewell::model::kept::progress::{Giving, InProgress};
use servewell::model::kept::schema::{
    decode_feedback, decode_giving, encode_feedback, encode_giving, DamageReason, LoadError,
};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::feedback::{encode_feedback as feedback_code, encode_summary, Feedback, Summary};
use servewell::model::sharing::request::Request;

fn request(id: &str, collector: Option<&str>) -> Request {
    Request {
        id: id.into(),
        name: "Maria <b>".into(),
        variant: Variant::Full,
        bank_version: Bank::current().version,
        collector: collector.map(String::from),
    }
}

fn code(request: &Request, nonce: u16) -> String {
    feedback_code(&Feedback {
        request: request.id.clone(),
        variant: request.variant,
        bank_version: request.bank_version,
        nonce,
        answers: Answers::new(),
    })
}

fn summary(request: &Request) -> String {
    encode_summary(&Summary {
        request: request.id.clone(),
        variant: request.variant,
        bank_version: request.bank_version,
        colleagues: 3,
        characteristics: vec![(3, Some(3.5)); Bank::current().characteristics.len()],
    })
}

/// Two requests (straight back, and through a collector), one collection, one delete.
fn book() -> FeedbackBook {
    let direct = request("K3M9QX", None);
    let through = request("7TZ0AB", Some("Sam"));
    let theirs = request("Q4W8E2", Some("Me"));
    let mut book = FeedbackBook {
        asked: vec![
            Asked {
                codes: vec![code(&direct, 1), code(&direct, 2)],
                request: direct,
                created_at: 1_000,
                result: Some("lx2a9k-3f".into()),
                closed: true,
            },
            Asked { codes: vec![summary(&through)], request: through, created_at: 2_000, result: None, closed: false },
        ],
        collecting: vec![Collecting { codes: vec![code(&theirs, 3)], request: theirs, created_at: 3_000 }],
        ..FeedbackBook::default()
    };
    book.removed.remove("ZZZZZZ");
    book
}

/// The stored text of `book()`, with the entry at `pointer` changed to `value`.
fn stored_with(pointer: &str, value: Value) -> String {
    let mut raw: Value = serde_json::from_str(&encode_feedback(&book())).expect("json");
    *raw.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} is in the stored text")) = value;
    raw.to_string()
}

const REFUSED: Result<FeedbackBook, LoadError> = Err(LoadError::Damaged(DamageReason::RefusedRequest));

#[test]
fn requests_and_collections_read_back_as_written() {
    let book = book();
    assert_eq!(decode_feedback(&encode_feedback(&book)), Ok(book.clone()));
    assert!(book.removed.is_removed("ZZZZZZ"));
    assert_eq!(decode_feedback(r#"{"schema":1,"feedback":{}}"#), Ok(FeedbackBook::default()));
}

#[test]
fn one_entry_a_link_would_refuse_makes_the_book_damaged() {
    let lower = code(&request("K3M9QX", None), 1).to_ascii_lowercase();
    let changes = [
        ("/feedback/asked/0/request/id", json!("K3M9QX&n=x")),
        ("/feedback/asked/0/request/id", json!("k3m9qx")),
        ("/feedback/asked/0/request/name", json!("")),
        ("/feedback/asked/0/request/name", json!("x".repeat(41))),
        ("/feedback/asked/0/request/bank_version", json!(1)),
        ("/feedback/asked/0/request/bank_version", json!(99)),
        ("/feedback/asked/0/codes/0", json!(lower)),
        ("/feedback/asked/0/codes/0", json!("SF 123")),
        // A summary where a colleague's own code belongs, and the reverse.
        ("/feedback/asked/0/codes/0", json!(summary(&request("K3M9QX", None)))),
        ("/feedback/asked/1/codes/0", json!(code(&request("7TZ0AB", None), 1))),
        ("/feedback/asked/1/request/collector", json!(" ")),
        ("/feedback/collecting/0/request/name", json!("\u{202E}")),
        ("/feedback/collecting/0/codes/0", json!(summary(&request("Q4W8E2", None)))),
        // The same request twice.
        ("/feedback/asked/1/request/id", json!("K3M9QX")),
    ];
    for (pointer, value) in changes {
        assert_eq!(decode_feedback(&stored_with(pointer, value.clone())), REFUSED, "{pointer} = {value}");
    }
}

#[test]
fn text_of_another_shape_or_version_is_not_taken_for_a_book() {
    let wrong_shape = Err(LoadError::Damaged(DamageReason::WrongShape));
    assert_eq!(decode_feedback(&stored_with("/feedback/asked/0/request/variant", json!("short"))), wrong_shape);
    assert_eq!(decode_feedback(&stored_with("/feedback/asked/0/codes", json!("SF"))), wrong_shape);
    assert_eq!(decode_feedback(&stored_with("/feedback", json!("book"))), wrong_shape);
    assert_eq!(decode_feedback(r#"{"schema":1}"#), wrong_shape);
    assert_eq!(decode_feedback(&stored_with("/schema", json!(2))), Err(LoadError::Newer(2)));
    assert_eq!(
        decode_feedback(&stored_with("/schema", json!(0))),
        Err(LoadError::Damaged(DamageReason::UnknownVersion))
    );
    for raw in ["", "{", "null", "[]"] {
        assert_eq!(decode_feedback(raw), Err(LoadError::Damaged(DamageReason::NotReadable)), "{raw:?}");
    }
    let whole = encode_feedback(&book());
    for end in (0..whole.len()).step_by(7) {
        assert!(decode_feedback(&whole[..end]).is_err(), "{}", &whole[..end]);
    }
}

#[test]
fn deletes_are_read_in_any_order_and_impossible_counts_left_out() {
    let raw = r#"{"schema":1,"feedback":{"removed":[["ZZZZZZ",1],["AAAAAA",3],["MMMMMM",2],["AAAAAA",1],["BBBBBB",4294967295]]}}"#;
    let book = decode_feedback(raw).expect("readable");
    assert!(book.removed.is_removed("ZZZZZZ"));
    assert!(book.removed.is_removed("AAAAAA"));
    assert!(!book.removed.is_removed("MMMMMM"));
    assert!(!book.removed.is_removed("BBBBBB"));
    // Restoring is a later change, whatever was stored.
    let mut removed = book.removed.clone();
    removed.restore("AAAAAA");
    assert!(!removed.is_removed("AAAAAA"));
}

// ---- A colleague's answers --------------------------------------------------------------

fn answering() -> InProgress {
    let request = request("K3M9QX", Some("Sam"));
    let mut progress = InProgress::for_request(request, 5_000);
    let bank = Bank::current();
    // "I haven't seen this" may be given to any item, situational or not.
    let everyday = bank.items.iter().find(|i| !i.situational).expect("an everyday item");
    progress.answers.insert(everyday.id.clone(), Answer::NotComeUp);
    progress.answers.insert(bank.items[1].id.clone(), Answer::Scale(Likert::new(4).expect("1–5")));
    progress.page = 2;
    progress
}

fn giving_with(pointer: &str, value: Value) -> String {
    let mut raw: Value = serde_json::from_str(&encode_giving(&Giving::Answering(answering()))).expect("json");
    *raw.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} is in the stored text")) = value;
    raw.to_string()
}

#[test]
fn a_colleagues_answers_read_back_as_written() {
    let answering = Giving::Answering(answering());
    assert_eq!(decode_giving(&encode_giving(&answering)), Ok(answering));
    let request = request("K3M9QX", None);
    let answered = Giving::Answered { code: code(&request, 8), request };
    assert_eq!(decode_giving(&encode_giving(&answered)), Ok(answered));
}

#[test]
fn a_colleagues_answers_are_fitted_to_their_questions() {
    let mut raw: Value = serde_json::from_str(&encode_giving(&Giving::Answering(answering()))).expect("json");
    raw["giving"]["answers"]["nonsense"] = json!(3);
    raw["giving"]["page"] = json!(999);
    let Ok(Giving::Answering(progress)) = decode_giving(&raw.to_string()) else { panic!("readable") };
    assert_eq!(progress.answers, answering().answers);
    assert_eq!(progress.page, progress.page_count() - 1);
}

#[test]
fn a_colleagues_answers_for_a_request_a_link_would_refuse_are_damaged() {
    let refused = Err(LoadError::Damaged(DamageReason::RefusedRequest));
    assert_eq!(decode_giving(&giving_with("/giving/request", Value::Null)), refused);
    assert_eq!(decode_giving(&giving_with("/giving/request/name", json!(""))), refused);
    assert_eq!(decode_giving(&giving_with("/giving/request/id", json!("#/x"))), refused);
    let request = request("K3M9QX", None);
    for damaged in ["SF00", "", &summary(&request), &code(&request, 1).replace('S', "T")] {
        let answered = Giving::Answered { code: damaged.to_string(), request: request.clone() };
        assert_eq!(decode_giving(&encode_giving(&answered)), refused, "{damaged}");
    }
    let wrong_shape = Err(LoadError::Damaged(DamageReason::WrongShape));
    assert_eq!(decode_giving(&giving_with("/giving/stage", json!("sent"))), wrong_shape);
    assert_eq!(decode_giving(&giving_with("/giving/answers", json!([1]))), wrong_shape);
    assert_eq!(decode_giving(&giving_with("/schema", json!(7))), Err(LoadError::Newer(7)));
    assert_eq!(decode_giving("{"), Err(LoadError::Damaged(DamageReason::NotReadable)));
}

#[test]
fn a_colleagues_answers_for_a_newer_edition_are_kept_for_the_newer_app() {
    let newer = json!(Bank::current().version + 1);
    assert!(matches!(decode_giving(&giving_with("/giving/bank_version", newer)), Err(LoadError::Newer(_))));
}

#[test]
fn a_finished_code_must_answer_its_own_request() {
    let (mine, other) = (request("K3M9QX", None), request("ZZZZZZ", None));
    let answered = Giving::Answered { code: code(&other, 1), request: mine };
    assert_eq!(decode_giving(&encode_giving(&answered)), Err(LoadError::Damaged(DamageReason::RefusedRequest)));
}
