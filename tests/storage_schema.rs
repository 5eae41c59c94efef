//! Stored data round-trips, and damaged or foreign data never panics and never loses the
//! sound parts.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::kept::history::{is_valid_id, new_result_id, Removals, SavedResult};
use servewell::model::kept::progress::InProgress;
use servewell::model::kept::schema::{decode_history, decode_progress, encode_history, encode_progress, LoadError};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};

fn bank() -> &'static Bank {
    Bank::current()
}

fn result(id: &str, taken_at: u64) -> SavedResult {
    let answers = bank()
        .order(Variant::Full)
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id.clone(), Answer::Scale(Likert::new((i % 5) as u8 + 1).expect("1–5"))))
        .collect();
    SavedResult {
        id: id.into(),
        taken_at,
        variant: Variant::Full,
        bank_version: 1,
        answers,
        note: String::new(),
        workshop: None,
        edits: 0,
    }
}

#[test]
fn history_round_trips() {
    let results = vec![result("a-1", 1_000_000_000_000), result("b-2", 1_100_000_000_000)];
    let decoded = decode_history(&encode_history(&results, &Removals::default())).expect("readable");
    assert_eq!(decoded.results, results);
    assert_eq!(decoded.skipped, 0);
}

#[test]
fn progress_round_trips() {
    let mut progress = InProgress::new(Variant::Pulse, None, 5);
    progress.page = 1;
    progress.answers.insert("lis1".into(), Answer::Scale(Likert::new(4).expect("1–5")));
    assert_eq!(decode_progress(&encode_progress(&progress)), Ok(progress));
}

#[test]
fn results_come_back_oldest_first_without_duplicates() {
    let raw = encode_history(&[result("late", 3), result("early", 1), result("late", 2)], &Removals::default());
    let decoded = decode_history(&raw).expect("readable");
    let ids: Vec<&str> = decoded.results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["early", "late"]);
    assert_eq!(decoded.skipped, 1);
}

#[test]
fn unreadable_text_is_damaged() {
    for raw in [
        "",
        "{",
        "null",
        "[1,2]",
        "\"text\"",
        "{\"schema\":1}",
        "{\"schema\":\"1\",\"results\":[]}",
        "{\"results\":[]}",
    ] {
        assert!(matches!(decode_history(raw), Err(LoadError::Damaged(_))), "{raw:?}");
    }
}

#[test]
fn truncated_json_is_damaged() {
    let raw = encode_history(&[result("a", 1)], &Removals::default());
    assert!(matches!(decode_history(&raw[..raw.len() / 2]), Err(LoadError::Damaged(_))));
}

#[test]
fn a_newer_format_is_reported_as_such() {
    assert_eq!(decode_history(r#"{"schema":3,"results":[]}"#), Err(LoadError::Newer(3)));
    assert_eq!(decode_progress(r#"{"schema":7}"#), Err(LoadError::Newer(7)));
}

#[test]
fn one_bad_entry_among_a_hundred_is_left_out_and_counted() {
    let mut results: Vec<SavedResult> = (0..100).map(|i| result(&format!("r{i}"), i)).collect();
    results[40].answers = Answers::new();
    let mut raw: serde_json::Value =
        serde_json::from_str(&encode_history(&results, &Removals::default())).expect("json");
    raw["results"][40]["answers"] = serde_json::json!({"lis1": 9});
    raw["results"][41]["taken_at"] = serde_json::json!("yesterday");
    raw["results"][42]["id"] = serde_json::json!("<img src=x onerror=alert(1)>");
    let decoded = decode_history(&raw.to_string()).expect("readable");
    assert_eq!(decoded.results.len(), 97);
    assert_eq!(decoded.skipped, 3);
}

#[test]
fn a_huge_string_is_damaged_not_a_panic() {
    let raw = "x".repeat(10 * 1024 * 1024);
    assert!(matches!(decode_history(&raw), Err(LoadError::Damaged(_))));
}

#[test]
fn progress_from_storage_is_fitted_to_the_bank() {
    let raw = r#"{"schema":1,"progress":{"variant":"pulse","bank_version":1,"page":99,
        "answers":{"lis1":3,"lis2":4,"gone":5},"started_at":1}}"#;
    let progress = decode_progress(raw).expect("readable");
    assert_eq!(progress.page, 1, "the pulse has two pages");
    assert_eq!(progress.answers.keys().collect::<Vec<_>>(), ["lis1"], "lis2 is not in the pulse");
}

#[test]
fn progress_with_an_answer_out_of_range_is_damaged() {
    let raw =
        r#"{"schema":1,"progress":{"variant":"full","bank_version":1,"page":0,"answers":{"lis1":6},"started_at":1}}"#;
    assert!(matches!(decode_progress(raw), Err(LoadError::Damaged(_))));
}

#[test]
fn result_ids_are_link_safe_and_distinct() {
    let a = new_result_id(1_700_000_000_000, 7);
    let b = new_result_id(1_700_000_000_000, 8);
    assert_ne!(a, b);
    assert!(is_valid_id(&a) && is_valid_id(&b), "{a} {b}");
    for bad in ["", "A", "a/b", "<b>", &"a".repeat(41)] {
        assert!(!is_valid_id(bad), "{bad:?}");
    }
}
