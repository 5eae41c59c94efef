//! Results stay readable across editions of the questions: what was answered with the
//! first edition is read, scored and shown with the first edition's items and keying,
//! and an edition this app does not know is kept, never written over or misread.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use servewell::model::json;
use servewell::model::kept::backup::{self, SkipReason};
use servewell::model::kept::csv::to_csv;
use servewell::model::kept::feedback::FeedbackBook;
use servewell::model::kept::history::SavedResult;
use servewell::model::kept::schema::{decode_history, decode_progress, LoadError};
use servewell::model::kept::settings::Settings;
use servewell::model::present::catalogue::Catalogue;
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::questionnaire::scoring::score;
use servewell::model::sharing::code::{encode, SharedResult};
use servewell::model::sharing::group::{add_codes, profile, Verdict};
use servewell::model::sharing::link::{LinkError, LinkField};
use servewell::model::sharing::workshop::Workshop;
use servewell::model::state::{Action, Sheet, State};

fn first() -> &'static Bank {
    Bank::of_version(1).expect("the first edition")
}

/// A full first-edition result exactly as the app stored it before the second edition:
/// every listening answer 5 but lis4 ("I interrupt to make my point"), answered 1.
const STORED_BY_THE_FIRST_EDITION: &str = r#"{"schema":1,"results":[{"id":"lx2a9k-3f","taken_at":1780000000000,"variant":"full","bank_version":1,"answers":{"lis1":5,"lis2":5,"lis3":5,"lis4":1,"emp1":4,"emp2":4,"emp3":4,"emp4":2,"hea1":3,"hea2":3,"hea3":3,"hea4":3,"awa1":4,"awa2":4,"awa3":4,"awa4":2,"per1":4,"per2":4,"per3":4,"per4":2,"con1":3,"con2":3,"con3":3,"con4":3,"for1":4,"for2":4,"for3":4,"for4":2,"ste1":4,"ste2":4,"ste3":4,"ste4":2,"gro1":3,"gro2":3,"gro3":3,"gro4":3,"com1":4,"com2":4,"com3":4,"com4":2},"note":"Before the new questions."}],"removed":[]}"#;

#[test]
fn a_stored_first_edition_history_opens_and_is_scored_with_its_own_items() {
    let history = decode_history(STORED_BY_THE_FIRST_EDITION).expect("readable");
    assert_eq!(history.skipped, 0);
    let result = &history.results[0];
    assert_eq!(result.bank_version, 1);
    assert_eq!(result.bank(), first());
    let scored = result.score();
    // lis4 is reverse-keyed in the first edition: 1 counts as 5.
    assert_eq!(scored.characteristics[0].mean, Some(5.0));
    assert_eq!(scored.characteristics.iter().filter(|c| c.mean == Some(4.0)).count(), 6);
    assert!((scored.overall.expect("an overall") - 3.8).abs() < 1e-9);
    // The second edition knows only some of these items, and would misread them.
    assert_ne!(score(Bank::current(), result.variant, &result.answers), scored);
}

#[test]
fn a_first_edition_assessment_in_progress_goes_on_with_the_first_edition() {
    let raw = r#"{"schema":1,"progress":{"variant":"full","bank_version":1,"page":3,"answers":{"lis4":2,"gro3":5,"com2":4},"started_at":5}}"#;
    let progress = decode_progress(raw).expect("readable");
    assert_eq!(progress.bank_version, 1);
    assert_eq!(progress.answers.len(), 3, "answers to items the second edition dropped are kept");
    assert_eq!(progress.page, 3);
    assert_eq!(progress.page_items(0), first().order(Variant::Full)[..5].to_vec());
    assert_eq!(progress.answered(), 3);
    assert_eq!(progress.unanswered().len(), 37);
}

