//! Backups: what is exported reads back, imports only ever merge, and a file from outside is refused or trimmed, never trusted.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use serde_json::{json, Value};
use servewell::model::json::ToJson;
use servewell::model::kept::backup::{
    self, check_size, file_name, read, ImportError, ImportReport, Incoming, SkipReason, Skipped, FORMAT, MAX_BYTES,
    VERSION,
};
use servewell::model::kept::feedback::{Asked, Collecting, FeedbackBook};
use servewell::model::kept::history::{new_result_id, SavedResult};
use servewell::model::kept::settings::{Goals, Settings};
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::sharing::feedback::{encode_feedback, Feedback};
use servewell::model::sharing::request::Request;
use servewell::model::sharing::workshop::Workshop;
use servewell::model::state::{Action, State};
use servewell::model::text::clean_lines;

const CANARY: &str = "<img src=x onerror=alert(1)>";

fn bank() -> &'static Bank {
    Bank::current()
}

fn likert(v: u8) -> Answer {
    Answer::Scale(Likert::new(v).expect("1–5"))
}

/// A pulse result with every pulse item answered.
fn result(id: &str, taken_at: u64, note: &str) -> SavedResult {
    let answers = bank()
        .order(Variant::Pulse)
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id.clone(), likert((i % 5) as u8 + 1)))
        .collect();
    SavedResult {
        id: id.into(),
        taken_at,
        variant: Variant::Pulse,
        bank_version: bank().version,
        answers,
        note: note.into(),
        workshop: None,
        edits: 0,
    }
}

fn with_goals(goals: &[(&str, f64)]) -> Settings {
    Settings { goals: goals.iter().map(|(c, g)| (c.to_string(), *g)).collect(), last_backup: None }
}

fn ids(results: &[SavedResult]) -> Vec<&str> {
    results.iter().map(|r| r.id.as_str()).collect()
}

fn read_ok(text: &str) -> Incoming {
    read(text, bank()).unwrap_or_else(|e| panic!("a readable backup, got {e:?}"))
}

/// A backup of results and settings alone.
fn export(results: &[SavedResult], settings: &Settings, now: u64) -> String {
    backup::export(results, settings, &FeedbackBook::default(), now)
}

/// Merges what was read into `history` and `settings`, with no feedback on either side.
fn merge(history: &mut Vec<SavedResult>, settings: &mut Settings, incoming: Incoming) -> ImportReport {
    backup::merge(history, settings, &mut FeedbackBook::default(), incoming)
}

/// Reads `text` and merges it into `history` and `settings`, as an import does.
fn import(history: &mut Vec<SavedResult>, settings: &mut Settings, text: &str) -> ImportReport {
    merge(history, settings, read_ok(text))
}

/// A backup file written by hand, with raw entries, so that they can be damaged.
fn file_with(entries: Vec<Value>, settings: Value) -> String {
    json!({ "format": FORMAT, "version": VERSION, "exported_at": 1, "results": entries, "settings": settings })
        .to_string()
}

fn entry(result: &SavedResult) -> Value {
    serde_json::from_str(&result.to_json().encode()).expect("a result serialises")
}

fn skipped(position: usize, reason: SkipReason) -> Skipped {
    Skipped { position, reason }
}

#[test]
fn export_then_read_gives_back_results_with_their_notes_and_the_goals() {
    let results =
        vec![result("a-1", 1_000, "first week"), result("b-2", 2_000, ""), result("c-3", 3_000, "línea\n\"dos\"")];
    let settings = with_goals(&[("listening", 4.2), ("community", 1.0)]);
    let incoming = read_ok(&export(&results, &settings, 5_000));
    assert_eq!(incoming.results, results);
    assert_eq!(incoming.goals, settings.goals);
    assert!(incoming.skipped.is_empty());
}

