//! Two tabs sharing one stored history: every write merges with what is stored, every
//! change from the other tab is merged in, and only a delete removes a result.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::kept::history::{merge, Prefer, Removals};
use servewell::model::kept::schema::{decode_history, encode_history, History};
use servewell::model::questionnaire::bank::Variant;
use servewell::model::state::{Action, State};
use std::collections::BTreeSet;

fn apply(state: &mut State, action: Action) {
    state.apply(action);
}

fn finish(state: &mut State, id: &str, now: u64) {
    apply(state, Action::Start { variant: Variant::Pulse, now });
    apply(state, Action::Finish { id: id.into(), now });
}

fn ids(state: &State) -> Vec<&str> {
    state.history.iter().map(|r| r.id.as_str()).collect()
}

/// What the app's storage does on a write: merges this tab's history with the stored
/// one (this tab's copy of a result first), stores it as text, and tells the tab.
fn write(tab: &mut State, disk: &mut String) {
    let mut merged =
        History { results: tab.history.as_ref().clone(), removed: tab.removed.clone(), ..History::default() };
    if let Ok(stored) = decode_history(disk) {
        merge(&mut merged.results, &mut merged.removed, &stored.results, &stored.removed, Prefer::Mine);
    }
    *disk = encode_history(&merged.results, &merged.removed);
    apply(tab, Action::HistoryChanged(decode_history(disk).expect("just written")));
}

/// What the `storage` event does in the other tab.
fn hear(tab: &mut State, disk: &str) {
    apply(tab, Action::HistoryChanged(decode_history(disk).expect("stored")));
}

#[test]
fn two_tabs_finishing_at_once_keep_both_results() {
    let (mut a, mut b, mut disk) = (State::default(), State::default(), String::new());
    finish(&mut a, "from-a", 1_000);
    finish(&mut b, "from-b", 1_000);
    // Both write before either hears of the other.
    write(&mut a, &mut disk);
    write(&mut b, &mut disk);
    assert_eq!(ids(&b), ["from-a", "from-b"]);
    hear(&mut a, &disk);
    assert_eq!(ids(&a), ["from-a", "from-b"]);
    assert_eq!(decode_history(&disk).expect("stored").results.len(), 2);
}

#[test]
fn a_delete_in_one_tab_stays_a_delete_while_the_other_finishes() {
    let (mut a, mut b, mut disk) = (State::default(), State::default(), String::new());
    finish(&mut a, "old", 10);
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    apply(&mut a, Action::Delete("old".into()));
    write(&mut a, &mut disk);
    // b has not heard of the delete yet, and finishes a new result.
    finish(&mut b, "new", 20);
    write(&mut b, &mut disk);
    assert_eq!(ids(&b), ["new"]);
    hear(&mut a, &disk);
    assert_eq!(ids(&a), ["new"]);
}

#[test]
fn an_undo_in_one_tab_brings_the_result_back_in_the_other() {
    let (mut a, mut b, mut disk) = (State::default(), State::default(), String::new());
    finish(&mut a, "kept", 10);
    write(&mut a, &mut disk);
    apply(&mut a, Action::Delete("kept".into()));
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    assert!(ids(&b).is_empty());
    apply(&mut a, Action::UndoDelete);
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    assert_eq!(ids(&b), ["kept"]);
}

#[test]
fn what_only_this_tab_holds_is_written_back_and_nothing_else() {
    let mut disk = String::new();
    let mut other = State::default();
    finish(&mut other, "theirs", 2);
    write(&mut other, &mut disk);
    let mut tab = State::default();
    hear(&mut tab, &disk);
    assert_eq!(tab.history_revision, 0, "already stored: nothing to write");
    finish(&mut tab, "mine", 3);
    let revision = tab.history_revision;
    let mut stale = State::default();
    finish(&mut stale, "theirs", 2);
    hear(&mut tab, &encode_history(&stale.history, &Removals::default()));
    assert!(tab.history_revision > revision, "a result the stored copy lacks is written back");
}

#[test]
fn a_note_changed_in_the_other_tab_is_taken_and_this_tabs_own_edit_is_written() {
    let (mut a, mut b, mut disk) = (State::default(), State::default(), String::new());
    finish(&mut a, "r", 1);
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    apply(&mut a, Action::SetNote { id: "r".into(), note: "from a".into() });
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    assert_eq!(b.history[0].note, "from a");
    apply(&mut b, Action::SetNote { id: "r".into(), note: "from b".into() });
    write(&mut b, &mut disk);
    assert_eq!(decode_history(&disk).expect("stored").results[0].note, "from b");
}

#[test]
fn deletions_survive_storage_and_damaged_ones_cost_nothing_else() {
    let mut removed = Removals::default();
    removed.remove("gone");
    let decoded = decode_history(&encode_history(&[], &removed)).expect("readable");
    assert!(decoded.removed.is_removed("gone"));
    let damaged = r#"{"schema":1,"results":[],"removed":{"gone":"yes"}}"#;
    let decoded = decode_history(damaged).expect("the results are still readable");
    assert_eq!(decoded.removed, Removals::default());
}

#[derive(Debug, Clone)]
enum Step {
    Finish(bool),
    Delete(bool, usize),
    Undo(bool),
    Write(bool),
    Hear(bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        any::<bool>().prop_map(Step::Finish),
        (any::<bool>(), 0..8usize).prop_map(|(tab, n)| Step::Delete(tab, n)),
        any::<bool>().prop_map(Step::Undo),
        any::<bool>().prop_map(Step::Write),
        any::<bool>().prop_map(Step::Hear),
    ]
}

