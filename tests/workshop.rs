//! Workshop links and the group's profile.
#![cfg(not(target_arch = "wasm32"))] // native: the model needs no browser

use proptest::prelude::*;
use servewell::model::questionnaire::answers::{Answer, Answers, Likert};
use servewell::model::questionnaire::bank::{Bank, Variant};
use servewell::model::questionnaire::scoring::Picks;
use servewell::model::sharing::code::{encode, SharedResult};
use servewell::model::sharing::envelope::CodeError;
use servewell::model::sharing::group::{add_codes, profile, Verdict};
use servewell::model::sharing::link::{is_link_id, LinkError, LinkField, MAX_LINK, MAX_QUERY_FOR_QR};
use servewell::model::sharing::percent::{percent_decode, percent_encode};
use servewell::model::sharing::workshop::{Draft, DraftProblem, Workshop, MAX_MESSAGE, MAX_TITLE};

fn bank() -> &'static Bank {
    Bank::current()
}

fn workshop() -> Workshop {
    Workshop {
        id: "K3M9QX".into(),
        title: "Team day <img src=x onerror=alert(1)> & more".into(),
        variant: Variant::Pulse,
        message: "Answer for the last 3 months, 100% honestly.".into(),
        date: "2026-11-22".into(),
        bank_version: Bank::current().version,
    }
}

#[test]
fn a_workshop_round_trips_through_its_link() {
    let query = workshop().to_query();
    assert!(!query.contains('<') && !query.contains(' '), "{query}");
    assert_eq!(Workshop::from_query(&query), Ok(workshop()));
}

#[test]
fn bad_links_are_refused_with_a_reason() {
    let good = workshop().to_query();
    assert_eq!(Workshop::from_query(&format!("{good}&x=1")), Err(LinkError::Unknown("x".into())));
    assert_eq!(Workshop::from_query(&format!("{good}&t=again")), Err(LinkError::Repeated("t".into())));
    assert_eq!(Workshop::from_query(&"a".repeat(MAX_LINK + 1)), Err(LinkError::TooLong));
    assert_eq!(Workshop::from_query("id=SHORT&t=x&v=full"), Err(LinkError::Bad(LinkField::Id)));
    assert_eq!(Workshop::from_query("id=K3M9QX&t=x&v=javascript:alert(1)"), Err(LinkError::Bad(LinkField::Variant)));
    assert_eq!(Workshop::from_query("id=K3M9QX&t=%20&v=full"), Err(LinkError::Bad(LinkField::Title)));
    assert_eq!(Workshop::from_query("id=K3M9QX&v=full"), Err(LinkError::Bad(LinkField::Title)));
    assert_eq!(Workshop::from_query("id=K3M9QX&t=x&v=full&d=tomorrow"), Err(LinkError::Bad(LinkField::Date)));
    assert_eq!(Workshop::from_query("id=K3M9QX&t=%ZZ&v=full"), Err(LinkError::Bad(LinkField::Text)));
    assert_eq!(
        Workshop::from_query(&format!("id=K3M9QX&t={}&v=full", "a".repeat(81))),
        Err(LinkError::Bad(LinkField::Title))
    );
}

proptest! {
    #[test]
    fn any_text_survives_percent_coding(text in "\\PC{0,40}") {
        prop_assert_eq!(percent_decode(&percent_encode(&text)), Some(text));
    }

    #[test]
    fn reading_any_link_never_panics(query in "\\PC{0,200}") {
        let _ = Workshop::from_query(&query);
    }
}

fn shared(level: u8, nonce: u16, workshop: &str) -> SharedResult {
    let answers: Answers = bank()
        .items
        .iter()
        .filter(|i| i.pulse)
        .map(|i| (i.id.clone(), Answer::Scale(Likert::new(level).expect("1–5"))))
        .collect();
    SharedResult {
        workshop: workshop.into(),
        variant: Variant::Pulse,
        bank_version: bank().version,
        day: 2_517,
        answers,
        nonce,
        name: String::new(),
    }
}

fn code(level: u8, nonce: u16, workshop: &str) -> String {
    encode(&shared(level, nonce, workshop))
}

fn verdicts(codes: &mut Vec<String>, text: &str) -> Vec<Verdict> {
    add_codes(codes, text, &workshop()).into_iter().map(|(_, v)| v).collect()
}

#[test]
fn codes_arrive_however_they_were_copied() {
    let a = code(2, 1, "K3M9QX");
    let b = code(3, 2, "K3M9QX");
    let c = code(4, 3, "K3M9QX");
    let d = code(5, 4, "K3M9QX");
    let grouped: Vec<String> = b.as_bytes().chunks(4).map(|g| String::from_utf8_lossy(g).into_owned()).collect();
    let text = format!("{}\n{}\n{}\n\"{c}\".\nhttps://example.org/app/#/r/{d}", &a[..20], &a[20..], grouped.join(" "));
    let mut codes = Vec::new();
    assert_eq!(verdicts(&mut codes, &text), vec![Verdict::Accepted; 4]);
}

