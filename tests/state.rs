//! The reducer: every change to the app's state, and which of them must be written.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::kept::schema::History;
use servewell::model::kept::settings::Settings;
use servewell::model::questionnaire::answers::{Answer, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::state::{Action, Sheet, State, StorageStatus};

fn bank() -> &'static Bank {
    Bank::current()
}

fn apply(state: &mut State, action: Action) {
    state.apply(action);
}

fn answer(state: &mut State, item: &str, value: u8) {
    apply(
        state,
        Action::Answer {
            sheet: Sheet::Own,
            item: item.into(),
            answer: Answer::Scale(Likert::new(value).expect("1–5")),
        },
    );
}

#[test]
fn every_answer_is_a_change_to_save() {
    let mut state = State::default();
    apply(&mut state, Action::Start { variant: Variant::Full, now: 1 });
    let after_start = state.progress_revision;
    answer(&mut state, "lis1", 4);
    answer(&mut state, "lis1", 5);
    assert_eq!(state.progress_revision, after_start + 2);
    assert_eq!(state.progress.as_ref().map(|p| u8::from(p.answers["lis1"])), Some(5));
}

#[test]
fn answers_to_items_outside_the_variant_are_ignored() {
    let mut state = State::default();
    apply(&mut state, Action::Start { variant: Variant::Pulse, now: 1 });
    let revision = state.progress_revision;
    answer(&mut state, "lis2", 4);
    answer(&mut state, "nonsense", 4);
    assert!(state.progress.as_ref().is_some_and(|p| p.answers.is_empty()));
    assert_eq!(state.progress_revision, revision, "nothing changed, nothing to save");
}

#[test]
fn pages_stay_within_the_questionnaire() {
    let mut state = State::default();
    apply(&mut state, Action::Start { variant: Variant::Full, now: 1 });
    apply(&mut state, Action::GoToPage { sheet: Sheet::Own, page: 3 });
    assert_eq!(state.progress.as_ref().map(|p| p.page), Some(3));
    apply(&mut state, Action::GoToPage { sheet: Sheet::Own, page: 50 });
    assert_eq!(state.progress.as_ref().map(|p| p.page), Some(7));
}

#[test]
fn finishing_files_the_answers_in_the_history() {
    let mut state = State::default();
    apply(&mut state, Action::Start { variant: Variant::Pulse, now: 1 });
    answer(&mut state, "emp5", 3);
    apply(&mut state, Action::Finish { id: "abc".into(), now: 9 });
    assert!(state.progress.is_none());
    assert_eq!(state.history_revision, 1);
    let saved = state.result("abc").expect("saved");
    assert_eq!(saved.taken_at, 9);
    assert_eq!(saved.variant, Variant::Pulse);
    assert_eq!(u8::from(saved.answers["emp5"]), 3);
}

#[test]
fn deleting_removes_only_that_result() {
    let mut state = State::default();
    for id in ["a", "b"] {
        apply(&mut state, Action::Start { variant: Variant::Pulse, now: 1 });
        apply(&mut state, Action::Finish { id: id.into(), now: 2 });
    }
    apply(&mut state, Action::Delete("a".into()));
    assert!(state.result("a").is_none() && state.result("b").is_some());
    let revision = state.history_revision;
    apply(&mut state, Action::Delete("missing".into()));
    assert_eq!(state.history_revision, revision);
}

#[test]
fn a_restored_assessment_says_so_until_dismissed_or_restarted() {
    let mut restored = State::default();
    apply(&mut restored, Action::Start { variant: Variant::Full, now: 1 });
    answer(&mut restored, "lis1", 2);
    let mut state =
        State::new(History::default(), restored.progress.clone(), Settings::default(), StorageStatus::default());
    assert!(state.resumed);
    apply(&mut state, Action::DismissResumed);
    assert!(!state.resumed);
    apply(&mut state, Action::StartOver { sheet: Sheet::Own, now: 5 });
    let progress = state.progress.as_ref().expect("still in progress");
    assert!(progress.answers.is_empty());
    assert_eq!(progress.variant, Variant::Full);
}

#[test]
fn changes_made_in_another_tab_are_adopted_but_not_written_back() {
    let mut other = State::default();
    apply(&mut other, Action::Start { variant: Variant::Full, now: 1 });
    apply(&mut other, Action::Finish { id: "x".into(), now: 2 });
    let mut state = State::default();
    let stored = History { results: other.history.as_ref().clone(), ..History::default() };
    apply(&mut state, Action::HistoryChanged(stored));
    apply(&mut state, Action::ProgressChanged(other.progress.clone()));
    assert!(state.result("x").is_some());
    assert_eq!((state.history_revision, state.progress_revision), (0, 0));
}