proptest! {
    /// Whatever two tabs do, in whatever order their writes and events interleave: once
    /// both have written and heard, they agree, every result never deleted is there, and
    /// every result deleted and never brought back is gone.
    #[test]
    fn two_tabs_agree_and_lose_nothing(steps in prop::collection::vec(step(), 1..40)) {
        let mut tabs = [State::default(), State::default()];
        let mut disk = String::new();
        let (mut finished, mut deleted, mut undone) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for (n, step) in steps.into_iter().enumerate() {
            match step {
                Step::Finish(t) => {
                    let id = format!("r{n}");
                    finish(&mut tabs[usize::from(t)], &id, n as u64);
                    finished.insert(id);
                }
                Step::Delete(t, pick) => {
                    let tab = &mut tabs[usize::from(t)];
                    if let Some(id) = tab.history.get(pick).map(|r| r.id.clone()) {
                        apply(tab, Action::Delete(id.clone()));
                        deleted.insert(id);
                    }
                }
                Step::Undo(t) => {
                    let tab = &mut tabs[usize::from(t)];
                    if let Some(id) = tab.deleted.as_ref().map(|r| r.id.clone()) {
                        apply(tab, Action::UndoDelete);
                        undone.insert(id);
                    }
                }
                Step::Write(t) => write(&mut tabs[usize::from(t)], &mut disk),
                Step::Hear(t) if !disk.is_empty() => hear(&mut tabs[usize::from(t)], &disk),
                Step::Hear(_) => {}
            }
        }
        for t in [0, 1, 0] {
            write(&mut tabs[t], &mut disk);
        }
        hear(&mut tabs[1], &disk);
        prop_assert_eq!(&tabs[0].history, &tabs[1].history);
        let present: BTreeSet<String> = tabs[0].history.iter().map(|r| r.id.clone()).collect();
        for id in &finished {
            if !deleted.contains(id) {
                prop_assert!(present.contains(id), "{} was never deleted", id);
            } else if !undone.contains(id) {
                prop_assert!(!present.contains(id), "{} was deleted and never brought back", id);
            }
        }
    }
}

#[test]
fn a_note_edited_in_one_tab_survives_a_write_from_a_tab_that_has_not_heard_of_it() {
    let (mut a, mut b, mut disk) = (State::default(), State::default(), String::new());
    finish(&mut a, "x", 1);
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    apply(&mut b, Action::SetNote { id: "x".into(), note: "from b".into() });
    write(&mut b, &mut disk);
    // a has not heard, and writes its own older copy of x with another result.
    finish(&mut a, "y", 2);
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    assert_eq!(decode_history(&disk).expect("stored").results[0].note, "from b");
    assert_eq!(b.history[0].note, "from b");
}

#[test]
fn a_note_not_yet_saved_survives_hearing_the_other_tab_and_is_written_back() {
    let (mut a, mut b, mut disk) = (State::default(), State::default(), String::new());
    finish(&mut a, "x", 1);
    write(&mut a, &mut disk);
    hear(&mut b, &disk);
    // a's note could not be written (storage full); b then writes something else.
    apply(&mut a, Action::SetNote { id: "x".into(), note: "unsaved".into() });
    let revision = a.history_revision;
    finish(&mut b, "y", 2);
    write(&mut b, &mut disk);
    hear(&mut a, &disk);
    assert_eq!(a.history[0].note, "unsaved");
    assert!(a.history_revision > revision, "the note is written back");
}

#[test]
fn one_id_stored_at_two_times_settles_on_the_stored_copy() {
    let (mut a, mut b, mut disk) = (State::default(), State::default(), String::new());
    finish(&mut a, "x", 5);
    finish(&mut b, "x", 7);
    write(&mut a, &mut disk);
    for _ in 0..3 {
        write(&mut b, &mut disk);
        hear(&mut a, &disk);
    }
    let revision = a.history_revision;
    hear(&mut a, &disk);
    assert_eq!(a.history_revision, revision, "nothing left to write back");
    assert_eq!(a.history, b.history);
}

#[test]
fn a_deletion_count_no_person_could_reach_is_damage_not_a_delete() {
    let stored = r#"{"schema":1,"results":[],"removed":[["x",4294967295],["y",1]]}"#;
    let decoded = decode_history(stored).expect("readable");
    assert!(!decoded.removed.is_removed("x"));
    assert!(decoded.removed.is_removed("y"));
}

#[test]
fn deletions_read_from_outside_keep_each_id_once_with_its_highest_count_in_linear_time() {
    let stored = r#"{"schema":2,"results":[],"removed":[["b",2],["a",1],["b",3],["a",0],["c",4]]}"#;
    let removed = decode_history(stored).expect("readable").removed;
    assert!(removed.is_removed("a") && removed.is_removed("b") && !removed.is_removed("c"));
    assert_eq!(
        removed,
        decode_history(r#"{"schema":2,"results":[],"removed":[["a",1],["b",3],["c",4]]}"#).unwrap().removed
    );
    // Inserted one by one, 200,000 ids in reverse order would move 2×10¹⁰ entries.
    let many: Vec<String> = (0..200_000).rev().map(|i| format!(r#"["{i:06}",1]"#)).collect();
    let stored = format!(r#"{{"schema":2,"results":[],"removed":[{}]}}"#, many.join(","));
    let started = std::time::Instant::now();
    let removed = decode_history(&stored).expect("readable").removed;
    assert!(removed.is_removed("000000") && removed.is_removed("199999"));
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
}