#[test]
fn an_export_names_its_format_version_and_when_it_was_made() {
    let text = export(&[result("a", 1, "")], &Settings::default(), 1_773_756_300_000);
    let json: Value = serde_json::from_str(&text).expect("an export is JSON");
    assert_eq!(json["format"], "servewell-backup");
    assert_eq!(json["version"], 1);
    assert_eq!(json["exported_at"], 1_773_756_300_000_u64);
    assert_eq!(json["results"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_backup_file_name_carries_its_date() {
    assert_eq!(file_name("2026-03-17"), "servewell-backup-2026-03-17.json");
}

fn answers_strategy() -> impl Strategy<Value = Answers> {
    // Items of every edition; 0 is "hasn't come up".
    let items: Vec<String> = Bank::editions().iter().flat_map(|b| &b.items).map(|i| i.id.clone()).collect();
    proptest::collection::btree_map(proptest::sample::select(items), 0u8..=5, 0..=40)
        .prop_map(|answers| answers.into_iter().map(|(item, v)| (item, Answer::try_from(v).expect("0–5"))).collect())
}

/// Results with distinct link-safe ids, in no particular order of time, with notes as
/// the app keeps them.
fn results_strategy() -> impl Strategy<Value = Vec<SavedResult>> {
    let note = any::<String>().prop_map(|n| clean_lines(&n));
    let editions: Vec<u32> = Bank::editions().iter().map(|b| b.version).collect();
    let body = (
        any::<u64>(),
        prop_oneof![Just(Variant::Full), Just(Variant::Pulse)],
        proptest::sample::select(editions),
        answers_strategy(),
        note,
    );
    proptest::collection::btree_map("[a-z0-9-]{1,40}", body, 0..12).prop_map(|by_id| {
        by_id
            .into_iter()
            .map(|(id, (taken_at, variant, bank_version, answers, note))| SavedResult {
                id,
                taken_at,
                variant,
                bank_version,
                answers,
                note,
                workshop: None,
                edits: 0,
            })
            .collect()
    })
}

/// Goals on the scale, in its steps of 0.1, as the app sets them.
fn goals_strategy() -> impl Strategy<Value = Goals> {
    proptest::collection::btree_map(
        proptest::sample::select(bank().characteristics.clone()),
        (10u32..=50).prop_map(|t| f64::from(t) / 10.0),
        0..=10,
    )
    .prop_map(|goals| goals.into_iter().collect())
}

proptest! {
    #[test]
    fn any_results_and_goals_round_trip_and_merge_into_an_empty_history_unchanged(
        results in results_strategy(), goals in goals_strategy(), now in any::<u64>()
    ) {
        let text = export(&results, &Settings { goals: goals.clone(), last_backup: Some(now) }, now);
        let incoming = read(&text, bank()).expect("an export reads back");
        prop_assert_eq!(&incoming.results, &results);
        prop_assert_eq!(&incoming.goals, &goals);
        prop_assert!(incoming.skipped.is_empty());

        let (mut history, mut settings) = (Vec::new(), Settings::default());
        let report = merge(&mut history, &mut settings, incoming);
        prop_assert_eq!(report, ImportReport { added: results.len(), goals_added: goals.len(), ..ImportReport::default() });
        prop_assert!(history.windows(2).all(|w| w[0].taken_at <= w[1].taken_at), "oldest first");
        let mut by_id = history.clone();
        by_id.sort_by(|a, b| a.id.cmp(&b.id));
        prop_assert_eq!(by_id, results, "exactly the exported results, nothing changed");
        prop_assert_eq!(settings.goals, goals);
    }

    #[test]
    fn reading_arbitrary_text_never_panics(text in any::<String>()) {
        let _ = read(&text, bank());
    }

    #[test]
    fn a_cut_off_backup_is_refused_as_a_whole(results in results_strategy(), cut in any::<proptest::sample::Index>()) {
        let text = export(&results, &Settings::default(), 1);
        let end = cut.index(text.len());
        prop_assume!(text.is_char_boundary(end) && !text[..end].trim().is_empty());
        prop_assert_eq!(read(&text[..end], bank()), Err(ImportError::NotJson));
    }
}

#[test]
fn merging_the_same_file_twice_adds_nothing_the_second_time() {
    let text = export(&[result("a", 1, ""), result("b", 2, "")], &with_goals(&[("healing", 3.0)]), 9);
    let (mut history, mut settings) = (vec![result("old", 0, "")], Settings::default());
    let first = import(&mut history, &mut settings, &text);
    assert_eq!((first.added, first.already, first.goals_added), (2, 0, 1));
    let after_first = (history.clone(), settings.clone());
    let second = import(&mut history, &mut settings, &text);
    assert_eq!(second, ImportReport { already: 2, ..ImportReport::default() });
    assert_eq!((history, settings), after_first);
}

#[test]
fn a_result_already_there_keeps_its_own_note() {
    let text = export(&[result("a", 1, "the file's words")], &Settings::default(), 9);
    let mut history = vec![result("a", 1, "my words")];
    let report = import(&mut history, &mut Settings::default(), &text);
    assert_eq!(report.already, 1);
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].note, "my words");
}

#[test]
fn merged_results_come_back_oldest_first() {
    let text =
        export(&[result("late", 50, ""), result("early", 5, ""), result("middle", 25, "")], &Settings::default(), 9);
    let mut history = vec![result("h10", 10, ""), result("h40", 40, "")];
    import(&mut history, &mut Settings::default(), &text);
    assert_eq!(ids(&history), ["early", "h10", "middle", "h40", "late"]);
}

#[test]
fn goals_already_set_are_kept_and_only_missing_ones_are_added() {
    let text = export(&[], &with_goals(&[("listening", 2.0), ("empathy", 3.5), ("growth", 4.5)]), 9);
    let mut settings = with_goals(&[("listening", 4.0)]);
    let report = import(&mut Vec::new(), &mut settings, &text);
    assert_eq!(report.goals_added, 2);
    assert_eq!(settings.goals, with_goals(&[("listening", 4.0), ("empathy", 3.5), ("growth", 4.5)]).goals);
}

#[test]
fn empty_or_blank_text_is_refused_as_empty() {
    for text in ["", " ", "\n\r\n\t  "] {
        assert_eq!(read(text, bank()), Err(ImportError::Empty), "{text:?}");
    }
}

#[test]
fn a_file_of_no_bytes_is_refused_before_reading() {
    assert_eq!(check_size(0), Err(ImportError::Empty));
}

#[test]
fn a_file_over_one_mib_is_refused_before_reading_with_its_size() {
    assert_eq!(MAX_BYTES, 1024 * 1024);
    for bytes in [MAX_BYTES + 1, 50 * MAX_BYTES, u64::MAX] {
        assert_eq!(check_size(bytes), Err(ImportError::TooLarge { bytes }));
    }
}

#[test]
fn a_file_of_up_to_exactly_one_mib_is_read() {
    for bytes in [1, 400 * 1024, MAX_BYTES] {
        assert_eq!(check_size(bytes), Ok(()), "{bytes} bytes");
    }
}

/// A history of `count` full results, one a day, each with a note of `note_len` characters.
fn full_history(count: u64, note_len: usize) -> Vec<SavedResult> {
    let answers: Answers = bank().items.iter().map(|i| (i.id.clone(), likert(3))).collect();
    (0..count)
        .map(|i| {
            let taken_at = 1_773_756_300_000 + i * 86_400_000;
            let id = new_result_id(taken_at, 4_000_000_000 - i as u32);
            SavedResult {
                id,
                taken_at,
                variant: Variant::Full,
                bank_version: bank().version,
                answers: answers.clone(),
                note: "n".repeat(note_len),
                workshop: None,
                edits: 0,
            }
        })
        .collect()
}

#[test]
fn the_apps_own_backup_of_a_thousand_results_with_notes_can_be_imported() {
    // 1,000 assessments is the load the app is built for (reliability.md, item 20);
    // a note of 200 characters is two short sentences.
    let text = export(&full_history(1000, 200), &Settings::default(), 9);
    assert_eq!(check_size(text.len() as u64), Ok(()), "the export is {} bytes", text.len());
    assert_eq!(read_ok(&text).results.len(), 1000);
}

#[test]
fn text_that_is_not_json_is_refused_as_such() {
    let backup = export(&[result("a", 1, "")], &Settings::default(), 9);
    for text in
        ["{", "hello", "servewell-backup", "{format: servewell-backup}", "<html></html>", &backup[..backup.len() - 1]]
    {
        assert_eq!(read(text, bank()), Err(ImportError::NotJson), "{text:?}");
    }
}

#[test]
fn binary_looking_text_is_refused_as_not_json() {
    let zip = "PK\u{3}\u{4}\u{14}\u{0}\u{0}\u{0}\u{8}\u{0}";
    let png = "\u{fffd}PNG\r\n\u{1a}\n\u{0}\u{0}\u{0}\rIHDR";
    let nuls = "\u{0}".repeat(64);
    for text in [zip, png, &nuls] {
        assert_eq!(read(text, bank()), Err(ImportError::NotJson), "{text:?}");
    }
}

/// Reads each text and lists those not refused as "not a backup", with what they got.
fn not_refused_as_not_a_backup<'a>(texts: &[&'a str]) -> Vec<(&'a str, Result<Incoming, ImportError>)> {
    texts
        .iter()
        .map(|text| (*text, read(text, bank())))
        .filter(|(_, outcome)| *outcome != Err(ImportError::NotABackup))
        .collect()
}