#[test]
fn one_persons_result_counts_once_with_or_without_a_name() {
    let mut named = shared(3, 7, "K3M9QX");
    named.name = "Ana".into();
    let mut codes = Vec::new();
    let text = format!("{} {}", code(3, 7, "K3M9QX"), encode(&named));
    assert_eq!(verdicts(&mut codes, &text), [Verdict::Accepted, Verdict::Duplicate]);
}

#[test]
fn a_code_for_the_other_questionnaire_or_with_gaps_is_refused() {
    let mut full = shared(3, 8, "K3M9QX");
    full.variant = Variant::Full;
    let mut gaps = shared(3, 9, "K3M9QX");
    gaps.answers.remove("lis1");
    let mut codes = Vec::new();
    let text = format!("{} {}", encode(&full), encode(&gaps));
    assert_eq!(verdicts(&mut codes, &text), [Verdict::OtherWorkshop, Verdict::Invalid(CodeError::Damaged)]);
}

#[test]
fn each_pasted_code_is_checked_and_reported() {
    let mut codes = Vec::new();
    let text = format!(
        "{}\n{}  {}\n{}\nSW1NOTACODE\n{}",
        code(2, 1, "K3M9QX"),
        code(4, 2, "K3M9QX"),
        code(4, 2, "K3M9QX").to_lowercase(),
        code(3, 3, "ZZZZZZ"),
        &code(3, 4, "K3M9QX")[..20]
    );
    let verdicts: Vec<Verdict> = add_codes(&mut codes, &text, &workshop()).into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Accepted,
            Verdict::Accepted,
            Verdict::Duplicate,
            Verdict::OtherWorkshop,
            Verdict::Invalid(CodeError::Damaged),
            Verdict::Invalid(CodeError::Damaged),
        ]
    );
    assert_eq!(codes.len(), 2);
}

#[test]
fn a_characteristic_with_fewer_than_three_scores_stays_blank() {
    let bank = bank();
    let full = |level: u8, nonce: u16, skip: bool| {
        let mut answers: Answers =
            bank.items.iter().map(|i| (i.id.clone(), Answer::Scale(Likert::new(level).expect("1–5")))).collect();
        if skip {
            for item in bank.items_of("listening").take(2) {
                answers.remove(&item.id);
            }
        }
        encode(&SharedResult {
            workshop: "K3M9QX".into(),
            variant: Variant::Full,
            bank_version: bank.version,
            day: 1,
            answers,
            nonce,
            name: String::new(),
        })
    };
    let codes = vec![full(2, 1, false), full(3, 2, true), full(4, 3, true)];
    let group = profile(&codes).expect("three participants");
    assert_eq!(group.mean.characteristics[0].mean, None, "one listening score would be somebody's own");
    assert!(group.points[0].is_empty());
    assert_eq!(group.mean.characteristics[1].mean, Some(3.0));
}

#[test]
fn nothing_is_shown_below_three_participants() {
    let codes = vec![code(2, 1, "K3M9QX"), code(4, 2, "K3M9QX")];
    assert_eq!(profile(&codes), None);
}

#[test]
fn the_profile_has_the_means_ranges_and_everyones_points_in_any_order() {
    let codes = vec![code(2, 1, "K3M9QX"), code(4, 2, "K3M9QX"), code(3, 3, "K3M9QX")];
    let group = profile(&codes).expect("three participants");
    assert_eq!(group.participants, 3);
    assert!(group.mean.characteristics.iter().all(|c| c.mean == Some(3.0)));
    assert_eq!(group.mean.overall, Some(3.0));
    assert!(group.points.iter().all(|p| p == &vec![2.0, 3.0, 4.0]));
    let reversed: Vec<String> = codes.iter().rev().cloned().collect();
    assert_eq!(profile(&reversed), Some(group));
}

#[test]
fn a_workshop_link_stays_short_enough_for_a_qr_code_from_the_back_of_a_room() {
    let plain =
        Workshop { message: "Answer for the last three months; there are no right answers.".into(), ..workshop() };
    assert!(plain.link_fits());
    let (modules, _) =
        servewell::model::present::qr::qr_path(&format!("https://example.org/servewell/#/join?{}", plain.to_query()))
            .expect("a QR code");
    assert!(modules <= 85, "{modules} modules: version 15 plus the quiet zone at most");
    let wordy = Workshop { message: "é".repeat(200), ..workshop() };
    assert!(!wordy.link_fits(), "refused at creation, not at the participant's door");
}

