//! The history is stored compactly (format 2): a result's answers as one digit per item
//! its edition asks. Every kind of result round-trips, a full result takes well under 400
//! bytes, the first format still reads the same, and damaged digits cost only their result.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::json::ToJson;
use servewell::model::kept::history::{new_result_id, Removals, SavedResult};
use servewell::model::kept::schema::{decode_history, encode_history, LoadError};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::workshop::Workshop;

fn answered(bank: &Bank, variant: Variant, answer: impl Fn(usize) -> Option<Answer>) -> Answers {
    bank.asked(variant).enumerate().filter_map(|(i, item)| Some((item.id.clone(), answer(i)?))).collect()
}

fn scale(i: usize) -> Option<Answer> {
    Some(Answer::Scale(Likert::new((i % 5) as u8 + 1).expect("1–5")))
}

fn result(n: u64, bank: &Bank, variant: Variant, answers: Answers) -> SavedResult {
    SavedResult {
        id: new_result_id(1_780_000_000_000 + n * 604_800_000, 0x7fff_ffff - n as u32),
        taken_at: 1_780_000_000_000 + n * 604_800_000,
        variant,
        bank_version: bank.version,
        answers,
        note: String::new(),
        workshop: None,
        edits: 0,
    }
}

fn every_kind() -> Vec<SavedResult> {
    let current = Bank::current();
    let first = Bank::of_version(1).expect("the first edition");
    let mut noted = result(5, current, Variant::Full, answered(current, Variant::Full, scale));
    noted.note = "Listened more; “and” not “but”.\nNext: one-to-ones.".into();
    noted.edits = 3;
    noted.workshop = Some(Workshop {
        id: "K3M9QX".into(),
        title: "Team day".into(),
        variant: Variant::Full,
        message: String::new(),
        date: "2026-11-29".into(),
        bank_version: current.version,
    });
    vec![
        result(0, current, Variant::Full, answered(current, Variant::Full, scale)),
        result(1, current, Variant::Pulse, answered(current, Variant::Pulse, scale)),
        // Partial, and "hasn't come up" on every situational item.
        result(2, current, Variant::Full, {
            let situational: Vec<&str> =
                current.items.iter().filter(|i| i.situational).map(|i| i.id.as_str()).collect();
            let mut answers = answered(current, Variant::Full, |i| (i % 3 != 0).then(|| scale(i)).flatten());
            for id in situational {
                answers.insert(id.to_string(), Answer::NotComeUp);
            }
            answers
        }),
        result(3, first, Variant::Full, answered(first, Variant::Full, scale)),
        result(4, current, Variant::Full, Answers::new()),
        noted,
    ]
}

#[test]
fn every_kind_of_result_round_trips_with_its_answers_as_digits() {
    let results = every_kind();
    let mut removed = Removals::default();
    removed.remove("gone-1");
    let raw = encode_history(&results, &removed);
    assert!(raw.starts_with(r#"{"schema":2,"#), "{raw}");
    assert_eq!(raw.matches(r#""answers":""#).count(), results.len(), "every result's answers as digits: {raw}");
    let decoded = decode_history(&raw).expect("readable");
    assert_eq!(decoded.results, results);
    assert!(decoded.removed.is_removed("gone-1"));
    assert_eq!(decoded.skipped, 0);
    assert!(!decoded.older);
}

#[test]
fn a_full_result_takes_well_under_400_bytes() {
    let bank = Bank::current();
    let one =
        encode_history(&[result(0, bank, Variant::Full, answered(bank, Variant::Full, scale))], &Removals::default());
    let none = encode_history(&[], &Removals::default());
    let bytes = one.len() - none.len();
    assert!(bytes <= 200, "{bytes} bytes: {one}");
}

#[test]
fn the_first_format_still_reads_the_same() {
    let results = every_kind();
    // Written as the first format wrote it: answers as a map of numbers.
    let entries: Vec<String> = results.iter().map(|r| r.to_json().encode()).collect();
    let old = format!(r#"{{"schema":1,"results":[{}],"removed":[]}}"#, entries.join(","));
    assert!(old.contains(r#""answers":{"#));
    let decoded = decode_history(&old).expect("readable");
    assert!(decoded.older);
    assert_eq!(decoded.results, results);
}

#[test]
fn answers_digits_cannot_say_are_kept_as_a_map() {
    let bank = Bank::current();
    let mut odd = result(0, bank, Variant::Pulse, answered(bank, Variant::Full, scale));
    odd.answers.insert("xyz9".into(), Answer::NotComeUp);
    let raw = encode_history(std::slice::from_ref(&odd), &Removals::default());
    assert!(raw.contains(r#""answers":{"#), "{raw}");
    assert_eq!(decode_history(&raw).expect("readable").results, [odd]);
}

#[test]
fn damaged_digits_cost_only_their_result() {
    let bank = Bank::current();
    let sound = result(0, bank, Variant::Pulse, answered(bank, Variant::Pulse, scale));
    let raw = encode_history(std::slice::from_ref(&sound), &Removals::default());
    let digits = raw.split(r#""answers":""#).nth(1).and_then(|rest| rest.split('"').next()).expect("digits");
    let entry = |id: &str, answers: &str| {
        format!(
            r#"{{"id":"{id}","taken_at":1780000000000,"variant":"pulse","bank_version":{},"answers":"{answers}"}}"#,
            bank.version
        )
    };
    let shorter = &digits[1..];
    let longer = format!("{digits}3");
    let seven = format!("7{shorter}");
    let letter = format!("x{shorter}");
    for (what, answers) in [("short", shorter), ("long", &longer), ("a 7", &seven), ("a letter", &letter)] {
        let damaged = raw.replacen(r#"[{"id""#, &format!(r#"[{},{{"id""#, entry("bad-1", answers)), 1);
        let history = decode_history(&damaged).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!((history.results, history.skipped), (vec![sound.clone()], 1), "{what}");
    }
    // Digits for an edition this app does not know: a newer app's, kept whole.
    let newer = format!(
        r#"{{"schema":2,"results":[{}],"removed":[]}}"#,
        entry("new-1", digits).replace(
            &format!(r#""bank_version":{}"#, bank.version),
            &format!(r#""bank_version":{}"#, bank.version + 1),
        )
    );
    assert!(matches!(decode_history(&newer), Err(LoadError::Newer(_))));
}