#[test]
fn an_object_that_is_not_a_backup_is_refused_as_not_a_backup() {
    let misjudged = not_refused_as_not_a_backup(&[
        r#"{"format":"some-other-app","version":1,"results":[]}"#,
        r#"{"version":1,"results":[]}"#,
        r#"{"format":"servewell-backup","results":[]}"#,
        r#"{"format":"servewell-backup","version":0,"results":[]}"#,
        r#"{"format":"servewell-backup","version":1}"#,
        r#"{"format":"servewell-backup","version":1,"results":{}}"#,
        r#"{"schema":1,"results":[]}"#,
        "{}",
    ]);
    assert!(misjudged.is_empty(), "should be NotABackup: {misjudged:?}");
}

#[test]
fn a_backup_head_of_the_wrong_type_is_refused_as_not_a_backup() {
    let misjudged = not_refused_as_not_a_backup(&[
        r#"{"format":7,"version":1,"results":[]}"#,
        r#"{"format":"servewell-backup","version":"1","results":[]}"#,
        r#"{"format":"servewell-backup","version":-1,"results":[]}"#,
        r#"{"format":"servewell-backup","version":1.5,"results":[]}"#,
    ]);
    assert!(misjudged.is_empty(), "valid JSON, so NotABackup rather than NotJson: {misjudged:?}");
}