#[test]
fn the_longest_workshop_link_the_app_makes_still_gives_a_qr_code_for_a_projector() {
    // The title at its limit, then the message grown until creation would refuse it:
    // the longest link a facilitator can make. (Title and message both at their own
    // limits never fit: that link is refused at creation, with a reason.)
    let mut longest =
        Workshop { title: "T".repeat(MAX_TITLE), message: String::new(), variant: Variant::Full, ..workshop() };
    let grown = |w: &Workshop| Workshop { message: format!("{}m", w.message), ..w.clone() };
    while grown(&longest).link_fits() {
        longest = grown(&longest);
    }
    assert_eq!(longest.to_query().len(), MAX_QUERY_FOR_QR);
    assert!(!Workshop { message: "m".repeat(MAX_MESSAGE), ..longest.clone() }.link_fits());
    let link =
        format!("https://leadership-workshops.example.org/some/deeper/path/servewell/#/join?{}", longest.to_query());
    let (modules, _) = servewell::model::present::qr::qr_path(&link).expect("a QR code");
    assert!(modules <= 85, "{modules} modules for {} characters: version 15 plus the quiet zone at most", link.len());
}

fn draft(title: &str, message: &str) -> Draft {
    Draft { title: title.into(), variant: Variant::Pulse, message: message.into(), date: "2025-03-01".into() }
}

#[test]
fn a_draft_becomes_a_workshop_with_its_text_cleaned_and_a_new_id() {
    let workshop = draft("  Team\u{200B} day ", " Welcome ").workshop(42).unwrap();
    assert_eq!((workshop.title.as_str(), workshop.message.as_str()), ("Team day", "Welcome"));
    assert_eq!((workshop.variant, workshop.date.as_str()), (Variant::Pulse, "2025-03-01"));
    assert!(is_link_id(&workshop.id));
    assert!(workshop.link_fits());
}

#[test]
fn a_draft_needs_a_title_of_at_most_the_limit() {
    assert_eq!(draft(" \u{200B} ", "").workshop(1), Err(DraftProblem::Title));
    assert_eq!(draft(&"t".repeat(MAX_TITLE + 1), "").workshop(1), Err(DraftProblem::Title));
    assert!(draft(&"t".repeat(MAX_TITLE), "").workshop(1).is_ok());
}

#[test]
fn a_draft_whose_link_is_too_long_for_a_qr_code_is_refused_after_its_title() {
    let long = "ü".repeat(MAX_MESSAGE);
    assert_eq!(draft("Team day", &long).workshop(1), Err(DraftProblem::LinkTooLong));
    assert_eq!(draft("", &long).workshop(1), Err(DraftProblem::Title), "the title is named first");
}

/// A pulse code whose characteristic n (canonical order) is answered `level(n)` after keying.
fn profiled(nonce: u16, level: impl Fn(usize) -> u8) -> String {
    let mut result = shared(3, nonce, "K3M9QX");
    for (id, answer) in result.answers.iter_mut() {
        let item = bank().item(id).expect("a pulse item");
        let n = level(bank().characteristic_index(&item.characteristic).expect("known"));
        *answer = Answer::Scale(Likert::new(if item.key > 0 { n } else { 6 - n }).expect("1–5"));
    }
    encode(&result)
}

fn group_picks(codes: &[String]) -> Option<(Vec<String>, Vec<String>)> {
    let group = profile(codes).expect("three participants");
    match group.mean.picks() {
        Picks::Flat => None,
        Picks::Named { strongest, focus } => {
            let ids = |list: Vec<&servewell::model::questionnaire::scoring::CharacteristicScore>| {
                let mut ids: Vec<String> = list.iter().map(|c| c.id.clone()).collect();
                ids.sort();
                ids
            };
            Some((ids(strongest), ids(focus)))
        }
    }
}

#[test]
fn a_group_whose_characteristics_are_close_names_no_strengths_or_focus_areas() {
    let codes = vec![code(2, 1, "K3M9QX"), code(4, 2, "K3M9QX"), code(3, 3, "K3M9QX")];
    assert_eq!(group_picks(&codes), None);
}

#[test]
fn a_group_names_every_characteristic_tied_at_the_cut_whatever_their_order() {
    let level = |n: usize| (n % 5) as u8 + 1;
    let codes: Vec<String> = (1..=3).map(|nonce| profiled(nonce, level)).collect();
    let (strongest, focus) = group_picks(&codes).expect("named");
    assert_eq!(strongest, ["awareness", "community", "growth", "persuasion"]);
    assert_eq!(focus, ["conceptualization", "listening"]);
    // The same profile reversed along the characteristics: the picks follow the scores.
    let reversed: Vec<String> = (1..=3).map(|nonce| profiled(nonce, |n| level(9 - n))).collect();
    let (strongest, focus) = group_picks(&reversed).expect("named");
    assert_eq!(strongest, ["conceptualization", "empathy", "foresight", "listening"]);
    assert_eq!(focus, ["community", "persuasion"]);
}

#[test]
fn the_language_a_link_was_shared_in_does_not_change_the_workshop() {
    let workshop = Workshop::from_query("id=K3M9QX&t=Team&v=pulse&q=2").expect("a link");
    assert_eq!(Workshop::from_query("id=K3M9QX&t=Team&v=pulse&q=2&l=de"), Ok(workshop));
}
