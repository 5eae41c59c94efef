//! Notes, undoable deletes, goals, backups and imports in the reducer, and which of them are written to storage.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::kept::backup::{ImportReport, Incoming, SkipReason, Skipped};
use servewell::model::kept::history::{before_latest, SavedResult};
use servewell::model::kept::schema::{decode_settings, encode_settings, History, LoadError};
use servewell::model::kept::settings::{Goals, Settings};
use servewell::model::questionnaire::answers::{Answer, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::state::{Action, State, StorageStatus};

fn bank() -> &'static Bank {
    Bank::current()
}

fn apply(state: &mut State, action: Action) {
    state.apply(action);
}

fn saved(id: &str, taken_at: u64) -> SavedResult {
    let answers = bank()
        .order(Variant::Pulse)
        .iter()
        .map(|i| (i.id.clone(), Answer::Scale(Likert::new(3).expect("1–5"))))
        .collect();
    SavedResult {
        id: id.into(),
        taken_at,
        variant: Variant::Pulse,
        bank_version: bank().version,
        answers,
        note: String::new(),
        workshop: None,
        edits: 0,
    }
}

/// A state holding results with these ids, taken at 10, 20, 30…
fn state_with(ids: &[&str]) -> State {
    let results = ids.iter().enumerate().map(|(i, id)| saved(id, 10 * (i as u64 + 1))).collect();
    State::new(History { results, ..History::default() }, None, Settings::default(), StorageStatus::default())
}

fn ids(state: &State) -> Vec<&str> {
    state.history.iter().map(|r| r.id.as_str()).collect()
}

fn set_note(state: &mut State, id: &str, note: &str) {
    apply(state, Action::SetNote { id: id.into(), note: note.into() });
}

fn set_goal(state: &mut State, characteristic: &str, goal: Option<f64>) {
    apply(state, Action::SetGoal { characteristic: characteristic.into(), goal });
}

fn goal(state: &State, characteristic: &str) -> Option<f64> {
    state.settings.goals.get(characteristic).copied()
}

fn goals(pairs: &[(&str, f64)]) -> Goals {
    pairs.iter().map(|(c, g)| (c.to_string(), *g)).collect()
}

fn incoming(results: Vec<SavedResult>, goal_pairs: &[(&str, f64)]) -> Incoming {
    Incoming { results, goals: goals(goal_pairs), ..Incoming::default() }
}

#[test]
fn a_new_note_is_kept_and_the_history_is_saved() {
    let mut state = state_with(&["a", "b"]);
    set_note(&mut state, "b", "asked more, told less");
    assert_eq!(state.result("b").map(|r| r.note.as_str()), Some("asked more, told less"));
    assert_eq!(state.result("a").map(|r| r.note.as_str()), Some(""));
    assert_eq!(state.history_revision, 1);
}

#[test]
fn the_same_note_again_is_not_a_change_to_save() {
    let mut state = state_with(&["a"]);
    set_note(&mut state, "a", "same");
    set_note(&mut state, "a", "same");
    assert_eq!(state.history_revision, 1);
}

#[test]
fn a_note_for_an_unknown_result_is_ignored() {
    let mut state = state_with(&["a"]);
    let before = state.history.clone();
    set_note(&mut state, "missing", "lost words");
    assert_eq!(state.history, before);
    assert_eq!(state.history_revision, 0);
}

#[test]
fn undo_puts_a_deleted_result_back_where_it_was() {
    let mut state = state_with(&["a", "b", "c"]);
    apply(&mut state, Action::Delete("b".into()));
    assert_eq!(ids(&state), ["a", "c"]);
    apply(&mut state, Action::UndoDelete);
    assert_eq!(ids(&state), ["a", "b", "c"]);
    assert_eq!(state.history_revision, 2, "the delete and the undo are both saved");
    assert_eq!(state.deleted, None);
}

#[test]
fn a_second_undo_does_nothing() {
    let mut state = state_with(&["a", "b"]);
    apply(&mut state, Action::Delete("a".into()));
    apply(&mut state, Action::UndoDelete);
    let (history, revision) = (state.history.clone(), state.history_revision);
    apply(&mut state, Action::UndoDelete);
    assert_eq!((state.history.clone(), state.history_revision), (history, revision));
}