#[test]
fn data_answered_with_a_newer_edition_is_kept_untouched() {
    let newer = Bank::current().version + 1;
    let history = STORED_BY_THE_FIRST_EDITION.replace(r#""bank_version":1"#, &format!(r#""bank_version":{newer}"#));
    assert!(matches!(decode_history(&history), Err(LoadError::Newer(_))));
    let progress = format!(
        r#"{{"schema":1,"progress":{{"variant":"pulse","bank_version":{newer},"page":0,"answers":{{}},"started_at":5}}}}"#
    );
    assert!(matches!(decode_progress(&progress), Err(LoadError::Newer(_))));
    // An edition below the first never existed: damage, set aside like any other.
    let history = STORED_BY_THE_FIRST_EDITION.replace(r#""bank_version":1"#, r#""bank_version":0"#);
    assert_eq!(decode_history(&history).map(|h| (h.results.len(), h.skipped)), Ok((0, 1)));
}

#[test]
fn a_backup_keeps_each_result_with_its_edition_and_skips_a_newer_one() {
    let old = decode_history(STORED_BY_THE_FIRST_EDITION).expect("readable").results;
    let newer =
        SavedResult { id: "from-the-future".into(), bank_version: Bank::current().version + 1, ..old[0].clone() };
    let text = backup::export(&[old[0].clone(), newer], &Settings::default(), &FeedbackBook::default(), 9);
    let incoming = backup::read(&text, Bank::current()).expect("readable");
    assert_eq!(incoming.results, old);
    assert_eq!(incoming.skipped.len(), 1);
    assert_eq!(incoming.skipped[0].reason, SkipReason::NewerQuestions);
}

fn workshop(bank_version: u32) -> Workshop {
    Workshop {
        id: "K3M9QX".into(),
        title: "Team day".into(),
        variant: Variant::Pulse,
        message: String::new(),
        date: String::new(),
        bank_version,
    }
}

#[test]
fn a_workshop_keeps_the_edition_it_was_created_with() {
    // Links from before editions were named carry none: they mean the first.
    let old = Workshop::from_query("id=K3M9QX&t=Team%20day&v=pulse").expect("an old link");
    assert_eq!(old, workshop(1));
    assert_eq!(old.to_query(), "id=K3M9QX&t=Team%20day&v=pulse", "an old workshop's link is unchanged");
    let new = workshop(Bank::current().version);
    assert_eq!(Workshop::from_query(&new.to_query()), Ok(new.clone()));
    assert!(new.to_query().ends_with("&q=2"));
    assert_eq!(Workshop::from_query("id=K3M9QX&t=Day&v=pulse&q=3"), Err(LinkError::NewerQuestions));
    for bad in ["0", "x", "02", ""] {
        let query = format!("id=K3M9QX&t=Day&v=pulse&q={bad}");
        assert_eq!(Workshop::from_query(&query), Err(LinkError::Bad(LinkField::Edition)), "q={bad}");
    }
    // A workshop stored before editions were named reads as the first.
    let stored: Workshop = json::read(r#"{"id":"K3M9QX","title":"Team day","variant":"pulse"}"#).expect("json");
    assert_eq!(stored, workshop(1));
}

#[test]
fn joining_a_first_edition_workshop_answers_the_first_edition() {
    let mut state = State::default();
    state.apply(Action::Join { workshop: workshop(1), now: 5 });
    let progress = state.progress.clone().expect("started");
    assert_eq!(progress.bank_version, 1);
    assert_eq!(progress.page_items(0), first().order(Variant::Pulse)[..5].to_vec());
    // Starting over keeps the workshop and its edition.
    state.apply(Action::StartOver { sheet: Sheet::Own, now: 6 });
    let again = state.progress.expect("started again");
    assert_eq!((again.bank_version, again.workshop), (1, Some(workshop(1))));
}

fn pulse_code(bank: &Bank, level: u8, nonce: u16) -> String {
    let answers: Answers =
        bank.asked(Variant::Pulse).map(|i| (i.id.clone(), Answer::Scale(Likert::new(level).expect("1–5")))).collect();
    encode(&SharedResult {
        workshop: "K3M9QX".into(),
        variant: Variant::Pulse,
        bank_version: bank.version,
        day: 2_000,
        answers,
        nonce,
        name: String::new(),
    })
}

#[test]
fn a_group_takes_only_codes_of_its_own_edition_and_scores_each_with_it() {
    let mut codes = Vec::new();
    let text = [pulse_code(first(), 2, 1), pulse_code(first(), 3, 2), pulse_code(first(), 4, 3)].join(" ");
    let verdicts = add_codes(&mut codes, &text, &workshop(1));
    assert!(verdicts.iter().all(|(_, v)| *v == Verdict::Accepted), "{verdicts:?}");
    let other = add_codes(&mut codes, &pulse_code(Bank::current(), 3, 4), &workshop(1));
    assert_eq!(other[0].1, Verdict::OtherWorkshop);
    let group = profile(&codes).expect("three people");
    assert_eq!(group.participants, 3);
    assert_eq!(group.mean.overall, Some(3.0));
}

#[test]
fn a_spreadsheet_of_two_editions_has_a_column_for_every_item_of_either() {
    let old = decode_history(STORED_BY_THE_FIRST_EDITION).expect("readable").results.remove(0);
    let situational = Bank::current()
        .items
        .iter()
        .find(|i| i.situational && first().item(&i.id).is_none())
        .expect("a situational item new in the second edition");
    let mut answers: Answers =
        Bank::current().items.iter().map(|i| (i.id.clone(), Answer::Scale(Likert::ALL[2]))).collect();
    answers.insert(situational.id.clone(), Answer::NotComeUp);
    let new = SavedResult { id: "new-1".into(), bank_version: 2, answers, taken_at: old.taken_at + 1, ..old.clone() };
    let csv = to_csv(&[old, new], &Catalogue::english().spreadsheet());
    let header: Vec<&str> = csv.lines().next().expect("a header").split(',').collect();
    for id in ["lis4", "gro3", "lis6", "gro7", situational.id.as_str()] {
        assert_eq!(header.iter().filter(|h| **h == id).count(), 1, "{id}");
    }
    let column = header.iter().position(|h| *h == situational.id).expect("its column");
    let rows: Vec<Vec<&str>> = csv.lines().skip(1).map(|l| l.split(',').collect()).collect();
    assert_eq!(rows[0][column], "", "the first edition did not ask it");
    assert_eq!(rows[1][column], "Hasn’t come up");
    assert_eq!(rows[0][2], "1");
    assert_eq!(rows[1][2], "2");
}