#[test]
fn the_history_stays_oldest_first_whatever_the_clock_said() {
    let mut state = State::default();
    for (id, now) in [("later", 50), ("earlier", 10), ("middle", 30)] {
        apply(&mut state, Action::Start { variant: Variant::Pulse, now });
        apply(&mut state, Action::Finish { id: id.into(), now });
    }
    apply(&mut state, Action::Delete("middle".into()));
    apply(&mut state, Action::UndoDelete);
    let ids: Vec<&str> = state.history.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["earlier", "middle", "later"]);
}

#[test]
fn codes_collected_in_another_tab_are_merged_as_if_pasted_here() {
    use servewell::model::sharing::code::{encode, SharedResult};
    use servewell::model::sharing::group::Facilitated;
    use servewell::model::sharing::workshop::Workshop;
    let workshop = Workshop {
        id: "K3M9QX".into(),
        title: "Day".into(),
        variant: Variant::Pulse,
        message: String::new(),
        date: String::new(),
        bank_version: Bank::current().version,
    };
    let code = |person: u16, name: &str| {
        let answers = bank()
            .order(Variant::Pulse)
            .iter()
            .map(|i| (i.id.clone(), Answer::Scale(Likert::new(3).expect("1–5"))))
            .collect();
        let shared = SharedResult {
            workshop: workshop.id.clone(),
            variant: Variant::Pulse,
            bank_version: bank().version,
            day: 20_000,
            answers,
            nonce: person,
            name: name.into(),
        };
        encode(&shared)
    };
    let group = |codes: Vec<String>| Facilitated { workshop: workshop.clone(), created_at: 1, codes };
    let mut state = State { workshops: vec![group(vec![code(1, ""), code(2, "")])], ..State::default() };
    apply(&mut state, Action::WorkshopsChanged(vec![group(vec![code(2, ""), code(3, "")])]));
    assert_eq!(state.workshops[0].codes, [code(1, ""), code(2, ""), code(3, "")]);
    assert_eq!(state.workshops_revision, 1, "the union is written back for the other tab");
    apply(&mut state, Action::WorkshopsChanged(vec![group(vec![code(1, ""), code(2, ""), code(3, "")])]));
    assert_eq!(state.workshops_revision, 1, "nothing new, nothing to write");
    // The same person's result with their name, added in the other tab, is still one person.
    apply(&mut state, Action::WorkshopsChanged(vec![group(vec![code(3, "Ana")])]));
    assert_eq!(state.workshops[0].codes.len(), 3);
    // Two tabs holding one person's two codes (with and without a name) have nothing to
    // write back to each other.
    let revision = state.workshops_revision;
    apply(&mut state, Action::WorkshopsChanged(vec![group(vec![code(1, ""), code(2, ""), code(3, "Ana")])]));
    assert_eq!(state.workshops_revision, revision);
}

#[test]
fn a_workshop_the_stored_list_lacks_is_written_back() {
    use servewell::model::sharing::group::Facilitated;
    use servewell::model::sharing::workshop::Workshop;
    let workshop = |id: &str| Facilitated {
        workshop: Workshop {
            id: id.into(),
            title: "Day".into(),
            variant: Variant::Pulse,
            message: String::new(),
            date: String::new(),
            bank_version: Bank::current().version,
        },
        created_at: 1,
        codes: Vec::new(),
    };
    // Created here; another tab, not yet told, wrote its own list without it.
    let mut state = State { workshops: vec![workshop("K3M9QX"), workshop("A1B2C3")], ..State::default() };
    apply(&mut state, Action::WorkshopsChanged(vec![workshop("K3M9QX")]));
    assert_eq!(state.workshops.len(), 2);
    assert_eq!(state.workshops_revision, 1, "written back, or it would live only in this tab");
}

#[test]
fn hasnt_come_up_is_taken_only_for_a_situational_item() {
    let mut state = State::default();
    apply(&mut state, Action::Start { variant: Variant::Full, now: 1 });
    let bank = bank();
    let situational = bank.items.iter().find(|i| i.situational).expect("a situational item");
    let everyday = bank.items.iter().find(|i| !i.situational).expect("an everyday item");
    for item in [situational, everyday] {
        apply(&mut state, Action::Answer { sheet: Sheet::Own, item: item.id.clone(), answer: Answer::NotComeUp });
    }
    let answers = &state.progress.as_ref().expect("in progress").answers;
    assert_eq!(answers.get(&situational.id), Some(&Answer::NotComeUp));
    assert_eq!(answers.get(&everyday.id), None);
}