#[test]
fn deleting_another_result_replaces_what_undo_restores() {
    let mut state = state_with(&["a", "b", "c"]);
    apply(&mut state, Action::Delete("a".into()));
    apply(&mut state, Action::Delete("c".into()));
    apply(&mut state, Action::UndoDelete);
    assert_eq!(ids(&state), ["b", "c"]);
    apply(&mut state, Action::UndoDelete);
    assert_eq!(ids(&state), ["b", "c"], "the first deletion can no longer be undone");
}

#[test]
fn undo_after_an_import_brought_the_result_back_adds_no_second_copy() {
    let mut state = state_with(&["a", "b"]);
    let deleted = state.result("a").cloned().expect("a");
    apply(&mut state, Action::Delete("a".into()));
    apply(&mut state, Action::Import(incoming(vec![deleted], &[])));
    let revision = state.history_revision;
    apply(&mut state, Action::UndoDelete);
    assert_eq!(ids(&state), ["a", "b"]);
    assert_eq!(state.history_revision, revision);
}

#[test]
fn a_goal_is_kept_to_one_decimal() {
    let mut state = State::default();
    set_goal(&mut state, "listening", Some(3.13));
    set_goal(&mut state, "empathy", Some(3.96));
    assert_eq!(goal(&state, "listening"), Some(3.1));
    assert_eq!(goal(&state, "empathy"), Some(4.0));
}

#[test]
fn a_goal_off_the_scale_is_brought_onto_it() {
    let mut state = State::default();
    for (characteristic, asked, kept) in
        [("listening", 7.0, 5.0), ("empathy", 0.2, 1.0), ("healing", -3.0, 1.0), ("growth", 5.04, 5.0)]
    {
        set_goal(&mut state, characteristic, Some(asked));
        assert_eq!(goal(&state, characteristic), Some(kept), "{asked}");
    }
}

#[test]
fn clearing_a_goal_removes_it() {
    let mut state = State::default();
    set_goal(&mut state, "listening", Some(4.0));
    set_goal(&mut state, "empathy", Some(2.0));
    set_goal(&mut state, "listening", None);
    assert_eq!(state.settings.goals, goals(&[("empathy", 2.0)]));
}

#[test]
fn a_goal_for_an_unknown_characteristic_is_ignored() {
    let mut state = State::default();
    set_goal(&mut state, "charisma", Some(4.0));
    set_goal(&mut state, "<b>listening</b>", Some(4.0));
    assert!(state.settings.goals.is_empty());
    assert_eq!(state.settings_revision, 0);
}

#[test]
fn a_goal_is_saved_only_when_it_changes() {
    let mut state = State::default();
    let mut revisions = Vec::new();
    for asked in [Some(3.1), Some(3.13), Some(3.1), Some(4.0), None, None] {
        set_goal(&mut state, "listening", asked);
        revisions.push(state.settings_revision);
    }
    assert_eq!(revisions, [1, 1, 1, 2, 3, 3], "3.13 is shown as the 3.1 already set; clearing twice clears once");
}

#[test]
fn a_backup_is_remembered_and_saved() {
    let mut state = state_with(&["a"]);
    apply(&mut state, Action::BackedUp { now: 1_773_756_300_000 });
    assert_eq!(state.settings.last_backup, Some(1_773_756_300_000));
    assert_eq!(state.settings_revision, 1);
    assert_eq!(state.history_revision, 0);
}

#[test]
fn only_results_taken_after_the_last_backup_are_not_backed_up() {
    let mut state = state_with(&["a", "b", "c", "d"]);
    apply(&mut state, Action::BackedUp { now: 25 });
    assert_eq!(state.settings.not_backed_up(&state.history), 2, "the results at 30 and 40");
    apply(&mut state, Action::BackedUp { now: 100 });
    assert_eq!(state.settings.not_backed_up(&state.history), 0);
}

#[test]
fn without_any_backup_every_result_is_not_backed_up() {
    let state = state_with(&["a", "b", "c"]);
    assert_eq!(state.settings.last_backup, None);
    assert_eq!(state.settings.not_backed_up(&state.history), 3);
    assert_eq!(Settings::default().not_backed_up(&[]), 0);
}