#[test]
fn json_that_is_not_an_object_is_refused_as_not_a_backup() {
    let misjudged = not_refused_as_not_a_backup(&["[]", "[1,2]", "null", "42", "true", r#""servewell-backup""#]);
    assert!(misjudged.is_empty(), "valid JSON, so NotABackup rather than NotJson: {misjudged:?}");
}

#[test]
fn a_backup_from_a_newer_version_is_refused_with_its_number() {
    for version in [2_u64, 17, u64::from(u32::MAX) + 1] {
        let text = json!({ "format": FORMAT, "version": version, "results": [] }).to_string();
        assert_eq!(read(&text, bank()), Err(ImportError::Newer { version }));
    }
}

#[test]
fn damaged_entries_are_skipped_by_position_while_the_good_ones_are_kept() {
    let mut answer_off_scale = entry(&result("off-scale", 2, ""));
    answer_off_scale["answers"]["lis1"] = json!(9);
    let mut missing_fields = entry(&result("missing", 3, ""));
    missing_fields.as_object_mut().expect("an object").retain(|k, _| k == "id" || k == "note");
    let mut wrong_types = entry(&result("wrong-types", 4, ""));
    wrong_types["taken_at"] = json!("yesterday");
    wrong_types["variant"] = json!(2);
    let entries = vec![
        entry(&result("good-1", 1, "")),
        answer_off_scale,
        missing_fields,
        wrong_types,
        json!("a string"),
        entry(&result("good-2", 6, "")),
    ];
    let incoming = read_ok(&file_with(entries, json!({})));
    assert_eq!(ids(&incoming.results), ["good-1", "good-2"]);
    let damaged = SkipReason::Damaged;
    assert_eq!(incoming.skipped, [skipped(2, damaged), skipped(3, damaged), skipped(4, damaged), skipped(5, damaged)]);
}

#[test]
fn an_id_that_is_unsafe_in_a_link_is_skipped_as_a_bad_id() {
    let mut bad = entry(&result("x", 2, ""));
    bad["id"] = json!(CANARY);
    let incoming = read_ok(&file_with(vec![entry(&result("good", 1, "")), bad], json!({})));
    assert_eq!(ids(&incoming.results), ["good"]);
    assert_eq!(incoming.skipped, [skipped(2, SkipReason::BadId)]);
}

#[test]
fn an_id_repeated_in_the_file_keeps_only_its_first_entry() {
    let entries =
        vec![entry(&result("same", 1, "first")), entry(&result("other", 2, "")), entry(&result("same", 3, "second"))];
    let incoming = read_ok(&file_with(entries, json!({})));
    assert_eq!(ids(&incoming.results), ["same", "other"]);
    assert_eq!(incoming.results[0].note, "first");
    assert_eq!(incoming.skipped, [skipped(3, SkipReason::Repeated)]);
}

#[test]
fn an_import_reports_what_it_skipped() {
    let mut bad = entry(&result("x", 2, ""));
    bad["id"] = json!("UPPER");
    let text = file_with(vec![entry(&result("good", 1, "")), bad], json!({}));
    let mut history = Vec::new();
    let report = import(&mut history, &mut Settings::default(), &text);
    assert_eq!(report.added, 1);
    assert_eq!(report.skipped, [skipped(2, SkipReason::BadId)]);
    assert_eq!(ids(&history), ["good"]);
}

#[test]
fn goals_for_unknown_characteristics_or_off_the_scale_are_dropped() {
    let goals = json!({ "listening": 4.0, "awareness": 1.0, "growth": 5.0, "charisma": 3.0, "empathy": 0.5, "healing": 5.5, "community": -2.0 });
    let incoming = read_ok(&file_with(vec![], json!({ "goals": goals })));
    assert_eq!(incoming.goals, with_goals(&[("awareness", 1.0), ("growth", 5.0), ("listening", 4.0)]).goals);
}

#[test]
fn unreadable_settings_cost_only_the_goals() {
    for settings in [json!("nonsense"), json!({ "goals": [1, 2] }), json!({ "goals": { "listening": "high" } })] {
        let incoming = read_ok(&file_with(vec![entry(&result("kept", 1, ""))], settings.clone()));
        assert_eq!(ids(&incoming.results), ["kept"], "{settings}");
        assert!(incoming.goals.is_empty(), "{settings}");
    }
}

#[test]
fn an_xss_canary_in_a_note_comes_back_as_the_same_plain_text() {
    let note = format!("{CANARY} <svg onload=alert(2)> \"); alert(3); //");
    let text = export(&[result("a", 1, &note)], &Settings::default(), 9);
    let mut history = Vec::new();
    import(&mut history, &mut Settings::default(), &text);
    assert_eq!(history[0].note, note);
}

#[test]
fn imported_notes_and_workshops_lose_invisible_direction_characters() {
    let mut kept = result("a-1", 1_000, "\u{202E}evil\u{202C} note\nline \u{2066}two\u{2069}");
    kept.workshop = Some(Workshop {
        id: "K3M9QX".into(),
        title: "\u{200F}Team\u{FEFF} day".into(),
        variant: Variant::Pulse,
        message: "Be \u{061C}honest".into(),
        date: String::new(),
        bank_version: Bank::current().version,
    });
    let incoming = read(&export(&[kept], &Settings::default(), 5), bank()).expect("readable");
    assert_eq!(incoming.results[0].note, "evil note\nline two");
    let workshop = incoming.results[0].workshop.as_ref().expect("kept");
    assert_eq!((workshop.title.as_str(), workshop.message.as_str()), ("Team day", "Be honest"));
}

#[test]
fn an_imported_result_whose_workshop_a_link_would_refuse_is_skipped() {
    let workshop = Workshop {
        id: "K3M9QX".into(),
        title: "Team".into(),
        variant: Variant::Pulse,
        message: String::new(),
        date: String::new(),
        bank_version: Bank::current().version,
    };
    let bad = [
        Workshop { id: "K3M9QX&m=x".into(), ..workshop.clone() },
        Workshop { title: "\u{200B} ".into(), ..workshop.clone() },
        Workshop { date: "<b>".into(), ..workshop.clone() },
    ];
    let mut results: Vec<SavedResult> = bad
        .into_iter()
        .enumerate()
        .map(|(i, w)| SavedResult { workshop: Some(w), ..result(&format!("bad-{i}"), 1, "") })
        .collect();
    results.push(SavedResult { workshop: Some(workshop), ..result("good", 2, "") });
    let incoming = read(&export(&results, &Settings::default(), 5), bank()).expect("readable");
    assert_eq!(incoming.results.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["good"]);
    let damaged = |position| Skipped { position, reason: SkipReason::Damaged };
    assert_eq!(incoming.skipped, [damaged(1), damaged(2), damaged(3)]);
}

// ---- Feedback requests and collections ----------------------------------------------------

fn request(random: u32, collector: Option<&str>) -> Request {
    Request::new("Maria", Variant::Pulse, collector, random).expect("a good request")
}

fn feedback_code(request: &Request, nonce: u16) -> String {
    encode_feedback(&Feedback {
        request: request.id.clone(),
        variant: request.variant,
        bank_version: request.bank_version,
        nonce,
        answers: Answers::new(),
    })
}

fn asked(request: &Request, codes: Vec<String>) -> Asked {
    Asked { request: request.clone(), created_at: 7, result: Some("a-1".into()), codes, closed: false }
}

/// A request straight back with two codes, closed; one through a collector; a collection.
fn book() -> FeedbackBook {
    let direct = request(1, None);
    let through = request(2, Some("Sam"));
    let theirs = request(3, Some("Me"));
    let mut closed = asked(&direct, vec![feedback_code(&direct, 1), feedback_code(&direct, 2)]);
    closed.closed = true;
    FeedbackBook {
        asked: vec![closed, asked(&through, Vec::new())],
        collecting: vec![Collecting { codes: vec![feedback_code(&theirs, 3)], request: theirs, created_at: 8 }],
        ..FeedbackBook::default()
    }
}

fn import_feedback(mine: &mut FeedbackBook, text: &str) -> ImportReport {
    backup::merge(&mut Vec::new(), &mut Settings::default(), mine, read_ok(text))
}

#[test]
fn requests_and_collections_travel_in_a_backup_without_deletes_or_answers_being_given() {
    let mut book = book();
    book.removed.remove("ZZZZZZ");
    let text = backup::export(&[], &Settings::default(), &book, 9);
    let json: Value = serde_json::from_str(&text).expect("an export is JSON");
    assert_eq!(json["feedback"]["asked"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["feedback"]["collecting"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["feedback"].as_object().map(|o| o.len()), Some(2), "nothing but requests and collections");
    assert!(json.get("giving").is_none());
    let incoming = read_ok(&text);
    assert_eq!(incoming.feedback, FeedbackBook { removed: Default::default(), ..book });
    assert_eq!(incoming.feedback_skipped, 0);
}

#[test]
fn an_import_merges_requests_and_collections_and_says_how_many_it_changed() {
    let direct = request(1, None);
    let mut mine = FeedbackBook { asked: vec![asked(&direct, vec![feedback_code(&direct, 9)])], ..Default::default() };
    let text = backup::export(&[], &Settings::default(), &book(), 9);
    let report = import_feedback(&mut mine, &text);
    assert_eq!((report.feedback_added, report.feedback_skipped), (3, 0));
    let merged = mine.asked(&direct.id).expect("kept");
    assert_eq!(merged.codes.len(), 3, "its own code and the file's two");
    assert!(merged.closed);
    assert_eq!((mine.asked.len(), mine.collecting.len()), (2, 1));
    let again = mine.clone();
    assert_eq!(import_feedback(&mut mine, &text).feedback_added, 0);
    assert_eq!(mine, again);
}

#[test]
fn an_import_brings_back_a_deleted_request() {
    let text = backup::export(&[], &Settings::default(), &book(), 9);
    let mut mine = FeedbackBook::default();
    mine.removed.remove(&request(1, None).id);
    assert_eq!(import_feedback(&mut mine, &text).feedback_added, 3);
    assert!(mine.asked(&request(1, None).id).is_some());
    assert!(!mine.removed.is_removed(&request(1, None).id));
}

#[test]
fn a_damaged_request_or_collection_is_skipped_and_the_rest_imported() {
    let good = serde_json::from_str::<Value>(&book().to_json().encode()).expect("a book serialises");
    let mut bad_name = good["asked"][1].clone();
    bad_name["request"]["name"] = json!("");
    let mut lower_code = good["asked"][0].clone();
    lower_code["codes"][0] = json!(feedback_code(&request(1, None), 1).to_ascii_lowercase());
    let mut first_edition = good["collecting"][0].clone();
    first_edition["request"]["bank_version"] = json!(1);
    let feedback = json!({
        "asked": [good["asked"][0], bad_name, lower_code, json!("a string"), good["asked"][0], good["asked"][1]],
        "collecting": [first_edition, good["collecting"][0], json!({"request": {}})],
    });
    let mut file: Value = serde_json::from_str(&file_with(vec![entry(&result("a", 1, ""))], json!({}))).expect("json");
    file["feedback"] = feedback;
    let incoming = read_ok(&file.to_string());
    assert_eq!(incoming.results.len(), 1);
    assert_eq!(
        incoming.feedback_skipped, 6,
        "a bad name, a code not as kept, a string, a repeat, first edition, no request"
    );
    assert_eq!(incoming.feedback, FeedbackBook { removed: Default::default(), ..book() });
    // A feedback part that is no list of requests at all costs only itself.
    file["feedback"] = json!("nonsense");
    let incoming = read_ok(&file.to_string());
    assert_eq!((incoming.results.len(), incoming.feedback_skipped), (1, 1));
    assert_eq!(incoming.feedback, FeedbackBook::default());
}

#[test]
fn a_backup_from_before_feedback_still_imports() {
    let incoming = read_ok(&file_with(vec![entry(&result("a", 1, ""))], json!({})));
    assert_eq!((incoming.results.len(), incoming.feedback_skipped), (1, 0));
    assert_eq!(incoming.feedback, FeedbackBook::default());
}

#[test]
fn importing_through_the_state_writes_the_feedback_only_when_it_changed() {
    let text = backup::export(&[], &Settings::default(), &book(), 9);
    let mut state = State::default();
    state.apply(Action::Import(read_ok(&text)));
    assert_eq!(state.feedback_revision, 1);
    assert_eq!(state.feedback.asked.len(), 2);
    assert_eq!(state.last_import.as_ref().map(|r| r.feedback_added), Some(3));
    state.apply(Action::Import(read_ok(&text)));
    assert_eq!(state.feedback_revision, 1);
}
