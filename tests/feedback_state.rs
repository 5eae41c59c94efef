//! Asking, answering and collecting as state changes: a colleague's answers are kept
//! apart from their own assessment and become a feedback code; codes come back to the
//! request they answer; every change is marked for storage.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::kept::progress::Giving;
use servewell::model::questionnaire::answers::{Answer, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::feedback::decode_feedback;
use servewell::model::sharing::request::Request;
use servewell::model::state::{Action, Holder, Sheet, State};

fn request(collector: Option<&str>) -> Request {
    Request::new("Maria", Variant::Pulse, collector, 7).expect("a sound request")
}

fn answer_all(state: &mut State, level: u8) {
    for item in Bank::current().asked(Variant::Pulse) {
        let answer = Answer::Scale(Likert::new(level).expect("1–5"));
        state.apply(Action::Answer { sheet: Sheet::Giving, item: item.id.clone(), answer });
    }
}

/// A colleague's feedback code for `request`, answered `level` everywhere.
fn code_from(request: &Request, level: u8, nonce: u16) -> String {
    let mut colleague = State::default();
    colleague.apply(Action::Give { request: request.clone(), now: 1 });
    answer_all(&mut colleague, level);
    colleague.apply(Action::FinishGiving { nonce });
    match colleague.giving {
        Some(Giving::Answered { code, .. }) => code,
        other => panic!("no code: {other:?}"),
    }
}

#[test]
fn a_colleagues_answers_are_kept_apart_from_their_own_assessment() {
    let mut state = State::default();
    state.apply(Action::Start { variant: Variant::Full, now: 1 });
    state.apply(Action::Give { request: request(None), now: 2 });
    let item = Bank::current().asked(Variant::Pulse).next().expect("an item").id.clone();
    state.apply(Action::Answer { sheet: Sheet::Giving, item: item.clone(), answer: Answer::NotComeUp });
    assert!(state.progress.as_ref().is_some_and(|p| p.answers.is_empty()), "their own assessment is untouched");
    let Some(Giving::Answering(giving)) = &state.giving else { panic!("answering") };
    // "I haven't seen this" is open to a colleague on every item, situational or not.
    assert_eq!(giving.answers.get(&item), Some(&Answer::NotComeUp));
    assert_eq!(state.giving_revision, 2, "started and answered, each to be stored");
    assert_eq!(state.progress_revision, 1);
}

#[test]
fn finishing_turns_the_answers_into_a_code_without_a_name_and_forgetting_clears_them() {
    let asked = request(None);
    let code = code_from(&asked, 4, 99);
    let feedback = decode_feedback(&code).expect("readable");
    assert_eq!((feedback.request.as_str(), feedback.nonce), (asked.id.as_str(), 99));
    assert_eq!(feedback.answers.len(), 10);
    let mut state = State::default();
    state.apply(Action::Give { request: asked.clone(), now: 1 });
    state.apply(Action::FinishGiving { nonce: 1 });
    state.apply(Action::ForgetGiving);
    assert_eq!(state.giving, None);
}

#[test]
fn starting_over_as_a_colleague_keeps_the_request() {
    let mut state = State::default();
    state.apply(Action::Give { request: request(Some("Sam")), now: 1 });
    answer_all(&mut state, 2);
    state.apply(Action::StartOver { sheet: Sheet::Giving, now: 5 });
    let Some(Giving::Answering(giving)) = &state.giving else { panic!("answering") };
    assert!(giving.answers.is_empty());
    assert_eq!(giving.request, Some(request(Some("Sam"))));
}

#[test]
fn codes_come_back_to_the_request_they_answer() {
    let asked = request(None);
    let mut state = State::default();
    state.apply(Action::Ask { request: asked.clone(), result: None, now: 1 });
    let codes: Vec<String> = (0..3).map(|n| code_from(&asked, 2 + n as u8, n)).collect();
    state.apply(Action::Receive { into: Holder::Asked, id: asked.id.clone(), text: codes.join("\n") });
    let kept = state.feedback.asked(&asked.id).expect("kept");
    assert_eq!(kept.codes.len(), 3);
    assert_eq!(kept.feedback().len(), 3);
    let other = request(None);
    let elsewhere = Request { id: "ZZZZZZ".into(), ..other };
    state.apply(Action::Receive { into: Holder::Asked, id: asked.id.clone(), text: code_from(&elsewhere, 3, 9) });
    assert_eq!(state.feedback.asked(&asked.id).map(|a| a.codes.len()), Some(3), "a code for another request");
    state.apply(Action::CloseRequest(asked.id.clone()));
    assert!(state.feedback.asked(&asked.id).is_some_and(|a| a.closed && a.codes.len() == 3), "closing keeps them");
    let revision = state.feedback_revision;
    state.apply(Action::DeleteRequest(asked.id.clone()));
    assert!(state.feedback.asked.is_empty());
    assert!(state.feedback_revision > revision);
}

#[test]
fn a_collector_collects_colleagues_codes_apart_from_their_own_requests() {
    let asked = request(Some("Sam"));
    let mut collector = State::default();
    collector.apply(Action::Collect { request: asked.clone(), now: 1 });
    collector.apply(Action::Collect { request: asked.clone(), now: 2 });
    assert_eq!(collector.feedback.collecting.len(), 1, "collecting twice is collecting once");
    let code = code_from(&asked, 3, 1);
    collector.apply(Action::Receive { into: Holder::Collecting, id: asked.id.clone(), text: format!("{code} {code}") });
    assert_eq!(collector.feedback.collecting(&asked.id).map(|c| c.codes.len()), Some(1));
    assert!(collector.feedback.asked.is_empty());
    // The person who asked takes only a summary, never a colleague's own code.
    let mut asker = State::default();
    asker.apply(Action::Ask { request: asked.clone(), result: None, now: 1 });
    asker.apply(Action::Receive { into: Holder::Asked, id: asked.id.clone(), text: code });
    assert_eq!(asker.feedback.asked(&asked.id).map(|a| a.codes.len()), Some(0));
}

#[test]
fn collecting_for_ones_own_request_keeps_the_two_apart() {
    let asked = request(Some("Sam"));
    let mut state = State::default();
    state.apply(Action::Ask { request: asked.clone(), result: None, now: 1 });
    state.apply(Action::Collect { request: asked.clone(), now: 2 });
    let code = code_from(&asked, 3, 1);
    state.apply(Action::Receive { into: Holder::Collecting, id: asked.id.clone(), text: code });
    assert_eq!(state.feedback.collecting(&asked.id).map(|c| c.codes.len()), Some(1));
    assert_eq!(state.feedback.asked(&asked.id).map(|a| a.codes.len()), Some(0));
}