#[test]
fn an_import_merges_and_says_what_it_did() {
    let mut state = state_with(&["a"]);
    let mut file = incoming(vec![saved("a", 10), saved("z", 5)], &[("growth", 4.5)]);
    file.skipped = vec![Skipped { position: 3, reason: SkipReason::BadId }];
    apply(&mut state, Action::Import(file));
    assert_eq!(ids(&state), ["z", "a"], "oldest first");
    let report = ImportReport {
        added: 1,
        already: 1,
        skipped: vec![Skipped { position: 3, reason: SkipReason::BadId }],
        goals_added: 1,
        ..ImportReport::default()
    };
    assert_eq!(state.last_import, Some(report));
    assert_eq!((state.history_revision, state.settings_revision), (1, 1));
}

#[test]
fn an_import_with_nothing_new_does_not_save_the_history() {
    let mut state = state_with(&["a", "b"]);
    let before = state.history.clone();
    apply(&mut state, Action::Import(incoming(vec![saved("b", 20)], &[])));
    assert_eq!(state.history, before);
    assert_eq!((state.history_revision, state.settings_revision), (0, 0));
    assert_eq!(state.last_import.map(|r| (r.added, r.already)), Some((0, 1)));
}

#[test]
fn an_import_of_goals_alone_saves_the_settings_but_not_the_history() {
    let mut state = state_with(&["a"]);
    apply(&mut state, Action::Import(incoming(Vec::new(), &[("foresight", 3.0)])));
    assert_eq!(goal(&state, "foresight"), Some(3.0));
    assert_eq!((state.history_revision, state.settings_revision), (0, 1));
}

#[test]
fn settings_from_another_tab_are_adopted_but_not_written_back() {
    let mut state = State::default();
    let elsewhere = Settings { goals: goals(&[("listening", 4.0)]), last_backup: Some(99) };
    apply(&mut state, Action::SettingsChanged(elsewhere.clone()));
    assert_eq!(state.settings, elsewhere);
    assert_eq!(state.settings_revision, 0);
}

#[test]
fn settings_round_trip_through_storage() {
    let settings = Settings {
        goals: goals(&[("listening", 4.2), ("community", 1.0), ("growth", 5.0)]),
        last_backup: Some(1_773_756_300_000),
    };
    assert_eq!(decode_settings(&encode_settings(&settings), bank()), Ok(settings));
    assert_eq!(decode_settings(&encode_settings(&Settings::default()), bank()), Ok(Settings::default()));
}

#[test]
fn stored_settings_from_a_newer_version_are_reported_as_newer() {
    let raw = r#"{"schema":2,"settings":{"goals":{"listening":4.0}}}"#;
    assert_eq!(decode_settings(raw, bank()), Err(LoadError::Newer(2)));
}

#[test]
fn stored_goals_the_bank_does_not_know_are_dropped() {
    let raw = r#"{"schema":1,"settings":{"goals":{"listening":4.0,"charisma":3.0,"empathy":9.0},"last_backup":5}}"#;
    let settings = decode_settings(raw, bank()).expect("readable");
    assert_eq!(settings, Settings { goals: goals(&[("listening", 4.0)]), last_backup: Some(5) });
}

#[test]
fn goals_are_listed_in_the_banks_order_with_gaps_for_those_unset() {
    let mut settings = Settings::default();
    settings.set_goal("listening", Some(4.0));
    let goals = settings.goals_in_order(Bank::current());
    assert_eq!(goals.len(), Bank::current().characteristics.len());
    for (goal, id) in goals.iter().zip(&Bank::current().characteristics) {
        assert_eq!(*goal, (id == "listening").then_some(4.0), "{id}");
    }
}

#[test]
fn the_latest_is_compared_with_the_last_complete_result_before_it() {
    let complete = |id: &str, at: u64| saved(id, at);
    let partial = |id: &str, at: u64| SavedResult { answers: Default::default(), ..saved(id, at) };
    let ids = |history: &[SavedResult]| before_latest(history).map(|r| r.id.clone());
    assert_eq!(ids(&[]), None);
    assert_eq!(ids(&[complete("a", 1)]), None, "the first result has nothing before it");
    assert_eq!(ids(&[complete("a", 1), partial("b", 2), complete("c", 3)]).as_deref(), Some("a"));
    assert_eq!(ids(&[partial("a", 1), complete("b", 2)]).as_deref(), Some("a"), "none complete: the one before");
}
